#include "PackageMerge.h"
#include "Aliases.h"
#include "Database.h"
#include "PackageUpgrade.h"
#include "RecordJson.h"
#include "RecordKeys.h"
#include "RepositoryImpl.h"
#include "TransactionGuard.h"
#include "Withheld.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace RecordJson;
using PackageMerge::Exchange;
using PackageMerge::exchangeWith;
using PackageMerge::execOrSay;
using PackageMerge::packageImported;
using PackageMerge::sharedStates;
using RecordKeys::alikeKey;
using RecordKeys::naturalKey;

QString PackageMerge::historyText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number, 'g', 17);
    }
    return value.isString() ? value.toString() : QString();
}

namespace {
using PackageMerge::historyText;

// A record's title for the import report, which may be saved and sent: never from a sensitive
// field (an engagement's purpose).
QString reportTitle(QJsonObject record, const QSet<QString> &sensitive)
{
    for (const QString &column : sensitive)
        record.remove(column);
    return FieldPackage::recordTitle(record);
}

template<typename T> QString uniqueColumns()
{
    if constexpr (requires { Table<T>::unique; })
        return QString::fromLatin1(Table<T>::unique).replace(u',', u'/');
    else
        return {};
}

// A record with its links in order: a set, whatever order they were made or sent in.
QJsonObject withSortedLinks(QJsonObject record)
{
    const auto links = record.find(QStringLiteral("links"));
    if (links == record.end() || !links->isArray())
        return record;
    QStringList ids;
    for (const QJsonValue &id : links->toArray())
        ids.append(id.toString());
    ids.sort();
    *links = QJsonArray::fromStringList(ids);
    return record;
}

// Links merge as sets against the last shared set: one kept on both sides stays, one added on
// either side comes in, one removed on either side goes. Without a base nothing is removed.
QJsonArray mergeLinks(const QJsonArray &here, const QJsonArray &incoming, const QJsonArray *base)
{
    QSet<QString> shared;
    if (base) {
        for (const QJsonValue &v : *base)
            shared.insert(v.toString());
    }
    QSet<QString> inHere;
    for (const QJsonValue &v : here)
        inHere.insert(v.toString());
    QSet<QString> inIncoming;
    for (const QJsonValue &v : incoming)
        inIncoming.insert(v.toString());
    QJsonArray result;
    QSet<QString> taken;
    auto keep = [&](const QString &id) {
        const bool both = inHere.contains(id) && inIncoming.contains(id);
        const bool added = !shared.contains(id);
        if ((both || added) && !taken.contains(id)) {
            taken.insert(id);
            result.append(id);
        }
    };
    for (const QJsonValue &v : here)
        keep(v.toString());
    for (const QJsonValue &v : incoming)
        keep(v.toString());
    return result;
}

// The package as read: its records and what it says of its origin.
struct Payload
{
    QJsonObject tables;
    QJsonObject echo; // {"sequence": n, "tables": {table: {id: state or true}}} for this database
    QString origin;
    QString originName;
    QString packageId;
    int sequence = 0;
    int schema = 0;
    bool redacted = false;
    QString sha256; // of the payload's bytes, hex: what a receipt names
    QSet<QString> combinedHere; // ids combined away here: their deletion is no conflict
};

// One import's walk over the package, table by table: counts, conflicts and duplicates; with
// `write`, the merged records, the field history and the state now shared with the origin.
class Merge
{
public:
    Merge(Database &db, const Payload &payload, FieldPackage::Preview &preview,
          const FieldPackage::Decisions *decisions, FieldPackage::ImportUndo *undo)
        : m_db(db)
        , m_payload(payload)
        , m_preview(preview)
        , m_decisions(decisions)
        , m_undo(undo)
    {
        if (!payload.origin.isEmpty()) {
            const Exchange exchange = exchangeWith(db, payload.origin);
            const int echoed = payload.echo.value(QStringLiteral("sequence")).toInt();
            // The echo is the newer base when the origin imported an export this database made
            // after it last imported from the origin: that export already held the merge.
            m_echoFirst =
                !payload.echo.isEmpty() && (!exchange.known || echoed > exchange.exportsAtImport);
        }
    }

    template<typename T> bool table(QString *error);
    // The field history entries and shared states gathered by the walk, written.
    bool finish(QString *error);

private:
    struct Side
    {
        QJsonObject record;
        bool known = false;
    };
    Side baseOf(const QString &table, const QString &id, const QJsonObject &incoming,
                const QHash<QString, QJsonObject> &received) const;
    void keep(const QString &table, const QString &id, const QString &column,
              const QJsonValue &value, const QJsonValue &replacedBy, MergeReason reason);

    Database &m_db;
    const Payload &m_payload;
    FieldPackage::Preview &m_preview;
    const FieldPackage::Decisions *m_decisions; // null: a preview, nothing written
    bool m_echoFirst = false;
    FieldPackage::ImportUndo *m_undo; // null: nothing to take back
    bool tracksDelivery() const
    {
        return m_decisions && !m_payload.origin.isEmpty() && !m_payload.redacted;
    }
    QList<FieldChange> m_history;
    QList<std::pair<QString, QJsonObject>> m_shared; // table, state as sent
    struct WithheldRecord
    {
        QString table;
        QString id;
        QStringList columns;
    };
    QList<WithheldRecord> m_withheld; // new records that came with withheld fields
    // Records that are here now exactly as the origin sent them: delivered there as they are.
    QList<PackageMerge::Delivery> m_delivered;
    QJsonArray m_decided; // how each conflicting field was decided, for the import report

public:
    bool startsHere = false; // the import fills a database that held no records of its own
    qint64 m_rows = 0; // in the package, for the progress
    qint64 m_walked = 0;
};

Merge::Side Merge::baseOf(const QString &table, const QString &id, const QJsonObject &incoming,
                          const QHash<QString, QJsonObject> &received) const
{
    const QJsonValue echoed =
        m_payload.echo.value(QStringLiteral("tables")).toObject().value(table).toObject().value(id);
    Side echo;
    if (echoed.isObject())
        echo = {withSortedLinks(echoed.toObject()), true};
    else if (echoed.isBool() && echoed.toBool())
        echo = {incoming, true}; // the origin holds it as this database sent it
    Side fromOrigin;
    if (const auto it = received.constFind(id); it != received.cend())
        fromOrigin = {withSortedLinks(*it), true};
    if (m_echoFirst)
        return echo.known ? echo : fromOrigin;
    return fromOrigin.known ? fromOrigin : echo;
}

void Merge::keep(const QString &table, const QString &id, const QString &column,
                 const QJsonValue &value, const QJsonValue &replacedBy, MergeReason reason)
{
    if (!m_decisions || column == u"deleted" || column == u"links")
        return;
    const QString text = historyText(value);
    if (text.isEmpty() || text == historyText(replacedBy))
        return;
    FieldChange change;
    change.tableName = table;
    change.recordId = id;
    change.field = column;
    change.value = text;
    change.replacedBy = historyText(replacedBy);
    change.reason = reason;
    change.peer = m_payload.origin;
    change.package = m_payload.packageId;
    m_history.append(change);
}

template<typename T> bool Merge::table(QString *error)
{
    const QString table = QLatin1String(Table<T>::name);
    const QJsonArray rows = m_payload.tables.value(table).toArray();
    FieldPackage::TableCounts &counts = m_preview.tables[table];
    counts.incoming = int(rows.size());
    if (rows.isEmpty())
        return true;
    const bool write = m_decisions != nullptr;
    Repository<T> repository(m_db);
    QHash<QString, T> held;
    QHash<QString, QString> keys; // natural key -> id, of live records here and added
    QHash<QString, QString> alike; // folded alike key -> id, of live records here
    for (T &record : repository.everything()) {
        if (!record.meta.deleted) {
            if (const QString key = naturalKey(record); !key.isEmpty())
                keys.insert(key, record.meta.id);
            if (const QString key = alikeKey(record); !key.isEmpty())
                alike.insert(key, record.meta.id);
        }
        held.insert(record.meta.id, std::move(record));
    }
    const QHash<QString, QJsonObject> received = sharedStates(m_db, m_payload.origin, table);
    const QHash<QString, QString> labels = [] {
        QHash<QString, QString> result;
        for (const FieldInfo &field : Repository<T>::fields())
            result.insert(field.column, Repository<T>::fieldLabel(field.key));
        return result;
    }();
    QSet<QString> sensitive; // masked in the review
    QSet<QString> secret; // never in the report; a name only when protected (recordTitle knows)
    for (const FieldInfo &field : Repository<T>::fields()) {
        if (field.sensitive())
            sensitive.insert(field.column);
        if (field.flags & Field::Sensitive)
            secret.insert(field.column);
    }

    const QJsonObject empty = Withheld::emptyValues<T>();
    QSet<QString> seen;
    for (const QJsonValue &row : rows) {
        if (++m_walked % 256 == 0 && !FieldPackage::ProgressScope::report(m_walked, m_rows)) {
            if (error)
                *error = FieldPackage::ProgressScope::cancelled();
            return false;
        }
        QJsonObject object = withSortedLinks(row.toObject());
        // A withheld field changes nothing here; a new record keeps it empty, remembered.
        if (std::any_of(object.constBegin(), object.constEnd(), Withheld::isMarker)) {
            const auto mine = held.constFind(object.value(QStringLiteral("id")).toString());
            const QJsonObject here = mine == held.cend() ? QJsonObject() : recordToJson(*mine);
            QStringList withheld;
            object =
                Withheld::resolve(object, mine == held.cend() ? nullptr : &here, empty, &withheld);
            if (!withheld.isEmpty())
                m_withheld.append({table, object.value(QStringLiteral("id")).toString(), withheld});
        }
        std::optional<T> incoming = row.isObject() ? recordFromJson<T>(object) : std::nullopt;
        if (!incoming) {
            ++counts.rejected;
            m_preview.rejections.append(
                FieldPackage::tr("%1: a row without an id was left out.").arg(table));
            m_preview.problems.append(m_preview.rejections.constLast());
            continue;
        }
        const QString id = incoming->meta.id;
        if (seen.contains(id)) {
            ++counts.rejected;
            m_preview.rejections.append(
                FieldPackage::tr("%1 %2: the package holds it twice.").arg(table, id));
            m_preview.problems.append(m_preview.rejections.constLast());
            continue;
        }
        seen.insert(id);
        // Every value must read back as it was written: an unknown choice, an impossible date
        // or a number where text belongs is refused, not turned into a default.
        const QJsonObject readable = recordToJson(*incoming);
        QStringList unreadable;
        for (auto it = readable.constBegin(); it != readable.constEnd(); ++it) {
            if (compared(it.key()) && object.contains(it.key())
                && !sameValue(object.value(it.key()), it.value()))
                unreadable.append(labels.value(it.key(), it.key()));
        }
        if (!unreadable.isEmpty()) {
            ++counts.rejected;
            m_preview.rejections.append(FieldPackage::tr("%1 %2: this version cannot read its %3.")
                                            .arg(table, id, unreadable.join(u", ")));
            m_preview.problems.append(m_preview.rejections.constLast());
            continue;
        }
        m_shared.append({table, object});
        if (m_undo && write) {
            const auto previous = received.constFind(id);
            m_undo->sharedBefore.append({table, id,
                                         previous == received.cend()
                                             ? std::nullopt
                                             : std::optional<QJsonObject>(*previous)});
        }

        const auto it = held.constFind(id);
        if (it == held.cend()) {
            const QString key = incoming->meta.deleted ? QString() : naturalKey(*incoming);
            if (!key.isEmpty() && keys.contains(key)) {
                // Another record here holds its unique values (the same mission code typed on
                // two computers): it cannot be added until a person combines the two.
                ++counts.duplicates;
                m_preview.duplicates.append(
                    {table, id, keys.value(key), true, FieldPackage::recordTitle(object),
                     FieldPackage::recordTitle(recordToJson(held.value(keys.value(key))))});
                m_preview.problems.append(
                    FieldPackage::tr("%1 %2: another record here (%3) has the same %4; it may "
                                     "be the same one, made twice.")
                        .arg(table, id, keys.value(key), uniqueColumns<T>()));
                continue;
            }
            if (!key.isEmpty())
                keys.insert(key, id);
            if (const QString same = incoming->meta.deleted ? QString() : alikeKey(*incoming);
                !same.isEmpty() && alike.contains(same)) {
                ++counts.duplicates;
                m_preview.duplicates.append(
                    {table, id, alike.value(same), false, FieldPackage::recordTitle(object),
                     FieldPackage::recordTitle(recordToJson(held.value(alike.value(same))))});
                m_preview.problems.append(
                    FieldPackage::tr("%1 %2: may be the same as %3 here (the same name and "
                                     "organisation); both are kept until a person combines them.")
                        .arg(table, id, alike.value(same)));
            }
            ++counts.added;
            if (write) {
                T record = *incoming;
                if (!repository.insertNew(record, error))
                    return false;
                if (m_undo)
                    m_undo->added.append({table, id});
                if (tracksDelivery())
                    m_delivered.append({table, id, record.meta.version});
            }
            continue;
        }

        const QJsonObject here = recordToJson(*it);
        if (sameRecord(here, object)) {
            ++counts.unchanged;
            if (tracksDelivery())
                m_delivered.append({table, id, it->meta.version});
            continue;
        }
        const Side base = baseOf(table, id, object, received);
        QJsonObject merged = here;
        FieldPackage::Conflict conflict {table, id, FieldPackage::recordTitle(here), false, {}};
        QStringList takenColumns;
        bool hereEdited = false;
        bool incomingEdited = false;
        for (auto field = here.constBegin(); field != here.constEnd(); ++field) {
            const QString column = field.key();
            if (!compared(column) || !object.contains(column))
                continue;
            // A record combined away stays deleted here: its changes go to the record kept.
            if (column == u"deleted" && m_payload.combinedHere.contains(id))
                continue;
            const QJsonValue mine = field.value();
            const QJsonValue theirs = object.value(column);
            const QJsonValue shared = base.record.value(column);
            // A base kept from before a schema step may lack the column: no base for it.
            const bool baseHas = base.known && base.record.contains(column);
            if (column != u"deleted" && baseHas) {
                hereEdited = hereEdited || !sameValue(mine, shared);
                incomingEdited = incomingEdited || !sameValue(theirs, shared);
            }
            if (sameValue(mine, theirs))
                continue;
            if (column == u"links") {
                const QJsonArray sharedLinks = shared.toArray();
                merged.insert(
                    column,
                    mergeLinks(mine.toArray(), theirs.toArray(), baseHas ? &sharedLinks : nullptr));
                continue;
            }
            if (baseHas && sameValue(mine, shared)) {
                merged.insert(column, theirs); // changed there only
                takenColumns.append(column);
            } else if (baseHas && sameValue(theirs, shared)) {
                // changed here only: kept
            } else {
                conflict.fields.append({column, labels.value(column, column),
                                        sensitive.contains(column), baseHas, shared, mine, theirs});
            }
        }
        // An edit against a deletion is always for a person to decide, whichever side deleted.
        if (base.known && takenColumns.contains(QStringLiteral("deleted")) && hereEdited
            && object.value(QStringLiteral("deleted")).toInt() == 1) {
            takenColumns.removeAll(QStringLiteral("deleted"));
            merged.insert(QStringLiteral("deleted"), here.value(QStringLiteral("deleted")));
            conflict.fields.append({QStringLiteral("deleted"), FieldPackage::tr("deleted"), false,
                                    true, base.record.value(QStringLiteral("deleted")),
                                    here.value(QStringLiteral("deleted")),
                                    object.value(QStringLiteral("deleted"))});
        } else if (base.known && !m_payload.combinedHere.contains(id)
                   && here.value(QStringLiteral("deleted")).toInt() == 1
                   && base.record.value(QStringLiteral("deleted")).toInt() == 0
                   && object.value(QStringLiteral("deleted")).toInt() == 0 && incomingEdited) {
            conflict.fields.append({QStringLiteral("deleted"), FieldPackage::tr("deleted"), false,
                                    true, base.record.value(QStringLiteral("deleted")),
                                    here.value(QStringLiteral("deleted")),
                                    object.value(QStringLiteral("deleted"))});
        }
        for (FieldPackage::FieldConflict &field : conflict.fields) {
            if (field.column == u"deleted") {
                conflict.editAgainstDeletion = true;
                field.label = FieldPackage::tr("deleted");
            }
        }
        for (const QString &column : std::as_const(takenColumns))
            keep(table, id, column, here.value(column), object.value(column), MergeReason::Update);

        if (!conflict.fields.isEmpty()) {
            ++counts.conflicts;
            QStringList names;
            for (const FieldPackage::FieldConflict &field : std::as_const(conflict.fields))
                names.append(field.label);
            m_preview.problems.append(
                conflict.editAgainstDeletion
                    ? FieldPackage::tr("%1 %2: edited on one side, deleted on the other (%3).")
                          .arg(table, id, names.join(u", "))
                    : FieldPackage::tr("%1 %2: changed on both sides (%3).")
                          .arg(table, id, names.join(u", ")));
            if (write) {
                for (const FieldPackage::FieldConflict &field : std::as_const(conflict.fields)) {
                    const QString key = FieldPackage::Decisions::key(table, id, field.column);
                    const auto decided = m_decisions->fields.constFind(key);
                    FieldPackage::Choice choice;
                    if (decided != m_decisions->fields.cend()) {
                        choice = *decided;
                    } else if (field.column == u"deleted") {
                        // By default the edited record is kept.
                        choice.take = FieldPackage::Take::Value;
                        choice.value = 0;
                    } else if (m_decisions->rest) {
                        choice.take = *m_decisions->rest;
                    } else {
                        if (error)
                            *error = FieldPackage::tr("%1 %2: the conflict over its %3 is not "
                                                      "decided. Nothing was written.")
                                         .arg(table, id, field.label);
                        return false;
                    }
                    QJsonValue value = choice.take == FieldPackage::Take::Here ? field.here
                        : choice.take == FieldPackage::Take::Incoming          ? field.incoming
                                                                               : choice.value;
                    merged.insert(field.column, value);
                    m_decided.append(QJsonObject {
                        {QStringLiteral("table"), table},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("title"), reportTitle(here, secret)},
                        {QStringLiteral("field"), field.label},
                        {QStringLiteral("take"),
                         decided == m_decisions->fields.cend() && field.column == u"deleted"
                             ? QStringLiteral("kept")
                             : choice.take == FieldPackage::Take::Here ? QStringLiteral("here")
                             : choice.take == FieldPackage::Take::Incoming
                             ? QStringLiteral("incoming")
                             : QStringLiteral("edited")}});
                    keep(table, id, field.column, field.here, value, MergeReason::Conflict);
                    keep(table, id, field.column, field.incoming, value, MergeReason::Conflict);
                }
            }
            m_preview.conflicts.append(conflict);
        } else if (!sameRecord(merged, here)) {
            ++counts.updated;
        } else {
            ++counts.unchanged;
        }
        if (write && !sameRecord(merged, here)) {
            std::optional<T> record = recordFromJson<T>(merged);
            if (!record) {
                if (error)
                    *error = FieldPackage::tr("%1 %2 could not be merged. Nothing was written.")
                                 .arg(table, id);
                return false;
            }
            // An edited value must be one the field can hold, as it was typed.
            const QJsonObject stored = recordToJson(*record);
            for (const FieldPackage::FieldConflict &field : std::as_const(conflict.fields)) {
                if (!sameValue(stored.value(field.column), merged.value(field.column))) {
                    if (error)
                        *error =
                            FieldPackage::tr("The value chosen for the %1 of %2 “%3” cannot "
                                             "be stored as it is. Nothing was written.")
                                .arg(field.label, FieldPackage::typeLabel(table), conflict.title);
                    return false;
                }
            }
            record->meta.createdAt = it->meta.createdAt;
            record->meta.demo = it->meta.demo;
            record->meta.version = it->meta.version;
            if (m_undo)
                m_undo->changed.append({table, here});
            if (!repository.write(*record, error)) {
                if (error && error->contains(QLatin1String("UNIQUE")))
                    *error = FieldPackage::tr("%1 “%2” would then repeat the %3 of another record "
                                              "here. Nothing was written; change one of the two "
                                              "and import again.")
                                 .arg(FieldPackage::typeLabel(table), conflict.title,
                                      uniqueColumns<T>());
                return false;
            }
            if (tracksDelivery() && sameRecord(merged, object))
                m_delivered.append({table, id, record->meta.version});
        }
    }
    return true;
}

bool Merge::finish(QString *error)
{
    for (const WithheldRecord &record : std::as_const(m_withheld)) {
        if (!Withheld::remember(m_db, record.table, record.id, record.columns, m_payload.packageId,
                                error))
            return false;
    }
    Repository<FieldChange> history(m_db);
    for (FieldChange &change : m_history) {
        if (!history.insertNew(change, error))
            return false;
        if (m_undo)
            m_undo->history.append(change.meta.id);
    }
    if (m_payload.origin.isEmpty())
        return true;
    PackageMerge::ImportRecord record;
    record.origin = m_payload.origin;
    record.originName = m_payload.originName;
    record.packageId = m_payload.packageId;
    record.sequence = m_payload.sequence;
    record.payloadSha256 = m_payload.sha256;
    record.shared = m_shared;
    record.delivered = m_delivered;
    record.decisions = m_decided;
    record.summary = m_preview.toJson();
    record.startsHere = startsHere;
    return PackageMerge::recordImport(m_db, record, m_undo, error);
}

std::optional<Payload> payloadOf(Database &db, const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QStringLiteral("kind")).toString() != u"intervention-planner-records") {
        if (error)
            *error = FieldPackage::tr("The package's contents are not records this version can "
                                      "read.");
        return std::nullopt;
    }
    Payload payload;
    const int format = root.value(QStringLiteral("format")).toInt();
    payload.schema = root.value(QStringLiteral("schema")).toInt();
    if (format > FieldPackage::PayloadFormat || payload.schema > FieldPackage::RecordsSchema) {
        if (error)
            *error = format > FieldPackage::PayloadFormat
                ? FieldPackage::tr("The package's contents are in package format %1, newer than "
                                   "this version reads (up to %2). Update Intervention Planner "
                                   "to import it; nothing was written.")
                      .arg(format)
                      .arg(FieldPackage::PayloadFormat)
                : FieldPackage::tr("The package holds data format %1, newer than this version "
                                   "reads (up to %2). Update Intervention Planner to import "
                                   "it; nothing was written.")
                      .arg(payload.schema)
                      .arg(FieldPackage::RecordsSchema);
        return std::nullopt;
    }
    payload.tables = root.value(QStringLiteral("tables")).toObject();
    PackageUpgrade::tables(payload.schema, payload.tables);
    const QJsonObject origin = root.value(QStringLiteral("origin")).toObject();
    payload.origin = origin.value(QStringLiteral("store")).toString();
    payload.originName = origin.value(QStringLiteral("name")).toString();
    payload.packageId = root.value(QStringLiteral("package")).toString();
    payload.sequence = root.value(QStringLiteral("sequence")).toInt();
    payload.redacted = root.value(QStringLiteral("redacted")).toBool();
    if (payload.origin.isEmpty())
        return payload; // a first-step package: no base, nothing recorded about its origin
    if (payload.packageId.isEmpty() || payload.sequence < 1) {
        if (error)
            *error = FieldPackage::tr("The package does not say which export it is. Nothing was "
                                      "written.");
        return std::nullopt;
    }
    // Read only: a database that has never exported has no id yet, and no package is its own.
    QString own;
    if (QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT id FROM store_identity")) && query.next())
        own = query.value(0).toString();
    if (!own.isEmpty() && payload.origin == own) {
        if (error)
            *error = FieldPackage::tr("This package was made by this database (or by a copy of "
                                      "it); there is nothing to take from it. Nothing was "
                                      "written.");
        return std::nullopt;
    }
    payload.echo = root.value(QStringLiteral("echoes")).toObject().value(own).toObject();
    if (payload.echo.contains(QStringLiteral("tables"))) {
        QJsonObject echoed = payload.echo.value(QStringLiteral("tables")).toObject();
        PackageUpgrade::echoedTables(payload.schema, echoed);
        payload.echo.insert(QStringLiteral("tables"), echoed);
    }
    return payload;
}

} // namespace

std::optional<FieldPackage::Preview> PackageMerge::walk(Database &db, const QByteArray &bytes,
                                                        const FieldPackage::Decisions *decisions,
                                                        QString *error,
                                                        FieldPackage::ImportUndo *undo)
{
    std::optional<Payload> payload = payloadOf(db, bytes, error);
    if (!payload)
        return std::nullopt;
    payload->sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    FieldPackage::Preview preview;
    preview.schema = payload->schema;
    preview.origin = payload->origin;
    preview.originName = payload->originName;
    preview.packageId = payload->packageId;
    preview.sequence = payload->sequence;
    preview.redacted = payload->redacted;
    if (!payload->origin.isEmpty()) {
        if (packageImported(db, payload->packageId)) {
            preview.alreadyImported = true;
            return preview;
        }
        const Exchange exchange = exchangeWith(db, payload->origin);
        if (exchange.known && payload->sequence <= exchange.lastSequence) {
            if (error)
                *error = payload->sequence == exchange.lastSequence
                    ? FieldPackage::tr("This package is export %1 of %2, but another export "
                                       "with that number was imported here on %3: that database "
                                       "may have been restored from a backup. Nothing was "
                                       "written.")
                          .arg(payload->sequence)
                          .arg(payload->originName, exchange.importedAt.left(10))
                    : FieldPackage::tr("This package is export %1 of %2; a later one (export "
                                       "%3) was imported here on %4. Importing an older one "
                                       "would take back what came since. Nothing was written.")
                          .arg(payload->sequence)
                          .arg(payload->originName, QString::number(exchange.lastSequence),
                               exchange.importedAt.left(10));
            return std::nullopt;
        }
    }
    // Records combined here, or in the package's database: see Aliases.h. A preview of a package
    // that combines records here does so in a transaction it takes back.
    std::optional<TransactionGuard> scratch;
    if (!decisions && Aliases::needsCombining(db, payload->tables))
        scratch.emplace(db);
    const std::optional<Aliases::Prepared> aliases =
        Aliases::prepare(db, payload->tables, decisions || (scratch && scratch->started(nullptr)),
                         undo, error, payload->origin, payload->packageId);
    if (!aliases)
        return std::nullopt;
    for (auto it = aliases->heldCombined.cbegin(); it != aliases->heldCombined.cend(); ++it)
        payload->combinedHere.insert(it.key());
    preview.problems.append(aliases->notes);
    Merge merge(db, *payload, preview, decisions, undo);
    // A database that held no records of its own (its settings aside) starts from this package.
    // A redacted handover is another organisation's: never home.
    merge.startsHere = decisions != nullptr && !payload->redacted;
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (!requires { Table<T>::everyPackage; }) {
            QSqlQuery any(db.connection());
            merge.startsHere = merge.startsHere
                && any.exec(
                    QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(Table<T>::name)))
                && !any.next();
        }
    });
    for (const QJsonValue &rows : std::as_const(payload->tables))
        merge.m_rows += rows.toArray().size();
    bool ok = true;
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        ok = ok && merge.template table<T>(error);
    });
    if (!ok)
        return std::nullopt;
    if (decisions) {
        if (preview.total(&FieldPackage::TableCounts::rejected) > 0
            || preview.blockingDuplicates() > 0) {
            if (error) {
                QStringList why;
                if (const int duplicates = preview.blockingDuplicates())
                    why.append(FieldPackage::tr("%n record(s) of the package repeat one here.",
                                                nullptr, duplicates));
                if (const int rejected = preview.total(&FieldPackage::TableCounts::rejected))
                    why.append(FieldPackage::tr("%n row(s) of the package cannot be read.", nullptr,
                                                rejected));
                *error = why.join(u' ') + u' ' + FieldPackage::tr("Nothing was written.");
            }
            return std::nullopt;
        }
        if (!merge.finish(error)
            || !Aliases::fold(db, *aliases, undo, error, payload->origin, payload->packageId))
            return std::nullopt;
    }
    return preview;
}
