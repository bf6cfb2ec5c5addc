#pragma once

#include "OpenError.h"

#include "RecordKind.h"
#include "StoreFiles.h"

#include <QDateTime>
#include <QObject>

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <vector>

class AfterOpen;
class FileLock;
class QTimer;
struct sqlite3;

// One open SQLite store: WAL journal, foreign keys, busy timeout, a check of the file before a
// byte is written (Inspection), one writer per file (FileLock), schema upgrades one step at a
// time, a verified backup before anything is written, a checkpoint when idle and at close so the
// file alone holds everything, and files readable by their owner only. Emits recordsChanged after
// each committed write, naming the kinds of record it touched, so views refresh what they show.
class Database : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        OpenExisting, // the file must exist and be sound
        CreateNew, // the file must not exist (or be empty); it is created owner-only
        ReadOnly, // another instance writes it: read it, write nothing, take no lock
    };

    struct Options
    {
        int busyTimeoutMs = 5000;
        bool backupAtOpen = true;
        int backupsKept = 5;
        // ...and no more of them than fit in this many bytes (the newest is always kept).
        qint64 backupBytesKept = qint64(2) << 30;
        // The window's way: the full integrity check and the backup run after the open, in a
        // thread of their own (AfterOpen), and the open itself only reads the header of a file
        // unchanged since it was last closed cleanly, or quick-checks one that changed. Damage
        // found then makes the database read-only (damageFound). Off: both happen during the
        // open, which a command line tool waits for.
        bool checksInBackground = false;
        // ...and they wait for startChecks(), which the window calls once it has painted the file
        // (on two processors the check would take one from the open). A write that must wait for
        // the quick check (isAwaitingQuickCheck) starts them first.
        bool checksWhenStarted = false;
        bool lockAgainstOtherInstances = true;
        // A second copy of each backup goes here too (a USB stick), in a folder named after the
        // database; empty for none.
        QString secondBackupDirectory;
        // After this long without a write the -wal is folded into the file; 0 never.
        int idleCheckpointMs = 60 * 1000;
    };

    // A backup file, with when it was taken and its place in the order they were taken (which
    // does not follow the clock: a clock set back still gives the newest backup the highest).
    struct Backup
    {
        QString path;
        qint64 sequence = 0; // 0 for backups named before sequences were recorded
        QDateTime taken; // UTC, as the clock said then
    };

    // One backup to write (Database::writeBackup), and what came of it. Everything it needs is
    // copied in, so that it can run in another thread.
    struct BackupRun
    {
        QString databasePath;
        QDateTime now; // UTC, read from the Clock by the thread that asked
        int keep = 5;
        qint64 bytesKept = qint64(2) << 30;
        QString secondDirectory;
        StoreFiles::FileState stateBefore; // recorded with the backup, when valid
        const std::atomic_bool *cancel = nullptr;
        // A connection in a read transaction (beginSnapshot): the state to copy. None: a
        // connection of its own reads what is committed when the copy starts.
        sqlite3 *snapshot = nullptr;

        QString path; // the backup written; empty when none was
        QStringList warnings;
    };

    // Sets SQLite up for this process (no memory statistics, whose lock two reading threads
    // queue on): call once in main(), before any thread and any database.
    static void prepareProcess();

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    bool open(const QString &path, Mode mode, OpenError *error = nullptr);
    bool open(const QString &path, Mode mode, const Options &options, OpenError *error = nullptr);
    void close();

    bool isOpen() const;
    // Read-only because another instance writes the file, or because damage was found in it.
    bool isReadOnly() const { return m_mode == Mode::ReadOnly || !m_damage.isEmpty(); }
    // What the integrity check found wrong, once it has; empty while the file is sound.
    QString damage() const { return m_damage; }
    // True while the checks and backup that follow an open still run (or wait to start).
    bool isCheckingInBackground() const;
    // Starts the checks that follow an open when they wait for it (Options::checksWhenStarted);
    // nothing when they run or ended, or there are none.
    void startChecks();
    // False while the checks wait for startChecks().
    bool checksStarted() const;
    // Opened on its header though it changed since it was last closed cleanly: the quick check
    // runs first after the open, and the first write waits for it (and is refused if it finds
    // damage).
    bool isAwaitingQuickCheck() const { return m_awaitingQuickCheck; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // The version of the SQLite library in use, for the About box.
    QString sqliteVersion() const;
    QString lastBackupPath() const { return m_lastBackupPath; }
    // Something the user should know although the database opened (a backup that failed, a clock
    // earlier than the newest backup, permissions made owner-only).
    QString warning() const { return m_warnings.join(u' '); }
    QStringList warnings() const { return m_warnings; }
    // Who writes the file, when it was opened read-only because another instance holds it.
    QString holder() const { return m_holder; }
    // The lock file, when the holder is on another computer (empty otherwise).
    QString remoteLockPath() const { return m_remoteLock; }
    QString backupDirectory() const;
    // The newest backup of this database in its backup folder (path empty when there is none).
    Backup lastBackup() const;

    // Runs `read` at once in a thread of its own, on a read-only connection of its own to this
    // file, while the caller goes on: the window reads its list of missions meanwhile, on the
    // other processor. A read of several statements begins a transaction to read one state. The
    // close and a checkpoint wait for it. Nothing (std::nullopt) when `read` says it could not
    // read, or throws; and without a thread: for a database in memory or not open, not in WAL
    // mode (a reader would hold up a commit), or a connection that would not open. The caller
    // then reads on connection() itself.
    template<typename R>
    std::shared_future<std::optional<R>>
    readAside(std::function<std::optional<R>(const QSqlDatabase &)> read);

    // PRAGMA integrity_check; `detail` receives its first lines when it fails.
    bool checkIntegrity(QString *detail = nullptr) const;
    // Folds the -wal into the file (TRUNCATE). False, with a reason, when it could not (a full
    // disk, another reader): the data is safe in the -wal, but the file alone is not complete.
    bool checkpoint(QString *problem = nullptr);
    // A consistent copy of the open database at `target` (SQLite's backup API), owner-only,
    // checked, and written under a temporary name first. An existing file at `target` is replaced
    // only once the copy is complete.
    bool saveCopy(const QString &target, QString *problem);

    // Writes one backup of the file at `run.databasePath` into its backup folder, through
    // SQLite's online backup API on a connection of its own: safe in any thread, while the file
    // is written. Rotates by count and size, copies to the second folder, and records the state
    // of the file it was taken of.
    static void writeBackup(BackupRun &run);
    // True when the file in `state` differs from the one the newest backup was taken of.
    // ...or when `secondDirectory` is there but lacks the newest backup.
    static bool backupDue(const QString &databasePath, const StoreFiles::FileState &state,
                          const QString &secondDirectory = {});
    // Starts a read transaction on `connection` (SQLite's C API): what it reads from now on is
    // what was committed now, whatever is written later. An SQLite result code.
    static int beginSnapshot(sqlite3 *connection);

    static int latestSchemaVersion();
    static qint32 applicationId();
    static QString backupDirectoryFor(const QString &databasePath);
    // Backups in `directory`, newest first (by sequence, then time).
    static QList<Backup> backupsIn(const QString &directory);
    // The backups of `databasePath` in its own backup folder and in `secondDirectory`.
    static QList<Backup> backupsOf(const QString &databasePath, const QString &secondDirectory);
    static QString secondBackupDirectoryFor(const QString &databasePath,
                                            const QString &secondDirectory);
    // Moves `path` and its -wal, -shm and -journal aside under names saying why; never deletes.
    // `movedTo` receives the new name of the main file. False with a reason when one could not be
    // moved (those already moved are moved back).
    static bool moveAside(const QString &path, const QString &why, QString *movedTo,
                          QString *problem);
    // Moves a stray -wal or -journal (and the -shm that indexes a -wal) aside.
    static bool moveSidecarAside(const QString &sidecarPath, QString *movedTo, QString *problem);
    // Replaces the (closed) database at `databasePath` by the backup at `backupPath`: the backup
    // is checked first, the current file and its -wal/-shm are moved aside (never deleted), and
    // the copy is written under a temporary name and checked before it takes the file's place.
    static bool restoreBackup(const QString &databasePath, const QString &backupPath,
                              QString *movedTo, QString *problem);

    // Used by TransactionGuard and the repositories: nesting depth, and the tables the outer
    // transaction touched (reported as kinds of record when it commits).
    int beginTransaction(QString *error);
    bool commitTransaction(int depth, QString *error);
    void rollbackTransaction(int depth);
    void markChanged(QLatin1String table);
    int transactionDepth() const { return m_depth; }
    // Changes with every committed write (and every open), and is never the same for two
    // databases: what was computed from the database at one generation still holds at it.
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void recordsChanged(RecordKinds kinds);
    // A read failed, so a list may show less than the file holds; the message says what.
    void readFailed(const QString &message);
    // The idle checkpoint failed: the file alone is not complete until it succeeds.
    void checkpointFailed(const QString &message);
    // The disk failed while a change was committed: whether it is stored cannot be known until
    // the file is read again. The window reopens the database and shows what it holds.
    void storageFailed(const QString &message);
    // The checks that follow an open: the full integrity check found the file sound or damaged
    // (then the database is read-only from now on, and damageFound says why), and the backup was
    // taken or not (`warnings` say why not).
    void integrityChecked(bool sound);
    void damageFound(const QString &message);
    void backupFinished(const QString &path, const QStringList &warnings);

private:
    bool fail(OpenError *error, OpenError::Kind kind, const QString &message,
              const QString &hint = {});
    bool fail(OpenError *error, const OpenError &reason);
    bool createFile(const QString &path, OpenError *error);
    bool connect(const QString &path, Mode mode, const Options &options, OpenError *error);
    bool readVersion(OpenError *error, int *version);
    bool takeBackup(const Options &options, const StoreFiles::FileState &state);
    BackupRun backupRun(const Options &options, const StoreFiles::FileState &state) const;
    void startAfterOpen(const Options &options, bool backup, const StoreFiles::FileState &state,
                        bool quickFirst);
    void finishAfterOpen();
    // Takes in the quick check's finding, waiting for it if it has not ended.
    void settleQuickCheck();
    void markDamaged(const QString &finding);
    // Starts `work` in a thread of its own with a read-only connection to the file (nullptr when
    // it would not open); false when no thread could be started.
    bool startAside(std::function<void(const QSqlDatabase *)> work);
    void waitForAsides();
    bool isWal() const;
    void makeOwnerOnly();

    QString m_connectionName;
    QString m_path;
    Mode m_mode = Mode::OpenExisting;
    std::unique_ptr<FileLock> m_lock;
    QTimer *m_idle = nullptr;
    QString m_lastBackupPath;
    QStringList m_warnings;
    QString m_holder;
    QString m_remoteLock;
    QString m_damage;
    AfterOpen *m_afterOpen = nullptr;
    std::vector<std::future<void>> m_asides; // reads in threads of their own (readAside)
    bool m_checkedSound = false; // this session's full check ran and found the file sound
    // A changed file opened on its header: its quick check runs first after the open, and a
    // write waits for it.
    bool m_awaitingQuickCheck = false;
    bool m_opened = false;
    bool m_upgraded = false; // this open upgraded the schema (which total_changes() does not count)
    int m_depth = 0;
    quint64 m_generation = 0;
    RecordKinds m_touched;
};

template<typename R>
std::shared_future<std::optional<R>>
Database::readAside(std::function<std::optional<R>(const QSqlDatabase &)> read)
{
    auto promise = std::make_shared<std::promise<std::optional<R>>>();
    std::shared_future<std::optional<R>> result = promise->get_future().share();
    const bool started = startAside([promise, read = std::move(read)](const QSqlDatabase *db) {
        std::optional<R> value;
        try {
            if (db)
                value = read(*db);
        } catch (...) {
            value.reset(); // out of memory, say: the caller reads itself
        }
        promise->set_value(std::move(value));
    });
    if (!started)
        promise->set_value(std::nullopt);
    return result;
}
