#include "Aliases.h"
#include "Curriculum.h"
#include "Database.h"
#include "FieldPackage.h"
#include "Migrations.h"
#include "MissionRepository.h"
#include "PortfolioOverview.h"
#include "PortfolioSummary.h"
#include "RiskRepository.h"
#include "StageRecords.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

namespace {

// Builds a database file from an SQL dump in tests/data (one per older schema version).
bool loadDump(const QString &dumpFile, const QString &target)
{
    const QString sql = QString::fromUtf8(readFile(fixturePath(dumpFile)));
    if (sql.isEmpty())
        return false;
    QStringList statements;
    for (const QString &part : sql.split(QRegularExpression(QStringLiteral(";\\s*\\n")))) {
        QStringList lines;
        for (const QString &line : part.split(u'\n')) {
            if (!line.startsWith(QStringLiteral("--")))
                lines.append(line);
        }
        const QString statement = lines.join(u'\n').trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
    }
    QString error;
    const bool ok = execRaw(target, statements, &error);
    if (!ok)
        qWarning("loading %s: %s", qPrintable(dumpFile), qPrintable(error));
    return ok;
}

QStringList tables(Database &db)
{
    QStringList names;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace

// Schema upgrades: from an empty file, from every older version with its data, one step at a
// time, and a failed step leaves the database at the last complete one.
class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir = std::make_unique<TestSupport::TempFolder>(); }
    void cleanup() { m_dir.reset(); }

    void versionsAreConsecutive()
    {
        const QList<Migration> &steps = Migrations::standard();
        QVERIFY(!steps.isEmpty());
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).version, i + 1);
        QCOMPARE(Database::latestSchemaVersion(), steps.constLast().version);
    }

    void fromEmptyFile()
    {
        const QString path = m_dir->path(QStringLiteral("empty.sqlite"));
        QVERIFY(writeFile(path, {})); // a zero-byte file created by hand is accepted as new
        Database db;
        OpenError error;
        QVERIFY2(db.open(path, Database::Mode::CreateNew, TestSupport::quietOptions(), &error),
                 qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const QStringList names = tables(db);
        for (const char *table : {"missions", "stakeholders", "mission_stakeholders", "engagements",
                                  "stakeholder_snapshots", "risks", "risk_assessments"}) {
            QVERIFY2(names.contains(QLatin1String(table)), table);
        }
    }

    void fromEveryOlderVersion_data()
    {
        QTest::addColumn<QString>("dump");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("knownName"); // a stakeholder the fixture holds
        // One fixture per older schema version. Add a line when the schema moves on.
        QTest::newRow("version 1")
            << QStringLiteral("schema-v1.sql") << 1 << QStringLiteral("Marko Kovačević");
        QTest::newRow("version 2")
            << QStringLiteral("schema-v2.sql") << 2
            << QStringLiteral("Министарство унутрашњих послова Републике Српске");
        QTest::newRow("version 3")
            << QStringLiteral("schema-v3.sql") << 3 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 4")
            << QStringLiteral("schema-v4.sql") << 4 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 5")
            << QStringLiteral("schema-v5.sql") << 5 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 6")
            << QStringLiteral("schema-v6.sql") << 6 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 7")
            << QStringLiteral("schema-v7.sql") << 7 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 8")
            << QStringLiteral("schema-v8.sql") << 8 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 9")
            << QStringLiteral("schema-v9.sql") << 9 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 10")
            << QStringLiteral("schema-v10.sql") << 10 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 11")
            << QStringLiteral("schema-v11.sql") << 11 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 12")
            << QStringLiteral("schema-v12.sql") << 12 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 13")
            << QStringLiteral("schema-v13.sql") << 13 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 14")
            << QStringLiteral("schema-v14.sql") << 14 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 15")
            << QStringLiteral("schema-v15.sql") << 15 << QStringLiteral("Romsko srce Međimurja");
        QTest::newRow("version 16")
            << QStringLiteral("schema-v16.sql") << 16 << QStringLiteral("Romsko srce Međimurja");
    }

    void fromEveryOlderVersion()
    {
        QFETCH(QString, dump);
        QFETCH(int, version);
        QFETCH(QString, knownName);
        QVERIFY(version < Database::latestSchemaVersion());
        const QString path = m_dir->path(QStringLiteral("old.sqlite"));
        QVERIFY(loadDump(dump, path));
        QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), version);
        const QString missionsBefore =
            rawScalar(path, QStringLiteral("SELECT count(*) FROM missions WHERE deleted = 0"));
        const QString historyBefore = version < 9
            ? QString()
            : rawScalar(path,
                        QStringLiteral("SELECT group_concat(id || reason || value, '|') "
                                       "FROM (SELECT * FROM field_history ORDER BY id)"));
        const QString stakeholdersBefore =
            rawScalar(path, QStringLiteral("SELECT count(*) FROM stakeholders WHERE deleted = 0"));
        // From version 3 on, the stage forms' records must come through too.
        const QString stageRecordsBefore = version >= 3
            ? rawScalar(path,
                        QStringLiteral("SELECT (SELECT count(*) FROM "
                                       "consultation_sessions) + (SELECT "
                                       "count(*) FROM training_sessions)"))
            : QString();
        QVERIFY(missionsBefore.toInt() > 0);
        // Version 13 turns host countries into sites, one predecessor into a list of them, and
        // the closed flag of risks into a state. A comma is part of a country's name, never a
        // separator (the split once made two sites of "Korea, Republic of").
        if (version == 12) {
            QString error;
            QVERIFY2(execRaw(path,
                             {QStringLiteral("UPDATE missions SET host_country = 'Korea, Republic "
                                             "of' WHERE code = 'PL-HC-01'")},
                             &error),
                     qPrintable(error));
        }
        // From version 13 on: sites, links between missions, programmes and risk states, which
        // later steps must carry through as they are.
        const QString programmesBefore = version >= 13
            ? rawScalar(path,
                        QStringLiteral(
                            "SELECT (SELECT group_concat(id || country || city, '|') FROM (SELECT "
                            "* FROM mission_sites ORDER BY id)) || (SELECT group_concat(mission_id "
                            "|| predecessor_id, '|') FROM (SELECT * FROM mission_predecessors "
                            "ORDER BY id)) || (SELECT group_concat(id || state, '|') FROM (SELECT "
                            "* FROM risks ORDER BY id)) || (SELECT group_concat(id || code, '|') "
                            "FROM (SELECT * FROM programmes ORDER BY id))"))
            : QString();
        const QString countriesBefore =
            rawScalar(path,
                      QStringLiteral("SELECT group_concat(code || ':' || host_country, '|') FROM "
                                     "(SELECT * FROM missions WHERE deleted = 0 ORDER BY code)"));
        const QString predecessorsBefore =
            rawScalar(path,
                      QStringLiteral("SELECT group_concat(m.code || '>' || p.code, '|') FROM "
                                     "(SELECT * FROM missions ORDER BY code) m JOIN missions p ON "
                                     "p.id = m.predecessor_id"));
        const QString closedBefore = rawScalar(
            path,
            QStringLiteral("SELECT group_concat(id, '|') FROM (SELECT id FROM risks WHERE "
                           "closed = 1 ORDER BY id)"));
        // Version 15 remakes findings (the post-training kinds, the day noted): every finding
        // and every need's trace to one comes through as it was.
        const QString findingsBefore = version >= 3
            ? rawScalar(path,
                        QStringLiteral("SELECT (SELECT group_concat(id || mission_id || kind || "
                                       "text || grouping || votes || deleted, '|') FROM (SELECT * "
                                       "FROM findings ORDER BY id)) || (SELECT count(*) FROM "
                                       "need_findings)"))
            : QString();
        const QString needsBefore = version >= 3
            ? rawScalar(path,
                        QStringLiteral("SELECT group_concat(id || statement || priority, '|') "
                                       "FROM (SELECT * FROM needs ORDER BY id)"))
            : QString();
        const QString ratingsBefore = rawScalar(
            path,
            QStringLiteral("SELECT (SELECT group_concat(id || power || interest || attitude "
                           "|| trust) FROM stakeholders) || (SELECT count(*) FROM "
                           "stakeholder_snapshots)"));

        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        Database db;
        OpenError error;
        QVERIFY2(db.open(path, Database::Mode::OpenExisting, options, &error),
                 qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.checkIntegrity());
        // The data is intact and usable.
        QCOMPARE(QString::number(MissionRepository(db).count()), missionsBefore);
        QCOMPARE(QString::number(StakeholderRepository(db).count()), stakeholdersBefore);
        // Version 10 remade the stakeholder tables to let ratings be empty: every rating is as it
        // was, a rating can now be empty, and foreign keys are on again.
        const auto scalar = [&db](const QString &sql) {
            QSqlQuery query(db.connection());
            return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
        };
        // Version 14 adds the indexes the portfolio's figures name (INDEXED BY): without them
        // those queries would fail.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                       "AND name IN ('risks_open_score', 'risks_occurred')")),
                 QStringLiteral("2"));
        // The portfolio's figures read through them agree with the plain reading they replace.
        const QDate today(2026, 11, 21); // a day the demo has overdue follow-ups on
        const PortfolioSummary summary = PortfolioSummary::compute(db, today);
        const QString liveMission =
            QStringLiteral(" AND (mission_id IS NULL OR mission_id IN (SELECT id FROM missions "
                           "WHERE deleted = 0))");
        QCOMPARE(QString::number(summary.openRisks),
                 scalar(QStringLiteral("SELECT count(*) FROM risks WHERE deleted = 0 AND state = "
                                       "'open'")
                        + liveMission));
        QCOMPARE(QString::number(summary.issues),
                 scalar(QStringLiteral("SELECT count(*) FROM risks WHERE deleted = 0 AND state = "
                                       "'occurred'")
                        + liveMission));
        QCOMPARE(QString::number(summary.overdueFollowUps),
                 scalar(QStringLiteral("SELECT count(*) FROM engagements e WHERE deleted = 0 AND "
                                       "follow_up_done = 0 AND follow_up_date < '%1' AND EXISTS "
                                       "(SELECT 1 FROM stakeholders s WHERE s.id = "
                                       "e.stakeholder_id AND s.deleted = 0)")
                            .arg(today.toString(Qt::ISODate))));
        QStringList topRisks;
        for (const MissionGlance &g : MissionGlance::compute(db, today)) {
            if (!g.topRisk.isEmpty())
                topRisks.append(g.meta.id + g.topRisk + QString::number(g.topRiskScore));
        }
        topRisks.sort();
        QCOMPARE(topRisks.join(u'|'),
                 scalar(QStringLiteral(
                     "SELECT coalesce(group_concat(x, '|'), '') FROM (SELECT m.id || r.title || "
                     "r.score AS x FROM missions m JOIN (SELECT mission_id, title, likelihood * "
                     "impact AS score, row_number() OVER (PARTITION BY mission_id ORDER BY "
                     "likelihood * impact DESC, title) AS n FROM risks WHERE deleted = 0 AND "
                     "state = 'open') r ON r.mission_id = m.id AND r.n = 1 WHERE m.deleted = 0 "
                     "AND m.archived = 0 AND m.status <> 'closed' ORDER BY x)")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM risks INDEXED BY risks_open_score "
                                       "WHERE deleted = 0 AND state = 'open'")),
                 scalar(QStringLiteral("SELECT count(*) FROM risks WHERE deleted = 0 AND state = "
                                       "'open'")));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT (SELECT group_concat(id || power || interest || attitude || trust) "
                     "FROM stakeholders) || (SELECT count(*) FROM stakeholder_snapshots)")),
                 ratingsBefore);
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        // Version 17's indexes of what the portfolio shows first.
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM "
                                       "sqlite_master WHERE name IN ('risks_open_review', "
                                       "'risk_actions_open_due', 'risks_open_band', "
                                       "'stakeholders_live') ORDER BY name)")),
                 QStringLiteral("risk_actions_open_due risks_open_band risks_open_review "
                                "stakeholders_live"));
        if (version >= 3) {
            QCOMPARE(scalar(QStringLiteral(
                         "SELECT (SELECT group_concat(id || mission_id || kind || text || grouping "
                         "|| votes || deleted, '|') FROM (SELECT * FROM findings ORDER BY id)) || "
                         "(SELECT count(*) FROM need_findings)")),
                     findingsBefore);
            // Days noted before version 15 there were none; the version 15 fixture has one.
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM findings WHERE noted_on IS NOT "
                                           "NULL")),
                     version >= 15 ? QStringLiteral("1") : QStringLiteral("0"));
            // Version 16 gives needs the day they were noted: every need is as it was, with no
            // day before it (the version 16 fixture has one), and one can be given a day.
            QCOMPARE(scalar(QStringLiteral("SELECT group_concat(id || statement || priority, '|') "
                                           "FROM (SELECT * FROM needs ORDER BY id)")),
                     needsBefore);
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM needs WHERE noted_on IS NOT NULL")),
                version >= 16 ? QStringLiteral("1") : QStringLiteral("0"));
            Need need;
            need.missionId = MissionRepository(db).all().constFirst().meta.id;
            need.statement = QStringLiteral("Recognise bias indicators on social media");
            need.notedOn = QDate(2026, 11, 19);
            QVERIFY(Repository<Need>(db).save(need));
            QCOMPARE(Repository<Need>(db).find(need.meta.id)->notedOn, QDate(2026, 11, 19));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
                     QStringLiteral("0"));
            // The post-training kinds can be stored now.
            const QString missionId = MissionRepository(db).all().constFirst().meta.id;
            Finding lesson;
            lesson.missionId = missionId;
            lesson.kind = FindingKind::Lesson;
            lesson.text = QStringLiteral("Role play worked better than lectures");
            lesson.notedOn = QDate(2026, 11, 20);
            QVERIFY(MissionRecords<Finding>(db).save(lesson));
            QCOMPARE(MissionRecords<Finding>(db).find(lesson.meta.id)->notedOn,
                     QDate(2026, 11, 20));
        }
        QSqlQuery unrated(db.connection());
        QVERIFY2(
            unrated.exec(QStringLiteral("UPDATE stakeholders SET power = NULL, attitude = NULL "
                                        "WHERE id = (SELECT min(id) FROM stakeholders)")),
            qPrintable(unrated.lastError().text()));
        bool found = false;
        for (const Stakeholder &s : StakeholderRepository(db).all())
            found = found || s.name == knownName;
        QVERIFY(found);
        if (version >= 3) {
            QVERIFY(stageRecordsBefore.toInt() > 0);
            int stageRecords = 0;
            for (const Mission &m : MissionRepository(db).all()) {
                stageRecords += MissionRecords<ConsultationSession>(db).forMission(m.meta.id).size()
                    + MissionRecords<TrainingSession>(db).forMission(m.meta.id).size();
            }
            QCOMPARE(QString::number(stageRecords), stageRecordsBefore);
        }
        if (version >= 4) {
            // Indicators, their values and risk actions come through; trainees gain an empty
            // reaction and "not applied yet".
            int values = 0;
            for (const Mission &m : MissionRepository(db).all()) {
                for (const Indicator &i : MissionRecords<Indicator>(db).forMission(m.meta.id))
                    values += MissionRecords<IndicatorValue>(db).forOwner(i.meta.id).size();
                if (version > 4)
                    continue; // reactions came with version 5
                for (const Trainee &t : MissionRecords<Trainee>(db).forMission(m.meta.id)) {
                    QCOMPARE(t.reaction, std::nullopt);
                    QVERIFY(!t.applied);
                }
            }
            QCOMPARE(values, 16);
        }
        // Before version 13 a mission's outcome is not yet known; rows from before version 6
        // start at version 1.
        for (const Mission &m : MissionRepository(db).all()) {
            if (version < 13)
                QCOMPARE(m.outcome, MissionOutcome::Open);
            QVERIFY(m.meta.version >= 1);
        }
        QSqlQuery tables(db.connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")));
        while (version < 6 && tables.next()) {
            const QString table = tables.value(0).toString();
            if (rawScalar(path,
                          QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') "
                                         "WHERE name = 'row_version'")
                              .arg(table))
                != u"1")
                continue; // exchange bookkeeping, not records
            QCOMPARE(
                rawScalar(
                    path,
                    QStringLiteral("SELECT count(*) FROM %1 WHERE row_version <> 1").arg(table)),
                QStringLiteral("0"));
        }
        if (version == 10) {
            // The fixture is a laptop that imported headquarters' package before receipts: the
            // import shows in the history with no one named, and no receipt can be made for it
            // (no hash was kept); headquarters is not home, as nothing said so then.
            const QList<FieldPackage::HistoryEntry> history = FieldPackage::history(db);
            QCOMPARE(history.size(), 1);
            QVERIFY(history.constFirst().imported);
            QVERIFY(history.constFirst().by.isEmpty());
            QVERIFY(history.constFirst().decisions.isEmpty());
            QVERIFY(history.constFirst().tables.value(QStringLiteral("stakeholders")).added > 0);
            QString receiptError;
            QVERIFY(
                FieldPackage::receipt(db, history.constFirst().packageId, &receiptError).isEmpty());
            QVERIFY2(receiptError.contains(QStringLiteral("earlier version")),
                     qPrintable(receiptError));
            QVERIFY(!FieldPackage::undelivered(db));
        }
        if (version == 11) {
            // The fixture is a laptop after two exchanges: its field history survives the step
            // that remade that table, the receipt it took in is still shown, and nothing is
            // combined yet.
            QVERIFY(!historyBefore.isEmpty());
            QSqlQuery history(db.connection());
            QVERIFY(history.exec(QStringLiteral("SELECT group_concat(id || reason || value, '|') "
                                                "FROM (SELECT * FROM field_history ORDER BY id)")));
            QVERIFY(history.next());
            QCOMPARE(history.value(0).toString(), historyBefore);
            const QList<FieldPackage::HistoryEntry> exchanges = FieldPackage::history(db);
            QVERIFY(std::any_of(exchanges.cbegin(), exchanges.cend(),
                                [](const FieldPackage::HistoryEntry &entry) {
                                    return !entry.imported && !entry.receivedAt.isEmpty();
                                }));
            QVERIFY(Aliases::resolved(db).isEmpty());
        }
        if (version >= 13) {
            QVERIFY(!programmesBefore.isEmpty());
            QCOMPARE(scalar(QStringLiteral(
                         "SELECT (SELECT group_concat(id || country || city, '|') FROM (SELECT * "
                         "FROM mission_sites ORDER BY id)) || (SELECT group_concat(mission_id || "
                         "predecessor_id, '|') FROM (SELECT * FROM mission_predecessors ORDER BY "
                         "id)) || (SELECT group_concat(id || state, '|') FROM (SELECT * FROM "
                         "risks ORDER BY id)) || (SELECT group_concat(id || code, '|') FROM "
                         "(SELECT * FROM programmes ORDER BY id))")),
                     programmesBefore);
        } else {
            QStringList countries;
            QStringList predecessors;
            QList<Mission> missions = MissionRepository(db).all();
            std::sort(missions.begin(), missions.end(),
                      [](const Mission &a, const Mission &b) { return a.code < b.code; });
            QHash<QString, QString> codeOf;
            for (const Mission &m : MissionRepository(db).all())
                codeOf.insert(m.meta.id, m.code);
            for (const Mission &m : missions) {
                QStringList sites;
                for (const MissionSite &site : m.sites)
                    sites.append(site.country);
                countries.append(m.code + u':' + sites.join(QStringLiteral("; ")));
                for (const QString &p : m.predecessorIds)
                    predecessors.append(m.code + u'>' + codeOf.value(p));
            }
            QCOMPARE(countries.join(u'|'), countriesBefore);
            QCOMPARE(predecessors.join(u'|'), predecessorsBefore);
            QStringList closed;
            for (const Risk &r : RiskRepository(db).all()) {
                QVERIFY(r.programmeId.isEmpty());
                QVERIFY(r.state != RiskState::Occurred);
                if (r.state == RiskState::Closed)
                    closed.append(r.meta.id);
            }
            closed.sort();
            QCOMPARE(closed.join(u'|'), closedBefore);
        }
        if (version == 12) {
            // The fixture's Hungarian pilot named two countries in one field: two sites now, in
            // that order, with ids that another database upgraded apart makes the same.
            std::optional<Mission> pilot;
            for (const Mission &m : MissionRepository(db).all()) {
                if (m.code == u"HU-PILOT-05")
                    pilot = m;
            }
            QVERIFY(pilot);
            QCOMPARE(pilot->countries(),
                     QStringList({QStringLiteral("Hungary"), QStringLiteral("Spain")}));
            QCOMPARE(pilot->sites.at(1).meta.id,
                     pilot->meta.id.left(24) + QStringLiteral("000000000002"));
            QCOMPARE(pilot->sites.at(1).position, 1);
            QVERIFY(!Aliases::resolved(db).isEmpty()); // the combinations are still known
            QCOMPARE(MissionRepository(db).countries().count(QStringLiteral("Spain")), 1);
        }
        Risk risk;
        risk.title = QStringLiteral("Added after the upgrade");
        risk.missionId = MissionRepository(db).all().constFirst().meta.id;
        QVERIFY(RiskRepository(db).save(risk));
        // The backup taken before the upgrade is still at the old version.
        QVERIFY(!db.lastBackupPath().isEmpty());
        QCOMPARE(rawScalar(db.lastBackupPath(), QStringLiteral("PRAGMA user_version")).toInt(),
                 version);
    }

    // A field package from a version before schema 13 (made on a laptop not yet upgraded) comes
    // in as that laptop's database would after its upgrade: host countries become sites with
    // the migration's ids, a predecessor a link, a closed flag the state (they were dropped).
    void aPackageOfSchema12IsUpgradedOnImport()
    {
        std::unique_ptr<Database> old = createDatabase(m_dir->path(QStringLiteral("old.sqlite")));
        Mission first;
        first.code = QStringLiteral("HU-PILOT-05");
        first.title = QStringLiteral("Pilot");
        QVERIFY(MissionRepository(*old).save(first));
        Mission second;
        second.code = QStringLiteral("ES-PILOT-05");
        second.title = QStringLiteral("Pilot");
        QVERIFY(MissionRepository(*old).save(second));
        Risk risk;
        risk.missionId = second.meta.id;
        risk.title = QStringLiteral("Leadership changes");
        QVERIFY(RiskRepository(*old).save(risk));
        // The package as version 12 wrote it.
        QJsonObject root = QJsonDocument::fromJson(FieldPackage::exportAll(*old)).object();
        QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        tables.remove(QStringLiteral("mission_sites"));
        tables.remove(QStringLiteral("mission_predecessors"));
        QJsonArray missions;
        for (const QJsonValue &value : tables.value(QStringLiteral("missions")).toArray()) {
            QJsonObject m = value.toObject();
            m.remove(QStringLiteral("links")); // no mission_predecessors before 13
            const bool isSecond = m.value(QStringLiteral("id")).toString() == second.meta.id;
            m.insert(QStringLiteral("host_country"),
                     isSecond ? QStringLiteral("Spain; Hungary") : QStringLiteral("Hungary"));
            m.insert(QStringLiteral("predecessor_id"),
                     isSecond ? QJsonValue(first.meta.id) : QJsonValue(QJsonValue::Null));
            missions.append(m);
        }
        tables.insert(QStringLiteral("missions"), missions);
        QJsonArray risks;
        for (const QJsonValue &value : tables.value(QStringLiteral("risks")).toArray()) {
            QJsonObject r = value.toObject();
            r.remove(QStringLiteral("state"));
            r.remove(QStringLiteral("programme_id"));
            r.insert(QStringLiteral("closed"), 1);
            risks.append(r);
        }
        tables.insert(QStringLiteral("risks"), risks);
        root.insert(QStringLiteral("tables"), tables);
        root.insert(QStringLiteral("schema"), 12);

        std::unique_ptr<Database> fresh =
            createDatabase(m_dir->path(QStringLiteral("fresh.sqlite")));
        QString error;
        QVERIFY2(FieldPackage::apply(*fresh, QJsonDocument(root).toJson(), &error),
                 qPrintable(error));
        const std::optional<Mission> spain = MissionRepository(*fresh).find(second.meta.id);
        QVERIFY(spain);
        QCOMPARE(spain->sites.size(), 2);
        QCOMPARE(spain->sites.at(0).country, QStringLiteral("Spain"));
        QCOMPARE(spain->sites.at(1).country, QStringLiteral("Hungary"));
        QCOMPARE(spain->sites.at(0).meta.id,
                 second.meta.id.left(24) + QStringLiteral("000000000001"));
        QCOMPARE(spain->predecessorIds, QStringList {first.meta.id});
        QCOMPARE(MissionRepository(*fresh).find(first.meta.id)->sites.size(), 1);
        QCOMPARE(RiskRepository(*fresh).find(risk.meta.id)->state, RiskState::Closed);
    }

    void failedStepRollsBack()
    {
        const QString path = m_dir->path(QStringLiteral("partial.sqlite"));
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("partial"));
        {
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            const QList<Migration> steps {
                {1, {QStringLiteral("CREATE TABLE a (x)")}},
                {2,
                 {QStringLiteral("CREATE TABLE b (x)"), QStringLiteral("INSERT INTO a VALUES (1)"),
                  QStringLiteral("THIS IS NOT SQL")}},
                {3, {QStringLiteral("CREATE TABLE c (x)")}},
            };
            QString error;
            QVERIFY(!Migrations::run(raw, steps, &error));
            QVERIFY2(error.contains(QStringLiteral("version 2")), qPrintable(error));
            QCOMPARE(Migrations::storedVersion(raw), 1);
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM a")) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(!query.exec(QStringLiteral("SELECT * FROM b")));
            QVERIFY(!query.exec(QStringLiteral("SELECT * FROM c")));
            query.finish();
            // Run again with the step mended: it goes on from version 1.
            const QList<Migration> mended {
                {1, {QStringLiteral("CREATE TABLE a (x)")}},
                {2, {QStringLiteral("CREATE TABLE b (x)")}},
            };
            QVERIFY(Migrations::run(raw, mended, &error));
            QCOMPARE(Migrations::storedVersion(raw), 2);
            raw.close();
        }
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("partial"));
    }

private:
    std::unique_ptr<TestSupport::TempFolder> m_dir;
};

IP_TEST_MAIN(TestMigrations)
#include "tst_migrations.moc"
