// The main window's toolbar: the frequent actions with the app's own icons (SVG in the
// resources, so they show on a laptop with no icon theme and under any desktop).
#include "HelpDialogs.h"
#include "MainWindow.h"
#include "MissionsPage.h"
#include "StakeholdersPage.h"
#include "Workspace.h"

#include <QAction>
#include <QIcon>
#include <QStatusBar>
#include <QToolBar>

namespace {

QIcon ownIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar")); // its place is kept with the window's
    bar->setMovable(false);
    bar->setIconSize(QSize(24, 24));
    // Icons where the SVG support is there; words where it is not, so a button never goes blank.
    const bool icons = !ownIcon("open").pixmap(QSize(24, 24)).isNull();
    bar->setToolButtonStyle(icons ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);

    auto own = [this, bar](const char *objectName, const char *icon, const QString &tip) {
        QAction *action = findChild<QAction *>(QLatin1String(objectName));
        if (!action)
            return action;
        action->setIcon(ownIcon(icon));
        action->setToolTip(tip);
        bar->addAction(action);
        return action;
    };
    // An action of a page: the page shows and its own action runs (and says why not, if not).
    auto ofPage = [this, bar](const QString &text, const char *icon, const QString &tip,
                              Workspace::Page page, const char *pageAction, const QString &whyNot) {
        auto *action = new QAction(ownIcon(icon), text, this);
        action->setObjectName(QStringLiteral("toolbar_%1").arg(QLatin1String(pageAction)));
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, [this, page, pageAction, text, whyNot] {
            if (!m_workspace)
                return;
            m_workspace->showPage(page);
            QWidget *shown = page == Workspace::Stakeholders
                ? static_cast<QWidget *>(m_workspace->stakeholdersPage())
                : static_cast<QWidget *>(m_workspace->missionsPage());
            auto *target = shown->findChild<QAction *>(QLatin1String(pageAction));
            if (target && target->isEnabled())
                target->trigger();
            else
                statusBar()->showMessage(tr("%1: %2").arg(QString(text).remove(u'&'), whyNot),
                                         10000);
        });
        m_pageActions.append(action); // enabled while a database is open
        bar->addAction(action);
        return action;
    };

    own("openDatabaseAction", "open", tr("Open a database file (Ctrl+O)"));
    bar->addSeparator();
    ofPage(tr("New Mission"), "new-mission",
           tr("Start a new mission: its code, title, countries and dates"), Workspace::Missions,
           "newMissionAction", tr("the database is open read-only."));
    ofPage(tr("New Stakeholder"), "new-stakeholder",
           tr("Add a person or group with a stake in your missions"), Workspace::Stakeholders,
           "newStakeholderAction", tr("the database is open read-only."));
    own("undoAction", "undo", tr("Take back the last change (Ctrl+Z)"));
    own("redoAction", "redo", tr("Make again the change taken back (Ctrl+Shift+Z)"));
    own("findAction", "find",
        tr("Search the list on screen; case and accents are ignored (Ctrl+F)"));
    bar->addSeparator();
    own("importCsvAction", "import-csv",
        tr("Bring in stakeholders from a spreadsheet's CSV file; nothing is written until you "
           "confirm"));
    own("exportListAction", "export-csv",
        tr("Write the list on screen to a CSV file; sensitive columns only if you include them "
           "(Ctrl+Shift+E)"));
    ofPage(tr("Mission Report"), "report",
           tr("A PDF report of the mission selected in the list of missions"), Workspace::Missions,
           "missionReportAction", tr("select a mission in the list first."));
    auto *dashboards = new QAction(ownIcon("dashboard"), tr("Dashboards"), this);
    dashboards->setObjectName(QStringLiteral("toolbar_dashboards"));
    dashboards->setToolTip(tr("Charts of progress, stakeholders and risks (Ctrl+5)"));
    connect(dashboards, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->showPage(Workspace::Dashboards);
    });
    m_pageActions.append(dashboards);
    bar->addAction(dashboards);
    own("workshopAction", "workshop",
        tr("Large type for a projector, clicker keys, no sensitive field on the wall (F5)"));
    bar->addSeparator();
    own("importPackageAction", "package-in",
        tr("Take in a field package from a field laptop or another mission, seeing what it "
           "changes first"));
    own("exportPackageAction", "package-out",
        tr("Seal missions into an encrypted file for a field laptop or the next mission"));
    bar->addSeparator();
    own("userGuideAction", "help", tr("A short guide to the app (F1)"));
}
