#include "AfterOpen.h"
#include "Clock.h"
#include "Log.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <utility>

AfterOpen::AfterOpen(const QString &path, bool quickFirst,
                     std::optional<Database::BackupRun> backup, QObject *parent)
    : QThread(parent)
    , m_path(path)
    , m_quickPending(quickFirst)
    , m_backup(std::move(backup))
{
    if (m_backup) {
        m_backup->cancel = &m_cancel;
        // The snapshot begins here, in the thread that opened the database, before it writes.
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_snapshot, SQLITE_OPEN_READONLY,
                            nullptr)
                == SQLITE_OK
            && Database::beginSnapshot(m_snapshot) == SQLITE_OK) {
            m_backup->snapshot = m_snapshot;
        } else {
            sqlite3_close(std::exchange(m_snapshot, nullptr));
        }
    }
}

AfterOpen::~AfterOpen()
{
    stop();
    releaseSnapshot(); // when it never ran
}

void AfterOpen::releaseSnapshot()
{
    if (m_snapshot) {
        sqlite3_exec(m_snapshot, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(std::exchange(m_snapshot, nullptr));
    }
}

void AfterOpen::stop()
{
    m_cancel = true; // the check's progress handler and the backup's loop look at it
    wait();
}

std::optional<QString> AfterOpen::waitForQuickCheck()
{
    QMutexLocker lock(&m_mutex);
    while (m_quickPending)
        m_quickEnded.wait(&m_mutex);
    return m_quickDamage;
}

void AfterOpen::endQuickCheck(const std::optional<QString> &damage)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_quickPending)
            return;
        m_quickPending = false;
        m_quickDamage = damage;
    }
    m_quickEnded.wakeAll();
    Q_EMIT quickChecked();
}

void AfterOpen::run()
{
    bool quickFirst = false;
    {
        QMutexLocker lock(&m_mutex);
        quickFirst = m_quickPending;
    }
    if (quickFirst) {
        const Finding quick = check("PRAGMA quick_check(5)");
        endQuickCheck(quick.ran ? std::optional<QString>(quick.damage) : std::nullopt);
        if (!quick.damage.isEmpty()) {
            // Damage the full check would only find again: no backup of it.
            m_checked = true;
            m_damage = quick.damage;
        }
    }
    // The full check and the backup take the processor only when the window leaves it idle:
    // seconds on a large file, which should not slow a list being read or searched meanwhile.
    setPriority(QThread::IdlePriority);
    if (!m_checked && !m_cancel) {
        const Finding full = check("PRAGMA integrity_check(5)");
        m_checked = full.ran;
        m_damage = full.damage;
    }
    endQuickCheck(std::nullopt); // stopped before it ran: a write never waits for nothing
    if (m_backup && !m_cancel && m_damage.isEmpty())
        Database::writeBackup(*m_backup);
    // Its read transaction would keep every checkpoint from folding the -wal in.
    releaseSnapshot();
    if (m_backup)
        m_backup->snapshot = nullptr;
}

AfterOpen::Finding AfterOpen::check(const char *pragma)
{
    Finding finding;
    sqlite3 *db = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QStringList lines;
    sqlite3_stmt *statement = nullptr;
    if (rc == SQLITE_OK && !m_cancel) {
        sqlite3_busy_timeout(db, 5000);
        // A small page cache: the check runs beside the window, whose memory it adds to, and a
        // quarter of SQLite's usual 2 MB reads a large file hardly slower.
        sqlite3_exec(db, "PRAGMA cache_size = -512", nullptr, nullptr, nullptr);
        // Asked every few thousand steps whether to stop (the close waits for it).
        sqlite3_progress_handler(
            db, 4096,
            [](void *cancel) { return static_cast<std::atomic_bool *>(cancel)->load() ? 1 : 0; },
            &m_cancel);
        rc = sqlite3_prepare_v2(db, pragma, -1, &statement, nullptr);
    }
    while (statement && (rc == SQLITE_OK || rc == SQLITE_ROW)) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            // A page's findings come in one row under "*** in database main ***".
            const QString row = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            for (const QString &line : row.split(u'\n', Qt::SkipEmptyParts)) {
                if (!line.startsWith(QLatin1String("***")))
                    lines.append(line);
            }
        }
    }
    sqlite3_finalize(statement);
    if (rc == SQLITE_DONE) {
        finding.ran = true;
        // The first finding says what kind of damage it is; the others are more of the same.
        if (lines != QStringList {QStringLiteral("ok")})
            finding.damage = lines.isEmpty() ? QStringLiteral("?")
                : lines.size() == 1          ? lines.constFirst()
                                             : lines.constFirst() + QStringLiteral("; …");
    } else if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) {
        finding.ran = true;
        finding.damage = QString::fromUtf8(sqlite3_errstr(rc));
    } else if (!m_cancel) {
        // Busy, out of memory, a disk that went away: not damage, and said in the log only.
        qCWarning(lcDb) << "a check after the open could not run, SQLite code" << rc;
    }
    sqlite3_close(db);
    return finding;
}

// Database's side of it: starting the work after an open, and the backup during one.

bool Database::checkIntegrity(QString *detail) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(5)"))) {
        if (detail)
            *detail = query.lastError().databaseText();
        return false;
    }
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    if (lines == QStringList {QStringLiteral("ok")})
        return true;
    if (detail)
        *detail = lines.join(QStringLiteral("; "));
    return false;
}

bool Database::isCheckingInBackground() const
{
    return m_afterOpen != nullptr;
}

Database::BackupRun Database::backupRun(const Options &options,
                                        const StoreFiles::FileState &state) const
{
    BackupRun run;
    run.databasePath = m_path;
    run.now = Clock::nowUtc();
    run.keep = options.backupsKept;
    run.bytesKept = options.backupBytesKept;
    run.secondDirectory = options.secondBackupDirectory;
    run.stateBefore = state;
    return run;
}

bool Database::takeBackup(const Options &options, const StoreFiles::FileState &state)
{
    BackupRun run = backupRun(options, state);
    writeBackup(run);
    m_warnings += run.warnings;
    if (!run.path.isEmpty())
        m_lastBackupPath = run.path;
    return !run.path.isEmpty();
}

void Database::startAfterOpen(const Options &options, bool backup,
                              const StoreFiles::FileState &state, bool quickFirst)
{
    std::optional<BackupRun> run;
    if (backup)
        run = backupRun(options, state);
    auto *work = new AfterOpen(m_path, quickFirst, std::move(run), this);
    m_afterOpen = work;
    m_awaitingQuickCheck = quickFirst;
    QObject::connect(work, &AfterOpen::quickChecked, work, [this, work] {
        if (m_afterOpen == work)
            settleQuickCheck();
    });
    // In the context of `work`: an end still queued when the close deletes it goes with it.
    QObject::connect(work, &QThread::finished, work, [this, work] {
        if (m_afterOpen == work)
            finishAfterOpen();
    });
    if (!options.checksWhenStarted)
        startChecks();
}

bool Database::checksStarted() const
{
    return !m_afterOpen || m_afterOpen->isRunning() || m_afterOpen->isFinished();
}

void Database::startChecks()
{
    if (m_afterOpen && !m_afterOpen->isRunning() && !m_afterOpen->isFinished())
        m_afterOpen->start(QThread::LowPriority);
}

void Database::settleQuickCheck()
{
    if (!m_awaitingQuickCheck || !m_afterOpen)
        return;
    // Blocks only when a write comes before the quick check ended (a second or two on a large
    // file on a laptop's disk), which is rarer than any edit takes.
    startChecks();
    std::optional<QString> damage = m_afterOpen->waitForQuickCheck();
    m_awaitingQuickCheck = false;
    if (!damage) {
        // It could not run in its thread (busy, out of memory): here, then, before any write.
        damage = QString();
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
            *damage = query.lastError().databaseText();
        } else {
            QStringList lines;
            while (query.next())
                lines.append(query.value(0).toString());
            if (lines != QStringList {QStringLiteral("ok")})
                *damage = lines.join(QStringLiteral("; "));
        }
    }
    if (!damage->isEmpty() && m_damage.isEmpty()) {
        markDamaged(*damage);
        Q_EMIT damageFound(m_damage);
    }
}
