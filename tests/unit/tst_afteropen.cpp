#include "Database.h"
#include "DemoData.h"
#include "FollowUpTableModel.h"
#include "Inspection.h"
#include "MissionRepository.h"
#include "MissionTableModel.h"
#include "PortfolioLists.h"
#include "PortfolioSummary.h"
#include "RiskTableModel.h"
#include "Settings.h"
#include "StakeholderTableModel.h"
#include "StoreFiles.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <new>

using namespace TestSupport;

namespace {

Database::Options windowOptions()
{
    Database::Options options = quietOptions();
    options.backupAtOpen = true;
    options.checksInBackground = true;
    return options;
}

QStringList backupNames(const QString &path)
{
    QStringList names;
    for (const Database::Backup &backup : Database::backupsIn(Database::backupDirectoryFor(path)))
        names.append(QFileInfo(backup.path).fileName());
    return names;
}

// Waits for the checks that follow an open; false when they did not end.
bool settle(Database &db)
{
    QSignalSpy checked(&db, &Database::integrityChecked);
    return !db.isCheckingInBackground() || checked.wait(30000) || !db.isCheckingInBackground();
}

} // namespace

// What follows an open: a backup only when the file changed since the newest one, backups pruned
// by size, and, in the window, the full integrity check and the backup in a thread of their own,
// with damage found then making the database read-only.
class TestAfterOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir = std::make_unique<TempFolder>(); }
    void cleanup() { m_dir.reset(); }

    void backsUpOnlyWhatChanged()
    {
        const QString path = m_dir->path(QStringLiteral("changed.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("C"), 3));
        }
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY(QFile::exists(db.lastBackupPath()));
        }
        // Opened and closed with nothing written: no second copy of the same file.
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY(db.lastBackupPath().isEmpty());
            QVERIFY2(db.warning().isEmpty(), qPrintable(db.warning()));
            QVERIFY(addMissions(db, QStringLiteral("D"), 1));
        }
        QCOMPARE(backupNames(path).size(), 1);
        // Written since: backed up again, with what was written.
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY(QFile::exists(db.lastBackupPath()));
            QCOMPARE(Inspection::of(db.lastBackupPath()).missions, 4);
        }
        QCOMPARE(backupNames(path).size(), 2);
        // Another program wrote it (the file's state changed): backed up again.
        QVERIFY(execRaw(path, {QStringLiteral("UPDATE missions SET title = 'Changed outside'")}));
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY(QFile::exists(db.lastBackupPath()));
        }
        // The backups removed by hand: one is taken whatever the file's state.
        for (const QString &name : backupNames(path))
            QVERIFY(QFile::remove(Database::backupDirectoryFor(path) + u'/' + name));
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QVERIFY(QFile::exists(db.lastBackupPath()));
    }

    // A session that reads what the window shows and changes nothing leaves the file as it
    // was (SQLite's optimize at close rewrote its statistics of the empty tables), so that the
    // next open takes no backup of it: 80 MB written at every open of a large portfolio.
    void aSessionThatOnlyReadsLeavesTheFileAsItWas()
    {
        const QString path = m_dir->path(QStringLiteral("read.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(DemoData::load(*db));
        }
        const auto readAsTheWindowDoes = [](Database &db) {
            MissionTableModel missions(db);
            StakeholderTableModel stakeholders(db);
            RiskTableModel risks(db);
            QVERIFY(missions.rowCount() > 0 && stakeholders.rowCount() > 0 && risks.rowCount() > 0);
            FollowUpTableModel followUps(db, Clock::today());
            const PortfolioSummary summary = PortfolioSummary::compute(db, Clock::today());
            QVERIFY(summary.missions > 0);
        };
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
            readAsTheWindowDoes(db);
            QVERIFY(settle(db));
        }
        QCOMPARE(backupNames(path).size(), 1);
        const StoreFiles::FileState before = StoreFiles::stateOf(path);
        for (int session = 0; session < 2; ++session) {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
            readAsTheWindowDoes(db);
            QVERIFY(settle(db));
            QVERIFY(db.lastBackupPath().isEmpty());
        }
        QVERIFY(StoreFiles::stateOf(path) == before);
        QCOMPARE(backupNames(path).size(), 1);
    }

    void aStickPluggedInLaterGetsABackup()
    {
        const QString path = m_dir->path(QStringLiteral("stick.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("S"), 2));
        }
        const QString stick = m_dir->path(QStringLiteral("usb-stick"));
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        options.secondBackupDirectory = stick; // not plugged in yet
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY(db.warning().contains(QStringLiteral("not connected")));
        }
        QVERIFY(QDir().mkpath(stick));
        // The file did not change, but the stick lacks its backup: one is taken, and copied.
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QVERIFY2(db.warning().isEmpty(), qPrintable(db.warning()));
        QVERIFY(QFile::exists(db.lastBackupPath()));
        QCOMPARE(Database::backupsIn(Database::secondBackupDirectoryFor(path, stick)).size(), 1);
    }

    void prunesBackupsBySize()
    {
        const QString path = m_dir->path(QStringLiteral("large.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("L"), 50, 400));
        }
        const qint64 size = QFileInfo(path).size();
        Database::Options options = quietOptions();
        options.backupAtOpen = true;
        options.backupsKept = 5;
        options.backupBytesKept = size * 5 / 2; // room for two
        QStringList taken;
        for (int i = 0; i < 4; ++i) {
            Clock::setFixedNow(pinnedNow().addDays(i));
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QVERIFY2(db.warning().isEmpty(), qPrintable(db.warning()));
            taken.prepend(QFileInfo(db.lastBackupPath()).fileName());
            QVERIFY(QSqlQuery(db.connection())
                        .exec(QStringLiteral("UPDATE missions SET title = 'Round %1'").arg(i)));
        }
        QCOMPARE(backupNames(path), taken.mid(0, 2)); // the two newest
        // Less room than one backup: the newest and the one before are kept all the same.
        options.backupBytesKept = 1;
        Clock::setFixedNow(pinnedNow().addDays(10));
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QCOMPARE(backupNames(path),
                 QStringList({QFileInfo(db.lastBackupPath()).fileName(), taken.constFirst()}));
        pinClock();
    }

    void checksAndBacksUpAfterTheOpen()
    {
        const QString path = m_dir->path(QStringLiteral("window.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("W"), 20));
        }
        {
            Database db;
            QSignalSpy checked(&db, &Database::integrityChecked);
            QSignalSpy backedUp(&db, &Database::backupFinished);
            QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
            // The window may write while the checks run: the backup is of the file as it was
            // opened.
            QVERIFY(addMissions(db, QStringLiteral("X"), 1));
            QVERIFY(backedUp.count() == 1 || backedUp.wait(30000));
            QVERIFY(checked.count() == 1 || checked.wait(30000));
            QCOMPARE(checked.constFirst().constFirst().toBool(), true);
            const QString backup = backedUp.constFirst().at(0).toString();
            QVERIFY(QFile::exists(backup));
            QCOMPARE(backedUp.constFirst().at(1).toStringList(), QStringList());
            QCOMPARE(db.lastBackupPath(), backup);
            QCOMPARE(Inspection::of(backup).missions, 20);
            QVERIFY(!db.isReadOnly());
        }
        // Closed cleanly: what the file is now is recorded, so the next open reads only its
        // header, and backs it up, as it changed.
        const StoreFiles::FileState closed = StoreFiles::stateOf(path);
        QCOMPARE(StoreFiles::recordedState(Database::backupDirectoryFor(path),
                                           QStringLiteral("clean-close")),
                 closed);
        Database db;
        QSignalSpy backedUp(&db, &Database::backupFinished);
        QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
        QVERIFY(settle(db));
        QVERIFY(backedUp.count() == 1 || backedUp.wait(30000));
        QCOMPARE(Inspection::of(backedUp.constFirst().at(0).toString()).missions, 21);
        QCOMPARE(backupNames(path).size(), 2);
    }

    void damageFoundAfterTheOpenMakesItReadOnly()
    {
        const QString path = m_dir->path(QStringLiteral("damaged.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("D"), 5));
        }
        // An index that no longer matches its table: the pages are sound (quick_check passes and
        // the open goes on), the full check finds it.
        QVERIFY(breakAnIndex(path));
        QCOMPARE(Inspection::of(path, Inspection::Depth::Quick).isSound(), true);
        QCOMPARE(Inspection::of(path).error.kind, OpenError::Kind::Corrupt);

        Database db;
        QSignalSpy damaged(&db, &Database::damageFound);
        QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
        QCOMPARE(MissionRepository(db).count(), 5); // shown at once
        QVERIFY(damaged.count() == 1 || damaged.wait(30000));
        QVERIFY(db.isReadOnly());
        QVERIFY(db.damage().contains(QStringLiteral("damaged.sqlite is damaged")));
        QVERIFY(damaged.constFirst().constFirst().toString().contains(QStringLiteral("index")));
        QString error;
        QVERIFY(!addMissions(db, QStringLiteral("E"), 1));
        QCOMPARE(db.beginTransaction(&error), 0);
        QVERIFY2(error.contains(QStringLiteral("Nothing was saved")), qPrintable(error));
        QCOMPARE(MissionRepository(db).count(), 5);
        // No backup of a damaged file: it would push the good ones out.
        QCOMPARE(backupNames(path), QStringList());
        db.close();
        // A damaged file is never recorded as closed cleanly, and the next open checks it in
        // full and refuses it, with the way to its backups.
        QVERIFY(StoreFiles::recordedState(Database::backupDirectoryFor(path),
                                          QStringLiteral("clean-close"))
                != StoreFiles::stateOf(path));
        OpenError refusal;
        QVERIFY(!db.open(path, Database::Mode::OpenExisting, windowOptions(), &refusal));
        QCOMPARE(refusal.kind, OpenError::Kind::Corrupt);
        QVERIFY2(refusal.hint.contains(QStringLiteral("Restore from Backup")),
                 qPrintable(refusal.hint));
    }

    // A file that changed since this app last closed it cleanly (copied from a stick, say) shows
    // at once, opened on its header: its quick check runs first after the open, and the first
    // write waits for it, then saves.
    void aChangedFileShowsAtOnceAndItsFirstWriteWaitsForTheQuickCheck()
    {
        const QString path = m_dir->path(QStringLiteral("original.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("C"), 5));
        }
        const QString copy = m_dir->path(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(path, copy));
        Database db;
        QVERIFY(db.open(copy, Database::Mode::OpenExisting, windowOptions()));
        QVERIFY(db.isAwaitingQuickCheck());
        QVERIFY(!db.isReadOnly());
        QCOMPARE(MissionRepository(db).count(), 5); // shown at once
        QVERIFY(addMissions(db, QStringLiteral("D"), 1)); // waited for the check, then saved
        QVERIFY(!db.isAwaitingQuickCheck());
        QVERIFY(settle(db));
        QVERIFY(!db.isReadOnly());
        QCOMPARE(MissionRepository(db).count(), 6);
        db.close();
        // The same file, unchanged since that clean close: no check before it shows.
        QVERIFY(db.open(copy, Database::Mode::OpenExisting, windowOptions()));
        QVERIFY(!db.isAwaitingQuickCheck());
        QVERIFY(settle(db));
    }

    // Damage the quick check finds in a file opened on its header: the first write is refused
    // with the damage, which is said once, and the next open refuses the file.
    void damageTheQuickCheckFindsRefusesTheFirstWrite()
    {
        const QString path = m_dir->path(QStringLiteral("pages.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("P"), 5));
        }
        // The risk register's first page no longer reads as one; nothing the open reads is
        // touched.
        const qint64 page = rawScalar(path, QStringLiteral("PRAGMA page_size")).toLongLong();
        const qint64 root = rawScalar(path,
                                      QStringLiteral("SELECT rootpage FROM sqlite_master "
                                                     "WHERE name = 'risks'"))
                                .toLongLong();
        QVERIFY(page > 0 && root > 1);
        QVERIFY(damageFile(path, (root - 1) * page, 16));
        QVERIFY(!Inspection::of(path, Inspection::Depth::Quick).isSound());
        // As a copy from a stick often is: readable by all, which the open changes (and with it
        // the file's change time, which the record of the damage must still match).
        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

        Database db;
        QSignalSpy damaged(&db, &Database::damageFound);
        QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
        QVERIFY(db.isAwaitingQuickCheck());
        QCOMPARE(MissionRepository(db).count(), 5);
        QString error;
        QCOMPARE(db.beginTransaction(&error), 0);
        QVERIFY2(error.contains(QStringLiteral("Nothing was saved")), qPrintable(error));
        QVERIFY(db.isReadOnly());
        QCOMPARE(damaged.count(), 1);
        QVERIFY(settle(db));
        QCOMPARE(damaged.count(), 1); // said once, not again when the work ends
        QCOMPARE(backupNames(path), QStringList());
        db.close();
        OpenError refusal;
        QVERIFY(!db.open(path, Database::Mode::OpenExisting, windowOptions(), &refusal));
        QCOMPARE(refusal.kind, OpenError::Kind::Corrupt);

        // With no write, the window hears of it when the quick check ends.
        const QString other = m_dir->path(QStringLiteral("pages-too.sqlite"));
        {
            auto created = createDatabase(other);
            QVERIFY(addMissions(*created, QStringLiteral("Q"), 5));
        }
        QVERIFY(damageFile(other, (root - 1) * page, 16));
        Database quiet;
        QSignalSpy said(&quiet, &Database::damageFound);
        QVERIFY(quiet.open(other, Database::Mode::OpenExisting, windowOptions()));
        QVERIFY(quiet.isAwaitingQuickCheck());
        QVERIFY(said.wait(30000));
        QVERIFY(quiet.isReadOnly());
        QVERIFY(!quiet.isAwaitingQuickCheck());
        QVERIFY(settle(quiet));
        QCOMPARE(said.count(), 1);
    }

    // A changed file not in WAL mode is quick-checked before it shows, as switching it to WAL
    // writes its header.
    void aChangedFileNotInWalModeIsCheckedBeforeItShows()
    {
        const QString path = m_dir->path(QStringLiteral("rollback.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("J"), 3));
        }
        QString error;
        QVERIFY2(execRaw(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}, &error),
                 qPrintable(error));
        QVERIFY(!StoreFiles::isWalFile(path));
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
        QVERIFY(!db.isAwaitingQuickCheck());
        QVERIFY(StoreFiles::isWalFile(path));
        QVERIFY(addMissions(db, QStringLiteral("K"), 1));
        QVERIFY(settle(db));
    }

    void aGoodBackupIsKeptWhenTheFileIsFoundDamaged()
    {
        const QString path = m_dir->path(QStringLiteral("kept.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("K"), 5));
        }
        {
            Database db;
            QSignalSpy backedUp(&db, &Database::backupFinished);
            QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
            QVERIFY(backedUp.count() == 1 || backedUp.wait(30000));
        }
        const QStringList good = backupNames(path);
        QCOMPARE(good.size(), 1);
        QVERIFY(breakAnIndex(path));
        Database::Options options = windowOptions();
        options.backupsKept = 1;
        options.backupBytesKept = 1;
        Database db;
        QSignalSpy damaged(&db, &Database::damageFound);
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QVERIFY(damaged.count() == 1 || damaged.wait(30000));
        QVERIFY(settle(db));
        QCOMPARE(backupNames(path), good);
    }

    void closingStopsTheChecks()
    {
        const QString path = m_dir->path(QStringLiteral("closing.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("Q"), 1000, 300));
        }
        for (int round = 0; round < 5; ++round) {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
            QVERIFY(addMissions(db, QStringLiteral("R%1-").arg(round), 1));
            db.close(); // at once, whatever the checks had done
            QVERIFY(!db.isCheckingInBackground());
            const QDir dir(Database::backupDirectoryFor(path));
            QCOMPARE(dir.entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden),
                     QStringList());
            for (const QString &name : backupNames(path))
                QVERIFY(Inspection::of(dir.filePath(name)).isSound());
        }
        QCOMPARE(Inspection::of(path).missions, 1005);
    }

    // The portfolio's figures are computed in a thread of their own while the window reads its
    // list of missions: the figures computed here, and never those of a state changed since.
    void figuresComputedAsideAreThoseOfTheStateShown()
    {
        const QString path = m_dir->path(QStringLiteral("aside.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(DemoData::load(*db));
        }
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
        const QDate today = Clock::today();
        const PortfolioSummary here = PortfolioSummary::computeNow(db, today, {});
        QVERIFY(here.missions > 0 && here.stakeholders > 0 && here.openRisks > 0);
        QVERIFY(here.overdueFollowUps > 0 && here.activeMissions < here.missions);
        auto ahead = PortfolioSummary::computeAhead(db, today);
        QVERIFY(ahead.get() == here);
        // Taken from aside: another program's change since, which this window cannot know of,
        // is not in them.
        QVERIFY(execRaw(path,
                        {QStringLiteral("UPDATE missions SET status = 'active' WHERE rowid = "
                                        "(SELECT min(rowid) FROM missions WHERE deleted = 0 AND "
                                        "status <> 'active')")}));
        QCOMPARE(PortfolioSummary::computeNow(db, today, {}).activeMissions,
                 here.activeMissions + 1);
        QVERIFY(PortfolioSummary::compute(db, today) == here);
        // Computed aside, then a mission added before they are taken: counted.
        const PortfolioSummary changed = PortfolioSummary::computeNow(db, today, {});
        ahead = PortfolioSummary::computeAhead(db, today);
        QVERIFY(ahead.get() == changed);
        QVERIFY(addMissions(db, QStringLiteral("N"), 1));
        QCOMPARE(PortfolioSummary::compute(db, today).missions, here.missions + 1);
        // Computed aside for today, then asked for another day (past midnight): that day's.
        const QDate later = today.addYears(3);
        const PortfolioSummary laterHere = PortfolioSummary::computeNow(db, later, {});
        QVERIFY(laterHere.overdueFollowUps > here.overdueFollowUps);
        PortfolioSummary::computeAhead(db, today).wait();
        QVERIFY(PortfolioSummary::compute(db, later) == laterHere);
        // Figures that cannot all be read say so (those read aside are then read here).
        bool complete = true;
        PortfolioSummary::computeOn(QSqlDatabase(), RiskBandLimits(), today, {}, &complete);
        QVERIFY(!complete);
        QVERIFY(settle(db));
    }

    // The lists under the portfolio's missions are read aside as its figures are: those of the
    // state shown, taken once, and only for the same state and day.
    void listsReadAsideAreThoseOfTheStateShown()
    {
        const QString path = m_dir->path(QStringLiteral("lists.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(DemoData::load(*db));
        }
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
        const auto rows = [](const PortfolioLists &lists) {
            QStringList texts;
            for (const auto &f : lists.followUps)
                texts.append(QStringList {f.engagement.meta.id,
                                          f.engagement.followUpDate.toString(Qt::ISODate),
                                          f.stakeholder, f.missionCode, f.engagement.purpose}
                                 .join(u'|'));
            for (const auto &w : lists.riskWork)
                texts.append(QStringList {w.riskId, w.due.toString(Qt::ISODate), w.action,
                                          w.riskTitle, w.missionCode, w.owner}
                                 .join(u'|'));
            return texts;
        };
        // A day when every review and follow-up of the demo is late.
        const QDate day = Clock::today().addYears(3);
        const std::optional<PortfolioLists> here = PortfolioLists::readOn(db.connection(), day);
        QVERIFY(here && !here->followUps.isEmpty() && !here->riskWork.isEmpty());
        const std::optional<PortfolioLists> ahead = PortfolioLists::readAhead(db, day).get();
        QVERIFY(ahead);
        QCOMPARE(rows(*ahead), rows(*here));
        // Taken from aside: another program's change since, which this window cannot know of,
        // is not in them. Taken once.
        QVERIFY(execRaw(path,
                        {QStringLiteral("UPDATE engagements SET follow_up_done = 1 WHERE "
                                        "id = '%1'")
                             .arg(here->followUps.constFirst().engagement.meta.id)}));
        QCOMPARE(PortfolioLists::readOn(db.connection(), day)->followUps.size(),
                 here->followUps.size() - 1);
        const std::optional<PortfolioLists> taken = PortfolioLists::take(db, day);
        QVERIFY(taken);
        QCOMPARE(rows(*taken), rows(*here));
        QVERIFY(!PortfolioLists::take(db, day));
        // Read aside, then a write here before they are taken: none (the page reads them).
        PortfolioLists::readAhead(db, day);
        QVERIFY(addMissions(db, QStringLiteral("L"), 1));
        QVERIFY(!PortfolioLists::take(db, day));
        // Read aside for one day, asked for the next (past midnight): none.
        PortfolioLists::readAhead(db, day).wait();
        QVERIFY(!PortfolioLists::take(db, day.addDays(1)));
        // Lists that cannot be read say so.
        QVERIFY(!PortfolioLists::readOn(QSqlDatabase(), day));
        QVERIFY(settle(db));
    }

    // In the window the checks wait until the file is painted (startChecks). A write that comes
    // first starts them, and waits for the quick check of a file changed since its clean close.
    void checksWaitToBeStarted()
    {
        const QString path = m_dir->path(QStringLiteral("started.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("S"), 3));
        }
        Database::Options options = windowOptions();
        options.checksWhenStarted = true;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
            QSignalSpy checked(&db, &Database::integrityChecked);
            QTest::qWait(300);
            QCOMPARE(checked.count(), 0);
            QVERIFY(db.isCheckingInBackground());
            db.startChecks();
            QVERIFY(checked.wait(30000));
            QCOMPARE(checked.first().first().toBool(), true);
            db.startChecks(); // ended: nothing
            QVERIFY(!db.isCheckingInBackground());
        }
        QVERIFY(execRaw(path, {QStringLiteral("UPDATE missions SET title = 'Changed outside'")}));
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, options));
        QVERIFY(db.isAwaitingQuickCheck());
        QVERIFY(addMissions(db, QStringLiteral("T"), 1));
        QVERIFY(!db.isAwaitingQuickCheck());
        QVERIFY(settle(db));
        QVERIFY(db.damage().isEmpty());
    }

    // A read aside runs in a thread of its own, on a connection of its own, and the close waits
    // for it; a database in memory has none (its caller reads it itself).
    void theCloseWaitsForAReadAside()
    {
        const QString path = m_dir->path(QStringLiteral("waits.sqlite"));
        {
            auto db = createDatabase(path);
            QVERIFY(addMissions(*db, QStringLiteral("W"), 3));
        }
        Database db;
        QVERIFY(db.open(path, Database::Mode::OpenExisting, windowOptions()));
        const QThread *window = QThread::currentThread();
        std::atomic_bool elsewhere = false;
        std::atomic_bool ended = false;
        const auto count =
            db.readAside<int>([&](const QSqlDatabase &connection) -> std::optional<int> {
                elsewhere = QThread::currentThread() != window;
                QThread::msleep(300);
                QSqlQuery query(connection);
                const int missions =
                    query.exec(QStringLiteral("SELECT count(*) FROM missions")) && query.next()
                    ? query.value(0).toInt()
                    : -1;
                ended = true;
                return missions;
            });
        // A read that cannot end gives nothing, and the caller reads itself.
        const auto thrown = db.readAside<int>(
            [](const QSqlDatabase &) -> std::optional<int> { throw std::bad_alloc(); });
        QVERIFY(thrown.get() == std::nullopt);
        db.close();
        QVERIFY(ended);
        QVERIFY(elsewhere);
        QCOMPARE(count.get(), std::optional<int>(3));

        Database memory;
        QVERIFY(memory.open(QStringLiteral(":memory:"), Database::Mode::CreateNew));
        bool ran = false;
        const auto none = memory.readAside<int>([&ran](const QSqlDatabase &) -> std::optional<int> {
            ran = true;
            return 1;
        });
        QVERIFY(none.get() == std::nullopt);
        QVERIFY(!ran);
    }

private:
    std::unique_ptr<TempFolder> m_dir;
};

IP_TEST_MAIN(TestAfterOpen)
#include "tst_afteropen.moc"
