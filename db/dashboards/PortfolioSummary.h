#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <future>
#include <optional>

class Database;
class QSqlDatabase;
struct RiskBandLimits;

// Headline figures of the portfolio, computed with aggregate queries. A scope narrows them to one
// programme's missions and risks (its own and its missions'), or to the missions outside any.
struct PortfolioSummary
{
    // The scope of the missions outside any programme (a programme's id is a UUID, never this).
    static inline const QString NoProgramme = QStringLiteral("-");

    int missions = 0;
    int activeMissions = 0;
    int stakeholders = 0;
    int openRisks = 0;
    int highRisks = 0; // open risks whose inherent score is in the high band
    int issues = 0; // risks that came true
    int overdueFollowUps = 0; // engagements with a follow-up date before today, not done
    QList<int> missionsByStage; // missions not closed, per stage, in stage order (5 entries)
    QList<int> missionsByStatus; // every mission, closed ones included, per MissionStatus
    QList<int> missionsByOutcome; // every mission, per MissionOutcome (Open: not known yet)
    QList<int> openRisksByBand; // low, medium, high

    bool operator==(const PortfolioSummary &) const = default;

    // `programmeId`: empty for the whole portfolio, a programme's id, or NoProgramme.
    // The same state asked for again (the portfolio page, then the dashboards) is answered from
    // the last figures computed.
    static PortfolioSummary compute(Database &db, const QDate &today,
                                    const QString &programmeId = {});
    // Computed afresh, whatever was computed before.
    static PortfolioSummary computeNow(Database &db, const QDate &today,
                                       const QString &programmeId);
    // Starts computing the whole portfolio's figures in a thread of their own
    // (Database::readAside), for the next compute() of the same state and day to take: they take
    // as long as reading the list of missions, which the window does meanwhile. Returns them as
    // they will come: nothing when they could not be read aside (compute() reads them itself).
    static std::shared_future<std::optional<PortfolioSummary>> computeAhead(Database &db,
                                                                            const QDate &today);
    // On `db`, in any thread, with the risk bands read before. `complete` says whether every
    // figure could be read (one that could not is 0).
    static PortfolioSummary computeOn(const QSqlDatabase &db, const RiskBandLimits &bands,
                                      const QDate &today, const QString &programmeId,
                                      bool *complete = nullptr);
};
