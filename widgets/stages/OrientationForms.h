#pragma once

#include "StageFormBuilder.h"

// The orientation stage's lists: the national legislation reviewed, and the capacity assessed on
// the 0-4 scale.
class OrientationForms : public StageFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StageForms)

public:
    using StageFormBuilder::StageFormBuilder;

    RecordListPanel *legislation();
    RecordListPanel *capacity();
};
