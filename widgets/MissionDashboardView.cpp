#include "MissionDashboardView.h"
#include "Charts.h"
#include "Database.h"
#include "MissionRepository.h"
#include "Palette.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>
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
                                   "indicatorChart",     "cascadeChart",   "burnUpChart"};

} // namespace

MissionDashboardView::MissionDashboardView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_missions(new QComboBox(this))
    , m_cellTitle(new QLabel(this))
    , m_cellRisks(new QListWidget(this))
{
    setObjectName(QStringLiteral("missionDashboard"));
    m_missions->setObjectName(QStringLiteral("dashboardMission"));
    m_missions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_missions, &QComboBox::currentIndexChanged, this,
            [this] { setMission(m_missions->currentData().toString()); });
    auto *missionLabel = new QLabel(tr("&Mission:"), this);
    missionLabel->setBuddy(m_missions);
    auto *bar = new QHBoxLayout;
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
    grid->addWidget(plot(QStringLiteral("heatMapChart")), 1, 0);
    grid->addWidget(plot(QStringLiteral("residualHeatMapChart")), 1, 1);
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    m_cellTitle->setText(tr("Click a cell of a heat map to list its risks."));
    m_cellTitle->setWordWrap(true);
    m_cellRisks->setObjectName(QStringLiteral("cellRisks"));
    m_cellRisks->setMaximumHeight(m_cellRisks->fontMetrics().lineSpacing() * 5 + 12);
    cellLayout->addWidget(m_cellTitle);
    cellLayout->addWidget(m_cellRisks);
    grid->addWidget(cell, 2, 0, 1, 2);
    grid->addWidget(plot(QStringLiteral("burnUpChart")), 3, 0);
    grid->addWidget(plot(QStringLiteral("cascadeChart")), 3, 1);
    grid->addWidget(plot(QStringLiteral("participationChart")), 4, 0);
    grid->addWidget(plot(QStringLiteral("testScoreChart")), 4, 1);
    grid->addWidget(plot(QStringLiteral("capacityRadar")), 5, 0, 1, 2);
    plot(QStringLiteral("capacityRadar"))->setMinimumHeight(420);
    plot(QStringLiteral("capacityRadar"))->installEventFilter(this);

    for (const bool residual : {false, true}) {
        QCustomPlot *map = plot(residual ? QStringLiteral("residualHeatMapChart")
                                         : QStringLiteral("heatMapChart"));
        connect(map, &QCustomPlot::mousePress, this, [this, map, residual](QMouseEvent *event) {
            const int impact =
                static_cast<int>(std::lround(map->xAxis->pixelToCoord(event->position().x())));
            const int likelihood =
                static_cast<int>(std::lround(map->yAxis->pixelToCoord(event->position().y())));
            if (impact >= 1 && impact <= 5 && likelihood >= 1 && likelihood <= 5)
                showCell(likelihood, impact, residual);
        });
    }

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(&db, &Database::tablesChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(QStringLiteral("missions")))
            reloadMissions();
        refresh();
    });
    reloadMissions();
}

QCustomPlot *MissionDashboardView::plot(const QString &objectName) const
{
    for (QCustomPlot *p : m_plots) {
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
    if (m_missionId.isEmpty()) {
        m_data = {};
        for (QCustomPlot *p : m_plots) {
            Charts::reset(p, QString());
            p->replot();
        }
        return;
    }
    m_data = MissionDashboard::compute(m_db, m_missionId);
    drawStages();
    drawHeatMap(plot(QStringLiteral("heatMapChart")), false);
    drawHeatMap(plot(QStringLiteral("residualHeatMapChart")), true);
    drawParticipation();
    drawScores();
    drawCapacity();
    drawIndicators();
    drawCascade();
    drawBurnUp();
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
    p->xAxis->setRange(0, 115);
    p->replot();
}

void MissionDashboardView::drawHeatMap(QCustomPlot *p, bool residual)
{
    Charts::reset(p, residual ? tr("Residual risk (after treatment)") : tr("Inherent risk"));
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const int count = m_data.countInCell(likelihood, impact, residual);
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
        auto *share = new QCPItemText(p);
        share->position->setCoords(i + 1, total);
        share->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        share->setText(tr("%1 % women").arg(std::lround(100.0 * t.female / std::max(1, total))));
    }
    for (QCPBars *bars : {women, men, others}) {
        bars->setWidth(0.6);
        bars->setPen(Qt::NoPen);
    }
    p->xAxis->setTicker(tiers);
    p->xAxis->setSubTicks(false);
    p->xAxis->setRange(0.4, m_data.participation.size() + 0.6);
    p->yAxis->setRange(0, std::max(1, highest) * 1.2);
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
        auto *label = new QCPItemText(p);
        const QPointF at = point(axis, 4.55);
        label->position->setCoords(at.x(), at.y());
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
    p->yAxis->setRange(-5.6, 5.6);
    p->xAxis->setRange(-5.6 * aspect, 5.6 * aspect);
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
    Charts::setBars(p,
                    tr("Cascade: officers reached by %n trainer(s), %1 in all", nullptr,
                       static_cast<int>(branches.size()))
                        .arg(total),
                    names, values, {Palette::Orange}, tr("Officers reached"), Qt::Horizontal);
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
    const double pad = std::max(86400.0 * 15, (last - first) * 0.04);
    p->xAxis->setRange(first - pad, last + pad);
    p->yAxis->setRange(0, std::max(10, highest) * 1.1);
    p->yAxis->setLabel(tr("Officers"));
    p->legend->setVisible(!m_data.burnUp.isEmpty());
    if (m_data.burnUp.isEmpty())
        Charts::showEmpty(p, tr("No training session recorded yet."));
    p->replot();
}
