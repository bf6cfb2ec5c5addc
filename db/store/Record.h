#pragma once

#include <QDateTime>
#include <QString>

// Bookkeeping every stored row carries, so that records can be merged between laptops and handed
// over between missions: a UUID, UTC timestamps, a deleted marker instead of hard deletes, and a
// flag for the fictional demo records.
struct RecordMeta
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool deleted = false;
    bool demo = false;
};

QString newRecordId();
