#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <span>

// The enumerations of the domain (see docs/domain.md). Each value has a stable code stored in the
// database and exchanged in files, and a label shown to people, translated in the "Enum" context.

enum class MissionStatus { Planned, Active, OnHold, Closed };
enum class Stage { Consultation, Orientation, Curriculum, TrainTheTrainer, PostTraining };
enum class MouStatus { None, Drafting, Negotiation, Signed, Expired };
enum class MissionContext { Stable, Transition, PostConflict };
// How a mission ended, or that it has not yet.
enum class MissionOutcome { Open, Embedded, Completed, Stalled, Abandoned, Replaced };
// Why a field package's merge kept a value in the field history.
enum class MergeReason { Update, Conflict, Combined };
enum class StakeholderKind { Person, Group };
enum class StakeholderType {
    Ministry,
    PoliceSeniorCommand,
    PoliceFrontLine,
    Academy,
    Judiciary,
    CivilSociety,
    AffectedCommunity,
    International,
    OtherMission,
    Media,
};
enum class Sex { Female, Male, Other, NotRecorded };
enum class Attitude { Blocker, Sceptic, Neutral, Supporter, Champion };
enum class Quadrant { ManageClosely, KeepSatisfied, KeepInformed, Monitor };
enum class EngagementType { Meeting, Call, Workshop, SiteVisit, Correspondence, Other };
enum class RiskCategory {
    Political,
    Institutional,
    Coordination,
    Security,
    Economic,
    Social,
    Information,
    Infrastructure,
    Inclusion,
    Other,
};
enum class RiskTreatment { Avoid, ReduceLikelihood, ReduceImpact, Share, Accept };
enum class RiskBand { Low, Medium, High };
// Open; occurred (came true: an issue now, with its date and consequence); closed.
enum class RiskState { Open, Occurred, Closed };

// The LEOP stages' own vocabularies.
enum class ConsultationFormat { Roundtable, FocusGroup, Bilateral, Survey, Workshop };
enum class LegislationApproach { SubstantiveOffence, PenaltyEnhancement, GeneralAggravation, None };
enum class CapacityDimension {
    BiasIndicators,
    RecordingData,
    Investigation,
    VictimSupport,
    CommunityEngagement,
    LeadershipPolicy,
    TrainingInstitution,
    ProsecutionLiaison,
    InformationSharing,
};
// Consultation's concerns, expectations and agreements; orientation's challenges and
// opportunities; post-training support's lessons, resources asked for and next steps.
enum class FindingKind {
    Concern,
    Expectation,
    Agreement,
    Challenge,
    Opportunity,
    Lesson,
    ResourceRequest,
    NextStep
};
enum class ModuleLevel { Core, Specialist };
enum class Coverage { Full, Partial };
// What a programme's event is: an international seminar, a meeting of the programme (its founding
// meeting, a steering group), a training course of its own, something else.
enum class EventKind { Seminar, Meeting, Training, Other };
enum class TrainingTier { International, National, Regional, Local };
enum class TraineeRole { Trainer, Participant };
enum class MaterialType { Manual, Handout, Slides, CaseStudy, Video };
enum class MaterialStatus { Draft, Review, Validated, Published };
enum class FollowUpType {
    Refresher,
    Mentoring,
    CommunityOfPractice,
    ResourceShare,
    StudyVisit,
    Evaluation
};
enum class IndicatorLevel { Output, Outcome, Impact };
enum class Rag { Red, Amber, Green };

template<typename E> struct EnumEntry
{
    E value;
    const char *code;
    const char *label; // untranslated; passed through QCoreApplication::translate("Enum", ...)
};

template<typename E> std::span<const EnumEntry<E>> enumEntries();

#define IP_DECLARE_ENUM_ENTRIES(E) template<> std::span<const EnumEntry<E>> enumEntries<E>();
IP_DECLARE_ENUM_ENTRIES(MissionStatus)
IP_DECLARE_ENUM_ENTRIES(Stage)
IP_DECLARE_ENUM_ENTRIES(MouStatus)
IP_DECLARE_ENUM_ENTRIES(MissionContext)
IP_DECLARE_ENUM_ENTRIES(MissionOutcome)
IP_DECLARE_ENUM_ENTRIES(MergeReason)
IP_DECLARE_ENUM_ENTRIES(StakeholderKind)
IP_DECLARE_ENUM_ENTRIES(StakeholderType)
IP_DECLARE_ENUM_ENTRIES(Sex)
IP_DECLARE_ENUM_ENTRIES(Attitude)
IP_DECLARE_ENUM_ENTRIES(Quadrant)
IP_DECLARE_ENUM_ENTRIES(EngagementType)
IP_DECLARE_ENUM_ENTRIES(RiskCategory)
IP_DECLARE_ENUM_ENTRIES(RiskTreatment)
IP_DECLARE_ENUM_ENTRIES(RiskBand)
IP_DECLARE_ENUM_ENTRIES(RiskState)
IP_DECLARE_ENUM_ENTRIES(EventKind)
IP_DECLARE_ENUM_ENTRIES(ConsultationFormat)
IP_DECLARE_ENUM_ENTRIES(LegislationApproach)
IP_DECLARE_ENUM_ENTRIES(CapacityDimension)
IP_DECLARE_ENUM_ENTRIES(FindingKind)
IP_DECLARE_ENUM_ENTRIES(ModuleLevel)
IP_DECLARE_ENUM_ENTRIES(Coverage)
IP_DECLARE_ENUM_ENTRIES(TrainingTier)
IP_DECLARE_ENUM_ENTRIES(TraineeRole)
IP_DECLARE_ENUM_ENTRIES(MaterialType)
IP_DECLARE_ENUM_ENTRIES(MaterialStatus)
IP_DECLARE_ENUM_ENTRIES(FollowUpType)
IP_DECLARE_ENUM_ENTRIES(IndicatorLevel)
IP_DECLARE_ENUM_ENTRIES(Rag)
#undef IP_DECLARE_ENUM_ENTRIES

QString translatedEnumLabel(const char *label);

template<typename E> QString enumCode(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template<typename E> QString enumLabel(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return translatedEnumLabel(entry.label);
    }
    return {};
}

template<typename E> std::optional<E> enumFromCode(const QString &code)
{
    for (const auto &entry : enumEntries<E>()) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E> QList<E> enumValues()
{
    QList<E> values;
    for (const auto &entry : enumEntries<E>())
        values.append(entry.value);
    return values;
}

template<typename E> QStringList enumCodes()
{
    QStringList codes;
    for (const auto &entry : enumEntries<E>())
        codes.append(QString::fromLatin1(entry.code));
    return codes;
}

// Stage order matters: progress moves through them in this sequence.
int stageNumber(Stage stage); // 1..5
Stage stageAt(int number); // 1..5, clamped

// Likelihood and impact scales (1-5) used for risks.
QString likelihoodLabel(int likelihood);
QString impactLabel(int impact);
