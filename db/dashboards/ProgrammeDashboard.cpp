#include "ProgrammeDashboard.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"
#include "RiskRepository.h"
#include "StakeholderRepository.h"

#include <QCollator>

#include <algorithm>

namespace {

// The earliest (or latest, with `latest`) valid date of a list, or `fallback`.
QDate bound(const QList<QDate> &dates, bool latest, const QDate &fallback)
{
    QDate result;
    for (const QDate &date : dates) {
        if (date.isValid() && (!result.isValid() || (latest ? date > result : date < result)))
            result = date;
    }
    return result.isValid() ? result : fallback;
}

} // namespace

QDate ProgrammeDashboard::first() const
{
    QList<QDate> dates {programme.startDate};
    for (const Mission &m : missions)
        dates.append(m.startDate);
    for (const ProgrammeEvent &e : events)
        dates.append(e.startDate);
    return bound(dates, false, QDate(today.year(), 1, 1));
}

QDate ProgrammeDashboard::last() const
{
    QList<QDate> dates {programme.endDate, programme.outcomeOn};
    for (const Mission &m : missions)
        dates << m.endDate << m.outcomeOn;
    for (const ProgrammeEvent &e : events)
        dates << e.startDate << e.endDate;
    return bound(dates, true, first().addYears(1));
}

ProgrammeDashboard ProgrammeDashboard::compute(Database &db, const QString &programmeId,
                                               const QDate &today)
{
    ProgrammeDashboard d;
    d.today = today;
    const ProgrammeRepository programmes(db);
    const std::optional<Programme> programme = programmes.find(programmeId);
    if (!programme)
        return d;
    d.programme = *programme;
    if (!programme->predecessorId.isEmpty())
        d.predecessor = programmes.find(programme->predecessorId);
    d.successor = programmes.successorOf(programmeId);
    d.summary = PortfolioSummary::compute(db, today, programmeId);
    d.missions = MissionRepository(db).ofProgramme(programmeId);
    d.events = programmes.events(programmeId);
    for (const Risk &risk : RiskRepository(db).forProgramme(programmeId)) {
        if (risk.isOpen())
            d.openRisks.append(risk);
        else if (risk.state == RiskState::Occurred)
            d.issues.append(risk);
    }
    std::stable_sort(d.openRisks.begin(), d.openRisks.end(),
                     [](const Risk &a, const Risk &b) { return a.score() > b.score(); });
    std::stable_sort(d.issues.begin(), d.issues.end(),
                     [](const Risk &a, const Risk &b) { return a.occurredOn > b.occurredOn; });
    const QHash<QString, QString> names = StakeholderRepository(db).displayNames();
    for (const QString &id : programme->teamIds) {
        if (names.contains(id))
            d.teamNames.append(names.value(id));
    }
    QCollator collator;
    std::sort(d.teamNames.begin(), d.teamNames.end(), collator);
    return d;
}
