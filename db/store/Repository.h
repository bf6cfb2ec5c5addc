#pragma once

#include "Describe.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class Database;

// The one repository of every described record type (see Describe.h): reads skip deleted rows;
// a save validates, checks the version it read, raises it, and writes the record with its links
// in one transaction; deletes only mark. Repositories with queries of their own (a mission's code
// in use, overdue lists) wrap one of these. Instantiated for each type in the .cpp of its
// description, after including RepositoryImpl.h.
template<typename T> class Repository
{
public:
    explicit Repository(Database &db)
        : m_db(db)
    {
    }

    // Every live record, in the description's order.
    QList<T> all() const;
    // Every live record with only these columns read (by name): the other fields keep their
    // defaults, links are not read, and of the bookkeeping only the id, version and flags (no
    // times), in no particular order (the file's). For lists, which need not hold every field of
    // every row and sort their rows themselves.
    QList<T> all(const QStringList &columns) const;
    // all(columns) a record at a time, none kept: for a list that keeps less of each row than
    // the whole record, so that a large table is never held twice while it is read.
    void eachListed(const QStringList &columns, const std::function<void(T &)> &each) const;
    // The records of their owner: a mission, or the record named by the description's `owner`.
    QList<T> forOwner(const QString &ownerId) const;
    QList<T> forMission(const QString &missionId) const { return forOwner(missionId); }
    std::optional<T> find(const QString &id) const;
    // The record with this id, deleted or not.
    std::optional<T> findAny(const QString &id) const;
    // The live records with these ids, in the description's order. With `columns`, read as
    // all(columns) reads them.
    QList<T> fetch(const QStringList &ids, const QStringList &columns = {}) const;
    // Records matching an SQL condition on the table (aliased r) with bound values, in the
    // description's order or in `order` (which may end in a LIMIT): for the repositories that
    // wrap this one, inside db/.
    QList<T> where(const QString &condition, const QVariantList &values = {},
                   const QString &order = {}) const;
    int count() const;
    // Every row, deleted ones (tombstones) included, in the description's order: what a field
    // package carries.
    QList<T> everything() const;

    // validate(), then write().
    bool save(T &value, QString *error = nullptr);
    // Inserts (filling id, times and version 1) or updates, links included, in one
    // transaction. An update of a record whose version is set is refused when the row has moved
    // on since; the message lists the values it holds now. Fills the new version and times.
    bool write(T &value, QString *error = nullptr);
    // Inserts a record that keeps its own id (one arriving in a field package); refused, never
    // an update, when a row with that id exists.
    bool insertNew(T &value, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool restore(const QString &id, QString *error = nullptr);

    // The description, field by field; the fields whose stored values differ (by key, links
    // included under the link table's name); a field's label for a sentence ("end date").
    static QList<FieldInfo> fields();
    static QStringList changedFields(const T &after, const T &before);
    static QString fieldLabel(const QString &key);

private:
    QList<T> select(const QString &condition, const QVariantList &values,
                    const QStringList &columns = {}, const QString &order = {},
                    bool liveOnly = true) const;
    // The rows of a select, each handed to `each` as it is read: false when the read failed.
    bool read(const QString &condition, const QVariantList &values, const QStringList &columns,
              const QString &order, bool liveOnly, const std::function<void(T &&)> &each) const;
    QString describeCurrent(const T &attempted) const;
    bool writeRow(T &value, bool insertOnly, QString *error);

    Database &m_db;
};
