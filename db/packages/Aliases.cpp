#include "Aliases.h"
#include "Database.h"
#include "PackageMerge.h"
#include "RecordJson.h"
#include "RecordKeys.h"
#include "RepositoryImpl.h"
#include "TransactionGuard.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <tuple>

template class Repository<RecordAlias>;

using namespace RecordJson;
using PackageMerge::historyText;

namespace {

// Who asked for a combination, and what it wrote, for the field history and undo.
struct Context
{
    Database &db;
    FieldPackage::ImportUndo *undo;
    QString *error;
    QString peer;
    QString package;
    QList<FieldChange> history;
};

// The namespace of the ids of field history entries a combination writes.
const QUuid s_combined(QStringLiteral("8d2f6c1e-4b1a-4f0e-9a51-6a3c0e7b2d94"));

void say(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

template<typename T> QStringList refColumns()
{
    QStringList columns;
    for (const FieldInfo &field : Repository<T>::fields()) {
        if (field.isRef)
            columns.append(QString(field.column));
    }
    return columns;
}

// The links of two records as one set, in order.
QJsonArray linksOfBoth(const QJsonValue &a, const QJsonValue &b)
{
    QStringList links;
    for (const QJsonValue &side : {a, b}) {
        for (const QJsonValue &link : side.toArray())
            links.append(link.toString());
    }
    links.removeDuplicates();
    links.sort();
    return QJsonArray::fromStringList(links);
}

template<typename T> bool isProtecting(const QString &column)
{
    for (const FieldInfo &field : Repository<T>::fields()) {
        if (field.column == column)
            return field.flags & Field::Protecting;
    }
    return false;
}

// A record as JSON with every reference to `from` (in a reference column or among its links)
// naming `to`; whether any did.
template<typename T> bool repoint(QJsonObject &record, const QString &from, const QString &to)
{
    bool changed = false;
    for (const QString &column : refColumns<T>()) {
        if (record.value(column).toString() == from) {
            record.insert(column, to);
            changed = true;
        }
    }
    if constexpr (RecordIo::hasLinks<T>) {
        QStringList links;
        for (const QJsonValue &link : record.value(QStringLiteral("links")).toArray())
            links.append(link.toString() == from ? to : link.toString());
        if (links.contains(from) || links.contains(to)) {
            links.removeDuplicates();
            links.sort();
            const QJsonArray array = QJsonArray::fromStringList(links);
            changed = changed || array != record.value(QStringLiteral("links")).toArray();
            record.insert(QStringLiteral("links"), array);
        }
    }
    return changed;
}

// Writes a changed record over the one held, noting it for undo.
template<typename T> bool rewrite(Context &c, const T &held, const QJsonObject &after)
{
    std::optional<T> record = recordFromJson<T>(after);
    if (!record) {
        say(c.error, FieldPackage::tr("A record could not be combined. Nothing was written."));
        return false;
    }
    record->meta = held.meta;
    if (c.undo)
        c.undo->changed.append({QString::fromLatin1(Table<T>::name), recordToJson(held)});
    return Repository<T>(c.db).write(*record, c.error);
}

void keep(Context &c, const QString &table, const QString &id, const QString &column,
          const QJsonValue &value, const QJsonValue &replacedBy, MergeReason reason)
{
    FieldChange change;
    const bool combined = reason == MergeReason::Combined;
    // A combination's entry is named by what it holds and says no more: two databases that
    // combine the same two records keep one entry for each value, not two, and no conflict.
    if (combined)
        change.meta.id =
            QUuid::createUuidV5(
                s_combined,
                QStringList {table, id, column, historyText(value), historyText(replacedBy)}.join(
                    QChar(0x1f)))
                .toString(QUuid::WithoutBraces);
    change.tableName = table;
    change.recordId = id;
    change.field = column;
    change.value = historyText(value);
    change.replacedBy = historyText(replacedBy);
    change.reason = reason;
    change.peer = combined ? QString() : c.peer;
    change.package = combined ? QString() : c.package;
    c.history.append(change);
}

template<typename T>
bool combineType(Context &c, const QString &keepId, const QString &goneId, int depth);

// Every record that names `goneId` names `keepId` instead. A record that would then repeat the
// unique values of another (the same stakeholder twice on one mission) is combined into it.
bool moveReferences(Context &c, const QString &keepId, const QString &goneId, int depth)
{
    bool ok = true;
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (!ok)
            return;
        QStringList conditions;
        QVariantList values;
        for (const QString &column : refColumns<T>()) {
            conditions.append(QStringLiteral("r.%1 = ?").arg(column));
            values.append(goneId);
        }
        if constexpr (RecordIo::hasLinks<T>) {
            const LinkTable &link = Table<T>::link;
            conditions.append(QStringLiteral("r.id IN (SELECT %1 FROM %2 WHERE %3 = ?)")
                                  .arg(QLatin1String(link.owner), QLatin1String(link.table),
                                       QLatin1String(link.other)));
            values.append(goneId);
        }
        if (conditions.isEmpty())
            return;
        Repository<T> repository(c.db);
        // The unique values of the live records, read once and only when a record moves.
        std::optional<QHash<QString, QString>> keys;
        for (const T &record : repository.where(conditions.join(u" OR "), values)) {
            if constexpr (std::is_same_v<T, RecordAlias>) {
                // An alias of the kept record to the one combined away (two databases combined
                // the pair each the other way): superseded, it goes.
                if (record.meta.id == keepId) {
                    if (c.undo)
                        c.undo->changed.append(
                            {QString::fromLatin1(Table<T>::name), recordToJson(record)});
                    ok = ok && repository.remove(record.meta.id, c.error);
                    continue;
                }
            }
            QJsonObject after = recordToJson(record);
            if (!repoint<T>(after, goneId, keepId))
                continue;
            if constexpr (requires { Table<T>::unique; }) {
                if (!keys) {
                    keys.emplace();
                    for (const T &other : repository.all())
                        keys->insert(RecordKeys::naturalKey(other), other.meta.id);
                }
                const std::optional<T> moved = recordFromJson<T>(after);
                const QString twin =
                    moved ? keys->value(RecordKeys::naturalKey(*moved)) : QString();
                if (!twin.isEmpty() && twin != record.meta.id) {
                    ok = ok && combineType<T>(c, twin, record.meta.id, depth + 1);
                    continue;
                }
            }
            ok = ok && rewrite<T>(c, record, after);
        }
    });
    return ok;
}

// The kept record's values, with the combined one's filling its empty fields; every other value
// the combined one held goes to the field history. A protected name stays protected.
template<typename T>
QJsonObject folded(Context &c, const QJsonObject &kept, const QJsonObject &gone)
{
    const QString table = QString::fromLatin1(Table<T>::name);
    QJsonObject result = kept;
    for (auto it = gone.constBegin(); it != gone.constEnd(); ++it) {
        const QString column = it.key();
        if (!compared(column) || column == u"deleted"
            || (column != u"links" && historyText(it.value()).isEmpty()))
            continue;
        const QJsonValue mine = kept.value(column);
        if (column == u"links") {
            result.insert(column, linksOfBoth(mine, it.value()));
        } else if (isProtecting<T>(column)) {
            result.insert(column, std::max(mine.toInt(), it.value().toInt()));
        } else if (historyText(mine).isEmpty()) {
            result.insert(column, it.value());
        } else if (!sameValue(mine, it.value())) {
            keep(c, table, kept.value(QStringLiteral("id")).toString(), column, it.value(), mine,
                 MergeReason::Combined);
        }
    }
    return result;
}

template<typename T>
bool combineType(Context &c, const QString &keepId, const QString &goneId, int depth)
{
    const QString table = QString::fromLatin1(Table<T>::name);
    if (depth > 8) {
        say(c.error,
            FieldPackage::tr("Combining these records would never end. Nothing was "
                             "written."));
        return false;
    }
    Repository<T> repository(c.db);
    std::optional<T> gone = repository.findAny(goneId);
    std::optional<T> kept = repository.findAny(keepId);
    // The record combined away is deleted before the kept one is written: the two may share
    // unique values (a mission code).
    bool goneRemoved = false;
    const auto removeGone = [&] {
        goneRemoved = true;
        if (c.undo)
            c.undo->changed.append({table, recordToJson(*gone)});
        return repository.remove(goneId, c.error);
    };
    if (kept && kept->meta.deleted && gone && !gone->meta.deleted) {
        // Deleted here, kept there: the record combined into it is live here, so it comes back
        // with what that one holds.
        if (!removeGone())
            return false;
        if (c.undo)
            c.undo->changed.append({table, recordToJson(*kept)});
        if (!repository.restore(keepId, c.error))
            return false;
        kept = repository.find(keepId);
    }
    bool renamed = false;
    if (!kept && gone) {
        // The kept record is not here (a package carries it, or not at all): the combined one
        // becomes it, under the kept id.
        if (!gone->meta.deleted && !removeGone())
            return false;
        T copy = *gone;
        copy.meta = {};
        copy.meta.id = keepId;
        copy.meta.createdAt = gone->meta.createdAt;
        copy.meta.deleted = gone->meta.deleted;
        if (!repository.insertNew(copy, c.error))
            return false;
        if (c.undo)
            c.undo->added.append({table, keepId});
        kept = repository.findAny(keepId);
        renamed = true;
    }
    if (!kept) {
        say(c.error,
            FieldPackage::tr("The record to keep is not here, or was deleted. Nothing "
                             "was written."));
        return false;
    }
    if (gone && !gone->meta.deleted && !renamed) {
        const QJsonObject before = recordToJson(*kept);
        const QJsonObject after = folded<T>(c, before, recordToJson(*gone));
        if (!sameRecord(after, before) && !rewrite<T>(c, *kept, after))
            return false;
    }
    if (gone) {
        if (!moveReferences(c, keepId, goneId, depth))
            return false;
        if (!gone->meta.deleted && !goneRemoved && !removeGone())
            return false;
    }
    // The alias: a new record, or one a package brought before and that was deleted since.
    Repository<RecordAlias> aliases(c.db);
    RecordAlias alias;
    if (const std::optional<RecordAlias> known = aliases.findAny(goneId)) {
        alias = *known;
        if (c.undo)
            c.undo->changed.append({QStringLiteral("record_aliases"), recordToJson(*known)});
    } else {
        alias.meta.id = goneId;
    }
    alias.meta.deleted = false;
    alias.tableName = table;
    alias.recordId = keepId;
    const bool isNew = alias.meta.version == 0;
    if (!(isNew ? aliases.insertNew(alias, c.error) : aliases.write(alias, c.error)))
        return false;
    if (isNew && c.undo)
        c.undo->added.append({QStringLiteral("record_aliases"), goneId});

    // The state a peer last sent of the combined record is the base of the kept one there, for
    // a peer that never sent the kept one: its next package merges three ways, not blind.
    QSqlQuery peers(c.db.connection());
    peers.prepare(QStringLiteral("SELECT store_id, state FROM shared_state WHERE table_name = ? "
                                 "AND record_id = ? AND store_id NOT IN (SELECT store_id FROM "
                                 "shared_state WHERE table_name = ? AND record_id = ?)"));
    for (const QString &value : {table, goneId, table, keepId})
        peers.addBindValue(value);
    if (!PackageMerge::execOrSay(peers, c.error))
        return false;
    QList<std::pair<QString, QString>> bases;
    while (peers.next())
        bases.append({peers.value(0).toString(), peers.value(1).toString()});
    for (const auto &[store, state] : std::as_const(bases)) {
        QSqlQuery insert(c.db.connection());
        insert.prepare(QStringLiteral("INSERT INTO shared_state (store_id, table_name, record_id, "
                                      "state) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(store);
        insert.addBindValue(table);
        insert.addBindValue(keepId);
        insert.addBindValue(QString(state).replace(u'"' + goneId + u'"', u'"' + keepId + u'"'));
        if (!PackageMerge::execOrSay(insert, c.error))
            return false;
        if (c.undo)
            c.undo->sharedAdded.append({store, table, keepId});
    }
    return true;
}

bool writeHistory(Context &c)
{
    Repository<FieldChange> history(c.db);
    for (FieldChange &change : c.history) {
        if (!change.meta.id.isEmpty() && history.findAny(change.meta.id))
            continue; // the same value, kept already (a package brought it)
        if (!history.insertNew(change, c.error))
            return false;
        if (c.undo)
            c.undo->history.append(change.meta.id);
    }
    c.history.clear();
    return true;
}

} // namespace

namespace {

// Each id combined away -> the id kept in the end. Chains are followed; a loop (two databases
// that combined a pair each the other way) keeps its smallest id, the same on every database.
QHash<QString, QString> resolve(const QHash<QString, QString> &direct)
{
    QHash<QString, QString> result;
    for (auto it = direct.cbegin(); it != direct.cend(); ++it) {
        QStringList path {it.key()};
        QString target = it.value();
        while (direct.contains(target) && !path.contains(target)) {
            path.append(target);
            target = direct.value(target);
        }
        if (path.contains(target)) // a loop: from where it closes on
            target = *std::min_element(path.cbegin() + path.indexOf(target), path.cend());
        if (target != it.key())
            result.insert(it.key(), target);
    }
    return result;
}

QHash<QString, QString> directAliases(Database &db)
{
    QHash<QString, QString> direct;
    for (const RecordAlias &alias : Repository<RecordAlias>(db).all()) {
        if (alias.recordId != alias.meta.id)
            direct.insert(alias.meta.id, alias.recordId);
    }
    return direct;
}

// Combines without asking whether it may: the import's aliases are settled already.
bool combineAs(Database &db, const QString &table, const QString &keepId, const QString &goneId,
               FieldPackage::ImportUndo *undo, QString *error, const QString &peer,
               const QString &package)
{
    TransactionGuard guard(db);
    if (!guard.started(error))
        return false;
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    Context c {db, undo, error, peer, package, {}};
    bool found = false;
    const bool ok = forTable(table, [&](auto tag) {
        found = true;
        return combineType<typename decltype(tag)::Type>(c, keepId, goneId, 0);
    });
    if (!found)
        say(error, FieldPackage::tr("Records of this kind cannot be combined."));
    return ok && writeHistory(c) && guard.commit(error);
}

// Whether `table` holds a live record with this id.
bool holdsLive(Database &db, const QString &table, const QString &id)
{
    bool live = false;
    forTable(table, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        live = Repository<T>(db).find(id).has_value();
        return true;
    });
    return live;
}

} // namespace

QHash<QString, QString> Aliases::resolved(Database &db)
{
    return resolve(directAliases(db));
}

bool Aliases::combine(Database &db, const QString &table, const QString &keepId,
                      const QString &goneId, FieldPackage::ImportUndo *undo, QString *error,
                      const QString &peer, const QString &package)
{
    const QHash<QString, QString> known = resolved(db);
    const QString kept = known.value(keepId, keepId);
    if (kept == goneId || keepId == goneId) {
        say(error, FieldPackage::tr("A record cannot be combined with itself."));
        return false;
    }
    if (known.contains(goneId)) {
        say(error, FieldPackage::tr("That record was combined into another already."));
        return false;
    }
    return combineAs(db, table, kept, goneId, undo, error, peer, package);
}

namespace {

// The package's live aliases that name a record live here, not combined here yet, with the id
// each is to be kept as once the package's aliases join this database's.
struct Pending
{
    QString table;
    QString id;
    QString keep;
};
QList<Pending> pendingCombinations(Database &db, const QJsonObject &tables,
                                   QHash<QString, QString> *resolvedAll)
{
    QHash<QString, QString> direct = directAliases(db);
    const QHash<QString, QString> here = direct;
    QList<std::pair<QString, QString>> incoming; // table, id
    for (const QJsonValue &row : tables.value(QLatin1String(Table<RecordAlias>::name)).toArray()) {
        const QJsonObject alias = row.toObject();
        const QString id = alias.value(QStringLiteral("id")).toString();
        const QString kept = alias.value(QStringLiteral("record_id")).toString();
        if (alias.value(QStringLiteral("deleted")).toInt() == 1 || kept == id || kept.isEmpty()
            || here.contains(id))
            continue;
        direct.insert(id, kept);
        incoming.append({alias.value(QStringLiteral("table_name")).toString(), id});
    }
    const QHash<QString, QString> map = resolve(direct);
    if (resolvedAll)
        *resolvedAll = map;
    QList<Pending> pending;
    for (const auto &[table, id] : std::as_const(incoming)) {
        if (map.contains(id) && holdsLive(db, table, id))
            pending.append({table, id, map.value(id)});
    }
    return pending;
}

} // namespace

bool Aliases::needsCombining(Database &db, const QJsonObject &tables)
{
    if (tables.value(QLatin1String(Table<RecordAlias>::name)).toArray().isEmpty())
        return false;
    return !pendingCombinations(db, tables, nullptr).isEmpty();
}

std::optional<Aliases::Prepared> Aliases::prepare(Database &db, QJsonObject &tables, bool write,
                                                  FieldPackage::ImportUndo *undo, QString *error,
                                                  const QString &peer, const QString &package)
{
    Prepared prepared;
    if (tables.value(QLatin1String(Table<RecordAlias>::name)).toArray().isEmpty()
        && Repository<RecordAlias>(db).count() == 0)
        return prepared;
    // The package's aliases first: a record here that its database combined is combined here.
    QHash<QString, QString> map;
    for (const Pending &pending : pendingCombinations(db, tables, &map)) {
        QString title;
        forTable(pending.table, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            if (const std::optional<T> record = Repository<T>(db).find(pending.id))
                title = FieldPackage::recordTitle(recordToJson(*record));
            return true;
        });
        ++prepared.combinedLocally;
        prepared.notes.append(FieldPackage::tr("%1 “%2” here is combined into another record, "
                                               "as the package's database combined them.")
                                  .arg(FieldPackage::typeLabel(pending.table), title));
        if (write
            && !combineAs(db, pending.table, pending.keep, pending.id, undo, error, peer, package))
            return std::nullopt;
    }
    prepared.map = map;
    if (map.isEmpty())
        return prepared;
    // Then the records: one still under an id combined away lands on the kept record.
    int landed = 0;
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        const QString table = QString::fromLatin1(Table<T>::name);
        QJsonArray rows = tables.value(table).toArray();
        if (rows.isEmpty())
            return;
        // Aliases and field history name records without being them: only their references
        // move.
        constexpr bool lands = !std::is_same_v<T, RecordAlias> && !std::is_same_v<T, FieldChange>;
        QSet<QString> ids;
        for (const QJsonValue &row : std::as_const(rows))
            ids.insert(row.toObject().value(QStringLiteral("id")).toString());
        const QStringList refs = refColumns<T>();
        Repository<T> repository(db);
        for (QJsonValueRef row : rows) {
            QJsonObject record = row.toObject();
            const QString id = record.value(QStringLiteral("id")).toString();
            const auto alias = map.constFind(id);
            bool changed = false;
            if (lands && alias != map.cend()
                && record.value(QStringLiteral("deleted")).toInt() == 0) {
                if (const std::optional<T> held = repository.findAny(id)) {
                    // Held here, combined away: its changes are carried to the kept record,
                    // when that one is live here (else its deletion is a person's to weigh).
                    if (repository.find(*alias)) {
                        prepared.heldCombined.insert(id, {table, recordToJson(*held)});
                        ++landed;
                    }
                } else if (!ids.contains(*alias)) {
                    record.insert(QStringLiteral("id"), *alias);
                    changed = true;
                    ++landed;
                } else {
                    // The package holds the kept record too: this one comes in deleted.
                    record.insert(QStringLiteral("deleted"), 1);
                    changed = true;
                }
            }
            for (const QString &column : refs) {
                const auto target = map.constFind(record.value(column).toString());
                if (target != map.cend()) {
                    record.insert(column, *target);
                    changed = true;
                }
            }
            if constexpr (RecordIo::hasLinks<T>) {
                QStringList links;
                bool moved = false;
                for (const QJsonValue &link : record.value(QStringLiteral("links")).toArray()) {
                    const QString target = map.value(link.toString(), link.toString());
                    moved = moved || target != link.toString();
                    links.append(target);
                }
                if (moved) {
                    links.removeDuplicates();
                    record.insert(QStringLiteral("links"), QJsonArray::fromStringList(links));
                    changed = true;
                }
            }
            if (changed)
                row = record;
        }
        tables.insert(table, rows);
    });
    if (landed > 0)
        prepared.notes.append(FieldPackage::tr("%n record(s) of the package still use the id of "
                                               "a record combined into another here: they land "
                                               "on the record kept.",
                                               nullptr, landed));
    return prepared;
}

bool Aliases::fold(Database &db, const Prepared &prepared, FieldPackage::ImportUndo *undo,
                   QString *error, const QString &peer, const QString &package)
{
    Context c {db, undo, error, peer, package, {}};
    for (auto it = prepared.heldCombined.cbegin(); it != prepared.heldCombined.cend(); ++it) {
        const QString &id = it.key();
        const auto &[table, before] = it.value();
        const QString keptId = prepared.map.value(id);
        const bool ok = forTable(table, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            Repository<T> repository(db);
            const std::optional<T> now = repository.findAny(id);
            const std::optional<T> kept = repository.find(keptId);
            if (!now || !kept)
                return true; // nothing to carry, or nowhere to carry it: the record keeps it
            const QJsonObject after = recordToJson(*now);
            const QJsonObject held = recordToJson(*kept);
            QJsonObject result = held;
            for (auto field = after.constBegin(); field != after.constEnd(); ++field) {
                const QString column = field.key();
                const QJsonValue was = before.value(column);
                if (!compared(column) || column == u"deleted" || sameValue(field.value(), was))
                    continue;
                const QJsonValue mine = held.value(column);
                if (column == u"links") {
                    result.insert(column, linksOfBoth(mine, field.value()));
                } else if (historyText(mine).isEmpty() || sameValue(mine, was)) {
                    // Changed there only: taken, as a merge takes it.
                    if (!historyText(mine).isEmpty())
                        keep(c, table, keptId, column, mine, field.value(), MergeReason::Update);
                    result.insert(column, field.value());
                } else if (!sameValue(mine, field.value())) {
                    keep(c, table, keptId, column, field.value(), mine, MergeReason::Combined);
                }
            }
            return sameRecord(result, held) || rewrite<T>(c, *kept, result);
        });
        if (!ok)
            return false;
    }
    return writeHistory(c);
}

QList<FieldPackage::Duplicate> FieldPackage::possibleDuplicates(Database &db)
{
    QList<Duplicate> pairs;
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (requires { Table<T>::alike; }) {
            QHash<QString, QList<T>> byKey;
            for (T &record : Repository<T>(db).all()) {
                if (const QString key = RecordKeys::alikeKey(record); !key.isEmpty())
                    byKey[key].append(std::move(record));
            }
            for (QList<T> &same : byKey) {
                std::sort(same.begin(), same.end(), [](const T &a, const T &b) {
                    return a.meta.createdAt != b.meta.createdAt
                        ? a.meta.createdAt < b.meta.createdAt
                        : a.meta.id < b.meta.id;
                });
                for (qsizetype i = 1; i < same.size(); ++i) {
                    Duplicate pair;
                    pair.table = QString::fromLatin1(Table<T>::name);
                    pair.hereId = same.constFirst().meta.id;
                    pair.incomingId = same.at(i).meta.id;
                    pair.title = recordTitle(recordToJson(same.at(i)));
                    pair.hereTitle = recordTitle(recordToJson(same.constFirst()));
                    pairs.append(pair);
                }
            }
        }
    });
    std::sort(pairs.begin(), pairs.end(), [](const Duplicate &a, const Duplicate &b) {
        return std::tie(a.table, a.hereTitle, a.incomingId)
            < std::tie(b.table, b.hereTitle, b.incomingId);
    });
    return pairs;
}

QList<FieldPackage::FieldView> FieldPackage::fieldsOf(Database &db, const QString &table,
                                                      const QString &id)
{
    QList<FieldView> fields;
    forTable(table, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        const std::optional<T> record = Repository<T>(db).findAny(id);
        if (!record)
            return true;
        const QJsonObject values = recordToJson(*record);
        for (const FieldInfo &field : Repository<T>::fields()) {
            if (field.isRef)
                continue;
            // A name is hidden only when protected; contact details and ratings always.
            const bool hidden = (field.flags & Field::Sensitive)
                || ((field.flags & Field::Revealable)
                    && values.value(QString(field.column) + QStringLiteral("_protected")).toInt()
                        == 1);
            fields.append({Repository<T>::fieldLabel(field.key),
                           displayValue(table, field.column, values.value(field.column)), hidden});
        }
        return true;
    });
    return fields;
}
