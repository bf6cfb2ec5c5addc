#include "MissionDashboard.h"
#include "Database.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "StakeholderRepository.h"

#include <QMap>

QList<Risk> MissionDashboard::risksInCell(int likelihood, int impact, bool residual) const
{
    QList<Risk> found;
    for (const Risk &r : openRisks) {
        const int l = residual ? r.residualLikelihood : r.likelihood;
        const int i = residual ? r.residualImpact : r.impact;
        if (l == likelihood && i == impact)
            found.append(r);
    }
    return found;
}

int MissionDashboard::countInCell(int likelihood, int impact, bool residual) const
{
    return static_cast<int>(risksInCell(likelihood, impact, residual).size());
}

MissionDashboard MissionDashboard::compute(Database &db, const QString &missionId)
{
    MissionDashboard d;
    d.missionId = missionId;
    d.stages = StageProgress::compute(db, missionId);
    d.bands = SettingsRepository(db).riskBands();
    for (const Risk &r : RiskRepository(db).forMission(missionId)) {
        if (r.isOpen())
            d.openRisks.append(r);
        else if (r.state == RiskState::Occurred)
            d.issues.append(r);
    }

    const QList<TrainingSession> sessions =
        MissionRecords<TrainingSession>(db).forMission(missionId);
    for (const TrainingTier tier : enumValues<TrainingTier>()) {
        TierParticipation p;
        p.tier = tier;
        for (const TrainingSession &s : sessions) {
            if (s.tier != tier || !s.held)
                continue;
            p.female += s.female;
            p.male += s.male;
            p.other += s.otherOrUnrecorded;
        }
        if (p.female + p.male + p.other > 0)
            d.participation.append(p);
    }

    const QList<Trainee> trainees = MissionRecords<Trainee>(db).forMission(missionId);
    double pre = 0;
    double post = 0;
    for (const Trainee &t : trainees) {
        if (t.preScore && t.postScore) {
            pre += *t.preScore;
            post += *t.postScore;
            ++d.tested;
        }
    }
    d.evaluation.trainees = static_cast<int>(trainees.size());
    double reaction = 0;
    for (const Trainee &t : trainees) {
        if (t.reaction) {
            reaction += *t.reaction;
            ++d.evaluation.reacted;
        }
        if (t.preScore && t.postScore && *t.postScore > *t.preScore)
            ++d.evaluation.improved;
        d.evaluation.applied += t.applied ? 1 : 0;
    }
    if (d.evaluation.reacted > 0)
        d.evaluation.meanReaction = reaction / d.evaluation.reacted;
    if (d.tested > 0) {
        d.meanPre = pre / d.tested;
        d.meanPost = post / d.tested;
    }
    d.capacity = capacityProfile(MissionRecords<CapacityAssessment>(db).forMission(missionId));
    d.indicators = indicatorLines(db, missionId);
    for (const IndicatorLine &line : d.indicators) {
        if (line.indicator.level == IndicatorLevel::Impact)
            d.evaluation.results.append(line);
    }
    d.cascade = ::cascade(trainees, sessions);

    // Burn-up: officers trained by each session's date, against all that is planned.
    QMap<QDate, QPair<int, int>> byDate; // date -> (held headcount, sessions)
    for (const TrainingSession &s : sessions) {
        if (!s.startDate.isValid())
            continue;
        auto &entry = byDate[s.startDate];
        entry.first += s.held ? s.headcount() : 0;
        entry.second += 1;
    }
    int trained = 0;
    int planned = 0;
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
        trained += it.value().first;
        planned += it.value().second;
        d.burnUp.append({it.key(), trained, planned});
    }
    if (const std::optional<Mission> m = MissionRepository(db).find(missionId)) {
        d.officersTarget = m->officersTarget.value_or(0);
        d.womenShareTarget = m->womenShareTarget;
    }
    QStringList stakeholderIds;
    for (const Stakeholder &s : StakeholderRepository(db).forMission(missionId))
        stakeholderIds.append(s.meta.id);
    d.grid = StakeholderGrid::points(db, stakeholderIds);
    return d;
}
