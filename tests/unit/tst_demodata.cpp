#include "Clock.h"
#include "Curriculum.h"
#include "DemoData.h"
#include "EngagementRepository.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "StageProgress.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <algorithm>

using namespace TestSupport;

// The embedded demo portfolio holds what docs/domain.md promises, all of it marked as demo.
class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempFolder>();
        m_path = m_dir->path(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoData::createFile(m_path, &error), qPrintable(error));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_path, Database::Mode::OpenExisting, quietOptions()));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // A demo that crashed leaves its -wal or -journal: the next demo starts clean, although a
    // new database is never started beside another's journal.
    void aCrashedDemosLeftoversDoNotStopTheNext()
    {
        m_db.reset();
        QVERIFY(TestSupport::writeFile(m_path + QStringLiteral("-journal"), QByteArray(512, 'j')));
        QVERIFY(TestSupport::writeFile(m_path + QStringLiteral("-wal"), QByteArray(512, 'w')));
        QString error;
        QVERIFY2(DemoData::createFile(m_path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_path, Database::Mode::OpenExisting, quietOptions()));
    }

    void missions()
    {
        const QList<Mission> missions = MissionRepository(*m_db).all();
        QCOMPARE(missions.size(), 5);
        QHash<QString, Mission> byCode;
        for (const Mission &m : missions)
            byCode.insert(m.code, m);
        QVERIFY(byCode.contains(QStringLiteral("HR-HC-01")));
        QCOMPARE(byCode.value(QStringLiteral("HR-HC-01")).currentStage, Stage::PostTraining);
        QCOMPARE(byCode.value(QStringLiteral("HR-HC-01")).mouStatus, MouStatus::Signed);
        QCOMPARE(byCode.value(QStringLiteral("BA-HC-01")).currentStage, Stage::Orientation);
        QCOMPARE(byCode.value(QStringLiteral("BA-HC-01")).context, MissionContext::PostConflict);
        QCOMPARE(byCode.value(QStringLiteral("PL-HC-01")).currentStage, Stage::TrainTheTrainer);
        QCOMPARE(byCode.value(QStringLiteral("HU-PILOT-05")).status, MissionStatus::Closed);
        QCOMPARE(byCode.value(QStringLiteral("ES-PILOT-05")).status, MissionStatus::Closed);
        // Lessons learned travel from the pilots to their successors.
        QVERIFY(byCode.value(QStringLiteral("HR-HC-01"))
                    .predecessorIds.contains(byCode.value(QStringLiteral("HU-PILOT-05")).meta.id));
    }

    void everyRecordIsMarkedDemo()
    {
        for (const char *table : {"missions", "stakeholders", "mission_stakeholders", "engagements",
                                  "stakeholder_snapshots", "risks", "risk_assessments", "needs",
                                  "modules", "module_needs", "stage_criteria"}) {
            QSqlQuery query(m_db->connection());
            QVERIFY(query.exec(
                QStringLiteral("SELECT count(*), sum(is_demo) FROM %1").arg(QLatin1String(table))));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toInt() > 0, table);
            QCOMPARE(query.value(1).toInt(), query.value(0).toInt());
        }
    }

    void namesKeepTheirAlphabets()
    {
        QStringList names;
        for (const Stakeholder &s : StakeholderRepository(*m_db).all())
            names.append(s.name + u' ' + s.organisation);
        const QString all = names.join(u'\n');
        QVERIFY(all.contains(QStringLiteral("Kovačević")));
        QVERIFY(all.contains(QStringLiteral("Łodzi")));
        QVERIFY(all.contains(QStringLiteral("Бања Лука")));
        QVERIFY(all.contains(QStringLiteral("Međimurja")));
    }

    void stakeholdersAndLinks()
    {
        StakeholderRepository stakeholders(*m_db);
        QVERIFY(stakeholders.count() >= 25);
        const auto croatia = findMission(QStringLiteral("HR-HC-01"));
        const QList<Stakeholder> linked = stakeholders.forMission(croatia.meta.id);
        QVERIFY(linked.size() >= 8);
        bool lgbtLowPowerHighInterestLowTrust = false;
        bool protectedVictim = false;
        for (const Stakeholder &s : linked) {
            if (s.name == u"Duga Zagreb")
                lgbtLowPowerHighInterestLowTrust = s.power <= 2 && s.interest >= 4 && s.trust <= 2;
            if (s.nameProtected) {
                protectedVictim = s.type == StakeholderType::AffectedCommunity;
                QVERIFY(!s.displayName().contains(s.name));
            }
        }
        QVERIFY(lgbtLowPowerHighInterestLowTrust);
        QVERIFY(protectedVictim);
    }

    void snapshotsChartMovement()
    {
        StakeholderRepository stakeholders(*m_db);
        for (const Stakeholder &s : stakeholders.all()) {
            if (s.name != u"Marko Kovačević")
                continue;
            const QList<StakeholderSnapshot> snapshots = stakeholders.snapshots(s.meta.id);
            QCOMPARE(snapshots.size(), 2); // blocker, then sceptic (the current values)
            QCOMPARE(snapshots.first().attitude, Attitude::Blocker);
            QCOMPARE(snapshots.last().attitude, Attitude::Sceptic);
            QVERIFY(snapshots.first().takenAt < snapshots.last().takenAt);
            return;
        }
        QFAIL("Marko Kovačević is missing from the demo");
    }

    void risksCoverTheSeedCategories()
    {
        const QList<Risk> risks = RiskRepository(*m_db).all();
        QSet<RiskCategory> categories;
        for (const Risk &r : risks)
            categories.insert(r.category);
        for (RiskCategory expected : {RiskCategory::Political, RiskCategory::Institutional,
                                      RiskCategory::Coordination, RiskCategory::Inclusion}) {
            QVERIFY(categories.contains(expected));
        }
        const auto bosnia = findMission(QStringLiteral("BA-HC-01"));
        QStringList bosnianTitles;
        for (const Risk &r : RiskRepository(*m_db).forMission(bosnia.meta.id))
            bosnianTitles.append(r.title);
        QVERIFY(bosnianTitles.join(u'|').contains(QStringLiteral("Turf battles")));
        QVERIFY(bosnianTitles.join(u'|').contains(QStringLiteral("predecessor")));
    }

    void overdueFollowUpsExist()
    {
        QVERIFY(!EngagementRepository(*m_db).overdueFollowUps(QDate(2026, 11, 21)).isEmpty());
    }

    // Made on any day, the demo's running missions sit around that day as they sit around
    // November 2026 in the file, with a handful of overdue items; the 2005 pilots stay in 2005.
    void runningMissionsFollowTheDayTheDemoIsMade_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("the file's month") << QDate(2026, 11, 23);
        QTest::newRow("half a year on") << QDate(2027, 5, 10);
        QTest::newRow("a leap day, years on") << QDate(2032, 2, 29);
        QTest::newRow("years before") << QDate(2024, 1, 31);
    }

    void runningMissionsFollowTheDayTheDemoIsMade()
    {
        QFETCH(QDate, today);
        TempFolder dir;
        // The day is the local one where the test runs, as the demo reads it (in Kiritimati,
        // 10:00 UTC on the 29th is already the 1st of the next month).
        QDate localDay[2];
        const auto missionsAt = [&dir, &localDay](const QDate &day, std::unique_ptr<Database> *db,
                                                  const QString &name) {
            Clock::setFixedNow(QDateTime(day, QTime(10, 0), Qt::UTC));
            localDay[name == QLatin1String("moved.sqlite") ? 1 : 0] = Clock::today();
            const QString path = dir.path(name);
            QString error;
            QVERIFY2(DemoData::createFile(path, &error), qPrintable(error));
            *db = std::make_unique<Database>();
            QVERIFY((*db)->open(path, Database::Mode::OpenExisting, quietOptions()));
        };
        std::unique_ptr<Database> base;
        std::unique_ptr<Database> moved;
        missionsAt(QDate(2026, 11, 23), &base, QStringLiteral("base.sqlite"));
        missionsAt(today, &moved, QStringLiteral("moved.sqlite"));
        TestSupport::pinClock();
        QVERIFY(base && moved);
        const int months = (localDay[1].year() - localDay[0].year()) * 12
            + (localDay[1].month() - localDay[0].month());
        today = localDay[1];
        QHash<QString, Mission> before;
        for (const Mission &m : MissionRepository(*base).all())
            before.insert(m.code, m);
        for (const Mission &m : MissionRepository(*moved).all()) {
            const Mission &was = before[m.code];
            // Every criterion was met by today; a closed pilot's within its own years (they were
            // once dated in the file's year).
            for (const Stage stage : enumValues<Stage>()) {
                for (const StageCriterion &c : StageRepository(*moved).criteria(m.meta.id, stage)) {
                    if (!c.done)
                        continue;
                    QVERIFY2(c.doneOn <= today, qPrintable(m.code));
                    if (m.status == MissionStatus::Closed)
                        QVERIFY2(c.doneOn <= m.endDate, qPrintable(m.code));
                }
            }
            if (m.status == MissionStatus::Closed) {
                QCOMPARE(m.startDate, was.startDate);
                QCOMPARE(m.endDate.year(), 2005);
            } else {
                QCOMPARE(m.startDate, was.startDate.addMonths(months));
                QCOMPARE(m.endDate, was.endDate.addMonths(months));
                QVERIFY2(m.startDate <= today && today <= m.endDate, qPrintable(m.code));
            }
        }
        const qsizetype overdue = EngagementRepository(*moved).overdueFollowUps(today).size();
        QVERIFY2(overdue >= 1 && overdue <= 12, qPrintable(QString::number(overdue)));
        const qsizetype reviews = std::ranges::count_if(
            RiskRepository(*moved).overdueWork(today),
            [](const RiskRepository::OverdueWork &w) { return w.action.isEmpty(); });
        QVERIFY2(reviews <= 12, qPrintable(QString::number(reviews)));
    }

    void stagesTellEachMissionsStory()
    {
        using State = StageStatus::State;
        const auto states = [this](const QString &code) {
            QList<State> result;
            for (const StageStatus &s : StageProgress::compute(*m_db, findMission(code).meta.id))
                result.append(s.state);
            return result;
        };
        // Croatia in post-training support (two cascade sessions still planned); Bosnia and
        // Herzegovina in orientation; Poland cascading in train-the-trainer.
        QCOMPARE(states(QStringLiteral("HR-HC-01")),
                 (QList<State> {State::Complete, State::Complete, State::Complete,
                                State::InProgress, State::InProgress}));
        QCOMPARE(states(QStringLiteral("BA-HC-01")),
                 (QList<State> {State::Complete, State::InProgress, State::NotStarted,
                                State::NotStarted, State::NotStarted}));
        QCOMPARE(states(QStringLiteral("PL-HC-01")),
                 (QList<State> {State::Complete, State::Complete, State::Complete,
                                State::InProgress, State::NotStarted}));
        const Traceability croatia =
            Traceability::compute(*m_db, findMission(QStringLiteral("HR-HC-01")).meta.id);
        QCOMPARE(croatia.needs.size(), 4);
        QVERIFY(croatia.uncoveredNeeds.isEmpty());
        QVERIFY(croatia.untracedModules.isEmpty());
        const Traceability bosnia =
            Traceability::compute(*m_db, findMission(QStringLiteral("BA-HC-01")).meta.id);
        QCOMPARE(bosnia.needs.size(), 4);
        QCOMPARE(bosnia.modules.size(), 0); // the curriculum is still to come
    }

    void stageFormsAreFilled()
    {
        const QString croatia = findMission(QStringLiteral("HR-HC-01")).meta.id;
        QCOMPARE(findMission(QStringLiteral("HR-HC-01")).trainersTarget, std::optional<int>(9));
        QCOMPARE(findMission(QStringLiteral("HR-HC-01")).womenShareTarget, std::optional<int>(30));
        const QList<Trainee> trainees = MissionRecords<Trainee>(*m_db).forMission(croatia);
        QCOMPARE(std::count_if(trainees.cbegin(), trainees.cend(),
                               [](const Trainee &t) { return t.certified(); }),
                 9);
        // The cascade reaches Zagreb, Split and Osijek, each through its own trainers.
        const QList<CascadeBranch> branches =
            cascade(trainees, MissionRecords<TrainingSession>(*m_db).forMission(croatia));
        QSet<QString> regions;
        for (const CascadeBranch &b : branches) {
            if (b.reached > 0)
                regions.insert(b.trainer.region);
        }
        QCOMPARE(regions,
                 (QSet<QString> {QStringLiteral("Zagreb"), QStringLiteral("Split"),
                                 QStringLiteral("Osijek")}));
        // Needs trace back to what the consultation raised.
        for (const Need &n : NeedRepository(*m_db).forMission(croatia))
            QVERIFY2(!n.findingIds.isEmpty(), qPrintable(n.statement));
        const QList<ConsultationSession> sessions =
            MissionRecords<ConsultationSession>(*m_db).forMission(croatia);
        QCOMPARE(sessions.size(), 3);
        QVERIFY(!sessions.constFirst().attendeeIds.isEmpty());
        QVERIFY(!MissionRecords<LegislationItem>(*m_db).forMission(croatia).isEmpty());
        QVERIFY(!MissionRecords<Material>(*m_db).forMission(croatia).isEmpty());
        QVERIFY(!MissionRecords<FollowUpActivity>(*m_db).forMission(croatia).isEmpty());

        // Bosnia and Herzegovina: recording capacity scored 1.
        const QString bosnia = findMission(QStringLiteral("BA-HC-01")).meta.id;
        const QList<CapacityProfileEntry> profile =
            capacityProfile(MissionRecords<CapacityAssessment>(*m_db).forMission(bosnia));
        QCOMPARE(profile.at(static_cast<int>(CapacityDimension::RecordingData)).current, 1);

        // Poland: trainers from all 16 voivodeships, a cascade of one-day local courses.
        const QString poland = findMission(QStringLiteral("PL-HC-01")).meta.id;
        QSet<QString> voivodeships;
        for (const Trainee &t : MissionRecords<Trainee>(*m_db).forMission(poland))
            voivodeships.insert(t.region);
        QCOMPARE(voivodeships.size(), 16);
        const QList<TrainingSession> polish =
            MissionRecords<TrainingSession>(*m_db).forMission(poland);
        QVERIFY(std::count_if(polish.cbegin(), polish.cend(),
                              [](const TrainingSession &s) {
                                  return s.tier == TrainingTier::Local && s.held;
                              })
                > 100);
        QCOMPARE(findMission(QStringLiteral("PL-HC-01")).officersTarget, std::optional<int>(20000));
    }

    void badDemoJsonWritesNothing()
    {
        auto db = createDatabase(m_dir->path(QStringLiteral("other.sqlite")));
        QVERIFY(db->isOpen());
        QString error;
        QVERIFY(!DemoData::loadFrom(*db, QByteArrayLiteral("{\"missions\": ["), &error));
        QVERIFY(!error.isEmpty());
        // A record that fails validation rolls the whole load back.
        const QByteArray invalid = R"({"missions": [
            {"key": "a", "code": "OK-1", "title": "Fine", "status": "active"},
            {"key": "b", "code": "BAD-1", "title": "", "start": "2026-05-01", "end": "2026-01-01"}
        ]})";
        QVERIFY(!DemoData::loadFrom(*db, invalid, &error));
        QVERIFY2(error.contains(QStringLiteral("Title is required")), qPrintable(error));
        QCOMPARE(MissionRepository(*db).count(), 0);
    }

private:
    Mission findMission(const QString &code)
    {
        for (const Mission &m : MissionRepository(*m_db).all()) {
            if (m.code == code)
                return m;
        }
        return {};
    }

    std::unique_ptr<TestSupport::TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

IP_TEST_MAIN(TestDemoData)
#include "tst_demodata.moc"
