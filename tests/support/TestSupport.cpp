#include "TestSupport.h"
#include "MissionRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace TestSupport {

TempFolder::TempFolder() = default;

QString TempFolder::path(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

Database::Options quietOptions()
{
    Database::Options options;
    options.backupAtOpen = false;
    options.lockAgainstOtherInstances = false;
    options.busyTimeoutMs = 200;
    return options;
}

std::unique_ptr<Database> createDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    OpenError error;
    if (!db->open(path, Database::Mode::CreateNew, quietOptions(), &error))
        qWarning("createDatabase: %s", qPrintable(error.message));
    return db;
}

bool execRaw(const QString &path, const QStringList &statements, QString *error)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok && error)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool breakAnIndex(const QString &path)
{
    return execRaw(path,
                   {QStringLiteral("PRAGMA writable_schema = ON"),
                    QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX "
                                   "missions_status ON missions(code, title)' WHERE name = "
                                   "'missions_status'")});
}

QString rawScalar(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("scalar-%1").arg(++counter);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString fixturePath(const QString &fileName)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/") + fileName;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

bool damageFile(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray garbage(length, '\0');
    for (qint64 i = 0; i < length; ++i)
        garbage[i] = static_cast<char>((i * 37 + 11) & 0xff);
    return file.write(garbage) == length;
}

QString repeated(const QString &text, int times)
{
    return text.repeated(times);
}

bool addMissions(Database &db, const QString &prefix, int count, int noteWords)
{
    MissionRepository missions(db);
    for (int i = 0; i < count; ++i) {
        Mission m;
        m.code = QStringLiteral("%1-%2").arg(prefix).arg(i);
        m.title = QStringLiteral("Mission %1").arg(i);
        m.handoverNotes = repeated(QStringLiteral("notes "), noteWords);
        if (!missions.save(m))
            return false;
    }
    return true;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool crashedCopy(const QString &source, const QStringList &statements, const QString &target)
{
    static int counter = 0;
    const QString name = QStringLiteral("crash-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement :
             QStringList {QStringLiteral("PRAGMA journal_mode = WAL"),
                          QStringLiteral("PRAGMA wal_autocheckpoint = 0")}
                 + statements) {
            if (ok && !query.exec(statement)) {
                qWarning("crashedCopy: %s", qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        query.finish();
        ok = ok && QFile::copy(source, target)
            && QFile::copy(source + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void isolateFolders()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/ip-test-XXXXXX"));
    if (!folder.isValid())
        return;
    // Fonts stay cached where they were: a new cache would make each test scan them again.
    if (qEnvironmentVariableIsEmpty("XDG_CACHE_HOME"))
        qputenv("XDG_CACHE_HOME", QFile::encodeName(QDir::homePath() + QStringLiteral("/.cache")));
    const auto use = [](const char *variable, const QString &path) {
        QDir().mkpath(path);
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv(variable, QFile::encodeName(path));
    };
    use("XDG_RUNTIME_DIR", folder.filePath(QStringLiteral("runtime")));
    use("XDG_DATA_HOME", folder.filePath(QStringLiteral("data")));
    use("XDG_CONFIG_HOME", folder.filePath(QStringLiteral("config")));
    // QStandardPaths' test mode writes under the home folder.
    use("HOME", folder.filePath(QStringLiteral("home")));
}

} // namespace TestSupport
