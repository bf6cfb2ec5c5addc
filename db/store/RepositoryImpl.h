#pragma once

// The definitions of Repository<T>. Included only by the .cpp that holds a type's description,
// which then instantiates it: `template class Repository<Mission>;`.

#include "Database.h"
#include "Enums.h"
#include "RecordIo.h"
#include "Repository.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace RecordIo {

// A value as a person reads it, for the message of a refused save.
class ValueText
{
public:
    QHash<QString, QString> texts; // by column
    void operator()(const char *c, const QString &v, const char * = nullptr, int = 0) { add(c, v); }
    void operator()(const char *c, const QDate &v, const char * = nullptr, int = 0)
    {
        add(c, v.toString(Qt::ISODate));
    }
    void operator()(const char *c, const QDateTime &v, const char * = nullptr, int = 0)
    {
        add(c, v.toString(Qt::ISODate));
    }
    void operator()(const char *c, bool v, const char * = nullptr, int = 0)
    {
        add(c, v ? Database::tr("yes") : Database::tr("no"));
    }
    void operator()(const char *c, int v, const char * = nullptr, int = 0)
    {
        add(c, QString::number(v));
    }
    void operator()(const char *c, double v, const char * = nullptr, int = 0)
    {
        add(c, QString::number(v));
    }
    template<typename E>
    requires std::is_enum_v<E>
    void operator()(const char *c, E v, const char * = nullptr, int = 0) { add(c, enumLabel(v)); }
    template<typename V>
    void operator()(const char *c, const std::optional<V> &v, const char * = nullptr, int = 0)
    {
        if (!v)
            add(c, QString());
        else if constexpr (std::is_enum_v<V>)
            add(c, enumLabel(*v));
        else
            add(c, QString::number(*v));
    }
    template<typename V>
    void operator()(const char *c, NullWhen<V> v, const char * = nullptr, int = 0)
    {
        add(c, v.value == v.none ? QString() : QString::number(v.value));
    }
    void ref(const char *c, const QString &, const char * = nullptr, int = 0)
    {
        add(c, QString()); // an id says nothing to a person
    }

private:
    void add(const char *column, const QString &text) { texts.insert(QLatin1String(column), text); }
};

} // namespace RecordIo

template<typename T>
bool Repository<T>::read(const QString &condition, const QVariantList &values,
                         const QStringList &columns, const QString &order, bool liveOnly,
                         const std::function<void(T &&)> &each) const
{
    using Tab = Table<T>;
    RecordIo::ColumnNames names;
    T blank;
    Tab::fields(names, blank);
    QStringList selected = names.names;
    std::vector<bool> takes;
    if (!columns.isEmpty()) {
        selected.clear();
        for (const QString &name : std::as_const(names.names)) {
            takes.push_back(columns.contains(name));
            if (takes.back())
                selected.append(name);
        }
    }
    // A list's read (chosen columns): no links and no times, so that 100,000 rows read at the
    // pace of the file.
    const bool listRead = !columns.isEmpty();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1%2 FROM %3 r WHERE %6(%4) ORDER BY %5")
            .arg(listRead ? Sql::metaColumnsBrief() : Sql::metaColumns(),
                 selected.isEmpty() ? QString()
                                    : QStringLiteral(", ") + selected.join(QStringLiteral(", ")),
                 QLatin1String(Tab::name), condition,
                 order.isEmpty() ? QLatin1String(Tab::order) + QStringLiteral(", r.rowid") : order,
                 liveOnly ? QStringLiteral("r.deleted = 0 AND ") : QString()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Sql::read(m_db, query, QLatin1String(Tab::name)))
        return false;
    while (query.next()) {
        T record;
        if (listRead)
            Sql::readMetaBrief(query, record.meta);
        else
            Sql::readMeta(query, record.meta);
        RecordIo::ValueReader reader(
            RecordIo::QueryColumns {query, Sql::metaColumnCount, listRead ? &takes : nullptr});
        Tab::fields(reader, record);
        each(std::move(record));
    }
    return true;
}

template<typename T>
QList<T> Repository<T>::select(const QString &condition, const QVariantList &values,
                               const QStringList &columns, const QString &order,
                               bool liveOnly) const
{
    using Tab = Table<T>;
    const bool listRead = !columns.isEmpty();
    QList<T> result;
    QHash<QString, qsizetype> rowOfId;
    read(condition, values, columns, order, liveOnly, [&](T &&record) {
        if (RecordIo::hasLinks<T> && !listRead)
            rowOfId.insert(record.meta.id, result.size());
        result.append(std::move(record));
    });
    if constexpr (RecordIo::hasLinks<T>) {
        if (result.isEmpty() || listRead)
            return result;
        QSqlQuery links(m_db.connection());
        links.setForwardOnly(true);
        links.prepare(QStringLiteral("SELECT l.%1, l.%2 FROM %3 l JOIN %4 r ON r.id = l.%1 "
                                     "WHERE l.deleted = 0 AND %6(%5) "
                                     "ORDER BY l.created_at, l.rowid")
                          .arg(QLatin1String(Tab::link.owner), QLatin1String(Tab::link.other),
                               QLatin1String(Tab::link.table), QLatin1String(Tab::name), condition,
                               liveOnly ? QStringLiteral("r.deleted = 0 AND ") : QString()));
        for (const QVariant &value : values)
            links.addBindValue(value);
        if (Sql::read(m_db, links, QLatin1String(Tab::link.table))) {
            while (links.next()) {
                const qsizetype row = rowOfId.value(links.value(0).toString(), -1);
                if (row >= 0)
                    Tab::links(result[row]).append(links.value(1).toString());
            }
        }
    }
    return result;
}

template<typename T> QList<T> Repository<T>::all() const
{
    return select(QStringLiteral("1"), {});
}

template<typename T> QList<T> Repository<T>::all(const QStringList &columns) const
{
    // In the file's order: a list puts its rows in the order its view shows, and reading the
    // table through the description's index (or sorting it) took twice as long.
    return select(QStringLiteral("1"), {}, columns, QStringLiteral("r.rowid"));
}

template<typename T>
void Repository<T>::eachListed(const QStringList &columns,
                               const std::function<void(T &)> &each) const
{
    read(QStringLiteral("1"), {}, columns, QStringLiteral("r.rowid"), true,
         [&](T &&record) { each(record); });
}

template<typename T> QList<T> Repository<T>::everything() const
{
    return select(QStringLiteral("1"), {}, {}, {}, false);
}

template<typename T> QList<T> Repository<T>::forOwner(const QString &ownerId) const
{
    return select(QStringLiteral("r.%1 = ?").arg(RecordIo::ownerColumn<T>()), {ownerId});
}

template<typename T> std::optional<T> Repository<T>::find(const QString &id) const
{
    const QList<T> found = select(QStringLiteral("r.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<T>(found.constFirst());
}

template<typename T> std::optional<T> Repository<T>::findAny(const QString &id) const
{
    const QList<T> found = select(QStringLiteral("r.id = ?"), {id}, {}, {}, false);
    return found.isEmpty() ? std::nullopt : std::optional<T>(found.constFirst());
}

template<typename T>
QList<T> Repository<T>::fetch(const QStringList &ids, const QStringList &columns) const
{
    QList<T> result;
    // SQLite binds at most 32,766 values a statement; a page of ids is far fewer.
    constexpr qsizetype page = 500;
    for (qsizetype from = 0; from < ids.size(); from += page) {
        const QStringList part = ids.mid(from, page);
        QStringList marks;
        marks.fill(QStringLiteral("?"), part.size());
        QVariantList values;
        for (const QString &id : part)
            values.append(id);
        result += select(QStringLiteral("r.id IN (%1)").arg(marks.join(u',')), values, columns);
    }
    return result;
}

template<typename T>
QList<T> Repository<T>::where(const QString &condition, const QVariantList &values,
                              const QString &order) const
{
    return select(condition, values, {}, order);
}

template<typename T> int Repository<T>::count() const
{
    return Sql::count(m_db, QLatin1String(Table<T>::name));
}

template<typename T> bool Repository<T>::save(T &value, QString *error)
{
    if constexpr (requires { value.validate(); }) {
        const FieldErrors errors = value.validate();
        if (!errors.isEmpty()) {
            Sql::setError(error, joinMessages(errors));
            return false;
        }
    }
    return write(value, error);
}

template<typename T> bool Repository<T>::write(T &value, QString *error)
{
    return writeRow(value, false, error);
}

template<typename T> bool Repository<T>::insertNew(T &value, QString *error)
{
    return writeRow(value, true, error);
}

template<typename T> bool Repository<T>::writeRow(T &value, bool insertOnly, QString *error)
{
    T written = value;
    RecordIo::ColumnWriter writer;
    Table<T>::fields(writer, std::as_const(written));
    TransactionGuard guard(m_db);
    if (!guard.started(error))
        return false;
    const bool ok = insertOnly
        ? Sql::insert(m_db, QLatin1String(Table<T>::name), written.meta, writer.columns, error)
        : Sql::upsert(m_db, QLatin1String(Table<T>::name), written.meta, writer.columns, error);
    if (!ok) {
        // Only when the row moved on: a full disk or a refused value says so itself.
        const int stored = Sql::version(m_db, QLatin1String(Table<T>::name), written.meta.id);
        if (written.meta.version > 0 && error && stored > 0 && stored != written.meta.version)
            *error += describeCurrent(value);
        return false;
    }
    if constexpr (RecordIo::hasLinks<T>) {
        const LinkTable &link = Table<T>::link;
        if (!Sql::writeLinks(m_db, QLatin1String(link.table), QLatin1String(link.owner),
                             QLatin1String(link.other), written.meta.id, Table<T>::links(written),
                             written.meta.demo, error))
            return false;
    }
    if (!guard.commit(error))
        return false;
    value = written;
    return true;
}

template<typename T> QString Repository<T>::describeCurrent(const T &attempted) const
{
    const std::optional<T> current = find(attempted.meta.id);
    if (!current)
        return {};
    RecordIo::ValueText now;
    Table<T>::fields(now, *current);
    QStringList lines;
    for (const QString &key : changedFields(attempted, *current)) {
        for (const FieldInfo &field : fields()) {
            if (field.key == key && !field.isRef) {
                const QString text = now.texts.value(field.column);
                lines.append(
                    Database::tr("%1: now “%2”")
                        .arg(fieldLabel(key), text.isEmpty() ? Database::tr("(empty)") : text));
            }
        }
    }
    if (lines.isEmpty())
        return {};
    return QLatin1Char('\n')
        + Database::tr("It now holds what follows; open it again to see it, then make your "
                       "change once more.")
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

template<typename T> bool Repository<T>::remove(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, QLatin1String(Table<T>::name), id, true, error);
}

template<typename T> bool Repository<T>::restore(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, QLatin1String(Table<T>::name), id, false, error);
}

template<typename T> QList<FieldInfo> Repository<T>::fields()
{
    RecordIo::FieldList list;
    T blank;
    Table<T>::fields(list, blank);
    return list.fields;
}

template<typename T> QStringList Repository<T>::changedFields(const T &after, const T &before)
{
    RecordIo::ColumnWriter a;
    RecordIo::ColumnWriter b;
    Table<T>::fields(a, after);
    Table<T>::fields(b, before);
    QStringList changed;
    for (qsizetype i = 0; i < a.columns.size(); ++i) {
        if (a.columns.at(i).second != b.columns.at(i).second)
            changed.append(fieldKey(a.columns.at(i).first));
    }
    if constexpr (RecordIo::hasLinks<T>) {
        T x = after;
        T y = before;
        if (Table<T>::links(x) != Table<T>::links(y))
            changed.append(fieldKey(QLatin1String(Table<T>::link.table)));
    }
    return changed;
}

template<typename T> QString Repository<T>::fieldLabel(const QString &key)
{
    for (const FieldInfo &field : fields()) {
        if (field.key == key && field.label)
            return QCoreApplication::translate(Table<T>::context, field.label);
    }
    return key;
}
