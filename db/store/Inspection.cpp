#include "Inspection.h"
#include "Database.h"
#include "Files.h"
#include "Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <sys/stat.h>

namespace {

int s_inspections = 0;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() ? info.size() : 0;
}

QString restoreHint(const QString &path)
{
    return Inspection::tr("Use File > Restore from Backup; the backups are in %1.")
        .arg(native(Database::backupDirectoryFor(path)));
}

// Reads the connection's file and fills `result` (error left None when it is sound).
void examine(const QSqlDatabase &db, const QString &path, Inspection::Depth depth,
             Inspection &result)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        const QSqlError sqlError = query.lastError();
        const int code = sqlError.nativeErrorCode().toInt() & 0xff;
        qCWarning(lcDb) << "inspection could not read the schema, SQLite code" << code;
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            result.error = {
                OpenError::Kind::Locked,
                Inspection::tr("%1 is locked by another program.").arg(native(path)),
                Inspection::tr("Close the other program that uses it, then try again.")};
            return;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB, with an SQLite header: a damaged first page
            result.error = {OpenError::Kind::Corrupt,
                            Inspection::tr("%1 is damaged and cannot be read (%2).")
                                .arg(native(path), sqlError.databaseText()),
                            restoreHint(path)};
            return;
        default: // I/O, permission, memory: the file may well be sound
            result.error = {OpenError::Kind::NotReadable,
                            Inspection::tr("%1 could not be read: %2")
                                .arg(native(path), sqlError.databaseText()),
                            Inspection::tr("Check that the drive is connected and working, then "
                                           "try again.")};
            return;
        }
    }
    const int objects = query.value(0).toInt();
    query.finish();
    query.exec(QStringLiteral("PRAGMA application_id"));
    const qint32 appId = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    query.exec(QStringLiteral("PRAGMA user_version"));
    result.schemaVersion = query.next() ? query.value(0).toInt() : 0;
    query.finish();

    if (objects == 0 && appId == 0 && result.schemaVersion == 0) {
        result.error = {OpenError::Kind::Empty,
                        Inspection::tr("%1 is an empty SQLite file: it holds no planning data.")
                            .arg(native(path)),
                        Inspection::tr("Use File > New Database to start a new one, or open "
                                       "another file.")};
        return;
    }
    if (appId != Database::applicationId()) {
        result.error = {OpenError::Kind::Foreign,
                        Inspection::tr("%1 is an SQLite database, but not one of Intervention "
                                       "Planner's.")
                            .arg(native(path)),
                        Inspection::tr("It was left untouched. Choose a file saved by "
                                       "Intervention Planner.")};
        return;
    }
    if (result.schemaVersion > Database::latestSchemaVersion()) {
        result.error = {OpenError::Kind::TooNew,
                        Inspection::tr("%1 was saved by a newer version of Intervention Planner "
                                       "(data format %2; this version reads up to %3).")
                            .arg(native(path))
                            .arg(result.schemaVersion)
                            .arg(Database::latestSchemaVersion()),
                        Inspection::tr("It was left untouched. Install the newer version of "
                                       "Intervention Planner to open it.")};
        return;
    }
    if (depth == Inspection::Depth::Header)
        return;
    const QString check = depth == Inspection::Depth::Full
        ? QStringLiteral("PRAGMA integrity_check(5)")
        : QStringLiteral("PRAGMA quick_check(5)");
    if (!query.exec(check)) {
        result.error = {OpenError::Kind::Corrupt,
                        Inspection::tr("%1 is damaged: the integrity check could not run (%2).")
                            .arg(native(path), query.lastError().databaseText()),
                        restoreHint(path)};
        return;
    }
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    query.finish();
    if (lines != QStringList {QStringLiteral("ok")}) {
        result.error = {OpenError::Kind::Corrupt,
                        Inspection::tr("%1 is damaged: the integrity check failed (%2).")
                            .arg(native(path), lines.join(QStringLiteral("; "))),
                        restoreHint(path)};
        return;
    }
    for (const auto &[table, count] :
         {std::pair {QStringLiteral("missions"), &result.missions},
          std::pair {QStringLiteral("stakeholders"), &result.stakeholders}}) {
        if (query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table))
            && query.next())
            *count = query.value(0).toInt();
        query.finish();
    }
}

// Opens `file` with `options`, examines it, and removes the connection again.
Inspection examineFile(const QString &file, const QString &connectOptions,
                       const QString &reportedPath, Inspection::Depth depth)
{
    Inspection result;
    const QString name = QStringLiteral("ip-inspect-%1").arg(++s_inspections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            result.error = {OpenError::Kind::NotReadable,
                            Inspection::tr("%1 could not be opened: %2")
                                .arg(native(reportedPath), db.lastError().databaseText()),
                            Inspection::tr("Check that the drive is connected and that you may "
                                           "read the file.")};
        } else {
            examine(db, reportedPath, depth, result);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool copyPrivately(const QString &from, const QString &to, QString *problem)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        QFile source(from);
        *problem = source.errorString();
        return false;
    }
    QFile::setPermissions(to, Files::ownerOnly);
    if (sizeOf(to) != sizeOf(from)) {
        *problem = Inspection::tr("the copy is incomplete");
        return false;
    }
    return true;
}

} // namespace

OpenError Inspection::checkFileKind(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists()) {
        return {OpenError::Kind::NotAFile,
                tr("%1 is a symbolic link that leads nowhere: its target is missing, or the "
                   "links loop.")
                    .arg(native(path)),
                tr("Open the database file itself, or mend the link.")};
    }
    if (!info.exists()) {
        return {OpenError::Kind::NotFound, tr("There is no file at %1.").arg(native(path)),
                tr("It may have been moved or renamed, or be on a drive that is not connected. "
                   "Use File > Open to find it.")};
    }
    if (info.isDir()) {
        return {OpenError::Kind::NotAFile,
                tr("%1 is a folder, not a database file.").arg(native(path)),
                tr("Choose the database file inside it.")};
    }
    if (!info.isFile()) {
        struct stat st
        {
        };
        const bool fifo =
            ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
        return {OpenError::Kind::NotAFile,
                fifo ? tr("%1 is a pipe, not a database file.").arg(native(path))
                     : tr("%1 is a device or socket, not a database file.").arg(native(path)),
                tr("Choose a .sqlite file saved by Intervention Planner.")};
    }
    QFile file(path);
    if (!info.isReadable() || !file.open(QIODevice::ReadOnly)) {
        return {OpenError::Kind::NotReadable,
                tr("You do not have permission to read %1.").arg(native(path)),
                tr("Ask the owner of the file for access, or open a copy of it.")};
    }
    const QByteArray header = file.read(100);
    file.close();
    if (info.size() == 0) {
        return {OpenError::Kind::Empty,
                tr("%1 is empty (0 bytes): it holds no planning data.").arg(native(path)),
                tr("Use File > New Database to start a new one, or open another file.")};
    }
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return {OpenError::Kind::NotSqlite,
                tr("%1 is not an Intervention Planner database (it is not an SQLite file).")
                    .arg(native(path)),
                tr("Choose a .sqlite file saved by Intervention Planner.")};
    }
    if (header.size() < 100) {
        return {OpenError::Kind::Corrupt,
                tr("%1 is damaged: the file is cut short.").arg(native(path)), restoreHint(path)};
    }
    return {};
}

Inspection Inspection::of(const QString &path, Depth depth)
{
    Inspection result;
    result.error = checkFileKind(path);
    const QString wal = path + QStringLiteral("-wal");
    const QString journal = path + QStringLiteral("-journal");
    QStringList sidecars;
    for (const QString &sidecar : {wal, journal}) {
        if (sizeOf(sidecar) > 0)
            sidecars.append(sidecar);
    }
    // SQLite deletes the -wal or -journal of a file of 0 bytes when it opens it: with data beside
    // it, an empty file is not one to start afresh in.
    if (result.error.kind == OpenError::Kind::Empty && !sidecars.isEmpty()) {
        result.sidecarPath = sidecars.constFirst();
        result.error = {OpenError::Kind::Corrupt,
                        tr("%1 is empty (0 bytes), but %2 beside it holds data: opening it, or "
                           "starting a new database there, would lose that data.")
                            .arg(native(path), native(result.sidecarPath)),
                        restoreHint(path)};
        return result;
    }
    if (result.error.isError())
        return result;
    // A stray -wal or -journal shows itself by the damage it does to the pages: read them.
    if (!sidecars.isEmpty() && depth == Depth::Header)
        depth = Depth::Quick;
    if (sidecars.isEmpty()) {
        // Nothing to recover: an immutable connection reads the file and writes nothing at all.
        const QString uri =
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1");
        return examineFile(uri, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"), path,
                           depth);
    }

    // Something to recover: read a private copy, never the file itself.
    QTemporaryDir dir;
    QString problem;
    const QString copy = dir.filePath(QStringLiteral("inspected.sqlite"));
    bool copied = dir.isValid() && copyPrivately(path, copy, &problem);
    for (const QString &sidecar : std::as_const(sidecars)) {
        if (copied)
            copied = copyPrivately(sidecar, copy + sidecar.mid(path.size()), &problem);
    }
    if (!copied) {
        result.error = {OpenError::Kind::NotReadable,
                        tr("%1 could not be checked: a copy for checking could not be made in %2 "
                           "(%3).")
                            .arg(native(path), native(QDir::tempPath()), problem),
                        tr("Free some space on the drive that holds %1, then try again.")
                            .arg(native(QDir::tempPath()))};
        return result;
    }
    result = examineFile(copy, {}, path, depth);
    result.sidecarPath = sidecars.constFirst();
    if (result.isSound()) {
        result.recoversSidecar = true;
        return result;
    }
    // Only a sidecar that damages the file, or makes it another program's or an empty one, can be
    // stray. A newer version's -wal (an upgrade it committed before a crash) belongs to the file:
    // moving it aside would split off that version's changes.
    if (result.error.kind != OpenError::Kind::Corrupt
        && result.error.kind != OpenError::Kind::Foreign
        && result.error.kind != OpenError::Kind::Empty)
        return result;

    // Damaged, foreign or newer with the -wal: is the file sound on its own?
    for (const QString &sidecar : std::as_const(sidecars))
        QFile::remove(copy + sidecar.mid(path.size()));
    QFile::remove(copy + QStringLiteral("-shm"));
    if (!copyPrivately(path, copy, &problem))
        return result;
    const Inspection alone = examineFile(copy, {}, path, depth);
    if (!alone.isSound())
        return result;
    Inspection stray = alone;
    stray.sidecarPath = result.sidecarPath;
    stray.error = {OpenError::Kind::StrayJournal,
                   tr("%1 is sound, but %2 beside it does not belong to it (it was left by "
                      "another database or by an old crash). Opening the two together would "
                      "damage the database.")
                       .arg(native(path), native(stray.sidecarPath)),
                   tr("Move %1 aside (it is kept, renamed, not deleted) and open the database "
                      "as it is on disk.")
                       .arg(QFileInfo(stray.sidecarPath).fileName()),
                   stray.sidecarPath};
    return stray;
}

int Inspection::exitCode(OpenError::Kind kind)
{
    switch (kind) {
    case OpenError::Kind::None:
        return 0;
    case OpenError::Kind::Corrupt:
    case OpenError::Kind::MigrationFailed:
        return 1;
    case OpenError::Kind::NotSqlite:
    case OpenError::Kind::Foreign:
        return 2;
    case OpenError::Kind::TooNew:
        return 3;
    case OpenError::Kind::NotFound:
    case OpenError::Kind::NotAFile:
    case OpenError::Kind::NotReadable:
    case OpenError::Kind::ReadOnly:
    case OpenError::Kind::AlreadyExists:
    case OpenError::Kind::CannotCreate:
        return 4;
    case OpenError::Kind::Locked:
    case OpenError::Kind::AlreadyOpen:
        return 5;
    case OpenError::Kind::Empty:
        return 6;
    case OpenError::Kind::StrayJournal:
        return 7;
    }
    return 1;
}
