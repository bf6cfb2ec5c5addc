#include "AppSettings.h"
#include "Banner.h"
#include "Clock.h"
#include "FileLock.h"
#include "MainWindow.h"
#include "OpenErrorDialog.h"
#include "RestoreBackupDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

// The main window's dealings with the file itself: refusals at open, what the checks after the
// open found, restoring a backup, saving a copy, a failed disk, and another computer's lock.

void MainWindow::watchStore()
{
    // The checks that follow the open (Database::checksInBackground) report when they end.
    connect(m_db.get(), &Database::damageFound, this, [this](const QString &message) {
        m_banner->showMessage(message, tr("&Restore from Backup…"),
                              [this] { restoreFromBackup(); });
        updateStatus();
    });
    connect(m_db.get(), &Database::backupFinished, this,
            [this](const QString &, const QStringList &warnings) {
                // Never over the damage and its Restore button.
                if (!warnings.isEmpty() && m_db->damage().isEmpty())
                    m_banner->showMessage(warnings.join(u' '));
                else if (!warnings.isEmpty())
                    statusBar()->showMessage(warnings.join(u' '), 30000);
                updateStatus();
            });
}

void MainWindow::showOpenError(const OpenError &error, const QString &path)
{
    const bool restorable = !path.isEmpty()
        && (error.kind == OpenError::Kind::Corrupt || error.kind == OpenError::Kind::StrayJournal
            || error.kind == OpenError::Kind::MigrationFailed)
        && !Database::backupsOf(path, AppSettings::secondBackupDirectory()).isEmpty();
    OpenErrorDialog box(error, restorable, this);
    box.exec();
    if (box.choice() == OpenErrorDialog::Choice::MoveAside) {
        QString movedTo, problem;
        if (!Database::moveSidecarAside(error.sidecarPath, &movedTo, &problem)) {
            QMessageBox::warning(this, tr("Cannot open the database"), problem);
            return;
        }
        if (openDatabase(path))
            statusBar()->showMessage(tr("%1 was moved aside as %2.")
                                         .arg(QFileInfo(error.sidecarPath).fileName(),
                                              QDir::toNativeSeparators(movedTo)),
                                     15000);
    } else if (box.choice() == OpenErrorDialog::Choice::Restore) {
        restoreFromBackup(path);
    }
}

void MainWindow::restoreFromBackup(const QString &requested)
{
    QString path = requested.isEmpty() && m_db && !m_demo ? m_db->path() : requested;
    // With no database open (one that would not open, say), ask which one to restore.
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Restore from Backup: Choose the Database"),
                                            AppSettings::lastDirectory(), fileFilter());
        if (path.isEmpty())
            return;
    }
    RestoreBackupDialog dialog(path, AppSettings::secondBackupDirectory(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    const QString backup = dialog.selectedBackup();
    const QDateTime taken = dialog.selectedTaken();
    const bool wasOpen = m_db && m_db->path() == path;
    if (wasOpen) {
        if (!editorsSettled([this, path] { restoreFromBackup(path); }))
            return;
        closeDatabase();
        updateStatus();
    }
    QString movedTo, problem;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool restored = Database::restoreBackup(path, backup, &movedTo, &problem);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::warning(this, tr("Restore from Backup"), problem);
        if (wasOpen)
            openDatabase(path);
        return;
    }
    if (!openDatabase(path))
        return;
    QString text = tr("%1 is back as it was at the backup of %2.")
                       .arg(QFileInfo(path).fileName(),
                            QLocale().toString(taken.toLocalTime(), QLocale::ShortFormat));
    if (!movedTo.isEmpty())
        text +=
            u' ' + tr("The file it replaced is kept as %1.").arg(QDir::toNativeSeparators(movedTo));
    m_banner->showMessage(text);
}

void MainWindow::saveCopy()
{
    if (!m_db || !m_db->isOpen())
        return;
    const QFileInfo current(m_db->path());
    // The last folder used, while it is there (a stick may be gone); else the database's own.
    const QString folder = QFileInfo(AppSettings::lastDirectory()).isDir()
        ? AppSettings::lastDirectory()
        : current.absolutePath();
    const QString suggested = QDir(folder).filePath(
        tr("%1-copy-%2.sqlite")
            .arg(current.completeBaseName(), Clock::today().toString(Qt::ISODate)));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested, fileFilter());
    if (target.isEmpty())
        return;
    QString problem;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = m_db->saveCopy(target, &problem);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::warning(this, tr("Save a Copy"), problem);
        return;
    }
    AppSettings::setLastDirectory(QFileInfo(target).absolutePath());
    statusBar()->showMessage(
        tr("A complete copy was saved as %1.").arg(QDir::toNativeSeparators(target)), 10000);
}

void MainWindow::reopenAfterStorageFailure(const QString &message)
{
    if (!m_db)
        return;
    statusBar()->showMessage(message, 60000);
    if (!editorsSettled([this, message] { reopenAfterStorageFailure(message); }))
        return;
    const QString path = m_db->path();
    const bool demo = m_demo;
    closeDatabase();
    if (open(path, Database::Mode::OpenExisting, demo))
        m_banner->showMessage(message);
    QMessageBox box(QMessageBox::Warning, tr("The last change may not be saved"), message,
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("storageFailedDialog"));
    box.exec();
}

void MainWindow::breakLock(const QString &path, const QString &lockPath, bool demo)
{
    QMessageBox ask(QMessageBox::Warning, tr("Break the Lock"),
                    tr("Break the lock only if Intervention Planner no longer runs on the other "
                       "computer (it crashed, or was switched off)."),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("breakLockDialog"));
    ask.setInformativeText(
        tr("If two people write the same file, each loses the other's changes."));
    QPushButton *breakIt =
        ask.addButton(tr("&Break the Lock and Edit"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != breakIt)
        return;
    closeDatabase();
    if (!QFile::remove(lockPath)) {
        QMessageBox::warning(
            this, tr("Break the Lock"),
            tr("%1 could not be removed.").arg(QDir::toNativeSeparators(lockPath)));
    }
    open(path, Database::Mode::OpenExisting, demo);
}
