#pragma once

#include "FieldPackage.h"
#include "Record.h"
#include "Repository.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

// Combining duplicates: the same real person or mission made twice, on two computers, under two
// ids. The person chooses the record to keep; the other one is folded into it (its values fill the
// kept record's empty fields, every other value it held goes to the field history), everything
// that named it names the kept record, it is deleted, and its id becomes an alias of the kept one.
// An alias is a record like any other: it travels in every package, so a database that receives
// it combines the two the same way, and a package that still uses the old id lands on the kept
// record.
struct RecordAlias
{
    RecordMeta meta; // meta.id is the id combined away
    QString tableName; // "stakeholders"
    QString recordId; // the record kept
};

template<> struct Table<RecordAlias>
{
    static constexpr const char *name = "record_aliases";
    static constexpr const char *context = "RecordAlias";
    static constexpr const char *order = "created_at";
    static constexpr bool everyPackage = true; // an id anywhere may name it
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("table_name", r.tableName, QT_TRANSLATE_NOOP("RecordAlias", "record type"));
        // A reference: when the kept record is itself combined later, the alias follows it.
        io.ref("record_id", r.recordId, QT_TRANSLATE_NOOP("RecordAlias", "combined into"));
    }
};

extern template class Repository<RecordAlias>;

namespace Aliases {

// Every alias here, live ones: the id combined away -> the id kept in the end (chains followed).
QHash<QString, QString> resolved(Database &db);

// Folds `goneId` into `keepId` in `table` (see above), in one transaction. When `goneId` is not
// held here (a record of a package that repeats one here), only the alias is written: the package
// then lands on the kept record. `peer` and `package` name the import that asked for it, if any.
bool combine(Database &db, const QString &table, const QString &keepId, const QString &goneId,
             FieldPackage::ImportUndo *undo, QString *error, const QString &peer = {},
             const QString &package = {});

// Whether a package's aliases name records held here that are not combined yet.
bool needsCombining(Database &db, const QJsonObject &tables);

// What an import does with the aliases it meets, before the merge walks the package.
struct Prepared
{
    // Ids combined away here that the package still holds as live records: the merge takes
    // their changes onto the deleted record (never a conflict with its deletion), and fold()
    // carries them to the kept record. By id: the record as it was before the merge.
    QHash<QString, std::pair<QString, QJsonObject>> heldCombined; // id -> table, before
    QHash<QString, QString> map; // every alias: combined away -> kept
    QStringList notes; // for the preview, one sentence each
    int combinedLocally = 0; // aliases of the package applied to records here
};
// Applies the package's aliases to records here (combining them, as the package's database did;
// only when `write`, else counted), then rewrites the package: a live record under an id
// combined away and not held here is taken as the kept record, and every reference to an id
// combined away names the kept record.
std::optional<Prepared> prepare(Database &db, QJsonObject &tables, bool write,
                                FieldPackage::ImportUndo *undo, QString *error,
                                const QString &peer = {}, const QString &package = {});
// After the merge: what the package changed in each record held combined away goes to the kept
// record, field by field; a value the kept record holds differently is kept in the field history.
bool fold(Database &db, const Prepared &prepared, FieldPackage::ImportUndo *undo, QString *error,
          const QString &peer = {}, const QString &package = {});

} // namespace Aliases
