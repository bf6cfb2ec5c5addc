#include "FaultVfs.h"
#include "FileLock.h"
#include "Inspection.h"
#include "MissionRepository.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

#include <unistd.h>

using namespace TestSupport;

namespace {

QString missionInsert(const QString &code)
{
    return QStringLiteral("INSERT INTO missions (id, code, title, created_at, updated_at, status, "
                          "current_stage, mou_status, context) VALUES ('%1', '%2', 'Crashed "
                          "mission', '2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z', "
                          "'planned', 'consultation', 'none', 'stable')")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), code);
}

int missionCount(const QString &path)
{
    Database db;
    if (!db.open(path, Database::Mode::OpenExisting, quietOptions()))
        return -1;
    return MissionRepository(db).count();
}

// The files beside a database, with their digests: what a refused open must leave as it was.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QFileInfo &info :
         dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        files.insert(info.fileName(), info.isFile() ? digest(info.filePath()) : QByteArray("dir"));
    return files;
}

} // namespace

// The store never harms a file: a refused open leaves it byte for byte, one writer per file however
// it is named, backups that can be trusted, the file alone complete after close, faults reported
// as a person can act on them.
class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FaultVfs::install(); }
    void init() { m_dir = std::make_unique<TempFolder>(); }
    void cleanup()
    {
        FaultVfs::reset();
        m_dir.reset();
        pinClock();
    }

    void refusedOpenLeavesFileAndJournalUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("sound file, foreign -wal")
            << "foreign-wal" << int(OpenError::Kind::StrayJournal);
        QTest::newRow("another program's file, hot -wal")
            << "foreign-db" << int(OpenError::Kind::Foreign);
        QTest::newRow("newer version, hot -wal") << "too-new" << int(OpenError::Kind::TooNew);
        QTest::newRow("upgraded by a newer version in its -wal")
            << "upgraded-in-wal" << int(OpenError::Kind::TooNew);
        QTest::newRow("empty file, -wal with data")
            << "empty-with-wal" << int(OpenError::Kind::Corrupt);
        QTest::newRow("damaged file, hot -wal") << "damaged" << int(OpenError::Kind::Corrupt);
    }

    void refusedOpenLeavesFileAndJournalUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        const QString source = m_dir->path(QStringLiteral("source.sqlite"));
        const QString folder = m_dir->path(QStringLiteral("case"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/planning.sqlite");
        if (kind == QLatin1String("foreign-wal")) {
            {
                auto db = createDatabase(path);
                QVERIFY(addMissions(*db, QStringLiteral("OWN"), 5));
            }
            const QString other = m_dir->path(QStringLiteral("other.sqlite"));
            QVERIFY(execRaw(other, {QStringLiteral("CREATE TABLE notes (a, b)")}));
            const QString otherCopy = m_dir->path(QStringLiteral("other-crashed.sqlite"));
            QStringList inserts;
            for (int i = 0; i < 50; ++i)
                inserts << QStringLiteral("INSERT INTO notes VALUES (%1, randomblob(500))").arg(i);
            QVERIFY(crashedCopy(other, inserts, otherCopy));
            QVERIFY(QFile::copy(otherCopy + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        } else if (kind == QLatin1String("foreign-db")) {
            QVERIFY(execRaw(source, {QStringLiteral("CREATE TABLE notes (a)")}));
            QVERIFY(crashedCopy(source, {QStringLiteral("INSERT INTO notes VALUES (1)")}, path));
        } else if (kind == QLatin1String("upgraded-in-wal")) {
            // A newer version upgraded the file, committed in its -wal, and crashed: the -wal
            // belongs to the file, and moving it aside would split off that version's changes.
            createDatabase(source).reset();
            QVERIFY(crashedCopy(source, {QStringLiteral("PRAGMA user_version = 999")}, path));
        } else if (kind == QLatin1String("empty-with-wal")) {
            createDatabase(source).reset();
            QVERIFY(crashedCopy(source, {missionInsert(QStringLiteral("IN-WAL"))},
                                m_dir->path(QStringLiteral("crashed.sqlite"))));
            QVERIFY(writeFile(path, {}));
            QVERIFY(QFile::copy(m_dir->path(QStringLiteral("crashed.sqlite-wal")),
                                path + QStringLiteral("-wal")));
        } else if (kind == QLatin1String("too-new")) {
            createDatabase(source).reset();
            QVERIFY(execRaw(source, {QStringLiteral("PRAGMA user_version = 999")}));
            QVERIFY(crashedCopy(source, {missionInsert(QStringLiteral("LATE"))}, path));
        } else {
            {
                auto db = createDatabase(source);
                QVERIFY(addMissions(*db, QStringLiteral("BIG"), 150, 200));
            }
            QVERIFY(crashedCopy(source, {missionInsert(QStringLiteral("LATE"))}, path));
            QVERIFY(damageFile(path, 8192, QFileInfo(path).size() - 16384));
        }
        const auto before = snapshot(folder);
        QVERIFY(before.contains(QStringLiteral("planning.sqlite-wal")));

        Database db;
        Database::Options options = quietOptions();
        options.lockAgainstOtherInstances = true;
        options.backupAtOpen = true;
        OpenError error;
        QVERIFY(!db.open(path, Database::Mode::OpenExisting, options, &error));
        QCOMPARE(int(error.kind), expected);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(snapshot(folder), before); // not a byte, not a -shm, not a lock, not a backup
        if (kind == QLatin1String("empty-with-wal")) {
            // Nor may a new database be started there: SQLite would delete the -wal.
            Database fresh;
            QVERIFY(!fresh.open(path, Database::Mode::CreateNew, options, &error));
            QCOMPARE(error.kind, OpenError::Kind::AlreadyExists);
            QCOMPARE(snapshot(folder), before);
        }
        if (kind == QLatin1String("foreign-wal")) {
            QVERIFY2(error.message.contains(QStringLiteral("planning.sqlite-wal")),
                     qPrintable(error.message));
            QVERIFY(error.hint.contains(QStringLiteral("aside")));
            QCOMPARE(Inspection::of(path).error.kind, OpenError::Kind::StrayJournal);
            QCOMPARE(snapshot(folder), before);
        }
    }

    void strayJournalMovedAsideThenOpens()
    {
        const QString path = m_dir->path(QStringLiteral("planning.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("OWN"), 3));
        }
        const QString other = m_dir->path(QStringLiteral("other.sqlite"));
        QVERIFY(execRaw(other, {QStringLiteral("CREATE TABLE t (a)")}));
        QVERIFY(crashedCopy(other, {QStringLiteral("INSERT INTO t VALUES (randomblob(3000))")},
                            m_dir->path(QStringLiteral("copy.sqlite"))));
        QVERIFY(QFile::copy(m_dir->path(QStringLiteral("copy.sqlite-wal")),
                            path + QStringLiteral("-wal")));
        const QByteArray walDigest = digest(path + QStringLiteral("-wal"));

        const Inspection inspection = Inspection::of(path);
        QCOMPARE(inspection.error.kind, OpenError::Kind::StrayJournal);
        QString movedTo, problem;
        QVERIFY2(Database::moveSidecarAside(inspection.sidecarPath, &movedTo, &problem),
                 qPrintable(problem));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(digest(movedTo), walDigest); // kept, renamed, never deleted
        QCOMPARE(missionCount(path), 3);
    }

    void crashedWalIsRecovered()
    {
        const QString source = m_dir->path(QStringLiteral("source.sqlite"));
        createDatabase(source).reset();
        const QString path = m_dir->path(QStringLiteral("crashed.sqlite"));
        QVERIFY(crashedCopy(
            source, {missionInsert(QStringLiteral("W1")), missionInsert(QStringLiteral("W2"))},
            path));
        const Inspection inspection = Inspection::of(path);
        QVERIFY2(inspection.isSound(), qPrintable(inspection.error.message));
        QVERIFY(inspection.recoversSidecar);
        QCOMPARE(inspection.missions, 2);
        QCOMPARE(missionCount(path), 2);
    }

    void restoreFromBackupAfterACrash()
    {
        const QString path = m_dir->path(QStringLiteral("planning.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("SAVED"), 4));
        }
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY(!db.lastBackupPath().isEmpty());
        }
        // The database crashes with changes in its -wal, and is damaged.
        const QString crashed = m_dir->path(QStringLiteral("crashed.sqlite"));
        QVERIFY(crashedCopy(path, {missionInsert(QStringLiteral("LOST"))}, crashed));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(crashed, path));
        QVERIFY(QFile::rename(crashed + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        const QByteArray fileDigest = digest(path);
        const QByteArray walDigest = digest(path + QStringLiteral("-wal"));

        const QList<Database::Backup> backups = Database::backupsOf(path, {});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.constFirst().taken, pinnedNow());
        QString movedTo, problem;
        QVERIFY2(Database::restoreBackup(path, backups.constFirst().path, &movedTo, &problem),
                 qPrintable(problem));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(digest(movedTo), fileDigest);
        QCOMPARE(digest(movedTo + QStringLiteral("-wal")), walDigest);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        QCOMPARE(missionCount(path), 4);
        // What was moved aside still opens, with the crashed change.
        QCOMPARE(missionCount(movedTo), 5);
    }

    void restoreRefusesADamagedBackup()
    {
        const QString path = m_dir->path(QStringLiteral("planning.sqlite"));
        createDatabase(path).reset();
        const QString backup = m_dir->path(QStringLiteral("bad-b000001-20261123-090000.sqlite"));
        QVERIFY(writeFile(backup, QByteArray("SQLite format 3\0", 16) + QByteArray(200, 'x')));
        const QByteArray before = digest(path);
        QString movedTo, problem;
        QVERIFY(!Database::restoreBackup(path, backup, &movedTo, &problem));
        QVERIFY(problem.contains(QStringLiteral("cannot be used")));
        QCOMPARE(digest(path), before);
    }

    void oneWriterThroughSymlinkAndHardLink()
    {
        const QString path = m_dir->path(QStringLiteral("shared.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("SH"), 3));
        }
        const QString elsewhere = m_dir->path(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        const QString symlink = elsewhere + QStringLiteral("/link.sqlite");
        const QString hardlink = elsewhere + QStringLiteral("/hard.sqlite");
        QVERIFY(QFile::link(path, symlink));
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardlink).constData())
                == 0);
        Database::Options options = quietOptions();
        options.lockAgainstOtherInstances = true;
        Database first;
        QVERIFY(first.open(path, Database::Mode::OpenExisting, options));
        for (const QString &other : {symlink, hardlink}) {
            Database second;
            OpenError error;
            QVERIFY2(!second.open(other, Database::Mode::OpenExisting, options, &error),
                     qPrintable(other));
            QCOMPARE(error.kind, OpenError::Kind::AlreadyOpen);
            QVERIFY2(error.message.contains(QSysInfo::machineHostName()),
                     qPrintable(error.message));
            QVERIFY(error.message.contains(QString::number(QCoreApplication::applicationPid())));
            // It opens read-only instead, and says who writes it.
            Database reader;
            QVERIFY(reader.open(other, Database::Mode::ReadOnly, options, &error));
            QVERIFY(reader.isReadOnly());
            QVERIFY(reader.holder().contains(QSysInfo::machineHostName()));
            QCOMPARE(MissionRepository(reader).count(), 3);
            Mission m;
            m.code = QStringLiteral("RO");
            m.title = QStringLiteral("Read-only");
            QString problem;
            QVERIFY(!MissionRepository(reader).save(m, &problem));
            QVERIFY2(problem.contains(QStringLiteral("read-only")), qPrintable(problem));
        }
        // The lock beside the file names its holder for a check from another program.
        FileLock::Holder holder;
        QVERIFY(FileLock::isHeld(symlink, &holder));
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
        first.close();
        QVERIFY(!FileLock::isHeld(path));
        Database second;
        QVERIFY(second.open(hardlink, Database::Mode::OpenExisting, options));
    }

    // A process killed between creating its lock files and writing its name in them leaves
    // empty ones; they name nobody, so they are taken over instead of blocking the file for ever
    // ("open on another computer, process 0"). tst_crash met it at random.
    void tornLockFilesAreTakenOver()
    {
        const QString path = m_dir->path(QStringLiteral("torn-lock.sqlite"));
        createDatabase(path).reset();
        QVERIFY(writeFile(FileLock::besidePath(path), {}));
        QVERIFY(writeFile(FileLock::identityPath(path), {}));
        Database::Options options = quietOptions();
        options.lockAgainstOtherInstances = true;
        Database db;
        OpenError error;
        QVERIFY2(db.open(path, Database::Mode::OpenExisting, options, &error),
                 qPrintable(error.message));
        QVERIFY(!db.isReadOnly());
        FileLock::Holder holder;
        QVERIFY(FileLock::isHeld(path, &holder));
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    }

    // A process killed while it cleared the lock of one killed before it leaves the lock naming
    // a process that is gone, and QLockFile's own ".rmlock" empty: QLockFile then waits 30
    // seconds before it judges that one stale, and the file looked "already open" by the dead
    // process. tst_crash met it under ASan in CI.
    void deadHoldersLockIsTakenOverDespiteATornRemovalLock()
    {
        const QString path = m_dir->path(QStringLiteral("dead-holder.sqlite"));
        createDatabase(path).reset();
        QProcess gone;
        gone.start(QStringLiteral("/bin/true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        // A lock file as QLockFile writes it, naming the finished process.
        QByteArray content;
        {
            QLockFile sample(m_dir->path(QStringLiteral("sample.lock")));
            QVERIFY(sample.tryLock(0));
            QFile file(m_dir->path(QStringLiteral("sample.lock")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            content = file.readAll();
        }
        const qsizetype end = content.indexOf('\n');
        QVERIFY(end > 0);
        content = QByteArray::number(deadPid) + content.mid(end);
        for (const QString &lock : {FileLock::besidePath(path), FileLock::identityPath(path)}) {
            QVERIFY(writeFile(lock, content));
            QVERIFY(writeFile(lock + QStringLiteral(".rmlock"), {}));
        }
        QVERIFY(!FileLock::isHeld(path));
        Database::Options options = quietOptions();
        options.lockAgainstOtherInstances = true;
        Database db;
        OpenError error;
        QVERIFY2(db.open(path, Database::Mode::OpenExisting, options, &error),
                 qPrintable(error.message));
        FileLock::Holder holder;
        QVERIFY(FileLock::isHeld(path, &holder));
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    }

    void backupsKeepTheNewestEvenWithTheClockSetBack()
    {
        const QString path = m_dir->path(QStringLiteral("kept.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("K"), 1));
        }
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        for (int i = 0; i < 6; ++i) {
            Clock::setFixedNow(pinnedNow().addDays(i));
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY2(db.warning().isEmpty(), qPrintable(db.warning()));
            QVERIFY(addMissions(db, QStringLiteral("K%1-").arg(i), 1)); // the next open backs up
        }
        // A flat CMOS battery: the clock says 2020.
        Clock::setFixedNow(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QVERIFY(QFile::exists(db.lastBackupPath())); // the backup just taken is kept
        QVERIFY2(db.warning().contains(QStringLiteral("clock")), qPrintable(db.warning()));
        const QList<Database::Backup> backups = Database::backupsIn(db.backupDirectory());
        QCOMPARE(backups.size(), 5);
        QCOMPARE(backups.constFirst().path, db.lastBackupPath());
        QCOMPARE(backups.constFirst().sequence, 7);
        QCOMPARE(backups.constLast().sequence, 3);
        QCOMPARE(db.lastBackup().path, db.lastBackupPath());
        for (const Database::Backup &backup : backups)
            QVERIFY(Inspection::of(backup.path).missions >= 3);
    }

    void tornBackupsAreCleanedAndNeverCounted()
    {
        const QString path = m_dir->path(QStringLiteral("torn.sqlite"));
        createDatabase(path).reset();
        QVERIFY(execRaw(path, {missionInsert(QStringLiteral("T"))}));
        const QString dir = Database::backupDirectoryFor(path);
        QVERIFY(QDir().mkpath(dir));
        const QString torn = dir + QStringLiteral("/torn-b000004-20261122-090000.sqlite.partial");
        QVERIFY(writeFile(torn, QByteArray("SQLite format 3\0", 16) + QByteArray(50, '\0')));
        QVERIFY(writeFile(torn + QStringLiteral("-journal"), QByteArray(512, 'j')));
        QVERIFY(Database::backupsIn(dir).isEmpty());
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral(".backed-up.state"),
                              QFileInfo(db.lastBackupPath()).fileName()}));
    }

    void backupOnAFullDiskIsReportedAndOpeningGoesOn()
    {
        const QString path = m_dir->path(QStringLiteral("full.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("F"), 20));
        }
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        FaultVfs::failWritesAfter(4096);
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        FaultVfs::reset();
        QVERIFY2(db.warning().contains(QStringLiteral("No backup was taken")),
                 qPrintable(db.warning()));
        QVERIFY(db.lastBackupPath().isEmpty());
        QVERIFY(QDir(db.backupDirectory()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QCOMPARE(MissionRepository(db).count(), 20);
    }

    void secondBackupFolder()
    {
        const QString path = m_dir->path(QStringLiteral("field.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("S"), 2));
        }
        const QString stick = m_dir->path(QStringLiteral("usb-stick"));
        QVERIFY(QDir().mkpath(stick));
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        options.secondBackupDirectory = stick;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY2(db.warning().isEmpty(), qPrintable(db.warning()));
            const QString copy = Database::secondBackupDirectoryFor(path, stick) + u'/'
                + QFileInfo(db.lastBackupPath()).fileName();
            QCOMPARE(digest(copy), digest(db.lastBackupPath()));
            QCOMPARE(Database::backupsOf(path, stick).size(), 2);
            QVERIFY(addMissions(db, QStringLiteral("S2-"), 1)); // the next open backs up
        }
        // Another database of the same name elsewhere keeps its own folder on the stick.
        QVERIFY(QDir().mkpath(m_dir->path(QStringLiteral("other"))));
        const QString namesake = m_dir->path(QStringLiteral("other/field.sqlite"));
        QVERIFY(Database::secondBackupDirectoryFor(namesake, stick)
                != Database::secondBackupDirectoryFor(path, stick));
        // The stick is not plugged in: said, and the backup on the disk is still taken.
        options.secondBackupDirectory = m_dir->path(QStringLiteral("unplugged"));
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QVERIFY2(db.warning().contains(QStringLiteral("not connected")), qPrintable(db.warning()));
        QVERIFY(QFile::exists(db.lastBackupPath()));
    }

    void theFileAloneIsCompleteAfterClose()
    {
        const QString path = m_dir->path(QStringLiteral("whole.sqlite"));
        createDatabase(path).reset();
        // Another reader keeps the file open, so SQLite's own checkpoint at the last close does
        // not happen: only the one Database::close runs can fold the -wal in.
        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(path);
        QVERIFY(reader.open());
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, quietOptions()));
            QVERIFY(addMissions(db, QStringLiteral("W"), 30));
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        }
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        const QString alone = m_dir->path(QStringLiteral("alone.sqlite"));
        QVERIFY(QFile::copy(path, alone));
        QCOMPARE(missionCount(alone), 30);
    }

    void idleCheckpointFoldsTheWalIn()
    {
        const QString path = m_dir->path(QStringLiteral("idle.sqlite"));
        createDatabase(path).reset();
        Database::Options options = quietOptions();
        options.idleCheckpointMs = 50;
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QVERIFY(addMissions(db, QStringLiteral("I"), 10));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QTRY_COMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        const QString alone = m_dir->path(QStringLiteral("alone.sqlite"));
        QVERIFY(QFile::copy(path, alone));
        QCOMPARE(missionCount(alone), 10);
    }

    void failedCheckpointIsSaid()
    {
        const QString path = m_dir->path(QStringLiteral("cp.sqlite"));
        createDatabase(path).reset();
        Database::Options options = quietOptions();
        options.idleCheckpointMs = 50;
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QSignalSpy failed(&db, &Database::checkpointFailed);
        QVERIFY(addMissions(db, QStringLiteral("C"), 3));
        FaultVfs::failWritesAfter(0);
        QVERIFY(failed.wait(2000));
        FaultVfs::reset();
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("safe")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("disk is full")), qPrintable(message));
        QCOMPARE(MissionRepository(db).count(), 3);
    }

    void ioErrorAtCommitIsReported()
    {
        const QString path = m_dir->path(QStringLiteral("fsync.sqlite"));
        createDatabase(path).reset();
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, quietOptions()));
        QSignalSpy storage(&db, &Database::storageFailed);
        Mission m;
        m.code = QStringLiteral("FSYNC");
        m.title = QStringLiteral("Not durable");
        FaultVfs::failSyncs(1);
        QString problem;
        QVERIFY(!MissionRepository(db).save(m, &problem));
        FaultVfs::reset();
        QVERIFY2(problem.contains(QStringLiteral("input/output error")), qPrintable(problem));
        QCOMPARE(storage.size(), 1);
        QVERIFY(storage.constFirst().constFirst().toString().contains(QStringLiteral("may not")));
    }

    void busyAtBeginGetsAFriendlyMessage()
    {
        const QString path = m_dir->path(QStringLiteral("busy.sqlite"));
        createDatabase(path).reset();
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, quietOptions()));
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        {
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            Mission m;
            m.code = QStringLiteral("BUSY");
            m.title = QStringLiteral("Busy");
            QString problem;
            QVERIFY(!MissionRepository(db).save(m, &problem));
            QVERIFY2(problem.contains(QStringLiteral("busy in another program")),
                     qPrintable(problem));
            query.exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    void existingFilesAreMadeOwnerOnlyOnce()
    {
        const QString path = m_dir->path(QStringLiteral("open.sqlite"));
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("P"), 1));
        }
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        }
        const QFile::Permissions readable =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, readable));
        const QString backups = Database::backupDirectoryFor(path);
        QVERIFY(QFile::setPermissions(
            backups, readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
        for (const QString &name : QDir(backups).entryList(QDir::Files))
            QVERIFY(QFile::setPermissions(backups + u'/' + name, readable));
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY2(db.warning().contains(QStringLiteral("readable by you only")),
                     qPrintable(db.warning()));
        }
        const QFile::Permissions others = QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup
            | QFile::ExeOther | QFile::WriteGroup | QFile::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(backups) & others, QFile::Permissions());
        for (const QString &name : QDir(backups).entryList(QDir::Files))
            QCOMPARE(QFile::permissions(backups + u'/' + name) & others, QFile::Permissions());
        Database again;
        QVERIFY(again.open(path, Database::Mode::OpenExisting, options));
        QVERIFY2(!again.warning().contains(QStringLiteral("readable")),
                 qPrintable(again.warning()));
    }

    void saveACopyWhileOpen()
    {
        const QString path = m_dir->path(QStringLiteral("live.sqlite"));
        createDatabase(path).reset();
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, quietOptions()));
        QVERIFY(addMissions(db, QStringLiteral("L"), 12));
        const QString copy = m_dir->path(QStringLiteral("handed-over.sqlite"));
        QString problem;
        QVERIFY2(db.saveCopy(copy, &problem), qPrintable(problem));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
        QCOMPARE(QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const Inspection inspection = Inspection::of(copy);
        QVERIFY2(inspection.isSound(), qPrintable(inspection.error.message));
        QCOMPARE(inspection.missions, 12);
        QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));

        // Over an existing file of the user's choosing: replaced whole.
        QVERIFY(db.saveCopy(copy, &problem));
        QCOMPARE(Inspection::of(copy).missions, 12);
        // Never over the open database, whatever name it goes by, nor over one with a -wal.
        const QString hard = m_dir->path(QStringLiteral("hard.sqlite"));
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData())
                == 0);
        const QByteArray before = digest(path);
        QVERIFY(!db.saveCopy(hard, &problem));
        QVERIFY2(problem.contains(QStringLiteral("open database itself")), qPrintable(problem));
        QVERIFY(QFile::exists(path));
        QCOMPARE(digest(path), before);
        const QString busy = m_dir->path(QStringLiteral("busy.sqlite"));
        QVERIFY(writeFile(busy, "x"));
        QVERIFY(writeFile(busy + QStringLiteral("-wal"), "y"));
        QVERIFY(!db.saveCopy(busy, &problem));
        QCOMPARE(readFile(busy), QByteArray("x"));
        QCOMPARE(MissionRepository(db).count(), 12);
    }

private:
    std::unique_ptr<TempFolder> m_dir;
};

IP_TEST_MAIN(TestStore)
#include "tst_store.moc"
