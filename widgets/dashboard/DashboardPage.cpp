#include "DashboardPage.h"
#include "Charts.h"
#include "Clock.h"
#include "Database.h"
#include "Enums.h"
#include "MissionDashboardView.h"
#include "Palette.h"
#include "PortfolioOverview.h"
#include "PortfolioSummary.h"
#include "TableModel.h"

#include <QGridLayout>
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
    , m_tabs(new QTabWidget(this))
    , m_mission(new MissionDashboardView(db, this))
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
        [&db] { return MissionGlance::compute(db, Clock::today()); }, this);
    m_overview->setObjectName(QStringLiteral("portfolioOverview"));
    m_overview->setModel(m_overviewModel);
    m_overview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overview->setAlternatingRowColors(true);
    m_overview->verticalHeader()->hide();
    m_overview->horizontalHeader()->setStretchLastSection(true);
    m_overview->setAccessibleName(tr("Missions at a glance"));
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
    auto *charts = new QGridLayout(portfolio);
    charts->addWidget(m_stages, 0, 0);
    charts->addWidget(m_risks, 0, 1);
    auto *glance = new QLabel(tr("<b>Open missions at a glance</b> (Enter or double-click shows "
                                 "the mission's dashboard)"),
                              portfolio);
    charts->addWidget(glance, 1, 0, 1, 2);
    charts->addWidget(m_overview, 2, 0, 1, 2);
    charts->setRowStretch(0, 3);
    charts->setRowStretch(2, 2);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(portfolio, tr("&Portfolio"));
    m_tabs->addTab(m_mission, tr("&One Mission"));

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

void DashboardPage::refresh()
{
    static_cast<ListTableModel<MissionGlance> *>(m_overviewModel)->reload();
    m_overview->resizeColumnsToContents();
    const PortfolioSummary summary = PortfolioSummary::compute(m_db, Clock::today());
    QStringList stages;
    for (const Stage stage : enumValues<Stage>())
        stages.append(tr("%1. %2").arg(stageNumber(stage)).arg(enumLabel(stage)));
    Charts::setBars(m_stages, tr("Open missions by current stage"), stages, summary.missionsByStage,
                    {Palette::SkyBlue, Palette::Blue, Palette::BluishGreen, Palette::Orange,
                     Palette::ReddishPurple},
                    tr("Missions"), Qt::Horizontal);
    QStringList bands;
    for (const RiskBand band : enumValues<RiskBand>())
        bands.append(enumLabel(band));
    Charts::setBars(m_risks, tr("Open risks by rating"), bands, summary.openRisksByBand,
                    {Palette::BluishGreen, Palette::Orange, Palette::Vermillion}, tr("Risks"));
}
