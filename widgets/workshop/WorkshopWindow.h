#pragma once

#include "WorkshopPlan.h"
#include "WorkshopSession.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class Edits;
class MissionDashboardView;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class WorkshopBoard;

// Workshop mode: the mission in hand on a projector, full screen, in large type and high
// contrast. The agenda leads: each item shows the agenda, where the mission stands (the stage
// overview and the chosen charts) or the stage's board, and the clicker's next and back
// (PageDown, Right, Down or Space; PageUp, Left, Up or Backspace) step through the items' views
// in turn (on the board, where arrows move among notes, PageDown and PageUp). Stepping into the
// next item starts its countdown, shown in the header; each item keeps the time it has used
// (Ctrl+T pauses; Ctrl+PageDown/PageUp jump between items). "." or B blanks the wall. Nothing
// sensitive is shown unless the facilitator unlocks it (Ctrl+Shift+U, after a question), and then
// a marker says so. F1 lists the keys. Esc leaves; a note still being typed is kept.
class WorkshopWindow : public QWidget
{
    Q_OBJECT

public:
    WorkshopWindow(Edits &edits, const WorkshopPlan &plan, QWidget *parent = nullptr);

    const WorkshopPlan &plan() const { return m_plan; }
    // The views, in this order, then one per chosen chart.
    enum View {
        AgendaView = WorkshopSession::AgendaView,
        StagesView = WorkshopSession::StagesView,
        BoardView = WorkshopSession::BoardView,
        FirstChartView = WorkshopSession::FirstChartView,
    };
    int viewCount() const;
    int currentView() const;
    QString viewTitle(int index) const;
    void showView(int index);
    // The steps of the workshop: each agenda item's views in turn.
    int stepCount() const;
    int currentStep() const { return m_session.currentStep(); }
    void next();
    void back();
    bool isBlank() const;
    void setBlank(bool blank);
    WorkshopBoard *board() const { return m_board; }
    QList<MissionDashboardView *> charts() const { return m_charts; }

    bool isUnlocked() const { return m_unlocked; }
    // Shows or hides the sensitive fields; showing them puts up the marker.
    void setUnlocked(bool unlocked);
    QLabel *sensitiveMarker() const { return m_marker; }

    // The steps, the agenda item in hand and its timer.
    const WorkshopSession &session() const { return m_session; }
    int agendaItem() const { return m_session.agendaItem(); }
    void setAgendaItem(int index);
    bool isTimerRunning() const { return m_session.isTimerRunning(); }
    void toggleTimer();
    // Seconds left on the current item (negative once over time).
    int secondsLeft() const;
    QString timerText() const;

Q_SIGNALS:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    QWidget *createAgendaView();
    QWidget *createStageView();
    void refreshAgenda();
    void refreshStages();
    void updateHeader();
    void showHint();
    void fitHint();
    static QString keyHelp();
    void showKeys(bool show);
    void goToStep(int step, bool forward);
    void askToUnlock();
    void restyleCharts();

    Edits &m_edits;
    WorkshopPlan m_plan;
    QString m_missionCode;
    QStackedWidget *m_views;
    QStringList m_titles;
    QLabel *m_title;
    QLabel *m_timer;
    QLabel *m_marker;
    QLabel *m_hint;
    QLabel *m_agenda = nullptr;
    QWidget *m_stages = nullptr;
    WorkshopBoard *m_board = nullptr;
    QList<MissionDashboardView *> m_charts;
    bool m_unlocked = false;
    QTimer *m_tick;
    QLabel *m_keys;
    QWidget *m_blank;
    QPointer<QWidget> m_beforeBlank;
    WorkshopSession m_session;
};
