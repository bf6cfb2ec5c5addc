#include "MissionRepository.h"
#include "StageProgress.h"
#include "StageRepository.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

namespace {
// Stage records are written raw here: these tests are about the gates and the progress rules.
bool insert(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    const bool ok = query.exec(sql);
    if (!ok)
        qWarning("%s", qPrintable(query.lastError().text()));
    return ok;
}

QString id(int n)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
}
} // namespace

// The stage gates (exit criteria), moves between stages, and progress computed from data.
class TestStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("stages.sqlite")));
        QVERIFY(m_db->isOpen());
        Mission m;
        m.code = QStringLiteral("HR-HC-09");
        m.title = QStringLiteral("Known mission");
        QVERIFY(MissionRepository(*m_db).save(m));
        m_mission = m.meta.id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // The stage a mission stands at is in progress only while the mission runs: a planned or
    // paused mission with nothing recorded has not started it.
    void theCurrentStageIsUnderWayOnlyWhileTheMissionRuns()
    {
        MissionRepository missions(*m_db);
        Mission m = *missions.find(m_mission);
        for (const MissionStatus status : {MissionStatus::Planned, MissionStatus::OnHold,
                                           MissionStatus::Closed, MissionStatus::Active}) {
            m.status = status;
            QVERIFY(missions.save(m));
            const QList<StageStatus> stages = StageProgress::compute(*m_db, m_mission);
            QVERIFY(stages.at(0).current);
            QCOMPARE(stages.at(0).progress, 0.0);
            QCOMPARE(stages.at(0).state,
                     status == MissionStatus::Active ? StageStatus::State::InProgress
                                                     : StageStatus::State::NotStarted);
        }
    }

    void defaultsOncePerStage()
    {
        StageRepository stages(*m_db);
        QVERIFY(stages.ensureDefaults(m_mission));
        QVERIFY(stages.ensureDefaults(m_mission)); // idempotent
        for (const Stage stage : enumValues<Stage>()) {
            QCOMPARE(stages.criteria(m_mission, stage).size(),
                     StageRepository::defaultCriteria(stage).size());
        }
        // A stage whose criteria the user deleted keeps its empty list.
        for (const StageCriterion &c : stages.criteria(m_mission, Stage::Curriculum))
            QVERIFY(stages.remove(c.meta.id));
        QVERIFY(stages.ensureDefaults(m_mission));
        QCOMPARE(stages.criteria(m_mission, Stage::Curriculum).size(), 0);
    }

    void criterionValidationAndDates()
    {
        StageRepository stages(*m_db);
        StageCriterion c;
        c.missionId = m_mission;
        c.stage = Stage::Orientation;
        QString error;
        QVERIFY(!stages.save(c, &error));
        QVERIFY(error.contains(QStringLiteral("Criterion is required")));
        c.text = QStringLiteral("Законодавство прегледано");
        c.done = true;
        QVERIFY(stages.save(c, &error));
        QVERIFY(c.doneOn.isValid());
        c.done = false;
        QVERIFY(stages.save(c));
        QVERIFY(c.doneOn.isNull());
    }

    void advancingWithUnmetCriteriaNeedsAReason()
    {
        StageRepository stages(*m_db);
        QVERIFY(stages.ensureDefaults(m_mission));
        QString error;
        QVERIFY(!stages.advance(m_mission, Stage::Orientation, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("4 exit criteria")), qPrintable(error));
        QCOMPARE(MissionRepository(*m_db).find(m_mission)->currentStage, Stage::Consultation);

        StageTransition recorded;
        QVERIFY(stages.advance(m_mission, Stage::Orientation,
                               QStringLiteral("MoU delayed by elections; orientation can start"),
                               &error, &recorded));
        QCOMPARE(MissionRepository(*m_db).find(m_mission)->currentStage, Stage::Orientation);
        const QList<StageTransition> history = stages.transitions(m_mission);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().unmetCriteria, 4);
        QCOMPARE(history.first().from, Stage::Consultation);
        QVERIFY(history.first().reason.contains(QStringLiteral("elections")));

        QVERIFY(stages.revert(recorded));
        QCOMPARE(MissionRepository(*m_db).find(m_mission)->currentStage, Stage::Consultation);
        QCOMPARE(stages.transitions(m_mission).size(), 0);
    }

    void advancingWithAllCriteriaMetNeedsNoReason()
    {
        StageRepository stages(*m_db);
        QVERIFY(stages.ensureDefaults(m_mission));
        for (StageCriterion c : stages.criteria(m_mission, Stage::Consultation)) {
            c.done = true;
            QVERIFY(stages.save(c));
        }
        QVERIFY(stages.advance(m_mission, Stage::Orientation, QString()));
        QCOMPARE(stages.transitions(m_mission).first().unmetCriteria, 0);
    }

    void progressFromRecordedData()
    {
        StageRepository stages(*m_db);
        QVERIFY(stages.ensureDefaults(m_mission));
        // Consultation: 2 of 4 criteria met, 1 of 2 sessions held -> (0.5 + 0.5) / 2.
        QList<StageCriterion> consultation = stages.criteria(m_mission, Stage::Consultation);
        for (int i = 0; i < 2; ++i) {
            consultation[i].done = true;
            QVERIFY(stages.save(consultation[i]));
        }
        const QString common =
            QStringLiteral("'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'");
        QVERIFY(insert(*m_db,
                       QStringLiteral("INSERT INTO consultation_sessions (id, created_at, "
                                      "updated_at, mission_id, date, format, held) VALUES "
                                      "('%1', %2, '%3', '2026-02-01', 'roundtable', 1), "
                                      "('%4', %2, '%3', '2026-03-01', 'focus_group', 0)")
                           .arg(id(1), common, m_mission, id(2))));
        // Curriculum: 0 of 3 criteria, 3 of 4 needs answered by a module -> (0 + 0.75) / 2.
        for (int n = 10; n < 14; ++n)
            QVERIFY(insert(*m_db,
                           QStringLiteral("INSERT INTO needs (id, created_at, updated_at, "
                                          "mission_id, statement) VALUES ('%1', %2, '%3', "
                                          "'Need %4')")
                               .arg(id(n), common, m_mission)
                               .arg(n)));
        QVERIFY(insert(*m_db,
                       QStringLiteral("INSERT INTO modules (id, created_at, updated_at, "
                                      "mission_id, code, title, level) VALUES ('%1', %2, "
                                      "'%3', 'M1', 'Bias indicators', 'core')")
                           .arg(id(20), common, m_mission)));
        for (int n = 10; n < 13; ++n)
            QVERIFY(insert(*m_db,
                           QStringLiteral("INSERT INTO module_needs (id, created_at, "
                                          "updated_at, module_id, need_id, coverage) "
                                          "VALUES ('%1', %2, '%3', '%4', 'full')")
                               .arg(id(30 + n), common, id(20), id(n))));
        // Train-the-trainer: target 9 trainers, 9 certified; 2 of 4 sessions held; 0 of 4
        // criteria -> (0 + 1 + 0.5) / 3.
        QVERIFY(insert(*m_db,
                       QStringLiteral("UPDATE missions SET trainers_target = 9 WHERE id = "
                                      "'%1'")
                           .arg(m_mission)));
        for (int n = 50; n < 59; ++n)
            QVERIFY(insert(*m_db,
                           QStringLiteral("INSERT INTO trainees (id, created_at, "
                                          "updated_at, mission_id, name, role, "
                                          "certified_on) VALUES ('%1', %2, '%3', "
                                          "'Trainer %4', 'trainer', '2026-05-01')")
                               .arg(id(n), common, m_mission)
                               .arg(n)));
        for (int n = 60; n < 64; ++n)
            QVERIFY(insert(*m_db,
                           QStringLiteral("INSERT INTO training_sessions (id, created_at, "
                                          "updated_at, mission_id, tier, start_date, held) "
                                          "VALUES ('%1', %2, '%3', 'local', '2026-06-01', "
                                          "%4)")
                               .arg(id(n), common, m_mission)
                               .arg(n < 62 ? 1 : 0)));

        const QList<StageStatus> status = StageProgress::compute(*m_db, m_mission);
        QCOMPARE(status.size(), 5);
        QCOMPARE(status.at(0).progress, 0.5);
        QCOMPARE(status.at(0).state, StageStatus::State::InProgress);
        QVERIFY(status.at(0).current);
        QCOMPARE(status.at(0).measures.size(), 2);
        QCOMPARE(status.at(0).measures.at(1).label,
                 QStringLiteral("1 of 2 consultation sessions held"));
        QCOMPARE(status.at(1).progress, 0.0); // orientation: nothing recorded, no criterion met
        QCOMPARE(status.at(1).state, StageStatus::State::NotStarted);
        QCOMPARE(status.at(2).progress, 0.375);
        QCOMPARE(status.at(3).progress, 0.5);
        QCOMPARE(status.at(4).progress, 0.0);

        // All of post-training's criteria met and nothing else recorded: complete.
        for (StageCriterion c : stages.criteria(m_mission, Stage::PostTraining)) {
            c.done = true;
            QVERIFY(stages.save(c));
        }
        QCOMPARE(StageProgress::compute(*m_db, m_mission).at(4).state,
                 StageStatus::State::Complete);
    }

private:
    std::unique_ptr<TestSupport::TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_mission;
};

IP_TEST_MAIN(TestStages)
#include "tst_stages.moc"
