#include "StoreFiles.h"

#include "Files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

QString StoreFiles::nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString StoreFiles::stamp(const QDateTime &utc)
{
    return utc.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

bool StoreFiles::syncPath(const QString &path, bool directory)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDWR);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

namespace {

qint64 nanoseconds(const struct timespec &time)
{
    return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
}

QString stateFile(const QString &directory, const QString &what)
{
    return QDir(directory).filePath(u'.' + what + QStringLiteral(".state"));
}

} // namespace

bool StoreFiles::isWalFile(const QString &databasePath)
{
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

StoreFiles::FileState StoreFiles::stateOf(const QString &databasePath)
{
    FileState state;
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(databasePath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return state;
    state.device = st.st_dev;
    state.inode = st.st_ino;
    state.size = st.st_size;
    state.modifiedNs = nanoseconds(st.st_mtim);
    state.changedNs = nanoseconds(st.st_ctim);
    const QString wal = databasePath + QStringLiteral("-wal");
    if (::stat(QFile::encodeName(wal).constData(), &st) == 0)
        state.walSize = st.st_size;
    const QString journal = databasePath + QStringLiteral("-journal");
    if (::stat(QFile::encodeName(journal).constData(), &st) == 0)
        state.journalSize = st.st_size;
    return state;
}

StoreFiles::FileState StoreFiles::recordedState(const QString &directory, const QString &what)
{
    QFile file(stateFile(directory, what));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.read(256).trimmed().split(' ');
    if (fields.size() != 7)
        return {};
    bool ok = true;
    FileState state;
    state.device = fields.at(0).toULongLong(&ok);
    if (ok)
        state.inode = fields.at(1).toULongLong(&ok);
    if (ok)
        state.size = fields.at(2).toLongLong(&ok);
    if (ok)
        state.modifiedNs = fields.at(3).toLongLong(&ok);
    if (ok)
        state.changedNs = fields.at(4).toLongLong(&ok);
    if (ok)
        state.walSize = fields.at(5).toLongLong(&ok);
    if (ok)
        state.journalSize = fields.at(6).toLongLong(&ok);
    return ok ? state : FileState {};
}

bool StoreFiles::recordState(const QString &directory, const QString &what, const FileState &state)
{
    if (!QFileInfo(directory).isDir()) {
        if (!QDir().mkpath(directory))
            return false;
        QFile::setPermissions(directory, Files::ownerOnlyDir);
    }
    QSaveFile file(stateFile(directory, what));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(Files::ownerOnly);
    file.write(QByteArray::number(state.device) + ' ' + QByteArray::number(state.inode) + ' '
               + QByteArray::number(state.size) + ' ' + QByteArray::number(state.modifiedNs) + ' '
               + QByteArray::number(state.changedNs) + ' ' + QByteArray::number(state.walSize) + ' '
               + QByteArray::number(state.journalSize) + '\n');
    return file.commit();
}
