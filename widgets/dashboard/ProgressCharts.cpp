#include "ProgressCharts.h"
#include "ChartHotspots.h"
#include "Charts.h"
#include "Dates.h"
#include "Palette.h"

#include <qcustomplot.h>

#include <cmath>

namespace {

QColor ragColour(std::optional<Rag> rag)
{
    return rag ? Palette::rag(*rag) : Palette::Grey;
}

} // namespace

void ProgressCharts::drawStages(QCustomPlot *p, const MissionDashboard &data,
                                const std::function<void(const RecordLink &)> &open)
{
    QStringList names;
    QList<int> values;
    QList<QColor> colours;
    for (const StageStatus &s : data.stages) {
        names.append(tr("%1. %2").arg(stageNumber(s.stage)).arg(enumLabel(s.stage)));
        values.append(static_cast<int>(std::lround(s.progress * 100)));
        colours.append(s.current ? Palette::Blue : Palette::SkyBlue);
    }
    Charts::setBars(p, tr("Stage progress (%)"), names, values, colours, tr("Progress (%)"),
                    Qt::Horizontal);
    for (int i = 0; i < data.stages.size(); ++i) {
        const StageStatus &s = data.stages.at(i);
        QStringList lines {tr("%1: %2 %, %3")
                               .arg(enumLabel(s.stage))
                               .arg(values.at(i))
                               .arg(StageProgress::stateLabel(s.state))};
        for (const StageStatus::Measure &m : s.measures)
            lines.append(m.label);
        lines.append(tr("Click to open the stage's forms."));
        ChartHotspots::of(p)->addCategory(i + 1, Qt::Horizontal, lines.join(u'\n'),
                                          [open, missionId = data.missionId, stage = s.stage] {
                                              open({RecordLink::Kind::Stage, missionId, {}, stage});
                                          });
    }
    p->xAxis->setRange(0, 115);
    p->replot();
}

void ProgressCharts::drawIndicators(QCustomPlot *p, const MissionDashboard &data,
                                    const std::function<void(const RecordLink &)> &open)
{
    QStringList names;
    QList<int> values;
    QList<QColor> colours;
    for (const MissionDashboard::IndicatorLine &line : data.indicators) {
        names.append(line.indicator.name);
        values.append(static_cast<int>(std::lround(line.status.achievement.value_or(0))));
        colours.append(ragColour(line.status.rag));
    }
    Charts::setBars(p, tr("Indicator achievement (%), coloured by status"), names, values, colours,
                    tr("Achievement against target (%)"), Qt::Horizontal);
    int lowest = 0;
    for (const int v : values)
        lowest = std::min(lowest, v);
    p->xAxis->setRange(lowest - 5, std::max(130, lowest));
    for (int i = 0; i < data.indicators.size(); ++i) {
        const MissionDashboard::IndicatorLine &line = data.indicators.at(i);
        QString tip = tr("%1 (%2)\nBaseline %L3, target %L4 %5")
                          .arg(line.indicator.name, enumLabel(line.indicator.level))
                          .arg(line.indicator.baseline)
                          .arg(line.indicator.target)
                          .arg(line.indicator.unit);
        if (line.status.current)
            tip += u'\n'
                + tr("Latest value %L1 on %2: %3 % of the way, %4")
                      .arg(*line.status.current)
                      .arg(isoDate(line.status.asOf))
                      .arg(std::lround(line.status.achievement.value_or(0)))
                      .arg(line.status.rag ? enumLabel(*line.status.rag) : tr("no status"));
        else
            tip += u'\n' + tr("Not measured yet");
        if (line.status.due)
            tip += u'\n'
                + (line.status.behindDue() ? tr("Behind the intermediate target of %L1 by %2 (%3 % "
                                                "of the way)")
                                           : tr("Intermediate target of %L1 by %2 (%3 % of the "
                                                "way)"))
                      .arg(line.status.due->value)
                      .arg(isoDate(line.status.due->date))
                      .arg(std::lround(line.status.dueAchievement.value_or(0)));
        if (line.status.next)
            tip += u'\n'
                + tr("Next intermediate target: %L1 by %2")
                      .arg(line.status.next->value)
                      .arg(isoDate(line.status.next->date));
        tip += u'\n' + tr("Click to open the indicator.");
        ChartHotspots::of(p)->addCategory(
            i + 1, Qt::Horizontal, tip,
            [open, missionId = data.missionId, id = line.indicator.meta.id] {
                open({RecordLink::Kind::Indicator, missionId, id});
            });
    }
    // Where each indicator should stand today, by its intermediate target due.
    QCPGraph *due = nullptr;
    for (int i = 0; i < data.indicators.size(); ++i) {
        const std::optional<double> expected = data.indicators.at(i).status.dueAchievement;
        if (!expected)
            continue;
        if (!due) {
            due = p->addGraph(p->yAxis, p->xAxis);
            due->setLineStyle(QCPGraph::lsNone);
            due->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond,
                                                 QPen(Palette::Black, 1.5), QBrush(Qt::white), 13));
            due->setName(tr("Intermediate target due by now"));
        }
        due->addData(i + 1, *expected);
        // The bar's figure moves past a diamond that stands beyond the bar's end.
        for (int k = 0; k < p->itemCount(); ++k) {
            auto *label = qobject_cast<QCPItemText *>(p->item(k));
            if (label && label->position->value() == i + 1 && label->position->key() < *expected) {
                label->position->setCoords(*expected, i + 1);
                label->setPadding(QMargins(12, 0, 0, 0));
            }
        }
        p->xAxis->setRange(std::min(p->xAxis->range().lower, *expected - 5),
                           std::max(p->xAxis->range().upper, *expected + 10));
    }
    if (due) {
        for (int i = 0; i < p->plottableCount(); ++i) {
            if (p->plottable(i) != due)
                p->plottable(i)->removeFromLegend();
        }
        p->legend->setVisible(true); // in a row under the chart (LabelFitter)
    }
    if (values.isEmpty())
        Charts::showEmpty(p, tr("No indicator with a measured value yet."));
    auto *target = new QCPItemStraightLine(p);
    target->point1->setCoords(100, 0);
    target->point2->setCoords(100, 1);
    target->setPen(QPen(Palette::Grey, 1.5, Qt::DashLine));
    p->replot();
}
