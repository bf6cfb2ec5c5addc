#pragma once

#include "Enums.h"
#include "Record.h"
#include "Repository.h"

#include <QCoreApplication>
#include <QString>

// A value a field held before a field package replaced it, or the value that lost a conflict:
// every record type shares this one history, so no value a person typed is lost by a merge. Each
// entry names its record by table and id, the field by column, and why it was kept. Entries are
// never edited; they travel in packages like any record.
struct FieldChange
{
    Q_DECLARE_TR_FUNCTIONS(FieldChange)

public:
    RecordMeta meta;
    QString tableName; // "stakeholders"
    QString recordId;
    QString field; // the column: "notes"
    QString value; // as stored, as text; empty when the field held nothing
    QString replacedBy; // the value the field holds from then on
    MergeReason reason = MergeReason::Update; // replaced cleanly, or lost a conflict
    QString peer; // the database the package came from (its store id)
    QString package; // the package's id
};

template<> struct Table<FieldChange>
{
    static constexpr const char *name = "field_history";
    static constexpr const char *context = "FieldChange";
    static constexpr const char *order = "created_at";
    static constexpr const char *owner = "record_id"; // a package of some missions carries theirs
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("table_name", r.tableName, QT_TRANSLATE_NOOP("FieldChange", "record type"));
        io("record_id", r.recordId, QT_TRANSLATE_NOOP("FieldChange", "record"));
        io("field", r.field, QT_TRANSLATE_NOOP("FieldChange", "field"));
        io("value", r.value, QT_TRANSLATE_NOOP("FieldChange", "earlier value"));
        io("replaced_by", r.replacedBy, QT_TRANSLATE_NOOP("FieldChange", "replaced by"));
        io("reason", r.reason, QT_TRANSLATE_NOOP("FieldChange", "reason"));
        io("peer", r.peer, QT_TRANSLATE_NOOP("FieldChange", "from"));
        io("package", r.package, QT_TRANSLATE_NOOP("FieldChange", "package"));
    }
};

extern template class Repository<FieldChange>;

namespace FieldHistory {
// The kept values of one record's fields, oldest first.
QList<FieldChange> of(Database &db, QLatin1String table, const QString &recordId);
} // namespace FieldHistory
