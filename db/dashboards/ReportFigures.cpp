#include "ReportFigures.h"
#include "Clock.h"
#include "Dates.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "StageSummaries.h"

#include <QMap>

#include <algorithm>

Headcount &Headcount::operator+=(const Headcount &more)
{
    female += more.female;
    male += more.male;
    other += more.other;
    return *this;
}

ReportPeriod ReportPeriod::forMission(Database &db, const QString &missionId)
{
    const QDate today = Clock::today();
    ReportPeriod period {today, today};
    if (const std::optional<Mission> mission = MissionRepository(db).find(missionId)) {
        // The start, or where there is none the first day anything happened: a mission entered
        // after the fact has sessions before the day its record was made.
        period.from = mission->startDate;
        if (!period.from.isValid()) {
            period.from = mission->meta.createdAt.toLocalTime().date();
            for (const TrainingSession &s :
                 MissionRecords<TrainingSession>(db).forMission(missionId))
                if (s.startDate.isValid() && s.startDate < period.from)
                    period.from = s.startDate;
            for (const ConsultationSession &c :
                 MissionRecords<ConsultationSession>(db).forMission(missionId))
                if (c.date.isValid() && c.date < period.from)
                    period.from = c.date;
        }
        if (mission->endDate.isValid() && mission->endDate < today)
            period.to = mission->endDate;
    }
    if (!period.from.isValid() || period.from > period.to)
        period.from = period.to;
    return period;
}

namespace {

Headcount peopleOf(const TrainingSession &s)
{
    return {s.female, s.male, s.otherOrUnrecorded};
}

} // namespace

MissionFigures MissionFigures::compute(Database &db, const QString &missionId,
                                       const ReportPeriod &period)
{
    MissionFigures f;
    f.period = period;
    f.stages = StageProgress::compute(db, missionId);
    const std::optional<Mission> mission = MissionRepository(db).find(missionId);
    if (mission) {
        f.officersTarget = mission->officersTarget.value_or(0);
        f.trainersTarget = mission->trainersTarget.value_or(0);
        f.womenShareTarget = mission->womenShareTarget;
    }
    const auto change = [&f](const QDate &date, const QString &text) {
        f.changes.append({date, text});
    };

    // Training: sessions held by the period's end (a held session with no date counts to date
    // but in no period), by tier.
    QList<TrainingSession> sessions = MissionRecords<TrainingSession>(db).forMission(missionId);
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const TrainingSession &a, const TrainingSession &b) {
                         return a.startDate < b.startDate;
                     });
    for (const TrainingTier tier : enumValues<TrainingTier>())
        f.tiers.append({tier, {}, {}});
    for (const TrainingSession &s : sessions) {
        if (!s.held) {
            ++f.sessionsPlanned;
            continue;
        }
        // A session held with no date counts by the period's end only for a period up to today
        // (it may have been held at any time before).
        if (s.startDate.isValid() ? s.startDate > period.to : period.to < Clock::today())
            continue;
        Tier &tier = f.tiers[static_cast<int>(s.tier)];
        ++f.sessionsToDate;
        tier.toDate += peopleOf(s);
        f.trainedToDate += peopleOf(s);
        if (period.contains(s.startDate)) {
            f.sessionsInPeriod.append({s.startDate, s.title, s.tier, peopleOf(s)});
            tier.inPeriod += peopleOf(s);
            f.trainedInPeriod += peopleOf(s);
        }
    }
    f.tiers.erase(std::remove_if(f.tiers.begin(), f.tiers.end(),
                                 [](const Tier &t) { return t.toDate.total() == 0; }),
                  f.tiers.end());
    if (!f.sessionsInPeriod.isEmpty())
        change(f.sessionsInPeriod.last().date,
               tr("%n training session(s) held; people trained: %1.", nullptr,
                  static_cast<int>(f.sessionsInPeriod.size()))
                   .arg(f.trainedInPeriod.total()));

    // Trainers, and the officers the cascade reached by the period's end.
    QList<Trainee> trainees = MissionRecords<Trainee>(db).forMission(missionId);
    QMap<QDate, int> certifiedOn;
    for (const Trainee &t : trainees) {
        if (t.role != TraineeRole::Trainer || !t.certified() || t.certifiedOn > period.to)
            continue;
        ++f.trainersCertifiedToDate;
        if (period.contains(t.certifiedOn)) {
            ++f.trainersCertifiedInPeriod;
            ++certifiedOn[t.certifiedOn];
        }
    }
    for (auto it = certifiedOn.cbegin(); it != certifiedOn.cend(); ++it)
        change(it.key(), tr("%n trainer(s) certified.", nullptr, it.value()));
    // The cascade: sessions held by the period's end, led by trainers certified by then.
    for (CascadeBranch &branch : cascade(trainees, sessions)) {
        if (!branch.trainer.certified() || branch.trainer.certifiedOn > period.to)
            continue;
        for (const TrainingSession &s : std::as_const(branch.sessions)) {
            if (s.held
                && (s.startDate.isValid() ? s.startDate <= period.to : period.to >= Clock::today()))
                f.cascadeToDate += s.headcount();
        }
    }

    // Consultation and post-training support within the period.
    for (const ConsultationSession &c :
         MissionRecords<ConsultationSession>(db).forMission(missionId)) {
        if (!period.contains(c.date))
            continue;
        ++f.consultationsInPeriod;
        f.consultedInPeriod += Headcount {c.female, c.male, c.otherOrUnrecorded};
    }
    for (const FollowUpActivity &a : MissionRecords<FollowUpActivity>(db).forMission(missionId)) {
        if (!a.held || !period.contains(a.date))
            continue;
        ++f.followUpsInPeriod;
        f.reachedByFollowUpInPeriod += a.reached;
    }

    // The stages the mission moved into.
    for (const StageTransition &t : StageRepository(db).transitions(missionId)) {
        const QDate day = StageRepository::dayOf(t.happenedAt);
        if (period.contains(day))
            change(day, tr("Moved into the stage %1.").arg(enumLabel(t.to)));
    }

    // Indicators as they stood at the period's end, and the values recorded within it.
    f.indicators = indicatorLines(db, missionId, period.to);
    for (const IndicatorLine &line : std::as_const(f.indicators)) {
        for (const IndicatorValue &v :
             MissionRecords<IndicatorValue>(db).forOwner(line.indicator.meta.id)) {
            if (period.contains(v.date))
                change(v.date,
                       tr("%1: %2 %3 recorded.")
                           .arg(line.indicator.name)
                           .arg(v.value)
                           .arg(line.indicator.unit)
                           .trimmed());
        }
    }

    // Risks: the highest open ones, and those that came true or were added within the period.
    // Risks added after the period are left out, unless they are dated within it (one entered
    // after the fact came true then); the others are shown as they stand now.
    f.risks = RiskRepository(db).forMission(missionId);
    f.risks.removeIf([&period](const Risk &r) {
        return r.meta.createdAt.toLocalTime().date() > period.to
            && !(r.occurredOn.isValid() && r.occurredOn <= period.to);
    });
    for (const Risk &r : std::as_const(f.risks)) {
        if (r.isOpen())
            f.topRisks.append(r);
        if (r.state == RiskState::Occurred && period.contains(r.occurredOn))
            change(r.occurredOn, tr("The risk \"%1\" came true.").arg(r.title));
        else if (period.contains(r.meta.createdAt.toLocalTime().date()))
            change(r.meta.createdAt.toLocalTime().date(),
                   tr("The risk \"%1\" was added.").arg(r.title));
    }
    std::stable_sort(f.topRisks.begin(), f.topRisks.end(),
                     [](const Risk &a, const Risk &b) { return a.score() > b.score(); });
    f.topRisks = f.topRisks.mid(0, 3);
    std::stable_sort(f.changes.begin(), f.changes.end(),
                     [](const Change &a, const Change &b) { return a.date < b.date; });
    return f;
}

QString MissionFigures::stageLine() const
{
    for (int i = 0; i < stages.size(); ++i) {
        if (stages.at(i).current)
            return tr("Stage %1 of %2, %3: %4 %")
                .arg(i + 1)
                .arg(stages.size())
                .arg(enumLabel(stages.at(i).stage))
                .arg(std::lround(stages.at(i).progress * 100));
    }
    return {};
}

QString headcountText(const Headcount &people)
{
    if (people.female + people.male == 0)
        return QString::number(people.total());
    return MissionFigures::tr("%1 (%2 women, %3 %)")
        .arg(people.total())
        .arg(people.female)
        .arg(StageSummaries::percent(people.female, people.female + people.male + people.other));
}
