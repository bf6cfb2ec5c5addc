#pragma once

#include "Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

class Database;

// One stakeholder on the power/interest grid: where they stand now and, when their position has
// moved, where their previous snapshot put them.
struct GridPoint
{
    QString stakeholderId;
    QString name; // the display name (protected names hidden)
    QString initials; // for walls where names must not appear
    StakeholderType type = StakeholderType::CivilSociety;
    int power = 3;
    int interest = 3;
    Attitude attitude = Attitude::Neutral;
    int trust = 3;
    bool moved = false;
    int previousPower = 0;
    int previousInterest = 0;
};

namespace StakeholderGrid {
// The points for the given stakeholders, in the order given.
QList<GridPoint> points(Database &db, const QStringList &stakeholderIds);
QString initialsOf(const QString &name);
} // namespace StakeholderGrid
