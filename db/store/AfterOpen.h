#pragma once

#include "Database.h"

#include <QThread>

#include <atomic>
#include <optional>

struct sqlite3;

// What follows the open of a database in the window, in a thread of its own so the window never
// waits for it: the full integrity check of the file on a read-only connection of its own, then
// the backup when one is due (Database::writeBackup). Both read the file as it was committed; the
// window goes on writing meanwhile (WAL). The backup is of the file as it was when the window
// opened it (a read transaction begun then), and is taken only when the check found no damage: a
// damaged copy must never push a good backup out. stop() ends either early, for the close.
class AfterOpen : public QThread
{
    Q_OBJECT

public:
    AfterOpen(const QString &path, std::optional<Database::BackupRun> backup,
              QObject *parent = nullptr);
    ~AfterOpen() override;

    // Asks the work to stop, and waits for it.
    void stop();

    // Read once finished() was emitted.
    bool checked() const { return m_checked; }
    // What the check found wrong (empty when sound, or when it could not run).
    QString damage() const { return m_damage; }
    const std::optional<Database::BackupRun> &backup() const { return m_backup; }

protected:
    void run() override;

private:
    void check();
    void releaseSnapshot();

    QString m_path;
    std::optional<Database::BackupRun> m_backup;
    std::atomic_bool m_cancel = false;
    sqlite3 *m_snapshot = nullptr; // the file as it was opened, for the backup
    bool m_checked = false;
    QString m_damage;
};
