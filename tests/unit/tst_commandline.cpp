#include "DemoData.h"
#include "MissionRepository.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <sqlite3.h>
#include <sys/stat.h>

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
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
    }

    void checkSoundDatabase()
    {
        const QString path = m_dir->path(QStringLiteral("sound.sqlite"));
        QVERIFY(DemoData::createFile(path));
        const auto before = snapshot();
        const Run run = execute({QStringLiteral("--check"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("OK: ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("5 missions")));
        QCOMPARE(run.out.count(u'\n'), 1); // one line
        QCOMPARE(snapshot(), before); // not a byte changed, no -wal or -shm left behind
    }

    // Each verdict names the real state, with its own exit code (README, "Checking a file"), and
    // checking writes nothing beside the file.
    void checkVerdicts_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero bytes") << "zero" << 6 << "EMPTY"
                                    << "0 bytes";
        QTest::newRow("another program's empty SQLite file") << "empty-sqlite" << 6 << "EMPTY"
                                                             << "empty SQLite file";
        QTest::newRow("text") << "text" << 2 << "NOT OURS"
                              << "not an SQLite file";
        QTest::newRow("another program's database") << "foreign" << 2 << "NOT OURS"
                                                    << "not one of";
        QTest::newRow("cut short") << "truncated" << 1 << "DAMAGED"
                                   << "cut short";
        QTest::newRow("damaged pages") << "damaged" << 1 << "DAMAGED"
                                       << "damaged";
        QTest::newRow("newer version") << "newer" << 3 << "NEWER VERSION"
                                       << "newer version";
        QTest::newRow("no file") << "missing" << 4 << "CANNOT READ"
                                 << "There is no file";
        QTest::newRow("folder") << "folder" << 4 << "CANNOT READ"
                                << "a folder";
        QTest::newRow("pipe") << "fifo" << 4 << "CANNOT READ"
                              << "a pipe";
        QTest::newRow("symbolic link loop") << "loop" << 4 << "CANNOT READ"
                                            << "symbolic link";
        QTest::newRow("stray -wal") << "stray-wal" << 7 << "STRAY JOURNAL"
                                    << "does not belong";
        QTest::newRow("in use") << "in-use" << 5 << "IN USE"
                                << "is open in Intervention Planner";
        QTest::newRow("WAL database in a read-only folder") << "read-only" << 0 << "OK"
                                                            << "5 missions";
        QTest::newRow("crashed with a -wal") << "crashed-wal" << 0 << "OK"
                                             << "folded in";
        QTest::newRow("hot -journal of a crash while switching to WAL")
            << "hot-journal" << 0 << "OK"
            << "150 missions";
        QTest::newRow("upgraded by a newer version in its -wal")
            << "newer-in-wal" << 3 << "NEWER VERSION"
            << "newer version";
    }

    void checkVerdicts()
    {
        QFETCH(QString, fixture);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        QFETCH(QString, expected);
        QString path = m_dir->path(QStringLiteral("checked.sqlite"));
        std::unique_ptr<Database> holder;
        if (fixture == QLatin1String("zero")) {
            QVERIFY(writeFile(path, {}));
        } else if (fixture == QLatin1String("empty-sqlite")) {
            QVERIFY(execRaw(
                path, {QStringLiteral("CREATE TABLE t (a)"), QStringLiteral("DROP TABLE t")}));
        } else if (fixture == QLatin1String("text")) {
            QVERIFY(writeFile(path, "name;email\nAna;ana@example.org\n"));
        } else if (fixture == QLatin1String("foreign")) {
            QVERIFY(execRaw(path, {QStringLiteral("CREATE TABLE t (a)")}));
        } else if (fixture == QLatin1String("truncated")) {
            QVERIFY(writeFile(path, QByteArray("SQLite format 3\0", 16)));
        } else if (fixture == QLatin1String("damaged")) {
            bigDatabase(path);
            QVERIFY(damageFile(path, 8192, QFileInfo(path).size() - 12288));
        } else if (fixture == QLatin1String("newer")) {
            createDatabase(path).reset();
            QVERIFY(execRaw(path, {QStringLiteral("PRAGMA user_version = 999")}));
        } else if (fixture == QLatin1String("missing")) {
            path = m_dir->path(QStringLiteral("nothing-here.sqlite"));
        } else if (fixture == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (fixture == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (fixture == QLatin1String("loop")) {
            const QString other = m_dir->path(QStringLiteral("other.sqlite"));
            QVERIFY(QFile::link(other, path));
            QVERIFY(QFile::link(path, other));
        } else if (fixture == QLatin1String("stray-wal")) {
            createDatabase(path).reset();
            const QString other = m_dir->path(QStringLiteral("elsewhere.sqlite"));
            QVERIFY(execRaw(other, {QStringLiteral("CREATE TABLE t (a)")}));
            QVERIFY(crashedCopy(other, {QStringLiteral("INSERT INTO t VALUES (randomblob(5000))")},
                                m_dir->path(QStringLiteral("elsewhere-copy.sqlite"))));
            QVERIFY(QFile::copy(m_dir->path(QStringLiteral("elsewhere-copy.sqlite-wal")),
                                path + QStringLiteral("-wal")));
        } else if (fixture == QLatin1String("in-use")) {
            createDatabase(path).reset();
            holder = std::make_unique<Database>();
            Database::Options options = quietOptions();
            options.lockAgainstOtherInstances = true;
            QVERIFY(holder->open(path, Database::Mode::OpenExisting, options));
        } else if (fixture == QLatin1String("read-only")) {
            const QString folder = m_dir->path(QStringLiteral("locked-folder"));
            QVERIFY(QDir().mkpath(folder));
            path = folder + QStringLiteral("/field.sqlite");
            QVERIFY(DemoData::createFile(path));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        } else if (fixture == QLatin1String("crashed-wal")) {
            const QString source = m_dir->path(QStringLiteral("source.sqlite"));
            createDatabase(source).reset();
            QVERIFY(crashedCopy(source, {QStringLiteral("CREATE TABLE scratch (a)")}, path));
        } else if (fixture == QLatin1String("newer-in-wal")) {
            const QString source = m_dir->path(QStringLiteral("source.sqlite"));
            createDatabase(source).reset();
            QVERIFY(crashedCopy(source, {QStringLiteral("PRAGMA user_version = 999")}, path));
        } else if (fixture == QLatin1String("hot-journal")) {
            hotJournal(path);
        }
        const auto before = snapshot(QFileInfo(path).absolutePath());
        const Run run = execute({QStringLiteral("--check"), path});
        QFile::setPermissions(QFileInfo(path).absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.startsWith(verdict + QStringLiteral(": ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QCOMPARE(run.out.count(u'\n'), 1);
        if (holder)
            holder.reset();
        else
            QCOMPARE(snapshot(QFileInfo(path).absolutePath()), before);
    }

    void writtenDatabaseOpensInSqliteShell()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (tool.isEmpty())
            QSKIP("the sqlite3 command-line tool is not installed");
        const QString path = m_dir->path(QStringLiteral("shell.sqlite"));
        QVERIFY(DemoData::createFile(path));
        QProcess shell;
        shell.start(tool,
                    {path,
                     QStringLiteral("PRAGMA integrity_check; SELECT count(*) FROM "
                                    "missions;")});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), QStringLiteral("ok\n5\n"));
    }

    void fieldPackagesTravelFromTheCommandLine()
    {
        const QString hq = m_dir->path(QStringLiteral("hq.sqlite"));
        QString error;
        QVERIFY2(DemoData::createFile(hq, &error), qPrintable(error));
        const QString passphrase = m_dir->path(QStringLiteral("passphrase.txt"));
        QVERIFY(writeFile(passphrase, "grün Straße 7\n"));
        const QString package = m_dir->path(QStringLiteral("all.ippkg"));
        const QStringList seal {QStringLiteral("--passphrase-file"), passphrase,
                                QStringLiteral("--kdf-minimum")};
        Run run = execute(QStringList {QStringLiteral("--export-package"), package,
                                       QStringLiteral("--database"), hq}
                          + seal);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(package));
        QVERIFY(!readFile(package).contains("Croatia")); // sealed, not in clear

        // A dry run into a path with no database yet: the counts, and no file made.
        const QString laptop = m_dir->path(QStringLiteral("laptop.sqlite"));
        const QStringList into {QStringLiteral("--import-package"), package,
                                QStringLiteral("--database"), laptop};
        run = execute(into + seal + QStringList {QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject preview = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(preview.value(QStringLiteral("added")).toInt() > 300, qPrintable(run.out));
        QCOMPARE(preview.value(QStringLiteral("conflicts")).toInt(), 0);
        QVERIFY(!QFile::exists(laptop));

        // The laptop starts from the package; the same package again changes nothing.
        run = execute(into + seal);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Imported"), qPrintable(run.out + run.err));
        {
            auto db = std::make_unique<Database>();
            QVERIFY(db->open(laptop, Database::Mode::ReadOnly, quietOptions()));
            QCOMPARE(MissionRepository(*db).all().size(), 5);
        }
        run = execute(into + seal);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Already imported"), qPrintable(run.out));

        // Refused, with its reason, and the laptop's file untouched: a wrong passphrase, a package
        // cut short.
        const QByteArray before = readFile(laptop);
        const QString wrong = m_dir->path(QStringLiteral("wrong.txt"));
        QVERIFY(writeFile(wrong, "not it\n"));
        run = execute(into + QStringList {QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"passphrase is not the one"), qPrintable(run.err));
        const QString cut = m_dir->path(QStringLiteral("cut.ippkg"));
        QVERIFY(writeFile(cut, readFile(package).left(readFile(package).size() - 40)));
        run = execute(QStringList {QStringLiteral("--import-package"), cut,
                                   QStringLiteral("--database"), laptop}
                      + seal);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"cut short"), qPrintable(run.err));
        QCOMPARE(readFile(laptop), before);

        // A mission changed on the laptop and at headquarters: exit 3, nothing written.
        {
            auto db = std::make_unique<Database>();
            QVERIFY(db->open(laptop, Database::Mode::OpenExisting, quietOptions()));
            Mission m = MissionRepository(*db).all().constFirst();
            m.title += QStringLiteral(" (laptop)");
            QVERIFY(MissionRepository(*db).save(m));
        }
        {
            auto db = std::make_unique<Database>();
            QVERIFY(db->open(hq, Database::Mode::OpenExisting, quietOptions()));
            Mission m = MissionRepository(*db).all().constFirst();
            m.title += QStringLiteral(" (headquarters)");
            QVERIFY(MissionRepository(*db).save(m));
        }
        run = execute(QStringList {QStringLiteral("--export-package"), package,
                                   QStringLiteral("--database"), hq}
                      + seal);
        QCOMPARE(run.exitCode, 0);
        const QByteArray changed = readFile(laptop);
        run = execute(into + seal);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"changed both here and in the package"), qPrintable(run.err));
        QCOMPARE(readFile(laptop), changed);

        // One mission to a new laptop; a code that names none is refused, with no file left.
        const QString croatia = m_dir->path(QStringLiteral("croatia.ippkg"));
        run = execute(QStringList {QStringLiteral("--export-package"), croatia,
                                   QStringLiteral("--database"), hq, QStringLiteral("--missions"),
                                   QStringLiteral("HR-HC-01")}
                      + seal);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"HR-HC-01"), qPrintable(run.out));
        const QString second = m_dir->path(QStringLiteral("second.sqlite"));
        run = execute(QStringList {QStringLiteral("--import-package"), croatia,
                                   QStringLiteral("--database"), second}
                      + seal);
        QCOMPARE(run.exitCode, 0);
        {
            auto db = std::make_unique<Database>();
            QVERIFY(db->open(second, Database::Mode::ReadOnly, quietOptions()));
            QStringList codes;
            for (const Mission &m : MissionRepository(*db).all())
                codes.append(m.code);
            codes.sort();
            QCOMPARE(codes,
                     QStringList({QStringLiteral("ES-PILOT-05"), QStringLiteral("HR-HC-01"),
                                  QStringLiteral("HU-PILOT-05")}));
        }
        // Redacted: said so, and the free text that still went is listed for the person.
        const QString handover = m_dir->path(QStringLiteral("handover.ippkg"));
        run = execute(QStringList {QStringLiteral("--export-package"), handover,
                                   QStringLiteral("--database"), hq, QStringLiteral("--missions"),
                                   QStringLiteral("BA-HC-01"), QStringLiteral("--redacted")}
                      + seal);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"withheld"), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"free text"), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"BA-HC-01"), qPrintable(run.err));
        const QString none = m_dir->path(QStringLiteral("none.ippkg"));
        run = execute(QStringList {QStringLiteral("--export-package"), none,
                                   QStringLiteral("--database"), hq, QStringLiteral("--missions"),
                                   QStringLiteral("XX-1")}
                      + seal);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"XX-1"), qPrintable(run.err));
        QVERIFY(!QFile::exists(none));
        run = execute(QStringList {QStringLiteral("--import-package"), croatia,
                                   QStringLiteral("--database"), second,
                                   QStringLiteral("--missions"), QStringLiteral("HR-HC-01")}
                      + seal);
        QCOMPARE(run.exitCode, 64);
    }

    void receiptsMarkWhatReachedHeadquarters()
    {
        const QString hq = m_dir->path(QStringLiteral("hq.sqlite"));
        QString error;
        QVERIFY2(DemoData::createFile(hq, &error), qPrintable(error));
        const QString passphrase = m_dir->path(QStringLiteral("passphrase.txt"));
        QVERIFY(writeFile(passphrase, "Kiš pada u Osijeku\n"));
        const QStringList seal {QStringLiteral("--passphrase-file"), passphrase,
                                QStringLiteral("--kdf-minimum")};
        const QString out = m_dir->path(QStringLiteral("out.ippkg"));
        QCOMPARE(execute(QStringList {QStringLiteral("--export-package"), out,
                                      QStringLiteral("--database"), hq}
                         + seal)
                     .exitCode,
                 0);
        const QString laptop = m_dir->path(QStringLiteral("laptop.sqlite"));
        QCOMPARE(execute(QStringList {QStringLiteral("--import-package"), out,
                                      QStringLiteral("--database"), laptop}
                         + seal)
                     .exitCode,
                 0);
        {
            auto db = std::make_unique<Database>();
            QVERIFY(db->open(laptop, Database::Mode::OpenExisting, quietOptions()));
            Mission m = MissionRepository(*db).all().constFirst();
            m.title += QStringLiteral(" (revised in the field)");
            QVERIFY(MissionRepository(*db).save(m));
        }
        const QString back = m_dir->path(QStringLiteral("back.ippkg"));
        QCOMPARE(execute(QStringList {QStringLiteral("--export-package"), back,
                                      QStringLiteral("--database"), laptop}
                         + seal)
                     .exitCode,
                 0);

        // A receipt confirms a written import: not a dry run.
        const QString receipt = m_dir->path(QStringLiteral("receipt.json"));
        const QStringList atHq {QStringLiteral("--import-package"), back,
                                QStringLiteral("--database"), hq};
        Run run = execute(
            atHq + seal
            + QStringList {QStringLiteral("--dry-run"), QStringLiteral("--receipt"), receipt});
        QCOMPARE(run.exitCode, 64);
        QVERIFY(!QFile::exists(receipt));
        run = execute(atHq + seal + QStringList {QStringLiteral("--receipt"), receipt});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Receipt written"), qPrintable(run.out + run.err));
        QVERIFY(!readFile(receipt).contains("revised in the field"));
        // Lost? Importing the package again writes it again.
        const QString again = m_dir->path(QStringLiteral("again.json"));
        run = execute(atHq + seal + QStringList {QStringLiteral("--receipt"), again});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Already imported"), qPrintable(run.out));
        QCOMPARE(readFile(again), readFile(receipt));

        // Not a receipt: refused, the laptop's file untouched.
        const QByteArray before = readFile(laptop);
        run = execute(QStringList {QStringLiteral("--import-receipt"), back,
                                   QStringLiteral("--database"), laptop});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not a receipt"), qPrintable(run.err));
        QCOMPARE(readFile(laptop), before);

        run = execute(QStringList {QStringLiteral("--import-receipt"), receipt,
                                   QStringLiteral("--database"), laptop});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"marked as delivered"), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"0 records here have not reached hq yet"), qPrintable(run.out));
        run = execute(QStringList {QStringLiteral("--import-receipt"), receipt,
                                   QStringLiteral("--database"), laptop});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Already recorded"), qPrintable(run.out));
    }

    void aLostLaptopsKeyPairComesBackFromItsBackup()
    {
        const QString laptop = m_dir->path(QStringLiteral("laptop.sqlite"));
        const QString keyPass = m_dir->path(QStringLiteral("key.txt"));
        QVERIFY(writeFile(keyPass, "Schlüssel 42\n"));
        const QString wrongPass = m_dir->path(QStringLiteral("wrong.txt"));
        QVERIFY(writeFile(wrongPass, "Schlussel 42\n"));
        Run run = execute({QStringLiteral("--generate-key"), QStringLiteral("--database"), laptop,
                           QStringLiteral("--key-passphrase-file"), keyPass,
                           QStringLiteral("--kdf-minimum")});
        QCOMPARE(run.exitCode, 0);
        const QString fingerprint = run.out.section(u' ', -4).chopped(2); // "… is AB12 … EF90."
        const QString backup = m_dir->path(QStringLiteral("laptop-key.backup"));
        run =
            execute({QStringLiteral("--backup-key"), backup, QStringLiteral("--database"), laptop});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(fingerprint), qPrintable(run.out + u'|' + fingerprint));
        QVERIFY(!(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther)));

        // On the replacement laptop: a wrong passphrase is refused and leaves no database.
        const QString replacement = m_dir->path(QStringLiteral("replacement.sqlite"));
        const QStringList restoring {QStringLiteral("--restore-key"), backup,
                                     QStringLiteral("--database"), replacement,
                                     QStringLiteral("--key-passphrase-file")};
        run = execute(restoring + QStringList {wrongPass});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"does not open"), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(replacement));
        run = execute(
            {QStringLiteral("--restore-key"), backup, QStringLiteral("--database"), replacement});
        QCOMPARE(run.exitCode, 64); // a usage error: the passphrase is missing
        run = execute(restoring + QStringList {keyPass});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(fingerprint), qPrintable(run.out));
        // Its public key is the lost laptop's.
        const QString publicKey = m_dir->path(QStringLiteral("replacement.pub"));
        run = execute({QStringLiteral("--export-public-key"), publicKey,
                       QStringLiteral("--database"), replacement});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(fingerprint));
    }

    void packagesToRecipientsAskForTrustOnceAndRefuseRevokedSenders()
    {
        const QString hq = m_dir->path(QStringLiteral("hq.sqlite"));
        const QString laptop = m_dir->path(QStringLiteral("laptop.sqlite"));
        QString error;
        QVERIFY2(DemoData::createFile(hq, &error), qPrintable(error));
        const QString keyPass = m_dir->path(QStringLiteral("key.txt"));
        QVERIFY(writeFile(keyPass, "Schlüssel 42\n"));
        const QStringList fast {QStringLiteral("--kdf-minimum")};
        // Each side makes its key pair (the laptop's database is created for it) and hands over
        // its public key as a file.
        for (const QString &db : {hq, laptop}) {
            const Run made =
                execute(QStringList {QStringLiteral("--generate-key"), QStringLiteral("--database"),
                                     db, QStringLiteral("--key-passphrase-file"), keyPass}
                        + fast);
            QCOMPARE(made.exitCode, 0);
            QVERIFY2(made.out.contains(u"fingerprint is"), qPrintable(made.out + made.err));
        }
        const QString laptopKey = m_dir->path(QStringLiteral("laptop.pub"));
        Run run =
            execute({QStringLiteral("--export-public-key"), laptopKey, QStringLiteral("--database"),
                     laptop, QStringLiteral("--name"), QStringLiteral("Laptop 3")});
        QCOMPARE(run.exitCode, 0);
        const QString hqKey = m_dir->path(QStringLiteral("hq.pub"));
        run = execute(
            {QStringLiteral("--export-public-key"), hqKey, QStringLiteral("--database"), hq});
        QCOMPARE(run.exitCode, 0);
        const QString hqFingerprint = run.out.section(u' ', 2, 5);
        QCOMPARE(hqFingerprint.size(), 19);

        const QString package = m_dir->path(QStringLiteral("to-laptop.ippkg"));
        run = execute(QStringList {QStringLiteral("--export-package"), package,
                                   QStringLiteral("--database"), hq, QStringLiteral("--recipient"),
                                   laptopKey, QStringLiteral("--key-passphrase-file"), keyPass});
        QCOMPARE(run.exitCode, 0);
        const QStringList importing {
            QStringLiteral("--import-package"),      package, QStringLiteral("--database"), laptop,
            QStringLiteral("--key-passphrase-file"), keyPass};
        // Signed by a key the laptop does not know: refused, naming the fingerprint to check.
        run = execute(importing);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(hqFingerprint) && run.err.contains(u"--trust"),
                 qPrintable(run.err));
        // Checked with the sender, trusted once: imported, and known from then on.
        run = execute(importing + QStringList {QStringLiteral("--trust"), hqFingerprint});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Imported"), qPrintable(run.out + run.err));
        run = execute(importing);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Already imported"), qPrintable(run.out + run.err));
        // Not for another database: refused.
        const QString other = m_dir->path(QStringLiteral("other.sqlite"));
        QCOMPARE(
            execute(QStringList {QStringLiteral("--generate-key"), QStringLiteral("--database"),
                                 other, QStringLiteral("--key-passphrase-file"), keyPass}
                    + fast)
                .exitCode,
            0);
        run = execute({QStringLiteral("--import-package"), package, QStringLiteral("--database"),
                       other, QStringLiteral("--key-passphrase-file"), keyPass,
                       QStringLiteral("--trust"), hqFingerprint});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"made for other recipients"), qPrintable(run.err));
        // The headquarters key is revoked on the laptop: its packages are refused.
        run = execute(
            {QStringLiteral("--revoke"), hqFingerprint, QStringLiteral("--database"), laptop});
        QCOMPARE(run.exitCode, 0);
        run = execute(importing);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"revoked"), qPrintable(run.err));
    }

private:
    QMap<QString, QByteArray> snapshot(const QString &folder = {}) const
    {
        QMap<QString, QByteArray> files;
        const QDir dir(folder.isEmpty() ? m_dir->path(QString()) : folder);
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System
                                                       | QDir::Dirs | QDir::NoDotAndDotDot))
            files.insert(info.fileName(), info.isFile() ? digest(info.filePath()) : QByteArray());
        return files;
    }

    static void bigDatabase(const QString &path)
    {
        auto db = createDatabase(path);
        QVERIFY(addMissions(*db, QStringLiteral("C"), 150, 200));
    }

    // The files a crash leaves while a rollback-journal database is switched to WAL: the file
    // half-written and the -journal that puts it back.
    static void hotJournal(const QString &path)
    {
        const QString source = path + QStringLiteral(".source");
        bigDatabase(source);
        QVERIFY(execRaw(source, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(source).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "PRAGMA cache_size = 2; BEGIN; UPDATE missions SET handover_notes = "
                              "hex(randomblob(900));",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        // The update spilled into the file; the journal holds the pages it replaced.
        QVERIFY(QFileInfo(source + QStringLiteral("-journal")).size() > 0);
        QVERIFY(QFile::copy(source, path));
        QVERIFY(
            QFile::copy(source + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QFile::remove(source);
    }

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

    QString m_executable;
    std::unique_ptr<TestSupport::TempFolder> m_dir;
};

IP_TEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
