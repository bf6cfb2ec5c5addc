#pragma once

#include <QWidget>

class Database;
class DashboardPage;
class MissionTableModel;
class PortfolioPage;
class QListWidget;
class QStackedWidget;
class RiskTableModel;
class StakeholderTableModel;
class TablePage;

// Everything shown for one open database: the navigation sidebar and its pages. It is rebuilt
// when another database is opened, so no view outlives the data it shows.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    enum Page { Portfolio, Missions, Stakeholders, Risks, Dashboards, PageCount };

    explicit Workspace(Database &db, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    QListWidget *sidebar() const { return m_sidebar; }
    PortfolioPage *portfolioPage() const { return m_portfolio; }
    TablePage *missionsPage() const { return m_missions; }
    TablePage *stakeholdersPage() const { return m_stakeholders; }
    TablePage *risksPage() const { return m_risks; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    void focusSearch();

Q_SIGNALS:
    void pageChanged(Workspace::Page page);

private:
    Database &m_db;
    MissionTableModel *m_missionModel;
    StakeholderTableModel *m_stakeholderModel;
    RiskTableModel *m_riskModel;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    PortfolioPage *m_portfolio;
    TablePage *m_missions;
    TablePage *m_stakeholders;
    TablePage *m_risks;
    DashboardPage *m_dashboard;
};
