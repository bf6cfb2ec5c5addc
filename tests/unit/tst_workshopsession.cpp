#include "Clock.h"
#include "TestSupport.h"
#include "WorkshopSession.h"

#include <QtTest>

// A workshop's steps, the agenda item in hand and its countdown, with no window: the clock is
// moved by hand.
class TestWorkshopSession : public QObject
{
    Q_OBJECT

private:
    static AgendaItem item(const QString &title, int minutes, AgendaShows shows)
    {
        AgendaItem a;
        a.title = title;
        a.minutes = minutes;
        a.shows = shows;
        return a;
    }

    // Agenda (5 min), progress (10 min), board (20 min).
    static QList<AgendaItem> agenda()
    {
        return {item(QStringLiteral("Welcome"), 5, AgendaShows::Agenda),
                item(QStringLiteral("Where we stand"), 10, AgendaShows::Progress),
                item(QStringLiteral("Concerns"), 20, AgendaShows::Board)};
    }

    static QDateTime at(int seconds) { return TestSupport::pinnedNow().addSecs(seconds); }

private Q_SLOTS:
    void cleanup() { TestSupport::pinClock(); }

    void stepsFollowTheAgenda()
    {
        const WorkshopSession session(agenda(), 2);
        QCOMPARE(session.viewCount(), 5);
        const QList<QPair<int, int>> expected {{0, WorkshopSession::AgendaView},
                                               {1, WorkshopSession::StagesView},
                                               {1, WorkshopSession::FirstChartView},
                                               {1, WorkshopSession::FirstChartView + 1},
                                               {2, WorkshopSession::BoardView}};
        QCOMPARE(session.stepCount(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(session.steps().at(i).item, expected.at(i).first);
            QCOMPARE(session.steps().at(i).view, expected.at(i).second);
        }
        QCOMPARE(session.currentStep(), 0);
        QCOMPARE(session.currentView(), int(WorkshopSession::AgendaView));
        QCOMPARE(session.firstStepOf(1), 1);
        QCOMPARE(session.firstStepOf(2), 4);
    }

    void viewsNoItemShowsComeLastUnderTheLastItem()
    {
        const WorkshopSession session({item(QStringLiteral("Vote"), 30, AgendaShows::Board),
                                       item(QStringLiteral("Close"), 5, AgendaShows::Board)},
                                      1);
        // Board, board, then the agenda, the stages and the chart, all under "Close".
        QCOMPARE(session.stepCount(), 5);
        QCOMPARE(session.steps().at(2).view, int(WorkshopSession::AgendaView));
        QCOMPARE(session.steps().at(3).view, int(WorkshopSession::StagesView));
        QCOMPARE(session.steps().at(4).view, int(WorkshopSession::FirstChartView));
        for (int i = 1; i < 5; ++i)
            QCOMPARE(session.steps().at(i).item, 1);
        QCOMPARE(session.firstStepOf(0), 0);
    }

    void noAgendaNoSteps()
    {
        WorkshopSession session({}, 3);
        QCOMPARE(session.stepCount(), 0);
        QVERIFY(!session.goToStep(2, true));
        QCOMPARE(session.currentView(), int(WorkshopSession::AgendaView));
        session.toggleTimer();
        QVERIFY(!session.isTimerRunning());
        QCOMPARE(session.secondsLeft(), 0);
        QCOMPARE(session.timerText(), QString());
    }

    void stepsAreKeptWithinBounds()
    {
        WorkshopSession session(agenda(), 1);
        QVERIFY(!session.goToStep(-3, false));
        QCOMPARE(session.currentStep(), 0);
        QVERIFY(session.goToStep(99, false));
        QCOMPARE(session.currentStep(), session.stepCount() - 1);
        QCOMPARE(session.agendaItem(), 2);
        QCOMPARE(session.currentView(), int(WorkshopSession::BoardView));
    }

    void movingOnStartsTheNextItemsCountdown()
    {
        WorkshopSession session(agenda(), 1);
        QVERIFY(!session.isTimerRunning()); // nothing runs before the facilitator moves on
        // Within the same item: no new countdown.
        QVERIFY(session.goToStep(1, true));
        QCOMPARE(session.agendaItem(), 1);
        QVERIFY(session.isTimerRunning());
        QVERIFY(!session.goToStep(2, true)); // the chart, still item 1
        QCOMPARE(session.currentView(), int(WorkshopSession::FirstChartView));
        // Going back pauses nothing, and starts nothing either.
        session.toggleTimer();
        QVERIFY(session.goToStep(0, false));
        QVERIFY(!session.isTimerRunning());
    }

    void eachItemKeepsTheTimeItUsed()
    {
        WorkshopSession session(agenda(), 0);
        QCOMPARE(session.secondsLeft(), 5 * 60);
        QCOMPARE(session.clockText(), QStringLiteral("05:00 (paused)"));
        Clock::setFixedNow(at(0));
        session.toggleTimer();
        Clock::setFixedNow(at(3 * 60 + 30));
        QCOMPARE(session.secondsLeft(), 90);
        QCOMPARE(session.clockText(), QStringLiteral("01:30"));
        QCOMPARE(session.timerText(), QStringLiteral("Welcome · 01:30"));
        Clock::setFixedNow(at(6 * 60));
        QCOMPARE(session.secondsLeft(), -60);
        QCOMPARE(session.clockText(), QStringLiteral("01:00 over"));
        // On to the next item, the timer running: its own 10 minutes start now.
        session.switchItem(1);
        QCOMPARE(session.secondsLeft(), 10 * 60);
        Clock::setFixedNow(at(8 * 60));
        QCOMPARE(session.secondsLeft(), 8 * 60);
        session.toggleTimer(); // paused with 8 minutes left
        Clock::setFixedNow(at(60 * 60));
        QCOMPARE(session.secondsLeft(), 8 * 60);
        // Back to the first: it kept its 6 minutes, a minute over.
        session.switchItem(0);
        QCOMPARE(session.secondsLeft(), -60);
        QCOMPARE(session.timerText(), QStringLiteral("Welcome · 01:00 over"));
    }

    void aClockSetBackCountsNothing()
    {
        WorkshopSession session(agenda(), 0);
        Clock::setFixedNow(at(0));
        session.toggleTimer();
        Clock::setFixedNow(at(-120));
        QCOMPARE(session.secondsLeft(), 5 * 60);
    }
};

IP_TEST_MAIN(TestWorkshopSession)
#include "tst_workshopsession.moc"
