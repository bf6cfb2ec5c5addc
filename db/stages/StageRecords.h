#pragma once

#include "Describe.h"
#include "Enums.h"
#include "Indicators.h"
#include "Record.h"
#include "Repository.h"
#include "Risk.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// The records each LEOP stage's form captures (see docs/stages.md). Each belongs to one mission;
// MissionRecords<T> below stores them all the same way.

// Consultation: a meeting with stakeholders, who attended, and how many by sex.
struct ConsultationSession
{
    Q_DECLARE_TR_FUNCTIONS(ConsultationSession)

public:
    RecordMeta meta;
    QString missionId;
    QDate date;
    QString place;
    ConsultationFormat format = ConsultationFormat::Roundtable;
    bool held = false;
    int female = 0;
    int male = 0;
    int otherOrUnrecorded = 0;
    QString notes;
    QStringList attendeeIds; // stakeholders of the mission

    int headcount() const { return female + male + otherOrUnrecorded; }
    FieldErrors validate() const;
};

// What a consultation or orientation brought up: a concern, an expectation, an agreement, a
// challenge or an opportunity. Workshop boards group and vote on them.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    RecordMeta meta;
    QString missionId;
    QString sessionId; // the consultation session it came from, if any
    FindingKind kind = FindingKind::Concern;
    QString text;
    QString grouping;
    int votes = 0;
    QDate notedOn; // the day it was noted (a workshop's date); empty for findings from before

    FieldErrors validate() const;
};

// Orientation: a piece of national legislation and how it treats hate crime.
struct LegislationItem
{
    Q_DECLARE_TR_FUNCTIONS(LegislationItem)

public:
    RecordMeta meta;
    QString missionId;
    QString instrument;
    QString article;
    LegislationApproach approach = LegislationApproach::None;
    QString characteristics; // protected characteristics named
    QString gaps;

    FieldErrors validate() const;
};

// Orientation: one dated score of one capacity dimension on the 0-4 scale, with its evidence and
// the score the mission aims for. Reassessing adds a row, so the first is the baseline.
struct CapacityAssessment
{
    Q_DECLARE_TR_FUNCTIONS(CapacityAssessment)

public:
    RecordMeta meta;
    QString missionId;
    CapacityDimension dimension = CapacityDimension::BiasIndicators;
    QDate assessedOn;
    int score = 0;
    int target = 0;
    QString evidence;

    FieldErrors validate() const;
    static QString scoreLabel(int score); // "2 developing"
};

// Baseline, latest and target score of one dimension; -1 where nothing is assessed.
struct CapacityProfileEntry
{
    CapacityDimension dimension = CapacityDimension::BiasIndicators;
    int baseline = -1;
    int current = -1;
    int target = -1;
    QDate assessedOn; // of the latest
};
// One entry per dimension, in the domain's order, from a mission's assessments.
QList<CapacityProfileEntry> capacityProfile(const QList<CapacityAssessment> &assessments);

// Train-the-trainer: a trainer or participant, with test scores and certification.
struct Trainee
{
    Q_DECLARE_TR_FUNCTIONS(Trainee)

public:
    RecordMeta meta;
    QString missionId;
    QString name;
    TraineeRole role = TraineeRole::Trainer;
    QString agency;
    QString region;
    Sex sex = Sex::NotRecorded;
    std::optional<double> preScore; // 0-100
    std::optional<double> postScore;
    QDate certifiedOn;
    std::optional<int> reaction; // end-of-course survey, 1 (poor) to 5 (excellent)
    bool applied = false; // a follow-up 3-6 months on found them applying the training

    bool certified() const { return certifiedOn.isValid(); }
    FieldErrors validate() const;
};

// Train-the-trainer: a course at one tier; a certified trainer leading a regional or local one
// is the cascade.
struct TrainingSession
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSession)

public:
    RecordMeta meta;
    QString missionId;
    TrainingTier tier = TrainingTier::National;
    QString title;
    QString venue;
    QDate startDate;
    QDate endDate;
    bool held = false;
    QString leadTrainerId; // a trainee of the mission
    QString leadStakeholderId; // or one of its programme's core team
    QString siteId; // one of the mission's sites, as well as the free-text venue
    int female = 0;
    int male = 0;
    int otherOrUnrecorded = 0;
    QStringList moduleIds; // modules covered

    int headcount() const { return female + male + otherOrUnrecorded; }
    FieldErrors validate() const;
};

// Train-the-trainer: a manual, handout or other material, linked to the module it serves.
struct Material
{
    Q_DECLARE_TR_FUNCTIONS(Material)

public:
    RecordMeta meta;
    QString missionId;
    QString moduleId;
    QString title;
    MaterialType type = MaterialType::Manual;
    QString language;
    QString version;
    MaterialStatus status = MaterialStatus::Draft;
    QString feedback;

    FieldErrors validate() const;
};

// Post-training support: a refresher, mentoring, study visit... whom it reached and the needs it
// keeps alive.
struct FollowUpActivity
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpActivity)

public:
    RecordMeta meta;
    QString missionId;
    FollowUpType type = FollowUpType::Refresher;
    QString title;
    QDate date;
    bool held = false;
    int reached = 0;
    QString notes;
    QStringList needIds;

    FieldErrors validate() const;
};

// The cascade: each certified trainer with the sessions they lead and the officers reached.
struct CascadeBranch
{
    Trainee trainer;
    QList<TrainingSession> sessions;
    int reached = 0; // headcount of the sessions held
    int planned = 0; // sessions not yet held
};
QList<CascadeBranch> cascade(const QList<Trainee> &trainees,
                             const QList<TrainingSession> &sessions);

// How each stage record is stored (see Describe.h); Repository<T> reads and writes them all.
template<> struct Table<ConsultationSession>
{
    static constexpr const char *context = "ConsultationSession";
    static constexpr const char *name = "consultation_sessions";
    static constexpr const char *order = "date, created_at";
    static constexpr LinkTable link {"consultation_attendees", "session_id", "stakeholder_id"};
    static QStringList &links(ConsultationSession &s) { return s.attendeeIds; }
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("date", r.date);
        io("place", r.place);
        io("format", r.format);
        io("held", r.held);
        io("female", r.female);
        io("male", r.male);
        io("other_or_unrecorded", r.otherOrUnrecorded);
        io("notes", r.notes);
    }
};

template<> struct Table<Finding>
{
    static constexpr const char *context = "Finding";
    static constexpr const char *name = "findings";
    static constexpr const char *order = "kind, votes DESC, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io.ref("session_id", r.sessionId);
        io("kind", r.kind);
        io("text", r.text);
        io("grouping", r.grouping);
        io("votes", r.votes);
        io("noted_on", r.notedOn);
    }
};

template<> struct Table<LegislationItem>
{
    static constexpr const char *context = "LegislationItem";
    static constexpr const char *name = "legislation_items";
    static constexpr const char *order = "instrument, article, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("instrument", r.instrument);
        io("article", r.article);
        io("approach", r.approach);
        io("characteristics", r.characteristics);
        io("gaps", r.gaps);
    }
};

template<> struct Table<CapacityAssessment>
{
    static constexpr const char *context = "CapacityAssessment";
    static constexpr const char *name = "capacity_assessments";
    static constexpr const char *order = "assessed_on, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("dimension", r.dimension);
        io("assessed_on", r.assessedOn);
        io("score", r.score);
        io("target", r.target);
        io("evidence", r.evidence);
    }
};

template<> struct Table<Trainee>
{
    static constexpr const char *context = "Trainee";
    static constexpr const char *name = "trainees";
    static constexpr const char *order = "role, name, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("name", r.name);
        io("role", r.role);
        io("agency", r.agency);
        io("region", r.region);
        io("sex", r.sex);
        io("pre_score", r.preScore);
        io("post_score", r.postScore);
        io("certified_on", r.certifiedOn);
        io("reaction", r.reaction);
        io("applied", r.applied);
    }
};

template<> struct Table<TrainingSession>
{
    static constexpr const char *context = "TrainingSession";
    static constexpr const char *name = "training_sessions";
    static constexpr const char *order = "start_date, created_at";
    static constexpr LinkTable link {"session_modules", "session_id", "module_id"};
    static QStringList &links(TrainingSession &s) { return s.moduleIds; }
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("tier", r.tier);
        io("title", r.title);
        io("venue", r.venue);
        io("start_date", r.startDate);
        io("end_date", r.endDate);
        io("held", r.held);
        io.ref("lead_trainer_id", r.leadTrainerId);
        io.ref("lead_stakeholder_id", r.leadStakeholderId);
        io.ref("site_id", r.siteId);
        io("female", r.female);
        io("male", r.male);
        io("other_or_unrecorded", r.otherOrUnrecorded);
    }
};

template<> struct Table<Material>
{
    static constexpr const char *context = "Material";
    static constexpr const char *name = "materials";
    static constexpr const char *order = "title, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io.ref("module_id", r.moduleId);
        io("title", r.title);
        io("type", r.type);
        io("language", r.language);
        io("version", r.version);
        io("status", r.status);
        io("feedback", r.feedback);
    }
};

template<> struct Table<FollowUpActivity>
{
    static constexpr const char *context = "FollowUpActivity";
    static constexpr const char *name = "followup_activities";
    static constexpr const char *order = "date, created_at";
    static constexpr LinkTable link {"followup_needs", "activity_id", "need_id"};
    static QStringList &links(FollowUpActivity &a) { return a.needIds; }
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("type", r.type);
        io("title", r.title);
        io("date", r.date);
        io("held", r.held);
        io("reached", r.reached);
        io("notes", r.notes);
    }
};

// A mission's records of one kind (or a risk's actions, an indicator's values): the one
// repository of described types.
template<typename T> using MissionRecords = Repository<T>;

extern template class Repository<ConsultationSession>;
extern template class Repository<Finding>;
extern template class Repository<LegislationItem>;
extern template class Repository<CapacityAssessment>;
extern template class Repository<Trainee>;
extern template class Repository<TrainingSession>;
extern template class Repository<Material>;
extern template class Repository<FollowUpActivity>;
extern template class Repository<RiskAction>;
extern template class Repository<Indicator>;
extern template class Repository<IndicatorValue>;
extern template class Repository<IndicatorTarget>;
