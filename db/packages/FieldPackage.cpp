#include "FieldPackage.h"
#include "Clock.h"
#include "Database.h"
#include "PackageMerge.h"
#include "PackageScope.h"
#include "RecordJson.h"
#include "RepositoryImpl.h"
#include "TransactionGuard.h"
#include "Version.h"
#include "Withheld.h"

#include <QFileInfo>
#include <QHash>
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
    // Written as any change is (a damaged or read-only file refuses it).
    TransactionGuard guard(db);
    if (!guard.started(error))
        return {};
    QSqlQuery insert(db.connection());
    const QString id = newRecordId();
    insert.prepare(QStringLiteral("INSERT INTO store_identity (id, created_at) VALUES (?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(Sql::fromDateTime(Clock::nowUtc()));
    if (!execOrSay(insert, error) || !guard.commit(error))
        return {};
    return id;
}

namespace {
thread_local FieldPackage::ProgressScope *s_progress = nullptr;
} // namespace

FieldPackage::ProgressScope::ProgressScope(Progress progress)
    : m_progress(std::move(progress))
    , m_outer(s_progress)
{
    s_progress = this;
}

FieldPackage::ProgressScope::~ProgressScope()
{
    s_progress = m_outer;
}

bool FieldPackage::ProgressScope::report(qint64 done, qint64 total)
{
    return !s_progress || !s_progress->m_progress || s_progress->m_progress(done, total);
}

QString FieldPackage::ProgressScope::cancelled()
{
    return tr("Cancelled; nothing was written.");
}

namespace {

// How many record types a package walks, for its progress.
int typeCount()
{
    int count = 0;
    forEachType([&](auto) { ++count; });
    return count;
}

// The records a package carries, table by table: every one, or those the chosen missions need;
// redacted, or with the fields withheld from this database carried on as withheld.
std::optional<QList<PackageScope::Rows>>
packagedRows(Database &db, const FieldPackage::ExportOptions &options, QString *error)
{
    QList<PackageScope::Rows> all;
    bool cancelled = false;
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        cancelled = cancelled || !FieldPackage::ProgressScope::report(all.size(), typeCount() * 2);
        if (cancelled)
            return;
        PackageScope::Rows rows;
        rows.table = QLatin1String(Table<T>::name);
        rows.owner = RecordIo::ownerColumn<T>();
        rows.context = Table<T>::context;
        rows.fields = Repository<T>::fields();
        for (const FieldInfo &field : std::as_const(rows.fields)) {
            // A mission_id declared as a plain field refers to its mission all the same.
            if (field.isRef || field.column == QLatin1String("mission_id"))
                rows.refs.append(field.column);
            rows.hasMission = rows.hasMission || field.column == QLatin1String("mission_id");
        }
        if constexpr (requires { Table<T>::everyPackage; })
            rows.everyPackage = Table<T>::everyPackage;
        if constexpr (requires { Table<T>::partOfOwner; })
            rows.partOfOwner = Table<T>::partOfOwner;
        for (const T &record : Repository<T>(db).everything())
            rows.rows.append(recordToJson(record));
        all.append(rows);
    });
    if (cancelled) {
        if (error)
            *error = FieldPackage::ProgressScope::cancelled();
        return std::nullopt;
    }
    if (!options.missions.isEmpty() && !PackageScope::restrict(all, options.missions, error))
        return std::nullopt;
    // A redacted handover leaves every sensitive field and protected name out, as a marker, and
    // carries no field history (it keeps earlier values) and no echo (it goes to another
    // organisation). Otherwise, a field withheld from this database and still empty here goes
    // on as withheld, never as an empty value.
    for (PackageScope::Rows &rows : all) {
        if (options.redacted && rows.table == QLatin1String(Table<FieldChange>::name)) {
            rows.rows.clear();
            continue;
        }
        const QHash<QString, QStringList> kept = Withheld::stored(db, rows.table);
        for (QJsonObject &row : rows.rows) {
            if (options.redacted) {
                row = Withheld::redact(rows.fields, row);
            } else if (const auto it = kept.constFind(row.value(QStringLiteral("id")).toString());
                       it != kept.cend()) {
                row = Withheld::carryOn(row, *it);
            }
        }
    }

    return all;
}

} // namespace

QByteArray FieldPackage::exportAll(Database &db, const ExportOptions &options, QString *error)
{
    TransactionGuard guard(db);
    if (!guard.started(error))
        return {};
    const QString own = storeId(db, error);
    QSqlQuery count(db.connection());
    if (own.isEmpty())
        return {};
    count.prepare(QStringLiteral("UPDATE store_identity SET exports = exports + 1"));
    if (!execOrSay(count, error))
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
    if (options.redacted)
        peers.clear(); // for another organisation: no echo
    const std::optional<QList<PackageScope::Rows>> all = packagedRows(db, options, error);
    if (!all)
        return {};
    QJsonObject tables;
    QJsonObject counts;
    QHash<QString, QJsonObject> echoTables; // by peer
    QHash<QString, QHash<QString, int>> versions; // of the records carried, by table and id
    for (const PackageScope::Rows &rows : *all) {
        if (!ProgressScope::report(typeCount() + (&rows - all->data()), typeCount() * 2)) {
            if (error)
                *error = ProgressScope::cancelled();
            return {};
        }
        QHash<QString, int> stored; // the table's row versions, by id
        {
            QSqlQuery query(db.connection());
            query.setForwardOnly(true);
            if (query.exec(QStringLiteral("SELECT id, row_version FROM %1").arg(rows.table))) {
                while (query.next())
                    stored.insert(query.value(0).toString(), query.value(1).toInt());
            }
        }
        QHash<QString, int> &carried = versions[rows.table];
        QHash<QString, QHash<QString, QJsonObject>> received; // by peer
        for (const QString &peer : std::as_const(peers))
            received.insert(peer, sharedStates(db, peer, rows.table));
        QJsonArray array;
        QHash<QString, QJsonObject> echoes;
        for (const QJsonObject &object : rows.rows) {
            array.append(object);
            const QString id = object.value(QStringLiteral("id")).toString();
            carried.insert(id, stored.value(id));
            for (const QString &peer : std::as_const(peers)) {
                const auto state = received.value(peer).constFind(id);
                if (state == received.value(peer).cend())
                    continue;
                QJsonObject &echo = echoes[peer];
                if (identical(*state, object))
                    echo.insert(id, true);
                else
                    echo.insert(id, *state);
            }
        }
        for (auto it = echoes.cbegin(); it != echoes.cend(); ++it)
            echoTables[it.key()].insert(rows.table, it.value());
        counts.insert(rows.table, array.size());
        tables.insert(rows.table, array);
    }
    QJsonObject echoes;
    for (const QString &peer : std::as_const(peers)) {
        echoes.insert(peer,
                      QJsonObject {{QStringLiteral("sequence"), lastSequence.value(peer)},
                                   {QStringLiteral("tables"), echoTables.value(peer)}});
    }
    const QJsonObject root {
        {QStringLiteral("kind"), QStringLiteral("intervention-planner-records")},
        {QStringLiteral("format"), PayloadFormat},
        {QStringLiteral("schema"), RecordsSchema},
        {QStringLiteral("origin"),
         QJsonObject {{QStringLiteral("store"), own},
                      {QStringLiteral("name"), QFileInfo(db.path()).completeBaseName()}}},
        {QStringLiteral("package"),
         options.packageId.isEmpty() ? newRecordId() : options.packageId},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("missions"), QJsonArray::fromStringList(options.missions)},
        {QStringLiteral("redacted"), options.redacted},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("echoes"), echoes}};
    QByteArray payload = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (!PackageMerge::recordExport(db, root, payload, versions, error) || !guard.commit(error))
        return {};
    return payload;
}

std::optional<FieldPackage::Preview> FieldPackage::preview(Database &db, const QByteArray &payload,
                                                           QString *error)
{
    return PackageMerge::walk(db, payload, nullptr, error);
}

std::optional<FieldPackage::Preview> FieldPackage::apply(Database &db, const QByteArray &payload,
                                                         const Decisions &decisions, QString *error,
                                                         ImportUndo *undo)
{
    std::optional<Preview> planned = preview(db, payload, error);
    if (!planned)
        return std::nullopt;
    if (planned->alreadyImported)
        return planned;
    QStringList why;
    if (decisions.rest == Take::Value) {
        if (error)
            *error = tr("An edited value is chosen field by field, never for every conflict at "
                        "once. Nothing was written.");
        return std::nullopt;
    }
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
    std::optional<Preview> applied = PackageMerge::walk(db, payload, &decisions, error, undo);
    if (!applied)
        return std::nullopt;
    if (!guard.commit(error))
        return std::nullopt;
    return applied;
}

QString FieldPackage::typeLabel(const QString &table)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("missions"), QT_TR_NOOP("Mission")},
        {QStringLiteral("stakeholders"), QT_TR_NOOP("Stakeholder")},
        {QStringLiteral("mission_stakeholders"), QT_TR_NOOP("Stakeholder in a mission")},
        {QStringLiteral("stakeholder_snapshots"), QT_TR_NOOP("Stakeholder position")},
        {QStringLiteral("engagements"), QT_TR_NOOP("Engagement")},
        {QStringLiteral("risks"), QT_TR_NOOP("Risk")},
        {QStringLiteral("risk_assessments"), QT_TR_NOOP("Risk assessment")},
        {QStringLiteral("risk_actions"), QT_TR_NOOP("Risk action")},
        {QStringLiteral("stage_criteria"), QT_TR_NOOP("Exit criterion")},
        {QStringLiteral("stage_transitions"), QT_TR_NOOP("Stage move")},
        {QStringLiteral("consultation_sessions"), QT_TR_NOOP("Consultation session")},
        {QStringLiteral("findings"), QT_TR_NOOP("Finding")},
        {QStringLiteral("legislation_items"), QT_TR_NOOP("Legislation")},
        {QStringLiteral("capacity_assessments"), QT_TR_NOOP("Capacity assessment")},
        {QStringLiteral("needs"), QT_TR_NOOP("Need")},
        {QStringLiteral("modules"), QT_TR_NOOP("Module")},
        {QStringLiteral("module_needs"), QT_TR_NOOP("Need a module serves")},
        {QStringLiteral("trainees"), QT_TR_NOOP("Trainee")},
        {QStringLiteral("training_sessions"), QT_TR_NOOP("Training session")},
        {QStringLiteral("materials"), QT_TR_NOOP("Material")},
        {QStringLiteral("followup_activities"), QT_TR_NOOP("Follow-up activity")},
        {QStringLiteral("indicators"), QT_TR_NOOP("Indicator")},
        {QStringLiteral("indicator_values"), QT_TR_NOOP("Indicator value")},
        {QStringLiteral("indicator_targets"), QT_TR_NOOP("Indicator target")},
        {QStringLiteral("settings"), QT_TR_NOOP("Setting")},
        {QStringLiteral("field_history"), QT_TR_NOOP("Earlier field value")},
    };
    const char *label = labels.value(table);
    return label ? tr(label) : table;
}

QString FieldPackage::recordTitle(const QJsonObject &record)
{
    if (record.value(QStringLiteral("name_protected")).toInt() == 1)
        return tr("(protected name)");
    for (const char *column :
         {"name", "code", "title", "text", "purpose", "description", "key", "field"}) {
        const QString text = record.value(QLatin1String(column)).toString().simplified();
        if (!text.isEmpty())
            return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
    }
    return record.value(QStringLiteral("id")).toString().left(8);
}

QJsonObject FieldPackage::clearHeader(const QString &packageId)
{
    return {
        {QStringLiteral("packageId"), packageId},
        {QStringLiteral("created"), Clock::nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("app"), QStringLiteral(IP_VERSION_STRING)},
        {QStringLiteral("schema"), RecordsSchema},
    };
}

QString FieldPackage::displayValue(const QString &table, const QString &column,
                                   const QJsonValue &value)
{
    if (column == u"deleted")
        return value.toInt() == 1 ? tr("Deleted") : tr("Kept");
    if (value.isNull() || value.isUndefined())
        return {};
    if (Withheld::isMarker(value))
        return tr("Withheld");
    QString text = value.isString() ? value.toString() : PackageMerge::historyText(value);
    forEachType([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (table != QLatin1String(Table<T>::name))
            return;
        const std::optional<T> record = recordFromJson<T>(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("-")}, {column, value}});
        if (!record)
            return;
        RecordIo::ValueText texts;
        Table<T>::fields(texts, *record);
        if (!texts.texts.value(column).isEmpty()) // a reference keeps its id
            text = texts.texts.value(column);
    });
    return text;
}

QByteArray FieldPackage::exportAll(Database &db)
{
    return exportAll(db, ExportOptions());
}

QList<FieldPackage::FreeText> FieldPackage::freeText(Database &db, const ExportOptions &options)
{
    QList<FreeText> found;
    const std::optional<QList<PackageScope::Rows>> all = packagedRows(db, options, nullptr);
    if (!all)
        return found;
    for (const PackageScope::Rows &rows : *all) {
        for (const QJsonObject &row : rows.rows) {
            // Deleted records travel too (as tombstones, with their text): listed as well.
            const bool deleted = row.value(QStringLiteral("deleted")).toInt() != 0;
            for (const FieldInfo &field : rows.fields) {
                const QString text = row.value(field.column).toString();
                // Long text, not a name, title or code: sentences that may name people.
                if (field.isRef || text.size() < 40 || !text.contains(u' ')
                    || field.column == QLatin1String("name")
                    || field.column == QLatin1String("title"))
                    continue;
                found.append({deleted ? tr("%1 (deleted)").arg(typeLabel(rows.table))
                                      : typeLabel(rows.table),
                              recordTitle(row),
                              field.label ? QCoreApplication::translate(rows.context, field.label)
                                          : QString(field.column),
                              text});
            }
        }
    }
    return found;
}
