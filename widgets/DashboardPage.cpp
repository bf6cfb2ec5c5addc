#include "DashboardPage.h"
#include "Charts.h"
#include "Clock.h"
#include "Database.h"
#include "Enums.h"
#include "MissionDashboardView.h"
#include "Palette.h"
#include "PortfolioSummary.h"

#include <QGridLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

DashboardPage::DashboardPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_stages(Charts::createPlot(this, QStringLiteral("stageChart")))
    , m_risks(Charts::createPlot(this, QStringLiteral("riskBandChart")))
    , m_tabs(new QTabWidget(this))
    , m_mission(new MissionDashboardView(db, this))
{
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
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(portfolio, tr("&Portfolio"));
    m_tabs->addTab(m_mission, tr("&One Mission"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);

    connect(&m_db, &Database::tablesChanged, this, &DashboardPage::refresh);
    refresh();
}

void DashboardPage::refresh()
{
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
