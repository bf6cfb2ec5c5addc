#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class Edits;
class QWidget;

// File › Export Field Package and File › Import Field Package: the steps a person goes through,
// each with its own message when something is wrong, and nothing written until they confirm.
class FieldPackageActions
{
    Q_DECLARE_TR_FUNCTIONS(FieldPackageActions)

public:
    // Asks for the package (unless `path` is given), its passphrase or this database's key
    // passphrase, confirms an unknown sender's fingerprint, shows the preview and imports. A
    // sentence saying what came in, or empty when nothing was imported. The import is one step
    // on the edits' undo stack.
    static QString importPackage(QWidget *parent, Edits &edits, const QString &path = {});
    // The export dialog, then the file. A sentence saying what was written, or empty.
    static QString exportPackage(QWidget *parent, Database &db);

    // libsodium's smallest Argon2id limits for the packages exported: for tests only.
    static inline bool minimumKdfForTests = false;
};
