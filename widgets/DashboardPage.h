#pragma once

#include <QWidget>

class Database;
class MissionDashboardView;
class QCustomPlot;
class QTabWidget;

// The dashboards: the portfolio (where the open missions stand in the LEOP stages, how their risks
// rate) and one mission at a time (MissionDashboardView).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Database &db, QWidget *parent = nullptr);

    QCustomPlot *stageChart() const { return m_stages; }
    QCustomPlot *riskChart() const { return m_risks; }
    MissionDashboardView *missionView() const { return m_mission; }
    QTabWidget *tabs() const { return m_tabs; }
    void refresh();

private:
    Database &m_db;
    QCustomPlot *m_stages;
    QCustomPlot *m_risks;
    QTabWidget *m_tabs;
    MissionDashboardView *m_mission;
};
