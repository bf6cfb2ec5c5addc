#pragma once

#include <QDateTime>
#include <QString>

// What the store's two halves share about files: Database (opening, moving aside) and its
// backups (Backups.cpp).
namespace StoreFiles {

QString nativePath(const QString &path);
// A UTC time as the names of backups and of files moved aside carry it.
QString stamp(const QDateTime &utc);
// Flushes a file (or a folder's entries) to the disk.
bool syncPath(const QString &path, bool directory = false);

// What says whether a database was written since a moment, without reading it: the device, inode,
// size and change times of the file, and the sizes of its -wal and -journal. Equal states mean
// nothing was written in between (a -wal or -journal with data is never taken for an unchanged
// file).
struct FileState
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;
    qint64 walSize = 0;
    qint64 journalSize = 0;

    bool isValid() const { return size >= 0; }
    // Nothing waits beside the file to be folded in or rolled back.
    bool isSettled() const { return isValid() && walSize == 0 && journalSize == 0; }
    bool operator==(const FileState &) const = default;
};

FileState stateOf(const QString &databasePath);
// Whether the SQLite file's header says it is in WAL mode (read and write versions 2), so that
// opening it as the app does writes nothing to it.
bool isWalFile(const QString &databasePath);
// The state recorded as `what` in `directory` (invalid when none was, or it cannot be read), and
// recording it there (owner-only; the folder is created when missing).
FileState recordedState(const QString &directory, const QString &what);
bool recordState(const QString &directory, const QString &what, const FileState &state);

} // namespace StoreFiles
