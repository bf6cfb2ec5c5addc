#pragma once

#include "Mission.h"
#include "Repository.h"

#include <QList>

#include <optional>

class Database;

// Missions in the store. Reads skip deleted rows; writes validate first and run in a transaction.
class MissionRepository
{
public:
    explicit MissionRepository(Database &db);

    QList<Mission> all() const;
    std::optional<Mission> find(const QString &id) const;
    int count() const;

    // Validation including what only the store knows (a code already in use).
    FieldErrors check(const Mission &mission) const;
    // Inserts when the id is empty or unknown, else updates. Fills id and timestamps.
    bool save(Mission &mission, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);
    bool codeInUse(const QString &code, const QString &exceptId = {}) const;

private:
    Database &m_db;
};

extern template class Repository<Mission>;
