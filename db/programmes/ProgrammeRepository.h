#pragma once

#include "Programme.h"
#include "Repository.h"

#include <QList>

#include <optional>

class Database;
struct Risk;

// Programmes and their events. Reads skip deleted rows; a save validates what only the store
// knows too (a code in use, a predecessor that would make a loop).
class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(Database &db);

    QList<Programme> all() const;
    std::optional<Programme> find(const QString &id) const;
    // The programme that names this one as its predecessor, if any.
    std::optional<Programme> successorOf(const QString &id) const;
    QList<ProgrammeEvent> events(const QString &programmeId) const;
    std::optional<ProgrammeEvent> findEvent(const QString &id) const;

    FieldErrors check(const Programme &programme) const;
    bool save(Programme &programme, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);
    bool codeInUse(const QString &code, const QString &exceptId = {}) const;

private:
    Database &m_db;
};

extern template class Repository<Programme>;
extern template class Repository<ProgrammeEvent>;
