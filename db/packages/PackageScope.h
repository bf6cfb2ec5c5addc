#pragma once

#include "Describe.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Which records a package of some missions carries: the missions chosen, every record of theirs
// (a record whose mission_id names one of them, and what belongs to those through the
// description's `owner`: a risk's assessments, a stakeholder's snapshots), every record one of
// those refers to or links (their stakeholders, a predecessor mission as a record alone) with what
// belongs to it, and what belongs to the whole database (the description's `everyPackage`: the
// rating settings). A record of another mission never goes, nor a portfolio-level risk. Works on
// the records as a package carries them, for every described type alike.
namespace PackageScope {

struct Rows
{
    QString table;
    QList<QJsonObject> rows; // live and deleted
    const char *context = nullptr; // of its labels' translations
    QList<FieldInfo> fields;
    QStringList refs; // columns holding the id of another record
    QString owner; // the column of the record it belongs to
    bool hasMission = false; // a mission_id column
    bool everyPackage = false;
    bool partOfOwner = false; // travels wherever its mission goes, even as a record alone
};

// Keeps in `tables` only the records the missions with these codes need. False, with `error`
// naming them, when a code matches no mission (deleted ones do not count).
bool restrict(QList<Rows> &tables, const QStringList &missionCodes, QString *error);

} // namespace PackageScope
