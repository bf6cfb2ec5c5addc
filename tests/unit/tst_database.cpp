#include "Database.h"
#include "MissionRepository.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <unistd.h>

using namespace TestSupport;

namespace {
QString pragma(Database &db, const char *name)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return query.next() ? query.value(0).toString() : QString();
}

Mission sampleMission(const QString &code)
{
    Mission m;
    m.code = code;
    m.title = QStringLiteral("Sample mission");
    return m;
}
} // namespace

// Opening, creating and refusing database files; the store's pragmas, permissions and backups.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir = std::make_unique<TestSupport::TempFolder>(); }
    void cleanup() { m_dir.reset(); }

    void createsNewDatabaseWithSafeSettings()
    {
        const QString path = m_dir->path(QStringLiteral("new.sqlite"));
        Database db;
        OpenError error;
        QVERIFY2(db.open(path, Database::Mode::CreateNew, &error), qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(db, "synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(db, "application_id").toInt(), Database::applicationId());
        QVERIFY(db.checkIntegrity());
        QCOMPARE(
            QFile::permissions(path)
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }

    void foreignKeysAreEnforced()
    {
        auto db = createDatabase(m_dir->path(QStringLiteral("fk.sqlite")));
        QSqlQuery query(db->connection());
        QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO mission_stakeholders (id, created_at, updated_at, mission_id, "
            "stakeholder_id) VALUES ('00000000-0000-0000-0000-000000000001', 'x', 'x', "
            "'00000000-0000-0000-0000-00000000dead', '00000000-0000-0000-0000-00000000beef')")));
    }

    void createNewNeverOverwrites()
    {
        const QString path = m_dir->path(QStringLiteral("precious.txt"));
        QVERIFY(writeFile(path, "my notes"));
        Database db;
        OpenError error;
        QVERIFY(!db.open(path, Database::Mode::CreateNew, &error));
        QCOMPARE(error.kind, OpenError::Kind::AlreadyExists);
        QCOMPARE(readFile(path), QByteArray("my notes"));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("kind");
        QTest::newRow("text file") << "notes.sqlite" << QByteArray("Ministry contacts, 2026\n")
                                   << int(OpenError::Kind::NotSqlite);
        QTest::newRow("empty file")
            << "empty.sqlite" << QByteArray() << int(OpenError::Kind::Empty);
        QTest::newRow("truncated header")
            << "short.sqlite" << QByteArray("SQLite format 3\0abc", 19)
            << int(OpenError::Kind::Corrupt);
        QTest::newRow("png") << "picture.sqlite" << QByteArray("\x89PNG\r\n\x1a\n0000", 12)
                             << int(OpenError::Kind::NotSqlite);
    }

    void refusesBadFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, contents);
        QFETCH(int, kind);
        const QString path = m_dir->path(fileName);
        QVERIFY(writeFile(path, contents));
        Database db;
        OpenError error;
        QVERIFY(!db.open(path, Database::Mode::OpenExisting, quietOptions(), &error));
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.hint.isEmpty());
        QVERIFY(!db.isOpen());
        QCOMPARE(readFile(path), contents); // never touched
    }

    void refusesMissingFileAndFolder()
    {
        Database db;
        OpenError error;
        QVERIFY(!db.open(m_dir->path(QStringLiteral("nowhere.sqlite")),
                         Database::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, OpenError::Kind::NotFound);
        QVERIFY(!QFile::exists(m_dir->path(QStringLiteral("nowhere.sqlite"))));
        QDir(m_dir->path({})).mkdir(QStringLiteral("folder.sqlite"));
        QVERIFY(!db.open(m_dir->path(QStringLiteral("folder.sqlite")), Database::Mode::OpenExisting,
                         &error));
        QCOMPARE(error.kind, OpenError::Kind::NotAFile);
    }

    void refusesForeignSqliteUntouched()
    {
        const QString path = m_dir->path(QStringLiteral("other-app.sqlite"));
        QVERIFY(execRaw(path,
                        {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                         QStringLiteral("INSERT INTO contacts VALUES ('Ana')")}));
        const QByteArray before = digest(path);
        Database db;
        OpenError error;
        QVERIFY(!db.open(path, Database::Mode::OpenExisting, quietOptions(), &error));
        QCOMPARE(error.kind, OpenError::Kind::Foreign);
        QCOMPARE(digest(path), before);
        QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_schema")),
                 QStringLiteral("1"));
    }

    void refusesNewerVersionUntouched()
    {
        const QString path = m_dir->path(QStringLiteral("future.sqlite"));
        createDatabase(path).reset();
        QVERIFY(execRaw(
            path,
            {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 7)}));
        const QByteArray before = digest(path);
        Database db;
        OpenError error;
        QVERIFY(!db.open(path, Database::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, OpenError::Kind::TooNew);
        QVERIFY(error.message.contains(QString::number(Database::latestSchemaVersion() + 7)));
        QCOMPARE(digest(path), before);
        QVERIFY(!QDir(Database::backupDirectoryFor(path)).exists());
    }

    void refusesCorruptFile()
    {
        const QString path = m_dir->path(QStringLiteral("damaged.sqlite"));
        {
            auto db = createDatabase(path);
            MissionRepository missions(*db);
            for (int i = 0; i < 200; ++i) {
                Mission m = sampleMission(QStringLiteral("M-%1").arg(i));
                m.handoverNotes = repeated(QStringLiteral("notes "), 200);
                QVERIFY(missions.save(m));
            }
        }
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 16384);
        QVERIFY(damageFile(path, 4096 + 100, size - 8192)); // pages after the first, not the header
        const QByteArray before = digest(path);
        Database db;
        OpenError error;
        QVERIFY(!db.open(path, Database::Mode::OpenExisting, quietOptions(), &error));
        QCOMPARE(error.kind, OpenError::Kind::Corrupt);
        QVERIFY(error.hint.contains(QDir::toNativeSeparators(Database::backupDirectoryFor(path))));
        QCOMPARE(digest(path), before);
    }

    void refusesReadOnlyFile()
    {
        const QString path = m_dir->path(QStringLiteral("readonly.sqlite"));
        createDatabase(path).reset();
        const QByteArray before = digest(path);
        // Root may write to any file, so as root the file is made immutable instead.
        const bool root = ::geteuid() == 0;
        if (root) {
            if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0)
                QSKIP("running as root without chattr: a read-only file cannot be made");
        } else {
            QFile::setPermissions(path, QFile::ReadOwner);
        }
        Database db;
        OpenError error;
        const bool opened = db.open(path, Database::Mode::OpenExisting, quietOptions(), &error);
        if (root)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!opened);
        QCOMPARE(error.kind, OpenError::Kind::ReadOnly);
        QVERIFY(error.hint.contains(QStringLiteral("Copy the file")));
        QCOMPARE(digest(path), before);
    }

    void refusesFileLockedByAnotherProgram()
    {
        const QString path = m_dir->path(QStringLiteral("locked.sqlite"));
        createDatabase(path).reset();
        // Another program holds an exclusive lock in rollback-journal mode.
        QVERIFY(execRaw(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        {
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            Database db;
            OpenError error;
            QVERIFY(!db.open(path, Database::Mode::OpenExisting, quietOptions(), &error));
            QCOMPARE(error.kind, OpenError::Kind::Locked);
            query.exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, quietOptions()));
    }

    void refusesSecondOpenOfTheSameFile()
    {
        const QString path = m_dir->path(QStringLiteral("shared.sqlite"));
        createDatabase(path).reset();
        Database::Options options = quietOptions();
        options.lockAgainstOtherInstances = true;
        Database first;
        QVERIFY(first.open(path, Database::Mode::OpenExisting, options));
        Database second;
        OpenError error;
        QVERIFY(!second.open(path, Database::Mode::OpenExisting, options, &error));
        QCOMPARE(error.kind, OpenError::Kind::AlreadyOpen);
        first.close();
        QVERIFY(second.open(path, Database::Mode::OpenExisting, options, &error));
    }

    void backsUpAtOpenKeepingFive()
    {
        const QString path = m_dir->path(QStringLiteral("kept.sqlite"));
        {
            auto db = createDatabase(path);
            Mission m = sampleMission(QStringLiteral("KEEP-1"));
            QVERIFY(MissionRepository(*db).save(m));
        }
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        for (int i = 0; i < 7; ++i) {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY(db.warning().isEmpty());
            QVERIFY(QFile::exists(db.lastBackupPath()));
            // A change, so that the next open takes a backup again.
            QVERIFY(QSqlQuery(db.connection())
                        .exec(QStringLiteral("UPDATE missions SET title = 'Round %1'").arg(i)));
        }
        const QDir dir(Database::backupDirectoryFor(path));
        const QStringList backups = dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        QCOMPARE(backups.size(), 5);
        for (const QString &backup : backups) {
            const QString file = dir.filePath(backup);
            QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther),
                     QFile::Permissions());
            QCOMPARE(rawScalar(file, QStringLiteral("PRAGMA integrity_check")),
                     QStringLiteral("ok"));
            QCOMPARE(rawScalar(file, QStringLiteral("SELECT code FROM missions")),
                     QStringLiteral("KEEP-1"));
        }
    }

    void noBackupOfAFreshDatabase()
    {
        const QString path = m_dir->path(QStringLiteral("fresh.sqlite"));
        Database db;
        QVERIFY(db.open(path, Database::Mode::CreateNew));
        QVERIFY(db.lastBackupPath().isEmpty());
    }

    void signalsCommittedChanges()
    {
        auto db = createDatabase(m_dir->path(QStringLiteral("signals.sqlite")));
        QSignalSpy spy(db.get(), &Database::recordsChanged);
        Mission m = sampleMission(QStringLiteral("SIG-1"));
        QVERIFY(MissionRepository(*db).save(m));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<RecordKinds>(), RecordKinds(RecordKind::Mission));
        // A transaction that changed nothing refreshes nothing, and leaves the generation.
        const quint64 generation = db->generation();
        QString error;
        const int depth = db->beginTransaction(&error);
        QVERIFY2(depth == 1, qPrintable(error));
        QVERIFY(db->commitTransaction(depth, &error));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(db->generation(), generation);
    }

    // Every table the schema creates holds one kind of record, and back: a table added without
    // its kind would refresh no screen.
    void everyTableHasItsKind()
    {
        auto db = createDatabase(m_dir->path(QStringLiteral("kinds.sqlite")));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%'")));
        int tables = 0;
        while (query.next()) {
            const QByteArray name = query.value(0).toString().toLatin1();
            if (RecordKindTables::isExchangeBookkeeping(QLatin1String(name)))
                continue;
            const RecordKind kind = RecordKindTables::kindOf(QLatin1String(name));
            QVERIFY2(kind != RecordKind::Count, name.constData());
            QCOMPARE(RecordKindTables::tableOf(kind), QLatin1String(name));
            ++tables;
        }
        QCOMPARE(tables, int(RecordKind::Count));
        // The set is 64 bits wide: kinds past the 32nd bit stay apart.
        RecordKinds high;
        high |= RecordKind::IndicatorValue;
        QVERIFY(high.contains(RecordKind::IndicatorValue));
        QVERIFY(!high.contains(RecordKind::Mission));
        QVERIFY(!high.intersects({RecordKind::Mission, RecordKind::Stakeholder}));
        QVERIFY(RecordKinds::all().contains(RecordKind::IndicatorValue));
    }

    void diskFullIsReportedAndLosesNothing()
    {
        auto db = createDatabase(m_dir->path(QStringLiteral("full.sqlite")));
        MissionRepository missions(*db);
        Mission kept = sampleMission(QStringLiteral("KEPT-1"));
        QVERIFY(missions.save(kept));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        Mission big = sampleMission(QStringLiteral("BIG-1"));
        big.handoverNotes = repeated(QStringLiteral("x"), Limits::LongText);
        QString error;
        QVERIFY(!missions.save(big, &error));
        QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
        QCOMPARE(missions.count(), 1);
        QVERIFY(missions.find(kept.meta.id).has_value());
    }

private:
    std::unique_ptr<TestSupport::TempFolder> m_dir;
};

IP_TEST_MAIN(TestDatabase)
#include "tst_database.moc"
