#include "Database.h"
#include "AfterOpen.h"
#include "Clock.h"
#include "FileLock.h"
#include "Files.h"
#include "Inspection.h"
#include "Log.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "StoreFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

#include <unistd.h>

namespace {

using StoreFiles::nativePath;
using StoreFiles::stamp;
using StoreFiles::syncPath;

int s_connectionCounter = 0;
// Every database's changes are numbered from one counter, so a generation names one state of one
// database (Database::generation).
quint64 s_generations = 0;
const QString s_memory = QStringLiteral(":memory:");
// The state of the file when this app last closed it cleanly (checkpointed, nothing pending).
const QString s_cleanClose = QStringLiteral("clean-close");
// The state of the file when the check after the open found it damaged.
const QString s_damaged = QStringLiteral("damaged");
constexpr QFile::Permissions ownerOnlyFile = Files::ownerOnly;
constexpr QFile::Permissions ownerOnlyDir = Files::ownerOnlyDir;

bool ownedByMe(const QFileInfo &info)
{
    return info.exists() && info.ownerId() == ::getuid();
}

// Takes group and other permissions away; true when there were any.
bool restrict(const QString &path, QFile::Permissions wanted)
{
    const QFileInfo info(path);
    if (!ownedByMe(info) || info.isSymLink())
        return false;
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (!(info.permissions() & others))
        return false;
    return QFile::setPermissions(path, wanted);
}

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    QObject::connect(m_idle, &QTimer::timeout, this, [this] {
        QString problem;
        if (m_depth == 0 && !checkpoint(&problem))
            Q_EMIT checkpointFailed(problem);
    });
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
    return fail(error, OpenError {kind, message, hint});
}

bool Database::fail(OpenError *error, const OpenError &reason)
{
    qCWarning(lcDb) << "open failed, kind" << static_cast<int>(reason.kind);
    close();
    if (error)
        *error = reason;
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
    m_mode = mode;
    StoreFiles::FileState state;
    Inspection::Depth depth = Inspection::Depth::Full;
    bool quickAfterOpen = false;

    if (memory) {
        if (!connect(path, mode, options, error))
            return false;
    } else if (mode == Mode::CreateNew) {
        if (!createFile(path, error))
            return false;
        if (options.lockAgainstOtherInstances) {
            m_lock = std::make_unique<FileLock>(path);
            FileLock::Holder holder;
            if (m_lock->tryLock(&holder) == FileLock::Result::HeldElsewhere) {
                return fail(error, OpenError::Kind::AlreadyOpen,
                            tr("%1 is already open in Intervention Planner: %2.")
                                .arg(nativePath(path), FileLock::describe(holder)));
            }
        }
        if (!connect(path, mode, options, error))
            return false;
    } else if (mode == Mode::ReadOnly) {
        // Another instance holds the file and keeps it sound: read what it has written.
        const OpenError kind = Inspection::checkFileKind(path);
        if (kind.isError())
            return fail(error, kind);
        FileLock::Holder holder;
        if (FileLock::isHeld(path, &holder)) {
            m_holder = FileLock::describe(holder);
            // A lock from another computer never goes stale by itself: the window may offer to
            // break it, once the user says Intervention Planner no longer runs there.
            if (!holder.host.isEmpty() && holder.host != QSysInfo::machineHostName())
                m_remoteLock = holder.lockPath;
        }
        if (!connect(path, mode, options, error))
            return false;
    } else {
        // The lock first, so nobody starts writing between the check and the open; it is the
        // only thing written, and a refused open removes it again. The file itself, its -wal and
        // -shm are not touched until the inspection says the file is sound.
        FileLock::Holder holder;
        if (options.lockAgainstOtherInstances) {
            m_lock = std::make_unique<FileLock>(path);
            if (QFileInfo::exists(path)
                && m_lock->tryLock(&holder) == FileLock::Result::HeldElsewhere) {
                return fail(error, OpenError::Kind::AlreadyOpen,
                            tr("%1 is already open in Intervention Planner: %2.")
                                .arg(nativePath(path), FileLock::describe(holder)),
                            tr("It opens read-only here. To change it, close it there first."));
            }
        }
        // A file unchanged since this app closed it cleanly needs no check before the window
        // shows it; one that changed is quick-checked; the full check follows in AfterOpen.
        // A file found damaged, and not written since, is checked in full again, and refused.
        state = StoreFiles::stateOf(path);
        const QString records = backupDirectoryFor(path);
        const bool unchanged =
            state.isSettled() && StoreFiles::recordedState(records, s_cleanClose) == state;
        const bool foundDamaged =
            state.isValid() && StoreFiles::recordedState(records, s_damaged) == state;
        depth = !options.checksInBackground || foundDamaged ? Inspection::Depth::Full
            : unchanged                                     ? Inspection::Depth::Header
                                                            : Inspection::Depth::Quick;
        // A changed file with nothing in a -wal or -journal (copied from a stick, say) shows at
        // once too: its quick check comes first after the open, and a write waits for it. Only in
        // WAL mode already: switching a file to it writes its header.
        if (depth == Inspection::Depth::Quick && state.isSettled() && StoreFiles::isWalFile(path)) {
            depth = Inspection::Depth::Header;
            quickAfterOpen = true;
        }
        Inspection inspection = Inspection::of(path, depth);
        // An upgrade rewrites the file: only a file checked in full is upgraded.
        if (inspection.isSound() && depth != Inspection::Depth::Full
            && inspection.schemaVersion < latestSchemaVersion()) {
            depth = Inspection::Depth::Full;
            quickAfterOpen = false;
            inspection = Inspection::of(path, depth);
        }
        if (!inspection.isSound())
            return fail(error, inspection.error);
        const QFileInfo info(path);
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            return fail(error, OpenError::Kind::ReadOnly,
                        tr("%1 is read-only: changes could not be saved.").arg(nativePath(path)),
                        tr("Copy the file to a folder you can write to (for example your "
                           "Documents folder) and open the copy."));
        }
        if (!connect(path, mode, options, error))
            return false;
    }
    m_path = path;

    int version = 0;
    if (!readVersion(error, &version))
        return false;
    if (mode == Mode::ReadOnly) {
        if (version < latestSchemaVersion()) {
            return fail(error, OpenError::Kind::ReadOnly,
                        tr("%1 needs an upgrade to the current data format, which cannot be done "
                           "while another window holds it.")
                            .arg(nativePath(path)),
                        tr("Close it there, then open it here again."));
        }
        m_opened = true;
        m_generation = ++s_generations;
        qCInfo(lcDb) << "opened database read-only, schema version" << version;
        return true;
    }

    bool locked = false;
    {
        QSqlQuery query(connection());
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!memory) {
            if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
                || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
                const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
                locked = code == SQLITE_BUSY || code == SQLITE_LOCKED;
                if (!locked)
                    qCWarning(lcDb) << "WAL journal not available; using the default journal";
            }
            query.finish();
            // FULL: a committed edit survives a power cut, which the field laptop will meet.
            query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        }
    }
    if (locked) {
        return fail(error, OpenError::Kind::Locked,
                    tr("%1 is locked by another program.").arg(nativePath(path)),
                    tr("Close the other program that uses it, then try again."));
    }
    if (!memory)
        makeOwnerOnly();

    // The checks run after the open only beside a -wal (a reader in another thread never blocks
    // a commit then) and when Qt's SQLite is the one this program calls (two copies of SQLite in
    // one process do not see each other's locks). Otherwise the full check runs now.
    const bool background = !memory && mode == Mode::OpenExisting && options.checksInBackground
        && isWal() && sqliteVersion() == QLatin1String(sqlite3_libversion());
    if (!memory && mode == Mode::OpenExisting && !background && depth != Inspection::Depth::Full) {
        QString detail;
        if (!checkIntegrity(&detail)) {
            return fail(
                error, OpenError::Kind::Corrupt,
                tr("%1 is damaged: the integrity check failed (%2).").arg(nativePath(path), detail),
                tr("Use File > Restore from Backup; the backups are in %1.")
                    .arg(nativePath(backupDirectory())));
        }
    }

    // A failed backup (a full disk, say) must not lock the user out of their data: it is
    // reported as a warning and opening goes on. An upgrade always has one first; otherwise one
    // is taken when the file changed since the newest, after the open when the window opens it.
    bool backupAfterOpen = false;
    if (!memory && version > 0 && options.backupAtOpen) {
        if (version < latestSchemaVersion()
            || (!background && backupDue(path, state, options.secondBackupDirectory)))
            takeBackup(options, state);
        else
            backupAfterOpen = backupDue(path, state, options.secondBackupDirectory);
    }

    if (version < latestSchemaVersion()) {
        QString reason;
        bool migrated = false;
        {
            QSqlDatabase db = connection();
            migrated = Migrations::run(db, Migrations::standard(), &reason);
        }
        m_upgraded = migrated;
        if (!migrated) {
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
    m_idle->setInterval(options.idleCheckpointMs);
    m_opened = true;
    m_generation = ++s_generations;
    if (background) {
        startAfterOpen(options, backupAfterOpen, state, quickAfterOpen);
    }
    qCInfo(lcDb) << "opened database, schema version" << schemaVersion();
    return true;
}

bool Database::createFile(const QString &path, OpenError *error)
{
    const QFileInfo info(path);
    // Another database's -wal, -journal or -shm beside the name would be taken for this one's (or
    // deleted by SQLite when it opens an empty file).
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix)) {
            return fail(error, OpenError::Kind::AlreadyExists,
                        tr("%1 is beside the name you chose, left by another database.")
                            .arg(nativePath(path + suffix)),
                        tr("Choose another name; files that are already there are never "
                           "overwritten or deleted."));
        }
    }
    if (info.exists() && (!info.isFile() || info.size() > 0)) {
        return fail(error, OpenError::Kind::AlreadyExists,
                    tr("%1 already exists.").arg(nativePath(path)),
                    tr("Choose another name; an existing file is never overwritten."));
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile)) {
            return fail(error, OpenError::Kind::CannotCreate,
                        tr("%1 could not be created: %2").arg(nativePath(path), file.errorString()),
                        tr("Choose a folder you can write to, on a drive with free space."));
        }
    }
    QFile::setPermissions(path, ownerOnlyFile);
    return true;
}

bool Database::connect(const QString &path, Mode mode, const Options &options, OpenError *error)
{
    m_connectionName = QStringLiteral("ip-db-%1").arg(++s_connectionCounter);
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        QString connectOptions =
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (mode == Mode::ReadOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            reason = db.lastError().databaseText();
    }
    if (!reason.isEmpty()) {
        return fail(error, OpenError::Kind::NotReadable,
                    tr("%1 could not be opened: %2").arg(nativePath(path), reason),
                    tr("Check that the drive is connected and that you may read the file."));
    }
    return true;
}

bool Database::readVersion(OpenError *error, int *version)
{
    int code = 0;
    QString problem;
    qint32 appId = 0;
    {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
            code = query.lastError().nativeErrorCode().toInt() & 0xff;
            problem = Sql::describe(query.lastError());
        } else {
            appId = query.value(0).toInt();
        }
    }
    if (!problem.isEmpty()) {
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            return fail(error, OpenError::Kind::Locked,
                        tr("%1 is locked by another program.").arg(nativePath(m_path)),
                        tr("Close the other program that uses it, then try again."));
        }
        return fail(error, OpenError::Kind::NotReadable,
                    tr("%1 could not be read: %2").arg(nativePath(m_path), problem));
    }
    *version = Migrations::storedVersion(connection());
    if (appId != 0 && appId != applicationId()) {
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
    return true;
}

void Database::makeOwnerOnly()
{
    bool changed = false;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        changed = restrict(m_path + suffix, ownerOnlyFile) || changed;
    const QString backups = backupDirectory();
    if (QFileInfo(backups).isDir()) {
        changed = restrict(backups, ownerOnlyDir) || changed;
        const QDir dir(backups);
        for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
            changed = restrict(dir.filePath(name), ownerOnlyFile) || changed;
    }
    if (changed) {
        qCInfo(lcDb) << "made the database files owner-only";
        m_warnings.append(tr("%1 and its backups could be read by other users of this computer; "
                             "they are now readable by you only.")
                              .arg(QFileInfo(m_path).fileName()));
    }
}

bool Database::checkpoint(QString *problem)
{
    waitForAsides(); // a reader holds a TRUNCATE checkpoint up
    // While AfterOpen reads the file a TRUNCATE checkpoint would wait for it: the close, which
    // stops it first, folds the -wal in.
    if (!m_opened || !isOpen() || isReadOnly() || m_path == s_memory || m_depth > 0 || m_afterOpen)
        return true;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()) {
        qCWarning(lcDb) << "checkpoint failed, SQLite code" << query.lastError().nativeErrorCode();
        if (problem)
            *problem = tr("Your changes are safe, but could not be folded into %1: %2")
                           .arg(QFileInfo(m_path).fileName(), Sql::describe(query.lastError()));
        return false;
    }
    if (query.value(0).toInt() != 0) { // busy: a reader kept part of the -wal
        if (problem)
            *problem = tr("Your changes are safe, but could not all be folded into %1 while "
                          "another program reads it.")
                           .arg(QFileInfo(m_path).fileName());
        return false;
    }
    return true;
}

bool Database::moveAside(const QString &path, const QString &why, QString *movedTo,
                         QString *problem)
{
    const QFileInfo info(path);
    const QString base = info.absolutePath() + u'/' + info.completeBaseName() + u'-' + why + u'-'
        + stamp(Clock::nowUtc());
    QString aside;
    for (int n = 0;; ++n) {
        aside = base + (n ? QStringLiteral("-%1").arg(n) : QString()) + u'.' + info.suffix();
        bool free = true;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            free = free && !QFileInfo::exists(aside + suffix);
        if (free)
            break;
    }
    QList<QPair<QString, QString>> moved;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, aside + suffix)) {
            for (const auto &[from, to] : std::as_const(moved))
                QFile::rename(to, from);
            *problem = tr("%1 could not be moved aside; nothing was changed.")
                           .arg(nativePath(path + suffix));
            return false;
        }
        moved.append({path + suffix, aside + suffix});
    }
    syncPath(info.absolutePath(), true);
    if (movedTo)
        *movedTo = aside;
    return true;
}

bool Database::moveSidecarAside(const QString &sidecarPath, QString *movedTo, QString *problem)
{
    const QString aside = sidecarPath + QStringLiteral(".stray-") + stamp(Clock::nowUtc());
    QString target = aside;
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = aside + QStringLiteral("-%1").arg(n);
    if (!QFile::rename(sidecarPath, target)) {
        *problem =
            tr("%1 could not be moved aside; nothing was changed.").arg(nativePath(sidecarPath));
        return false;
    }
    restrict(target, ownerOnlyFile); // it may hold another database's records
    // The -shm indexes the -wal that was moved: it goes with it.
    if (sidecarPath.endsWith(QLatin1String("-wal"))) {
        const QString shm = sidecarPath.chopped(4) + QStringLiteral("-shm");
        if (QFileInfo::exists(shm))
            QFile::rename(shm, target + QStringLiteral("-shm"));
    }
    syncPath(QFileInfo(sidecarPath).absolutePath(), true);
    if (movedTo)
        *movedTo = target;
    return true;
}

void Database::close()
{
    waitForAsides();
    m_idle->stop();
    if (m_afterOpen) {
        m_afterOpen->stop();
        delete std::exchange(m_afterOpen, nullptr);
    }
    bool clean = false;
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = connection();
            if (db.isOpen()) {
                if (m_depth > 0) {
                    QSqlQuery query(db);
                    query.exec(QStringLiteral("ROLLBACK"));
                    m_depth = 0;
                }
                // Only a database that opened is tidied: a refused one is left as it was found,
                // and so is one closed before its quick check ended.
                if (m_opened && !isReadOnly() && !m_awaitingQuickCheck) {
                    QSqlQuery query(db);
                    // Only after a session that changed something: otherwise it rewrites the
                    // statistics of the tables that are empty (as they were), the file's state
                    // changes, and the next open backs up a file that did not change.
                    if (m_upgraded
                        || (query.exec(QStringLiteral("SELECT total_changes()")) && query.next()
                            && query.value(0).toLongLong() > 0))
                        query.exec(QStringLiteral("PRAGMA optimize"));
                    query.finish();
                    QString problem;
                    clean = checkpoint(&problem);
                    if (!clean)
                        qCWarning(lcDb) << "checkpoint at close failed";
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    // What the file is now, so that the next open knows it needs no check before it shows.
    // Only once this session's full check found the file sound.
    if (clean && m_checkedSound && m_path != s_memory)
        StoreFiles::recordState(backupDirectoryFor(m_path), s_cleanClose,
                                StoreFiles::stateOf(m_path));
    m_checkedSound = false;
    m_awaitingQuickCheck = false;
    m_upgraded = false;
    m_damage.clear();
    m_lock.reset();
    m_opened = false;
    m_path.clear();
    m_warnings.clear();
    m_holder.clear();
    m_remoteLock.clear();
    m_lastBackupPath.clear();
    m_depth = 0;
    m_touched = {};
}

int Database::beginTransaction(QString *error)
{
    if (m_awaitingQuickCheck)
        settleQuickCheck();
    if (!m_damage.isEmpty()) {
        if (error)
            *error = tr("Nothing was saved: %1 Use File > Restore from Backup, or save a copy "
                        "and check it.")
                         .arg(m_damage);
        return 0;
    }
    if (isReadOnly()) {
        if (error)
            *error = tr("This database is open read-only, because another window writes it: "
                        "nothing was saved. Close it there, then open it here again to make "
                        "changes.");
        return 0;
    }
    const int depth = m_depth + 1;
    QSqlQuery query(connection());
    const QString sql = depth == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT sp%1").arg(depth);
    if (!query.exec(sql)) {
        qCWarning(lcDb) << "begin failed, SQLite code" << query.lastError().nativeErrorCode();
        if (error)
            *error = Sql::describe(query.lastError());
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
        const QSqlError sqlError = query.lastError();
        qCWarning(lcDb) << "commit failed, SQLite code" << sqlError.nativeErrorCode();
        if (error)
            *error = Sql::describe(sqlError);
        rollbackTransaction(depth);
        if (depth == 1 && (sqlError.nativeErrorCode().toInt() & 0xff) == SQLITE_IOERR) {
            // Whether the change reached the disk cannot be known from here.
            Q_EMIT storageFailed(tr("The disk reported an error while your last change was being "
                                    "saved (%1). The database was read again: what you see is "
                                    "what the file holds. Your last change may not be stored; "
                                    "check it, and make it again if it is missing.")
                                     .arg(sqlError.databaseText()));
        }
        return false;
    }
    m_depth = depth - 1;
    if (m_depth == 0) {
        if (m_idle->interval() > 0)
            m_idle->start();
        if (!m_touched.isEmpty()) {
            m_generation = ++s_generations;
            Q_EMIT recordsChanged(std::exchange(m_touched, {}));
        }
    }
    return true;
}

void Database::rollbackTransaction(int depth)
{
    Q_ASSERT_X(depth == m_depth, "Database", "transaction guards must end in reverse order");
    QSqlQuery query(connection());
    if (depth == 1) {
        query.exec(QStringLiteral("ROLLBACK"));
        m_touched = {};
    } else {
        query.exec(QStringLiteral("ROLLBACK TO sp%1").arg(depth));
        query.exec(QStringLiteral("RELEASE sp%1").arg(depth));
    }
    m_depth = depth - 1;
}

void Database::markChanged(QLatin1String table)
{
    const RecordKind kind = RecordKindTables::kindOf(table);
    // A table with no kind is a bug, and still a change: say that everything may have changed.
    Q_ASSERT_X(kind != RecordKind::Count, "Database::markChanged", "a table with no RecordKind");
    m_touched |= kind == RecordKind::Count ? RecordKinds::all() : RecordKinds(kind);
    if (m_depth == 0) {
        if (m_idle->interval() > 0 && !isReadOnly())
            m_idle->start();
        m_generation = ++s_generations;
        Q_EMIT recordsChanged(std::exchange(m_touched, {}));
    }
}

void Database::finishAfterOpen()
{
    AfterOpen *work = std::exchange(m_afterOpen, nullptr);
    work->wait();
    work->deleteLater();
    m_awaitingQuickCheck = false;
    if (work->checked()) {
        m_checkedSound = work->damage().isEmpty();
        const bool reported = !m_damage.isEmpty(); // by the quick check (settleQuickCheck)
        if (!m_checkedSound && !reported)
            markDamaged(work->damage());
        Q_EMIT integrityChecked(m_damage.isEmpty());
        if (!m_damage.isEmpty() && !reported)
            Q_EMIT damageFound(m_damage);
    }
    if (work->backup()) {
        const BackupRun &run = *work->backup();
        if (!run.path.isEmpty())
            m_lastBackupPath = run.path;
        Q_EMIT backupFinished(run.path, run.warnings);
    }
}

bool Database::isWal() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
        && query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
}

void Database::markDamaged(const QString &finding)
{
    qCWarning(lcDb) << "a check after the open found damage";
    // The file as it is now: the open may have made it readable by its owner only since it was
    // inspected (a new change time), and nothing is written to it from here on.
    StoreFiles::recordState(backupDirectory(), s_damaged, StoreFiles::stateOf(m_path));
    m_damage = tr("%1 is damaged: the integrity check found errors in it (%2). It is now "
                  "read-only, so that nothing more is written to it; what you see is what it "
                  "still holds.")
                   .arg(QFileInfo(m_path).fileName(), finding);
}
