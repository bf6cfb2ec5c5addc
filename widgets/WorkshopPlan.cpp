#include "WorkshopPlan.h"

#include <numeric>

int WorkshopPlan::totalMinutes() const
{
    return std::accumulate(agenda.cbegin(), agenda.cend(), 0,
                           [](int sum, const AgendaItem &item) { return sum + item.minutes; });
}

QList<AgendaItem> WorkshopPlan::defaultAgenda(Stage stage)
{
    switch (stage) {
    case Stage::Consultation:
        return {{tr("Welcome, purpose and ground rules"), 10}, {tr("Where the mission stands"), 10},
                {tr("Concerns and expectations"), 30},         {tr("Dot voting"), 15},
                {tr("Agreements and next steps"), 20},         {tr("Closing"), 5}};
    case Stage::Orientation:
        return {{tr("Welcome and purpose"), 10},
                {tr("Legislation and capacity: what we found"), 15},
                {tr("Challenges and opportunities"), 25},
                {tr("From challenges to needs"), 20},
                {tr("Dot voting on the needs"), 15},
                {tr("Closing"), 5}};
    case Stage::Curriculum:
        return {{tr("Welcome and purpose"), 10},
                {tr("The needs and the modules that answer them"), 20},
                {tr("Priorities for the curriculum"), 30},
                {tr("Dot voting"), 15},
                {tr("Next steps"), 10},
                {tr("Closing"), 5}};
    case Stage::TrainTheTrainer:
    case Stage::PostTraining:
        return {{tr("Welcome and purpose"), 10},
                {tr("Progress of the training and the cascade"), 20},
                {tr("What works, what worries us"), 30},
                {tr("Dot voting"), 15},
                {tr("Agreements and next steps"), 10},
                {tr("Closing"), 5}};
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
        {QStringLiteral("powerInterestPlot"), tr("Power/interest grid (initials or types only)")},
        {QStringLiteral("capacityRadar"), tr("Capacity radar")},
        {QStringLiteral("indicatorChart"), tr("Indicator achievement")},
        {QStringLiteral("burnUpChart"), tr("Burn-up of officers trained")},
        {QStringLiteral("cascadeChart"), tr("The cascade")},
        {QStringLiteral("participationChart"), tr("Participation by sex")},
        {QStringLiteral("evaluationChart"), tr("Kirkpatrick funnel")},
        {QStringLiteral("heatMapChart"), tr("Risk heat map")},
    };
}
