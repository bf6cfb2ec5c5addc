#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

// Why a database could not be opened, with a message saying what is wrong and a hint saying what
// the user can do about it. The file is never modified when opening fails.
struct OpenError
{
    enum class Kind {
        None,
        NotFound,
        NotAFile,
        NotReadable,
        ReadOnly,
        AlreadyExists,
        CannotCreate,
        NotSqlite,
        Foreign,
        Corrupt,
        Locked,
        AlreadyOpen,
        TooNew,
        MigrationFailed,
    };
    Kind kind = Kind::None;
    QString message;
    QString hint;

    bool isError() const { return kind != Kind::None; }
};

// One open SQLite store: WAL journal, foreign keys, busy timeout, integrity check at open,
// schema upgrades one step at a time, a consistent backup before anything is written, and files
// readable by their owner only. Emits tablesChanged after each committed write so views refresh.
class Database : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        OpenExisting, // the file must exist
        CreateNew, // the file must not exist (or be empty); it is created owner-only
        CheckOnly, // read-only: no lock, no upgrade, no backup, nothing written
    };

    struct Options
    {
        int busyTimeoutMs = 5000;
        bool backupAtOpen = true;
        int backupsKept = 5;
        bool lockAgainstOtherInstances = true;
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    bool open(const QString &path, Mode mode, OpenError *error = nullptr);
    bool open(const QString &path, Mode mode, const Options &options, OpenError *error = nullptr);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_mode == Mode::CheckOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // The version of the SQLite library in use, for the About box.
    QString sqliteVersion() const;
    QString lastBackupPath() const { return m_lastBackupPath; }
    // Something the user should know although the database opened (a backup that failed).
    QString warning() const { return m_warning; }
    QString backupDirectory() const;

    // PRAGMA integrity_check; `detail` receives its first lines when it fails.
    bool checkIntegrity(QString *detail = nullptr) const;

    static int latestSchemaVersion();
    static qint32 applicationId();
    static QString backupDirectoryFor(const QString &databasePath);

    // Used by TransactionGuard: nesting depth and the tables touched by the outer transaction.
    int beginTransaction(QString *error);
    bool commitTransaction(int depth, QString *error);
    void rollbackTransaction(int depth);
    void markChanged(const QString &table);
    int transactionDepth() const { return m_depth; }

Q_SIGNALS:
    void tablesChanged(const QSet<QString> &tables);
    // A read failed, so a list may show less than the file holds; the message says what.
    void readFailed(const QString &message);

private:
    bool fail(OpenError *error, OpenError::Kind kind, const QString &message,
              const QString &hint = {});
    bool checkFile(const QString &path, Mode mode, OpenError *error);
    bool inspectContents(Mode mode, OpenError *error, int *version);
    bool takeBackup(int keep, QString *problem);

    QString m_connectionName;
    QString m_path;
    Mode m_mode = Mode::OpenExisting;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lastBackupPath;
    QString m_warning;
    int m_depth = 0;
    QSet<QString> m_touched;
};
