#include "AppSettings.h"
#include "Database.h"
#include "DemoData.h"
#include "Edits.h"
#include "FaultVfs.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MissionRepository.h"
#include "MissionTableModel.h"
#include "PortfolioLists.h"
#include "PortfolioPage.h"
#include "RestoreBackupDialog.h"
#include "TestSupport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace TestSupport;

namespace {

QString bannerText(const MainWindow &window)
{
    auto *banner = window.findChild<QWidget *>(QStringLiteral("banner"));
    if (!banner || !banner->isVisible())
        return {};
    return window.findChild<QLabel *>(QStringLiteral("bannerText"))->text();
}

} // namespace

// What the window does for the store: a stray -wal moved aside from the error, a second window
// that reads only, a backup restored from the File menu, a copy saved while open, and a disk that
// fails at a commit.
class TestStoreWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("intervention-planner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_storewindow"));
        FaultVfs::install();
    }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        AppSettings::clearRecentFiles();
        AppSettings::setSecondBackupDirectory({});
    }

    void cleanup()
    {
        FaultVfs::reset();
        m_dir.reset();
        pinClock();
    }

    void strayWalIsMovedAsideFromTheError()
    {
        const QString path = m_dir->path(QStringLiteral("planning.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("M"), 2));
        }
        const QString other = m_dir->path(QStringLiteral("other.sqlite"));
        QVERIFY(execRaw(other, {QStringLiteral("CREATE TABLE t (a)")}));
        QVERIFY(crashedCopy(other, {QStringLiteral("INSERT INTO t VALUES (randomblob(4000))")},
                            m_dir->path(QStringLiteral("copy.sqlite"))));
        QVERIFY(QFile::copy(m_dir->path(QStringLiteral("copy.sqlite-wal")),
                            path + QStringLiteral("-wal")));
        const QByteArray walDigest = digest(path + QStringLiteral("-wal"));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString shown;
        GuiTest::whenModalShown([&](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            shown = box->text();
            auto *moveAside = box->findChild<QPushButton *>(QStringLiteral("moveAsideButton"));
            QVERIFY(moveAside);
            moveAside->click();
        });
        QVERIFY(!window.openDatabase(path)); // the first open is refused...
        QVERIFY2(shown.contains(QStringLiteral("does not belong")), qPrintable(shown));
        QVERIFY(window.database()); // ...and the second, after the move, succeeds
        QCOMPARE(MissionRepository(*window.database()).count(), 2);
        const QStringList aside =
            QDir(m_dir->path(QString())).entryList({QStringLiteral("planning.sqlite-wal.stray-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(digest(m_dir->path(aside.constFirst())), walDigest);
    }

    void aSecondWindowReadsOnly()
    {
        const QString path = m_dir->path(QStringLiteral("shared.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("M"), 3));
        }
        auto first = std::make_unique<Database>();
        QVERIFY(first->open(path, Database::Mode::OpenExisting));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.database()->isReadOnly());
        QVERIFY2(bannerText(window).contains(QStringLiteral("Read-only")),
                 qPrintable(bannerText(window)));
        QVERIFY(bannerText(window).contains(QSysInfo::machineHostName()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QCOMPARE(MissionRepository(*window.database()).count(), 3);
        Mission m;
        m.code = QStringLiteral("NEW");
        m.title = QStringLiteral("New");
        QString problem;
        QVERIFY(!window.edits()->saveMission(m, &problem));
        QVERIFY2(problem.contains(QStringLiteral("read-only")), qPrintable(problem));

        // Closed there: one click opens it for editing here.
        first.reset();
        auto *action = window.findChild<QPushButton *>(QStringLiteral("bannerAction"));
        QVERIFY(action->isVisible());
        action->click();
        QVERIFY(!window.database()->isReadOnly());
        QVERIFY(bannerText(window).isEmpty());
        QVERIFY(window.edits()->saveMission(m, &problem));
    }

    void anotherComputersLockCanBeBroken()
    {
        const QString path = m_dir->path(QStringLiteral("shared-folder.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("M"), 1));
        }
        // Left by a laptop that crashed while it had the file open on a shared folder.
        const QString lock = m_dir->path(QStringLiteral(".shared-folder.sqlite.lock"));
        QVERIFY(writeFile(lock, "4242\nintervention-planner\nfield-laptop-7\n"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.database()->isReadOnly());
        QVERIFY2(bannerText(window).contains(QStringLiteral("field-laptop-7")),
                 qPrintable(bannerText(window)));
        auto *action = window.findChild<QPushButton *>(QStringLiteral("bannerAction"));
        QVERIFY(action->text().contains(QStringLiteral("Break")));
        // Asked first; Cancel changes nothing.
        GuiTest::whenModalShown([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("breakLockDialog"));
            qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click();
        });
        action->click();
        QVERIFY(window.database()->isReadOnly());
        QCOMPARE(readFile(lock), QByteArray("4242\nintervention-planner\nfield-laptop-7\n"));
        GuiTest::whenModalShown([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        action->click();
        QVERIFY(window.database());
        QVERIFY(!window.database()->isReadOnly());
        QVERIFY(!readFile(lock).contains("field-laptop-7")); // the lock is this window's now
    }

    void openingTheOpenFileAgainKeepsItWritable()
    {
        const QString path = m_dir->path(QStringLiteral("again.sqlite"));
        createDatabase(path).reset();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.openDatabase(path)); // from Open Recent, say
        QVERIFY(!window.database()->isReadOnly());
        QVERIFY(bannerText(window).isEmpty());
    }

    void restoresABackupFromTheFileMenu()
    {
        const QString path = m_dir->path(QStringLiteral("field.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("M"), 2));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The backup is taken after the window shows the file, with two missions.
        QVERIFY(window.openDatabase(path));
        auto *label = window.findChild<QLabel *>(QStringLiteral("backupLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Last backup")),
                                  qPrintable(label->text()), 30000);
        Mission m;
        m.code = QStringLiteral("LATER");
        m.title = QStringLiteral("Added after the backup");
        QVERIFY(window.edits()->saveMission(m));
        QCOMPARE(MissionRepository(*window.database()).count(), 3);

        int listed = 0;
        QString state;
        GuiTest::whenModalShown([&](QWidget *dialog) {
            auto *restore = qobject_cast<RestoreBackupDialog *>(dialog);
            QVERIFY(restore);
            listed = restore->backupCount();
            auto *list = restore->findChild<QTreeWidget *>(QStringLiteral("backupList"));
            state = list->topLevelItem(0)->text(1) + u'/' + list->topLevelItem(0)->text(3);
            restore->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        });
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QCOMPARE(listed, 1);
        QCOMPARE(state, QStringLiteral("2/Sound"));
        QVERIFY(window.database());
        QCOMPARE(MissionRepository(*window.database()).count(), 2);
        QVERIFY2(bannerText(window).contains(QStringLiteral("kept as")),
                 qPrintable(bannerText(window)));
        // The file it replaced is still there, whole, with the mission added after the backup.
        const QStringList aside = QDir(m_dir->path(QString()))
                                      .entryList({QStringLiteral("field-before-restore-*.sqlite")});
        QCOMPARE(aside.size(), 1);
        Database replaced;
        QVERIFY(replaced.open(m_dir->path(aside.constFirst()), Database::Mode::OpenExisting,
                              quietOptions()));
        QCOMPARE(MissionRepository(replaced).count(), 3);
    }

    void damageFoundAfterTheOpenIsShownAndStopsEditing()
    {
        const QString path = m_dir->path(QStringLiteral("damaged.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("M"), 2));
        }
        // An index out of step with its table: the open goes on, the full check finds it.
        QVERIFY(breakAnIndex(path));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(window).contains(QStringLiteral("is damaged")), 30000);
        QVERIFY2(bannerText(window).contains(QStringLiteral("read-only")),
                 qPrintable(bannerText(window)));
        QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("bannerAction"))->text(),
                 QStringLiteral("&Restore from Backup…"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(window.database()->isReadOnly());
        // File > Restore from Backup stays at hand.
        bool restoreEnabled = false;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("Restore from &Backup…"))
                restoreEnabled = action->isEnabled();
        }
        QVERIFY(restoreEnabled);
        Mission m;
        m.code = QStringLiteral("AFTER");
        m.title = QStringLiteral("Not written to a damaged file");
        QString refusal;
        QVERIFY(!window.edits()->saveMission(m, &refusal));
        QVERIFY2(refusal.contains(QStringLiteral("Nothing was saved")), qPrintable(refusal));
        QCOMPARE(MissionRepository(*window.database()).count(), 2);
    }

    void restoresADatabaseThatWouldNotOpen()
    {
        const QString path = m_dir->path(QStringLiteral("broken.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("B"), 150, 200));
        }
        {
            Database::Options options = quietOptions();
            options.backupAtOpen = true;
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        }
        QVERIFY(damageFile(path, 8192, QFileInfo(path).size() - 12288));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The error was dismissed with OK: File > Restore from Backup still reaches it.
        auto *action = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
        QVERIFY(action->isEnabled());
        bool restoreShown = false;
        GuiTest::whenModalShown([&](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            // Typed as a person would: selectFile() leaves the name field alone once it has the
            // focus, which depends on how fast the window became active.
            files->setDirectory(QFileInfo(path).absolutePath());
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(QFileInfo(path).fileName());
            GuiTest::whenModalShown([&](QWidget *next) {
                auto *restore = qobject_cast<RestoreBackupDialog *>(next);
                QVERIFY(restore);
                restoreShown = true;
                restore->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
            });
            QMetaObject::invokeMethod(files, &QDialog::accept);
        });
        action->trigger();
        QVERIFY(restoreShown);
        QVERIFY(window.database());
        QCOMPARE(MissionRepository(*window.database()).count(), 150);
    }

    void savesACopyWhileOpen()
    {
        const QString path = m_dir->path(QStringLiteral("desk.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("M"), 4));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        // The dialog suggests a name beside the database, dated by the clock: take it.
        QString target;
        GuiTest::whenModalShown([&](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            target = files->selectedFiles().value(0);
            QMetaObject::invokeMethod(files, &QDialog::accept);
        });
        window.findChild<QAction *>(QStringLiteral("saveCopyAction"))->trigger();
        QCOMPARE(target, m_dir->path(QStringLiteral("desk-copy-2026-11-23.sqlite")));
        QTRY_VERIFY(QFile::exists(target));
        Database copy;
        QVERIFY(copy.open(target, Database::Mode::OpenExisting, quietOptions()));
        QCOMPARE(MissionRepository(copy).count(), 4);
    }

    // The checks after the open start once the file is painted; in a window never painted
    // (minimised at start) they start all the same.
    void theChecksStartOnceTheFileIsPainted()
    {
        const QString path = m_dir->path(QStringLiteral("painted.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("P"), 2));
        }
        for (const bool shown : {true, false}) {
            MainWindow window;
            if (shown) {
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
            }
            QVERIFY(window.openDatabase(path));
            QVERIFY(!window.database()->checksStarted());
            QVERIFY(window.database()->isCheckingInBackground());
            QSignalSpy checked(window.database(), &Database::integrityChecked);
            QVERIFY(checked.wait(30000));
            QCOMPARE(checked.first().first().toBool(), true);
        }
    }

    // The portfolio shows the lists read aside while its missions were read (Workspace), without
    // reading them again: another program's change made meanwhile is not in them. The page's next
    // read has it.
    void thePortfolioShowsTheListsReadAside()
    {
        const QString path = m_dir->path(QStringLiteral("lists.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(DemoData::load(*db));
        }
        QVERIFY(execRaw(path,
                        {QStringLiteral("UPDATE risks SET review_date = '2001-01-01' WHERE "
                                        "state = 'open'")}));
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, quietOptions()));
        const std::optional<PortfolioLists> read =
            PortfolioLists::readAhead(db, Clock::today()).get();
        QVERIFY(read && !read->followUps.isEmpty() && !read->riskWork.isEmpty());
        QVERIFY(execRaw(path,
                        {QStringLiteral("UPDATE engagements SET follow_up_done = 1"),
                         QStringLiteral("UPDATE risks SET state = 'closed'")}));
        MissionTableModel missions(db);
        PortfolioPage page(db, &missions);
        QCOMPARE(page.followUps()->model()->rowCount(), read->followUps.size());
        // The figures, read after the change, count none: the rows shown are not hidden.
        QVERIFY(!page.followUps()->isHidden());
        QCOMPARE(page.overdueRisks()->model()->rowCount(), read->riskWork.size());
        QVERIFY(!page.overdueRisks()->isHidden());
        QVERIFY(addMissions(db, QStringLiteral("L"), 1)); // the page reads again
        QCOMPARE(page.overdueRisks()->model()->rowCount(), 0);
        QVERIFY(page.overdueRisks()->isHidden());
    }

    void aDiskErrorAtCommitReopensAndSaysSo()
    {
        const QString path = m_dir->path(QStringLiteral("failing.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("M"), 1));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        Mission m;
        m.code = QStringLiteral("FSYNC");
        m.title = QStringLiteral("Maybe stored");
        QString shownName, shownText;
        GuiTest::whenModalShown([&](QWidget *dialog) {
            shownName = dialog->objectName();
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                shownText = box->text();
            dialog->close();
        });
        // The checks and backup after the open are done: the failure is the commit's own.
        QTRY_VERIFY_WITH_TIMEOUT(!window.database()->isCheckingInBackground(), 30000);
        FaultVfs::failSyncs(1);
        QString problem;
        QVERIFY(!window.edits()->saveMission(m, &problem));
        QTRY_COMPARE(shownName, QStringLiteral("storageFailedDialog"));
        QVERIFY(shownText.contains(QStringLiteral("may not be stored")));
        QVERIFY(window.database());
        QVERIFY(bannerText(window).contains(QStringLiteral("may not be stored")));
    }

private:
    std::unique_ptr<TempFolder> m_dir;
};

IP_GUI_TEST_MAIN(TestStoreWindow)
#include "tst_storewindow.moc"
