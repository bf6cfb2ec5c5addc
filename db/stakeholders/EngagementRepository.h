#pragma once

#include "Engagement.h"
#include "Repository.h"

#include <QList>

#include <optional>

class Database;
class QSqlDatabase;
class QSqlError;

// The engagement log: every contact with a stakeholder, per stakeholder and per mission.
class EngagementRepository
{
public:
    explicit EngagementRepository(Database &db);

    QList<Engagement> forStakeholder(const QString &stakeholderId) const;
    QList<Engagement> forMission(const QString &missionId) const;
    // Follow-ups not done whose date is before `today`, of live stakeholders, oldest first; at
    // most `limit` (0: all). As the portfolio lists them, in one read: each engagement with only
    // its date, purpose, stakeholder and mission, with the stakeholder's name as shown (a
    // protected name hidden) and the mission's code (empty for a deleted mission).
    struct ListedFollowUp
    {
        Engagement engagement;
        QString stakeholder;
        QString missionCode;
    };
    QList<ListedFollowUp> overdueFollowUps(const QDate &today, int limit = 0) const;
    // The same on `connection`, in any thread: false, with SQLite's error, when it failed.
    static bool readOverdueFollowUps(const QSqlDatabase &connection, const QDate &today, int limit,
                                     QList<ListedFollowUp> &listed, QSqlError *error = nullptr);
    std::optional<Engagement> find(const QString &id) const;
    int count() const;

    bool save(Engagement &engagement, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);

private:
    Database &m_db;
};

extern template class Repository<Engagement>;
