#pragma once

#include "OpenError.h"

#include <QCoreApplication>
#include <QString>

// What a database file really is, found without writing a byte beside it or in it: no checkpoint,
// no -wal or -shm left behind. A file alone is read through an `immutable=1` connection; a file
// with a -wal or -journal beside it is copied, with that file, into a private temporary folder
// and read there, so the copy is what SQLite would recover. When the copy is damaged but the file
// alone is sound, the verdict is a stray -wal or -journal, and the hint says to move it aside.
//
// One function for every reader: `--check`, Database::open and the restore of a backup.
struct Inspection
{
    Q_DECLARE_TR_FUNCTIONS(Inspection)

public:
    OpenError error; // kind None when the file is sound
    int schemaVersion = 0;
    int missions = -1; // live records, when the file has the tables
    int stakeholders = -1;
    QString sidecarPath; // the -wal or -journal the verdict speaks of, if any
    bool recoversSidecar = false; // sound, with the committed changes of its -wal folded in

    bool isSound() const { return !error.isError(); }

    // How far the pages are read: all of them with their indexes (PRAGMA integrity_check), the
    // structure of every page (quick_check, a fifth of the time), or none (the header and the
    // schema only, for a file known unchanged since it was last closed cleanly; the counts of
    // records are left unread too).
    enum class Depth { Full, Quick, Header };

    static Inspection of(const QString &path, Depth depth = Depth::Full);
    // Only what the file system says (exists, kind, readable, size, SQLite header), reading the
    // first 100 bytes. Database uses it for a file another instance holds open.
    static OpenError checkFileKind(const QString &path);

    // The exit code of `--check` for a verdict (README, "Checking a file").
    static int exitCode(OpenError::Kind kind);
};
