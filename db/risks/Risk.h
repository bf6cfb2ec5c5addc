#pragma once

#include "Describe.h"
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
    QString missionId; // empty: a programme's risk, or a portfolio-wide one
    QString programmeId; // a risk of a programme rather than of one of its missions
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
    RiskState state = RiskState::Open;
    QDate occurredOn; // when it came true
    QString consequence; // what it did when it came true
    // Not stored with the risk: the day its scores were assessed, which dates the re-assessment a
    // save records (invalid or today: the moment of saving). History entered after the fact.
    QDate assessedOn;

    int score() const { return likelihood * impact; }
    int residualScore() const { return residualLikelihood * residualImpact; }
    // Open risks are the ones still to treat: one that came true is an issue, not a risk.
    bool isOpen() const { return state == RiskState::Open; }
    bool reviewOverdue(const QDate &today) const
    {
        return isOpen() && reviewDate.isValid() && reviewDate < today;
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

// How each is stored: see Describe.h.
template<> struct Table<Risk>
{
    static constexpr const char *name = "risks";
    static constexpr const char *context = "Risk";
    static constexpr const char *order = "likelihood * impact DESC, title";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("mission_id", r.missionId, QT_TRANSLATE_NOOP("Risk", "mission"));
        io.ref("programme_id", r.programmeId, QT_TRANSLATE_NOOP("Risk", "programme"));
        io("title", r.title, QT_TRANSLATE_NOOP("Risk", "title"), Field::Required);
        io("description", r.description, QT_TRANSLATE_NOOP("Risk", "description"));
        io("category", r.category, QT_TRANSLATE_NOOP("Risk", "category"));
        io("owner", r.owner, QT_TRANSLATE_NOOP("Risk", "owner"));
        io("likelihood", r.likelihood, QT_TRANSLATE_NOOP("Risk", "likelihood"));
        io("impact", r.impact, QT_TRANSLATE_NOOP("Risk", "impact"));
        io("treatment", r.treatment, QT_TRANSLATE_NOOP("Risk", "treatment"));
        io("mitigation", r.mitigation, QT_TRANSLATE_NOOP("Risk", "mitigation"));
        io("residual_likelihood", r.residualLikelihood,
           QT_TRANSLATE_NOOP("Risk", "residual likelihood"));
        io("residual_impact", r.residualImpact, QT_TRANSLATE_NOOP("Risk", "residual impact"));
        io("review_date", r.reviewDate, QT_TRANSLATE_NOOP("Risk", "review date"));
        io("state", r.state, QT_TRANSLATE_NOOP("Risk", "state"));
        io("occurred_on", r.occurredOn, QT_TRANSLATE_NOOP("Risk", "date it came true"));
        io("consequence", r.consequence, QT_TRANSLATE_NOOP("Risk", "consequence"));
    }
};

template<> struct Table<RiskAssessment>
{
    static constexpr const char *name = "risk_assessments";
    static constexpr const char *context = "Risk";
    static constexpr const char *order = "assessed_at";
    static constexpr const char *owner = "risk_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io.ref("risk_id", r.riskId);
        io("assessed_at", r.assessedAt);
        io("likelihood", r.likelihood);
        io("impact", r.impact);
        io("residual_likelihood", r.residualLikelihood);
        io("residual_impact", r.residualImpact);
    }
};

template<> struct Table<RiskAction>
{
    static constexpr const char *context = "RiskAction";
    static constexpr const char *name = "risk_actions";
    static constexpr const char *order = "done, due_date IS NULL, due_date, created_at";
    static constexpr const char *owner = "risk_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("risk_id", r.riskId);
        io("action", r.action);
        io("owner", r.owner);
        io("due_date", r.dueDate);
        io("done", r.done);
    }
};
