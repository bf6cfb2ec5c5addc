#include "AfterOpen.h"
#include "Log.h"

#include <QFile>
#include <QMutexLocker>
#include <QStringList>

#include <sqlite3.h>

AfterOpen::AfterOpen(const QString &path, std::optional<Database::BackupRun> backup,
                     QObject *parent)
    : QThread(parent)
    , m_path(path)
    , m_backup(std::move(backup))
{
    if (m_backup)
        m_backup->cancel = &m_cancel;
}

AfterOpen::~AfterOpen()
{
    stop();
}

void AfterOpen::stop()
{
    m_cancel = true;
    {
        const QMutexLocker locker(&m_mutex);
        if (m_connection)
            sqlite3_interrupt(m_connection);
    }
    wait();
}

void AfterOpen::run()
{
    check();
    if (m_backup && !m_cancel)
        Database::writeBackup(*m_backup);
}

void AfterOpen::check()
{
    sqlite3 *db = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    {
        const QMutexLocker locker(&m_mutex);
        m_connection = db;
    }
    QStringList lines;
    sqlite3_stmt *statement = nullptr;
    if (rc == SQLITE_OK && !m_cancel) {
        sqlite3_busy_timeout(db, 5000);
        rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check(5)", -1, &statement, nullptr);
    }
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            lines.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    }
    sqlite3_finalize(statement);
    if (rc == SQLITE_DONE) {
        m_checked = true;
        if (lines != QStringList {QStringLiteral("ok")})
            m_damage = lines.join(QStringLiteral("; "));
    } else if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) {
        m_checked = true;
        m_damage = QString::fromUtf8(sqlite3_errstr(rc));
    } else if (!m_cancel) {
        // Busy, out of memory, a disk that went away: not damage, and said in the log only.
        qCWarning(lcDb) << "the integrity check after the open could not run, SQLite code" << rc;
    }
    {
        const QMutexLocker locker(&m_mutex);
        m_connection = nullptr;
    }
    sqlite3_close(db);
}
