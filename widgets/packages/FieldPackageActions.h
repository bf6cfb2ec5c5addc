#pragma once

#include "FieldPackage.h"

#include <QCoreApplication>
#include <QList>
#include <QProgressDialog>
#include <QString>

#include <functional>

class Database;
class DeliveryStatus;
class Edits;
class QAction;
class QMainWindow;
class QMenu;
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

    // File › Import Receipt: asks for the receipt of a package made here and marks what it
    // carried as delivered. A sentence saying what it marked, or empty.
    static QString importReceipt(QWidget *parent, Database &db, const QString &path = {});

    // File › Import Receipt, Exchange History, Combine Duplicates and Keys and Address Book,
    // added to `menu`: each acts on the database of the edits `edits()` gives (none: nothing to
    // do), then counts `status` again.
    static QList<QAction *> addReceiptActions(QMenu *menu, QMainWindow *window,
                                              std::function<Edits *()> edits,
                                              DeliveryStatus *status);

    // While it lives, the exports and imports made show their progress in an application-modal
    // dialog (after a moment), whose Cancel stops them with nothing written.
    class Progress
    {
    public:
        Progress(QWidget *parent, const QString &label);
        bool wasCanceled() const { return m_dialog.wasCanceled(); }

    private:
        QProgressDialog m_dialog;
        FieldPackage::ProgressScope m_scope;
    };

    // Asks for a secret (a passphrase) on one line, never echoed. Empty when the person cancels.
    static QByteArray askSecret(QWidget *parent, const QString &title, const QString &label);

    // libsodium's smallest Argon2id limits for the packages exported: for tests only.
    static inline bool minimumKdfForTests = false;
};
