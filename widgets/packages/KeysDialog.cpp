#include "KeysDialog.h"
#include "AppSettings.h"
#include "Database.h"
#include "FieldPackageActions.h"
#include "Keys.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString keyFilter()
{
    return KeysDialog::tr("Public keys (*.pub *.txt);;All files (*)");
}

QString backupFilter()
{
    return KeysDialog::tr("Key pair backups (*.ipkey);;All files (*)");
}

} // namespace

KeysDialog::KeysDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_own(new QLabel(this))
    , m_message(new QLabel(this))
    , m_make(new QPushButton(tr("&Make Key Pair…"), this))
    , m_savePublic(new QPushButton(tr("Save &Public Key…"), this))
    , m_backUp(new QPushButton(tr("&Back Up Key Pair…"), this))
    , m_restore(new QPushButton(tr("&Restore From Backup…"), this))
    , m_peers(new QTreeWidget(this))
    , m_addPeer(new QPushButton(tr("&Add From Key File…"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
{
    setObjectName(QStringLiteral("keysDialog"));
    setWindowTitle(tr("Keys and Address Book"));
    m_own->setObjectName(QStringLiteral("ownKey"));
    m_own->setWordWrap(true);
    m_own->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("keysMessage"));
    m_message->setWordWrap(true);
    m_make->setObjectName(QStringLiteral("makeKeyPair"));
    m_savePublic->setObjectName(QStringLiteral("savePublicKey"));
    m_backUp->setObjectName(QStringLiteral("backUpKeyPair"));
    m_restore->setObjectName(QStringLiteral("restoreKeyPair"));
    m_peers->setObjectName(QStringLiteral("peerList"));
    m_peers->setRootIsDecorated(false);
    m_peers->setUniformRowHeights(true);
    m_peers->setHeaderLabels({tr("Name"), tr("Fingerprint"), tr("Packages signed")});
    m_peers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_peers->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_peers->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_addPeer->setObjectName(QStringLiteral("addPeer"));
    m_revoke->setObjectName(QStringLiteral("revokePeer"));

    auto *own = new QGroupBox(tr("This database's key pair"), this);
    auto *ownLayout = new QVBoxLayout(own);
    ownLayout->addWidget(m_own);
    auto *ownButtons = new QGridLayout;
    ownButtons->addWidget(m_make, 0, 0);
    ownButtons->addWidget(m_savePublic, 0, 1);
    ownButtons->addWidget(m_backUp, 1, 0);
    ownButtons->addWidget(m_restore, 1, 1);
    ownLayout->addLayout(ownButtons);

    auto *book =
        new QGroupBox(tr("Address book: the keys of the databases you exchange with"), this);
    auto *bookLayout = new QVBoxLayout(book);
    bookLayout->addWidget(m_peers, 1);
    auto *bookButtons = new QHBoxLayout;
    bookButtons->addWidget(m_addPeer);
    bookButtons->addWidget(m_revoke);
    bookButtons->addStretch(1);
    bookLayout->addLayout(bookButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_make, &QPushButton::clicked, this, &KeysDialog::makeKeyPair);
    connect(m_savePublic, &QPushButton::clicked, this, &KeysDialog::savePublicKey);
    connect(m_backUp, &QPushButton::clicked, this, &KeysDialog::backUp);
    connect(m_restore, &QPushButton::clicked, this, &KeysDialog::restore);
    connect(m_addPeer, &QPushButton::clicked, this, &KeysDialog::addPeer);
    connect(m_revoke, &QPushButton::clicked, this, &KeysDialog::revokePeer);
    connect(m_peers, &QTreeWidget::currentItemChanged, this, [this] { refresh(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(own);
    layout->addWidget(book, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    refresh();
    resize(720, 520);
}

void KeysDialog::refresh()
{
    const std::optional<QByteArray> key = Keys::ownPublicKey(m_db);
    const bool readOnly = m_db.isReadOnly();
    m_own->setText(key ? tr("Fingerprint: %1. Its secret half is sealed with its key "
                            "passphrase and never leaves this database, except in a backup "
                            "you make.")
                             .arg(Keys::fingerprint(*key))
                       : tr("No key pair yet. Make one to receive packages sealed to this "
                            "database and to sign the ones it sends; or take one in from a "
                            "backup, on a computer that replaces a lost one."));
    m_make->setEnabled(!key && !readOnly);
    m_restore->setEnabled(!key && !readOnly);
    m_savePublic->setEnabled(key.has_value());
    m_backUp->setEnabled(key.has_value());

    const QString current = m_peers->currentItem() ? m_peers->currentItem()->text(1) : QString();
    const QSignalBlocker blocker(m_peers);
    m_peers->clear();
    for (const Peer &peer : Repository<Peer>(m_db).all()) {
        auto *item = new QTreeWidgetItem(
            m_peers,
            {peer.name, peer.fingerprint, peer.revoked ? tr("Refused: revoked") : tr("Taken")});
        item->setData(0, Qt::UserRole, peer.revoked);
        if (peer.fingerprint == current)
            m_peers->setCurrentItem(item);
    }
    QTreeWidgetItem *chosen = m_peers->currentItem();
    m_addPeer->setEnabled(!readOnly);
    m_revoke->setEnabled(!readOnly && chosen && !chosen->data(0, Qt::UserRole).toBool());
}

void KeysDialog::say(const QString &message)
{
    m_message->setText(message);
}

void KeysDialog::makeKeyPair()
{
    const QString title = tr("Make Key Pair");
    const QByteArray passphrase = FieldPackageActions::askSecret(
        this, title, tr("A passphrase for the key pair (at least 10 characters):"));
    if (passphrase.isEmpty())
        return;
    if (QString::fromUtf8(passphrase).size() < 10)
        return say(tr("The key passphrase needs at least 10 characters. Nothing was made."));
    if (FieldPackageActions::askSecret(this, title, tr("The same passphrase again:")) != passphrase)
        return say(tr("The two passphrases differ. Nothing was made."));
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool made =
        Keys::generate(m_db, passphrase, FieldPackageActions::minimumKdfForTests, &error);
    QApplication::restoreOverrideCursor();
    refresh();
    say(made ? tr("Key pair made. Back it up now and keep the backup apart from this computer: "
                  "without it, packages sealed to this database cannot be opened on a computer "
                  "that replaces this one.")
             : error);
}

void KeysDialog::savePublicKey()
{
    const std::optional<QByteArray> key = Keys::ownPublicKey(m_db);
    if (!key)
        return;
    const QString name = QFileInfo(m_db.path()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Public Key"),
        QDir(AppSettings::lastDirectory()).filePath(name + QStringLiteral(".pub")), keyFilter());
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.isOpen() || file.write(Keys::publicKeyFile(*key, name)) < 0 || !file.commit())
        return say(tr("%1 could not be written: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    say(tr("Public key written to %1. Hand it to the peers that will send packages here; they "
           "check its fingerprint, %2, with you.")
            .arg(QDir::toNativeSeparators(path), Keys::fingerprint(*key)));
}

void KeysDialog::backUp()
{
    const QString name = QFileInfo(m_db.path()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up Key Pair"),
        QDir(AppSettings::lastDirectory()).filePath(name + QStringLiteral(".ipkey")),
        backupFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!Keys::writeBackup(m_db, path, &error))
        return say(error);
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    say(tr("Key pair backed up to %1. Keep it apart from this computer (a USB stick in the "
           "office safe); it opens only with the key passphrase.")
            .arg(QDir::toNativeSeparators(path)));
}

void KeysDialog::restore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore Key Pair From Backup"),
                                                      AppSettings::lastDirectory(), backupFilter());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return say(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray backup = file.read(64 * 1024);
    const QByteArray passphrase = FieldPackageActions::askSecret(
        this, tr("Restore Key Pair From Backup"),
        tr("The key passphrase the key pair had when it was backed up:"));
    if (passphrase.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<QString> fingerprint =
        Keys::restoreBackup(m_db, backup, passphrase, &error);
    QApplication::restoreOverrideCursor();
    refresh();
    say(fingerprint ? tr("Key pair %1 taken in: packages sealed to it open here.").arg(*fingerprint)
                    : error);
}

void KeysDialog::addPeer()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a Peer's Public Key"),
                                                      AppSettings::lastDirectory(), keyFilter());
    if (path.isEmpty())
        return;
    QString error;
    const auto key = Keys::readPublicKeyFile(path, &error);
    if (!key)
        return say(error);
    const QString fingerprint = Keys::fingerprint(key->second);
    const auto answer = QMessageBox::question(
        this, tr("Add a Peer's Public Key"),
        tr("Add “%1” with the fingerprint\n\n%2\n\nto the address book? Check the fingerprint "
           "with its owner first (by phone, or on paper): a package signed by this key will be "
           "taken without asking.")
            .arg(key->first, fingerprint),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!Keys::remember(m_db, key->first, key->second, &error))
        return say(error);
    refresh();
    say(tr("%1 is in the address book.").arg(key->first));
}

void KeysDialog::revokePeer()
{
    QTreeWidgetItem *item = m_peers->currentItem();
    if (!item)
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Revoke"),
        tr("Revoke the key of “%1” (%2)? Every package it signs is refused from then on, for "
           "good: do it when that computer is lost or in other hands.")
            .arg(item->text(0), item->text(1)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    const QString name = item->text(0);
    if (!Keys::revoke(m_db, item->text(1), &error))
        return say(error);
    refresh();
    say(tr("%1 is revoked: packages it signs are refused.").arg(name));
}
