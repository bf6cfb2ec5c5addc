#pragma once

#include <QDate>
#include <QList>

class Database;

// Headline figures of the open portfolio, computed with aggregate queries.
struct PortfolioSummary
{
    int missions = 0;
    int activeMissions = 0;
    int stakeholders = 0;
    int openRisks = 0;
    int highRisks = 0; // open risks whose inherent score is in the high band
    int overdueFollowUps = 0; // engagements with a follow-up date before today, not done
    QList<int> missionsByStage; // missions not closed, per stage, in stage order (5 entries)
    QList<int> openRisksByBand; // low, medium, high

    static PortfolioSummary compute(Database &db, const QDate &today);
};
