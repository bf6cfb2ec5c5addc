#include "FieldHistory.h"
#include "RepositoryImpl.h"

QList<FieldChange> FieldHistory::of(Database &db, QLatin1String table, const QString &recordId)
{
    return Repository<FieldChange>(db).where(QStringLiteral("r.table_name = ? AND r.record_id = ?"),
                                             {QString(table), recordId},
                                             QStringLiteral("r.created_at, r.rowid"));
}

template class Repository<FieldChange>;
