#pragma once

#include <QWidget>

class Database;
class MissionDashboardView;
class ProgrammeDashboardView;
class QComboBox;
class QCustomPlot;
class QAbstractItemModel;
class QTabWidget;
class QTableView;

// The dashboards: the portfolio (its missions by status and outcome, closed ones included, where
// the open ones stand in the LEOP stages, how their risks rate; the whole portfolio, one
// programme's or the missions outside any), one mission at a time (MissionDashboardView) and one
// programme at a time (ProgrammeDashboardView).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Database &db, QWidget *parent = nullptr);

    QCustomPlot *stageChart() const { return m_stages; }
    QCustomPlot *riskChart() const { return m_risks; }
    QCustomPlot *statusChart() const { return m_status; }
    QCustomPlot *outcomeChart() const { return m_outcomes; }
    // Narrows the portfolio tab: every mission, one programme's, or those outside any.
    QComboBox *scope() const { return m_scope; }
    ProgrammeDashboardView *programmeView() const { return m_programme; }
    MissionDashboardView *missionView() const { return m_mission; }
    QTabWidget *tabs() const { return m_tabs; }
    // Every open mission at a glance: stage, RAG, top risk, next milestone. Enter or a double
    // click shows that mission's dashboard.
    QTableView *overview() const { return m_overview; }
    void showMission(const QString &missionId);
    void showProgramme(const QString &programmeId);
    void refresh();

private:
    void reloadScopes();

    Database &m_db;
    QCustomPlot *m_stages;
    QCustomPlot *m_risks;
    QCustomPlot *m_status;
    QCustomPlot *m_outcomes;
    QComboBox *m_scope;
    QTabWidget *m_tabs;
    MissionDashboardView *m_mission;
    ProgrammeDashboardView *m_programme;
    QAbstractItemModel *m_overviewModel;
    QTableView *m_overview;
};
