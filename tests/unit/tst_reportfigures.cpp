#include "Clock.h"
#include "Indicators.h"
#include "MissionRepository.h"
#include "ReportFigures.h"
#include "RiskRepository.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "TestSupport.h"

#include <QtTest>

using namespace TestSupport;

// Without a translator, as here, plurals keep their "(s)".
// A report's figures for a period: what happened within it, what stood by its end, and the same
// figure wherever the report shows it.
class TestReportFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("figures.sqlite")));
        QVERIFY(m_db->isOpen());
        Mission m;
        m.code = QStringLiteral("HR-HC-05");
        m.title = QStringLiteral("Figures");
        m.sites = {siteIn(QStringLiteral("Croatia"))};
        m.startDate = QDate(2026, 1, 1);
        m.endDate = QDate(2026, 9, 30); // ended before the pinned today, 2026-11-23
        m.officersTarget = 100;
        m.trainersTarget = 4;
        QVERIFY(MissionRepository(*m_db).save(m));
        m_mission = m.meta.id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void theWholeCourseRunsFromTheStartToTheEndOrToday()
    {
        const ReportPeriod whole = ReportPeriod::forMission(*m_db, m_mission);
        QCOMPARE(whole.from, QDate(2026, 1, 1));
        QCOMPARE(whole.to, QDate(2026, 9, 30));
        Mission m = *MissionRepository(*m_db).find(m_mission);
        m.endDate = QDate(2027, 6, 30);
        QVERIFY(MissionRepository(*m_db).save(m));
        QCOMPARE(ReportPeriod::forMission(*m_db, m_mission).to, Clock::today());
    }

    // Sessions count in the period by their date, and to date when held by its end; the tiers
    // and sexes add up to the totals; the cascade counts only sessions its trainers led.
    void sessionsCountInThePeriodAndToItsEnd()
    {
        Trainee trainer;
        trainer.missionId = m_mission;
        trainer.name = QStringLiteral("Ivana");
        trainer.certifiedOn = QDate(2026, 3, 20);
        QVERIFY(MissionRecords<Trainee>(*m_db).save(trainer));
        Trainee late = trainer;
        late.meta = {};
        late.name = QStringLiteral("Marko");
        late.certifiedOn = QDate(2026, 8, 1);
        QVERIFY(MissionRecords<Trainee>(*m_db).save(late));

        addSession(TrainingTier::National, QDate(2026, 2, 10), true, 4, 5, 0, {});
        addSession(TrainingTier::Local, QDate(2026, 5, 12), true, 6, 16, 1, trainer.meta.id);
        addSession(TrainingTier::Local, QDate(2026, 6, 3), true, 3, 17, 0, {});
        addSession(TrainingTier::Local, QDate(2026, 8, 20), true, 5, 15, 0, late.meta.id);
        addSession(TrainingTier::Local, QDate(2026, 9, 1), false, 0, 0, 0, trainer.meta.id);

        const ReportPeriod spring {QDate(2026, 4, 1), QDate(2026, 6, 30)};
        const MissionFigures f = MissionFigures::compute(*m_db, m_mission, spring);
        QCOMPARE(f.sessionsInPeriod.size(), 2);
        QCOMPARE(f.sessionsToDate, 3); // the one in August is after the period
        QCOMPARE(f.sessionsPlanned, 1);
        QCOMPARE(f.trainedInPeriod.total(), 43);
        QCOMPARE(f.trainedInPeriod.female, 9);
        QCOMPARE(f.trainedToDate.total(), 52);
        QCOMPARE(f.tiers.size(), 2);
        QCOMPARE(f.tiers.at(0).tier, TrainingTier::National);
        QCOMPARE(f.tiers.at(0).inPeriod.total(), 0);
        QCOMPARE(f.tiers.at(0).toDate.total(), 9);
        QCOMPARE(f.tiers.at(1).inPeriod.total(), 43);
        QCOMPARE(f.cascadeToDate, 23); // Ivana's session; Marko's came after the period
        QCOMPARE(f.trainersCertifiedToDate, 1);
        QCOMPARE(f.trainersCertifiedInPeriod, 0);
        QCOMPARE(f.officersTarget, 100);
        QCOMPARE(headcountText(f.trainedInPeriod), QStringLiteral("43 (9 women, 21 %)"));

        const MissionFigures whole =
            MissionFigures::compute(*m_db, m_mission, {QDate(2026, 1, 1), QDate(2026, 9, 30)});
        QCOMPARE(whole.trainedToDate.total(), 72);
        QCOMPARE(whole.trainedInPeriod.total(), 72);
        QCOMPARE(whole.cascadeToDate, 43);
        QCOMPARE(whole.trainersCertifiedInPeriod, 2);
        QStringList changes;
        for (const MissionFigures::Change &c : whole.changes)
            changes.append(c.date.toString(Qt::ISODate) + u' ' + c.text);
        QVERIFY2(changes.contains(QStringLiteral("2026-03-20 1 trainer(s) certified.")),
                 qPrintable(changes.join(u'\n')));
        QVERIFY2(changes.contains(QStringLiteral("2026-08-20 4 training session(s) held; people "
                                                 "trained: 72.")),
                 qPrintable(changes.join(u'\n')));
    }

    // The cascade counts the sessions of trainers certified by the period's end; a risk added
    // after the period is not in its report.
    void theCascadeAndLaterRisks()
    {
        Trainee uncertified;
        uncertified.missionId = m_mission;
        uncertified.name = QStringLiteral("Not yet");
        QVERIFY(MissionRecords<Trainee>(*m_db).save(uncertified));
        addSession(TrainingTier::Local, QDate(2026, 5, 2), true, 2, 8, 0, uncertified.meta.id);
        Risk risk;
        risk.missionId = m_mission;
        risk.title = QStringLiteral("Added today");
        QVERIFY(RiskRepository(*m_db).save(risk)); // created on the pinned day, 2026-11-23

        const MissionFigures past =
            MissionFigures::compute(*m_db, m_mission, {QDate(2026, 1, 1), QDate(2026, 9, 30)});
        QCOMPARE(past.cascadeToDate, 0);
        QCOMPARE(past.trainedToDate.total(), 10);
        QVERIFY(past.risks.isEmpty());
        QVERIFY(past.topRisks.isEmpty());
        const MissionFigures now =
            MissionFigures::compute(*m_db, m_mission, {QDate(2026, 1, 1), Clock::today()});
        QCOMPARE(now.trainedToDate.total(), 10);
        QCOMPARE(now.risks.size(), 1);
    }

    // Indicators stand as they did at the period's end; the values within it are changes; so
    // are moves into a stage and risks that came true.
    void indicatorsStandAtThePeriodsEnd()
    {
        Indicator indicator;
        indicator.missionId = m_mission;
        indicator.name = QStringLiteral("Officers trained");
        indicator.unit = QStringLiteral("officers");
        indicator.baseline = 0;
        indicator.target = 100;
        QVERIFY(MissionRecords<Indicator>(*m_db).save(indicator));
        for (const auto &[day, value] :
             {std::pair {QDate(2026, 3, 1), 20.0}, std::pair {QDate(2026, 6, 1), 50.0},
              std::pair {QDate(2026, 9, 1), 95.0}}) {
            IndicatorValue v;
            v.indicatorId = indicator.meta.id;
            v.date = day;
            v.value = value;
            QVERIFY(MissionRecords<IndicatorValue>(*m_db).save(v));
        }
        QString error;
        QVERIFY2(StageRepository(*m_db).advance(m_mission, Stage::Orientation, {}, &error, nullptr,
                                                QDate(2026, 5, 5)),
                 qPrintable(error));
        Risk risk;
        risk.missionId = m_mission;
        risk.title = QStringLiteral("Trainers leave");
        risk.state = RiskState::Occurred;
        risk.occurredOn = QDate(2026, 6, 15);
        risk.consequence = QStringLiteral("Two left");
        QVERIFY(RiskRepository(*m_db).save(risk));

        const MissionFigures f =
            MissionFigures::compute(*m_db, m_mission, {QDate(2026, 4, 1), QDate(2026, 6, 30)});
        QCOMPARE(f.indicators.size(), 1);
        QCOMPARE(*f.indicators.first().status.current, 50.0);
        QCOMPARE(f.indicators.first().status.asOf, QDate(2026, 6, 1));
        QStringList changes;
        for (const MissionFigures::Change &c : f.changes)
            changes.append(c.date.toString(Qt::ISODate) + u' ' + c.text);
        QCOMPARE(changes,
                 (QStringList {QStringLiteral("2026-05-05 Moved into the stage Orientation."),
                               QStringLiteral("2026-06-01 Officers trained: 50 officers "
                                              "recorded."),
                               QStringLiteral("2026-06-15 The risk \"Trainers leave\" "
                                              "came true.")}));
        QVERIFY(f.topRisks.isEmpty()); // a risk that came true is no longer a risk
    }

private:
    void addSession(TrainingTier tier, const QDate &day, bool held, int female, int male, int other,
                    const QString &trainerId)
    {
        TrainingSession s;
        s.missionId = m_mission;
        s.tier = tier;
        s.title = QStringLiteral("Course %1").arg(day.toString(Qt::ISODate));
        s.startDate = day;
        s.endDate = day;
        s.held = held;
        s.female = female;
        s.male = male;
        s.otherOrUnrecorded = other;
        s.leadTrainerId = trainerId;
        QString error;
        QVERIFY2(MissionRecords<TrainingSession>(*m_db).save(s, &error), qPrintable(error));
    }

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_mission;
};

IP_TEST_MAIN(TestReportFigures)
#include "tst_reportfigures.moc"
