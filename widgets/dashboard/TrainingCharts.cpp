#include "TrainingCharts.h"
#include "ChartHotspots.h"
#include "Charts.h"
#include "Clock.h"
#include "Dates.h"
#include "Palette.h"

#include <qcustomplot.h>

#include <cmath>

void TrainingCharts::drawParticipation(QCustomPlot *p, const MissionDashboard &data)
{
    Charts::reset(p, tr("Participation by sex per tier (sessions held)"));
    QSharedPointer<QCPAxisTickerText> tiers(new QCPAxisTickerText);
    auto *women = new QCPBars(p->xAxis, p->yAxis);
    auto *men = new QCPBars(p->xAxis, p->yAxis);
    auto *others = new QCPBars(p->xAxis, p->yAxis);
    women->setName(tr("Women"));
    men->setName(tr("Men"));
    others->setName(tr("Others or not recorded"));
    women->setBrush(Palette::ReddishPurple);
    men->setBrush(Palette::Blue);
    others->setBrush(Palette::Grey);
    men->moveAbove(women);
    others->moveAbove(men);
    int highest = 0;
    for (int i = 0; i < data.participation.size(); ++i) {
        const MissionDashboard::TierParticipation &t = data.participation.at(i);
        tiers->addTick(i + 1, enumLabel(t.tier));
        women->addData(i + 1, t.female);
        men->addData(i + 1, t.male);
        others->addData(i + 1, t.other);
        const int total = t.female + t.male + t.other;
        highest = std::max(highest, total);
        const long womenShare = std::lround(100.0 * t.female / std::max(1, total));
        auto *share = new QCPItemText(p);
        share->position->setCoords(i + 1, total);
        share->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        share->setText(tr("%1 % women").arg(womenShare));
        QString tip = tr("%1 tier: %L2 trained, %L3 women (%4 %), %L5 men, %L6 others or not "
                         "recorded")
                          .arg(enumLabel(t.tier))
                          .arg(total)
                          .arg(t.female)
                          .arg(womenShare)
                          .arg(t.male)
                          .arg(t.other);
        if (data.womenShareTarget)
            tip += u'\n'
                + (womenShare >= *data.womenShareTarget
                       ? tr("At or above the target of %1 % women.")
                       : tr("Below the target of %1 % women."))
                      .arg(*data.womenShareTarget);
        ChartHotspots::of(p)->addCategory(i + 1, Qt::Vertical, tip);
        // The target share, as the height of the women's part of this bar.
        if (data.womenShareTarget && total > 0) {
            const double level = total * *data.womenShareTarget / 100.0;
            auto *mark = new QCPItemLine(p);
            mark->start->setCoords(i + 1 - 0.38, level);
            mark->end->setCoords(i + 1 + 0.38, level);
            mark->setPen(QPen(Palette::Black, 2.5, Qt::DashLine));
        }
    }
    if (data.womenShareTarget && !data.participation.isEmpty()) {
        // A line with no data, so that the target marks have their entry in the legend.
        QCPGraph *key = p->addGraph();
        key->setPen(QPen(Palette::Black, 2.5, Qt::DashLine));
        key->setName(tr("Target: %1 % women").arg(*data.womenShareTarget));
    }
    for (QCPBars *bars : {women, men, others}) {
        bars->setWidth(0.6);
        bars->setPen(Qt::NoPen);
    }
    p->xAxis->setTicker(tiers);
    p->xAxis->setSubTicks(false);
    p->xAxis->setRange(0.4, data.participation.size() + 0.6);
    p->yAxis->setRange(0, std::max(1, highest) * 1.35); // room for the shares above the bars
    p->yAxis->setLabel(tr("People trained"));
    p->xAxis->setLabel(QString());
    p->legend->setVisible(!data.participation.isEmpty());
    if (data.participation.isEmpty())
        Charts::showEmpty(p, tr("No training session held yet."));
    p->replot();
}

void TrainingCharts::drawScores(QCustomPlot *p, const MissionDashboard &data)
{
    Charts::setBars(
        p,
        tr("Mean test scores of %n trainee(s) tested (Kirkpatrick level 2)", nullptr, data.tested),
        {tr("Pre-test"), tr("Post-test")},
        {static_cast<int>(std::lround(data.meanPre)), static_cast<int>(std::lround(data.meanPost))},
        {Palette::Grey, Palette::BluishGreen}, tr("Score (0-100)"));
    p->yAxis->setRange(0, 110);
    const QString gain = tr("Mean gain: %1 points").arg(data.meanPost - data.meanPre, 0, 'f', 1);
    ChartHotspots::of(p)->addCategory(
        1, Qt::Vertical,
        tr("Mean pre-test score: %1 over %n trainee(s)", nullptr, data.tested)
                .arg(data.meanPre, 0, 'f', 1)
            + u'\n' + gain);
    ChartHotspots::of(p)->addCategory(
        2, Qt::Vertical,
        tr("Mean post-test score: %1 over %n trainee(s)", nullptr, data.tested)
                .arg(data.meanPost, 0, 'f', 1)
            + u'\n' + gain);
    if (data.tested == 0)
        Charts::showEmpty(p, tr("No trainee has both a pre- and a post-test score yet."));
    p->replot();
}

void TrainingCharts::drawCascade(QCustomPlot *p, const MissionDashboard &data,
                                 const std::function<void(const RecordLink &)> &open)
{
    QList<CascadeBranch> branches = data.cascade;
    std::sort(branches.begin(), branches.end(),
              [](const CascadeBranch &a, const CascadeBranch &b) { return a.reached > b.reached; });
    const int shown = std::min<int>(12, branches.size());
    QStringList names;
    QList<int> values;
    int total = 0;
    for (const CascadeBranch &b : branches)
        total += b.reached;
    for (int i = 0; i < shown; ++i) {
        names.append(
            branches.at(i).trainer.region.isEmpty()
                ? branches.at(i).trainer.name
                : tr("%1 (%2)").arg(branches.at(i).trainer.name, branches.at(i).trainer.region));
        values.append(branches.at(i).reached);
    }
    const auto addTips = [open, missionId = data.missionId, p, branches, shown] {
        for (int i = 0; i < shown; ++i) {
            const CascadeBranch &b = branches.at(i);
            ChartHotspots::of(p)->addCategory(
                i + 1, Qt::Horizontal,
                tr("%1: %n session(s) led, %L2 officers reached\nClick to open the trainer.",
                   nullptr, static_cast<int>(b.sessions.size()))
                    .arg(b.trainer.name)
                    .arg(b.reached),
                [open, missionId, id = b.trainer.meta.id] {
                    open({RecordLink::Kind::Trainee, missionId, id});
                });
        }
    };
    Charts::setBars(p,
                    tr("Cascade: officers reached by %n trainer(s), %1 in all", nullptr,
                       static_cast<int>(branches.size()))
                        .arg(total),
                    names, values, {Palette::Orange}, tr("Officers reached"), Qt::Horizontal);
    addTips();
    if (branches.isEmpty()) {
        Charts::showEmpty(p, tr("No certified trainer leads a session yet."));
        p->replot();
    }
}

void TrainingCharts::drawBurnUp(QCustomPlot *p, const MissionDashboard &data)
{
    Charts::reset(p, tr("Burn-up: officers trained against the target"));
    auto *done = p->addGraph();
    done->setName(tr("Officers trained (sessions held)"));
    done->setPen(QPen(Palette::Blue, 2.5));
    done->setLineStyle(QCPGraph::lsStepLeft);
    done->setBrush(QColor(Palette::Blue.red(), Palette::Blue.green(), Palette::Blue.blue(), 40));
    double first = 0;
    double last = 0;
    int highest = data.officersTarget;
    for (const MissionDashboard::BurnUpPoint &b : data.burnUp) {
        const double key =
            QCPAxisTickerDateTime::dateTimeToKey(QDateTime(b.date, QTime(0, 0), Qt::UTC));
        first = first == 0 ? key : first;
        last = key;
        done->addData(key, b.trained);
        highest = std::max(highest, b.trained);
        ChartHotspots::of(p)->addPoint(
            key, b.trained,
            tr("%1: %L2 officers trained in sessions held; %n session(s) recorded by then", nullptr,
               b.planned)
                .arg(isoDate(b.date))
                .arg(b.trained));
    }
    if (data.officersTarget > 0) {
        auto *target = new QCPItemStraightLine(p);
        target->point1->setCoords(0, data.officersTarget);
        target->point2->setCoords(1, data.officersTarget);
        target->setPen(QPen(Palette::Vermillion, 2, Qt::DashLine));
        auto *label = new QCPItemText(p);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        // At the right, over the line's end, where a burn-up that starts from nothing leaves
        // room.
        label->position->setCoords(0.98, data.officersTarget);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setText(tr("Target: %L1 officers").arg(data.officersTarget));
    }
    if (data.burnUp.isEmpty()) {
        // Nothing to place: the months around today rather than the start of the epoch.
        first = QCPAxisTickerDateTime::dateTimeToKey(
            QDateTime(Clock::today().addMonths(-6), QTime(0, 0), Qt::UTC));
        last = QCPAxisTickerDateTime::dateTimeToKey(
            QDateTime(Clock::today().addMonths(6), QTime(0, 0), Qt::UTC));
    }
    const double pad = std::max(86400.0 * 15, (last - first) * 0.04);
    p->xAxis->setRange(first - pad, last + pad);
    // Ticks on the first of a month, as many as the axis has room for ("Mar 2026" is about
    // eight characters; a tick needs twice that).
    const int room =
        std::max(300, p->axisRect()->width() > 0 ? p->axisRect()->width() : p->width());
    p->xAxis->setTicker(Charts::monthTicks(
        QCPAxisTickerDateTime::keyToDateTime(first - pad).toUTC().date(),
        QCPAxisTickerDateTime::keyToDateTime(last + pad).toUTC().date(),
        room / (QFontMetrics(p->xAxis->tickLabelFont()).averageCharWidth() * 16)));
    p->xAxis->setSubTicks(false);
    p->yAxis->setRange(0, std::max(10, highest) * 1.3); // room above the target for its label
    p->yAxis->setLabel(tr("Officers"));
    p->legend->setVisible(!data.burnUp.isEmpty()); // in a row under the chart (LabelFitter)
    if (data.burnUp.isEmpty())
        Charts::showEmpty(p, tr("No training session recorded yet."));
    p->replot();
}

void TrainingCharts::drawEvaluation(QCustomPlot *p, const MissionDashboard &data)
{
    // A funnel: the trainees on the roster, then how many reached each Kirkpatrick level, each
    // bar centred and as wide as its count; level 4 is told by the impact indicators instead.
    Charts::reset(p, tr("Training evaluation: the Kirkpatrick levels"));
    const MissionDashboard::Evaluation &e = data.evaluation;
    struct Level
    {
        QString name;
        int count;
        QString tip;
        QColor colour;
    };
    const QList<Level> levels {
        {tr("On the roster"), e.trainees,
         tr("%n trainer(s) and participant(s) on the mission's roster", nullptr, e.trainees),
         Palette::Grey},
        {tr("1 Reaction"), e.reacted,
         tr("%n answered the end-of-course survey; mean rating %1 of 5", nullptr, e.reacted)
             .arg(e.meanReaction, 0, 'f', 1),
         Palette::SkyBlue},
        {tr("2 Learning"), e.improved,
         tr("%n scored higher after the course than before (of %1 tested)", nullptr, e.improved)
             .arg(data.tested),
         Palette::Blue},
        {tr("3 Behaviour"), e.applied,
         tr("%n found applying the training at a follow-up 3-6 months on", nullptr, e.applied),
         Palette::BluishGreen},
    };
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const double widest = std::max(1, e.trainees);
    for (int i = 0; i < levels.size() && e.trainees > 0; ++i) {
        const Level &level = levels.at(i);
        const int key = i + 1;
        ticker->addTick(key, level.name);
        auto *bar = new QCPItemRect(p);
        bar->topLeft->setCoords(-level.count / 2.0, key - 0.36);
        bar->bottomRight->setCoords(level.count / 2.0, key + 0.36);
        bar->setBrush(level.colour);
        bar->setPen(QPen(level.colour.darker(130)));
        auto *label = new QCPItemText(p);
        label->position->setCoords(widest / 2.0, key);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(8, 0, 0, 0));
        label->setClipToAxisRect(false);
        label->setText(i == 0 || e.trainees == 0
                           ? QString::number(level.count)
                           : tr("%1 (%2 %)")
                                 .arg(level.count)
                                 .arg(std::lround(100.0 * level.count / e.trainees)));
        ChartHotspots::of(p)->addCategory(key, Qt::Horizontal, level.tip);
    }
    // Level 4, results: the impact indicators, with the caution the field insists on.
    QStringList results;
    for (const MissionDashboard::IndicatorLine &line : e.results) {
        results.append(line.status.achievement
                           ? tr("%1: %2 % of target")
                                 .arg(line.indicator.name)
                                 .arg(std::lround(*line.status.achievement))
                           : tr("%1: not measured yet").arg(line.indicator.name));
    }
    const int resultsKey = static_cast<int>(levels.size()) + 1;
    ticker->addTick(resultsKey, tr("4 Results"));
    auto *resultText = new QCPItemText(p); // across the whole chart, which it may need
    resultText->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    resultText->position->setCoords(0.5, resultsKey - 0.2); // about where its row begins
    resultText->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    resultText->setText(results.isEmpty() ? tr("No impact indicator yet")
                                          : results.mid(0, 2).join(u'\n'));
    const QString caution = tr("A rise in recorded hate crime can mean better recording, not "
                               "more crime.");
    // The caution as the chart's caption, under it, which makes room for its lines at any type.
    QFont italic = p->xAxis->labelFont();
    italic.setItalic(true);
    p->xAxis->setLabelFont(italic);
    p->xAxis->setLabel(caution);
    p->xAxis->setTicks(false);
    p->xAxis->setTickLabels(false);
    p->xAxis->setBasePen(Qt::NoPen);
    ChartHotspots::of(p)->addCategory(
        resultsKey, Qt::Horizontal,
        (results.isEmpty() ? tr("Level 4 is measured by the mission's impact indicators.")
                           : results.join(u'\n'))
            + u'\n' + caution);
    p->yAxis->setTicker(ticker);
    p->yAxis->setSubTicks(false);
    p->yAxis->setTickLength(0, 4);
    p->yAxis->grid()->setVisible(false);
    p->yAxis->setRange(0.4, resultsKey + 0.9);
    p->yAxis->setRangeReversed(true);
    p->xAxis->setRange(-widest * 0.62, widest * 0.9);
    p->xAxis->grid()->setVisible(false);
    if (e.trainees == 0)
        Charts::showEmpty(p, tr("No trainee on the roster yet."));
    p->replot();
}
