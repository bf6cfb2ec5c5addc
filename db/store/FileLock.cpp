#include "FileLock.h"
#include "Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    return real.isEmpty() ? info.absoluteFilePath() : real;
}

bool holderOf(QLockFile &lock, const QString &lockPath, FileLock::Holder *holder)
{
    if (!holder)
        return true;
    const QFileInfo info(lockPath);
    holder->lockPath = lockPath;
    holder->user = info.owner();
    holder->since = info.lastModified().toUTC();
    QString application;
    lock.getLockInfo(&holder->pid, &holder->host, &application);
    return true;
}

std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    return lock;
}

// As QLockFile judges it: a process of this computer that is gone, or whose number is now used by
// another program (after a reboot), holds nothing.
bool ownerGone(qint64 pid, const QString &host, const QString &application)
{
    if (host != QSysInfo::machineHostName() || pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
    const QString running = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
    return !running.isEmpty() && !application.isEmpty()
        && QFileInfo(running).fileName() != application;
}

// A lock file that names nobody, still so a moment later (a writer is not between creating it and
// writing its name).
bool torn(QLockFile &probe, const QString &lockPath)
{
    qint64 pid = 0;
    QString host, application;
    if (probe.getLockInfo(&pid, &host, &application))
        return false;
    QThread::msleep(150);
    return !probe.getLockInfo(&pid, &host, &application) && QFileInfo::exists(lockPath);
}

// QLockFile removes a stale lock only while it holds "<lock>.rmlock", and judges that one by its
// age (30 seconds) when it names nobody: a process killed inside a removal left the database
// "open" in a process long gone. Such a removal lock, torn or naming a process that is gone, is
// claimed by renaming it (only one process can) before it is deleted.
void clearAbandonedRemovalLock(const QString &lockPath)
{
    const QString removal = lockPath + QStringLiteral(".rmlock");
    if (!QFileInfo::exists(removal))
        return;
    QLockFile probe(removal);
    qint64 pid = 0;
    QString host, application;
    const bool abandoned = probe.getLockInfo(&pid, &host, &application)
        ? ownerGone(pid, host, application)
        : torn(probe, removal);
    if (!abandoned)
        return;
    const QString claimed = removal + QStringLiteral(".%1").arg(QCoreApplication::applicationPid());
    if (QFile::rename(removal, claimed)) {
        qCInfo(lcDb) << "cleared the removal lock of a process that is gone";
        QFile::remove(claimed);
    }
}

// QLockFile creates its file, then writes who holds it: a process killed between the two (a
// power cut, kill -9) leaves a file that names nobody, which QLockFile never judges stale. Such a
// file is a torn lock and is taken over. A lock naming a process that is gone is QLockFile's to
// remove (it does so under its removal lock); only a removal lock left behind by a killed process
// is cleared first.
bool take(QLockFile &lock, const QString &lockPath)
{
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    clearAbandonedRemovalLock(lockPath);
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError || !torn(lock, lockPath))
        return false;
    qCInfo(lcDb) << "taking over a torn lock file";
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

} // namespace

FileLock::FileLock(const QString &databasePath)
    : m_databasePath(databasePath)
{
}

FileLock::~FileLock()
{
    unlock();
}

QString FileLock::besidePath(const QString &databasePath)
{
    const QFileInfo real(canonical(databasePath));
    return real.absolutePath() + QStringLiteral("/.") + real.fileName() + QStringLiteral(".lock");
}

QString FileLock::identityPath(const QString &databasePath)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(canonical(databasePath));
    if (::stat(native.constData(), &st) != 0)
        return {};
    return dir
        + QStringLiteral("/intervention-planner-%1-%2.lock")
              .arg(quint64(st.st_dev), 0, 16)
              .arg(quint64(st.st_ino));
}

FileLock::Result FileLock::tryLock(Holder *holder)
{
    unlock();
    const QString beside = besidePath(m_databasePath);
    const QString identity = identityPath(m_databasePath);

    // The identity lock first: it is on this computer's own disk and always writable.
    if (!identity.isEmpty()) {
        m_identity = makeLock(identity);
        if (!take(*m_identity, identity)) {
            if (m_identity->error() == QLockFile::LockFailedError) {
                if (holder)
                    holderOf(*m_identity, identity, holder);
                m_identity.reset();
                return Result::HeldElsewhere;
            }
            qCWarning(lcDb) << "no identity lock, error" << int(m_identity->error());
            m_identity.reset();
        }
    }
    m_beside = makeLock(beside);
    if (!take(*m_beside, beside)) {
        const QLockFile::LockError error = m_beside->error();
        if (error == QLockFile::LockFailedError) {
            if (holder)
                holderOf(*m_beside, beside, holder);
            unlock();
            return Result::HeldElsewhere;
        }
        qCWarning(lcDb) << "no lock beside the file, error" << int(error);
        // The lock by inode is kept: this computer's other windows still see the file taken.
        m_beside.reset();
        return m_identity ? Result::Locked : Result::Unavailable;
    }
    return Result::Locked;
}

void FileLock::unlock()
{
    m_beside.reset(); // QLockFile removes its file when destroyed while locked
    m_identity.reset();
}

bool FileLock::isLocked() const
{
    return (m_beside && m_beside->isLocked()) || (m_identity && m_identity->isLocked());
}

bool FileLock::isHeld(const QString &databasePath, Holder *holder)
{
    for (const QString &path : {identityPath(databasePath), besidePath(databasePath)}) {
        if (path.isEmpty() || !QFileInfo::exists(path))
            continue;
        // A lock file whose process is gone on this computer does not count.
        QLockFile probe(path);
        probe.setStaleLockTime(0);
        qint64 pid = 0;
        QString host, application;
        const bool readable = probe.getLockInfo(&pid, &host, &application);
        if (readable && ownerGone(pid, host, application))
            continue;
        if (holder) {
            const QFileInfo info(path);
            holder->lockPath = path;
            holder->user = info.owner();
            holder->since = info.lastModified().toUTC();
            holder->pid = pid;
            holder->host = host;
        }
        return true;
    }
    return false;
}

QString FileLock::describe(const Holder &holder)
{
    const QString user = holder.user.isEmpty() ? tr("another user") : holder.user;
    const QString host = holder.host.isEmpty() ? tr("another computer") : holder.host;
    const QString since = holder.since.isValid()
        ? holder.since.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
        : tr("an unknown time");
    return tr("%1 on %2 (process %3) since %4").arg(user, host).arg(holder.pid).arg(since);
}
