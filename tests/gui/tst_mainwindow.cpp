#include "AfterPaint.h"
#include "AppSettings.h"
#include "DashboardPage.h"
#include "GuiTestSupport.h"
#include "HelpDialogs.h"
#include "MainWindow.h"
#include "MissionsPage.h"
#include "PortfolioPage.h"
#include "RisksPage.h"
#include "StakeholdersPage.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <qcustomplot.h>

using namespace TestSupport;

namespace {

// Answers the next modal dialog once it shows: `answer` gets it, and must close it.
void whenModalShown(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer(qApp);
    auto *waited = new int(0);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            delete waited;
            answer(modal);
        } else if (++*waited > 250) { // five seconds
            timer->stop();
            timer->deleteLater();
            delete waited;
        }
    });
    timer->start(20);
}

QStringList column(QAbstractItemModel *model, int col)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, col).data().toString());
    return values;
}

} // namespace

// The real window, driven as a user would: the demo missions show, pages switch from the
// keyboard, search filters, and a bad file gets a dialog without harm.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("intervention-planner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init()
    {
        m_dir = std::make_unique<TestSupport::TempFolder>();
        AppSettings::clearRecentFiles();
    }

    void cleanup() { m_dir.reset(); }

    void showsDemoMissions()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        QVERIFY(window.isDemo());
        auto *table = window.findChild<QTableView *>(QStringLiteral("portfolioTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 5);
        const QStringList codes = column(table->model(), 0);
        for (const char *code : {"HR-HC-01", "BA-HC-01", "PL-HC-01", "HU-PILOT-05", "ES-PILOT-05"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        auto *fileLabel = window.findChild<QLabel *>(QStringLiteral("fileLabel"));
        QVERIFY(fileLabel->text().contains(QStringLiteral("demo.sqlite")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Demo")));
        auto *active = window.findChild<QWidget *>(QStringLiteral("activeMissionsCard"));
        QVERIFY(active);
        QCOMPARE(active->findChild<QLabel *>(QStringLiteral("value"))->text(),
                 QStringLiteral("3 of 5"));
        auto *followUps = window.findChild<QTableView *>(QStringLiteral("followUpTable"));
        QVERIFY(followUps && followUps->isVisible());
        QVERIFY(followUps->model()->rowCount() > 0);
    }

    // F1 opens the user guide in the language in use; Help › Keyboard Shortcuts lists the keys
    // of every menu (read from the menus themselves) and of the lists. Ctrl+S outside an editor
    // says that nothing waits to be saved.
    void helpShowsTheGuideAndEveryKey()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        QTest::keyClick(&window, Qt::Key_F1);
        auto *guide = window.findChild<QDialog *>(QStringLiteral("userGuideDialog"));
        QVERIFY(guide && guide->isVisible());
        const QString text =
            guide->findChild<QTextBrowser *>(QStringLiteral("userGuide"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("The five stages")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("Workshop Mode (F5)")));
        QCOMPARE(HelpDialogs::showGuide(&window), guide); // shown again, not made again
        QCOMPARE(window.findChildren<QDialog *>(QStringLiteral("userGuideDialog")).size(), 1);
        guide->close();
        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &window);

        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French));
        const QString french = HelpDialogs::guideHtml();
        QLocale::setDefault(before);
        QVERIFY(french.contains(QStringLiteral("Les cinq étapes")));
        QLocale::setDefault(QLocale(QLocale::German)); // no guide of its own: English
        const QString german = HelpDialogs::guideHtml();
        QLocale::setDefault(before);
        QVERIFY(german.contains(QStringLiteral("The five stages")));

        QStringList lines;
        for (const auto &[keys, what] : HelpDialogs::shortcuts(window.menuBar()))
            lines.append(keys + QStringLiteral(" = ") + what);
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Ctrl+O = File › Open Database…")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("F5 = View › Workshop Mode…")));
        QVERIFY(all.contains(QStringLiteral("F1 = Help › User Guide")));
        QVERIFY(all.contains(QStringLiteral("Ctrl+C = Lists › Copy the selected rows")));
        QVERIFY(all.contains(QStringLiteral("Ctrl+2 = View › Missions")));
        QAction *keys = window.findChild<QAction *>(QStringLiteral("shortcutsAction"));
        keys->trigger();
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->rowCount(), lines.size());

        table->window()->close();
        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("saved as you")));
    }

    // The toolbar holds the frequent actions with the app's own icons, each with a tooltip that
    // explains rather than repeats; its page actions show their page and run its action.
    void theToolbarHasOwnIconsAndActsOnItsPage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly); // the SVG support is there
        int buttons = 0;
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            ++buttons;
            QVERIFY2(!action->icon().pixmap(QSize(24, 24)).isNull(), qPrintable(action->text()));
            const QString plain = action->text().remove(u'&').remove(QStringLiteral("…"));
            QVERIFY2(action->toolTip().size() > plain.size() + 10, qPrintable(action->toolTip()));
        }
        QCOMPARE(buttons, 14);
        auto *newStakeholder =
            window.findChild<QAction *>(QStringLiteral("toolbar_newStakeholderAction"));
        QVERIFY(!newStakeholder->isEnabled()); // no database yet
        QVERIFY(window.openDemo());
        QVERIFY(newStakeholder->isEnabled());
        QString title;
        whenModalShown([&title](QWidget *dialog) {
            title = dialog->windowTitle();
            qobject_cast<QDialog *>(dialog)->done(QDialog::Rejected);
        });
        newStakeholder->trigger();
        QCOMPARE(window.workspace()->currentPage(), Workspace::Stakeholders);
        QVERIFY2(title.contains(QStringLiteral("Stakeholder")), qPrintable(title));

        // A button whose page action cannot run now says why in the status bar.
        window.workspace()->showPage(Workspace::Missions);
        QTableView *missions = window.workspace()->missionsPage()->view();
        missions->selectionModel()->clear();
        missions->setCurrentIndex(QModelIndex());
        window.statusBar()->clearMessage();
        window.findChild<QAction *>(QStringLiteral("toolbar_missionReportAction"))->trigger();
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("select a mission")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void keyboardSwitchesPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        Workspace *workspace = window.workspace();
        QVERIFY(workspace);
        QCOMPARE(workspace->sidebar()->count(), int(Workspace::PageCount));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(workspace->currentPage(), Workspace::Stakeholders);
        QVERIFY(workspace->stakeholdersPage()->isVisible());
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(workspace->currentPage(), Workspace::Risks);
        QCOMPARE(workspace->risksPage()->view()->model()->rowCount(), 17);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(workspace->currentPage(), Workspace::Dashboards);
        QCustomPlot *stages = workspace->dashboardPage()->stageChart();
        QCOMPARE(stages->plottableCount(), 5); // one bar per LEOP stage
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(workspace->currentPage(), Workspace::Missions);
    }

    void searchFiltersAsYouType()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        window.workspace()->showPage(Workspace::Stakeholders);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = window.workspace()->stakeholdersPage()->searchField();
        QTRY_VERIFY(search->hasFocus());
        // The field's clear button shows only while it has text (none yet).
        auto *clear = search->findChild<QAction *>(QStringLiteral("clearAction"));
        QVERIFY(clear && !clear->icon().isNull());
        QToolButton *button = nullptr;
        for (QToolButton *candidate : search->findChildren<QToolButton *>())
            if (candidate->defaultAction() == clear)
                button = candidate;
        QVERIFY(button && !button->isVisibleTo(search));
        QTest::keyClicks(search, QStringLiteral("cakovec"));
        QTableView *view = window.workspace()->stakeholdersPage()->view();
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->model()->index(0, 1).data().toString().contains(QStringLiteral("Čakovec")));
        auto *count = window.findChild<QLabel *>(QStringLiteral("statusCountLabel"));
        QTRY_VERIFY(count->text().startsWith(QStringLiteral("1 of ")));
        // It empties the field as an edit of the user's, giving the focus back to the field.
        QTRY_VERIFY(button->isVisibleTo(search));
        QSignalSpy edited(search, &QLineEdit::textEdited);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(edited.count(), 1);
        QTRY_VERIFY(search->hasFocus());
        QTRY_VERIFY(!button->isVisibleTo(search));
        QVERIFY(view->model()->rowCount() > 1);
        QTest::keyClick(search, Qt::Key_C);
        QTRY_VERIFY(button->isVisibleTo(search));
        // Not on a field that cannot be edited.
        search->setReadOnly(true);
        clear->trigger();
        QCOMPARE(search->text(), QStringLiteral("c"));
    }

    // Work for after a widget's paint waits for it: never while the widget is hidden.
    void workAfterAPaintWaitsForThePaint()
    {
        QWidget widget;
        widget.resize(200, 100);
        bool painted = false;
        bool ranAfterThePaint = false;
        class PaintSpy : public QObject
        {
        public:
            explicit PaintSpy(bool &painted)
                : m_painted(painted)
            {
            }
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    m_painted = true;
                return false;
            }

        private:
            bool &m_painted;
        } spy(painted);
        widget.installEventFilter(&spy);
        afterNextPaint(&widget, [&] { ranAfterThePaint = painted; });
        QCoreApplication::processEvents();
        QVERIFY(!ranAfterThePaint);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTRY_VERIFY(ranAfterThePaint);
    }

    // The portfolio is drawn before the Missions page (hidden behind it) is built.
    void theMissionsPageIsBuiltOnceThePortfolioIsDrawn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        QVERIFY(!window.findChild<MissionsPage *>());
        QTRY_VERIFY(window.findChild<MissionsPage *>());
    }

    // A list's columns fit its widest text even far down the list (fitting laid out only the
    // first 200 rows, cutting off a long name below them), and never grow past 420 pixels.
    void columnsFitTheLongestTextBeyondTheFirstRows()
    {
        QStandardItemModel model(400, 4);
        for (int row = 0; row < model.rowCount(); ++row) {
            model.setItem(
                row, 0,
                new QStandardItem(QStringLiteral("A-%1").arg(row, 3, 10, QLatin1Char('0'))));
            model.setItem(row, 1, new QStandardItem(QStringLiteral("x")));
            model.setItem(row, 2, new QStandardItem(QStringLiteral("ii-1111")));
            model.setItem(row, 3, new QStandardItem(QStringLiteral("x")));
        }
        const QString longName =
            QStringLiteral("Zagreb Police Directorate, Ministry of the Interior");
        model.item(300, 0)->setText(longName);
        model.item(250, 1)->setText(QString(300, u'W'));
        // As long as the others, but wider: measured by its width, not its length.
        model.item(350, 2)->setText(QStringLiteral("WM-0808"));
        TablePage page(QStringLiteral("Names"), &model);
        page.resize(1400, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        const QModelIndexList found =
            view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, longName);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.constFirst().row() >= 200);
        QVERIFY2(view->columnWidth(0) >= view->fontMetrics().horizontalAdvance(longName),
                 qPrintable(QString::number(view->columnWidth(0))));
        QCOMPARE(view->columnWidth(1), 420);
        QVERIFY2(view->columnWidth(2)
                     >= view->fontMetrics().horizontalAdvance(QStringLiteral("WM-0808")),
                 qPrintable(QString::number(view->columnWidth(2))));
        // A long list: its later rows are looked at too, not only the first ones.
        QStandardItemModel longList(6000, 2);
        const QString later = QStringLiteral("Organisation for Security and Co-operation 0000");
        for (int row = 0; row < longList.rowCount(); ++row) {
            longList.setItem(
                row, 0,
                new QStandardItem(row < 3000 ? QStringLiteral("Short %1").arg(row) : later));
            longList.setItem(row, 1, new QStandardItem(QStringLiteral("x")));
        }
        TablePage longPage(QStringLiteral("Long"), &longList);
        longPage.resize(1400, 600);
        longPage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&longPage));
        QVERIFY2(longPage.view()->columnWidth(0)
                     >= longPage.view()->fontMetrics().horizontalAdvance(later),
                 qPrintable(QString::number(longPage.view()->columnWidth(0))));
    }

    void badFileGetsADialogAndIsLeftAlone()
    {
        const QString path = m_dir->path(QStringLiteral("contacts.sqlite"));
        const QByteArray contents("name,phone\nAna,+385 1 555 0000\n");
        QVERIFY(writeFile(path, contents));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString shownText;
        QString shownName;
        whenModalShown([&](QWidget *dialog) {
            shownName = dialog->objectName();
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                shownText = box->text() + u'\n' + box->informativeText();
            dialog->close();
        });
        QVERIFY(!window.openDatabase(path));
        QCOMPARE(shownName, QStringLiteral("openErrorDialog"));
        QVERIFY2(shownText.contains(QStringLiteral("not an Intervention Planner database")),
                 qPrintable(shownText));
        QVERIFY(!window.database());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
        QCOMPARE(readFile(path), contents);
    }

    void missingRecentFileIsForgotten()
    {
        const QString path = m_dir->path(QStringLiteral("gone.sqlite"));
        AppSettings::addRecentFile(path);
        MainWindow window;
        whenModalShown([](QWidget *dialog) { dialog->close(); });
        QVERIFY(!window.openDatabase(path));
        QVERIFY(!AppSettings::recentFiles().contains(path));
    }

    void newDatabaseStartsEmptyAndIsRemembered()
    {
        const QString path = m_dir->path(QStringLiteral("planning.sqlite"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createDatabase(path));
        QVERIFY(QFile::exists(path));
        QCOMPARE(
            window.findChild<QTableView *>(QStringLiteral("portfolioTable"))->model()->rowCount(),
            0);
        QVERIFY(window.undoStack());
        QCOMPARE(AppSettings::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.windowTitle().contains(QStringLiteral("planning.sqlite")));
    }

    void keepsGeometry()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1100, 700);
            window.close();
        }
        QVERIFY(!AppSettings::windowGeometry().isEmpty());
        MainWindow again;
        QCOMPARE(again.size(), QSize(1100, 700));
    }

private:
    std::unique_ptr<TestSupport::TempFolder> m_dir;
};

IP_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
