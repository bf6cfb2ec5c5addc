#pragma once

#include "StageFormBuilder.h"

// The mission's indicators above the dated values and intermediate targets of the one selected.
class IndicatorForms : public StageFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StageForms)

public:
    using StageFormBuilder::StageFormBuilder;

    QWidget *indicators();

private:
    RecordListPanel *indicatorList();
    RecordListPanel *valueList(std::shared_ptr<QString> selected);
    RecordListPanel *targetList(std::shared_ptr<QString> selected);
};
