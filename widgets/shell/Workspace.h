#pragma once

#include "RecordLink.h"

#include <QWidget>

#include <array>
#include <functional>

class Database;
class DashboardPage;
class Edits;
class MissionsPage;
class StakeholdersPage;
class MissionTableModel;
class PortfolioPage;
class RisksPage;
class QListWidget;
class QStackedWidget;
class TablePage;

// Everything shown for one open database: the navigation sidebar and its pages. It is rebuilt
// when another database is opened, so no view outlives the data it shows. Pages other than the
// portfolio are built the first time they are shown, so a large database opens quickly.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    enum Page { Portfolio, Missions, Stakeholders, Risks, Dashboards, Programmes, PageCount };

    Workspace(Database &db, Edits &edits, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    QListWidget *sidebar() const { return m_sidebar; }
    PortfolioPage *portfolioPage();
    MissionsPage *missionsPage();
    StakeholdersPage *stakeholdersPage();
    RisksPage *risksPage();
    DashboardPage *dashboardPage();
    void focusSearch();
    // Opens the record a chart linked to: a risk or a stakeholder on its page, anything else in
    // the mission's editor.
    void openRecord(const RecordLink &link);
    // "12 of 25 records" for the list on the current page, or empty.
    QString countText() const;
    // The list on the current page, if it shows one.
    TablePage *currentTable() const;

Q_SIGNALS:
    void pageChanged(Workspace::Page page);
    void countChanged(const QString &text);
    void message(const QString &text);

private:
    QWidget *page(Page page);
    TablePage *tableOf(QWidget *page) const;
    TablePage *addTablePage(const QString &title, const QString &objectName,
                            class QAbstractItemModel *model);

    Database &m_db;
    Edits &m_edits;
    MissionTableModel *m_missionModel;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    std::array<QWidget *, PageCount> m_pages {};
    std::array<std::function<QWidget *()>, PageCount> m_factories;
};
