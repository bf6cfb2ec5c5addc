#include "FollowUpTableModel.h"
#include "Database.h"
#include "EngagementRepository.h"

FollowUpTableModel::FollowUpTableModel(
    Database &db, const QDate &today, int limit, QObject *parent,
    std::optional<QList<EngagementRepository::ListedFollowUp>> read)
    : TableModel<Engagement>(parent)
    , m_db(db)
    , m_today(today)
    , m_limit(limit)
{
    setColumns({
        Column([] { return tr("Due"); },
               [](const Engagement &e) { return e.followUpDate.toString(Qt::ISODate); }),
        Column([] { return tr("Days late"); },
               [this](const Engagement &e) { return e.followUpDate.daysTo(m_today); })
            .centred(),
        Column([] { return tr("Stakeholder"); },
               [this](const Engagement &e) { return m_names.value(e.stakeholderId); }),
        Column([] { return tr("Mission"); },
               [this](const Engagement &e) { return m_codes.value(e.missionId); }),
        Column([] { return tr("Purpose"); }, [](const Engagement &e) { return e.purpose; }),
    });
    connect(&m_db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Engagement, RecordKind::Stakeholder}))
            reload();
    });
    if (read)
        show(*read);
    else
        reload();
}

void FollowUpTableModel::reload()
{
    show(EngagementRepository(m_db).overdueFollowUps(m_today, m_limit));
}

void FollowUpTableModel::show(const QList<EngagementRepository::ListedFollowUp> &rows)
{
    QList<Engagement> overdue;
    m_names.clear();
    m_codes.clear();
    for (const auto &row : rows) {
        overdue.append(row.engagement);
        m_names.insert(row.engagement.stakeholderId, row.stakeholder);
        m_codes.insert(row.engagement.missionId, row.missionCode);
    }
    setRows(overdue);
}
