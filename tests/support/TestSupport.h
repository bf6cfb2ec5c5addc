#pragma once

#include "Clock.h"
#include "Database.h"
#include "FieldPackage.h"
#include "Mission.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Helpers shared by the tests: fresh databases in a temporary folder, fixture files, and
// damaged files of every kind the application must refuse without crashing.
namespace TestSupport {

// A temporary folder whose databases are removed with it.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString &fileName) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// Database options for tests: no lock file and no backups unless asked for.
Database::Options quietOptions();

// A new database at `path`, created and migrated. QVERIFY on isOpen() in the caller.
std::unique_ptr<Database> createDatabase(const QString &path);

// Runs SQL straight through SQLite, outside the application's layers (for fixtures).
bool execRaw(const QString &path, const QStringList &statements, QString *error = nullptr);
QString rawScalar(const QString &path, const QString &sql);
// Damage only the full integrity check finds: the missions_status index no longer matches its
// table. The pages stay sound, so quick_check passes and the file opens.
bool breakAnIndex(const QString &path);

QString fixturePath(const QString &fileName);
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
// Overwrites `length` bytes at `offset` with a pattern, leaving the rest of the file intact.
bool damageFile(const QString &path, qint64 offset, qint64 length);

QString repeated(const QString &text, int times);

// Saves `count` missions coded <prefix>-<n> through the repository, each with `noteWords` words of
// handover notes (to make the file span many pages); false when one could not be saved.
bool addMissions(Database &db, const QString &prefix, int count, int noteWords = 40);

// SHA-256 of a file's bytes; empty when there is no file.
QByteArray digest(const QString &path);
// Copies `source` and its -wal to `target` while `statements` sit, committed, in the -wal and
// not yet in the file: the two files a crash (or a power cut) leaves behind.
bool crashedCopy(const QString &source, const QStringList &statements, const QString &target);

// Decisions that settle every conflict of an import the same way.
inline FieldPackage::Decisions taking(FieldPackage::Take take)
{
    FieldPackage::Decisions decisions;
    decisions.rest = take;
    return decisions;
}

// Every test reads "now" from Clock, pinned to this instant before the test object exists (by
// IP_TEST_MAIN or IP_GUI_TEST_MAIN), so that no result depends on the day or zone it runs in. A
// test that moves the clock calls pinClock() again in cleanup().
// A mission's site in `country`, for a mission a test makes.
inline MissionSite siteIn(const QString &country)
{
    MissionSite site;
    site.country = country;
    return site;
}

inline QDateTime pinnedNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}
inline void pinClock()
{
    Clock::setFixedNow(pinnedNow());
}

// Gives this test process (and the processes it starts) folders of its own, removed when it ends:
// runtime (no lock an earlier run left there can reach it: killed writers leave theirs, and a new
// file can reuse a deleted one's inode), data, configuration and home (tests running at the same
// time each get their own demo database and settings). Called by IP_TEST_MAIN and
// IP_GUI_TEST_MAIN before the application object exists.
void isolateFolders();

} // namespace TestSupport

// QTEST_GUILESS_MAIN with the clock pinned.
#define IP_TEST_MAIN(TestObject)                                                                   \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        TestSupport::isolateFolders();                                                             \
        QCoreApplication app(argc, argv);                                                          \
        TestSupport::pinClock();                                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
