#pragma once

#include "Enums.h"
#include "IndicatorProgress.h"
#include "Risk.h"
#include "StageProgress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// The days a report covers, both included.
struct ReportPeriod
{
    QDate from;
    QDate to;

    bool contains(const QDate &day) const { return day.isValid() && day >= from && day <= to; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // From the mission's start (or the earliest day it has on record) to today, or to its end
    // when it ended before today.
    static ReportPeriod forMission(Database &db, const QString &missionId);
};

// People counted by sex.
struct Headcount
{
    int female = 0;
    int male = 0;
    int other = 0; // another sex, or not recorded

    int total() const { return female + male + other; }
    Headcount &operator+=(const Headcount &more);
};

// The figures of a mission's report, computed once for a period so that the summary, the
// activities and the annexes say the same: the sessions held and the people they trained, by
// tier and sex, within the period and to its end; trainers certified; officers the cascade
// reached; consultations and follow-up; the indicators as they stood at the period's end; the
// risks; and what changed within the period. Nothing here knows about widgets.
struct MissionFigures
{
    Q_DECLARE_TR_FUNCTIONS(MissionFigures)

public:
    struct Tier
    {
        TrainingTier tier = TrainingTier::National;
        Headcount inPeriod;
        Headcount toDate;
    };
    struct Session
    {
        QDate date;
        QString title;
        TrainingTier tier = TrainingTier::National;
        Headcount people;
    };
    struct Change
    {
        QDate date;
        QString text;
    };

    ReportPeriod period;
    QList<StageStatus> stages;
    QList<Session> sessionsInPeriod; // held, by date
    int sessionsToDate = 0; // held by the period's end
    int sessionsPlanned = 0; // recorded, not held yet
    QList<Tier> tiers; // tiers with anyone trained by the period's end, in tier order
    Headcount trainedInPeriod;
    Headcount trainedToDate;
    int officersTarget = 0;
    int trainersTarget = 0;
    std::optional<int> womenShareTarget;
    int trainersCertifiedInPeriod = 0;
    int trainersCertifiedToDate = 0;
    int cascadeToDate = 0; // officers in sessions held, led by the mission's own trainers
    int consultationsInPeriod = 0;
    Headcount consultedInPeriod;
    int followUpsInPeriod = 0;
    int reachedByFollowUpInPeriod = 0;
    QList<IndicatorLine> indicators; // as they stood at the period's end
    QList<Risk> risks; // every risk of the mission
    QList<Risk> topRisks; // the open risks with the highest scores, at most three
    QList<Change> changes; // within the period, by date

    static MissionFigures compute(Database &db, const QString &missionId,
                                  const ReportPeriod &period);
    // "Stage 4 of 5, Train-the-trainer: 88 %".
    QString stageLine() const;
};

// "12 (5 women, 42 %)"; "12" when nobody's sex is recorded.
QString headcountText(const Headcount &people);
