#include "FollowUpTableModel.h"
#include "Database.h"
#include "EngagementRepository.h"
#include "MissionRepository.h"
#include "StakeholderRepository.h"

FollowUpTableModel::FollowUpTableModel(Database &db, const QDate &today, int limit, QObject *parent)
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
    reload();
}

void FollowUpTableModel::reload()
{
    const QList<Engagement> overdue = EngagementRepository(m_db).overdueFollowUps(m_today, m_limit);
    QSet<QString> stakeholders;
    for (const Engagement &e : overdue)
        stakeholders.insert(e.stakeholderId);
    m_names = StakeholderRepository(m_db).displayNames(stakeholders);
    m_codes = MissionRepository(m_db).codes();
    setRows(overdue);
}
