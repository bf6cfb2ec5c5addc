#include "DemoData.h"
#include "MissionRepository.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace TestSupport;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

// The executable's command line: --help, --version, errors, and the headless --check verdict.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_executable = qEnvironmentVariable("IP_EXECUTABLE");
        QVERIFY2(QFile::exists(m_executable), "IP_EXECUTABLE must name the built executable");
    }

    void init() { m_dir = std::make_unique<TestSupport::TempFolder>(); }
    void cleanup() { m_dir.reset(); }

    void help()
    {
        const Run run = execute({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--database", "--demo", "--check", "--version"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    void version()
    {
        const Run run = execute({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("intervention-planner ")));
    }

    void unknownOptionIsAnError()
    {
        const Run run = execute({QStringLiteral("--frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
    }

    void checkSoundDatabase()
    {
        const QString path = m_dir->path(QStringLiteral("sound.sqlite"));
        QVERIFY(DemoData::createFile(path));
        const QByteArray before = digest(path);
        const Run run = execute({QStringLiteral("--check"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("OK: ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("5 missions")));
        QCOMPARE(run.out.count(u'\n'), 1); // one line
        QCOMPARE(digest(path), before); // read-only: not a byte changed
    }

    void checkBadFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("name;email\nAna;ana@example.org\n")
                              << QStringLiteral("not an Intervention Planner database");
        QTest::newRow("truncated")
            << QByteArray("SQLite format 3\0", 16) << QStringLiteral("cut short");
    }

    void checkBadFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        const QString path = m_dir->path(QStringLiteral("bad.sqlite"));
        QVERIFY(writeFile(path, contents));
        const Run run = execute({QStringLiteral("--check"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(QStringLiteral("FAILED: ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QCOMPARE(readFile(path), contents);
    }

    void checkCorruptDatabase()
    {
        const QString path = m_dir->path(QStringLiteral("corrupt.sqlite"));
        {
            auto db = createDatabase(path);
            for (int i = 0; i < 150; ++i) {
                Mission m;
                m.code = QStringLiteral("C-%1").arg(i);
                m.title = QStringLiteral("Mission");
                m.handoverNotes = repeated(QStringLiteral("handover "), 200);
                QVERIFY(MissionRepository(*db).save(m));
            }
        }
        QVERIFY(damageFile(path, 8192, QFileInfo(path).size() - 12288));
        const Run run = execute({QStringLiteral("--check"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("damaged")), qPrintable(run.out));
    }

    void checkMissingFile()
    {
        const Run run = execute({QStringLiteral("--check"), m_dir->path(QStringLiteral("no.db"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("There is no file")));
    }

    void writtenDatabaseOpensInSqliteShell()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 command-line tool is not installed");
        const QString path = m_dir->path(QStringLiteral("shell.sqlite"));
        QVERIFY(DemoData::createFile(path));
        QProcess shell;
        shell.start(sqlite3,
                    {path,
                     QStringLiteral("PRAGMA integrity_check; SELECT count(*) FROM "
                                    "missions;")});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), QStringLiteral("ok\n5\n"));
    }

private:
    Run execute(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ip.*=false"));
        process.setProcessEnvironment(env);
        process.start(m_executable, arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QByteArray digest(const QString &path)
    {
        return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
    }

    QString m_executable;
    std::unique_ptr<TestSupport::TempFolder> m_dir;
};

IP_TEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
