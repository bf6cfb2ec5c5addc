#pragma once

#include "Database.h"

#include <QString>
#include <QTemporaryDir>

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

QString fixturePath(const QString &fileName);
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
// Overwrites `length` bytes at `offset` with a pattern, leaving the rest of the file intact.
bool damageFile(const QString &path, qint64 offset, qint64 length);

QString repeated(const QString &text, int times);

} // namespace TestSupport
