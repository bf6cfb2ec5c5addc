#pragma once

#include "Enums.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
    std::optional<Attitude> attitude = Attitude::Neutral; // none: not rated
    int trust = 3; // 0: not rated
    bool moved = false;
    int previousPower = 0;
    int previousInterest = 0;
};

namespace StakeholderGrid {
// The points for the given stakeholders, in the order given; one not rated for power or interest
// has none.
QList<GridPoint> points(Database &db, const QStringList &stakeholderIds);
QString initialsOf(const QString &name);

// How many stakeholders of each type sit in a quadrant.
struct TypeCount
{
    StakeholderType type;
    int count = 0;
};
// For a wall that must place no one: per quadrant, the stakeholder types with at least `minimum`
// members there, most first. A type with fewer is left out, since a lone member's type and
// quadrant would tell who it is and where they stand.
QHash<Quadrant, QList<TypeCount>> typeCounts(const QList<GridPoint> &points, int minimum = 3);
} // namespace StakeholderGrid
