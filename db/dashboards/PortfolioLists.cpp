#include "PortfolioLists.h"
#include "Database.h"
#include "Log.h"
#include "ReadAhead.h"

#include <QSqlQuery>

namespace {

// Read and written in the window's thread only.
ReadAhead<PortfolioLists, QDate> s_ahead;

} // namespace

std::shared_future<std::optional<PortfolioLists>> PortfolioLists::readAhead(Database &db,
                                                                            const QDate &today)
{
    return s_ahead.start(db, today,
                         [today](const QSqlDatabase &connection) -> std::optional<PortfolioLists> {
                             // In one read transaction: both lists of the same state.
                             QSqlQuery(connection).exec(QStringLiteral("BEGIN"));
                             std::optional<PortfolioLists> lists = readOn(connection, today);
                             QSqlQuery(connection).exec(QStringLiteral("COMMIT"));
                             if (!lists) // the page reads them, and says what failed
                                 qCWarning(lcDb) << "the portfolio's lists were not read aside";
                             return lists;
                         });
}

std::optional<PortfolioLists> PortfolioLists::take(Database &db, const QDate &today)
{
    return s_ahead.take(db, today);
}

std::optional<PortfolioLists> PortfolioLists::readOn(const QSqlDatabase &connection,
                                                     const QDate &today)
{
    PortfolioLists lists;
    if (!EngagementRepository::readOverdueFollowUps(connection, today, Limit, lists.followUps)
        || !RiskRepository::readOverdueWork(connection, today, Limit, lists.riskWork))
        return std::nullopt;
    return lists;
}
