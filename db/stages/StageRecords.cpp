#include "StageRecords.h"
#include "RepositoryImpl.h"
#include "Scales.h"

#include <QSqlQuery>

#include <algorithm>
#include <type_traits>

namespace {

struct StageRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(StageRecords)
};

void checkCount(FieldErrors &errors, const char *field, const QString &label, int value,
                int high = Scales::HeadcountMax)
{
    Check::scale(errors, QLatin1String(field), label, value, 0, high);
}

void checkRequiredText(FieldErrors &errors, const char *field, const QString &label,
                       const QString &value, int limit)
{
    if (Check::required(errors, QLatin1String(field), label, value))
        Check::maxLength(errors, QLatin1String(field), label, value, limit);
    Check::plainText(errors, QLatin1String(field), label, value);
}

void checkMission(FieldErrors &errors, const QString &missionId)
{
    if (missionId.isEmpty())
        errors.append({QStringLiteral("missionId"), StageRecordsText::tr("Choose the mission.")});
}

} // namespace

FieldErrors ConsultationSession::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    Check::requiredDate(errors, QStringLiteral("date"), tr("Date"), date);
    if (place.trimmed().isEmpty() && notes.trimmed().isEmpty())
        errors.append({QStringLiteral("place"),
                       tr("Say where the session took place, or what it was in the notes.")});
    Check::maxLength(errors, QStringLiteral("place"), tr("Place"), place, Limits::Name);
    Check::plainText(errors, QStringLiteral("place"), tr("Place"), place);
    checkCount(errors, "female", tr("Women attending"), female);
    checkCount(errors, "male", tr("Men attending"), male);
    checkCount(errors, "otherOrUnrecorded", tr("Others attending"), otherOrUnrecorded);
    Check::maxLength(errors, QStringLiteral("notes"), tr("Notes"), notes, Limits::LongText);
    return errors;
}

FieldErrors Finding::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    checkRequiredText(errors, "text", tr("Text"), text, Limits::ShortText);
    Check::maxLength(errors, QStringLiteral("grouping"), tr("Group"), grouping, Limits::Name);
    checkCount(errors, "votes", tr("Votes"), votes, 10000);
    return errors;
}

FieldErrors LegislationItem::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    checkRequiredText(errors, "instrument", tr("Instrument"), instrument, Limits::Name);
    Check::maxLength(errors, QStringLiteral("article"), tr("Article"), article, Limits::Name);
    Check::maxLength(errors, QStringLiteral("characteristics"), tr("Protected characteristics"),
                     characteristics, Limits::ShortText);
    Check::maxLength(errors, QStringLiteral("gaps"), tr("Gaps"), gaps, Limits::LongText);
    return errors;
}

FieldErrors CapacityAssessment::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    Check::requiredDate(errors, QStringLiteral("assessedOn"), tr("Assessment date"), assessedOn);
    const bool scoreOk = Check::scale(errors, QStringLiteral("score"), tr("Score"), score,
                                      Scales::CapacityMin, Scales::CapacityMax);
    const bool targetOk = Check::scale(errors, QStringLiteral("target"), tr("Target score"), target,
                                       Scales::CapacityMin, Scales::CapacityMax);
    if (scoreOk && targetOk && target < score) {
        errors.append(
            {QStringLiteral("target"),
             tr("The target score (%1) is below the score (%2).").arg(target).arg(score)});
    }
    Check::maxLength(errors, QStringLiteral("evidence"), tr("Evidence"), evidence,
                     Limits::LongText);
    return errors;
}

QString CapacityAssessment::scoreLabel(int score)
{
    switch (score) {
    case 0:
        return tr("0 absent");
    case 1:
        return tr("1 ad hoc");
    case 2:
        return tr("2 developing");
    case 3:
        return tr("3 established");
    case 4:
        return tr("4 institutionalised");
    }
    return tr("Not assessed");
}

QList<CapacityProfileEntry> capacityProfile(const QList<CapacityAssessment> &assessments)
{
    QList<CapacityProfileEntry> profile;
    for (const CapacityDimension dimension : enumValues<CapacityDimension>()) {
        CapacityProfileEntry entry;
        entry.dimension = dimension;
        QDate earliest;
        for (const CapacityAssessment &a : assessments) {
            if (a.dimension != dimension || a.meta.deleted)
                continue;
            if (entry.baseline < 0 || a.assessedOn < earliest) {
                entry.baseline = a.score;
                earliest = a.assessedOn;
            }
            if (entry.current < 0 || a.assessedOn >= entry.assessedOn) {
                entry.current = a.score;
                entry.target = a.target;
                entry.assessedOn = a.assessedOn;
            }
        }
        profile.append(entry);
    }
    return profile;
}

FieldErrors Trainee::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    checkRequiredText(errors, "name", tr("Name"), name, Limits::Name);
    Check::maxLength(errors, QStringLiteral("agency"), tr("Agency"), agency, Limits::Name);
    Check::maxLength(errors, QStringLiteral("region"), tr("Region"), region, Limits::Name);
    for (const auto &[field, label, score] :
         {std::tuple {"preScore", tr("Pre-test score"), preScore},
          std::tuple {"postScore", tr("Post-test score"), postScore}}) {
        if (score && (*score < 0 || *score > 100)) {
            errors.append({QLatin1String(field),
                           tr("%1 must be between 0 and 100 (it is %2).").arg(label).arg(*score)});
        }
    }
    Check::plausibleDate(errors, QStringLiteral("certifiedOn"), tr("Certification date"),
                         certifiedOn);
    if (reaction && (*reaction < Scales::RatingMin || *reaction > Scales::RatingMax)) {
        errors.append({QStringLiteral("reaction"),
                       tr("Reaction must be between 1 and 5 (it is %1).").arg(*reaction)});
    }
    return errors;
}

FieldErrors TrainingSession::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    Check::maxLength(errors, QStringLiteral("title"), tr("Title"), title, Limits::Name);
    Check::plainText(errors, QStringLiteral("title"), tr("Title"), title);
    Check::maxLength(errors, QStringLiteral("venue"), tr("Venue"), venue, Limits::Name);
    // A session with neither says nothing anyone could find again.
    if (title.trimmed().isEmpty() && venue.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the session a title or a venue.")});
    Check::requiredDate(errors, QStringLiteral("startDate"), tr("Start date"), startDate);
    if (Check::plausibleDate(errors, QStringLiteral("endDate"), tr("End date"), endDate)
        && startDate.isValid())
        Check::dateOrder(errors, QStringLiteral("endDate"), tr("Start date"), startDate,
                         tr("End date"), endDate);
    checkCount(errors, "female", tr("Women trained"), female);
    checkCount(errors, "male", tr("Men trained"), male);
    checkCount(errors, "otherOrUnrecorded", tr("Others trained"), otherOrUnrecorded);
    if (!leadTrainerId.isEmpty() && !leadStakeholderId.isEmpty()) {
        errors.append({QStringLiteral("leadTrainerId"),
                       tr("A session has one lead trainer: a trainer of the mission or one of "
                          "the programme's core team.")});
    }
    return errors;
}

FieldErrors Material::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    checkRequiredText(errors, "title", tr("Title"), title, Limits::Name);
    Check::maxLength(errors, QStringLiteral("language"), tr("Language"), language, Limits::Code);
    Check::maxLength(errors, QStringLiteral("version"), tr("Version"), version, Limits::Code);
    Check::maxLength(errors, QStringLiteral("feedback"), tr("Feedback"), feedback,
                     Limits::LongText);
    return errors;
}

FieldErrors FollowUpActivity::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    if (title.trimmed().isEmpty() && notes.trimmed().isEmpty())
        errors.append({QStringLiteral("title"),
                       tr("Give the activity a title, or say what it was in the notes.")});
    Check::maxLength(errors, QStringLiteral("title"), tr("Title"), title, Limits::Name);
    Check::plainText(errors, QStringLiteral("title"), tr("Title"), title);
    Check::requiredDate(errors, QStringLiteral("date"), tr("Date"), date);
    checkCount(errors, "reached", tr("People reached"), reached, Scales::ReachedMax);
    Check::maxLength(errors, QStringLiteral("notes"), tr("Notes"), notes, Limits::LongText);
    return errors;
}

QList<CascadeBranch> cascade(const QList<Trainee> &trainees, const QList<TrainingSession> &sessions)
{
    QList<CascadeBranch> branches;
    for (const Trainee &t : trainees) {
        if (t.role != TraineeRole::Trainer)
            continue;
        CascadeBranch branch;
        branch.trainer = t;
        for (const TrainingSession &s : sessions) {
            if (s.leadTrainerId != t.meta.id)
                continue;
            branch.sessions.append(s);
            if (s.held)
                branch.reached += s.headcount();
            else
                ++branch.planned;
        }
        if (t.certified() || !branch.sessions.isEmpty())
            branches.append(branch);
    }
    return branches;
}

// After the tr() calls above: lupdate loses its place after explicit instantiations.
template class Repository<ConsultationSession>;
template class Repository<Finding>;
template class Repository<LegislationItem>;
template class Repository<CapacityAssessment>;
template class Repository<Trainee>;
template class Repository<TrainingSession>;
template class Repository<Material>;
template class Repository<FollowUpActivity>;
template class Repository<RiskAction>;
template class Repository<Indicator>;
template class Repository<IndicatorValue>;
template class Repository<IndicatorTarget>;
