#include "PackageScope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

const QString missionColumn = QStringLiteral("mission_id");
// A record of a programme rather than of one mission (its event, its own risk) comes with the
// programme of a chosen mission; a programme that is only referred to (one it replaced) comes
// alone.
const QString programmeColumn = QStringLiteral("programme_id");

QString text(const QJsonObject &row, const QString &column)
{
    return row.value(column).toString();
}

} // namespace

bool PackageScope::restrict(QList<Rows> &tables, const QStringList &missionCodes, QString *error)
{
    QSet<QString> chosen; // mission ids
    QSet<QString> programmes; // of the chosen missions: their own records come along
    QSet<QString> included;
    QStringList unknown = missionCodes;
    for (const Rows &rows : std::as_const(tables)) {
        if (rows.table != u"missions")
            continue;
        for (const QJsonObject &row : rows.rows) {
            const QString code = text(row, QStringLiteral("code"));
            if (row.value(QStringLiteral("deleted")).toInt() == 0 && missionCodes.contains(code)) {
                chosen.insert(text(row, QStringLiteral("id")));
                programmes.insert(text(row, programmeColumn));
                unknown.removeAll(code);
            }
        }
    }
    programmes.remove(QString());
    if (!unknown.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("PackageScope", "No mission has the code %1.")
                         .arg(unknown.join(QStringLiteral(", ")));
        return false;
    }
    included = chosen;

    // Until nothing more comes in: what belongs to a chosen mission or to a record already in,
    // and what a record in refers to.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Rows &rows : std::as_const(tables)) {
            for (const QJsonObject &row : rows.rows) {
                const QString id = text(row, QStringLiteral("id"));
                if (!included.contains(id)) {
                    bool belongs = rows.everyPackage;
                    const QString mission = rows.hasMission ? text(row, missionColumn) : QString();
                    if (!mission.isEmpty())
                        belongs = rows.partOfOwner ? included.contains(mission)
                                                   : chosen.contains(mission);
                    else if (rows.owner == programmeColumn
                             || (rows.hasMission && !text(row, programmeColumn).isEmpty()))
                        belongs = belongs || programmes.contains(text(row, programmeColumn));
                    else if (!rows.owner.isEmpty() && rows.owner != missionColumn)
                        belongs = belongs || included.contains(text(row, rows.owner));
                    if (!belongs)
                        continue;
                    included.insert(id);
                    grew = true;
                }
                // A record of the whole database (an alias, a setting) travels alone: what it
                // names comes only when the missions need it.
                for (const QString &column : rows.everyPackage ? QStringList() : rows.refs) {
                    const QString other = text(row, column);
                    if (!other.isEmpty() && !included.contains(other)) {
                        included.insert(other);
                        grew = true;
                    }
                }
                for (const QJsonValue &link : row.value(QStringLiteral("links")).toArray()) {
                    if (!included.contains(link.toString())) {
                        included.insert(link.toString());
                        grew = true;
                    }
                }
            }
        }
    }
    for (Rows &rows : tables) {
        rows.rows.removeIf([&](const QJsonObject &row) {
            return !included.contains(text(row, QStringLiteral("id")));
        });
    }
    return true;
}
