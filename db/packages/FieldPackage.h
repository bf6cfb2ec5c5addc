#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class Database;

// What a field package carries and how it lands: every described record type walked generically
// (see db/store/Describe.h), parents before children, deleted rows included as tombstones. The
// payload is JSON; PackageFile seals it.
//
// This first step takes whole databases: an import adds the records the database lacks and
// recognises those it already holds unchanged (a package imported twice changes nothing). A
// record that differs on both sides is a conflict: without the state last shared with that peer
// (kept from the next step on) no side can be taken, so an import with conflicts writes nothing.
class FieldPackage
{
    Q_DECLARE_TR_FUNCTIONS(FieldPackage)

public:
    static constexpr int PayloadFormat = 1;

    // Every record of `db` (live and deleted), with the schema version and a count per table.
    static QByteArray exportAll(Database &db);

    struct TableCounts
    {
        int incoming = 0;
        int added = 0; // new here, deleted ones (tombstones) included
        int unchanged = 0; // held here already, the same
        int conflicts = 0; // held here with other values
        int rejected = 0; // not a record this version can read
    };
    struct Preview
    {
        QMap<QString, TableCounts> tables; // by table name
        QStringList problems; // why rows were rejected, and the conflicting records
        int schema = 0;

        int total(int TableCounts::*field) const;
        bool changesNothing() const { return total(&TableCounts::added) == 0; }
        bool canApply() const
        {
            return total(&TableCounts::conflicts) == 0 && total(&TableCounts::rejected) == 0;
        }
        // {"added": n, "unchanged": n, "conflicts": n, "rejected": n, "tables": {...}}
        QByteArray toJson() const;
    };

    // What importing `payload` would change, without writing anything. Empty with `error` set
    // when the payload cannot be read at all (another format, a newer schema).
    static std::optional<Preview> preview(Database &db, const QByteArray &payload, QString *error);
    // Imports in one transaction when preview() finds no conflict and no rejected row; otherwise
    // writes nothing and says why. Returns the preview it acted on.
    static std::optional<Preview> apply(Database &db, const QByteArray &payload, QString *error);
};
