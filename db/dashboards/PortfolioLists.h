#pragma once

#include "EngagementRepository.h"
#include "RiskRepository.h"

#include <QDate>
#include <QList>

#include <future>
#include <optional>

class Database;
class QSqlDatabase;

// The lists under the portfolio's missions, what to chase today: the overdue follow-ups and the
// overdue risk reviews and actions, oldest first.
struct PortfolioLists
{
    // Of each list: the oldest, without loading thousands of rows.
    static constexpr int Limit = 500;

    QList<EngagementRepository::ListedFollowUp> followUps;
    QList<RiskRepository::OverdueWork> riskWork;

    // Starts reading both in a thread of their own (Database::readAside), in one read
    // transaction, for the next take() of the same state and day: the window reads the list of
    // missions meanwhile. Returns them as they will come: nothing when they could not be read
    // aside.
    static std::shared_future<std::optional<PortfolioLists>> readAhead(Database &db,
                                                                       const QDate &today);
    // Those read ahead for this state and day, once; nothing otherwise (the caller reads).
    static std::optional<PortfolioLists> take(Database &db, const QDate &today);
    // On `connection`, in any thread: nothing when either list could not be read.
    static std::optional<PortfolioLists> readOn(const QSqlDatabase &connection, const QDate &today);
};
