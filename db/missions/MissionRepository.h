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

    // With their sites.
    QList<Mission> all() const;
    // Every live mission with what the list of missions shows and filters on, with its sites
    // (no counterpart, budget, context, targets, notes or times), in no particular order: an
    // editor reads the whole mission with find().
    QList<Mission> listed() const;
    // Each live mission's code, by id (one narrow query, for lists that name missions).
    QHash<QString, QString> codes() const;
    // The live missions in code order with only their id, code, title, status, programme and
    // archived flag read: for choosers and filters, which need not read every column and site.
    QList<Mission> labels() const;
    std::optional<Mission> find(const QString &id) const;
    // The missions of a programme, with their sites.
    QList<Mission> ofProgramme(const QString &programmeId) const;
    QList<MissionSite> sites(const QString &missionId) const;
    // Every country a live mission has a site in, sorted (for filters).
    QStringList countries() const;
    int count() const;

    // Validation including what only the store knows (a code already in use).
    FieldErrors check(const Mission &mission) const;
    // Inserts when the id is empty or unknown, else updates, with its sites, in one transaction:
    // the live ones of `mission.sites` are written in that order, those marked deleted (removed
    // in a form, or added by a change undo takes back) are deleted; a site not in the list (one
    // an import added meanwhile) is left alone. Fills ids and timestamps.
    bool save(Mission &mission, QString *error = nullptr);
    // Gives each new site of `mission` its id, so that a save redone writes the same records.
    static void nameSites(Mission &mission);
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);
    bool codeInUse(const QString &code, const QString &exceptId = {}) const;

private:
    Database &m_db;
};

extern template class Repository<Mission>;
extern template class Repository<MissionSite>;
