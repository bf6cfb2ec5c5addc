#pragma once

#include "StageFormBuilder.h"

// The consultation stage's list of sessions: when and where, who attended, women and men.
class ConsultationForms : public StageFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StageForms)

public:
    using StageFormBuilder::StageFormBuilder;

    RecordListPanel *sessions();

private:
    // The mission's stakeholders, for attendance.
    static RecordChoices stakeholderChoices(Database &db, const QString &missionId);
};
