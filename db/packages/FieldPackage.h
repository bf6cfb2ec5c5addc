#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class Database;

// What a field package carries and how it lands: every described record type walked generically
// (see db/store/Describe.h), parents before children, deleted rows included as tombstones. The
// payload is JSON; PackageFile seals it.
//
// Each database has a store id of its own and numbers its exports. A package names its origin
// and, for each database its origin has imported from, the state of the packaged records as that
// database last sent them (its "echo"). An import merges three ways, field by field, against the
// state last shared with the origin: the echo of what this database sent, when the origin has
// imported it since this database last imported from the origin, else the state the origin last
// sent here. A field changed on one side only is taken; the same value on both sides is no
// conflict; the bookkeeping (times, versions) is never compared and no clock picks a winner. A
// field changed differently on both sides, or an edit against a deletion, is a conflict that a
// person decides (Decisions); every value a merge replaces is kept in the field history
// (FieldHistory.h). Links (attendees, needs served) merge as sets and never conflict.
class FieldPackage
{
    Q_DECLARE_TR_FUNCTIONS(FieldPackage)

public:
    // 1: the first step (no origin, no merge base); 2: origin, sequence and echoes.
    static constexpr int PayloadFormat = 2;
    // The schema of the records a package carries, stamped in it: the last schema step that
    // changed what records hold. Later steps that only add indexes (14) leave it, so that a build
    // one step older still imports what this one exports.
    static constexpr int RecordsSchema = 13;

    // Progress of a long export or import, for a window that shows it: called now and then with
    // the work done and all the work; returning false cancels, and nothing is written. A scope
    // sets it for the exports and imports made in it, on its thread (an import redone later from
    // the undo stack runs without it).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    class ProgressScope
    {
    public:
        explicit ProgressScope(Progress progress);
        ~ProgressScope();
        ProgressScope(const ProgressScope &) = delete;
        ProgressScope &operator=(const ProgressScope &) = delete;
        // Reports to the innermost scope; false when the person cancelled.
        static bool report(qint64 done, qint64 total);
        // The message of a cancelled export or import.
        static QString cancelled();

    private:
        Progress m_progress;
        ProgressScope *m_outer;
    };

    struct ExportOptions
    {
        // The store id of the database the package is for, when known: only its echo is
        // carried. (Every deletion travels: leaving out one the recipient sent back would hide a
        // later restore there.)
        QString forStore;
        // The package's id (a UUID), also written in its clear header; made when empty.
        QString packageId;
        // The codes of the missions it carries, with what they need (see PackageScope.h); empty
        // for everything, portfolio-level risks included.
        QStringList missions;
        // The redacted handover, for another organisation: see Withheld.h.
        bool redacted = false;
    };
    // Every record of `db` (live and deleted), with the schema version, a count per table, the
    // origin and echoes; counts the export. Empty when the database cannot count it (read-only).
    static QByteArray exportAll(Database &db, const ExportOptions &options,
                                QString *error = nullptr);
    static QByteArray exportAll(Database &db);
    // The long free text a package with these options would carry (notes, findings, handover
    // notes): sentences that may name people, for the person to review before a handover.
    struct FreeText
    {
        QString type; // "Finding"
        QString record; // its title
        QString field; // "description"
        QString text;
    };
    static QList<FreeText> freeText(Database &db, const ExportOptions &options);
    // What a package shows in clear about itself: its id, when and by which version it was made,
    // its data format.
    static QJsonObject clearHeader(const QString &packageId);
    // This database's own id in exchanges, made the first time it is asked for.
    static QString storeId(Database &db, QString *error = nullptr);

    struct TableCounts
    {
        int incoming = 0;
        int added = 0; // new here, deleted ones (tombstones) included
        int updated = 0; // held here, changed by the package alone: taken cleanly
        int unchanged = 0; // held here already, the same (or changed here only)
        int conflicts = 0; // records changed on both sides: a person decides
        int duplicates = 0; // possibly the same as another record here (see Preview::duplicates)
        int rejected = 0; // not a record this version can read
    };
    // One field changed on both sides: as last shared, as on this computer, as incoming.
    struct FieldConflict
    {
        QString column; // "notes"; "deleted" for an edit against a deletion
        QString label; // translated: "notes"
        bool sensitive = false; // shown masked until the person unlocks it
        bool hasBase = false; // whether a last shared state is known
        QJsonValue base;
        QJsonValue here;
        QJsonValue incoming;
    };
    struct Conflict
    {
        QString table;
        QString id;
        QString title; // the record as a person knows it: a name, a code, the start of a text
        bool editAgainstDeletion = false; // one side deleted it, the other edited it
        QList<FieldConflict> fields;
    };
    // A new record that may be one already here, made twice. A blocking one repeats unique
    // values (a mission code) and cannot be added until the two are combined; the others (a
    // person's name and organisation, once case and diacritics are folded) are added, flagged.
    struct Duplicate
    {
        QString table;
        QString incomingId;
        QString hereId;
        bool blocking = false;
        QString title; // the incoming record, as in Conflict
        QString hereTitle; // the one here (set by possibleDuplicates())
    };
    // Pairs of live records here that may be the same real person or organisation (the
    // description's `alike` columns, folded, are equal), each pair once, the older record as
    // `hereId`: what Combine Duplicates lists. See Aliases.h for combining them.
    static QList<Duplicate> possibleDuplicates(Database &db);
    // A record's fields as a person compares them: each with its label, its value for people
    // and whether it is sensitive (masked until unlocked); not its references or bookkeeping.
    struct FieldView
    {
        QString label;
        QString text;
        bool sensitive = false;
    };
    static QList<FieldView> fieldsOf(Database &db, const QString &table, const QString &id);
    // "Stakeholder", "Consultation session": the kind of record a table holds, for people.
    static QString typeLabel(const QString &table);
    // A record's name, code or the start of its text; a protected name is never shown.
    static QString recordTitle(const QJsonObject &record);
    // A field's value as a person reads it: a choice by its label, a date, yes or no; the id of
    // another record as nothing (its name is shown elsewhere), "deleted" as "Deleted" or "Kept".
    static QString displayValue(const QString &table, const QString &column,
                                const QJsonValue &value);
    struct Preview
    {
        QMap<QString, TableCounts> tables; // by table name
        QList<Conflict> conflicts;
        QList<Duplicate> duplicates;
        QStringList problems; // why rows were rejected, conflicts and duplicates, as sentences
        QStringList rejections; // why rows were rejected, alone
        int schema = 0;
        QString origin; // the store id of the database that made it; empty for a first-step one
        QString originName;
        QString packageId;
        int sequence = 0;
        bool alreadyImported = false;
        bool redacted = false; // sensitive fields and protected names were withheld

        int total(int TableCounts::*field) const;
        bool changesNothing() const
        {
            return alreadyImported
                || (total(&TableCounts::added) == 0 && total(&TableCounts::updated) == 0
                    && total(&TableCounts::conflicts) == 0);
        }
        int blockingDuplicates() const;
        // Whether it can be applied with no decision to make.
        bool canApply() const
        {
            return total(&TableCounts::conflicts) == 0 && total(&TableCounts::rejected) == 0
                && blockingDuplicates() == 0;
        }
        // {"added": n, "updated": n, "unchanged": n, "conflicts": n, "duplicates": n,
        //  "rejected": n, "tables": {...}}
        QByteArray toJson() const;
    };

    // How a person decided a conflicting field: keep this computer's value, take the incoming
    // one, or write an edited value (text).
    enum class Take { Here, Incoming, Value };
    struct Choice
    {
        Take take = Take::Here;
        QJsonValue value; // for Take::Value
    };
    struct Decisions
    {
        QHash<QString, Choice> fields; // by key()
        // For every conflicting field not decided above (Here or Incoming). An edit against a
        // deletion not decided above keeps the edited record; with no decision at all, apply()
        // refuses every conflict, that one included.
        std::optional<Take> rest;

        static QString key(const QString &table, const QString &id, const QString &column);
    };

    // What importing `payload` would change, without writing anything. Empty with `error` set
    // when the payload cannot be read at all (another format, a newer schema, this database's
    // own package, an older package than one already imported from its origin).
    static std::optional<Preview> preview(Database &db, const QByteArray &payload, QString *error);
    // Imports in one transaction, with the conflicts decided by `decisions`; when a conflict is
    // left undecided, a row is rejected or a duplicate blocks, writes nothing and says why.
    // Records what the origin sent as the state shared with it, and the package as imported.
    // Returns the preview it acted on.
    // What an import wrote, so that it can be taken back in one step: the records it added, the
    // ones it changed as they were before, the field history it wrote, and what it recorded about
    // the package's origin.
    struct ImportUndo
    {
        QString packageId;
        QString origin;
        QList<std::pair<QString, QString>> added; // table, id, in the order written
        QList<std::pair<QString, QJsonObject>> changed; // table, the record before
        QStringList history; // ids of the field history entries the merge wrote
        struct Shared
        {
            QString table;
            QString id;
            std::optional<QJsonObject> state; // none: the origin had not sent it before
        };
        QList<Shared> sharedBefore;
        std::optional<QJsonObject> peerBefore; // the origin's exchange_peers row, if any
        struct Delivered
        {
            QString table;
            QString id;
            std::optional<int> version; // none: not marked delivered to the origin before
        };
        QList<Delivered> deliveredBefore;
        struct SharedAdded
        {
            QString store;
            QString table;
            QString id;
        };
        // Bases a combination gave the kept record, for peers that never sent it.
        QList<SharedAdded> sharedAdded;
    };
    static std::optional<Preview> apply(Database &db, const QByteArray &payload,
                                        const Decisions &decisions, QString *error,
                                        ImportUndo *undo = nullptr);
    // Takes an import back, in one transaction: added records go (with their links), changed
    // ones are as they were, and the origin's base, last package and the package as imported
    // are forgotten, so that it can be imported again.
    static bool undoImport(Database &db, const ImportUndo &undo, QString *error);
    static std::optional<Preview> apply(Database &db, const QByteArray &payload, QString *error)
    {
        return apply(db, payload, Decisions(), error);
    }

    // Receipts (Receipts.cpp). The receipt of a package imported here: its id, the hash of its
    // contents, the counts, and who took it in where and when, as JSON. No record's contents are
    // in it. Empty with `error` set when no such import is recorded here.
    static QByteArray receipt(Database &db, const QString &packageId, QString *error);
    // What importing a receipt did: the package it confirms, the database that took it in, and
    // how many records it marks as delivered there (none for a redacted handover, which carried
    // only part of them).
    struct ReceiptResult
    {
        QString packageId;
        QString receivedBy; // the store id of the database that took it in
        QString receivedByName;
        QString receivedAt; // when it was taken in there, as the receipt says
        int records = 0;
        bool redacted = false;
        bool alreadyRecorded = false; // the same receipt was imported before: nothing changed
    };
    // Marks the records a package made here carried as delivered to the database that sends the
    // receipt, in one transaction. Refused, with nothing written, when the receipt is not one,
    // is for a package made elsewhere or unknown here, or does not match what was sent.
    static std::optional<ReceiptResult> importReceipt(Database &db, const QByteArray &receipt,
                                                      QString *error);
    // What has not reached this database's home yet: the database it was started from (the
    // first one it took records from while it held none of its own), until another is chosen.
    // Records changed here since that one last had them, or never sent to it, deleted ones
    // included; none when there is no home.
    struct Undelivered
    {
        QString home; // store id
        QString homeName;
        int records = 0;
        QMap<QString, int> tables; // by table name, only those with some
    };
    static std::optional<Undelivered> undelivered(Database &db);
    // The databases this one exchanged with: packages imported from, receipts received from.
    struct ExchangePeer
    {
        QString store;
        QString name;
        bool home = false;
    };
    static QList<ExchangePeer> exchangePeers(Database &db);
    // Calls the peer with this store id home (or no one, with an empty id).
    static bool setHome(Database &db, const QString &storeId, QString *error);

    // The exchange history kept in the database: each package made here and each imported, with
    // who did it and when, what came in and how its conflicts were decided.
    struct Decided
    {
        QString table;
        QString id;
        QString title;
        QString field; // its label
        QString take; // "here", "incoming", "edited" or "kept" (an edit against a deletion)
    };
    struct HistoryEntry
    {
        bool imported = false; // else made here
        QString packageId;
        int sequence = 0;
        QString at; // when, as stored (UTC, ISO 8601)
        QString by; // the account that did it
        QString peer; // the origin of an import; the database that sent a receipt for an export
        QString peerName;
        QStringList missions; // an export's missions; empty for all
        bool redacted = false;
        QMap<QString, TableCounts> tables; // an import's counts, by table
        QList<Decided> decisions;
        QString receivedAt; // an export's receipt: when the other database took it in
    };
    static QList<HistoryEntry> history(Database &db);
    // Forgets a package made here that could not be written to its file.
    static void forgetExport(Database &db, const QString &packageId);
    // One entry as a plain-text report: what came in or went, by whom and when, and every
    // conflict's decision (which side was kept, never the values).
    static QString historyReport(const HistoryEntry &entry);
    // The person at the keyboard, as the operating system names the account.
    static QString personName();
};
