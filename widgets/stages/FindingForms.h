#pragma once

#include "StageFormBuilder.h"
#include "StageRecords.h"

// What consultation and orientation raise: concerns, expectations and agreements; challenges and
// opportunities. One list per stage, of the kinds given.
class FindingForms : public StageFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StageForms)

public:
    using StageFormBuilder::StageFormBuilder;

    RecordListPanel *findings(const QString &name, const QString &title,
                              const QList<FindingKind> &kinds);
};
