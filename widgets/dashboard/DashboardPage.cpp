#include "DashboardPage.h"
#include "Charts.h"
#include "Clock.h"
#include "ColumnFit.h"
#include "Database.h"
#include "Enums.h"
#include "MissionDashboardView.h"
#include "Palette.h"
#include "PortfolioOverview.h"
#include "PortfolioSummary.h"
#include "ProgrammeDashboardView.h"
#include "ProgrammeRepository.h"
#include "TableMenu.h"
#include "TableModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <qcustomplot.h>

DashboardPage::DashboardPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_stages(Charts::createPlot(this, QStringLiteral("stageChart")))
    , m_risks(Charts::createPlot(this, QStringLiteral("riskBandChart")))
    , m_status(Charts::createPlot(this, QStringLiteral("missionStatusChart")))
    , m_outcomes(Charts::createPlot(this, QStringLiteral("missionOutcomeChart")))
    , m_scope(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_mission(new MissionDashboardView(db, this, MissionDashboardView::Drawing::WhenShown))
    , m_programme(new ProgrammeDashboardView(db, this))
    , m_overview(new QTableView(this))
{
    using G = MissionGlance;
    using Column = ListTableModel<G>::Column;
    m_overviewModel = new ListTableModel<G>(
        {
            Column([] { return tr("Mission"); }, [](const G &g) { return g.code; })
                .tip([](const G &g) { return g.title; }),
            Column([] { return tr("Title"); }, [](const G &g) { return g.title; }),
            Column([] { return tr("Stage"); },
                   [](const G &g) {
                       return tr("%1. %2").arg(stageNumber(g.stage)).arg(enumLabel(g.stage));
                   })
                .sortBy([](const G &g) { return stageNumber(g.stage); }),
            Column([] { return tr("Status"); },
                   [](const G &g) { return g.rag ? enumLabel(*g.rag) : tr("No indicator rated"); })
                .decorated([](const G &g) {
                    if (!g.rag)
                        return QVariant();
                    return QVariant(Palette::rag(*g.rag));
                })
                .tip([](const G &g) {
                    return tr("The worst of %n rated indicator(s)", nullptr, g.indicatorsRated);
                }),
            Column([] { return tr("Top risk"); },
                   [](const G &g) {
                       return g.topRisk.isEmpty()
                           ? QString()
                           : tr("%1 (%2)").arg(g.topRisk).arg(g.topRiskScore);
                   })
                .sortBy([](const G &g) { return g.topRiskScore; }),
            Column([] { return tr("Next milestone"); },
                   [](const G &g) {
                       return g.nextDate.isValid()
                           ? tr("%1 %2").arg(g.nextDate.toString(Qt::ISODate), g.nextWhat)
                           : QString();
                   })
                .sortBy([](const G &g) { return g.nextDate.toString(Qt::ISODate); }),
        },
        [this] {
            QList<MissionGlance> glances = MissionGlance::compute(m_db, Clock::today());
            const QString scope = m_scope->currentData().toString();
            if (!scope.isEmpty()) {
                const QString programmeId =
                    scope == PortfolioSummary::NoProgramme ? QString() : scope;
                glances.removeIf(
                    [&](const MissionGlance &g) { return g.programmeId != programmeId; });
            }
            return glances;
        },
        this, ListTableModel<G>::Loading::Later); // refresh() reads it, once set up
    m_overview->setObjectName(QStringLiteral("portfolioOverview"));
    m_overview->setModel(m_overviewModel);
    m_overview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overview->setAlternatingRowColors(true);
    m_overview->verticalHeader()->hide();
    m_overview->horizontalHeader()->setStretchLastSection(true);
    // Fitting the columns measures the first rows only: 4,000 missions are not measured at
    // every refresh.
    m_overview->horizontalHeader()->setResizeContentsPrecision(200);
    m_overview->setAccessibleName(tr("Missions at a glance"));
    TableMenu::withOpen(m_overview, tr("&Open Mission Dashboard"));
    connect(m_overview, &QTableView::activated, this, [this](const QModelIndex &index) {
        showMission(index.data(TableRoles::Id).toString());
    });
    setObjectName(QStringLiteral("dashboardPage"));
    auto *heading = new QLabel(tr("Dashboards"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    auto *portfolio = new QWidget(this);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setToolTip(tr("Counts the missions and risks of one programme, or of the missions "
                           "outside any programme"));
    auto *scopeLabel = new QLabel(tr("Sho&w:"), portfolio);
    scopeLabel->setBuddy(m_scope);
    auto *scopeBar = new QHBoxLayout;
    scopeBar->addWidget(scopeLabel);
    scopeBar->addWidget(m_scope);
    scopeBar->addStretch(1);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    auto *charts = new QGridLayout;
    charts->addWidget(m_status, 0, 0);
    charts->addWidget(m_outcomes, 0, 1);
    charts->addWidget(m_stages, 1, 0);
    charts->addWidget(m_risks, 1, 1);
    for (QCustomPlot *chart : {m_status, m_outcomes, m_stages, m_risks})
        chart->setMinimumHeight(170);
    auto *glance = new QLabel(tr("<b>Open missions at a glance</b> (Enter or double-click shows "
                                 "the mission's dashboard)"),
                              portfolio);
    charts->addWidget(glance, 2, 0, 1, 2);
    charts->addWidget(m_overview, 3, 0, 1, 2);
    charts->setRowStretch(0, 2);
    charts->setRowStretch(1, 2);
    charts->setRowStretch(3, 2);
    auto *portfolioLayout = new QVBoxLayout(portfolio);
    portfolioLayout->addLayout(scopeBar);
    portfolioLayout->addLayout(charts, 1);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(portfolio, tr("&Portfolio"));
    m_tabs->addTab(m_mission, tr("&One Mission"));
    m_tabs->addTab(m_programme, tr("Pro&gramme"));
    connect(m_programme, &ProgrammeDashboardView::missionActivated, this,
            &DashboardPage::showMission);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);

    connect(&m_db, &Database::recordsChanged, this, &DashboardPage::refresh);
    refresh();
}

void DashboardPage::showMission(const QString &missionId)
{
    m_mission->setMission(missionId);
    m_tabs->setCurrentWidget(m_mission);
}

void DashboardPage::showProgramme(const QString &programmeId)
{
    m_programme->setProgramme(programmeId);
    m_tabs->setCurrentWidget(m_programme);
}

void DashboardPage::reloadScopes()
{
    const QSignalBlocker blocker(m_scope);
    const QString current = m_scope->currentData().toString();
    m_scope->clear();
    m_scope->addItem(tr("All missions"), QString());
    const QList<Programme> programmes = ProgrammeRepository(m_db).all();
    for (const Programme &p : programmes)
        m_scope->addItem(tr("Programme %1").arg(p.label()), p.meta.id);
    if (!programmes.isEmpty())
        m_scope->addItem(tr("Missions outside any programme"), PortfolioSummary::NoProgramme);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
}

void DashboardPage::refresh()
{
    reloadScopes();
    static_cast<ListTableModel<MissionGlance> *>(m_overviewModel)->reload();
    fitColumnsToText(m_overview);
    const PortfolioSummary summary =
        PortfolioSummary::compute(m_db, Clock::today(), m_scope->currentData().toString());
    QStringList statuses;
    for (const MissionStatus status : enumValues<MissionStatus>())
        statuses.append(enumLabel(status));
    Charts::setBars(m_status, tr("Missions by status"), statuses, summary.missionsByStatus,
                    Palette::colours(&Palette::status), tr("Missions"));
    QStringList outcomes;
    for (const MissionOutcome outcome : enumValues<MissionOutcome>())
        outcomes.append(enumLabel(outcome));
    Charts::setBars(m_outcomes, tr("Missions by outcome"), outcomes, summary.missionsByOutcome,
                    Palette::colours(&Palette::outcome), tr("Missions"), Qt::Horizontal);
    QStringList stages;
    for (const Stage stage : enumValues<Stage>())
        stages.append(tr("%1. %2").arg(stageNumber(stage)).arg(enumLabel(stage)));
    Charts::setBars(m_stages, tr("Open missions by current stage"), stages, summary.missionsByStage,
                    Palette::colours(&Palette::stage), tr("Missions"), Qt::Horizontal);
    QStringList bands;
    for (const RiskBand band : enumValues<RiskBand>())
        bands.append(enumLabel(band));
    Charts::setBars(m_risks, tr("Open risks by rating"), bands, summary.openRisksByBand,
                    {Palette::BluishGreen, Palette::Orange, Palette::Vermillion}, tr("Risks"));
}
