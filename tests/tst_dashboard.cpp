#include "DashboardPage.h"
#include "Edits.h"
#include "MissionDashboard.h"
#include "MissionDashboardView.h"
#include "MissionRepository.h"
#include "PortfolioOverview.h"
#include "RiskRepository.h"
#include "StageRecords.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>
#include <qcustomplot.h>

using namespace TestSupport;

// The mission dashboard on a small database whose figures are worked out by hand: aggregates,
// the number of bars, cells and points each chart draws, and a click on a heat-map cell.
class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, QStringLiteral("en"));
    }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("dashboard.sqlite")));
        Mission m;
        m.code = QStringLiteral("PL-HC-09");
        m.title = QStringLiteral("Dashboard test");
        m.officersTarget = 100;
        QVERIFY(MissionRepository(*m_db).save(m));
        m_mission = m.meta.id;

        // Risks: two in cell (4, 5), one of them with residual (2, 3); one closed (left out).
        const auto risk = [this](const QString &title, int l, int i, int rl, int ri, bool closed) {
            Risk r;
            r.missionId = m_mission;
            r.title = title;
            r.likelihood = l;
            r.impact = i;
            r.residualLikelihood = rl;
            r.residualImpact = ri;
            r.closed = closed;
            QVERIFY(RiskRepository(*m_db).save(r));
        };
        risk(QStringLiteral("Turf battles"), 4, 5, 2, 3, false);
        risk(QStringLiteral("Records lost at handover"), 4, 5, 0, 0, false);
        risk(QStringLiteral("Under-reporting"), 3, 3, 0, 0, false);
        risk(QStringLiteral("Closed long ago"), 4, 5, 0, 0, true);

        // Two trainers (pre/post 50/80 and 60/90), one leading two held local sessions.
        Trainee a;
        a.missionId = m_mission;
        a.name = QStringLiteral("Katarzyna Nowak");
        a.region = QStringLiteral("Łódzkie");
        a.preScore = 50;
        a.postScore = 80;
        a.certifiedOn = QDate(2026, 1, 16);
        QVERIFY(MissionRecords<Trainee>(*m_db).save(a));
        Trainee b = a;
        b.meta = {};
        b.name = QStringLiteral("Piotr Wójcik");
        b.preScore = 60;
        b.postScore = 90;
        QVERIFY(MissionRecords<Trainee>(*m_db).save(b));
        const auto session = [this](TrainingTier tier, QDate on, const QString &lead, int women,
                                    int men, bool held) {
            TrainingSession s;
            s.missionId = m_mission;
            s.tier = tier;
            s.startDate = on;
            s.leadTrainerId = lead;
            s.female = women;
            s.male = men;
            s.held = held;
            QVERIFY(MissionRecords<TrainingSession>(*m_db).save(s));
        };
        session(TrainingTier::National, QDate(2026, 1, 12), QString(), 6, 10, true);
        session(TrainingTier::Local, QDate(2026, 3, 2), a.meta.id, 4, 16, true);
        session(TrainingTier::Local, QDate(2026, 4, 2), a.meta.id, 5, 15, true);
        session(TrainingTier::Local, QDate(2026, 12, 2), a.meta.id, 0, 0, false);

        CapacityAssessment c;
        c.missionId = m_mission;
        c.dimension = CapacityDimension::RecordingData;
        c.assessedOn = QDate(2025, 11, 20);
        c.score = 2;
        c.target = 3;
        QVERIFY(MissionRecords<CapacityAssessment>(*m_db).save(c));

        Indicator i;
        i.missionId = m_mission;
        i.name = QStringLiteral("Officers trained");
        i.baseline = 0;
        i.target = 100;
        QVERIFY(MissionRecords<Indicator>(*m_db).save(i));
        IndicatorValue v;
        v.indicatorId = i.meta.id;
        v.date = QDate(2026, 4, 30);
        v.value = 56;
        QVERIFY(MissionRecords<IndicatorValue>(*m_db).save(v));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void aggregatesMatchHandComputedFigures()
    {
        const MissionDashboard d = MissionDashboard::compute(*m_db, m_mission);
        QCOMPARE(d.openRisks.size(), 3);
        QCOMPARE(d.countInCell(4, 5, false), 2);
        QCOMPARE(d.countInCell(3, 3, false), 1);
        QCOMPARE(d.countInCell(2, 3, true), 1);
        QCOMPARE(d.participation.size(), 2); // national and local
        QCOMPARE(d.participation.at(0).tier, TrainingTier::National);
        QCOMPARE(d.participation.at(1).female, 9);
        QCOMPARE(d.participation.at(1).male, 31);
        QCOMPARE(d.tested, 2);
        QCOMPARE(d.meanPre, 55.0);
        QCOMPARE(d.meanPost, 85.0);
        QCOMPARE(d.cascade.size(), 2);
        // Burn-up: 16, then 36, then 56 trained; the December session adds nothing yet.
        QCOMPARE(d.burnUp.size(), 4);
        QCOMPARE(d.burnUp.at(2).trained, 56);
        QCOMPARE(d.burnUp.at(3).trained, 56);
        QCOMPARE(d.officersTarget, 100);
        QCOMPARE(d.indicators.size(), 1);
        QCOMPARE(d.indicators.at(0).status.achievement, std::optional<double>(56));
        QCOMPARE(d.indicators.at(0).status.rag, std::optional<Rag>(Rag::Red));
    }

    void chartsHoldTheExpectedPointsAndCells()
    {
        MissionDashboardView view(*m_db);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMission(m_mission);
        const auto items = [&view](const char *chart, const char *className) {
            QCustomPlot *p = view.plot(QLatin1String(chart));
            int n = 0;
            for (int i = 0; i < p->itemCount(); ++i)
                n += QLatin1String(p->item(i)->metaObject()->className())
                    == QLatin1String(className);
            return n;
        };
        const auto bars = [&view](const char *chart) {
            QCustomPlot *p = view.plot(QLatin1String(chart));
            int n = 0;
            for (int i = 0; i < p->plottableCount(); ++i) {
                if (auto *b = qobject_cast<QCPBars *>(p->plottable(i)))
                    n += b->dataCount();
            }
            return n;
        };
        QCOMPARE(bars("stageProgressChart"), 5);
        QCOMPARE(items("heatMapChart", "QCPItemRect"), 25);
        QCOMPARE(items("heatMapChart", "QCPItemText"), 2); // two cells hold risks
        QCOMPARE(items("residualHeatMapChart", "QCPItemText"), 1);
        QCOMPARE(bars("participationChart"), 6); // two tiers x women, men, others
        QCOMPARE(bars("testScoreChart"), 2);
        QCOMPARE(bars("cascadeChart"), 2);
        QCOMPARE(bars("indicatorChart"), 1);
        QCustomPlot *burnUp = view.plot(QStringLiteral("burnUpChart"));
        QCOMPARE(burnUp->graph(0)->dataCount(), 4);
        QCOMPARE(items("burnUpChart", "QCPItemStraightLine"), 1); // the target
        // Radar: four rings of the web plus baseline, current and target.
        QCustomPlot *radar = view.plot(QStringLiteral("capacityRadar"));
        QCOMPARE(radar->plottableCount(), 7);
        QCOMPARE(items("capacityRadar", "QCPItemText"), 9); // one label per dimension

        // A new session shows at once.
        TrainingSession s;
        s.missionId = m_mission;
        s.startDate = QDate(2026, 5, 2);
        s.held = true;
        s.female = 10;
        s.male = 10;
        QUndoStack stack;
        Edits edits(*m_db, &stack);
        QVERIFY(edits.saveStageRecord(s));
        QCOMPARE(view.plot(QStringLiteral("burnUpChart"))->graph(0)->dataCount(), 5);
    }

    void clickOnAHeatMapCellListsItsRisks()
    {
        MissionDashboardView view(*m_db);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMission(m_mission);
        QCustomPlot *map = view.plot(QStringLiteral("heatMapChart"));
        map->replot();
        const QPoint cell(static_cast<int>(map->xAxis->coordToPixel(5)),
                          static_cast<int>(map->yAxis->coordToPixel(4)));
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, cell);
        QStringList listed;
        for (int i = 0; i < view.cellRisks()->count(); ++i)
            listed.append(view.cellRisks()->item(i)->text());
        listed.sort();
        QCOMPARE(listed,
                 (QStringList {QStringLiteral("Records lost at handover"),
                               QStringLiteral("Turf battles")}));
        view.showCell(2, 3, true);
        QCOMPARE(view.cellRisks()->count(), 1);
        view.showCell(1, 1, false);
        QCOMPARE(view.cellRisks()->count(), 0);
    }

    void portfolioOverviewGivesStageRagTopRiskAndNextMilestone()
    {
        Mission m = *MissionRepository(*m_db).find(m_mission);
        m.status = MissionStatus::Active;
        m.currentStage = Stage::TrainTheTrainer;
        m.endDate = QDate(2027, 12, 31);
        QVERIFY(MissionRepository(*m_db).save(m));
        const QList<MissionGlance> glance = MissionGlance::compute(*m_db, QDate(2026, 11, 21));
        QCOMPARE(glance.size(), 1);
        const MissionGlance &g = glance.at(0);
        QCOMPARE(g.code, QStringLiteral("PL-HC-09"));
        QCOMPARE(g.stage, Stage::TrainTheTrainer);
        QCOMPARE(g.rag, std::optional<Rag>(Rag::Red)); // 56 % achieved
        QCOMPARE(g.indicatorsRated, 1);
        // Two open risks score 20; the first by title wins the tie. The closed one never counts.
        QCOMPARE(g.topRisk, QStringLiteral("Records lost at handover"));
        QCOMPARE(g.topRiskScore, 20);
        // The planned local session of 2026-12-02 comes before the mission's end.
        QCOMPARE(g.nextDate, QDate(2026, 12, 2));
        QCOMPARE(g.nextWhat, QStringLiteral("Training session"));
        const QList<MissionGlance> later = MissionGlance::compute(*m_db, QDate(2027, 1, 1));
        QCOMPARE(later.at(0).nextWhat, QStringLiteral("Mission ends"));
        m.status = MissionStatus::Closed;
        QVERIFY(MissionRepository(*m_db).save(m));
        QVERIFY(MissionGlance::compute(*m_db, QDate(2026, 11, 21)).isEmpty());
    }

    void overviewRowOpensTheMissionDashboard()
    {
        DashboardPage page(*m_db);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.overview()->model()->rowCount(), 1);
        const QModelIndex row = page.overview()->model()->index(0, 0);
        QVERIFY(page.overview()->model()->index(0, 3).data(Qt::DecorationRole).isValid());
        Q_EMIT page.overview()->activated(row);
        QCOMPARE(page.tabs()->currentWidget(), page.missionView());
        QCOMPARE(page.missionView()->missionId(), m_mission);
    }

private:
    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_mission;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
