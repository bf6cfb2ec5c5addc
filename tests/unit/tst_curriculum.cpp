#include "Curriculum.h"
#include "MissionRepository.h"
#include "StageProgress.h"
#include "TestSupport.h"

#include <QtTest>

using namespace TestSupport;

// Needs, modules, and the traceability between them, with the flags for what is untraced.
class TestCurriculum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("curriculum.sqlite")));
        Mission m;
        m.code = QStringLiteral("BA-HC-09");
        m.title = QStringLiteral("Curriculum test");
        QVERIFY(MissionRepository(*m_db).save(m));
        m_mission = m.meta.id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void needValidation_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("fine") << QStringLiteral("Record bias motive in incident forms") << 1 << 3
                              << QString();
        QTest::newRow("empty") << QString() << -1 << -1 << QStringLiteral("Need is required");
        QTest::newRow("score out of scale")
            << QStringLiteral("x") << 5 << -1 << QStringLiteral("between 0 and 4");
        QTest::newRow("target below current")
            << QStringLiteral("x") << 3 << 1 << QStringLiteral("below the current score");
        QTest::newRow("too long") << QString(600, u'x') << -1 << -1
                                  << QStringLiteral("limit is 500");
    }

    void needValidation()
    {
        QFETCH(QString, statement);
        QFETCH(int, current);
        QFETCH(int, target);
        QFETCH(QString, message);
        Need n;
        n.missionId = m_mission;
        n.statement = statement;
        n.currentScore = current;
        n.targetScore = target;
        const QString errors = joinMessages(n.validate());
        if (message.isEmpty())
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        else
            QVERIFY2(errors.contains(message), qPrintable(errors));
    }

    void needRoundTripAndGap()
    {
        NeedRepository needs(*m_db);
        Need n;
        n.missionId = m_mission;
        n.statement = QStringLiteral("Евидентирати мотив предрасуде");
        n.targetGroup = QStringLiteral("Front-line officers");
        n.priority = 1;
        n.dimension = CapacityDimension::RecordingData;
        n.currentScore = 1;
        n.targetScore = 3;
        QVERIFY(needs.save(n));
        const Need read = *needs.find(n.meta.id);
        QCOMPARE(read.statement, n.statement);
        QCOMPARE(read.dimension, CapacityDimension::RecordingData);
        QCOMPARE(read.gap(), 2);
        Need unscored;
        unscored.missionId = m_mission;
        unscored.statement = QStringLiteral("Victim referral pathway");
        QVERIFY(needs.save(unscored));
        QCOMPARE(needs.find(unscored.meta.id)->currentScore, -1);
        QCOMPARE(needs.find(unscored.meta.id)->gap(), 0);
    }

    void traceabilityFlagsWhatIsUntraced()
    {
        NeedRepository needs(*m_db);
        ModuleRepository modules(*m_db);
        QStringList needIds, moduleIds;
        for (const char *statement : {"Recognise bias indicators", "Record bias motive",
                                      "Refer victims to support", "Work with prosecutors"}) {
            Need n;
            n.missionId = m_mission;
            n.statement = QLatin1String(statement);
            QVERIFY(needs.save(n));
            needIds.append(n.meta.id);
        }
        for (const auto &[code, title] : QList<QPair<const char *, const char *>> {
                 {"M1", "Bias indicators"}, {"M2", "Recording"}, {"M3", "Media relations"}}) {
            TrainingModule m;
            m.missionId = m_mission;
            m.code = QLatin1String(code);
            m.title = QLatin1String(title);
            m.hours = 4;
            QVERIFY(modules.save(m));
            moduleIds.append(m.meta.id);
        }
        QVERIFY(modules.setCoverage(moduleIds[0], needIds[0], Coverage::Full));
        QVERIFY(modules.setCoverage(moduleIds[1], needIds[1], Coverage::Full));
        QVERIFY(modules.setCoverage(moduleIds[1], needIds[2], Coverage::Partial));
        QVERIFY(
            modules.setCoverage(moduleIds[1], needIds[2], Coverage::Full)); // changed, not doubled

        Traceability t = Traceability::compute(*m_db, m_mission);
        QCOMPARE(t.needs.size(), 4);
        QCOMPARE(t.modules.size(), 3);
        QCOMPARE(t.cells.size(), 3);
        QCOMPARE(t.at(moduleIds[1], needIds[2]), Coverage::Full);
        QVERIFY(!t.at(moduleIds[2], needIds[0]).has_value());
        QCOMPARE(t.uncoveredNeeds, QStringList {needIds[3]}); // prosecutors: no module
        QCOMPARE(t.untracedModules, QStringList {moduleIds[2]}); // media relations: no need

        // Removing coverage, and a deleted module no longer counts.
        QVERIFY(modules.setCoverage(moduleIds[0], needIds[0], std::nullopt));
        QVERIFY(modules.remove(moduleIds[2]));
        t = Traceability::compute(*m_db, m_mission);
        QCOMPARE(t.cells.size(), 2);
        QCOMPARE(t.uncoveredNeeds.size(), 2);
        QCOMPARE(t.untracedModules, QStringList {moduleIds[0]}); // M1 lost its only need

        // The curriculum stage's progress counts needs answered: 2 of 4 -> with no criteria
        // written for this mission, that is the only measure.
        const QList<StageStatus> status = StageProgress::compute(*m_db, m_mission);
        QCOMPARE(status.at(2).progress, 0.5);
    }

    void moduleValidation()
    {
        TrainingModule m;
        m.missionId = m_mission;
        m.hours = 900;
        const QString errors = joinMessages(m.validate());
        QVERIFY(errors.contains(QStringLiteral("Code is required")));
        QVERIFY(errors.contains(QStringLiteral("Title is required")));
        QVERIFY(errors.contains(QStringLiteral("between 0 and 500")));
    }

private:
    std::unique_ptr<TestSupport::TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_mission;
};

IP_TEST_MAIN(TestCurriculum)
#include "tst_curriculum.moc"
