#include "StakeholderGrid.h"
#include "StakeholderRepository.h"

QString StakeholderGrid::initialsOf(const QString &name)
{
    QString initials;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (word.at(0).isLetter())
            initials += word.at(0).toUpper();
        if (initials.size() == 3)
            break;
    }
    return initials;
}

QList<GridPoint> StakeholderGrid::points(Database &db, const QStringList &stakeholderIds)
{
    StakeholderRepository stakeholders(db);
    QList<GridPoint> result;
    for (const QString &id : stakeholderIds) {
        const std::optional<Stakeholder> s = stakeholders.find(id);
        if (!s || !s->placed())
            continue; // not rated: no place on the grid
        GridPoint p;
        p.stakeholderId = id;
        p.name = s->displayName();
        p.initials = s->nameProtected ? QStringLiteral("?") : initialsOf(s->name);
        p.type = s->type;
        p.power = s->power;
        p.interest = s->interest;
        p.attitude = s->attitude;
        p.trust = s->trust;
        // The last snapshot is the current position; the one before it is where they came from.
        const QList<StakeholderSnapshot> history = stakeholders.snapshots(id);
        for (qsizetype i = history.size() - 1; i >= 0; --i) {
            const StakeholderSnapshot &snapshot = history.at(i);
            if (snapshot.power == 0 || snapshot.interest == 0)
                continue;
            if (snapshot.power != p.power || snapshot.interest != p.interest) {
                p.moved = true;
                p.previousPower = snapshot.power;
                p.previousInterest = snapshot.interest;
                break;
            }
        }
        result.append(p);
    }
    return result;
}

QHash<Quadrant, QList<StakeholderGrid::TypeCount>>
StakeholderGrid::typeCounts(const QList<GridPoint> &points, int minimum)
{
    QHash<Quadrant, QHash<StakeholderType, int>> tally;
    for (const GridPoint &p : points)
        ++tally[quadrantFor(p.power, p.interest)][p.type];
    QHash<Quadrant, QList<TypeCount>> result;
    for (auto quadrant = tally.cbegin(); quadrant != tally.cend(); ++quadrant) {
        QList<TypeCount> counts;
        for (const StakeholderType type : enumValues<StakeholderType>()) {
            if (const int n = quadrant->value(type); n >= minimum)
                counts.append({type, n});
        }
        std::stable_sort(counts.begin(), counts.end(),
                         [](const TypeCount &a, const TypeCount &b) { return a.count > b.count; });
        if (!counts.isEmpty())
            result.insert(quadrant.key(), counts);
    }
    return result;
}
