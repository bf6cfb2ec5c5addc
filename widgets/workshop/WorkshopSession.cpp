#include "WorkshopSession.h"
#include "Clock.h"

#include <algorithm>
#include <cstdlib>

WorkshopSession::WorkshopSession(const QList<AgendaItem> &agenda, int chartCount)
    : m_agenda(agenda)
    , m_chartCount(std::max(0, chartCount))
    , m_spent(agenda.size(), 0)
{
    if (m_agenda.isEmpty())
        return;
    QList<bool> reached(viewCount(), false);
    for (int item = 0; item < m_agenda.size(); ++item) {
        QList<int> views;
        switch (m_agenda.at(item).shows) {
        case AgendaShows::Agenda:
            views = {AgendaView};
            break;
        case AgendaShows::Progress:
            views = {StagesView};
            for (int chart = 0; chart < m_chartCount; ++chart)
                views.append(FirstChartView + chart);
            break;
        case AgendaShows::Board:
            views = {BoardView};
            break;
        }
        for (const int view : std::as_const(views)) {
            m_steps.append({item, view});
            reached[view] = true;
        }
    }
    for (int view = 0; view < viewCount(); ++view) {
        if (!reached.at(view))
            m_steps.append({static_cast<int>(m_agenda.size()) - 1, view});
    }
}

int WorkshopSession::currentView() const
{
    return m_steps.isEmpty() ? AgendaView : m_steps.at(m_step).view;
}

bool WorkshopSession::goToStep(int step, bool forward)
{
    if (m_steps.isEmpty())
        return false;
    m_step = std::clamp(step, 0, stepCount() - 1);
    const Step &s = m_steps.at(m_step);
    if (s.item == m_item)
        return false;
    switchItem(s.item);
    // Moving on with the clicker starts the new item's countdown.
    if (forward && !m_running)
        toggleTimer();
    return true;
}

int WorkshopSession::firstStepOf(int index) const
{
    const auto first = std::find_if(m_steps.cbegin(), m_steps.cend(),
                                    [index](const Step &s) { return s.item == index; });
    return first == m_steps.cend() ? -1 : static_cast<int>(first - m_steps.cbegin());
}

void WorkshopSession::switchItem(int index)
{
    if (m_running) {
        m_spent[m_item] += runningFor();
        m_since = Clock::nowUtc();
    }
    m_item = index;
}

void WorkshopSession::toggleTimer()
{
    if (m_agenda.isEmpty())
        return;
    if (m_running) {
        m_spent[m_item] += runningFor();
        m_running = false;
    } else {
        m_since = Clock::nowUtc();
        m_running = true;
    }
}

qint64 WorkshopSession::runningFor() const
{
    return std::max<qint64>(0, m_since.msecsTo(Clock::nowUtc()));
}

int WorkshopSession::secondsLeft() const
{
    if (m_agenda.isEmpty())
        return 0;
    const qint64 elapsed = m_spent.value(m_item) + (m_running ? runningFor() : 0);
    return m_agenda.at(m_item).minutes * 60 - static_cast<int>(elapsed / 1000);
}

QString WorkshopSession::clockText() const
{
    const int left = secondsLeft();
    const int shown = std::abs(left);
    const QString clock = QStringLiteral("%1:%2")
                              .arg(shown / 60, 2, 10, QLatin1Char('0'))
                              .arg(shown % 60, 2, 10, QLatin1Char('0'));
    if (left < 0)
        return tr("%1 over").arg(clock);
    return m_running ? clock : tr("%1 (paused)").arg(clock);
}

QString WorkshopSession::timerText() const
{
    if (m_agenda.isEmpty())
        return {};
    return tr("%1 · %2").arg(m_agenda.at(m_item).title, clockText());
}
