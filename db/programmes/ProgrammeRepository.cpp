#include "ProgrammeRepository.h"
#include "RepositoryImpl.h"

#include <QSet>
#include <QSqlQuery>

ProgrammeRepository::ProgrammeRepository(Database &db)
    : m_db(db)
{
}

QList<Programme> ProgrammeRepository::all() const
{
    return Repository<Programme>(m_db).all();
}

std::optional<Programme> ProgrammeRepository::find(const QString &id) const
{
    return Repository<Programme>(m_db).find(id);
}

std::optional<Programme> ProgrammeRepository::successorOf(const QString &id) const
{
    const QList<Programme> successors =
        Repository<Programme>(m_db).where(QStringLiteral("r.predecessor_id = ?"), {id});
    if (successors.isEmpty())
        return std::nullopt;
    return successors.constFirst();
}

QList<ProgrammeEvent> ProgrammeRepository::events(const QString &programmeId) const
{
    return Repository<ProgrammeEvent>(m_db).forOwner(programmeId);
}

std::optional<ProgrammeEvent> ProgrammeRepository::findEvent(const QString &id) const
{
    return Repository<ProgrammeEvent>(m_db).find(id);
}

bool ProgrammeRepository::codeInUse(const QString &code, const QString &exceptId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM programmes WHERE deleted = 0 AND code = ? AND id <> ?"));
    query.addBindValue(code.trimmed());
    query.addBindValue(exceptId.isNull() ? QStringLiteral("") : exceptId);
    return query.exec() && query.next();
}

FieldErrors ProgrammeRepository::check(const Programme &programme) const
{
    FieldErrors errors = programme.validate();
    if (!programme.code.trimmed().isEmpty() && codeInUse(programme.code, programme.meta.id)) {
        errors.append({QStringLiteral("code"),
                       Programme::tr("Code %1 is already used by another programme; choose "
                                     "another.")
                           .arg(programme.code.trimmed())});
    }
    // A predecessor that exists, and no loop: A replaced B replaced A.
    QSet<QString> seen {programme.meta.id};
    QString next = programme.predecessorId;
    while (!next.isEmpty()) {
        if (seen.contains(next)) {
            errors.append({QStringLiteral("predecessorId"),
                           Programme::tr("That predecessor was itself replaced by this "
                                         "programme: choose another.")});
            break;
        }
        seen.insert(next);
        const std::optional<Programme> earlier = find(next);
        if (!earlier) {
            if (next == programme.predecessorId)
                errors.append({QStringLiteral("predecessorId"),
                               Programme::tr("The predecessor programme no longer exists.")});
            break;
        }
        next = earlier->predecessorId;
    }
    if (const std::optional<Programme> other =
            programme.predecessorId.isEmpty() ? std::nullopt : successorOf(programme.predecessorId);
        other && other->meta.id != programme.meta.id) {
        errors.append({QStringLiteral("predecessorId"),
                       Programme::tr("%1 already replaced that programme: a programme has one "
                                     "successor.")
                           .arg(other->code)});
    }
    return errors;
}

bool ProgrammeRepository::save(Programme &programme, QString *error)
{
    const FieldErrors errors = check(programme);
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    return Repository<Programme>(m_db).write(programme, error);
}

bool ProgrammeRepository::remove(const QString &id, QString *error)
{
    return Repository<Programme>(m_db).remove(id, error);
}

bool ProgrammeRepository::restore(const QString &id, QString *error)
{
    return Repository<Programme>(m_db).restore(id, error);
}

template class Repository<Programme>;
template class Repository<ProgrammeEvent>;
