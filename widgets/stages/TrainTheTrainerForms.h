#pragma once

#include "StageFormBuilder.h"

// The train-the-trainer stage's lists: trainers and participants, training sessions with the
// mission's targets, the cascade of trainers and the sessions they lead, and the materials.
class TrainTheTrainerForms : public StageFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StageForms)

public:
    using StageFormBuilder::StageFormBuilder;

    RecordListPanel *trainees();
    RecordListPanel *trainingSessions();
    // Each certified trainer and the sessions they lead: the cascade.
    QWidget *cascadeTree();
    RecordListPanel *materials();

private:
    // A target of the mission (trainers to certify, officers to reach), edited in place.
    QWidget *missionTarget(const QString &name, const QString &label,
                           std::optional<int> Mission::*member, int high);
    static RecordChoices moduleChoices(Database &db, const QString &missionId);
    static QHash<QString, QString> moduleCodes(Database &db, const QString &missionId);
};
