#pragma once

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;

// File › Keys and Address Book: this database's key pair (made with a passphrase, its public half
// saved for peers, the pair backed up to a file or taken in from one on a replacement computer)
// and the address book of known peers (added from their public key files, revoked when a laptop
// is lost). Fingerprints are shown for people to compare aloud or on paper.
class KeysDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeysDialog(Database &db, QWidget *parent = nullptr);

    void makeKeyPair();
    void savePublicKey();
    void backUp();
    void restore();
    void addPeer();
    void revokePeer();

private:
    void refresh();
    void say(const QString &message);

    Database &m_db;
    QLabel *m_own;
    QLabel *m_message;
    QPushButton *m_make;
    QPushButton *m_savePublic;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QTreeWidget *m_peers;
    QPushButton *m_addPeer;
    QPushButton *m_revoke;
};
