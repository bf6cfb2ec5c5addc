#pragma once

#include "Database.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class Banner;
class DeliveryStatus;
class Edits;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;
class WelcomePage;
class Workspace;
class WorkshopWindow;

// The application window: the welcome page when no database is open, else the workspace of the
// open database, with the menus, one undo stack per database and a status bar naming the file.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each shows a dialog that says what is wrong when the file cannot be opened.
    bool openDatabase(const QString &path);
    bool createDatabase(const QString &path);
    bool openDemo();

    Database *database() const { return m_db.get(); }
    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    Edits *edits() const { return m_edits; }
    bool isDemo() const { return m_demo; }

    static QString demoDatabasePath();
    static QString fileFilter();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar(); // MainWindowToolBar.cpp
    bool open(const QString &path, Database::Mode mode, bool demo);
    // Before the database goes or the window closes: asks every open editor that holds changes
    // (Save / Discard / Keep Editing). True when none was open; false when one is kept open, or
    // when editors were closed and `retry` runs once their own event loops have ended.
    bool editorsSettled(const std::function<void()> &retry);
    void adopt(std::unique_ptr<Database> db, bool demo);
    // Shows what the checks and the backup after the open found (MainWindowFiles.cpp).
    void watchStore();
    void closeDatabase();
    // Says why `path` did not open, offering what can be done about it there and then: move a
    // stray -wal aside, restore a backup.
    void showOpenError(const OpenError &error, const QString &path = {});
    // File > Restore from Backup for `path` (the open database when empty).
    void restoreFromBackup(const QString &path = {});
    void saveCopy();
    // After the disk failed at a commit: opens the file again and says what that means.
    void reopenAfterStorageFailure(const QString &message);
    // Removes another computer's lock on `path`, once the user confirms that nothing runs there.
    void breakLock(const QString &path, const QString &lockPath, bool demo);
    Database::Options openOptions(bool demo) const;
    void newDatabaseDialog();
    void openDatabaseDialog();
    void updateRecentFiles();
    void updateStatus();
    void importStakeholders();
    void showPreferences();
    void showAbout();
    void toggleFullScreen();
    // Workshop mode (F5): asks for the plan, then presents the mission full screen.
    void startWorkshop();

    std::unique_ptr<Database> m_db;
    QUndoGroup *m_undoGroup;
    QUndoStack *m_undoStack = nullptr;
    Edits *m_edits = nullptr;
    QMenu *m_missionMenu = nullptr;
    QMenu *m_stakeholderMenu = nullptr;
    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    Workspace *m_workspace = nullptr;
    QLabel *m_fileLabel;
    QLabel *m_countLabel;
    QLabel *m_backupLabel;
    Banner *m_banner = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_ratingAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_importPackageAction = nullptr;
    QAction *m_exportPackageAction = nullptr;
    QList<QAction *> m_packageActions; // every field package action: none when read-only
    DeliveryStatus *m_delivery = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_workshopAction = nullptr;
    QPointer<WorkshopWindow> m_workshop;
    QList<QAction *> m_pageActions;
    bool m_demo = false;
};
