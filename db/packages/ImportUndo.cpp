#include "Database.h"
#include "FieldPackage.h"
#include "PackageMerge.h"
#include "RecordJson.h"
#include "TransactionGuard.h"
#include "Withheld.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace RecordJson;
using PackageMerge::execOrSay;

namespace {

bool run(Database &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return execOrSay(query, error);
}

// Puts a record back as it was before the import, whatever version it has now.
template<typename T> bool restore(Database &db, const QJsonObject &before, QString *error)
{
    std::optional<T> record = recordFromJson<T>(before);
    if (!record)
        return false;
    record->meta.version = 0; // the state before is what undo asks for, not a later edit's
    return Repository<T>(db).write(*record, error);
}

// Removes a record the import added, with every link row that names it: links to it exist only
// because the import made them.
template<typename T> bool removeAdded(Database &db, const QString &id, QString *error)
{
    bool ok = true;
    forEachType([&](auto tag) {
        using L = typename decltype(tag)::Type;
        // An alias's id is the id of the record combined away: links to that one stay.
        if constexpr (RecordIo::hasLinks<L> && !std::is_same_v<T, RecordAlias>) {
            const LinkTable &link = Table<L>::link;
            ok = ok
                && run(db,
                       QStringLiteral("DELETE FROM %1 WHERE %2 = ? OR %3 = ?")
                           .arg(QLatin1String(link.table), QLatin1String(link.owner),
                                QLatin1String(link.other)),
                       {id, id}, error);
            if (ok)
                db.markChanged(QLatin1String(link.table));
        }
    });
    if (!ok
        || !run(db,
                QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(Table<T>::name)),
                {id}, error))
        return false;
    db.markChanged(QLatin1String(Table<T>::name));
    return true;
}

} // namespace

bool FieldPackage::undoImport(Database &db, const ImportUndo &undo, QString *error)
{
    TransactionGuard guard(db);
    if (!guard.started(error))
        return false;
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    // What was added goes first (a record combined away comes back under unique values its copy
    // holds); then, backwards, each changed record as it was: one changed twice (combined, then
    // merged) goes back to its first state. A record added, then changed, is gone already.
    QSet<QString> added;
    for (auto it = undo.added.crbegin(); it != undo.added.crend(); ++it) {
        const QString &id = it->second;
        added.insert(it->first + u'/' + id);
        if (!forTable(it->first, [&](auto tag) {
                return removeAdded<typename decltype(tag)::Type>(db, id, error);
            }))
            return false;
        if (!Withheld::forget(db, it->first, id, error))
            return false;
    }
    for (auto it = undo.changed.crbegin(); it != undo.changed.crend(); ++it) {
        const auto &[table, before] = *it;
        if (added.contains(table + u'/' + before.value(QStringLiteral("id")).toString()))
            continue;
        if (!forTable(table, [&](auto tag) {
                return restore<typename decltype(tag)::Type>(db, before, error);
            }))
            return false;
    }
    for (const QString &id : undo.history) {
        if (!run(db, QStringLiteral("DELETE FROM field_history WHERE id = ?"), {id}, error))
            return false;
    }
    if (!undo.history.isEmpty())
        db.markChanged(QLatin1String("field_history"));
    if (!undo.origin.isEmpty()) {
        for (const ImportUndo::Shared &shared : undo.sharedBefore) {
            // A record the origin had not sent before has no base to go back to.
            const bool ok = shared.state
                ? run(db,
                      QStringLiteral("INSERT OR REPLACE INTO shared_state (store_id, table_name, "
                                     "record_id, state) VALUES (?, ?, ?, ?)"),
                      {undo.origin, shared.table, shared.id,
                       QString::fromUtf8(
                           QJsonDocument(*shared.state).toJson(QJsonDocument::Compact))},
                      error)
                : run(db,
                      QStringLiteral("DELETE FROM shared_state WHERE store_id = ? AND "
                                     "table_name = ? AND record_id = ?"),
                      {undo.origin, shared.table, shared.id}, error);
            if (!ok)
                return false;
        }
        for (const ImportUndo::Delivered &delivered : undo.deliveredBefore) {
            const bool ok = delivered.version
                ? run(db,
                      QStringLiteral("UPDATE delivered SET row_version = ? WHERE store_id = ? "
                                     "AND table_name = ? AND record_id = ?"),
                      {*delivered.version, undo.origin, delivered.table, delivered.id}, error)
                : run(db,
                      QStringLiteral("DELETE FROM delivered WHERE store_id = ? AND "
                                     "table_name = ? AND record_id = ?"),
                      {undo.origin, delivered.table, delivered.id}, error);
            if (!ok)
                return false;
        }
        const bool peer = undo.peerBefore
            ? run(db,
                  QStringLiteral("UPDATE exchange_peers SET name = ?, last_sequence = ?, "
                                 "exports_at_import = ?, last_package = ?, imported_at = ?, "
                                 "home = ? WHERE store_id = ?"),
                  {undo.peerBefore->value(QStringLiteral("name")).toString(),
                   undo.peerBefore->value(QStringLiteral("last_sequence")).toInt(),
                   undo.peerBefore->value(QStringLiteral("exports_at_import")).toInt(),
                   undo.peerBefore->value(QStringLiteral("last_package")).toString(),
                   undo.peerBefore->value(QStringLiteral("imported_at")).toString(),
                   undo.peerBefore->value(QStringLiteral("home")).toInt(), undo.origin},
                  error)
            : run(db, QStringLiteral("DELETE FROM exchange_peers WHERE store_id = ?"),
                  {undo.origin}, error);
        if (!peer
            || !run(db, QStringLiteral("DELETE FROM package_imports WHERE package_id = ?"),
                    {undo.packageId}, error))
            return false;
    }
    // After the origin's bases are back: a base a combination copied goes, whoever wrote it last.
    for (const ImportUndo::SharedAdded &shared : undo.sharedAdded) {
        if (!run(db,
                 QStringLiteral("DELETE FROM shared_state WHERE store_id = ? AND table_name = ? "
                                "AND record_id = ?"),
                 {shared.store, shared.table, shared.id}, error))
            return false;
    }
    return guard.commit(error);
}
