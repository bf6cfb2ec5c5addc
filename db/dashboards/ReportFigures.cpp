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
        period.from =
            mission->startDate.isValid() ? mission->startDate : mission->meta.createdAt.date();
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
        if (s.startDate.isValid() && s.startDate > period.to)
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
               tr("%n training session(s) held, %1 people trained.", nullptr,
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
    for (CascadeBranch &branch : cascade(trainees, sessions)) {
        for (const TrainingSession &s : std::as_const(branch.sessions)) {
            if (s.held && (!s.startDate.isValid() || s.startDate <= period.to))
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
        const QDate day = t.happenedAt.date();
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
    f.risks = RiskRepository(db).forMission(missionId);
    for (const Risk &r : std::as_const(f.risks)) {
        if (r.isOpen())
            f.topRisks.append(r);
        if (r.state == RiskState::Occurred && period.contains(r.occurredOn))
            change(r.occurredOn, tr("The risk \"%1\" came true.").arg(r.title));
        else if (period.contains(r.meta.createdAt.date()))
            change(r.meta.createdAt.date(), tr("The risk \"%1\" was added.").arg(r.title));
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
