#include "Inspection.h"
#include "MissionRepository.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <csignal>

using namespace TestSupport;

// A child process writes through the repositories (or takes backups) and is killed with SIGKILL
// at random points, many times; every record whose commit returned must be there afterwards, the
// file sound, and no torn backup counted. IP_CRASH_ROUNDS sets the rounds (CI keeps it under a
// minute); the seed is printed so a failure can be replayed with IP_CRASH_SEED.
class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_writer = qEnvironmentVariable("IP_CRASH_WRITER");
        QVERIFY2(QFile::exists(m_writer), "IP_CRASH_WRITER must name the built crash_writer");
        m_rounds = qEnvironmentVariableIntValue("IP_CRASH_ROUNDS");
        if (m_rounds <= 0)
            m_rounds = 30;
        const quint32 seed = qEnvironmentVariableIsSet("IP_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("IP_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        m_random.seed(seed);
        qInfo("crash seed %u, %d rounds", seed, m_rounds);
    }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        m_failure.clear();
    }
    void cleanup() { m_dir.reset(); }

    void killedWritersLoseNoCommittedRecord()
    {
        const QString path = m_dir->path(QStringLiteral("crash.sqlite"));
        createDatabase(path).reset();
        QSet<int> committed;
        int next = 0;
        for (int round = 0; round < m_rounds; ++round) {
            const QList<int> written = runAndKill(path, QStringLiteral("write"), next);
            QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
            for (int n : written)
                committed.insert(n);
            if (!written.isEmpty())
                next = written.constLast() + 1;
            next += 1000; // a record committed but not yet printed must not clash
            const Inspection inspection = Inspection::of(path);
            QVERIFY2(inspection.isSound(), qPrintable(inspection.error.message));
        }
        QVERIFY2(committed.size() > m_rounds, "the writer must have written before the kills");
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, quietOptions()));
        QVERIFY(db.checkIntegrity());
        QSet<QString> stored;
        for (const Mission &m : MissionRepository(db).all())
            stored.insert(m.code);
        for (int n : std::as_const(committed))
            QVERIFY2(stored.contains(QStringLiteral("K-%1").arg(n)),
                     qPrintable(QString::number(n)));
        qInfo("%lld committed records, all found after %d kills", qint64(committed.size()),
              m_rounds);
    }

    void killedBackupsAreNeverCounted()
    {
        const QString path = m_dir->path(QStringLiteral("backed-up.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("B"), 200, 100));
        }
        int next = 0;
        int torn = 0;
        const QDir backups(Database::backupDirectoryFor(path));
        for (int round = 0; round < m_rounds / 2; ++round) {
            runAndKill(path, QStringLiteral("backup"), next);
            QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
            next += 1000;
            if (!backups.entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty())
                ++torn;
            for (const Database::Backup &backup :
                 Database::backupsIn(Database::backupDirectoryFor(path))) {
                const Inspection inspection = Inspection::of(backup.path);
                QVERIFY2(inspection.isSound(), qPrintable(inspection.error.message));
                QCOMPARE(inspection.missions, 200);
            }
        }
        qInfo("%d of %d kills left a backup half-written", torn, m_rounds / 2);
        // The next open cleans whatever a kill left half-written.
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        options.backupsKept = 3;
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        const QDir dir(Database::backupDirectoryFor(path));
        QCOMPARE(dir.entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        QCOMPARE(Database::backupsIn(dir.path()).size(), 3);
        QCOMPARE(MissionRepository(db).count(), 200);
    }

private:
    // Starts the writer, lets it run for a random while, kills it; returns the numbers it said
    // were committed.
    QList<int> runAndKill(const QString &path, const QString &mode, int first)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(m_writer, {path, mode, QString::number(first)});
        if (!child.waitForStarted(10000))
            return {};
        QTest::qWait(int(m_random.bounded(20, 250)));
        // A writer that stopped by itself has no process id any more: kill(0) would kill the
        // whole process group, ctest and CI with it. Say why it stopped instead.
        const qint64 pid = child.processId();
        if (child.state() != QProcess::Running || pid <= 0) {
            child.waitForFinished(10000);
            m_failure = QStringLiteral("the writer stopped by itself (exit %1): %2")
                            .arg(child.exitCode())
                            .arg(QString::fromLocal8Bit(child.readAllStandardError()));
            return {};
        }
        ::kill(pid_t(pid), SIGKILL);
        child.waitForFinished(10000);
        QList<int> numbers;
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const int n = line.toInt(&ok);
            if (ok)
                numbers.append(n);
        }
        const QByteArray errors = child.readAllStandardError();
        if (errors.contains("failed"))
            qWarning("writer: %s", errors.constData());
        return numbers;
    }

    QString m_writer;
    QString m_failure;
    int m_rounds = 30;
    QRandomGenerator m_random;
    std::unique_ptr<TempFolder> m_dir;
};

IP_TEST_MAIN(TestCrash)
#include "tst_crash.moc"
