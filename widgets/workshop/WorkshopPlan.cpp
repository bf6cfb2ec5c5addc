#include "WorkshopPlan.h"

#include <numeric>

int WorkshopPlan::totalMinutes() const
{
    return std::accumulate(agenda.cbegin(), agenda.cend(), 0,
                           [](int sum, const AgendaItem &item) { return sum + item.minutes; });
}

QList<AgendaItem> WorkshopPlan::defaultAgenda(Stage stage)
{
    using enum AgendaShows;
    switch (stage) {
    case Stage::Consultation:
        return {{tr("Welcome, purpose and ground rules"), 10, Agenda},
                {tr("Where the mission stands"), 10, Progress},
                {tr("Concerns and expectations"), 30, Board},
                {tr("Dot voting"), 15, Board},
                {tr("Agreements and next steps"), 20, Board},
                {tr("Closing"), 5, Agenda}};
    case Stage::Orientation:
        return {{tr("Welcome and purpose"), 10, Agenda},
                {tr("Legislation and capacity: what we found"), 15, Progress},
                {tr("Challenges and opportunities"), 25, Board},
                {tr("From challenges to needs"), 20, Board},
                {tr("Dot voting on the needs"), 15, Board},
                {tr("Closing"), 5, Agenda}};
    case Stage::Curriculum:
        return {{tr("Welcome and purpose"), 10, Agenda},
                {tr("The needs and the modules that answer them"), 20, Progress},
                {tr("Priorities for the curriculum"), 30, Board},
                {tr("Dot voting"), 15, Board},
                {tr("Next steps"), 10, Board},
                {tr("Closing"), 5, Agenda}};
    case Stage::TrainTheTrainer:
    case Stage::PostTraining:
        return {{tr("Welcome and purpose"), 10, Agenda},
                {tr("Progress of the training and the cascade"), 20, Progress},
                {tr("What works, what worries us"), 30, Board},
                {tr("Dot voting"), 15, Board},
                {tr("Agreements and next steps"), 10, Board},
                {tr("Closing"), 5, Agenda}};
    }
    return {};
}

QString WorkshopPlan::showsLabel(AgendaShows shows)
{
    switch (shows) {
    case AgendaShows::Agenda:
        return tr("The agenda");
    case AgendaShows::Progress:
        return tr("Progress and charts");
    case AgendaShows::Board:
        return tr("The board");
    }
    return {};
}

QStringList WorkshopPlan::defaultCharts(Stage stage)
{
    switch (stage) {
    case Stage::Consultation:
        return {QStringLiteral("stageProgressChart"), QStringLiteral("powerInterestPlot")};
    case Stage::Orientation:
    case Stage::Curriculum:
        return {QStringLiteral("stageProgressChart"), QStringLiteral("capacityRadar")};
    case Stage::TrainTheTrainer:
    case Stage::PostTraining:
        return {QStringLiteral("stageProgressChart"), QStringLiteral("burnUpChart"),
                QStringLiteral("participationChart")};
    }
    return {};
}

QList<QPair<QString, QString>> WorkshopPlan::availableCharts()
{
    return {
        {QStringLiteral("stageProgressChart"), tr("Stage progress")},
        {QStringLiteral("timelinePlot"), tr("Timeline")},
        {QStringLiteral("powerInterestPlot"), tr("Power/interest grid (types per quadrant)")},
        {QStringLiteral("capacityRadar"), tr("Capacity radar")},
        {QStringLiteral("indicatorChart"), tr("Indicator achievement")},
        {QStringLiteral("burnUpChart"), tr("Burn-up of officers trained")},
        {QStringLiteral("cascadeChart"), tr("The cascade")},
        {QStringLiteral("participationChart"), tr("Participation by sex")},
        {QStringLiteral("evaluationChart"), tr("Kirkpatrick funnel")},
        {QStringLiteral("heatMapChart"), tr("Risk heat map")},
    };
}
