#include "MissionDashboardView.h"
#include "CapacityRadar.h"
#include "Charts.h"
#include "Clock.h"
#include "Database.h"
#include "Dates.h"
#include "MissionRepository.h"
#include "Palette.h"
#include "PowerInterestGrid.h"
#include "ProgressCharts.h"
#include "RiskHeatMap.h"
#include "TimelineChart.h"
#include "TrainingCharts.h"

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

const char *const s_plotNames[] = {"stageProgressChart", "heatMapChart",   "residualHeatMapChart",
                                   "participationChart", "testScoreChart", "capacityRadar",
                                   "indicatorChart",     "cascadeChart",   "burnUpChart",
                                   "evaluationChart"};

} // namespace

MissionDashboardView::MissionDashboardView(Database &db, QWidget *parent, Drawing drawing)
    : QWidget(parent)
    , m_db(db)
    , m_drawnWhenShown(drawing == Drawing::WhenShown)
    , m_missions(new QComboBox(this))
    , m_cellTitle(new QLabel(this))
    , m_issues(new QLabel(this))
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
    m_issues->setObjectName(QStringLiteral("missionIssues"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    cellLayout->addWidget(m_issues);
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

bool MissionDashboardView::waitsToBeShown() const
{
    return m_drawnWhenShown && window()->isVisible() && !isVisible();
}

void MissionDashboardView::reloadMissions()
{
    // The chooser of a hidden tab is filled when shown, as its charts are drawn (4,000
    // missions take a while to add).
    if (waitsToBeShown()) {
        m_missionsPending = true;
        return;
    }
    m_missionsPending = false;
    const QSignalBlocker block(m_missions);
    const QString keep = m_missionId;
    m_missions->clear();
    for (const Mission &m : MissionRepository(m_db).labels()) {
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

void MissionDashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_missionsPending) {
        m_pending = {};
        reloadMissions(); // and draws
    } else if (!m_pending.isEmpty()) {
        redraw(std::exchange(m_pending, {}));
    }
}

void MissionDashboardView::redraw(RecordKinds changed)
{
    if (waitsToBeShown()) {
        m_pending |= changed;
        return;
    }
    if (m_missionId.isEmpty()) {
        m_data = {};
        for (QCustomPlot *p : m_plots) {
            Charts::reset(p, QString());
            p->replot();
        }
        m_timeline->setMission(QString());
        m_grid->setPoints({});
        m_issues->clear();
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
    QStringList issues;
    for (const Risk &r : std::as_const(m_data.issues)) {
        issues.append(tr("<b>%1</b> (came true %2)%3")
                          .arg(r.title.toHtmlEscaped(),
                               r.occurredOn.isValid() ? r.occurredOn.toString(Qt::ISODate)
                                                      : tr("on a date not recorded"),
                               r.consequence.isEmpty()
                                   ? QString()
                                   : tr(": %1").arg(r.consequence.toHtmlEscaped())));
    }
    m_issues->setText(issues.isEmpty() ? tr("No risk of this mission has come true.")
                                       : tr("<b>Issues</b>, risks that came true "
                                            "(not on the heat maps): %1")
                                             .arg(issues.join(QStringLiteral("; "))));
    if (m_timeline->missionId() != m_missionId)
        m_timeline->setMission(m_missionId);
    if (touches("powerInterestPlot"))
        m_grid->setPoints(m_data.grid);
    QMetaObject::invokeMethod(this, &MissionDashboardView::redrawn, Qt::QueuedConnection);
    const auto opener = [this](const RecordLink &link) { open(link); };
    const std::pair<const char *, std::function<void(QCustomPlot *)>> draws[] = {
        {"evaluationChart", [this](QCustomPlot *p) { TrainingCharts::drawEvaluation(p, m_data); }},
        {"stageProgressChart",
         [&](QCustomPlot *p) { ProgressCharts::drawStages(p, m_data, opener); }},
        {"heatMapChart",
         [this](QCustomPlot *p) {
             RiskHeatMap::draw(p, m_data, false, [this](int likelihood, int impact) {
                 showCell(likelihood, impact, false);
             });
         }},
        {"residualHeatMapChart",
         [this](QCustomPlot *p) {
             RiskHeatMap::draw(p, m_data, true, [this](int likelihood, int impact) {
                 showCell(likelihood, impact, true);
             });
         }},
        {"participationChart",
         [this](QCustomPlot *p) { TrainingCharts::drawParticipation(p, m_data); }},
        {"testScoreChart", [this](QCustomPlot *p) { TrainingCharts::drawScores(p, m_data); }},
        {"capacityRadar", [&](QCustomPlot *p) { CapacityRadar::draw(p, m_data, opener); }},
        {"indicatorChart",
         [&](QCustomPlot *p) { ProgressCharts::drawIndicators(p, m_data, opener); }},
        {"cascadeChart", [&](QCustomPlot *p) { TrainingCharts::drawCascade(p, m_data, opener); }},
        {"burnUpChart", [this](QCustomPlot *p) { TrainingCharts::drawBurnUp(p, m_data); }},
    };
    for (const auto &[chart, draw] : draws) {
        if (touches(chart))
            draw(plot(QLatin1String(chart)));
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

void MissionDashboardView::fitRadar()
{
    CapacityRadar::fit(plot(QStringLiteral("capacityRadar")));
}

bool MissionDashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == plot(QStringLiteral("capacityRadar")))
        QMetaObject::invokeMethod(this, &MissionDashboardView::fitRadar, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
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
    if (objectName == m_timeline->plot()->objectName()) {
        chart = m_timeline;
        m_timeline->setControlsShown(false); // no zoom or mouse hints on a wall
    } else if (objectName == m_grid->plot()->objectName())
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
