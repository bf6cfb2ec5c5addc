#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

// File > Restore from Backup: the backups of one database, newest first, each with when it was
// taken, what it holds and whether it is sound (read without writing a byte). Restore is offered
// only for a sound one; the window does the restoring (Database::restoreBackup).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &databasePath, const QString &secondBackupDirectory,
                        QWidget *parent = nullptr);

    QString selectedBackup() const;
    QDateTime selectedTaken() const; // UTC
    int backupCount() const;

private:
    void updateButton();

    QTreeWidget *m_list;
    QLabel *m_note;
    QPushButton *m_restore;
};
