#include "StoreFiles.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
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
