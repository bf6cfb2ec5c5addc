#include "AppSettings.h"
#include "DateEdit.h"
#include "EngagementRepository.h"
#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MissionEditor.h"
#include "MissionRepository.h"
#include "MissionsPage.h"
#include "PortfolioPage.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;
using namespace GuiTest;

namespace {

QStringList codes(QTableView *view)
{
    QStringList result;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        result.append(view->model()->index(row, 0).data().toString());
    return result;
}

} // namespace

// The missions workspace driven as a planner would: create through the editor, see validation
// messages, filter, duplicate, archive, delete and undo.
class TestMissionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("intervention-planner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_missionspage"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDemo());
        m_window->workspace()->showPage(Workspace::Missions);
        m_page = m_window->workspace()->missionsPage();
        QVERIFY(m_page->isVisible());
    }

    void cleanup()
    {
        m_window.reset();
        m_page = nullptr;
    }

    void createMissionThroughEditor()
    {
        bool saved = false;
        whenModalShown([&saved](QWidget *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "missionCodeEdit"),
                             QStringLiteral("RS-HC-01"));
            typeText(child<QLineEdit>(dialog, "missionTitleEdit"),
                     QStringLiteral("Обука полиције у Србији"));
            addSite(dialog, QStringLiteral("Serbia"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            saved = !dialog->isVisible();
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(saved);
        QVERIFY(codes(m_page->view()).contains(QStringLiteral("RS-HC-01")));
        QCOMPARE(m_page->currentId().isEmpty(), false);
        const auto mission = MissionRepository(*m_window->database()).find(m_page->currentId());
        QVERIFY(mission);
        QCOMPARE(mission->title, QStringLiteral("Обука полиције у Србији"));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Create mission RS-HC-01"));
    }

    // Ctrl+S while a site's country is still being typed in its cell saves that country too.
    void ctrlSSavesACellStillBeingTyped()
    {
        bool saved = false;
        whenModalShown([&saved](QWidget *dialog) {
            dialog->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), dialog);
            QTest::keyClicks(child<QLineEdit>(dialog, "missionCodeEdit"),
                             QStringLiteral("MK-HC-01"));
            typeText(child<QLineEdit>(dialog, "missionTitleEdit"), QStringLiteral("Skopje"));
            QTest::mouseClick(child<QAbstractButton>(dialog, "addSiteButton"), Qt::LeftButton);
            auto *cell = child<QWidget>(dialog, "missionSitesTable")->findChild<QLineEdit *>();
            QVERIFY(cell);
            typeText(cell, QStringLiteral("North Macedonia"));
            QTRY_COMPARE(QApplication::focusWidget(), cell);
            QTest::keyClick(cell, Qt::Key_S, Qt::ControlModifier);
            saved = !dialog->isVisible();
        });
        m_page->newMission();
        QVERIFY(saved);
        const auto mission = MissionRepository(*m_window->database()).find(m_page->currentId());
        QVERIFY(mission);
        QCOMPARE(mission->code, QStringLiteral("MK-HC-01"));
        QCOMPARE(mission->sites.size(), 1);
        QCOMPARE(mission->sites.first().country, QStringLiteral("North Macedonia"));
    }

    void endBeforeStartIsShownAndNothingIsSaved()
    {
        QString message;
        bool stayedOpen = false;
        whenModalShown([&](QWidget *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "missionCodeEdit"), QStringLiteral("X-1"));
            QTest::keyClicks(child<QLineEdit>(dialog, "missionTitleEdit"),
                             QStringLiteral("Dates the wrong way round"));
            typeDate(child<DateEdit>(dialog, "missionStartEdit"), QStringLiteral("2024-03-01"));
            typeDate(child<DateEdit>(dialog, "missionEndEdit"), QStringLiteral("2024-01-03"));
            auto *errors = child<QLabel>(dialog, "errorLabel");
            message = errors->isVisible() ? errors->text() : QString();
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            stayedOpen = dialog->isVisible();
            QVERIFY(child<QWidget>(dialog, "missionEndEdit")->property("invalid").toBool());
            discard(dialog);
        });
        m_page->newMission();
        QCOMPARE(message, QStringLiteral("End date 2024-01-03 is before start date 2024-03-01."));
        QVERIFY(stayedOpen);
        QVERIFY(!codes(m_page->view()).contains(QStringLiteral("X-1")));
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    void emptyTitleAndTakenCodeAreExplained()
    {
        QString message;
        whenModalShown([&](QWidget *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "missionCodeEdit"),
                             QStringLiteral("HR-HC-01"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            message = child<QLabel>(dialog, "errorLabel")->text();
            discard(dialog);
        });
        m_page->newMission();
        QVERIFY2(message.contains(QStringLiteral("Title is required.")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("HR-HC-01 is already used")), qPrintable(message));
    }

    void editChangesTitleWithUndoText()
    {
        m_page->selectId(idOf(QStringLiteral("PL-HC-01")));
        whenModalShown([](QWidget *dialog) {
            auto *title = child<QLineEdit>(dialog, "missionTitleEdit");
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Cascade nationale, Pologne"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        });
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Change mission title"));
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Change mission title"));
        undo->trigger();
        QCOMPARE(
            MissionRepository(*m_window->database()).find(idOf(QStringLiteral("PL-HC-01")))->title,
            QStringLiteral("National hate crime training cascade, Poland"));
    }

    void undoDeleteFindsMissionBack()
    {
        const QString id = idOf(QStringLiteral("BA-HC-01"));
        m_page->selectId(id);
        QString question;
        whenModalShown([&question](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QVERIFY(question.contains(QStringLiteral("BA-HC-01")));
        QVERIFY(!codes(m_page->view()).contains(QStringLiteral("BA-HC-01")));
        // The window manager gives the window back its focus once the question closes.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(codes(m_page->view()).contains(QStringLiteral("BA-HC-01")));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!codes(m_page->view()).contains(QStringLiteral("BA-HC-01")));
    }

    void declinedDeleteKeepsTheMission()
    {
        m_page->selectId(idOf(QStringLiteral("HR-HC-01")));
        whenModalShown([](QWidget *dialog) {
            qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::No)->click();
        });
        m_page->deleteCurrent();
        QVERIFY(codes(m_page->view()).contains(QStringLiteral("HR-HC-01")));
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    void filtersNarrowTheList()
    {
        QCOMPARE(m_page->view()->model()->rowCount(), 5);
        QComboBox *status = m_page->statusFilter();
        status->setCurrentIndex(status->findData(QStringLiteral("closed")));
        QCOMPARE(m_page->view()->model()->rowCount(), 2);
        QComboBox *stage = m_page->stageFilter();
        stage->setCurrentIndex(stage->findData(QStringLiteral("post_training")));
        QCOMPARE(m_page->view()->model()->rowCount(), 2);
        status->setCurrentIndex(0);
        QCOMPARE(m_page->view()->model()->rowCount(), 3); // Croatia and the two pilots
        QComboBox *country = m_page->countryFilter();
        country->setCurrentIndex(country->findData(QStringLiteral("Croatia")));
        QCOMPARE(codes(m_page->view()), QStringList {QStringLiteral("HR-HC-01")});
        QVERIFY(m_page->countText().startsWith(QStringLiteral("1 of 5")));
        // By programme: the pilot phase holds the two pilots.
        country->setCurrentIndex(0);
        stage->setCurrentIndex(0);
        QComboBox *programme = m_page->programmeFilter();
        programme->setCurrentIndex(programme->findData(QStringLiteral("LEOP-2005")));
        QStringList pilots = codes(m_page->view());
        pilots.sort();
        QCOMPARE(pilots,
                 QStringList({QStringLiteral("ES-PILOT-05"), QStringLiteral("HU-PILOT-05")}));
        programme->setCurrentIndex(programme->findData(QStringLiteral("LEOP-2")));
        QCOMPARE(m_page->view()->model()->rowCount(), 3);
    }

    void aSearchKeepsTheActionsTrueToTheRowInHand()
    {
        QTableView *view = m_page->view();
        auto *open = m_window->findChild<QAction *>(QStringLiteral("openMissionAction"));
        auto *remove = m_window->findChild<QAction *>(QStringLiteral("deleteMissionAction"));
        QVERIFY(view->currentIndex().isValid());
        QVERIFY(open->isEnabled());
        QLineEdit *search = m_page->searchField();
        // The row in hand hidden: the first row shown takes its place, selected.
        search->setText(QStringLiteral("pilot"));
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(view->currentIndex().isValid());
        QVERIFY(codes(view).contains(view->currentIndex().siblingAtColumn(0).data().toString()));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QVERIFY(open->isEnabled());
        // Nothing left: no record in hand, so nothing to open or delete.
        search->setText(QStringLiteral("atlantis"));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!open->isEnabled());
        QVERIFY(!remove->isEnabled());
        search->clear();
        QCOMPARE(view->model()->rowCount(), 5);
        QVERIFY(view->currentIndex().isValid());
        QVERIFY(open->isEnabled());
    }

    void archiveHidesAndShowArchivedLists()
    {
        m_page->selectId(idOf(QStringLiteral("HU-PILOT-05")));
        m_page->toggleArchiveCurrent();
        QVERIFY(!codes(m_page->view()).contains(QStringLiteral("HU-PILOT-05")));
        m_page->archivedFilter()->setChecked(true);
        QVERIFY(codes(m_page->view()).contains(QStringLiteral("HU-PILOT-05")));
        m_window->undoStack()->undo();
        QVERIFY(!MissionRepository(*m_window->database())
                     .find(idOf(QStringLiteral("HU-PILOT-05")))
                     ->archived);
    }

    void duplicateOpensTheCopy()
    {
        m_page->selectId(idOf(QStringLiteral("PL-HC-01")));
        QString shownCode;
        whenModalShown([&shownCode](QWidget *dialog) {
            shownCode = child<QLineEdit>(dialog, "missionCodeEdit")->text();
            discard(dialog);
        });
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(shownCode, QStringLiteral("PL-HC-01-2"));
        QVERIFY(codes(m_page->view()).contains(QStringLiteral("PL-HC-01-2")));
    }

    // The context menu's actions act on the row right-clicked: Duplicate copies that mission.
    // On the portfolio, Open (or Enter) opens the mission as the list of missions does.
    void contextMenusActOnTheRowClicked()
    {
        QTableView *view = m_page->view();
        const int row = codes(view).indexOf(QStringLiteral("PL-HC-01"));
        QVERIFY(row >= 0);
        Q_EMIT view->customContextMenuRequested(
            view->visualRect(view->model()->index(row, 0)).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QAction *duplicate = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("D&uplicate Mission"))
                duplicate = action;
        }
        QVERIFY(duplicate && duplicate->isEnabled());
        QString shownCode;
        whenModalShown([&shownCode](QWidget *dialog) {
            shownCode = child<QLineEdit>(dialog, "missionCodeEdit")->text();
            discard(dialog);
        });
        menu->close();
        duplicate->trigger();
        QCOMPARE(shownCode, QStringLiteral("PL-HC-01-2"));

        m_window->workspace()->showPage(Workspace::Portfolio);
        TablePage *portfolio = m_window->workspace()->portfolioPage()->table();
        portfolio->selectId(idOf(QStringLiteral("ES-PILOT-05")));
        QString opened;
        whenModalShown([&opened](QWidget *dialog) {
            opened = child<QLineEdit>(dialog, "missionCodeEdit")->text();
            discard(dialog);
        });
        QTest::keyClick(portfolio->view(), Qt::Key_Return);
        QCOMPARE(opened, QStringLiteral("ES-PILOT-05"));
        QCOMPARE(m_window->workspace()->currentPage(), Workspace::Missions);
    }

    void missionEngagementLog()
    {
        const QString id = idOf(QStringLiteral("HR-HC-01"));
        m_page->selectId(id);
        EngagementRepository engagements(*m_window->database());
        const qsizetype before = engagements.forMission(id).size();
        int shownBefore = -1, shownAfter = -1, people = -1;
        bool overdueShown = false;
        whenModalShown([&](QWidget *dialog) {
            auto *editor = static_cast<MissionEditor *>(dialog);
            QVERIFY(editor->tabs());
            people = child<QTableWidget>(dialog, "missionStakeholdersTable")->rowCount();
            auto *table = child<QTableWidget>(dialog, "missionEngagementsTable");
            shownBefore = table->rowCount();
            for (int row = 0; row < table->rowCount(); ++row)
                overdueShown = overdueShown || table->item(row, 4)->text().contains(u"overdue");
            whenModalShown([](QWidget *engagement) {
                QTest::keyClicks(child<QLineEdit>(engagement, "engagementPurposeEdit"),
                                 QStringLiteral("Refresher dates"));
                QTest::mouseClick(child<QPushButton>(engagement, "saveButton"), Qt::LeftButton);
            });
            editor->logEngagement();
            shownAfter = table->rowCount();
            discard(editor);
        });
        m_page->openCurrent();
        QCOMPARE(shownBefore, before);
        QCOMPARE(shownAfter, before + 1);
        QVERIFY(overdueShown);
        QCOMPARE(people, 9);
        QCOMPARE(engagements.forMission(id).size(), before + 1);
    }

    void clickingThePageInTheSidebarLetsCtrlNWork()
    {
        QListWidget *sidebar = m_window->workspace()->sidebar();
        m_window->workspace()->showPage(Workspace::Portfolio);
        sidebar->setFocus();
        const QRect missions = sidebar->visualItemRect(sidebar->item(Workspace::Missions));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, Qt::NoModifier, missions.center());
        QCOMPARE(m_window->workspace()->currentPage(), Workspace::Missions);
        bool editorShown = false;
        whenModalShown([&editorShown](QWidget *dialog) {
            editorShown = dialog->objectName() == u"missionEditor";
            discard(dialog);
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(editorShown);
    }

    void missionMenuShowsShortcuts()
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("missionMenu"));
        QVERIFY(menu);
        // Filled just after the portfolio is painted, with no menu opened.
        QTRY_VERIFY(!menu->isEmpty());
        QStringList shortcuts;
        for (QAction *action : menu->actions())
            shortcuts.append(action->shortcut().toString());
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+N")));
        QVERIFY(shortcuts.contains(QStringLiteral("Del")));
    }

private:
    QString idOf(const QString &code) const
    {
        for (const Mission &m : MissionRepository(*m_window->database()).all()) {
            if (m.code == code)
                return m.meta.id;
        }
        return {};
    }

    std::unique_ptr<MainWindow> m_window;
    MissionsPage *m_page = nullptr;
};

IP_GUI_TEST_MAIN(TestMissionsPage)
#include "tst_missionspage.moc"
