#pragma once

// The walkers that turn one description (Table<T>::fields, see Describe.h) into SQL columns,
// values to write, values read back, and a list of fields. For db/ only: Repository<T> uses them.

#include "Describe.h"
#include "Enums.h"
#include "SqlSupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <type_traits>
#include <vector>

namespace RecordIo {

// Whether the description keeps a list of ids in a link table (Table<T>::link and links()).
// The column of the record a record belongs to: its mission, or the description's `owner`.
template<typename T> QLatin1String ownerColumn()
{
    if constexpr (requires { Table<T>::owner; })
        return QLatin1String(Table<T>::owner);
    else
        return QLatin1String("mission_id");
}

template<typename T> constexpr bool hasLinks = requires
{
    Table<T>::link;
};

// The column names, in order.
class ColumnNames
{
public:
    QStringList names;
    template<typename V>
    void operator()(const char *column, const V &, const char * = nullptr, int = Field::None)
    {
        names.append(QLatin1String(column));
    }
    void ref(const char *column, const QString &, const char * = nullptr, int = Field::None)
    {
        names.append(QLatin1String(column));
    }
};

// Each field with its label and flags.
class FieldList
{
public:
    QList<FieldInfo> fields;
    template<typename V>
    void operator()(const char *column, const V &, const char *label = nullptr,
                    int flags = Field::None)
    {
        add(column, label, flags, false);
    }
    void ref(const char *column, const QString &, const char *label = nullptr,
             int flags = Field::None)
    {
        add(column, label, flags, true);
    }

private:
    void add(const char *column, const char *label, int flags, bool isRef)
    {
        FieldInfo info;
        info.column = QLatin1String(column);
        info.key = fieldKey(info.column);
        info.label = label;
        info.flags = flags;
        info.isRef = isRef;
        fields.append(info);
    }
};

// The values to write, as SQLite stores them: text trimmed, dates ISO, enums by code, NULL for
// nothing.
class ColumnWriter
{
public:
    Sql::Columns columns;
    void operator()(const char *column, const QString &v, const char * = nullptr, int = 0)
    {
        add(column, v.trimmed());
    }
    void operator()(const char *column, const QDate &v, const char * = nullptr, int = 0)
    {
        add(column, Sql::fromDate(v));
    }
    void operator()(const char *column, const QDateTime &v, const char * = nullptr, int = 0)
    {
        add(column, Sql::fromDateTime(v));
    }
    void operator()(const char *column, bool v, const char * = nullptr, int = 0)
    {
        add(column, v ? 1 : 0);
    }
    void operator()(const char *column, int v, const char * = nullptr, int = 0) { add(column, v); }
    void operator()(const char *column, double v, const char * = nullptr, int = 0)
    {
        add(column, v);
    }
    template<typename E>
    requires std::is_enum_v<E>
    void operator()(const char *column, E v, const char * = nullptr, int = 0)
    {
        add(column, enumCode(v));
    }
    template<typename V>
    void operator()(const char *column, const std::optional<V> &v, const char * = nullptr, int = 0)
    {
        if (!v)
            add(column, QVariant());
        else if constexpr (std::is_enum_v<V>)
            add(column, enumCode(*v));
        else
            add(column, QVariant::fromValue(*v));
    }
    template<typename V>
    void operator()(const char *column, NullWhen<V> v, const char * = nullptr, int = 0)
    {
        add(column, v.value == v.none ? QVariant() : QVariant::fromValue(v.value));
    }
    // An id of another record; NULL when there is none.
    void ref(const char *column, const QString &v, const char * = nullptr, int = 0)
    {
        add(column, v.isEmpty() ? QVariant() : v);
    }

private:
    void add(const char *column, const QVariant &value)
    {
        columns.append({QLatin1String(column), value});
    }
};

// Where a ValueReader takes its values from: the columns of a query, in order from `column`;
// with `takes`, only the fields it marks (in the description's order) are read, as a query that
// selected only them returns them, and the others keep their defaults.
struct QueryColumns
{
    const QSqlQuery &query;
    int column;
    // Whether each field, in the description's order, was selected (none: all were). Asked of
    // each field in turn, so no name is looked up per row.
    const std::vector<bool> *takes = nullptr;
    std::size_t field = 0;

    bool take(const char *) { return !takes || (*takes)[field++]; }
    QVariant next(const char *) { return query.value(column++); }
};

// Reads a description's fields back from a source of stored values (QueryColumns, or a field
// package's record), converting as ColumnWriter wrote them.
template<typename Source> class ValueReader
{
public:
    explicit ValueReader(Source source)
        : m_source(std::move(source))
    {
    }
    void operator()(const char *c, QString &v, const char * = nullptr, int = 0)
    {
        if (take(c))
            v = next(c).toString();
    }
    void operator()(const char *c, QDate &v, const char * = nullptr, int = 0)
    {
        if (take(c))
            v = Sql::toDate(next(c));
    }
    void operator()(const char *c, QDateTime &v, const char * = nullptr, int = 0)
    {
        if (take(c))
            v = Sql::toDateTime(next(c));
    }
    void operator()(const char *c, bool &v, const char * = nullptr, int = 0)
    {
        if (take(c))
            v = next(c).toInt() != 0;
    }
    void operator()(const char *c, int &v, const char * = nullptr, int = 0)
    {
        if (take(c))
            v = next(c).toInt();
    }
    void operator()(const char *c, double &v, const char * = nullptr, int = 0)
    {
        if (take(c))
            v = next(c).toDouble();
    }
    template<typename E>
    requires std::is_enum_v<E>
    void operator()(const char *c, E &v, const char * = nullptr, int = 0)
    {
        if (take(c))
            v = enumFromCode<E>(next(c).toString()).value_or(v);
    }
    template<typename V>
    void operator()(const char *c, std::optional<V> &v, const char * = nullptr, int = 0)
    {
        if (!take(c))
            return;
        const QVariant value = next(c);
        if (value.isNull())
            v = std::nullopt;
        else if constexpr (std::is_enum_v<V>)
            v = enumFromCode<V>(value.toString());
        else
            v = value.value<V>();
    }
    template<typename V>
    void operator()(const char *c, NullWhen<V> v, const char * = nullptr, int = 0)
    {
        if (!take(c))
            return;
        const QVariant value = next(c);
        v.value = value.isNull() ? v.none : value.value<std::remove_const_t<V>>();
    }
    void ref(const char *c, QString &v, const char * = nullptr, int = 0)
    {
        if (take(c))
            v = next(c).toString();
    }

private:
    bool take(const char *column) { return m_source.take(column); }
    QVariant next(const char *column) { return m_source.next(column); }
    Source m_source;
};

} // namespace RecordIo
