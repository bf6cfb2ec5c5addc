#pragma once

#include <QString>

#include <utility>

// Why a database could not be opened, with a message saying what is wrong and a hint saying what
// the user can do about it. The file is never modified when opening fails.
struct OpenError
{
    enum class Kind {
        None,
        NotFound,
        NotAFile,
        NotReadable,
        ReadOnly,
        AlreadyExists,
        CannotCreate,
        NotSqlite,
        Foreign,
        Corrupt,
        StrayJournal, // sound alone, but a -wal or -journal beside it does not belong to it
        Empty, // a file of 0 bytes, or an SQLite file with nothing in it
        Locked,
        AlreadyOpen,
        TooNew,
        MigrationFailed,
    };
    OpenError() = default;
    OpenError(Kind kind_, QString message_, QString hint_ = {}, QString sidecarPath_ = {})
        : kind(kind_)
        , message(std::move(message_))
        , hint(std::move(hint_))
        , sidecarPath(std::move(sidecarPath_))
    {
    }

    Kind kind = Kind::None;
    QString message;
    QString hint;
    QString sidecarPath; // for StrayJournal: the -wal or -journal that does not belong

    bool isError() const { return kind != Kind::None; }
};
