#include "Clock.h"
#include "Database.h"
#include "FileLock.h"
#include "Files.h"
#include "Inspection.h"
#include "Log.h"
#include "SqlSupport.h"
#include "StoreFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

#include <sys/stat.h>
#include <unistd.h>

// The backups of Database: taking them (verified, under a temporary name, rotated), listing,
// restoring them, and saving a copy of the open database.

namespace {

using StoreFiles::nativePath;
using StoreFiles::stamp;
using StoreFiles::syncPath;

constexpr QFile::Permissions ownerOnlyFile = Files::ownerOnly;
constexpr QFile::Permissions ownerOnlyDir = Files::ownerOnlyDir;
const QString s_partial = QStringLiteral(".partial");
// The state of the file when its newest backup was taken: no new backup until it changes.
const QString s_backedUp = QStringLiteral("backed-up");

// A restored file is an older state of this database: it takes a new identity in field package
// exchanges, so that peers, who have seen later exports under the old one, treat it as a new
// computer rather than refuse its packages or take its older values as changes. Backups from
// before the exchange tables have none to forget.
bool forgetExchangeIdentity(const QString &path, QString *problem)
{
    static std::atomic_int counter = 0;
    const QString name = QStringLiteral("ip-restore-%1").arg(++counter);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            done = !query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                              "AND name = 'store_identity'"))
                || !query.next()
                || QSqlQuery(db).exec(QStringLiteral("DELETE FROM store_identity"));
            if (!done)
                *problem = db.lastError().databaseText();
            db.close();
        } else {
            *problem = db.lastError().databaseText();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

// PRAGMA quick_check of a file through an immutable, read-only connection (writes nothing).
bool quickCheck(const QString &path, QString *problem)
{
    static std::atomic_int counter = 0; // backups are checked in AfterOpen's thread too
    const QString name = QStringLiteral("ip-quickcheck-%1").arg(++counter);
    bool sound = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA quick_check(1)")) && query.next()) {
                sound = query.value(0).toString() == QLatin1String("ok");
                if (!sound)
                    *problem = query.value(0).toString();
            } else {
                *problem = query.lastError().databaseText();
            }
        } else {
            *problem = db.lastError().databaseText();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return sound;
}

// Copies `from` to `to` through `to.partial`, synced and checked before the rename.
bool copyVerified(const QString &from, const QString &to, QString *problem)
{
    const QString partial = to + s_partial;
    QFile::remove(partial);
    QFile source(from);
    QFile target(partial);
    if (!source.open(QIODevice::ReadOnly)) {
        *problem = source.errorString();
        return false;
    }
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile)) {
        *problem = target.errorString();
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFile::NoError) {
            *problem = source.errorString();
            target.close();
            QFile::remove(partial);
            return false;
        }
        if (target.write(chunk) != chunk.size()) {
            *problem = target.errorString();
            target.close();
            QFile::remove(partial);
            return false;
        }
    }
    const bool flushed = target.flush() && ::fsync(target.handle()) == 0;
    target.close();
    if (!flushed || !quickCheck(partial, problem)) {
        if (flushed)
            *problem = Database::tr("the copy did not pass the check (%1)").arg(*problem);
        else
            *problem = Database::tr("the copy could not be written to the disk");
        QFile::remove(partial);
        return false;
    }
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(to).constData()) != 0) {
        *problem = Database::tr("the copy could not be renamed to %1").arg(nativePath(to));
        QFile::remove(partial);
        return false;
    }
    syncPath(QFileInfo(to).absolutePath(), true);
    return true;
}

// Removes what a backup killed half-way left: files under a temporary name and their journals.
void removeTornBackups(const QString &directory)
{
    QDir dir(directory);
    const QStringList torn = dir.entryList(
        {QStringLiteral("*.sqlite.partial"), QStringLiteral("*.sqlite.partial-journal"),
         QStringLiteral("*.sqlite.partial-wal"), QStringLiteral("*.sqlite.partial-shm")},
        QDir::Files | QDir::Hidden);
    for (const QString &name : torn) {
        qCInfo(lcDb) << "removing a backup a crash left unfinished";
        dir.remove(name);
    }
}

// Keeps the newest `keep` backups, as many of them as fit in `bytesKept`, but always the one just
// taken and the one before it, whatever their size; removes the older ones.
void rotate(const QString &directory, int keep, qint64 bytesKept, const QString &justTaken)
{
    const QList<Database::Backup> backups = Database::backupsIn(directory);
    int kept = 0;
    qint64 bytes = 0;
    bool full = false;
    for (const Database::Backup &backup : backups) {
        const qint64 size = QFileInfo(backup.path).size();
        if (backup.path == justTaken) {
            ++kept;
            bytes += size;
            continue;
        }
        full = full || kept >= keep || (kept >= 2 && bytes + size > bytesKept);
        if (full) {
            QFile::remove(backup.path);
            continue;
        }
        ++kept;
        bytes += size;
    }
}

// A consistent copy into the (empty) file `to`, through SQLite's online backup API, in one read
// transaction: what was committed when it began, whatever is written meanwhile. From `snapshot`
// when given (a connection already in its read transaction), else from a read-only connection of
// its own to `from`. Stops when `cancel` is set.
bool copyOnline(const QString &from, sqlite3 *snapshot, const QString &to,
                const std::atomic_bool *cancel, QString *problem)
{
    sqlite3 *source = snapshot;
    sqlite3 *target = nullptr;
    int rc = SQLITE_OK;
    if (!snapshot) {
        rc = sqlite3_open_v2(QFile::encodeName(from).constData(), &source, SQLITE_OPEN_READONLY,
                             nullptr);
        if (rc == SQLITE_OK)
            rc = Database::beginSnapshot(source);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(QFile::encodeName(to).constData(), &target, SQLITE_OPEN_READWRITE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            int waits = 0;
            do {
                rc = sqlite3_backup_step(backup, 2048); // 8 MiB at a time
                if (cancel && cancel->load())
                    rc = SQLITE_INTERRUPT;
                else if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 250)
                    sqlite3_sleep(20); // another program's lock: up to 5 s in all
                else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    break;
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            const int finished = sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? finished : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
        // The copy keeps the journal mode of the file; a lone file is what is wanted.
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK)
        *problem = rc == SQLITE_INTERRUPT ? Database::tr("it was stopped")
                                          : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(target);
    if (!snapshot) {
        sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(source);
    }
    return rc == SQLITE_OK;
}

} // namespace

QString Database::backupDirectoryFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.fileName() + QStringLiteral("-backups");
}

QString Database::secondBackupDirectoryFor(const QString &databasePath,
                                           const QString &secondDirectory)
{
    if (secondDirectory.isEmpty())
        return {};
    // Named after the file and its real path, so two databases with the same name in different
    // folders never share (or rotate away) each other's backups.
    const QFileInfo info(databasePath);
    const QString real =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray key =
        QCryptographicHash::hash(real.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QDir(secondDirectory)
        .filePath(info.fileName() + u'-' + QString::fromLatin1(key) + QStringLiteral("-backups"));
}

QString Database::backupDirectory() const
{
    return backupDirectoryFor(m_path);
}

QList<Database::Backup> Database::backupsIn(const QString &directory)
{
    // <stem>-b<sequence>-<yyyyMMdd-HHmmss>.sqlite, and the older <stem>-<yyyyMMdd-HHmmss-zzz>-NNN
    static const QRegularExpression current(
        QStringLiteral("^.*-b(\\d{6,})-(\\d{8}-\\d{6})\\.sqlite$"));
    static const QRegularExpression older(
        QStringLiteral("^.*-(\\d{8}-\\d{6})-\\d{3}-\\d{3}\\.sqlite$"));
    QList<Backup> backups;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        Backup backup;
        backup.path = dir.filePath(name);
        QRegularExpressionMatch match = current.match(name);
        if (match.hasMatch()) {
            backup.sequence = match.captured(1).toLongLong();
        } else {
            match = older.match(name);
            if (!match.hasMatch())
                continue;
        }
        backup.taken = QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        backup.taken.setTimeSpec(Qt::UTC);
        backups.append(backup);
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) {
        if (a.sequence != b.sequence)
            return a.sequence > b.sequence;
        if (a.taken != b.taken)
            return a.taken > b.taken;
        return a.path > b.path;
    });
    return backups;
}

QList<Database::Backup> Database::backupsOf(const QString &databasePath,
                                            const QString &secondDirectory)
{
    QList<Backup> backups = backupsIn(backupDirectoryFor(databasePath));
    const QString second = secondBackupDirectoryFor(databasePath, secondDirectory);
    if (!second.isEmpty())
        backups += backupsIn(second);
    return backups;
}

Database::Backup Database::lastBackup() const
{
    const QList<Backup> backups = backupsIn(backupDirectory());
    return backups.isEmpty() ? Backup {} : backups.constFirst();
}

bool Database::saveCopy(const QString &target, QString *problem)
{
    // Never over the open database itself, however it is named, nor over a database in use or
    // one with a -wal or -journal of its own beside it.
    struct stat mine
    {
    }, theirs {};
    if (::stat(QFile::encodeName(m_path).constData(), &mine) == 0
        && ::stat(QFile::encodeName(target).constData(), &theirs) == 0
        && mine.st_dev == theirs.st_dev && mine.st_ino == theirs.st_ino) {
        *problem =
            tr("Choose another name: %1 is the open database itself.").arg(nativePath(target));
        return false;
    }
    FileLock::Holder holder;
    if (QFileInfo::exists(target) && FileLock::isHeld(target, &holder)) {
        *problem = tr("Choose another name: %1 is open in Intervention Planner (%2).")
                       .arg(nativePath(target), FileLock::describe(holder));
        return false;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(target + suffix)) {
            *problem = tr("Choose another name: %1 is beside it, so it may be a database in use "
                          "or one that crashed.")
                           .arg(nativePath(target + suffix));
            return false;
        }
    }
    QString partial = target + s_partial;
    for (int n = 1; QFileInfo::exists(partial); ++n)
        partial = target + s_partial + QString::number(n);
    {
        QFile created(partial);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile)) {
            *problem =
                tr("%1 could not be written: %2").arg(nativePath(target), created.errorString());
            return false;
        }
    }
    // SQLite's backup API, on the connection Qt's driver holds, when that driver uses the same
    // SQLite library as this program (Debian's Qt does); else VACUUM INTO, which is as complete.
    const QVariant handle = connection().driver()->handle();
    QString sqliteOfDriver;
    {
        QSqlQuery query(connection());
        if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
            sqliteOfDriver = query.value(0).toString();
    }
    const bool sameLibrary = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        && sqliteOfDriver == QLatin1String(sqlite3_libversion());
    QString reason;
    if (sameLibrary) {
        sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3 *copy = nullptr;
        int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy,
                                 SQLITE_OPEN_READWRITE, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
            if (backup) {
                rc = sqlite3_backup_step(backup, -1);
                sqlite3_backup_finish(backup);
                if (rc == SQLITE_DONE)
                    rc = sqlite3_errcode(copy);
            } else {
                rc = sqlite3_errcode(copy);
            }
            // The copy keeps the journal mode of the file; a lone file is what is wanted.
            if (rc == SQLITE_OK)
                rc = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        }
        if (rc != SQLITE_OK)
            reason = QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(copy);
    } else {
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        if (!query.exec())
            reason = Sql::describe(query.lastError());
    }
    if (!reason.isEmpty()) {
        QFile::remove(partial);
        *problem = tr("%1 could not be written: %2").arg(nativePath(target), reason);
        return false;
    }
    QString checkProblem;
    if (!syncPath(partial) || !quickCheck(partial, &checkProblem)) {
        QFile::remove(partial);
        *problem =
            tr("%1 could not be written completely; try another drive.").arg(nativePath(target));
        return false;
    }
    // rename() replaces an existing file in one step: there is never a moment with neither.
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData())
        != 0) {
        QFile::remove(partial);
        *problem = tr("%1 could not be written.").arg(nativePath(target));
        return false;
    }
    syncPath(QFileInfo(target).absolutePath(), true);
    return true;
}

void Database::writeBackup(BackupRun &run)
{
    const QString dirPath = backupDirectoryFor(run.databasePath);
    if (!QFileInfo(dirPath).isDir()) {
        if (!QDir().mkpath(dirPath)) {
            run.warnings.append(tr("No backup was taken: the folder %1 could not be created.")
                                    .arg(nativePath(dirPath)));
            return;
        }
        QFile::setPermissions(dirPath, ownerOnlyDir);
    }
    removeTornBackups(dirPath);

    const QList<Backup> before = backupsIn(dirPath);
    qint64 sequence = 1;
    if (!before.isEmpty()) {
        sequence = before.constFirst().sequence + 1;
        QDateTime newest;
        for (const Backup &backup : before)
            newest = std::max(newest, backup.taken);
        if (newest.isValid() && run.now.addSecs(60) < newest) {
            run.warnings.append(
                tr("The computer's clock says %1, earlier than your newest backup (%2). Check the "
                   "date and time settings; backups are kept in the order they were taken.")
                    .arg(run.now.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                         newest.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
        }
    }
    const QString stem = QFileInfo(run.databasePath).completeBaseName();
    const QString name = QStringLiteral("%1-b%2-%3.sqlite")
                             .arg(stem)
                             .arg(sequence, 6, 10, QLatin1Char('0'))
                             .arg(stamp(run.now));
    const QString target = QDir(dirPath).filePath(name);
    const QString partial = target + s_partial;

    // Written under a temporary name, created empty and owner-only first so the copy is never
    // readable by others, even briefly; renamed only once it is complete and checked.
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile)) {
        run.warnings.append(tr("No backup was taken: %1 could not be created (%2). Free some "
                               "space on the drive.")
                                .arg(nativePath(target), file.errorString()));
        return;
    }
    file.close();
    QString problem;
    if (!copyOnline(run.databasePath, run.snapshot, partial, run.cancel, &problem)) {
        // problem said
    } else if (!syncPath(partial)) {
        problem = tr("it could not be written to the disk");
    } else if (!quickCheck(partial, &problem)) {
        problem = tr("the copy did not pass its check (%1)").arg(problem);
    } else if (!QFile::rename(partial, target)) {
        problem = tr("it could not be renamed to %1").arg(nativePath(target));
    }
    if (!problem.isEmpty()) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        if (!run.cancel || !run.cancel->load())
            run.warnings.append(tr("No backup was taken: %1").arg(problem));
        return;
    }
    syncPath(dirPath, true);
    run.path = target;
    rotate(dirPath, run.keep, run.bytesKept, target);
    if (run.stateBefore.isValid())
        StoreFiles::recordState(dirPath, s_backedUp, run.stateBefore);

    if (!run.secondDirectory.isEmpty() && !(run.cancel && run.cancel->load())) {
        const QString second = secondBackupDirectoryFor(run.databasePath, run.secondDirectory);
        if (!QFileInfo(run.secondDirectory).isDir()) {
            run.warnings.append(tr("No second backup was made: %1 is not connected.")
                                    .arg(nativePath(run.secondDirectory)));
        } else if (!QDir().mkpath(second)) {
            run.warnings.append(tr("No second backup was made: the folder %1 could not be "
                                   "created.")
                                    .arg(nativePath(second)));
        } else {
            QFile::setPermissions(second, ownerOnlyDir);
            removeTornBackups(second);
            const QString copy = QDir(second).filePath(name);
            if (copyVerified(target, copy, &problem))
                rotate(second, run.keep, run.bytesKept, copy);
            else
                run.warnings.append(
                    tr("No second backup was made in %1: %2").arg(nativePath(second), problem));
        }
    }
}

bool Database::backupDue(const QString &databasePath, const StoreFiles::FileState &state,
                         const QString &secondDirectory)
{
    const QString dirPath = backupDirectoryFor(databasePath);
    const QList<Backup> backups = backupsIn(dirPath);
    if (backups.isEmpty() || !state.isSettled()
        || StoreFiles::recordedState(dirPath, s_backedUp) != state)
        return true;
    // The second folder (a USB stick) missed the newest backup, say it was not plugged in then:
    // it gets one now.
    if (!secondDirectory.isEmpty() && QFileInfo(secondDirectory).isDir()) {
        const QString second = secondBackupDirectoryFor(databasePath, secondDirectory);
        return !QFileInfo::exists(
            QDir(second).filePath(QFileInfo(backups.constFirst().path).fileName()));
    }
    return false;
}

bool Database::restoreBackup(const QString &databasePath, const QString &backupPath,
                             QString *movedTo, QString *problem)
{
    const Inspection backup = Inspection::of(backupPath);
    if (!backup.isSound()) {
        *problem = tr("The backup cannot be used: %1").arg(backup.error.message);
        return false;
    }
    FileLock lock(databasePath);
    if (QFileInfo::exists(databasePath)) {
        FileLock::Holder holder;
        if (lock.tryLock(&holder) == FileLock::Result::HeldElsewhere) {
            *problem = tr("%1 is open in Intervention Planner: %2. Close it there first.")
                           .arg(nativePath(databasePath), FileLock::describe(holder));
            return false;
        }
    }
    const QString incoming = databasePath + QStringLiteral(".restoring");
    if (!copyVerified(backupPath, incoming, problem)) {
        *problem = tr("The backup could not be copied: %1. Nothing was changed.").arg(*problem);
        return false;
    }
    if (!forgetExchangeIdentity(incoming, problem)) {
        QFile::remove(incoming);
        *problem = tr("The backup could not be prepared: %1. Nothing was changed.").arg(*problem);
        return false;
    }
    QString aside;
    bool present = false;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        present = present || QFileInfo::exists(databasePath + suffix);
    if (present) {
        if (!moveAside(databasePath, QStringLiteral("before-restore"), &aside, problem)) {
            QFile::remove(incoming);
            return false;
        }
    }
    if (!QFile::rename(incoming, databasePath)) {
        *problem = tr("The backup could not take the place of %1; your file is kept as %2.")
                       .arg(nativePath(databasePath), nativePath(aside));
        return false;
    }
    syncPath(QFileInfo(databasePath).absolutePath(), true);
    if (movedTo)
        *movedTo = aside;
    return true;
}

int Database::beginSnapshot(sqlite3 *connection)
{
    sqlite3_busy_timeout(connection, 5000);
    // The read transaction starts with the first read, not with BEGIN.
    return sqlite3_exec(connection, "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr, nullptr,
                        nullptr);
}
