#include "MainWindow.h"
#include "AfterPaint.h"
#include "AppSettings.h"
#include "Banner.h"
#include "Clock.h"
#include "CsvImportDialog.h"
#include "DashboardPage.h"
#include "DemoData.h"
#include "Edits.h"
#include "ExchangeHistory.h"
#include "FieldPackageActions.h"
#include "FileLock.h"
#include "HelpDialogs.h"
#include "MissionDashboardView.h"
#include "MissionsPage.h"
#include "PreferencesDialog.h"
#include "RatingSettingsDialog.h"
#include "StakeholdersPage.h"
#include "TablePage.h"
#include "UnsavedChanges.h"
#include "Version.h"
#include "WelcomePage.h"
#include "WorkshopSetupDialog.h"
#include "WorkshopWindow.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

QString MainWindow::fileFilter()
{
    return tr("Intervention Planner databases (*.sqlite *.db);;All files (*)");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_central))
    , m_fileLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_backupLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Intervention Planner"));
    m_central->addWidget(m_welcome);

    m_banner = new Banner(this);

    auto *container = new QWidget(this);
    auto *containerLayout = new QVBoxLayout(container);
    containerLayout->setContentsMargins(0, 0, 0, 0);
    containerLayout->setSpacing(0);
    containerLayout->addWidget(m_banner);
    containerLayout->addWidget(m_central, 1);
    setCentralWidget(container);

    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel->setObjectName(QStringLiteral("statusCountLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    m_backupLabel->setObjectName(QStringLiteral("backupLabel"));
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_delivery = new DeliveryStatus(this));

    connect(m_welcome, &WelcomePage::newDatabaseRequested, this, &MainWindow::newDatabaseDialog);
    connect(m_welcome, &WelcomePage::openDatabaseRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentFileRequested, this, &MainWindow::openDatabase);

    createActions();
    createToolBar();
    updateRecentFiles();
    updateStatus();

    if (!restoreGeometry(AppSettings::windowGeometry())) {
        const QRect available = screen()->availableGeometry();
        resize(std::min(1440, available.width() * 9 / 10),
               std::min(900, available.height() * 9 / 10));
    }
    restoreState(AppSettings::windowState());
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

QString MainWindow::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/demo/demo.sqlite");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        file->addAction(tr("&New Database…"), this, &MainWindow::newDatabaseDialog);
    newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    newAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction *openAction =
        file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction *demoAction = file->addAction(tr("Open &Demo Database"), this, &MainWindow::openDemo);
    demoAction->setObjectName(QStringLiteral("openDemoAction"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Stakeholders from CSV…"), this,
                                     &MainWindow::importStakeholders);
    m_importAction->setObjectName(QStringLiteral("importCsvAction"));
    m_exportAction = file->addAction(tr("E&xport List to CSV…"), this, [this] {
        if (TablePage *table = m_workspace ? m_workspace->currentTable() : nullptr)
            table->exportWithDialog();
    });
    m_exportAction->setObjectName(QStringLiteral("exportListAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    m_importPackageAction = file->addAction(tr("Import &Field Package…"), this, [this] {
        if (!m_edits || !editorsSettled([this] { m_importPackageAction->trigger(); }))
            return;
        const QString done = FieldPackageActions::importPackage(this, *m_edits);
        if (!done.isEmpty())
            m_banner->showMessage(done);
    });
    m_importPackageAction->setObjectName(QStringLiteral("importPackageAction"));
    m_exportPackageAction = file->addAction(tr("Export Field Packa&ge…"), this, [this] {
        if (!m_db)
            return;
        const QString done = FieldPackageActions::exportPackage(this, *m_db);
        if (!done.isEmpty())
            statusBar()->showMessage(done, 10000);
    });
    m_exportPackageAction->setObjectName(QStringLiteral("exportPackageAction"));
    m_packageActions = FieldPackageActions::addReceiptActions(
                           file, this, [this] { return m_edits; }, m_delivery)
        << m_importPackageAction << m_exportPackageAction;
    file->addSeparator();
    m_saveCopyAction = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_saveCopyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    // Ctrl+S by habit: nothing waits to be saved, and the window says so.
    auto *saved = new QAction(this);
    saved->setObjectName(QStringLiteral("alreadySavedAction"));
    saved->setShortcut(QKeySequence::Save);
    connect(saved, &QAction::triggered, this, [this] {
        statusBar()->showMessage(
            m_edits ? tr("Every change is saved as you make it; Ctrl+Z takes one back.")
                    : tr("No database is open."),
            6000);
    });
    addAction(saved);
    m_restoreAction =
        file->addAction(tr("Restore from &Backup…"), this, [this] { restoreFromBackup(); });
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Database"), this, [this] {
        if (!editorsSettled([this] { m_closeAction->trigger(); }))
            return;
        closeDatabase();
        updateStatus();
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        if (m_workspace)
            m_workspace->focusSearch();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    m_ratingAction = edit->addAction(tr("Risk &Bands and RAG Thresholds…"), this, [this] {
        if (!m_edits)
            return;
        RatingSettingsDialog dialog(*m_edits, this);
        dialog.exec();
    });
    m_ratingAction->setObjectName(QStringLiteral("ratingSettingsAction"));
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);

    m_missionMenu = menuBar()->addMenu(tr("&Mission"));
    m_missionMenu->setObjectName(QStringLiteral("missionMenu"));
    m_stakeholderMenu = menuBar()->addMenu(tr("S&takeholder"));
    m_stakeholderMenu->setObjectName(QStringLiteral("stakeholderMenu"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList pages {tr("&Portfolio"), tr("&Missions"),   tr("&Stakeholders"),
                             tr("&Risks"),     tr("&Dashboards"), tr("Pro&grammes")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *action = view->addAction(pages.at(i), this, [this, i] {
            if (m_workspace)
                m_workspace->showPage(static_cast<Workspace::Page>(i));
        });
        action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(i + 1)));
        m_pageActions.append(action);
    }
    view->addSeparator();
    m_fullScreenAction = view->addAction(tr("&Full Screen"), this, &MainWindow::toggleFullScreen);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    m_workshopAction = view->addAction(tr("&Workshop Mode…"), this, &MainWindow::startWorkshop);
    m_workshopAction->setObjectName(QStringLiteral("workshopAction"));
    m_workshopAction->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide =
        help->addAction(tr("&User Guide"), this, [this] { HelpDialogs::showGuide(this); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this,
                                    [this] { HelpDialogs::showShortcuts(this, menuBar()); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    QAction *about =
        help->addAction(tr("&About Intervention Planner"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::editorsSettled(const std::function<void()> &retry)
{
    bool any = false;
    if (!UnsavedChanges::settleAll(&any))
        return false;
    if (any)
        QTimer::singleShot(0, this, retry);
    return !any;
}

bool MainWindow::openDatabase(const QString &path)
{
    return open(path, Database::Mode::OpenExisting, false);
}

bool MainWindow::createDatabase(const QString &path)
{
    return open(path, Database::Mode::CreateNew, false);
}

bool MainWindow::openDemo()
{
    if (!editorsSettled([this] { openDemo(); }))
        return false;
    const QString path = demoDatabasePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::setPermissions(QFileInfo(path).absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Another window shows the demo: read it there rather than delete it under that window.
    if (FileLock::isHeld(path) && !(m_db && m_db->path() == path && !m_db->isReadOnly()))
        return open(path, Database::Mode::OpenExisting, true);
    closeDatabase(); // the demo file may be the one open now
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool created = DemoData::createFile(path, &error);
    QApplication::restoreOverrideCursor();
    if (!created) {
        showOpenError({OpenError::Kind::CannotCreate, error,
                       tr("Check that your home folder has free space.")});
        updateStatus();
        return false;
    }
    return open(path, Database::Mode::OpenExisting, true);
}

Database::Options MainWindow::openOptions(bool demo) const
{
    Database::Options options;
    options.backupAtOpen = !demo;
    // The window shows the file at once; the full check and the backup follow (watchStore).
    options.checksInBackground = !demo;
    options.checksWhenStarted = !demo; // once the file is painted (adopt)
    options.secondBackupDirectory = demo ? QString() : AppSettings::secondBackupDirectory();
    return options;
}

bool MainWindow::open(const QString &path, Database::Mode mode, bool demo)
{
    if (!editorsSettled([this, path, mode, demo] { open(path, mode, demo); }))
        return false;
    // The file open here already: nothing to do, unless it is open read-only and may now be
    // opened for editing, which needs this window's own reader closed first.
    if (m_db && m_db->isOpen() && mode == Database::Mode::OpenExisting
        && QFileInfo(m_db->path()).canonicalFilePath() == QFileInfo(path).canonicalFilePath()) {
        if (!m_db->isReadOnly())
            return true;
        closeDatabase();
    }
    auto db = std::make_unique<Database>();
    const Database::Options options = openOptions(demo);
    OpenError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool opened = db->open(path, mode, options, &error);
    // Another window writes it: read it here, and say so.
    if (!opened && error.kind == OpenError::Kind::AlreadyOpen
        && mode == Database::Mode::OpenExisting)
        opened = db->open(path, Database::Mode::ReadOnly, options, &error);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        if (error.kind == OpenError::Kind::NotFound)
            AppSettings::removeRecentFile(path);
        updateRecentFiles();
        showOpenError(error, path);
        return false;
    }
    adopt(std::move(db), demo);
    if (!demo) {
        AppSettings::addRecentFile(path);
        AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
        updateRecentFiles();
    }
    QStringList notes = m_db->warnings();
    if (m_db->isReadOnly()) {
        notes.prepend(tr("Read-only: %1 is open for writing elsewhere (%2). Nothing can be changed "
                         "here.")
                          .arg(QFileInfo(path).fileName(),
                               m_db->holder().isEmpty() ? tr("another window") : m_db->holder()));
        const QString remoteLock = m_db->remoteLockPath();
        if (remoteLock.isEmpty()) {
            m_banner->showMessage(notes.join(u' '), tr("Open for &Editing"), [this, path, demo] {
                open(path, Database::Mode::OpenExisting, demo);
            });
        } else {
            // Another computer's lock: if that computer crashed, nothing ever lifts it.
            m_banner->showMessage(
                notes.join(u' '), tr("&Break the Lock…"),
                [this, path, demo, remoteLock] { breakLock(path, remoteLock, demo); });
        }
    } else if (!notes.isEmpty()) {
        m_banner->showMessage(notes.join(u' '));
    }
    return true;
}

void MainWindow::adopt(std::unique_ptr<Database> db, bool demo)
{
    closeDatabase();
    m_db = std::move(db);
    m_demo = demo;
    m_undoStack = new QUndoStack(m_undoGroup);
    m_undoGroup->setActiveStack(m_undoStack);
    m_edits = new Edits(*m_db, m_undoStack, this);
    connect(m_edits, &Edits::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Undo or redo failed"), message);
    });
    // A list that could not be read says so: it may show less than the file holds.
    connect(m_db.get(), &Database::readFailed, this, [this](const QString &message) {
        statusBar()->showMessage(
            tr("%1 What is shown may be incomplete; nothing was changed.").arg(message), 30000);
    });
    connect(m_db.get(), &Database::checkpointFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    // Queued: the failed write is still on the stack of the command that made it.
    connect(m_db.get(), &Database::storageFailed, this, &MainWindow::reopenAfterStorageFailure,
            Qt::QueuedConnection);
    watchStore();
    m_workspace = new Workspace(*m_db, *m_edits, m_central);
    connect(m_workspace, &Workspace::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // The mission actions live in the Mission menu too, with their shortcuts shown.
    const auto fillMenu = [this](QMenu *menu, const QList<QAction *> &actions,
                                 Workspace::Page page) {
        for (QAction *action : actions) {
            menu->addAction(action);
            connect(action, &QAction::triggered, this, [this, page] {
                if (m_workspace->currentPage() != page)
                    m_workspace->showPage(page);
            });
        }
    };
    // The missions page (behind the Mission menu's actions and their shortcuts) is built once
    // the portfolio is painted, or when the menu is opened before that.
    const auto fillMissionMenu = [this, fillMenu] {
        if (m_missionMenu->isEmpty() && m_workspace)
            fillMenu(m_missionMenu, m_workspace->missionsPage()->missionActions(),
                     Workspace::Missions);
    };
    connect(m_missionMenu, &QMenu::aboutToShow, m_workspace, fillMissionMenu);
    afterNextPaint(m_workspace, fillMissionMenu);
    // The checks after the open start once the file is painted, or a second after the open in
    // a window that is not shown (minimised).
    afterNextPaint(m_workspace, [db = QPointer<Database>(m_db.get())] {
        if (db)
            db->startChecks();
    });
    QTimer::singleShot(1000, m_db.get(), &Database::startChecks);
    // The stakeholder page loads every stakeholder: build it when its menu or page is first
    // wanted, not at open.
    connect(m_stakeholderMenu, &QMenu::aboutToShow, m_workspace, [this, fillMenu] {
        if (m_stakeholderMenu->isEmpty() && m_workspace)
            fillMenu(m_stakeholderMenu, m_workspace->stakeholdersPage()->stakeholderActions(),
                     Workspace::Stakeholders);
    });
    m_central->addWidget(m_workspace);
    m_central->setCurrentWidget(m_workspace);
    connect(m_workspace, &Workspace::countChanged, m_countLabel, &QLabel::setText);
    m_delivery->setDatabase(m_db.get());
    m_workspace->setFocus();
    updateStatus();
}

void MainWindow::closeDatabase()
{
    if (m_banner)
        m_banner->dismiss();
    // A workshop writes through this database's edits: it closes first (keeping a note still
    // being typed).
    if (m_workshop)
        m_workshop->close();
    if (m_workspace) {
        m_central->removeWidget(m_workspace);
        delete m_workspace; // views and models first: they read from the database
        m_workspace = nullptr;
    }
    if (m_missionMenu)
        m_missionMenu->clear();
    if (m_stakeholderMenu)
        m_stakeholderMenu->clear();
    if (m_undoStack) {
        delete m_undoStack;
        m_undoStack = nullptr;
    }
    delete m_edits;
    m_edits = nullptr;
    // Folded in now, so the file alone holds everything once the window lets it go.
    QString problem;
    if (m_db && !m_db->checkpoint(&problem))
        statusBar()->showMessage(problem, 30000);
    m_db.reset();
    m_demo = false;
    if (m_central)
        m_central->setCurrentWidget(m_welcome);
}

void MainWindow::newDatabaseDialog()
{
    QFileDialog dialog(this, tr("New Database"), AppSettings::lastDirectory(), fileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.selectFile(tr("planning.sqlite"));
    dialog.setOption(QFileDialog::DontConfirmOverwrite); // we never overwrite: see Database
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    createDatabase(dialog.selectedFiles().constFirst());
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
                                                      AppSettings::lastDirectory(), fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = AppSettings::recentFiles();
    m_welcome->setRecentFiles(files);
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file)),
                                    this, [this, file] { openDatabase(file); });
        action->setToolTip(QDir::toNativeSeparators(file));
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        AppSettings::clearRecentFiles();
        updateRecentFiles();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::updateStatus()
{
    const bool open = m_db && m_db->isOpen();
    m_closeAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_ratingAction->setEnabled(open);
    m_workshopAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_saveCopyAction->setEnabled(open);
    for (QAction *action : std::as_const(m_packageActions))
        action->setEnabled(open && !m_db->isReadOnly());
    // A damaged file is read-only too, and its backups are what it needs.
    m_restoreAction->setEnabled(!open
                                || (!m_demo && (!m_db->isReadOnly() || !m_db->damage().isEmpty())));
    m_missionMenu->setEnabled(open);
    m_stakeholderMenu->setEnabled(open);
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(open);
    if (!open) {
        setWindowFilePath({});
        setWindowTitle(tr("Intervention Planner"));
        m_fileLabel->setText(tr("No database open"));
        m_countLabel->clear();
        m_backupLabel->clear();
        return;
    }
    if (m_demo) {
        m_backupLabel->setText(tr("Demo: not backed up"));
    } else if (m_db->isReadOnly()) {
        m_backupLabel->setText(tr("Read-only"));
    } else {
        const Database::Backup last = m_db->lastBackup();
        m_backupLabel->setText(
            last.path.isEmpty()
                ? tr("No backup yet")
                : tr("Last backup %1")
                      .arg(QLocale().toString(last.taken.toLocalTime(), QLocale::ShortFormat)));
        m_backupLabel->setToolTip(QDir::toNativeSeparators(last.path));
    }
    const QString path = QDir::toNativeSeparators(m_db->path());
    setWindowTitle(
        m_demo ? tr("Demo database — Intervention Planner")
            : m_db->isReadOnly()
            ? tr("%1 (read-only) — Intervention Planner").arg(QFileInfo(m_db->path()).fileName())
            : tr("%1 — Intervention Planner").arg(QFileInfo(m_db->path()).fileName()));
    m_fileLabel->setText(
        m_demo ? tr("Demo database (fictional data, reset at each start): %1").arg(path) : path);
    m_fileLabel->setToolTip(path);
    m_countLabel->setText(m_workspace ? m_workspace->countText() : QString());
}

void MainWindow::importStakeholders()
{
    if (!m_edits)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Stakeholders"), AppSettings::lastDirectory(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    CsvImportDialog dialog(*m_edits, this);
    if (!dialog.loadFile(path)) {
        QMessageBox::warning(this, tr("Import Stakeholders"), dialog.loadError());
        return;
    }
    if (dialog.exec() == QDialog::Accepted) {
        m_workspace->showPage(Workspace::Stakeholders);
        statusBar()->showMessage(tr("%n stakeholder(s) imported. Ctrl+Z takes the import back.",
                                    nullptr, dialog.importedCount()),
                                 10000);
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QString sqliteVersion;
    QString schema;
    if (m_db && m_db->isOpen()) {
        sqliteVersion = m_db->sqliteVersion();
        schema = QString::number(m_db->schemaVersion());
    }
    QMessageBox::about(
        this, tr("About Intervention Planner"),
        tr("<h3>Intervention Planner %1</h3>"
           "<p>Plans international capacity-building interventions through the five stages of "
           "the LEOP model, offline.</p>"
           "<p>Qt %2 · SQLite %3 · data format %4</p>")
            .arg(QStringLiteral(IP_VERSION_STRING), QString::fromLatin1(qVersion()),
                 sqliteVersion.isEmpty() ? tr("(no database open)") : sqliteVersion,
                 schema.isEmpty() ? QString::number(Database::latestSchemaVersion()) : schema));
}

void MainWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
    m_fullScreenAction->setChecked(isFullScreen());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!editorsSettled([this] { close(); })) {
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
    closeDatabase();
    event->accept();
}

void MainWindow::startWorkshop()
{
    if (!m_db || !m_edits || !m_workspace)
        return;
    if (!editorsSettled([this] { startWorkshop(); }))
        return;
    // The mission in hand: the one selected on the Missions page, else the dashboard's.
    QString missionId;
    if (m_workspace->currentPage() == Workspace::Missions)
        missionId = m_workspace->missionsPage()->currentId();
    else if (m_workspace->currentPage() == Workspace::Dashboards)
        missionId = m_workspace->dashboardPage()->missionView()->missionId();
    WorkshopSetupDialog setup(*m_db, missionId, this);
    if (setup.exec() != QDialog::Accepted)
        return;
    auto *workshop = new WorkshopWindow(*m_edits, setup.plan());
    connect(workshop, &WorkshopWindow::finished, this, [this] {
        activateWindow();
        raise();
    });
    m_workshop = workshop; // closed with the database (closeDatabase)
    workshop->setGeometry(screen()->geometry());
    workshop->showFullScreen();
}
