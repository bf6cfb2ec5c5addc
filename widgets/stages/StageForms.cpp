#include "StageForms.h"
#include "ConsultationForms.h"
#include "FindingForms.h"
#include "IndicatorForms.h"
#include "OrientationForms.h"
#include "PostTrainingForms.h"
#include "TrainTheTrainerForms.h"

namespace {

// The tabs, in the order of the stages, each from the forms of its stage.
class Tabs
{
    Q_DECLARE_TR_FUNCTIONS(StageForms)

public:
    Tabs(Edits &edits, const QString &missionId, QWidget *parent)
        : m_consultation(edits, missionId, parent)
        , m_findings(edits, missionId, parent)
        , m_orientation(edits, missionId, parent)
        , m_trainTheTrainer(edits, missionId, parent)
        , m_postTraining(edits, missionId, parent)
    {
    }

    QList<StageForms::Tab> tabs()
    {
        return {
            {{Stage::Consultation}, tr("Sess&ions"), m_consultation.sessions()},
            {{Stage::Consultation},
             tr("Concerns and a&greements"),
             m_findings.findings(
                 QStringLiteral("consultationFindings"),
                 tr("Concerns, expectations and agreements"),
                 {FindingKind::Concern, FindingKind::Expectation, FindingKind::Agreement})},
            {{Stage::Orientation}, tr("&Legislation"), m_orientation.legislation()},
            {{Stage::Orientation}, tr("C&apacity"), m_orientation.capacity()},
            {{Stage::Orientation},
             tr("C&hallenges and opportunities"),
             m_findings.findings(QStringLiteral("orientationFindings"),
                                 tr("Challenges and opportunities"),
                                 {FindingKind::Challenge, FindingKind::Opportunity})},
            {{Stage::TrainTheTrainer},
             tr("&Trainers and participants"),
             m_trainTheTrainer.trainees()},
            {{Stage::TrainTheTrainer},
             tr("Training sessi&ons"),
             m_trainTheTrainer.trainingSessions()},
            {{Stage::TrainTheTrainer}, tr("Casca&de"), m_trainTheTrainer.cascadeTree()},
            {{Stage::TrainTheTrainer}, tr("Mat&erials"), m_trainTheTrainer.materials()},
            {{Stage::PostTraining}, tr("&Follow-up"), m_postTraining.followUp()},
            {{Stage::PostTraining},
             tr("Lessons and next ste&ps"),
             m_findings.findings(
                 QStringLiteral("postTrainingFindings"),
                 tr("Lessons learned, resources asked for and next steps"),
                 {FindingKind::Lesson, FindingKind::ResourceRequest, FindingKind::NextStep})},
        };
    }

private:
    ConsultationForms m_consultation;
    FindingForms m_findings;
    OrientationForms m_orientation;
    TrainTheTrainerForms m_trainTheTrainer;
    PostTrainingForms m_postTraining;
};

} // namespace

QList<StageForms::Tab> StageForms::create(Edits &edits, const QString &missionId, QWidget *parent)
{
    return Tabs(edits, missionId, parent).tabs();
}

QWidget *StageForms::indicators(Edits &edits, const QString &missionId, QWidget *parent)
{
    return IndicatorForms(edits, missionId, parent).indicators();
}
