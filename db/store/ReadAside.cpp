#include "Database.h"
#include "Log.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <chrono>
#include <system_error>

// Database's reads in threads of their own (readAside): each on a connection of its own, opened
// read-only in its thread and closed there, so that no connection is used by two threads.

void Database::prepareProcess()
{
    // SQLite counts its memory under one lock for the whole process, which two threads reading
    // at once queue on; nothing here reads the counts. Refused once SQLite has started.
    if (const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); rc != SQLITE_OK)
        qCWarning(lcDb) << "SQLite's memory statistics stay on, SQLite code" << rc;
}

bool Database::startAside(std::function<void(const QSqlDatabase *)> work)
{
    // A database in memory is seen by its own connection only; without a -wal a reader keeps a
    // commit waiting.
    if (!isOpen() || m_path == QLatin1String(":memory:") || !isWal())
        return false;
    // Those that ended go (a future of std::async waits for its thread when it is destroyed).
    std::erase_if(m_asides, [](const std::future<void> &aside) {
        return aside.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
    static std::atomic_int s_asides = 0;
    const QString name = QStringLiteral("ip-aside-%1").arg(++s_asides);
    const QString path = m_path;
    try {
        m_asides.push_back(std::async(std::launch::async, [name, path, work = std::move(work)] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                db.setConnectOptions(
                    QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
                if (db.open()) {
                    // A read aside passes over its pages once: a small page cache (256 KiB
                    // rather than 2 MiB) is as fast, and leaves less memory behind in the
                    // thread's heap.
                    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -256"));
                    work(&db);
                    db.close();
                } else {
                    // Said in the log only: the caller reads on its own connection instead.
                    qCWarning(lcDb) << "a read aside could not open its connection:"
                                    << db.lastError().databaseText();
                    work(nullptr);
                }
            }
            QSqlDatabase::removeDatabase(name);
        }));
    } catch (const std::system_error &) {
        return false; // no thread to be had: the caller reads itself
    }
    return true;
}

void Database::waitForAsides()
{
    for (std::future<void> &aside : m_asides)
        aside.wait();
    m_asides.clear();
}
