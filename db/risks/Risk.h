#pragma once

#include "Enums.h"
#include "Record.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A threat to a mission, scored as likelihood x impact before (inherent) and after (residual)
// treatment. Every re-assessment leaves a RiskAssessment row so the trend can be charted.
struct Risk
{
    Q_DECLARE_TR_FUNCTIONS(Risk)

public:
    RecordMeta meta;
    QString missionId; // empty: a portfolio-wide risk
    QString title;
    QString description;
    RiskCategory category = RiskCategory::Other;
    QString owner;
    int likelihood = 3; // 1-5
    int impact = 3; // 1-5
    RiskTreatment treatment = RiskTreatment::ReduceLikelihood;
    QString mitigation;
    int residualLikelihood = 0; // 0: not assessed yet
    int residualImpact = 0;
    QDate reviewDate;
    bool closed = false;

    int score() const { return likelihood * impact; }
    int residualScore() const { return residualLikelihood * residualImpact; }
    bool reviewOverdue(const QDate &today) const
    {
        return !closed && reviewDate.isValid() && reviewDate < today;
    }
    FieldErrors validate() const;
};

// Rating bands of a score (likelihood x impact). The default bands are low 1-4, medium 5-10 and
// high 12-25; `mediumFrom` and `highFrom` move the boundaries.
RiskBand riskBand(int score, int mediumFrom = 5, int highFrom = 12);

// A step taken to treat a risk, with whoever carries it out and when it is due.
struct RiskAction
{
    Q_DECLARE_TR_FUNCTIONS(RiskAction)

public:
    RecordMeta meta;
    QString riskId;
    QString action;
    QString owner;
    QDate dueDate;
    bool done = false;

    bool overdue(const QDate &today) const { return !done && dueDate.isValid() && dueDate < today; }
    FieldErrors validate() const;
};

struct RiskAssessment
{
    RecordMeta meta;
    QString riskId;
    QDateTime assessedAt;
    int likelihood = 0;
    int impact = 0;
    int residualLikelihood = 0;
    int residualImpact = 0;

    int score() const { return likelihood * impact; }
};
