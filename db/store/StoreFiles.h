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

} // namespace StoreFiles
