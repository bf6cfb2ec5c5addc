#include "MissionTimeline.h"
#include "Database.h"
#include "MissionRepository.h"
#include "StageRecords.h"
#include "StageRepository.h"

MissionTimeline MissionTimeline::compute(Database &db, const QString &missionId, const QDate &today)
{
    MissionTimeline t;
    t.today = today;
    const std::optional<Mission> mission = MissionRepository(db).find(missionId);
    if (!mission)
        return t;
    t.missionStart = mission->startDate;
    t.missionEnd = mission->endDate;
    t.closed = mission->status == MissionStatus::Closed && mission->endDate.isValid();

    const QList<ConsultationSession> consultations =
        MissionRecords<ConsultationSession>(db).forMission(missionId);
    for (const ConsultationSession &s : consultations) {
        t.events.append({Row::Consultation, s.date,
                         s.place.isEmpty() ? enumLabel(s.format)
                                           : tr("%1, %2").arg(enumLabel(s.format), s.place),
                         s.held, QString()});
    }
    for (const TrainingSession &s : MissionRecords<TrainingSession>(db).forMission(missionId)) {
        const QString what = s.title.isEmpty() ? enumLabel(s.tier) : s.title;
        t.events.append({Row::Training, s.startDate,
                         s.venue.isEmpty() ? what : tr("%1, %2").arg(what, s.venue), s.held,
                         QString()});
    }
    for (const FollowUpActivity &a : MissionRecords<FollowUpActivity>(db).forMission(missionId)) {
        t.events.append({Row::FollowUp, a.date, a.title.isEmpty() ? enumLabel(a.type) : a.title,
                         a.held, QString()});
    }
    if (mission->mouDate.isValid()) {
        t.events.append(
            {Row::Milestone, mission->mouDate,
             tr("Memorandum of understanding: %1").arg(enumLabel(mission->mouStatus)),
             mission->mouStatus == MouStatus::Signed || mission->mouStatus == MouStatus::Expired,
             tr("MoU")});
    }
    if (mission->startDate.isValid())
        t.events.append(
            {Row::Milestone, mission->startDate, tr("Mission starts"), true, tr("Start")});
    if (mission->endDate.isValid())
        t.events.append({Row::Milestone, mission->endDate, tr("Mission ends"),
                         mission->endDate <= today, tr("End")});

    // When each stage began: its latest recorded move in, or for the first stage the start.
    QList<QDate> starts(5);
    for (const StageTransition &move : StageRepository(db).transitions(missionId)) {
        const int i = stageNumber(move.to) - 1;
        const QDate day = move.happenedAt.toUTC().date();
        if (!starts[i].isValid() || day > starts[i])
            starts[i] = day;
    }
    QDate firstStart = mission->startDate;
    for (const ConsultationSession &s : consultations) {
        if (s.date.isValid() && (!firstStart.isValid() || s.date < firstStart))
            firstStart = s.date;
    }
    starts[0] = firstStart;
    const int current = stageNumber(mission->currentStage) - 1;
    for (int i = 0; i <= current; ++i) {
        if (!starts[i].isValid())
            continue;
        Span span;
        span.stage = enumValues<Stage>().at(i);
        span.start = starts[i];
        span.current = i == current;
        // Ends when the next stage reached began.
        for (int j = i + 1; j <= current && !span.current; ++j) {
            if (starts[j].isValid()) {
                span.end = starts[j];
                break;
            }
        }
        // The current stage runs until today, or until the end of a closed mission.
        const bool closed = mission->status == MissionStatus::Closed && mission->endDate.isValid();
        if (!span.end.isValid())
            span.end = std::max(closed ? std::min(today, mission->endDate) : today, span.start);
        t.spans.append(span);
    }
    return t;
}

QDate MissionTimeline::first() const
{
    QDate d = closed ? QDate() : today;
    const auto take = [&d](const QDate &x) {
        if (x.isValid() && (!d.isValid() || x < d))
            d = x;
    };
    take(missionStart);
    for (const Span &s : spans)
        take(s.start);
    for (const Event &e : events)
        take(e.date);
    return d.isValid() ? d : today;
}

QDate MissionTimeline::last() const
{
    QDate d = closed ? QDate() : today;
    const auto take = [&d](const QDate &x) {
        if (x.isValid() && (!d.isValid() || x > d))
            d = x;
    };
    take(missionEnd);
    for (const Span &s : spans)
        take(s.end);
    for (const Event &e : events)
        take(e.date);
    return d.isValid() ? d : today;
}

QString MissionTimeline::rowLabel(Row row)
{
    switch (row) {
    case Row::Consultation:
        return tr("Consultations");
    case Row::Training:
        return tr("Training sessions");
    case Row::FollowUp:
        return tr("Follow-up");
    case Row::Milestone:
        return tr("Milestones");
    }
    return {};
}
