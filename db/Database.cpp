#include "Database.h"
#include "Clock.h"
#include "Files.h"
#include "Log.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace {

int s_connectionCounter = 0;
const QString s_memory = QStringLiteral(":memory:");
constexpr QFile::Permissions ownerOnlyFile = Files::ownerOnly;
constexpr QFile::Permissions ownerOnlyDir = Files::ownerOnlyDir;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString lockFilePath(const QString &databasePath)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    const QByteArray key = QCryptographicHash::hash(
        QFileInfo(databasePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return dir
        + QStringLiteral("/intervention-planner-%1.lock")
              .arg(QString::fromLatin1(key.toHex().left(20)));
}

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return Migrations::standard().constLast().version;
}

qint32 Database::applicationId()
{
    return Migrations::applicationId;
}

QString Database::backupDirectoryFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.fileName() + QStringLiteral("-backups");
}

QString Database::backupDirectory() const
{
    return backupDirectoryFor(m_path);
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrations::storedVersion(connection());
}

QString Database::sqliteVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        return query.value(0).toString();
    return {};
}

bool Database::fail(OpenError *error, OpenError::Kind kind, const QString &message,
                    const QString &hint)
{
    qCWarning(lcDb) << "open failed, kind" << static_cast<int>(kind);
    close();
    if (error)
        *error = OpenError {kind, message, hint};
    return false;
}

bool Database::open(const QString &path, Mode mode, OpenError *error)
{
    return open(path, mode, Options {}, error);
}

bool Database::open(const QString &path, Mode mode, const Options &options, OpenError *error)
{
    close();
    if (error)
        *error = {};
    const bool memory = path == s_memory;
    if (!memory && !checkFile(path, mode, error))
        return false;

    if (!memory && mode != Mode::CheckOnly && options.lockAgainstOtherInstances) {
        m_lock = std::make_unique<QLockFile>(lockFilePath(path));
        m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, application;
            m_lock->getLockInfo(&pid, &host, &application);
            m_lock.reset();
            return fail(error, OpenError::Kind::AlreadyOpen,
                        tr("%1 is already open in Intervention Planner (process %2 on %3).")
                            .arg(nativePath(path))
                            .arg(pid)
                            .arg(host),
                        tr("Switch to that window, or close it there and open the file again."));
        }
    }

    m_connectionName = QStringLiteral("ip-db-%1").arg(++s_connectionCounter);
    m_path = path;
    m_mode = mode;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        QString connectOptions =
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (mode == Mode::CheckOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            const QString reason = db.lastError().databaseText();
            return fail(error, OpenError::Kind::NotReadable,
                        tr("%1 could not be opened: %2").arg(nativePath(path), reason),
                        tr("Check that the drive is connected and that you may read the file."));
        }
    }

    int version = 0;
    if (!inspectContents(mode, error, &version))
        return false;
    if (mode == Mode::CheckOnly)
        return true;

    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!memory) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
            || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            qCWarning(lcDb) << "WAL journal not available; using the default journal";
        }
        // FULL: a committed edit survives a power cut, which the field laptop will meet.
        query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }

    // A failed backup (a full disk, say) must not lock the user out of their data: it is
    // reported as a warning and opening goes on.
    if (!memory && version > 0 && options.backupAtOpen)
        takeBackup(options.backupsKept, &m_warning);

    if (version < latestSchemaVersion()) {
        QSqlDatabase db = connection();
        QString reason;
        if (!Migrations::run(db, Migrations::standard(), &reason)) {
            const QString hint = m_lastBackupPath.isEmpty()
                ? tr("The file was left as it was before the upgrade.")
                : tr("The file was left as it was before the upgrade; a copy is in %1.")
                      .arg(nativePath(m_lastBackupPath));
            return fail(error, OpenError::Kind::MigrationFailed,
                        tr("%1 could not be upgraded to the current format: %2")
                            .arg(nativePath(path), reason),
                        hint);
        }
    }
    if (!memory && mode == Mode::CreateNew)
        QFile::setPermissions(path, ownerOnlyFile);
    qCInfo(lcDb) << "opened database, schema version" << schemaVersion();
    return true;
}

bool Database::checkFile(const QString &path, Mode mode, OpenError *error)
{
    const QFileInfo info(path);
    if (mode == Mode::CreateNew) {
        if (info.exists() && (!info.isFile() || info.size() > 0)) {
            return fail(error, OpenError::Kind::AlreadyExists,
                        tr("%1 already exists.").arg(nativePath(path)),
                        tr("Choose another name; an existing file is never overwritten."));
        }
        if (!info.exists()) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile)) {
                return fail(
                    error, OpenError::Kind::CannotCreate,
                    tr("%1 could not be created: %2").arg(nativePath(path), file.errorString()),
                    tr("Choose a folder you can write to, on a drive with free space."));
            }
        }
        return true;
    }

    if (!info.exists()) {
        return fail(error, OpenError::Kind::NotFound,
                    tr("There is no file at %1.").arg(nativePath(path)),
                    tr("It may have been moved or renamed, or be on a drive that is not "
                       "connected. Use File > Open to find it."));
    }
    if (!info.isFile()) {
        return fail(error, OpenError::Kind::NotAFile,
                    tr("%1 is a folder, not a database file.").arg(nativePath(path)),
                    tr("Choose the database file inside it."));
    }
    QFile file(path);
    if (!info.isReadable() || !file.open(QIODevice::ReadOnly)) {
        return fail(error, OpenError::Kind::NotReadable,
                    tr("You do not have permission to read %1.").arg(nativePath(path)),
                    tr("Ask the owner of the file for access, or open a copy of it."));
    }
    const QByteArray header = file.read(100);
    file.close();
    if (info.size() == 0) {
        if (mode == Mode::CheckOnly)
            return true;
        return fail(error, OpenError::Kind::NotSqlite,
                    tr("%1 is empty: it holds no planning data.").arg(nativePath(path)),
                    tr("Use File > New Database to start a new one, or open another file."));
    }
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return fail(error, OpenError::Kind::NotSqlite,
                    tr("%1 is not an Intervention Planner database (it is not an SQLite file).")
                        .arg(nativePath(path)),
                    tr("Choose a .sqlite file saved by Intervention Planner."));
    }
    if (header.size() < 100) {
        return fail(
            error, OpenError::Kind::Corrupt,
            tr("%1 is damaged: the file is cut short.").arg(nativePath(path)),
            tr("Restore it from a backup in %1.").arg(nativePath(backupDirectoryFor(path))));
    }
    if (mode != Mode::CheckOnly) {
        const QFileInfo dir(info.absolutePath());
        if (!info.isWritable() || !dir.isWritable()) {
            return fail(error, OpenError::Kind::ReadOnly,
                        tr("%1 is read-only: changes could not be saved.").arg(nativePath(path)),
                        tr("Copy the file to a folder you can write to (for example your "
                           "Documents folder) and open the copy."));
        }
    }
    return true;
}

bool Database::inspectContents(Mode mode, OpenError *error, int *version)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        const QSqlError sqlError = query.lastError();
        const int code = sqlError.nativeErrorCode().toInt() & 0xff;
        const QString backups = nativePath(backupDirectoryFor(m_path));
        if (code == 5 || code == 6) {
            return fail(error, OpenError::Kind::Locked,
                        tr("%1 is locked by another program.").arg(nativePath(m_path)),
                        tr("Close the other program that uses it, then try again."));
        }
        if (code == 26) {
            return fail(error, OpenError::Kind::NotSqlite,
                        tr("%1 is not an Intervention Planner database.").arg(nativePath(m_path)),
                        tr("Choose a .sqlite file saved by Intervention Planner."));
        }
        return fail(error, OpenError::Kind::Corrupt,
                    tr("%1 is damaged and cannot be read (%2).")
                        .arg(nativePath(m_path), sqlError.databaseText()),
                    tr("Restore it from a backup in %1.").arg(backups));
    }
    const int objects = query.value(0).toInt();
    query.finish();

    query.exec(QStringLiteral("PRAGMA application_id"));
    const qint32 appId = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    *version = Migrations::storedVersion(connection());

    const bool fresh = objects == 0 && *version == 0 && appId == 0;
    if (!fresh && appId != Migrations::applicationId) {
        return fail(error, OpenError::Kind::Foreign,
                    tr("%1 is an SQLite database, but not one of Intervention Planner's.")
                        .arg(nativePath(m_path)),
                    tr("It was left untouched. Choose a file saved by Intervention Planner."));
    }
    if (*version > latestSchemaVersion()) {
        return fail(error, OpenError::Kind::TooNew,
                    tr("%1 was saved by a newer version of Intervention Planner (data format %2; "
                       "this version reads up to %3).")
                        .arg(nativePath(m_path))
                        .arg(*version)
                        .arg(latestSchemaVersion()),
                    tr("It was left untouched. Install the newer version of Intervention Planner "
                       "to open it."));
    }
    if (!fresh || mode == Mode::CheckOnly) {
        QString detail;
        if (!checkIntegrity(&detail)) {
            return fail(error, OpenError::Kind::Corrupt,
                        tr("%1 is damaged: the integrity check failed (%2).")
                            .arg(nativePath(m_path), detail),
                        tr("It was left untouched. Restore it from a backup in %1.")
                            .arg(nativePath(backupDirectoryFor(m_path))));
        }
    }
    return true;
}

bool Database::checkIntegrity(QString *detail) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(5)"))) {
        if (detail)
            *detail = query.lastError().databaseText();
        return false;
    }
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    if (lines == QStringList {QStringLiteral("ok")})
        return true;
    if (detail)
        *detail = lines.join(QStringLiteral("; "));
    return false;
}

bool Database::takeBackup(int keep, QString *problem)
{
    const QString dirPath = backupDirectory();
    QDir dir(dirPath);
    if (!dir.exists()) {
        if (!QDir().mkpath(dirPath)) {
            *problem = tr("No backup was taken: the folder %1 could not be created.")
                           .arg(nativePath(dirPath));
            return false;
        }
        QFile::setPermissions(dirPath, ownerOnlyDir);
    }
    const QString stem = QFileInfo(m_path).completeBaseName();

    // Named by the time and a sequence number, so that two backups in the same millisecond (or
    // at a pinned clock) still sort in the order they were taken.
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString prefix = QStringLiteral("%1-%2-").arg(stem, stamp);
    int sequence = 0;
    for (const QString &taken : dir.entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QString number = taken.mid(prefix.size()).chopped(int(sizeof(".sqlite")) - 1);
        sequence = std::max(sequence, number.toInt() + 1);
    }
    const QString target =
        dir.filePath(prefix + QStringLiteral("%1.sqlite").arg(sequence, 3, 10, QLatin1Char('0')));
    // Created empty and owner-only first, so the copy is never readable by others, even briefly.
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile)) {
        *problem = tr("No backup was taken: %1 could not be created (%2). Free some space on "
                      "the drive.")
                       .arg(nativePath(target), file.errorString());
        return false;
    }
    file.close();
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        const QString reason = query.lastError().databaseText();
        QFile::remove(target);
        *problem = tr("No backup was taken: %1. Free some space on the drive.").arg(reason);
        return false;
    }
    m_lastBackupPath = target;

    QStringList backups = dir.entryList({stem + QStringLiteral("-*.sqlite")}, QDir::Files,
                                        QDir::Name | QDir::Reversed);
    for (int i = keep; i < backups.size(); ++i)
        dir.remove(backups.at(i));
    return true;
}

void Database::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = connection();
            if (db.isOpen()) {
                if (m_depth > 0) {
                    QSqlQuery query(db);
                    query.exec(QStringLiteral("ROLLBACK"));
                }
                if (m_mode != Mode::CheckOnly) {
                    QSqlQuery query(db);
                    query.exec(QStringLiteral("PRAGMA optimize"));
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_lock.reset();
    m_path.clear();
    m_warning.clear();
    m_lastBackupPath.clear();
    m_depth = 0;
    m_touched.clear();
}

int Database::beginTransaction(QString *error)
{
    const int depth = m_depth + 1;
    QSqlQuery query(connection());
    const QString sql = depth == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT sp%1").arg(depth);
    if (!query.exec(sql)) {
        if (error)
            *error = tr("Could not start saving: %1").arg(query.lastError().databaseText());
        return 0;
    }
    m_depth = depth;
    return depth;
}

bool Database::commitTransaction(int depth, QString *error)
{
    Q_ASSERT_X(depth == m_depth, "Database", "transaction guards must end in reverse order");
    QSqlQuery query(connection());
    const QString sql =
        depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(depth);
    if (!query.exec(sql)) {
        if (error)
            *error = tr("Could not save: %1").arg(query.lastError().databaseText());
        rollbackTransaction(depth);
        return false;
    }
    m_depth = depth - 1;
    if (m_depth == 0 && !m_touched.isEmpty())
        Q_EMIT tablesChanged(std::exchange(m_touched, {}));
    return true;
}

void Database::rollbackTransaction(int depth)
{
    Q_ASSERT_X(depth == m_depth, "Database", "transaction guards must end in reverse order");
    QSqlQuery query(connection());
    if (depth == 1) {
        query.exec(QStringLiteral("ROLLBACK"));
        m_touched.clear();
    } else {
        query.exec(QStringLiteral("ROLLBACK TO sp%1").arg(depth));
        query.exec(QStringLiteral("RELEASE sp%1").arg(depth));
    }
    m_depth = depth - 1;
}

void Database::markChanged(const QString &table)
{
    m_touched.insert(table);
    if (m_depth == 0)
        Q_EMIT tablesChanged(std::exchange(m_touched, {}));
}
