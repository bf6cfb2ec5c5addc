#pragma once

#include "Engagement.h"
#include "EngagementRepository.h"
#include "TableModel.h"

#include <QDate>
#include <QHash>

#include <optional>

class Database;

// Engagements whose follow-up date has passed without the follow-up being done, oldest first,
// with the stakeholder (protected names hidden) and the mission they concern.
class FollowUpTableModel : public TableModel<Engagement>
{
    Q_OBJECT

public:
    // The oldest `limit` are listed: what to chase first, without loading thousands of rows.
    // `read`: those rows as read already (PortfolioLists::take), shown without reading them
    // again; the next reload() reads.
    FollowUpTableModel(
        Database &db, const QDate &today, int limit = 500, QObject *parent = nullptr,
        std::optional<QList<EngagementRepository::ListedFollowUp>> read = std::nullopt);
    void reload();
    QString stakeholderIdAt(int row) const { return rowAt(row).stakeholderId; }

private:
    void show(const QList<EngagementRepository::ListedFollowUp> &rows);

    Database &m_db;
    QDate m_today;
    int m_limit;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_codes;
};
