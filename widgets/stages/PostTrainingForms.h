#pragma once

#include "StageFormBuilder.h"

// The post-training stage's follow-up activities, under whether the course is embedded in the
// national academy's curriculum.
class PostTrainingForms : public StageFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StageForms)

public:
    using StageFormBuilder::StageFormBuilder;

    RecordListPanel *followUp();

private:
    QWidget *embeddedFlag();
};
