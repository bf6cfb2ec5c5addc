#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One step of the schema: the statements that take a database from version - 1 to version.
struct Migration
{
    int version;
    QStringList statements;
    // Drops and remakes tables that others refer to (SQLite cannot loosen a column in place):
    // foreign keys are off during the step and checked before it commits.
    bool rebuildsTables = false;
};

namespace Migrations {
// Stored in PRAGMA application_id so our files can be told from any other SQLite file ("IPl1").
constexpr qint32 applicationId = 0x49506c31;
// The application's schema history, oldest first.
const QList<Migration> &standard();
// Applies every step above the stored PRAGMA user_version, each in its own transaction together
// with the version bump, so a failure leaves the database at the last complete step.
bool run(QSqlDatabase &db, const QList<Migration> &steps, QString *error);
int storedVersion(const QSqlDatabase &db, bool *ok = nullptr);
} // namespace Migrations
