#include "Edits.h"
#include "EngagementRepository.h"
#include "RecordCommand.h"
#include "StakeholderRepository.h"
#include "TransactionGuard.h"

#include <QSet>

using namespace EditsSupport;

bool Edits::saveStakeholder(Stakeholder &stakeholder, QString *error)
{
    // Protected names stay out of the undo text, which the Edit menu shows.
    return saveRecord<StakeholderRepository>(
        stakeholder, stakeholder.validate(),
        [](const std::optional<Stakeholder> &before, const Stakeholder &after) {
            const QString shown = after.displayName();
            return changeText<Stakeholder>(before, after, tr("Add stakeholder %1").arg(shown),
                                           tr("Change stakeholder %1"),
                                           tr("Edit stakeholder %1").arg(shown));
        },
        error);
}

bool Edits::deleteStakeholder(const QString &id, QString *error)
{
    return deleteRecord<StakeholderRepository>(
        id, [](const Stakeholder &s) { return tr("Delete stakeholder %1").arg(s.displayName()); },
        tr("The stakeholder no longer exists."), error);
}

bool Edits::saveLink(StakeholderLink &link, QString *error)
{
    StakeholderRepository stakeholders(m_db);
    const bool creating = link.meta.id.isEmpty();
    std::optional<StakeholderLink> before;
    if (!creating) {
        for (const StakeholderLink &existing : stakeholders.linksForMission(link.missionId)) {
            if (existing.meta.id == link.meta.id)
                before = existing;
        }
    }
    StakeholderLink after = link;
    QString refusal;
    // Validate (and catch a duplicate link) before anything is pushed.
    if (creating) {
        const FieldErrors errors = link.validate();
        if (!errors.isEmpty()) {
            if (error)
                *error = joinMessages(errors);
            return false;
        }
        for (const StakeholderLink &existing : stakeholders.linksForMission(link.missionId)) {
            if (existing.stakeholderId == link.stakeholderId) {
                if (error)
                    *error = Stakeholder::tr("This stakeholder is already linked to the mission; "
                                             "edit the existing role instead.");
                return false;
            }
        }
        after.meta.id = newRecordId();
    }
    Database &db = m_db;
    auto *command = new RecordCommand(
        creating ? tr("Link stakeholder to mission") : tr("Change role"),
        [&db, after, first = std::make_shared<bool>(true)](QString *e) {
            StakeholderLink value = after;
            if (!std::exchange(*first, false))
                value.meta.version = 0; // see saveRecord
            return StakeholderRepository(db).link(value, e);
        },
        [&db, before, id = after.meta.id](QString *e) {
            if (!before)
                return StakeholderRepository(db).unlink(id, e);
            StakeholderLink value = *before;
            value.meta.version = 0;
            return StakeholderRepository(db).link(value, e);
        },
        this);
    if (!push(command, error))
        return false;
    link = after;
    return true;
}

bool Edits::addStakeholders(QList<NewStakeholder> &rows, const QString &missionId,
                            const QString &undoText, QString *error)
{
    const auto where = [](const NewStakeholder &row, const QString &message) {
        return row.line > 0 ? tr("Line %1: %2").arg(row.line).arg(message) : message;
    };
    // Everything is checked before anything is written or pushed; a refusal leaves the rows
    // as they were handed over, without ids.
    const auto refuse = [&rows, error, where](const NewStakeholder &row, const FieldErrors &e) {
        if (error)
            *error = where(row, joinMessages(e));
        for (NewStakeholder &r : rows)
            r.stakeholder.meta.id.clear();
        return false;
    };
    QList<StakeholderLink> links;
    for (NewStakeholder &row : rows) {
        if (const FieldErrors errors = row.stakeholder.validate(); !errors.isEmpty())
            return refuse(row, errors);
        row.stakeholder.meta.id = newRecordId();
        if (!missionId.isEmpty()) {
            StakeholderLink link;
            link.meta.id = newRecordId();
            link.missionId = missionId;
            link.stakeholderId = row.stakeholder.meta.id;
            link.role = row.role;
            if (const FieldErrors errors = link.validate(); !errors.isEmpty())
                return refuse(row, errors);
            links.append(link);
        }
    }
    Database &db = m_db;
    const QList<NewStakeholder> after = rows;
    auto *command = new RecordCommand(
        undoText,
        [&db, after, links, where](QString *e) {
            TransactionGuard all(db);
            if (!all.started(e))
                return false;
            StakeholderRepository repository(db);
            for (qsizetype i = 0; i < after.size(); ++i) {
                Stakeholder s = after.at(i).stakeholder;
                QString why;
                bool ok = repository.save(s, &why);
                if (ok && i < links.size()) {
                    StakeholderLink link = links.at(i);
                    ok = repository.link(link, &why);
                }
                if (!ok) {
                    if (e)
                        *e = where(after.at(i), why);
                    return false; // rolled back: none of them
                }
            }
            return all.commit(e);
        },
        [&db, after, links](QString *e) {
            TransactionGuard all(db);
            if (!all.started(e))
                return false;
            StakeholderRepository repository(db);
            for (const StakeholderLink &link : links) {
                if (!repository.unlink(link.meta.id, e))
                    return false;
            }
            for (const NewStakeholder &row : after) {
                if (!repository.remove(row.stakeholder.meta.id, e))
                    return false;
            }
            return all.commit(e);
        },
        this);
    if (!push(command, error)) {
        for (NewStakeholder &row : rows)
            row.stakeholder.meta = {};
        return false;
    }
    StakeholderRepository repository(m_db);
    for (NewStakeholder &row : rows) {
        if (const std::optional<Stakeholder> saved = repository.find(row.stakeholder.meta.id))
            row.stakeholder = *saved;
    }
    return true;
}

bool Edits::deleteLink(const QString &linkId, QString *error)
{
    Database &db = m_db;
    return push(
        new RecordCommand(
            tr("Unlink stakeholder from mission"),
            [&db, linkId](QString *e) { return StakeholderRepository(db).unlink(linkId, e); },
            [&db, linkId](QString *e) {
                return Repository<StakeholderLink>(db).restore(linkId, e);
            },
            this),
        error);
}

bool Edits::saveEngagement(Engagement &engagement, QString *error)
{
    return saveRecord<EngagementRepository>(
        engagement, engagement.validate(),
        [](const std::optional<Engagement> &before, const Engagement &after) {
            const QString date = after.date.toString(Qt::ISODate);
            return before ? tr("Edit engagement of %1").arg(date)
                          : tr("Log engagement of %1").arg(date);
        },
        error);
}

bool Edits::deleteEngagement(const QString &id, QString *error)
{
    return deleteRecord<EngagementRepository>(
        id,
        [](const Engagement &e) {
            return tr("Delete engagement of %1").arg(e.date.toString(Qt::ISODate));
        },
        tr("The engagement no longer exists."), error);
}

bool Edits::linkToMissions(const QString &stakeholderId, const QStringList &missionIds,
                           const QString &role, QString *error)
{
    StakeholderRepository stakeholders(m_db);
    QSet<QString> linked;
    for (const StakeholderLink &existing : stakeholders.linksForStakeholder(stakeholderId))
        linked.insert(existing.missionId);
    QList<StakeholderLink> links;
    for (const QString &missionId : missionIds) {
        StakeholderLink link;
        link.meta.id = newRecordId();
        link.missionId = missionId;
        link.stakeholderId = stakeholderId;
        link.role = role;
        FieldErrors errors = link.validate();
        if (errors.isEmpty() && linked.contains(missionId))
            errors.append({QStringLiteral("missionId"),
                           Stakeholder::tr("This stakeholder is already linked to the mission; "
                                           "edit the existing role instead.")});
        if (!errors.isEmpty()) {
            if (error)
                *error = joinMessages(errors);
            return false;
        }
        links.append(link);
    }
    if (links.isEmpty())
        return true;
    Database &db = m_db;
    auto *command = new RecordCommand(
        tr("Link stakeholder to %n mission(s)", nullptr, static_cast<int>(links.size())),
        [&db, links](QString *e) {
            TransactionGuard all(db);
            if (!all.started(e))
                return false;
            StakeholderRepository repository(db);
            for (StakeholderLink link : links) {
                link.meta.version = 0; // written anew each time it is done
                if (!repository.link(link, e))
                    return false; // rolled back: none of them
            }
            return all.commit(e);
        },
        [&db, links](QString *e) {
            TransactionGuard all(db);
            if (!all.started(e))
                return false;
            StakeholderRepository repository(db);
            for (const StakeholderLink &link : links) {
                if (!repository.unlink(link.meta.id, e))
                    return false;
            }
            return all.commit(e);
        },
        this);
    return push(command, error);
}
