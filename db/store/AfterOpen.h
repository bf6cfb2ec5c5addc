#pragma once

#include "Database.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <optional>

struct sqlite3;

// What follows the open of a database in the window, in a thread of its own so the window never
// waits for it: for a file that changed since it was last closed cleanly, a quick check first
// (until it ends, a write waits for it: Database::beginTransaction); the full integrity check of
// the file on a read-only connection of its own, then
// the backup when one is due (Database::writeBackup). Both read the file as it was committed; the
// window goes on writing meanwhile (WAL). The backup is of the file as it was when the window
// opened it (a read transaction begun then), and is taken only when the check found no damage: a
// damaged copy must never push a good backup out. stop() ends either early, for the close.
class AfterOpen : public QThread
{
    Q_OBJECT

public:
    AfterOpen(const QString &path, bool quickFirst, std::optional<Database::BackupRun> backup,
              QObject *parent = nullptr);
    ~AfterOpen() override;

    // Asks the work to stop, and waits for it.
    void stop();
    // Blocks until the quick check has ended (at once when there is none, or the work ended),
    // and returns what it found wrong (empty when sound), or nothing when it could not run.
    std::optional<QString> waitForQuickCheck();

    // Read once finished() was emitted.
    bool checked() const { return m_checked; }
    // What the check found wrong (empty when sound, or when it could not run).
    QString damage() const { return m_damage; }
    const std::optional<Database::BackupRun> &backup() const { return m_backup; }

Q_SIGNALS:
    // The quick check ended (emitted in the thread: queued to the window's objects).
    void quickChecked();

protected:
    void run() override;

private:
    struct Finding
    {
        bool ran = false; // to its end: not stopped, busy or unable to read
        QString damage;
    };
    Finding check(const char *pragma);
    void endQuickCheck(const std::optional<QString> &damage);
    void releaseSnapshot();

    QString m_path;
    QMutex m_mutex; // guards the two below
    QWaitCondition m_quickEnded;
    bool m_quickPending = false;
    std::optional<QString> m_quickDamage;
    std::optional<Database::BackupRun> m_backup;
    std::atomic_bool m_cancel = false;
    sqlite3 *m_snapshot = nullptr; // the file as it was opened, for the backup
    bool m_checked = false;
    QString m_damage;
};
