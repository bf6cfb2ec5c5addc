#pragma once

#include "WorkshopPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// Where a workshop stands, apart from its window: the steps (each agenda item's views in turn),
// the step and the agenda item in hand, and each item's countdown. Time is read through Clock,
// which tests can move on through a whole workshop.
class WorkshopSession
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopSession)

public:
    // The views of the wall, in this order, then one per chosen chart.
    enum View { AgendaView, StagesView, BoardView, FirstChartView };
    struct Step
    {
        int item;
        int view;
    };

    // Each item's views in turn; a view no item shows comes at the end, under the last item.
    explicit WorkshopSession(const QList<AgendaItem> &agenda = {}, int chartCount = 0);

    const QList<AgendaItem> &agenda() const { return m_agenda; }
    int viewCount() const { return FirstChartView + m_chartCount; }

    const QList<Step> &steps() const { return m_steps; }
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    int currentStep() const { return m_step; }
    // The view of the step in hand (the agenda when there is no step).
    int currentView() const;
    // Goes to `step`, kept within the steps. Moving forward into another item starts its
    // countdown. True when the agenda item changed.
    bool goToStep(int step, bool forward);
    // The first step of agenda item `index`; -1 when none shows it.
    int firstStepOf(int index) const;

    int agendaItem() const { return m_item; }
    // Makes `index` the item in hand without moving among the steps; the item left keeps the
    // time it has used, for when the workshop comes back to it.
    void switchItem(int index);

    bool isTimerRunning() const { return m_running; }
    void toggleTimer();
    // Seconds left on the item in hand (negative once over time; 0 with no agenda).
    int secondsLeft() const;
    // "mm:ss", "mm:ss (paused)" or "mm:ss over".
    QString clockText() const;
    // The item's title and its clock; empty with no agenda.
    QString timerText() const;

private:
    qint64 runningFor() const;

    QList<AgendaItem> m_agenda;
    int m_chartCount = 0;
    QList<Step> m_steps;
    int m_step = 0;
    int m_item = 0;
    bool m_running = false;
    QList<qint64> m_spent; // ms each item has used, but for the running stretch
    QDateTime m_since; // when the running stretch began
};
