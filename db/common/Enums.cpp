#include "Enums.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

template<typename E, std::size_t N>
std::span<const EnumEntry<E>> entries(const std::array<EnumEntry<E>, N> &table)
{
    return std::span<const EnumEntry<E>>(table.data(), table.size());
}

} // namespace

QString translatedEnumLabel(const char *label)
{
    return QCoreApplication::translate("Enum", label);
}

template<> std::span<const EnumEntry<MissionStatus>> enumEntries<MissionStatus>()
{
    static const std::array<EnumEntry<MissionStatus>, 4> table {{
        {MissionStatus::Planned, "planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
        {MissionStatus::Active, "active", QT_TRANSLATE_NOOP("Enum", "Active")},
        {MissionStatus::OnHold, "on_hold", QT_TRANSLATE_NOOP("Enum", "On hold")},
        {MissionStatus::Closed, "closed", QT_TRANSLATE_NOOP("Enum", "Closed")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<Stage>> enumEntries<Stage>()
{
    static const std::array<EnumEntry<Stage>, 5> table {{
        {Stage::Consultation, "consultation", QT_TRANSLATE_NOOP("Enum", "Consultation")},
        {Stage::Orientation, "orientation", QT_TRANSLATE_NOOP("Enum", "Orientation")},
        {Stage::Curriculum, "curriculum", QT_TRANSLATE_NOOP("Enum", "Customised curriculum")},
        {Stage::TrainTheTrainer, "train_the_trainer",
         QT_TRANSLATE_NOOP("Enum", "Train-the-trainer")},
        {Stage::PostTraining, "post_training", QT_TRANSLATE_NOOP("Enum", "Post-training support")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<MouStatus>> enumEntries<MouStatus>()
{
    static const std::array<EnumEntry<MouStatus>, 5> table {{
        {MouStatus::None, "none", QT_TRANSLATE_NOOP("Enum", "No MoU")},
        {MouStatus::Drafting, "drafting", QT_TRANSLATE_NOOP("Enum", "Drafting")},
        {MouStatus::Negotiation, "negotiation", QT_TRANSLATE_NOOP("Enum", "Negotiation")},
        {MouStatus::Signed, "signed", QT_TRANSLATE_NOOP("Enum", "Signed")},
        {MouStatus::Expired, "expired", QT_TRANSLATE_NOOP("Enum", "Expired")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<MissionContext>> enumEntries<MissionContext>()
{
    static const std::array<EnumEntry<MissionContext>, 3> table {{
        {MissionContext::Stable, "stable", QT_TRANSLATE_NOOP("Enum", "Stable")},
        {MissionContext::Transition, "transition", QT_TRANSLATE_NOOP("Enum", "Transition")},
        {MissionContext::PostConflict, "post_conflict", QT_TRANSLATE_NOOP("Enum", "Post-conflict")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<MergeReason>> enumEntries<MergeReason>()
{
    static const std::array<EnumEntry<MergeReason>, 3> table {{
        {MergeReason::Update, "update", QT_TRANSLATE_NOOP("Enum", "Replaced by an import")},
        {MergeReason::Conflict, "conflict", QT_TRANSLATE_NOOP("Enum", "Lost a conflict")},
        {MergeReason::Combined, "combined",
         QT_TRANSLATE_NOOP("Enum", "Held by a duplicate combined into this record")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<RiskState>> enumEntries<RiskState>()
{
    static const std::array<EnumEntry<RiskState>, 3> table {{
        {RiskState::Open, "open", QT_TRANSLATE_NOOP("Enum", "Open")},
        {RiskState::Occurred, "occurred", QT_TRANSLATE_NOOP("Enum", "Came true")},
        {RiskState::Closed, "closed", QT_TRANSLATE_NOOP("Enum", "Closed")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<EventKind>> enumEntries<EventKind>()
{
    static const std::array<EnumEntry<EventKind>, 4> table {{
        {EventKind::Seminar, "seminar", QT_TRANSLATE_NOOP("Enum", "International seminar")},
        {EventKind::Meeting, "meeting", QT_TRANSLATE_NOOP("Enum", "Programme meeting")},
        {EventKind::Training, "training", QT_TRANSLATE_NOOP("Enum", "Training course")},
        {EventKind::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other event")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<MissionOutcome>> enumEntries<MissionOutcome>()
{
    static const std::array<EnumEntry<MissionOutcome>, 6> table {{
        {MissionOutcome::Open, "open", QT_TRANSLATE_NOOP("Enum", "Not yet known")},
        {MissionOutcome::Embedded, "embedded",
         QT_TRANSLATE_NOOP("Enum", "Embedded in the national academy")},
        {MissionOutcome::Completed, "completed", QT_TRANSLATE_NOOP("Enum", "Completed")},
        {MissionOutcome::Stalled, "stalled", QT_TRANSLATE_NOOP("Enum", "Stalled")},
        {MissionOutcome::Abandoned, "abandoned", QT_TRANSLATE_NOOP("Enum", "Abandoned")},
        {MissionOutcome::Replaced, "replaced", QT_TRANSLATE_NOOP("Enum", "Replaced")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<StakeholderKind>> enumEntries<StakeholderKind>()
{
    static const std::array<EnumEntry<StakeholderKind>, 2> table {{
        {StakeholderKind::Person, "person", QT_TRANSLATE_NOOP("Enum", "Person")},
        {StakeholderKind::Group, "group", QT_TRANSLATE_NOOP("Enum", "Group or organisation")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<StakeholderType>> enumEntries<StakeholderType>()
{
    static const std::array<EnumEntry<StakeholderType>, 10> table {{
        {StakeholderType::Ministry, "ministry", QT_TRANSLATE_NOOP("Enum", "Ministry")},
        {StakeholderType::PoliceSeniorCommand, "police_senior",
         QT_TRANSLATE_NOOP("Enum", "Police senior command")},
        {StakeholderType::PoliceFrontLine, "police_front_line",
         QT_TRANSLATE_NOOP("Enum", "Police front-line")},
        {StakeholderType::Academy, "academy", QT_TRANSLATE_NOOP("Enum", "Academy or trainer")},
        {StakeholderType::Judiciary, "judiciary",
         QT_TRANSLATE_NOOP("Enum", "Prosecution or judiciary")},
        {StakeholderType::CivilSociety, "civil_society",
         QT_TRANSLATE_NOOP("Enum", "NGO or civil society")},
        {StakeholderType::AffectedCommunity, "affected_community",
         QT_TRANSLATE_NOOP("Enum", "Affected community")},
        {StakeholderType::International, "international",
         QT_TRANSLATE_NOOP("Enum", "International organisation or donor")},
        {StakeholderType::OtherMission, "other_mission",
         QT_TRANSLATE_NOOP("Enum", "Other mission")},
        {StakeholderType::Media, "media", QT_TRANSLATE_NOOP("Enum", "Media")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<Sex>> enumEntries<Sex>()
{
    static const std::array<EnumEntry<Sex>, 4> table {{
        {Sex::Female, "female", QT_TRANSLATE_NOOP("Enum", "Female")},
        {Sex::Male, "male", QT_TRANSLATE_NOOP("Enum", "Male")},
        {Sex::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
        {Sex::NotRecorded, "not_recorded", QT_TRANSLATE_NOOP("Enum", "Not recorded")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<Attitude>> enumEntries<Attitude>()
{
    static const std::array<EnumEntry<Attitude>, 5> table {{
        {Attitude::Blocker, "blocker", QT_TRANSLATE_NOOP("Enum", "Blocker")},
        {Attitude::Sceptic, "sceptic", QT_TRANSLATE_NOOP("Enum", "Sceptic")},
        {Attitude::Neutral, "neutral", QT_TRANSLATE_NOOP("Enum", "Neutral")},
        {Attitude::Supporter, "supporter", QT_TRANSLATE_NOOP("Enum", "Supporter")},
        {Attitude::Champion, "champion", QT_TRANSLATE_NOOP("Enum", "Champion")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<Quadrant>> enumEntries<Quadrant>()
{
    static const std::array<EnumEntry<Quadrant>, 4> table {{
        {Quadrant::ManageClosely, "manage_closely", QT_TRANSLATE_NOOP("Enum", "Manage closely")},
        {Quadrant::KeepSatisfied, "keep_satisfied", QT_TRANSLATE_NOOP("Enum", "Keep satisfied")},
        {Quadrant::KeepInformed, "keep_informed", QT_TRANSLATE_NOOP("Enum", "Keep informed")},
        {Quadrant::Monitor, "monitor", QT_TRANSLATE_NOOP("Enum", "Monitor")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<EngagementType>> enumEntries<EngagementType>()
{
    static const std::array<EnumEntry<EngagementType>, 6> table {{
        {EngagementType::Meeting, "meeting", QT_TRANSLATE_NOOP("Enum", "Meeting")},
        {EngagementType::Call, "call", QT_TRANSLATE_NOOP("Enum", "Call")},
        {EngagementType::Workshop, "workshop", QT_TRANSLATE_NOOP("Enum", "Workshop")},
        {EngagementType::SiteVisit, "site_visit", QT_TRANSLATE_NOOP("Enum", "Site visit")},
        {EngagementType::Correspondence, "correspondence",
         QT_TRANSLATE_NOOP("Enum", "Correspondence")},
        {EngagementType::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<RiskCategory>> enumEntries<RiskCategory>()
{
    static const std::array<EnumEntry<RiskCategory>, 10> table {{
        {RiskCategory::Political, "political", QT_TRANSLATE_NOOP("Enum", "Political")},
        {RiskCategory::Institutional, "institutional", QT_TRANSLATE_NOOP("Enum", "Institutional")},
        {RiskCategory::Coordination, "coordination", QT_TRANSLATE_NOOP("Enum", "Coordination")},
        {RiskCategory::Security, "security", QT_TRANSLATE_NOOP("Enum", "Security")},
        {RiskCategory::Economic, "economic", QT_TRANSLATE_NOOP("Enum", "Economic")},
        {RiskCategory::Social, "social", QT_TRANSLATE_NOOP("Enum", "Social")},
        {RiskCategory::Information, "information", QT_TRANSLATE_NOOP("Enum", "Information")},
        {RiskCategory::Infrastructure, "infrastructure",
         QT_TRANSLATE_NOOP("Enum", "Infrastructure")},
        {RiskCategory::Inclusion, "inclusion", QT_TRANSLATE_NOOP("Enum", "Inclusion")},
        {RiskCategory::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<RiskTreatment>> enumEntries<RiskTreatment>()
{
    static const std::array<EnumEntry<RiskTreatment>, 5> table {{
        {RiskTreatment::Avoid, "avoid", QT_TRANSLATE_NOOP("Enum", "Avoid")},
        {RiskTreatment::ReduceLikelihood, "reduce_likelihood",
         QT_TRANSLATE_NOOP("Enum", "Reduce likelihood")},
        {RiskTreatment::ReduceImpact, "reduce_impact", QT_TRANSLATE_NOOP("Enum", "Reduce impact")},
        {RiskTreatment::Share, "share", QT_TRANSLATE_NOOP("Enum", "Share")},
        {RiskTreatment::Accept, "accept", QT_TRANSLATE_NOOP("Enum", "Accept")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<RiskBand>> enumEntries<RiskBand>()
{
    static const std::array<EnumEntry<RiskBand>, 3> table {{
        {RiskBand::Low, "low", QT_TRANSLATE_NOOP("Enum", "Low")},
        {RiskBand::Medium, "medium", QT_TRANSLATE_NOOP("Enum", "Medium")},
        {RiskBand::High, "high", QT_TRANSLATE_NOOP("Enum", "High")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<ConsultationFormat>> enumEntries<ConsultationFormat>()
{
    static const std::array<EnumEntry<ConsultationFormat>, 5> table {{
        {ConsultationFormat::Roundtable, "roundtable", QT_TRANSLATE_NOOP("Enum", "Roundtable")},
        {ConsultationFormat::FocusGroup, "focus_group", QT_TRANSLATE_NOOP("Enum", "Focus group")},
        {ConsultationFormat::Bilateral, "bilateral",
         QT_TRANSLATE_NOOP("Enum", "Bilateral meeting")},
        {ConsultationFormat::Survey, "survey", QT_TRANSLATE_NOOP("Enum", "Survey")},
        {ConsultationFormat::Workshop, "workshop", QT_TRANSLATE_NOOP("Enum", "Workshop")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<LegislationApproach>> enumEntries<LegislationApproach>()
{
    static const std::array<EnumEntry<LegislationApproach>, 4> table {{
        {LegislationApproach::SubstantiveOffence, "substantive_offence",
         QT_TRANSLATE_NOOP("Enum", "Substantive offence")},
        {LegislationApproach::PenaltyEnhancement, "penalty_enhancement",
         QT_TRANSLATE_NOOP("Enum", "Penalty enhancement")},
        {LegislationApproach::GeneralAggravation, "general_aggravation",
         QT_TRANSLATE_NOOP("Enum", "General aggravating circumstance")},
        {LegislationApproach::None, "none", QT_TRANSLATE_NOOP("Enum", "No specific provision")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<CapacityDimension>> enumEntries<CapacityDimension>()
{
    static const std::array<EnumEntry<CapacityDimension>, 9> table {{
        {CapacityDimension::BiasIndicators, "bias_indicators",
         QT_TRANSLATE_NOOP("Enum", "Recognition of bias indicators")},
        {CapacityDimension::RecordingData, "recording_data",
         QT_TRANSLATE_NOOP("Enum", "Recording and data")},
        {CapacityDimension::Investigation, "investigation",
         QT_TRANSLATE_NOOP("Enum", "Investigation")},
        {CapacityDimension::VictimSupport, "victim_support",
         QT_TRANSLATE_NOOP("Enum", "Victim support")},
        {CapacityDimension::CommunityEngagement, "community_engagement",
         QT_TRANSLATE_NOOP("Enum", "Community engagement")},
        {CapacityDimension::LeadershipPolicy, "leadership_policy",
         QT_TRANSLATE_NOOP("Enum", "Leadership and policy")},
        {CapacityDimension::TrainingInstitution, "training_institution",
         QT_TRANSLATE_NOOP("Enum", "Training-institution capacity")},
        {CapacityDimension::ProsecutionLiaison, "prosecution_liaison",
         QT_TRANSLATE_NOOP("Enum", "Prosecution liaison")},
        {CapacityDimension::InformationSharing, "information_sharing",
         QT_TRANSLATE_NOOP("Enum", "Information sharing")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<FindingKind>> enumEntries<FindingKind>()
{
    static const std::array<EnumEntry<FindingKind>, 8> table {{
        {FindingKind::Concern, "concern", QT_TRANSLATE_NOOP("Enum", "Concern")},
        {FindingKind::Expectation, "expectation", QT_TRANSLATE_NOOP("Enum", "Expectation")},
        {FindingKind::Agreement, "agreement", QT_TRANSLATE_NOOP("Enum", "Agreement")},
        {FindingKind::Challenge, "challenge", QT_TRANSLATE_NOOP("Enum", "Challenge")},
        {FindingKind::Opportunity, "opportunity", QT_TRANSLATE_NOOP("Enum", "Opportunity")},
        {FindingKind::Lesson, "lesson", QT_TRANSLATE_NOOP("Enum", "Lesson learned")},
        {FindingKind::ResourceRequest, "resource_request",
         QT_TRANSLATE_NOOP("Enum", "Resource asked for")},
        {FindingKind::NextStep, "next_step", QT_TRANSLATE_NOOP("Enum", "Next step")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<ModuleLevel>> enumEntries<ModuleLevel>()
{
    static const std::array<EnumEntry<ModuleLevel>, 2> table {{
        {ModuleLevel::Core, "core", QT_TRANSLATE_NOOP("Enum", "Core")},
        {ModuleLevel::Specialist, "specialist", QT_TRANSLATE_NOOP("Enum", "Specialist")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<Coverage>> enumEntries<Coverage>()
{
    static const std::array<EnumEntry<Coverage>, 2> table {{
        {Coverage::Full, "full", QT_TRANSLATE_NOOP("Enum", "Full")},
        {Coverage::Partial, "partial", QT_TRANSLATE_NOOP("Enum", "Partial")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<TrainingTier>> enumEntries<TrainingTier>()
{
    static const std::array<EnumEntry<TrainingTier>, 4> table {{
        {TrainingTier::International, "international", QT_TRANSLATE_NOOP("Enum", "International")},
        {TrainingTier::National, "national", QT_TRANSLATE_NOOP("Enum", "National")},
        {TrainingTier::Regional, "regional", QT_TRANSLATE_NOOP("Enum", "Regional")},
        {TrainingTier::Local, "local", QT_TRANSLATE_NOOP("Enum", "Local")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<TraineeRole>> enumEntries<TraineeRole>()
{
    static const std::array<EnumEntry<TraineeRole>, 2> table {{
        {TraineeRole::Trainer, "trainer", QT_TRANSLATE_NOOP("Enum", "Trainer")},
        {TraineeRole::Participant, "participant", QT_TRANSLATE_NOOP("Enum", "Participant")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<MaterialType>> enumEntries<MaterialType>()
{
    static const std::array<EnumEntry<MaterialType>, 5> table {{
        {MaterialType::Manual, "manual", QT_TRANSLATE_NOOP("Enum", "Manual")},
        {MaterialType::Handout, "handout", QT_TRANSLATE_NOOP("Enum", "Handout")},
        {MaterialType::Slides, "slides", QT_TRANSLATE_NOOP("Enum", "Slides")},
        {MaterialType::CaseStudy, "case_study", QT_TRANSLATE_NOOP("Enum", "Case study")},
        {MaterialType::Video, "video", QT_TRANSLATE_NOOP("Enum", "Video")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<MaterialStatus>> enumEntries<MaterialStatus>()
{
    static const std::array<EnumEntry<MaterialStatus>, 4> table {{
        {MaterialStatus::Draft, "draft", QT_TRANSLATE_NOOP("Enum", "Draft")},
        {MaterialStatus::Review, "review", QT_TRANSLATE_NOOP("Enum", "In review")},
        {MaterialStatus::Validated, "validated", QT_TRANSLATE_NOOP("Enum", "Validated")},
        {MaterialStatus::Published, "published", QT_TRANSLATE_NOOP("Enum", "Published")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<FollowUpType>> enumEntries<FollowUpType>()
{
    static const std::array<EnumEntry<FollowUpType>, 6> table {{
        {FollowUpType::Refresher, "refresher", QT_TRANSLATE_NOOP("Enum", "Refresher course")},
        {FollowUpType::Mentoring, "mentoring", QT_TRANSLATE_NOOP("Enum", "Mentoring")},
        {FollowUpType::CommunityOfPractice, "community_of_practice",
         QT_TRANSLATE_NOOP("Enum", "Community of practice")},
        {FollowUpType::ResourceShare, "resource_share",
         QT_TRANSLATE_NOOP("Enum", "Resource sharing")},
        {FollowUpType::StudyVisit, "study_visit", QT_TRANSLATE_NOOP("Enum", "Study visit")},
        {FollowUpType::Evaluation, "evaluation", QT_TRANSLATE_NOOP("Enum", "Follow-up evaluation")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<IndicatorLevel>> enumEntries<IndicatorLevel>()
{
    static const std::array<EnumEntry<IndicatorLevel>, 3> table {{
        {IndicatorLevel::Output, "output", QT_TRANSLATE_NOOP("Enum", "Output")},
        {IndicatorLevel::Outcome, "outcome", QT_TRANSLATE_NOOP("Enum", "Outcome")},
        {IndicatorLevel::Impact, "impact", QT_TRANSLATE_NOOP("Enum", "Impact")},
    }};
    return entries(table);
}

template<> std::span<const EnumEntry<Rag>> enumEntries<Rag>()
{
    static const std::array<EnumEntry<Rag>, 3> table {{
        {Rag::Red, "red", QT_TRANSLATE_NOOP("Enum", "Red")},
        {Rag::Amber, "amber", QT_TRANSLATE_NOOP("Enum", "Amber")},
        {Rag::Green, "green", QT_TRANSLATE_NOOP("Enum", "Green")},
    }};
    return entries(table);
}

int stageNumber(Stage stage)
{
    return static_cast<int>(stage) + 1;
}

Stage stageAt(int number)
{
    return static_cast<Stage>(std::clamp(number, 1, 5) - 1);
}

QString likelihoodLabel(int likelihood)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("Enum", "Rare"),           QT_TRANSLATE_NOOP("Enum", "Unlikely"),
        QT_TRANSLATE_NOOP("Enum", "Possible"),       QT_TRANSLATE_NOOP("Enum", "Likely"),
        QT_TRANSLATE_NOOP("Enum", "Almost certain"),
    };
    if (likelihood < 1 || likelihood > 5)
        return {};
    return translatedEnumLabel(labels[likelihood - 1]);
}

QString impactLabel(int impact)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("Enum", "Insignificant"), QT_TRANSLATE_NOOP("Enum", "Minor"),
        QT_TRANSLATE_NOOP("Enum", "Moderate"),      QT_TRANSLATE_NOOP("Enum", "Major"),
        QT_TRANSLATE_NOOP("Enum", "Severe"),
    };
    if (impact < 1 || impact > 5)
        return {};
    return translatedEnumLabel(labels[impact - 1]);
}
