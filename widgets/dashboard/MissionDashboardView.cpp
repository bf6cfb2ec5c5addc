#include "MissionDashboardView.h"
#include "ChartHotspots.h"
#include "Charts.h"
#include "Clock.h"
#include "Database.h"
#include "Dates.h"
#include "MissionRepository.h"
#include "Palette.h"
#include "PowerInterestGrid.h"
#include "TimelineChart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <QHash>

#include <cmath>
#include <functional>
#include <numbers>

namespace {

QColor bandColour(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return Palette::BluishGreen;
    case RiskBand::Medium:
        return Palette::Yellow;
    case RiskBand::High:
        return Palette::Vermillion;
    }
    return Palette::Grey;
}

QColor ragColour(std::optional<Rag> rag)
{
    if (!rag)
        return Palette::Grey;
    return *rag == Rag::Green ? Palette::BluishGreen
                              : (*rag == Rag::Amber ? Palette::Orange : Palette::Vermillion);
}

const char *const s_plotNames[] = {"stageProgressChart", "heatMapChart",   "residualHeatMapChart",
                                   "participationChart", "testScoreChart", "capacityRadar",
                                   "indicatorChart",     "cascadeChart",   "burnUpChart",
                                   "evaluationChart"};

} // namespace

MissionDashboardView::MissionDashboardView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_missions(new QComboBox(this))
    , m_cellTitle(new QLabel(this))
    , m_cellRisks(new QListWidget(this))
    , m_timeline(new TimelineChart(db, QString(), this))
    , m_grid(new PowerInterestGrid(this))
{
    setObjectName(QStringLiteral("missionDashboard"));
    m_missions->setObjectName(QStringLiteral("dashboardMission"));
    m_missions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_missions, &QComboBox::currentIndexChanged, this,
            [this] { setMission(m_missions->currentData().toString()); });
    auto *missionLabel = new QLabel(tr("M&ission:"), this);
    missionLabel->setBuddy(m_missions);
    m_bar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(missionLabel);
    bar->addWidget(m_missions);
    bar->addStretch(1);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (int i = 0; i < static_cast<int>(std::size(s_plotNames)); ++i) {
        QCustomPlot *plot = Charts::createPlot(this, QLatin1String(s_plotNames[i]));
        plot->setMinimumHeight(300);
        m_plots.append(plot);
    }
    // Two columns; the heat maps side by side with the list of a clicked cell's risks.
    grid->addWidget(plot(QStringLiteral("stageProgressChart")), 0, 0);
    grid->addWidget(plot(QStringLiteral("indicatorChart")), 0, 1);
    // On a dashboard the wheel scrolls the page; the timeline still drags along.
    m_timeline->plot()->setInteractions(QCP::iRangeDrag);
    m_timeline->setMinimumHeight(340);
    grid->addWidget(m_timeline, 1, 0, 1, 2);
    grid->addWidget(plot(QStringLiteral("heatMapChart")), 2, 0);
    grid->addWidget(plot(QStringLiteral("residualHeatMapChart")), 2, 1);
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    m_cellTitle->setText(tr("Click a cell of a heat map to list its risks."));
    m_cellTitle->setWordWrap(true);
    m_cellRisks->setObjectName(QStringLiteral("cellRisks"));
    m_cellRisks->setMaximumHeight(m_cellRisks->fontMetrics().lineSpacing() * 5 + 12);
    cellLayout->addWidget(m_cellTitle);
    cellLayout->addWidget(m_cellRisks);
    grid->addWidget(cell, 3, 0, 1, 2);
    grid->addWidget(plot(QStringLiteral("burnUpChart")), 4, 0);
    grid->addWidget(plot(QStringLiteral("cascadeChart")), 4, 1);
    grid->addWidget(plot(QStringLiteral("participationChart")), 5, 0);
    grid->addWidget(plot(QStringLiteral("evaluationChart")), 5, 1);
    grid->addWidget(plot(QStringLiteral("testScoreChart")), 6, 0);
    m_grid->setMinimumHeight(300);
    m_grid->setTitle(tr("Stakeholders: power and interest (colour: attitude; size: trust)"));
    grid->addWidget(m_grid, 6, 1);
    grid->addWidget(plot(QStringLiteral("capacityRadar")), 7, 0, 1, 2);
    for (int column = 0; column < 2; ++column)
        grid->setColumnStretch(column, 1);
    plot(QStringLiteral("capacityRadar"))->setMinimumHeight(420);
    plot(QStringLiteral("capacityRadar"))->installEventFilter(this);

    m_cellRisks->setToolTip(tr("Enter or a double click opens the risk"));
    connect(m_cellRisks, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        open(link(RecordLink::Kind::Risk, item->data(Qt::UserRole).toString()));
    });
    connect(m_grid, &PowerInterestGrid::stakeholderActivated, this,
            [this](const QString &id) { open(link(RecordLink::Kind::Stakeholder, id)); });

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(scroll, 1);

    connect(&db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.contains(RecordKind::Mission))
            reloadMissions();
        else
            redraw(kinds);
    });
    reloadMissions();
}

QCustomPlot *MissionDashboardView::plot(const QString &objectName) const
{
    for (QCustomPlot *p : m_plots) {
        if (p->objectName() == objectName)
            return p;
    }
    for (QCustomPlot *p : {m_timeline->plot(), m_grid->plot()}) {
        if (p->objectName() == objectName)
            return p;
    }
    return nullptr;
}

void MissionDashboardView::reloadMissions()
{
    const QSignalBlocker block(m_missions);
    const QString keep = m_missionId;
    m_missions->clear();
    for (const Mission &m : MissionRepository(m_db).all()) {
        if (!m.archived)
            m_missions->addItem(tr("%1 %2").arg(m.code, m.title), m.meta.id);
    }
    const int index = m_missions->findData(keep);
    m_missions->setCurrentIndex(std::max(0, index));
    m_missionId = m_missions->currentData().toString();
    refresh();
}

void MissionDashboardView::setMission(const QString &missionId)
{
    m_missionId = missionId;
    const int index = m_missions->findData(missionId);
    if (index >= 0 && index != m_missions->currentIndex()) {
        const QSignalBlocker block(m_missions);
        m_missions->setCurrentIndex(index);
    }
    m_cellRisks->clear();
    m_cellTitle->setText(tr("Click a cell of a heat map to list its risks."));
    refresh();
}

void MissionDashboardView::refresh()
{
    redraw(RecordKinds::all());
}

RecordKinds MissionDashboardView::inputsOf(const QString &chart)
{
    // What each chart is drawn from. A mission's own fields (its targets) feed several, and a
    // change of mission redraws them all anyway.
    static const QHash<QString, RecordKinds> inputs {
        {QStringLiteral("stageProgressChart"), RecordKinds::all()},
        {QStringLiteral("heatMapChart"),
         {RecordKind::Risk, RecordKind::RiskAssessment, RecordKind::Setting}},
        {QStringLiteral("residualHeatMapChart"),
         {RecordKind::Risk, RecordKind::RiskAssessment, RecordKind::RiskAction,
          RecordKind::Setting}},
        {QStringLiteral("participationChart"), {RecordKind::TrainingSession}},
        {QStringLiteral("testScoreChart"), {RecordKind::Trainee}},
        {QStringLiteral("capacityRadar"), {RecordKind::CapacityAssessment}},
        {QStringLiteral("indicatorChart"),
         {RecordKind::Indicator, RecordKind::IndicatorValue, RecordKind::IndicatorTarget,
          RecordKind::Setting}},
        {QStringLiteral("cascadeChart"), {RecordKind::Trainee, RecordKind::TrainingSession}},
        {QStringLiteral("burnUpChart"), {RecordKind::TrainingSession}},
        {QStringLiteral("evaluationChart"),
         {RecordKind::Trainee, RecordKind::Indicator, RecordKind::IndicatorValue,
          RecordKind::Setting}},
        {QStringLiteral("powerInterestPlot"),
         {RecordKind::Stakeholder, RecordKind::MissionStakeholder, RecordKind::Setting}},
    };
    return inputs.value(chart, RecordKinds::all()) | RecordKind::Mission;
}

void MissionDashboardView::redraw(RecordKinds changed)
{
    if (m_missionId.isEmpty()) {
        m_data = {};
        for (QCustomPlot *p : m_plots) {
            Charts::reset(p, QString());
            p->replot();
        }
        m_timeline->setMission(QString());
        m_grid->setPoints({});
        return;
    }
    const auto touches = [changed](const char *chart) {
        return changed.intersects(inputsOf(QLatin1String(chart)));
    };
    bool any = false;
    for (const char *chart : s_plotNames)
        any = any || touches(chart);
    if (!any && !touches("powerInterestPlot"))
        return; // nothing shown here was changed (a workshop note, say)
    m_data = MissionDashboard::compute(m_db, m_missionId);
    if (m_timeline->missionId() != m_missionId)
        m_timeline->setMission(m_missionId);
    if (touches("powerInterestPlot"))
        m_grid->setPoints(m_data.grid);
    QMetaObject::invokeMethod(this, &MissionDashboardView::redrawn, Qt::QueuedConnection);
    const std::pair<const char *, std::function<void()>> draws[] = {
        {"evaluationChart", [this] { drawEvaluation(); }},
        {"stageProgressChart", [this] { drawStages(); }},
        {"heatMapChart", [this] { drawHeatMap(plot(QStringLiteral("heatMapChart")), false); }},
        {"residualHeatMapChart",
         [this] { drawHeatMap(plot(QStringLiteral("residualHeatMapChart")), true); }},
        {"participationChart", [this] { drawParticipation(); }},
        {"testScoreChart", [this] { drawScores(); }},
        {"capacityRadar", [this] { drawCapacity(); }},
        {"indicatorChart", [this] { drawIndicators(); }},
        {"cascadeChart", [this] { drawCascade(); }},
        {"burnUpChart", [this] { drawBurnUp(); }},
    };
    for (const auto &[chart, draw] : draws) {
        if (touches(chart))
            draw();
    }
}

void MissionDashboardView::showCell(int likelihood, int impact, bool residual)
{
    const QList<Risk> risks = m_data.risksInCell(likelihood, impact, residual);
    m_cellTitle->setText(
        (residual ? tr("Residual likelihood %1 × impact %2: %n risk(s)", nullptr, risks.size())
                  : tr("Likelihood %1 × impact %2: %n risk(s)", nullptr, risks.size()))
            .arg(likelihood)
            .arg(impact));
    m_cellRisks->clear();
    for (const Risk &r : risks) {
        auto *item = new QListWidgetItem(
            r.owner.isEmpty() ? r.title : tr("%1 (owner: %2)").arg(r.title, r.owner), m_cellRisks);
        item->setData(Qt::UserRole, r.meta.id);
    }
}

void MissionDashboardView::drawStages()
{
    QStringList names;
    QList<int> values;
    QList<QColor> colours;
    for (const StageStatus &s : m_data.stages) {
        names.append(tr("%1. %2").arg(stageNumber(s.stage)).arg(enumLabel(s.stage)));
        values.append(static_cast<int>(std::lround(s.progress * 100)));
        colours.append(s.current ? Palette::Blue : Palette::SkyBlue);
    }
    QCustomPlot *p = plot(QStringLiteral("stageProgressChart"));
    Charts::setBars(p, tr("Stage progress (%)"), names, values, colours, tr("Progress (%)"),
                    Qt::Horizontal);
    for (int i = 0; i < m_data.stages.size(); ++i) {
        const StageStatus &s = m_data.stages.at(i);
        QStringList lines {tr("%1: %2 %, %3")
                               .arg(enumLabel(s.stage))
                               .arg(values.at(i))
                               .arg(StageProgress::stateLabel(s.state))};
        for (const StageStatus::Measure &m : s.measures)
            lines.append(m.label);
        lines.append(tr("Click to open the stage's forms."));
        ChartHotspots::of(p)->addCategory(
            i + 1, Qt::Horizontal, lines.join(u'\n'),
            [this, stage = s.stage] { open(link(RecordLink::Kind::Stage, {}, stage)); });
    }
    p->xAxis->setRange(0, 115);
    p->replot();
}

void MissionDashboardView::drawHeatMap(QCustomPlot *p, bool residual)
{
    Charts::reset(p, residual ? tr("Residual risk (after treatment)") : tr("Inherent risk"));
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const int count = m_data.countInCell(likelihood, impact, residual);
            QStringList tip {
                (residual
                     ? tr("Residual likelihood %1 × impact %2: %n open risk(s)", nullptr, count)
                     : tr("Likelihood %1 × impact %2: %n open risk(s)", nullptr, count))
                    .arg(likelihood)
                    .arg(impact)};
            for (const Risk &r : m_data.risksInCell(likelihood, impact, residual))
                tip.append(QStringLiteral("• ") + r.title);
            if (count > 0)
                tip.append(tr("Click to list them below."));
            ChartHotspots::of(p)->addArea(
                impact - 0.5, impact + 0.5, likelihood - 0.5, likelihood + 0.5, tip.join(u'\n'),
                [this, likelihood, impact, residual] { showCell(likelihood, impact, residual); });
            auto *cell = new QCPItemRect(p);
            cell->topLeft->setCoords(impact - 0.48, likelihood + 0.48);
            cell->bottomRight->setCoords(impact + 0.48, likelihood - 0.48);
            QColor colour = bandColour(
                riskBand(likelihood * impact, m_data.bands.mediumFrom, m_data.bands.highFrom));
            colour.setAlpha(count > 0 ? 235 : 60);
            cell->setBrush(colour);
            cell->setPen(QPen(count > 0 ? colour.darker(150) : QColor(Qt::white)));
            if (count > 0) {
                auto *label = new QCPItemText(p);
                label->setObjectName(QStringLiteral("onCell"));
                label->position->setCoords(impact, likelihood);
                QFont font = p->font();
                font.setBold(true);
                font.setPointSizeF(font.pointSizeF() * 1.3);
                label->setFont(font);
                label->setText(QString::number(count));
            }
        }
    }
    QSharedPointer<QCPAxisTickerText> impacts(new QCPAxisTickerText);
    QSharedPointer<QCPAxisTickerText> likelihoods(new QCPAxisTickerText);
    for (int v = 1; v <= 5; ++v) {
        impacts->addTick(v, tr("%1\n%2").arg(v).arg(impactLabel(v)));
        likelihoods->addTick(v, tr("%1 %2").arg(likelihoodLabel(v)).arg(v));
    }
    p->xAxis->setTicker(impacts);
    p->yAxis->setTicker(likelihoods);
    p->xAxis->setLabel(residual ? tr("Residual impact") : tr("Impact"));
    p->yAxis->setLabel(residual ? tr("Residual likelihood") : tr("Likelihood"));
    p->xAxis->setRange(0.5, 5.5);
    p->yAxis->setRange(0.5, 5.5);
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setSubTicks(false);
    p->yAxis->setSubTicks(false);
    p->replot();
}

void MissionDashboardView::drawParticipation()
{
    QCustomPlot *p = plot(QStringLiteral("participationChart"));
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
    for (int i = 0; i < m_data.participation.size(); ++i) {
        const MissionDashboard::TierParticipation &t = m_data.participation.at(i);
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
        if (m_data.womenShareTarget)
            tip += u'\n'
                + (womenShare >= *m_data.womenShareTarget
                       ? tr("At or above the target of %1 % women.")
                       : tr("Below the target of %1 % women."))
                      .arg(*m_data.womenShareTarget);
        ChartHotspots::of(p)->addCategory(i + 1, Qt::Vertical, tip);
        // The target share, as the height of the women's part of this bar.
        if (m_data.womenShareTarget && total > 0) {
            const double level = total * *m_data.womenShareTarget / 100.0;
            auto *mark = new QCPItemLine(p);
            mark->start->setCoords(i + 1 - 0.38, level);
            mark->end->setCoords(i + 1 + 0.38, level);
            mark->setPen(QPen(Palette::Black, 2.5, Qt::DashLine));
        }
    }
    if (m_data.womenShareTarget && !m_data.participation.isEmpty()) {
        // A line with no data, so that the target marks have their entry in the legend.
        QCPGraph *key = p->addGraph();
        key->setPen(QPen(Palette::Black, 2.5, Qt::DashLine));
        key->setName(tr("Target: %1 % women").arg(*m_data.womenShareTarget));
    }
    for (QCPBars *bars : {women, men, others}) {
        bars->setWidth(0.6);
        bars->setPen(Qt::NoPen);
    }
    p->xAxis->setTicker(tiers);
    p->xAxis->setSubTicks(false);
    p->xAxis->setRange(0.4, m_data.participation.size() + 0.6);
    p->yAxis->setRange(0, std::max(1, highest) * 1.6); // room for the legend above the bars
    p->yAxis->setLabel(tr("People trained"));
    p->xAxis->setLabel(QString());
    p->legend->setVisible(!m_data.participation.isEmpty());
    if (m_data.participation.isEmpty())
        Charts::showEmpty(p, tr("No training session held yet."));
    p->replot();
}

void MissionDashboardView::drawScores()
{
    QCustomPlot *p = plot(QStringLiteral("testScoreChart"));
    Charts::setBars(p,
                    tr("Mean test scores of %n trainee(s) tested (Kirkpatrick level 2)", nullptr,
                       m_data.tested),
                    {tr("Pre-test"), tr("Post-test")},
                    {static_cast<int>(std::lround(m_data.meanPre)),
                     static_cast<int>(std::lround(m_data.meanPost))},
                    {Palette::Grey, Palette::BluishGreen}, tr("Score (0-100)"));
    p->yAxis->setRange(0, 110);
    const QString gain =
        tr("Mean gain: %1 points").arg(m_data.meanPost - m_data.meanPre, 0, 'f', 1);
    ChartHotspots::of(p)->addCategory(
        1, Qt::Vertical,
        tr("Mean pre-test score: %1 over %n trainee(s)", nullptr, m_data.tested)
                .arg(m_data.meanPre, 0, 'f', 1)
            + u'\n' + gain);
    ChartHotspots::of(p)->addCategory(
        2, Qt::Vertical,
        tr("Mean post-test score: %1 over %n trainee(s)", nullptr, m_data.tested)
                .arg(m_data.meanPost, 0, 'f', 1)
            + u'\n' + gain);
    if (m_data.tested == 0)
        Charts::showEmpty(p, tr("No trainee has both a pre- and a post-test score yet."));
    p->replot();
}

void MissionDashboardView::drawCapacity()
{
    QCustomPlot *p = plot(QStringLiteral("capacityRadar"));
    Charts::reset(p, tr("Capacity on the 0-4 scale: baseline, current and target"));
    const int n = static_cast<int>(m_data.capacity.size());
    const auto point = [n](int axis, double value) {
        const double angle = std::numbers::pi / 2 - 2 * std::numbers::pi * axis / n;
        return QPointF(value * std::cos(angle), value * std::sin(angle));
    };
    // The web: rings at 1-4 and one spoke per dimension, labelled.
    for (int ring = 1; ring <= 4; ++ring) {
        auto *web = new QCPCurve(p->xAxis, p->yAxis);
        web->setPen(QPen(QColor(0xCC, 0xCC, 0xCC)));
        for (int axis = 0; axis <= n; ++axis) {
            const QPointF at = point(axis % n, ring);
            web->addData(axis, at.x(), at.y());
        }
        web->removeFromLegend();
    }
    for (int axis = 0; axis < n; ++axis) {
        auto *spoke = new QCPItemLine(p);
        spoke->start->setCoords(0, 0);
        const QPointF end = point(axis, 4);
        spoke->end->setCoords(end.x(), end.y());
        spoke->setPen(QPen(QColor(0xCC, 0xCC, 0xCC)));
        // Each label reads outward from its spoke's end, so neighbours at the bottom or the
        // sides never run into each other, whatever the type size.
        auto *label = new QCPItemText(p);
        label->setClipToAxisRect(false);
        const QPointF at = point(axis, 4.3);
        label->position->setCoords(at.x(), at.y());
        const double side = at.x();
        Qt::Alignment align = side > 0.3 ? Qt::AlignLeft
            : side < -0.3                ? Qt::AlignRight
                                         : Qt::AlignHCenter;
        align |= std::abs(side) > 0.3 ? Qt::AlignVCenter
            : at.y() > 0              ? Qt::AlignBottom
                                      : Qt::AlignTop;
        label->setPositionAlignment(align);
        label->setText(enumLabel(m_data.capacity.at(axis).dimension));
    }
    const auto polygon = [&](const QString &name, const QColor &colour, Qt::PenStyle style,
                             auto value) {
        auto *curve = new QCPCurve(p->xAxis, p->yAxis);
        curve->setName(name);
        curve->setPen(QPen(colour, 2.5, style));
        curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, 7));
        int k = 0;
        for (int axis = 0; axis <= n; ++axis) {
            const int v = value(m_data.capacity.at(axis % n));
            if (v < 0)
                continue;
            const QPointF at = point(axis % n, v);
            curve->addData(k++, at.x(), at.y());
        }
        return curve;
    };
    polygon(tr("Baseline"), Palette::Grey, Qt::DashLine,
            [](const CapacityProfileEntry &e) { return e.baseline; });
    polygon(tr("Current"), Palette::Blue, Qt::SolidLine,
            [](const CapacityProfileEntry &e) { return e.current; });
    polygon(tr("Target"), Palette::BluishGreen, Qt::DotLine,
            [](const CapacityProfileEntry &e) { return e.target; });
    for (int axis = 0; axis < n; ++axis) {
        const CapacityProfileEntry &e = m_data.capacity.at(axis);
        const auto score = [](int v) { return v < 0 ? tr("not assessed") : QString::number(v); };
        const QString tip =
            tr("%1\nBaseline %2, current %3, target %4 (0-4)\nClick to open the capacity "
               "assessment.")
                .arg(enumLabel(e.dimension), score(e.baseline), score(e.current), score(e.target));
        const QPointF at = point(axis, std::max(0, e.current));
        ChartHotspots::of(p)->addPoint(at.x(), at.y(), tip, [this] {
            open(link(RecordLink::Kind::Capacity, {}, Stage::Orientation));
        });
    }
    p->xAxis->setVisible(false);
    p->yAxis->setVisible(false);
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->legend->setVisible(true);
    fitRadar();
}

void MissionDashboardView::fitRadar()
{
    QCustomPlot *p = plot(QStringLiteral("capacityRadar"));
    p->replot(); // lays the axis rect out for the present size
    // Square, whatever the widget's shape, so that the web stays round.
    const double aspect =
        static_cast<double>(p->axisRect()->width()) / std::max(1, p->axisRect()->height());
    p->yAxis->setRange(-5.4, 5.4);
    p->xAxis->setRange(-5.4 * aspect, 5.4 * aspect);
    p->replot();
}

bool MissionDashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == plot(QStringLiteral("capacityRadar")))
        QMetaObject::invokeMethod(this, &MissionDashboardView::fitRadar, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void MissionDashboardView::drawIndicators()
{
    QCustomPlot *p = plot(QStringLiteral("indicatorChart"));
    QStringList names;
    QList<int> values;
    QList<QColor> colours;
    for (const MissionDashboard::IndicatorLine &line : m_data.indicators) {
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
    for (int i = 0; i < m_data.indicators.size(); ++i) {
        const MissionDashboard::IndicatorLine &line = m_data.indicators.at(i);
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
        tip += u'\n' + tr("Click to open the indicator.");
        ChartHotspots::of(p)->addCategory(
            i + 1, Qt::Horizontal, tip,
            [this, id = line.indicator.meta.id] { open(link(RecordLink::Kind::Indicator, id)); });
    }
    if (values.isEmpty())
        Charts::showEmpty(p, tr("No indicator with a measured value yet."));
    auto *target = new QCPItemStraightLine(p);
    target->point1->setCoords(100, 0);
    target->point2->setCoords(100, 1);
    target->setPen(QPen(Palette::Grey, 1.5, Qt::DashLine));
    p->replot();
}

void MissionDashboardView::drawCascade()
{
    QCustomPlot *p = plot(QStringLiteral("cascadeChart"));
    QList<CascadeBranch> branches = m_data.cascade;
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
    const auto addTips = [this, p, branches, shown] {
        for (int i = 0; i < shown; ++i) {
            const CascadeBranch &b = branches.at(i);
            ChartHotspots::of(p)->addCategory(
                i + 1, Qt::Horizontal,
                tr("%1: %n session(s) led, %L2 officers reached\nClick to open the trainer.",
                   nullptr, static_cast<int>(b.sessions.size()))
                    .arg(b.trainer.name)
                    .arg(b.reached),
                [this, id = b.trainer.meta.id] { open(link(RecordLink::Kind::Trainee, id)); });
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

void MissionDashboardView::drawBurnUp()
{
    QCustomPlot *p = plot(QStringLiteral("burnUpChart"));
    Charts::reset(p, tr("Burn-up: officers trained against the target"));
    auto *done = p->addGraph();
    done->setName(tr("Officers trained (sessions held)"));
    done->setPen(QPen(Palette::Blue, 2.5));
    done->setLineStyle(QCPGraph::lsStepLeft);
    done->setBrush(QColor(Palette::Blue.red(), Palette::Blue.green(), Palette::Blue.blue(), 40));
    double first = 0;
    double last = 0;
    int highest = m_data.officersTarget;
    for (const MissionDashboard::BurnUpPoint &b : m_data.burnUp) {
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
    if (m_data.officersTarget > 0) {
        auto *target = new QCPItemStraightLine(p);
        target->point1->setCoords(0, m_data.officersTarget);
        target->point2->setCoords(1, m_data.officersTarget);
        target->setPen(QPen(Palette::Vermillion, 2, Qt::DashLine));
        auto *label = new QCPItemText(p);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(0.02, m_data.officersTarget);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(tr("Target: %L1 officers").arg(m_data.officersTarget));
    }
    QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
    dates->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    dates->setDateTimeSpec(Qt::UTC);
    p->xAxis->setTicker(dates);
    if (m_data.burnUp.isEmpty()) {
        // Nothing to place: the months around today rather than the start of the epoch.
        first = QCPAxisTickerDateTime::dateTimeToKey(
            QDateTime(Clock::today().addMonths(-6), QTime(0, 0), Qt::UTC));
        last = QCPAxisTickerDateTime::dateTimeToKey(
            QDateTime(Clock::today().addMonths(6), QTime(0, 0), Qt::UTC));
    }
    const double pad = std::max(86400.0 * 15, (last - first) * 0.04);
    p->xAxis->setRange(first - pad, last + pad);
    p->yAxis->setRange(0, std::max(10, highest) * 1.1);
    p->yAxis->setLabel(tr("Officers"));
    p->legend->setVisible(!m_data.burnUp.isEmpty());
    if (m_data.burnUp.isEmpty())
        Charts::showEmpty(p, tr("No training session recorded yet."));
    p->replot();
}

void MissionDashboardView::drawEvaluation()
{
    // A funnel: the trainees on the roster, then how many reached each Kirkpatrick level, each
    // bar centred and as wide as its count; level 4 is told by the impact indicators instead.
    QCustomPlot *p = plot(QStringLiteral("evaluationChart"));
    Charts::reset(p, tr("Training evaluation: the Kirkpatrick levels"));
    const MissionDashboard::Evaluation &e = m_data.evaluation;
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
             .arg(m_data.tested),
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
    auto *resultText = new QCPItemText(p);
    resultText->position->setCoords(0, resultsKey);
    resultText->setText(results.isEmpty() ? tr("No impact indicator yet")
                                          : results.mid(0, 2).join(u'\n'));
    const QString caution = tr("A rise in recorded hate crime can mean better recording, not "
                               "more crime.");
    auto *note = new QCPItemText(p);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.5, 0.99);
    note->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    note->setColor(QColor(0x44, 0x44, 0x44));
    QFont small = p->font();
    small.setItalic(true);
    note->setFont(small);
    note->setText(caution);
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
    p->xAxis->setVisible(false);
    p->xAxis->grid()->setVisible(false);
    if (e.trainees == 0)
        Charts::showEmpty(p, tr("No trainee on the roster yet."));
    p->replot();
}

RecordLink MissionDashboardView::link(RecordLink::Kind kind, const QString &id, Stage stage) const
{
    return {kind, m_missionId, id, stage};
}

void MissionDashboardView::open(const RecordLink &link)
{
    Q_EMIT recordActivated(link);
}

void MissionDashboardView::showOnly(const QString &objectName)
{
    QWidget *chart = nullptr;
    if (objectName == m_timeline->plot()->objectName())
        chart = m_timeline;
    else if (objectName == m_grid->plot()->objectName())
        chart = m_grid;
    else
        chart = plot(objectName);
    if (!chart)
        return;
    // The chart leaves the page of charts and fills the view alone, with no mission chooser.
    m_bar->hide();
    if (auto *scroll = findChild<QScrollArea *>())
        scroll->hide();
    layout()->addWidget(chart);
    static_cast<QBoxLayout *>(layout())->setStretchFactor(chart, 1);
    chart->show();
}

void MissionDashboardView::setWallSafe(bool safe)
{
    m_grid->setTitle(
        safe ? tr("Stakeholders by type in each quadrant (fewer than %1 of a type: not shown)")
                   .arg(PowerInterestGrid::WallMinimum)
             : tr("SENSITIVE: names, attitude and trust shown (Ctrl+Shift+U hides them)"));
    m_grid->setAnonymous(safe);
}
