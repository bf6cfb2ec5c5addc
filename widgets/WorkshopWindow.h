#pragma once

#include "WorkshopPlan.h"

#include <QElapsedTimer>
#include <QWidget>

class Edits;
class MissionDashboardView;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class WorkshopBoard;

// Workshop mode: the mission in hand on a projector, full screen, in large type and high
// contrast. A sequence of views (agenda, stage overview, the stage's board, the chosen charts)
// moves on with PageDown, Right, Down or Space and back with PageUp, Left, Up or Backspace, as a
// presentation clicker sends them (on the board, where arrows move among notes, PageDown and
// PageUp). The agenda's current item and its countdown stay in the header (Ctrl+T starts or
// pauses it; Ctrl+PageDown/PageUp change item). Nothing sensitive is shown unless the
// facilitator unlocks it (Ctrl+Shift+U, after a question), and then a marker says so. Esc leaves;
// a note still being typed is kept.
class WorkshopWindow : public QWidget
{
    Q_OBJECT

public:
    WorkshopWindow(Edits &edits, const WorkshopPlan &plan, QWidget *parent = nullptr);

    const WorkshopPlan &plan() const { return m_plan; }
    int viewCount() const;
    int currentView() const;
    QString viewTitle(int index) const;
    void showView(int index);
    WorkshopBoard *board() const { return m_board; }
    QList<MissionDashboardView *> charts() const { return m_charts; }

    bool isUnlocked() const { return m_unlocked; }
    // Shows or hides the sensitive fields; showing them puts up the marker.
    void setUnlocked(bool unlocked);
    QLabel *sensitiveMarker() const { return m_marker; }

    int agendaItem() const { return m_agendaIndex; }
    void setAgendaItem(int index);
    bool isTimerRunning() const { return m_running; }
    void toggleTimer();
    // Seconds left on the current item (negative once over time).
    int secondsLeft() const;
    QString timerText() const;

Q_SIGNALS:
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void applyTheme();
    QWidget *createAgendaView();
    QWidget *createStageView();
    void refreshAgenda();
    void refreshStages();
    void updateHeader();
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
    QListWidget *m_agenda = nullptr;
    QWidget *m_stages = nullptr;
    WorkshopBoard *m_board = nullptr;
    QList<MissionDashboardView *> m_charts;
    bool m_unlocked = false;
    int m_agendaIndex = 0;
    bool m_running = false;
    qint64 m_elapsedBefore = 0; // ms on the current item before the running stretch
    QElapsedTimer m_clock;
    QTimer *m_tick;
};
