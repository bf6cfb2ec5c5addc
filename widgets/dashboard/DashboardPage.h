#pragma once

#include <QWidget>

class Database;
class MissionDashboardView;
class QCustomPlot;
class QAbstractItemModel;
class QTabWidget;
class QTableView;

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
    // Every open mission at a glance: stage, RAG, top risk, next milestone. Enter or a double
    // click shows that mission's dashboard.
    QTableView *overview() const { return m_overview; }
    void showMission(const QString &missionId);
    void refresh();

private:
    Database &m_db;
    QCustomPlot *m_stages;
    QCustomPlot *m_risks;
    QTabWidget *m_tabs;
    MissionDashboardView *m_mission;
    QAbstractItemModel *m_overviewModel;
    QTableView *m_overview;
};
