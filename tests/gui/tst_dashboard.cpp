#include "ChartHotspots.h"
#include "Charts.h"
#include "DashboardPage.h"
#include "Edits.h"
#include "EditsFixture.h"
#include "GuiTestSupport.h"
#include "MissionDashboard.h"
#include "MissionDashboardView.h"
#include "MissionEditor.h"
#include "MissionRepository.h"
#include "PortfolioOverview.h"
#include "PowerInterestGrid.h"
#include "ProgrammeDashboardView.h"
#include "RecordListPanel.h"
#include "RiskRepository.h"
#include "StageNavigator.h"
#include "StageRecords.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"
#include "TimelineChart.h"
#include "Translations.h"

#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
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
        m_f = std::make_unique<EditsFixture>(QStringLiteral("dashboard.sqlite"));
        QVERIFY(m_f->isOpen());
        Mission m;
        m.code = QStringLiteral("PL-HC-09");
        m.title = QStringLiteral("Dashboard test");
        m.officersTarget = 100;
        m.womenShareTarget = 30;
        QVERIFY(MissionRepository(m_f->db()).save(m));
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
            r.state = closed ? RiskState::Closed : RiskState::Open;
            QVERIFY(RiskRepository(m_f->db()).save(r));
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
        a.reaction = 5;
        a.applied = true;
        QVERIFY(MissionRecords<Trainee>(m_f->db()).save(a));
        m_trainer = a.meta.id;
        Trainee b = a;
        b.meta = {};
        b.name = QStringLiteral("Piotr Wójcik");
        b.preScore = 60;
        b.postScore = 90;
        b.reaction = 4;
        b.applied = false;
        QVERIFY(MissionRecords<Trainee>(m_f->db()).save(b));
        // A participant who answered the survey, scored lower after than before.
        Trainee p = b;
        p.meta = {};
        p.name = QStringLiteral("Anna Zielińska");
        p.role = TraineeRole::Participant;
        p.preScore = 70;
        p.postScore = 65;
        p.reaction = 3;
        QVERIFY(MissionRecords<Trainee>(m_f->db()).save(p));

        // Two stakeholders on the mission's grid.
        for (const auto &[name, power] : {std::pair {QStringLiteral("Komenda Główna Policji"), 5},
                                          std::pair {QStringLiteral("Fundacja Równość"), 2}}) {
            Stakeholder s;
            s.name = name;
            s.power = power;
            s.interest = 4;
            QVERIFY(StakeholderRepository(m_f->db()).save(s));
            StakeholderLink l;
            l.missionId = m_mission;
            l.stakeholderId = s.meta.id;
            QVERIFY(StakeholderRepository(m_f->db()).link(l));
        }
        const auto session = [this](TrainingTier tier, QDate on, const QString &lead, int women,
                                    int men, bool held) {
            TrainingSession s;
            s.missionId = m_mission;
            s.tier = tier;
            s.venue = QStringLiteral("Zagreb");
            s.startDate = on;
            s.leadTrainerId = lead;
            s.female = women;
            s.male = men;
            s.held = held;
            QVERIFY(MissionRecords<TrainingSession>(m_f->db()).save(s));
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
        QVERIFY(MissionRecords<CapacityAssessment>(m_f->db()).save(c));

        Indicator i;
        i.missionId = m_mission;
        i.name = QStringLiteral("Officers trained");
        i.baseline = 0;
        i.target = 100;
        QVERIFY(MissionRecords<Indicator>(m_f->db()).save(i));
        m_indicator = i.meta.id;
        IndicatorValue v;
        v.indicatorId = i.meta.id;
        v.date = QDate(2026, 4, 30);
        v.value = 56;
        QVERIFY(MissionRecords<IndicatorValue>(m_f->db()).save(v));
    }

    void cleanup() { m_f.reset(); }

    void aggregatesMatchHandComputedFigures()
    {
        const MissionDashboard d = MissionDashboard::compute(m_f->db(), m_mission);
        QCOMPARE(d.openRisks.size(), 3);
        QCOMPARE(d.countInCell(4, 5, false), 2);
        QCOMPARE(d.countInCell(3, 3, false), 1);
        QCOMPARE(d.countInCell(2, 3, true), 1);
        QCOMPARE(d.participation.size(), 2); // national and local
        QCOMPARE(d.participation.at(0).tier, TrainingTier::National);
        QCOMPARE(d.participation.at(1).female, 9);
        QCOMPARE(d.participation.at(1).male, 31);
        QCOMPARE(d.tested, 3);
        QCOMPARE(d.meanPre, 60.0); // (50 + 60 + 70) / 3
        QCOMPARE(d.meanPost, 235.0 / 3);
        QCOMPARE(d.cascade.size(), 2);
        // Kirkpatrick: 3 on the roster, 3 reacted (mean 4), 2 improved, 1 applying it.
        QCOMPARE(d.evaluation.trainees, 3);
        QCOMPARE(d.evaluation.reacted, 3);
        QCOMPARE(d.evaluation.meanReaction, 4.0);
        QCOMPARE(d.evaluation.improved, 2);
        QCOMPARE(d.evaluation.applied, 1);
        QCOMPARE(d.evaluation.results.size(), 0); // the only indicator is an output
        QCOMPARE(d.womenShareTarget, std::optional<int>(30));
        QCOMPARE(d.grid.size(), 2);
        // Burn-up: 16, then 36, then 56 trained; the December session adds nothing yet.
        QCOMPARE(d.burnUp.size(), 4);
        QCOMPARE(d.burnUp.at(2).trained, 56);
        QCOMPARE(d.burnUp.at(3).trained, 56);
        QCOMPARE(d.officersTarget, 100);
        QCOMPARE(d.indicators.size(), 1);
        QCOMPARE(d.indicators.at(0).status.achievement, std::optional<double>(56));
        QCOMPARE(d.indicators.at(0).status.rag, std::optional<Rag>(Rag::Red));
    }

    // A finding typed in a workshop feeds the stage progress only: the other charts stay as they
    // are (a workshop holds a view per chart, and each note used to redraw them all).
    void aChangeRedrawsOnlyTheChartsItFeeds()
    {
        MissionDashboardView view(m_f->db());
        view.setMission(m_mission);
        QSignalSpy stages(view.plot(QStringLiteral("stageProgressChart")),
                          &QCustomPlot::afterReplot);
        QSignalSpy radar(view.plot(QStringLiteral("capacityRadar")), &QCustomPlot::afterReplot);
        QSignalSpy heatMap(view.plot(QStringLiteral("heatMapChart")), &QCustomPlot::afterReplot);
        Finding f;
        f.missionId = m_mission;
        f.text = QStringLiteral("Victims do not report to the police");
        QVERIFY(MissionRecords<Finding>(m_f->db()).save(f));
        QVERIFY(stages.count() > 0);
        QCOMPARE(radar.count(), 0);
        QCOMPARE(heatMap.count(), 0);
        CapacityAssessment a;
        a.missionId = m_mission;
        a.assessedOn = QDate(2026, 5, 1);
        a.score = 2;
        a.target = 3;
        QVERIFY(MissionRecords<CapacityAssessment>(m_f->db()).save(a));
        QVERIFY(radar.count() > 0);
        QCOMPARE(heatMap.count(), 0);
        QVERIFY(MissionDashboardView::inputsOf(QStringLiteral("heatMapChart"))
                    .contains(RecordKind::RiskAssessment));
    }

    void chartsHoldTheExpectedPointsAndCells()
    {
        MissionDashboardView view(m_f->db());
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
        // Participation: one target mark per tier.
        QCOMPARE(items("participationChart", "QCPItemLine"), 2);
        // The funnel: the roster and levels 1-3 as bars; level 4 as text.
        QCOMPARE(items("evaluationChart", "QCPItemRect"), 4);
        // The timeline and the power/interest grid follow the mission.
        QCOMPARE(view.timeline()->missionId(), m_mission);
        QCOMPARE(view.grid()->bubbleCount(), 2);
        // Every bar, cell and point answers the mouse.
        const auto spots = [&view](const char *chart) {
            return ChartHotspots::of(view.plot(QLatin1String(chart)))->count();
        };
        QCOMPARE(spots("stageProgressChart"), 5);
        QCOMPARE(spots("heatMapChart"), 25);
        QCOMPARE(spots("participationChart"), 2);
        QCOMPARE(spots("testScoreChart"), 2);
        QCOMPARE(spots("cascadeChart"), 2);
        QCOMPARE(spots("indicatorChart"), 1);
        QCOMPARE(spots("burnUpChart"), 4);
        QCOMPARE(spots("capacityRadar"), 9);
        QCOMPARE(spots("evaluationChart"), 5);

        // A new session shows at once.
        TrainingSession s;
        s.missionId = m_mission;
        s.startDate = QDate(2026, 5, 2);
        s.venue = QStringLiteral("Osijek");
        s.held = true;
        s.female = 10;
        s.male = 10;
        QUndoStack stack;
        Edits edits(m_f->db(), &stack);
        QVERIFY(edits.saveStageRecord(s));
        QCOMPARE(view.plot(QStringLiteral("burnUpChart"))->graph(0)->dataCount(), 5);

        // An intermediate target due by today (70 by the end of June; the indicator stands at 56)
        // is a marker at 70 % on the indicator's bar, with its legend entry, and in the tooltip.
        QCustomPlot *indicators = view.plot(QStringLiteral("indicatorChart"));
        QCOMPARE(indicators->graphCount(), 0);
        IndicatorTarget t;
        t.indicatorId = m_indicator;
        t.date = QDate(2026, 6, 30);
        t.value = 70;
        QVERIFY(edits.saveStageRecord(t));
        QCOMPARE(indicators->graphCount(), 1);
        QCPGraph *due = indicators->graph(0);
        QCOMPARE(due->dataCount(), 1);
        QCOMPARE(due->data()->at(0)->key, 1.0);
        QCOMPARE(due->data()->at(0)->value, 70.0);
        QVERIFY(indicators->legend->visible());
        QCOMPARE(indicators->legend->itemCount(), 1);
        QVERIFY(ChartHotspots::of(indicators)
                    ->tip(0)
                    .contains(u"Behind the intermediate target of 70"));
        stack.undo();
        QCOMPARE(view.plot(QStringLiteral("indicatorChart"))->graphCount(), 0);
    }

    void clickOnAHeatMapCellListsItsRisks()
    {
        // A risk that came true in the same cell is an issue, listed apart, not on the map.
        Risk came;
        came.missionId = m_mission;
        came.title = QStringLiteral("Funding cut");
        came.likelihood = 4;
        came.impact = 5;
        came.state = RiskState::Occurred;
        came.occurredOn = QDate(2026, 3, 2);
        came.consequence = QStringLiteral("Two courses dropped");
        QVERIFY(m_f->edits().saveRisk(came));
        MissionDashboardView view(m_f->db());
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
        QVERIFY2(view.issues()->text().contains(
                     QStringLiteral("<b>Funding cut</b> (came true 2026-03-02): Two courses")),
                 qPrintable(view.issues()->text()));
    }

    void clickOnABarOpensTheRecordBehindIt()
    {
        MissionDashboardView view(m_f->db());
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMission(m_mission);
        QList<RecordLink> opened;
        connect(&view, &MissionDashboardView::recordActivated, this,
                [&opened](const RecordLink &link) { opened.append(link); });
        const auto click = [&view](const char *chart, int spot) {
            QCustomPlot *p = view.plot(QLatin1String(chart));
            p->replot();
            const QPointF at = ChartHotspots::of(p)->centre(spot);
            QCOMPARE(ChartHotspots::of(p)->indexAt(at), spot);
            QVERIFY(!ChartHotspots::of(p)->tip(spot).isEmpty());
            QTest::mouseClick(p, Qt::LeftButton, Qt::NoModifier, at.toPoint());
        };
        click("indicatorChart", 0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.last().kind, RecordLink::Kind::Indicator);
        QCOMPARE(opened.last().id, m_indicator);
        QCOMPARE(opened.last().missionId, m_mission);
        click("stageProgressChart", 3);
        QCOMPARE(opened.last().kind, RecordLink::Kind::Stage);
        QCOMPARE(opened.last().stage, Stage::TrainTheTrainer);
        click("cascadeChart", 0); // the trainer who reached most
        QCOMPARE(opened.last().kind, RecordLink::Kind::Trainee);
        QCOMPARE(opened.last().id, m_trainer);
        // A risk listed under a clicked cell opens with Enter.
        view.showCell(4, 5, false);
        view.cellRisks()->setCurrentRow(0);
        QTest::keyClick(view.cellRisks(), Qt::Key_Return);
        QCOMPARE(opened.last().kind, RecordLink::Kind::Risk);
        QVERIFY(RiskRepository(m_f->db()).find(opened.last().id).has_value());
        // A point without a record (the burn-up) only has its tooltip.
        const int before = static_cast<int>(opened.size());
        click("burnUpChart", 1);
        QCOMPARE(opened.size(), before);
    }

    void theWheelOverAChartScrollsTheDashboard()
    {
        MissionDashboardView view(m_f->db());
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMission(m_mission);
        // A chart that does not zoom leaves the wheel to the page around it (a wheel sent by
        // hand does not travel up as a real one does, so the hand-off is checked here).
        for (QCustomPlot *chart : {view.plot(QStringLiteral("stageProgressChart")),
                                   view.plot(QStringLiteral("heatMapChart")),
                                   view.plot(QStringLiteral("timelinePlot"))}) {
            QVERIFY(!chart->testAttribute(Qt::WA_NoMousePropagation));
            const QPointF at(chart->width() / 2.0, chart->height() / 2.0);
            QWheelEvent wheel(at, chart->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(chart, &wheel);
            QVERIFY2(!wheel.isAccepted(), qPrintable(chart->objectName()));
        }
        // The page itself scrolls.
        auto *scroll = view.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        const QPointF middle(scroll->viewport()->width() / 2.0, 10);
        QWheelEvent wheel(middle, scroll->viewport()->mapToGlobal(middle), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(scroll->viewport(), &wheel);
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
    }

    void aChartOutOfSightIsDrawnAgainWhenShown()
    {
        // A hidden chart gives back the image it is painted from (memory, with ten charts to a
        // dashboard) and draws it again, the same, before it is next painted.
        QWidget window;
        window.resize(640, 480);
        auto *layout = new QVBoxLayout(&window);
        auto *holder = new QWidget(&window);
        layout->addWidget(holder);
        auto *inner = new QVBoxLayout(holder);
        QCustomPlot *plot = Charts::createPlot(holder, QStringLiteral("barChart"));
        inner->addWidget(plot);
        Charts::setBars(plot, QStringLiteral("Bands"),
                        {QStringLiteral("Low"), QStringLiteral("High")}, {3, 5},
                        {Qt::darkGreen, Qt::darkRed}, QStringLiteral("Risks"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        const QImage before = plot->grab().toImage();
        QSignalSpy replotted(plot, &QCustomPlot::afterReplot);
        holder->hide();
        QCoreApplication::processEvents();
        QCOMPARE(replotted.count(), 0);
        holder->show();
        QTRY_COMPARE(replotted.count(), 1);
        QCOMPARE(plot->grab().toImage(), before);
        QCOMPARE(replotted.count(), 1); // drawn once, not at every paint
        // Redrawn while out of sight (its records changed): no image kept either.
        holder->hide();
        plot->replot();
        QCOMPARE(replotted.count(), 2);
        holder->show();
        QTRY_COMPARE(replotted.count(), 3);
        QCOMPARE(plot->grab().toImage(), before);
    }

    void aChartScrolledOutOfViewKeepsNoImage()
    {
        // A dashboard's page scrolls: a chart drawn while below the fold keeps no image, and
        // draws it, the same, when it scrolls into view; one in view is drawn once.
        QScrollArea area;
        area.resize(640, 480);
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        const auto chart = [&](const QString &name) {
            QCustomPlot *plot = Charts::createPlot(page, name);
            plot->setFixedHeight(400);
            layout->addWidget(plot);
            return plot;
        };
        QCustomPlot *inView = chart(QStringLiteral("inView"));
        layout->addSpacing(1200);
        QCustomPlot *below = chart(QStringLiteral("below"));
        area.setWidget(page);
        area.setWidgetResizable(true);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCoreApplication::processEvents();
        QVERIFY(below->visibleRegion().isEmpty());
        QSignalSpy inViewDrawn(inView, &QCustomPlot::afterReplot);
        QSignalSpy belowDrawn(below, &QCustomPlot::afterReplot);
        for (QCustomPlot *plot : {inView, below})
            Charts::setBars(plot, QStringLiteral("Bands"),
                            {QStringLiteral("Low"), QStringLiteral("High")}, {3, 5},
                            {Qt::darkGreen, Qt::darkRed}, QStringLiteral("Risks"));
        QCoreApplication::processEvents();
        const int inViewDraws = inViewDrawn.count();
        const int belowDraws = belowDrawn.count();
        QVERIFY(inViewDraws >= 1 && belowDraws >= 1);
        area.ensureWidgetVisible(below);
        QTRY_COMPARE(belowDrawn.count(), belowDraws + 1); // drawn again as it came into view
        QCoreApplication::processEvents();
        QCOMPARE(belowDrawn.count(), belowDraws + 1); // and once only
        QCOMPARE(inViewDrawn.count(), inViewDraws);
        QCOMPARE(below->grab().toImage(), inView->grab().toImage());
    }

    void aTraineeLinkOpensTheMissionEditorAtTheTrainee()
    {
        QUndoStack stack;
        Edits edits(m_f->db(), &stack);
        MissionEditor editor(edits, *MissionRepository(m_f->db()).find(m_mission));
        editor.reveal({RecordLink::Kind::Trainee, m_mission, m_trainer, Stage::Consultation});
        QCOMPARE(editor.tabs()->currentWidget(), editor.stages());
        QCOMPARE(editor.stages()->selectedStage(), Stage::TrainTheTrainer);
        auto *panel = editor.findChild<RecordListPanel *>(QStringLiteral("traineeRoster"));
        QVERIFY(panel);
        QCOMPARE(panel->currentId(), m_trainer);
        QVERIFY(panel->isVisibleTo(&editor));
        // Its editor opens once the event loop runs; close it as a user would.
        QString opened;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&opened] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && modal->objectName() == QStringLiteral("traineeRosterEditor")) {
                opened = modal->findChild<QLineEdit *>(QStringLiteral("name"))->text();
                GuiTest::discard(modal);
            }
        });
        closer.start(10);
        editor.show();
        QTRY_COMPARE(opened, QStringLiteral("Katarzyna Nowak"));
    }

    void portfolioOverviewGivesStageRagTopRiskAndNextMilestone()
    {
        Mission m = *MissionRepository(m_f->db()).find(m_mission);
        m.status = MissionStatus::Active;
        m.currentStage = Stage::TrainTheTrainer;
        m.endDate = QDate(2027, 12, 31);
        QVERIFY(MissionRepository(m_f->db()).save(m));
        const QList<MissionGlance> glance = MissionGlance::compute(m_f->db(), QDate(2026, 11, 21));
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
        const QList<MissionGlance> later = MissionGlance::compute(m_f->db(), QDate(2027, 1, 1));
        QCOMPARE(later.at(0).nextWhat, QStringLiteral("Mission ends"));
        m.status = MissionStatus::Closed;
        QVERIFY(MissionRepository(m_f->db()).save(m));
        QVERIFY(MissionGlance::compute(m_f->db(), QDate(2026, 11, 21)).isEmpty());
    }

    void aMissionBehindItsTabIsDrawnWhenShown()
    {
        // The Dashboards page opens in a window already on screen, on its portfolio tab: the
        // mission's charts are drawn when their tab is shown, with what changed meanwhile.
        QWidget window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = new DashboardPage(m_f->db(), &window);
        QSignalSpy drawn(page->missionView(), &MissionDashboardView::redrawn);
        page->resize(window.size());
        page->show();
        QCoreApplication::processEvents();
        QCOMPARE(page->tabs()->currentIndex(), 0);
        QCOMPARE(drawn.count(), 0);
        Risk risk;
        risk.missionId = m_mission;
        risk.title = QStringLiteral("Drawn later");
        risk.likelihood = risk.impact = 4;
        QVERIFY(m_f->edits().saveRisk(risk));
        QCoreApplication::processEvents();
        QCOMPARE(drawn.count(), 0);
        page->tabs()->setCurrentWidget(page->missionView());
        QTRY_COMPARE(drawn.count(), 1);
        QCOMPARE(page->missionView()->missionId(), m_mission);
        QVERIFY(page->missionView()->plot(QStringLiteral("heatMapChart"))->itemCount() > 0);
    }

    void overviewRowOpensTheMissionDashboard()
    {
        DashboardPage page(m_f->db());
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

    // The portfolio tab narrows to a programme or to the missions outside any; the programme tab
    // shows its spread, a timeline row per mission and event, and the risk that came true first.
    void theProgrammeTabShowsItsSpreadAndThePortfolioNarrows()
    {
        Programme p;
        p.code = QStringLiteral("LEOP-2");
        p.title = QStringLiteral("Second phase");
        QVERIFY(m_f->edits().saveProgramme(p));
        Programme empty;
        empty.code = QStringLiteral("LEOP-3");
        empty.title = QStringLiteral("Not started");
        QVERIFY(m_f->edits().saveProgramme(empty));
        Mission m = *MissionRepository(m_f->db()).find(m_mission);
        m.programmeId = p.meta.id;
        m.status = MissionStatus::Active;
        QVERIFY(MissionRepository(m_f->db()).save(m));
        m_f->addMission(QStringLiteral("XX-01"), QStringLiteral("Outside"));
        ProgrammeEvent seminar;
        seminar.programmeId = p.meta.id;
        seminar.title = QStringLiteral("International seminar");
        seminar.city = QStringLiteral("Vienna");
        seminar.startDate = QDate(2026, 5, 4);
        seminar.held = true;
        QVERIFY(m_f->edits().saveProgrammeEvent(seminar));
        Risk came;
        came.programmeId = p.meta.id;
        came.title = QStringLiteral("Leadership changed");
        came.likelihood = came.impact = 3;
        came.state = RiskState::Occurred;
        came.occurredOn = QDate(2026, 2, 1);
        QVERIFY(m_f->edits().saveRisk(came));

        DashboardPage page(m_f->db());
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.scope()->count(), 4); // all, two programmes, outside any
        QCOMPARE(page.overview()->model()->rowCount(), 2);
        page.scope()->setCurrentIndex(page.scope()->findData(p.meta.id));
        QCOMPARE(page.overview()->model()->rowCount(), 1);
        QCOMPARE(page.overview()->model()->index(0, 0).data().toString(),
                 QStringLiteral("PL-HC-09"));
        page.scope()->setCurrentIndex(page.scope()->count() - 1);
        QCOMPARE(page.overview()->model()->index(0, 0).data().toString(), QStringLiteral("XX-01"));
        // One bar per status, closed included.
        QCOMPARE(page.statusChart()->plottableCount(), 4);

        page.showProgramme(p.meta.id);
        ProgrammeDashboardView *view = page.programmeView();
        QCOMPARE(page.tabs()->currentWidget(), view);
        QVERIFY(view->summary()->text().contains(QStringLiteral("LEOP-2")));
        QCOMPARE(view->missions()->model()->rowCount(), 1);
        QVERIFY(view->risks()->item(0)->text().startsWith(QStringLiteral("Came true 2026-02-01")));
        const auto rows = view->plot(QStringLiteral("programmeTimeline"))
                              ->yAxis->ticker()
                              .dynamicCast<QCPAxisTickerText>();
        QCOMPARE(rows->ticks().size(), 2); // the mission and the seminar
        QCOMPARE(rows->ticks().value(1), QStringLiteral("International seminar, Vienna"));
        Q_EMIT view->missions()->activated(view->missions()->model()->index(0, 0));
        QCOMPARE(page.tabs()->currentWidget(), page.missionView());
        QCOMPARE(page.missionView()->missionId(), m_mission);

        // A programme with no mission says so instead of drawing empty charts.
        page.showProgramme(empty.meta.id);
        QCustomPlot *stages = view->plot(QStringLiteral("programmeStageChart"));
        QCOMPARE(stages->plottableCount(), 0);
        QVERIFY(!stages->xAxis->visible());
        QCOMPARE(view->programmes()->currentData().toString(), empty.meta.id);
    }

private:
    std::unique_ptr<EditsFixture> m_f;
    QString m_mission;
    QString m_trainer;
    QString m_indicator;
};

IP_GUI_TEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
