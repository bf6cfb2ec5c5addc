#pragma once

#include "Repository.h"
#include "Stakeholder.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// Stakeholders, their links to missions, and the dated snapshots of their position. Saving a
// stakeholder whose power, interest, attitude or trust changed records a snapshot in the same
// transaction.
class StakeholderRepository
{
public:
    explicit StakeholderRepository(Database &db);

    QList<Stakeholder> all() const;
    // Every stakeholder with what the list shows and filters on only, one at a time: no contact
    // details or notes (editors read the whole record with find()).
    void eachListed(const std::function<void(const Stakeholder &)> &each) const;
    QList<Stakeholder> forMission(const QString &missionId) const;
    std::optional<Stakeholder> find(const QString &id) const;
    int count() const;
    // Every stakeholder's name as it may be shown (protected names hidden), by id, in one query.
    QHash<QString, QString> displayNames() const;

    // `asOf` dates the snapshot that a new or moved stakeholder gets (default: now).
    bool save(Stakeholder &stakeholder, QString *error = nullptr, const QDateTime &asOf = {});
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);

    QList<StakeholderSnapshot> snapshots(const QString &stakeholderId) const;

    QList<StakeholderLink> linksForMission(const QString &missionId) const;
    QList<StakeholderLink> linksForStakeholder(const QString &stakeholderId) const;
    bool link(StakeholderLink &link, QString *error = nullptr);
    bool unlink(const QString &linkId, QString *error = nullptr);

private:
    QList<Stakeholder> withWithheld(QList<Stakeholder> stakeholders) const;
    QHash<QString, QStringList> withheldFields() const;
    QList<StakeholderLink> links(const QString &column, const QString &id) const;
    bool addSnapshot(const Stakeholder &stakeholder, const QDateTime &takenAt, QString *error);

    Database &m_db;
};

extern template class Repository<Stakeholder>;
extern template class Repository<StakeholderLink>;
extern template class Repository<StakeholderSnapshot>;
