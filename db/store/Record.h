#pragma once

#include <QDateTime>
#include <QString>

// Bookkeeping every stored row carries, so that records can be merged between laptops and handed
// over between missions: a UUID, UTC timestamps, a deleted marker instead of hard deletes, and a
// flag for the fictional demo records, and a version for each write.
struct RecordMeta
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool deleted = false;
    bool demo = false;
    // Raised by every write. A save names the version it read and is refused when the row has
    // moved on since; 0 (a record not read from the store) writes without that check.
    int version = 0;
};

QString newRecordId();
