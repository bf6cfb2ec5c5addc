#pragma once

#include "Indicators.h"
#include "StageRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The line above each list of a stage's records: counts, headcounts, shares and means, computed
// from the records alone (a mission's targets are passed in), so that they can be checked
// without a window.
class StageSummaries
{
    Q_DECLARE_TR_FUNCTIONS(StageSummaries)

public:
    // `part` as a whole per cent of `whole`, rounded; 0 when `whole` is 0.
    static int percent(int part, int whole);

    // Sessions held, the people who took part in them and the share of women.
    static QString consultation(const QList<ConsultationSession> &sessions);
    // How many findings of each of `kinds`, in that order.
    static QString findings(const QList<Finding> &findings, const QList<FindingKind> &kinds);
    // Instruments reviewed, and those with gaps noted.
    static QString legislation(const QList<LegislationItem> &items);
    // Dimensions assessed, and those whose latest score is absent or ad hoc.
    static QString capacity(const QList<CapacityAssessment> &assessments);
    // Trainers certified (against the target), participants, the share of women and the mean
    // gain from pre- to post-test.
    static QString trainees(const QList<Trainee> &trainees,
                            std::optional<int> trainersTarget = std::nullopt);
    // Sessions held, the officers they trained and the share of women, against the targets.
    static QString trainingSessions(const QList<TrainingSession> &sessions,
                                    std::optional<int> officersTarget = std::nullopt,
                                    std::optional<int> womenShareTarget = std::nullopt);
    // Materials validated or published.
    static QString materials(const QList<Material> &materials);
    // Follow-up activities held and the people they reached.
    static QString followUp(const QList<FollowUpActivity> &activities);
    // Indicators by RAG status; `statuses` by indicator id (one without a value has no status).
    static QString indicators(const QList<Indicator> &indicators,
                              const QHash<QString, IndicatorStatus> &statuses);
    // The intermediate targets of one indicator, and the next one after `today`.
    static QString indicatorTargets(const QList<IndicatorTarget> &targets, const QDate &today);
    // The values of one indicator, and the share of women among those counted by sex.
    static QString indicatorValues(const QList<IndicatorValue> &values);
};
