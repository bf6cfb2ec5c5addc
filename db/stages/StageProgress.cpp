#include "StageProgress.h"
#include "Database.h"
#include "MissionRepository.h"
#include "StageRepository.h"

#include <QSqlQuery>

namespace {

struct ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(StageProgress)
};

int scalar(Database &db, const QString &sql, const QString &missionId)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    const int placeholders = static_cast<int>(sql.count(u'?'));
    for (int i = 0; i < placeholders; ++i)
        query.addBindValue(missionId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

void addRatio(StageStatus &status, int part, int whole, const QString &label)
{
    if (whole <= 0)
        return;
    status.measures.append({label, std::min(1.0, static_cast<double>(part) / whole)});
}

} // namespace

QString StageProgress::stateLabel(StageStatus::State state)
{
    switch (state) {
    case StageStatus::State::NotStarted:
        return ProgressText::tr("Not started");
    case StageStatus::State::InProgress:
        return ProgressText::tr("In progress");
    case StageStatus::State::Complete:
        return ProgressText::tr("Complete");
    }
    return {};
}

QList<StageStatus> StageProgress::compute(Database &db, const QString &missionId)
{
    QList<StageStatus> result;
    const std::optional<Mission> mission = MissionRepository(db).find(missionId);
    if (!mission)
        return result;
    StageRepository stages(db);
    const QString live = QStringLiteral("deleted = 0 AND mission_id = ?");

    for (const Stage stage : enumValues<Stage>()) {
        StageStatus s;
        s.stage = stage;
        s.current = stage == mission->currentStage;
        for (const StageCriterion &c : stages.criteria(missionId, stage)) {
            ++s.criteriaTotal;
            s.criteriaMet += c.done ? 1 : 0;
        }
        addRatio(s, s.criteriaMet, s.criteriaTotal,
                 ProgressText::tr("%1 of %n exit criteria met", nullptr, s.criteriaTotal)
                     .arg(s.criteriaMet));

        switch (stage) {
        case Stage::Consultation: {
            const int recorded = scalar(
                db, QStringLiteral("SELECT count(*) FROM consultation_sessions WHERE ") + live,
                missionId);
            const int held = scalar(db,
                                    QStringLiteral("SELECT count(*) FROM consultation_sessions "
                                                   "WHERE held = 1 AND ")
                                        + live,
                                    missionId);
            addRatio(s, held, recorded,
                     ProgressText::tr("%1 of %n consultation sessions held", nullptr, recorded)
                         .arg(held));
            break;
        }
        case Stage::Orientation: {
            const int assessed = scalar(db,
                                        QStringLiteral("SELECT count(DISTINCT dimension) FROM "
                                                       "capacity_assessments WHERE ")
                                            + live,
                                        missionId);
            const int dimensions = static_cast<int>(enumValues<CapacityDimension>().size());
            if (assessed > 0)
                addRatio(
                    s, assessed, dimensions,
                    ProgressText::tr("%1 of %n capacity dimensions assessed", nullptr, dimensions)
                        .arg(assessed));
            break;
        }
        case Stage::Curriculum: {
            const int needs =
                scalar(db, QStringLiteral("SELECT count(*) FROM needs WHERE ") + live, missionId);
            const int covered =
                scalar(db,
                       QStringLiteral("SELECT count(*) FROM needs n WHERE n.deleted = 0 AND "
                                      "n.mission_id = ? AND EXISTS (SELECT 1 FROM module_needs mn "
                                      "JOIN modules m ON m.id = mn.module_id AND m.deleted = 0 "
                                      "WHERE mn.need_id = n.id AND mn.deleted = 0)"),
                       missionId);
            addRatio(s, covered, needs,
                     ProgressText::tr("%1 of %n needs answered by a module", nullptr, needs)
                         .arg(covered));
            break;
        }
        case Stage::TrainTheTrainer: {
            const int certified = scalar(db,
                                         QStringLiteral("SELECT count(*) FROM trainees WHERE "
                                                        "role = 'trainer' AND certified_on IS "
                                                        "NOT NULL AND ")
                                             + live,
                                         missionId);
            int target = scalar(db,
                                QStringLiteral("SELECT coalesce(trainers_target, 0) FROM "
                                               "missions WHERE id = ?"),
                                missionId);
            if (target == 0)
                target = scalar(db,
                                QStringLiteral("SELECT count(*) FROM trainees WHERE role = "
                                               "'trainer' AND ")
                                    + live,
                                missionId);
            addRatio(
                s, certified, target,
                ProgressText::tr("%1 of %n trainers certified", nullptr, target).arg(certified));
            const int sessions =
                scalar(db, QStringLiteral("SELECT count(*) FROM training_sessions WHERE ") + live,
                       missionId);
            const int held = scalar(db,
                                    QStringLiteral("SELECT count(*) FROM training_sessions "
                                                   "WHERE held = 1 AND ")
                                        + live,
                                    missionId);
            addRatio(
                s, held, sessions,
                ProgressText::tr("%1 of %n training sessions held", nullptr, sessions).arg(held));
            break;
        }
        case Stage::PostTraining: {
            const int planned =
                scalar(db, QStringLiteral("SELECT count(*) FROM followup_activities WHERE ") + live,
                       missionId);
            const int held = scalar(db,
                                    QStringLiteral("SELECT count(*) FROM followup_activities "
                                                   "WHERE held = 1 AND ")
                                        + live,
                                    missionId);
            addRatio(
                s, held, planned,
                ProgressText::tr("%1 of %n follow-up activities held", nullptr, planned).arg(held));
            break;
        }
        }

        double sum = 0;
        for (const StageStatus::Measure &m : std::as_const(s.measures))
            sum += m.value;
        s.progress = s.measures.isEmpty() ? 0 : sum / s.measures.size();
        if (s.progress >= 0.999)
            s.state = StageStatus::State::Complete;
        // The stage a mission stands at is under way only while the mission runs: a planned
        // or paused mission has not started it for having reached it.
        else if (s.progress > 0 || (s.current && mission->status == MissionStatus::Active))
            s.state = StageStatus::State::InProgress;
        result.append(s);
    }
    return result;
}
