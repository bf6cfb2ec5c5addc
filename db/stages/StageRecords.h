#pragma once

#include "Enums.h"
#include "Indicators.h"
#include "Record.h"
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

// Stores a mission's records of one kind: every row carries RecordMeta, deletes are marked, and
// the lists of linked ids (attendees, modules covered, needs served) are written with the record.
template<typename T> class MissionRecords
{
public:
    explicit MissionRecords(Database &db)
        : m_db(db)
    {
    }
    QList<T> forMission(const QString &missionId) const;
    // The records of their owner: a mission, or for a risk's actions the risk.
    QList<T> forOwner(const QString &ownerId) const;
    std::optional<T> find(const QString &id) const;
    // Checks, then inserts (filling meta) or updates, links included, in one transaction.
    bool save(T &value, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);

private:
    Database &m_db;
};

extern template class MissionRecords<ConsultationSession>;
extern template class MissionRecords<Finding>;
extern template class MissionRecords<LegislationItem>;
extern template class MissionRecords<CapacityAssessment>;
extern template class MissionRecords<Trainee>;
extern template class MissionRecords<TrainingSession>;
extern template class MissionRecords<Material>;
extern template class MissionRecords<FollowUpActivity>;
extern template class MissionRecords<RiskAction>;
extern template class MissionRecords<Indicator>;
extern template class MissionRecords<IndicatorValue>;
extern template class MissionRecords<IndicatorTarget>;
