#include "FieldPackage.h"
#include "Clock.h"
#include "Database.h"
#include "PackageMerge.h"
#include "RecordJson.h"
#include "TransactionGuard.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace RecordJson;
using PackageMerge::execOrSay;
using PackageMerge::exportCount;
using PackageMerge::sharedStates;

QString FieldPackage::Decisions::key(const QString &table, const QString &id, const QString &column)
{
    return table + u'/' + id + u'/' + column;
}

int FieldPackage::Preview::total(int TableCounts::*field) const
{
    int sum = 0;
    for (const TableCounts &counts : tables)
        sum += counts.*field;
    return sum;
}

int FieldPackage::Preview::blockingDuplicates() const
{
    return int(std::count_if(duplicates.cbegin(), duplicates.cend(),
                             [](const Duplicate &d) { return d.blocking; }));
}

QByteArray FieldPackage::Preview::toJson() const
{
    const std::pair<const char *, int TableCounts::*> columns[] {
        {"added", &TableCounts::added},           {"updated", &TableCounts::updated},
        {"unchanged", &TableCounts::unchanged},   {"conflicts", &TableCounts::conflicts},
        {"duplicates", &TableCounts::duplicates}, {"rejected", &TableCounts::rejected}};
    QJsonObject byTable;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        if (it->incoming == 0)
            continue;
        QJsonObject counts;
        for (const auto &[name, field] : columns)
            counts.insert(QLatin1String(name), (*it).*field);
        byTable.insert(it.key(), counts);
    }
    QJsonObject root;
    for (const auto &[name, field] : columns)
        root.insert(QLatin1String(name), total(field));
    root.insert(QStringLiteral("schema"), schema);
    root.insert(QStringLiteral("alreadyImported"), alreadyImported);
    root.insert(QStringLiteral("tables"), byTable);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString FieldPackage::storeId(Database &db, QString *error)
{
    QSqlQuery query(db.connection());
    if (query.exec(QStringLiteral("SELECT id FROM store_identity")) && query.next())
        return query.value(0).toString();
    QSqlQuery insert(db.connection());
    const QString id = newRecordId();
    insert.prepare(QStringLiteral("INSERT INTO store_identity (id, created_at) VALUES (?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(Sql::fromDateTime(Clock::nowUtc()));
    if (!execOrSay(insert, error))
        return {};
    return id;
}

QByteArray FieldPackage::exportAll(Database &db, const ExportOptions &options, QString *error)
{
    TransactionGuard guard(db);
    if (!guard.started(error))
        return {};
    const QString own = storeId(db, error);
    QSqlQuery count(db.connection());
    if (own.isEmpty()
        || !count.exec(QStringLiteral("UPDATE store_identity SET exports = exports + 1")))
        return {};
    const int sequence = exportCount(db);

    // The peers whose echo travels: the one the package is for, or every one.
    QStringList peers;
    QHash<QString, int> lastSequence;
    {
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("SELECT store_id, last_sequence FROM exchange_peers"))) {
            while (query.next()) {
                const QString peer = query.value(0).toString();
                if (options.forStore.isEmpty() || options.forStore == peer) {
                    peers.append(peer);
                    lastSequence.insert(peer, query.value(1).toInt());
                }
            }
        }
    }
    QJsonObject tables;
    QJsonObject counts;
    QHash<QString, QJsonObject> echoTables; // by peer
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        const QString table = QLatin1String(Table<T>::name);
        QHash<QString, QHash<QString, QJsonObject>> received; // by peer
        for (const QString &peer : std::as_const(peers))
            received.insert(peer, sharedStates(db, peer, table));
        const QHash<QString, QJsonObject> ofRecipient = options.forStore.isEmpty()
            ? QHash<QString, QJsonObject>()
            : received.value(options.forStore);
        QJsonArray rows;
        QHash<QString, QJsonObject> echoes;
        for (const T &record : Repository<T>(db).everything()) {
            const QJsonObject object = recordToJson(record);
            // A deletion the recipient sent back itself is one it holds.
            if (record.meta.deleted
                && ofRecipient.value(record.meta.id).value(QStringLiteral("deleted")).toInt() == 1)
                continue;
            rows.append(object);
            for (const QString &peer : std::as_const(peers)) {
                const auto state = received.value(peer).constFind(record.meta.id);
                if (state == received.value(peer).cend())
                    continue;
                QJsonObject &echo = echoes[peer];
                if (sameRecord(*state, object) && sameRecord(object, *state))
                    echo.insert(record.meta.id, true);
                else
                    echo.insert(record.meta.id, *state);
            }
        }
        for (auto it = echoes.cbegin(); it != echoes.cend(); ++it)
            echoTables[it.key()].insert(table, it.value());
        counts.insert(table, rows.size());
        tables.insert(table, rows);
    });
    QJsonObject echoes;
    for (const QString &peer : std::as_const(peers)) {
        echoes.insert(peer,
                      QJsonObject {{QStringLiteral("sequence"), lastSequence.value(peer)},
                                   {QStringLiteral("tables"), echoTables.value(peer)}});
    }
    const QJsonObject root {
        {QStringLiteral("kind"), QStringLiteral("intervention-planner-records")},
        {QStringLiteral("format"), PayloadFormat},
        {QStringLiteral("schema"), Database::latestSchemaVersion()},
        {QStringLiteral("origin"),
         QJsonObject {{QStringLiteral("store"), own},
                      {QStringLiteral("name"), QFileInfo(db.path()).completeBaseName()}}},
        {QStringLiteral("package"),
         options.packageId.isEmpty() ? newRecordId() : options.packageId},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("echoes"), echoes}};
    if (!guard.commit(error))
        return {};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<FieldPackage::Preview> FieldPackage::preview(Database &db, const QByteArray &payload,
                                                           QString *error)
{
    return PackageMerge::walk(db, payload, nullptr, error);
}

std::optional<FieldPackage::Preview> FieldPackage::apply(Database &db, const QByteArray &payload,
                                                         const Decisions &decisions, QString *error)
{
    std::optional<Preview> planned = preview(db, payload, error);
    if (!planned)
        return std::nullopt;
    if (planned->alreadyImported)
        return planned;
    QStringList why;
    if (!planned->conflicts.isEmpty() && decisions.fields.isEmpty() && !decisions.rest) {
        why.append(tr("%n record(s) differ here from the package, and the differences are not "
                      "decided.",
                      nullptr, int(planned->conflicts.size())));
    } else if (!decisions.rest) {
        int undecided = 0;
        for (const Conflict &conflict : std::as_const(planned->conflicts)) {
            for (const FieldConflict &field : conflict.fields) {
                if (field.column != u"deleted"
                    && !decisions.fields.contains(
                        Decisions::key(conflict.table, conflict.id, field.column))) {
                    ++undecided;
                    break;
                }
            }
        }
        if (undecided)
            why.append(tr("%n record(s) differ here from the package, and the differences are "
                          "not decided.",
                          nullptr, undecided));
    }
    if (const int duplicates = planned->blockingDuplicates())
        why.append(tr("%n record(s) of the package repeat one here.", nullptr, duplicates));
    if (const int rejected = planned->total(&TableCounts::rejected))
        why.append(tr("%n row(s) of the package cannot be read.", nullptr, rejected));
    if (!why.isEmpty()) {
        if (error)
            *error = why.join(u' ') + u' ' + tr("Nothing was written.");
        return std::nullopt;
    }
    TransactionGuard guard(db);
    if (!guard.started(error))
        return std::nullopt;
    // A record may name one that comes later in the package (a mission's predecessor): the
    // references are checked when the whole import commits.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    std::optional<Preview> applied = PackageMerge::walk(db, payload, &decisions, error);
    if (!applied)
        return std::nullopt;
    if (!guard.commit(error))
        return std::nullopt;
    return applied;
}
