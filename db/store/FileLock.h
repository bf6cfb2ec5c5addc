#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

// One writer per database file, however it is named. Two lock files are taken:
// - beside the file's real (canonical) path, so a symbolic link, another user account or another
//   computer on a shared folder meets the same lock, as office suites do;
// - in this user's runtime folder, keyed by the file's device and inode, so a hard link (another
//   name for the same file, perhaps in another folder) meets it too.
// Each names who holds it: the lock file's owner is the user, its contents the process and the
// computer, its time when it was taken. A lock whose process is gone on this computer is stale and
// taken over; SQLite's own locking is left as it is (a second read-only connection stays possible).
class FileLock
{
    Q_DECLARE_TR_FUNCTIONS(FileLock)

public:
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since; // UTC
        QString lockPath;
    };

    explicit FileLock(const QString &databasePath);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    enum class Result {
        Locked, // this process holds the file now
        HeldElsewhere, // another instance holds it: `holder` says who
        Unavailable, // no lock could be written (a read-only folder): nobody can write there
    };
    Result tryLock(Holder *holder = nullptr);
    void unlock();
    bool isLocked() const;

    // Who holds the file now, if anyone (for --check); nothing is written.
    static bool isHeld(const QString &databasePath, Holder *holder = nullptr);
    // "Ana on field-laptop-3 (process 4242) since 2026-11-23 09:00 UTC"
    static QString describe(const Holder &holder);

    static QString besidePath(const QString &databasePath);
    static QString identityPath(const QString &databasePath);

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_beside;
    std::unique_ptr<QLockFile> m_identity;
};
