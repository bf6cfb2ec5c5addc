#include "Keys.h"
#include "Database.h"
#include "PackageFile.h"
#include "RepositoryImpl.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace {

const unsigned char *bytesOf(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// The key that seals the secret key, from the passphrase.
bool sealingKey(QByteArray &key, const QByteArray &passphrase, const QByteArray &salt, quint64 ops,
                quint64 memory)
{
    key.resize(crypto_secretbox_KEYBYTES);
    return crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                         passphrase.constData(), static_cast<unsigned long long>(passphrase.size()),
                         bytesOf(salt), ops, static_cast<size_t>(memory),
                         crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

const QByteArray s_fileHeader("Intervention Planner public key");

} // namespace

KeyPair::~KeyPair()
{
    if (!secretKey.isEmpty())
        sodium_memzero(secretKey.data(), size_t(secretKey.size()));
}

QString Keys::fingerprint(const QByteArray &publicKey)
{
    if (sodium_init() < 0)
        return {};
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, bytesOf(publicKey),
                       static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    const QByteArray hex =
        QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex().toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(QString::fromLatin1(hex.mid(i, 4)));
    return groups.join(u' ');
}

bool Keys::generate(Database &db, const QByteArray &passphrase, bool minimumKdf, QString *error)
{
    if (sodium_init() < 0) {
        fail(error, tr("The encryption library could not start."));
        return false;
    }
    if (ownPublicKey(db)) {
        fail(error,
             tr("This database has a key pair already (%1); it is never replaced silently.")
                 .arg(fingerprint(*ownPublicKey(db))));
        return false;
    }
    if (passphrase.isEmpty()) {
        fail(error,
             tr("The key pair needs a passphrase: its secret half is never stored in "
                "clear."));
        return false;
    }
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    const quint64 ops = minimumKdf ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 memory =
        minimumKdf ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_MODERATE;
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray key;
    if (!sealingKey(key, passphrase, salt, ops, memory)) {
        fail(error, tr("There is not enough memory to derive the key's protection."));
        return false;
    }
    QByteArray sealed(
        crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + pair.secretKey.size(), '\0');
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, bytesOf(pair.secretKey),
                          static_cast<unsigned long long>(pair.secretKey.size()), out,
                          bytesOf(key));
    sodium_memzero(key.data(), size_t(key.size()));
    OwnKey own;
    own.publicKey = QString::fromLatin1(pair.publicKey.toBase64());
    own.sealedSecret = QString::fromLatin1(sealed.toBase64());
    own.kdf = QString::fromUtf8(
        QJsonDocument(QJsonObject {{QStringLiteral("ops"), double(ops)},
                                   {QStringLiteral("mem"), double(memory)},
                                   {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}})
            .toJson(QJsonDocument::Compact));
    return Repository<OwnKey>(db).write(own, error);
}

std::optional<QByteArray> Keys::ownPublicKey(Database &db)
{
    const QList<OwnKey> keys = Repository<OwnKey>(db).all();
    if (keys.isEmpty())
        return std::nullopt;
    return QByteArray::fromBase64(keys.constFirst().publicKey.toLatin1());
}

namespace {

// The key pair of `own`, its secret opened with `passphrase`; checked to be a pair.
std::optional<KeyPair> unseal(const OwnKey &own, const QByteArray &passphrase, QString *error,
                              const QString &wrongPassphrase)
{
    const QJsonObject kdf = QJsonDocument::fromJson(own.kdf.toUtf8()).object();
    const QByteArray salt =
        QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray sealed = QByteArray::fromBase64(own.sealedSecret.toLatin1());
    KeyPair pair;
    pair.publicKey = QByteArray::fromBase64(own.publicKey.toLatin1());
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    QByteArray key;
    if (salt.size() != crypto_pwhash_SALTBYTES
        || sealed.size()
            != qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES
                         + crypto_sign_SECRETKEYBYTES)
        || pair.publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || !sealingKey(key, passphrase, salt, quint64(kdf.value(QStringLiteral("ops")).toDouble()),
                       quint64(kdf.value(QStringLiteral("mem")).toDouble()))) {
        fail(error, Keys::tr("The key pair is damaged and cannot be unlocked."));
        return std::nullopt;
    }
    const auto *in = bytesOf(sealed);
    const bool opened =
        crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(pair.secretKey.data()),
                                   in + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(sealed.size())
                                       - crypto_secretbox_NONCEBYTES,
                                   in, bytesOf(key))
        == 0;
    sodium_memzero(key.data(), size_t(key.size()));
    if (!opened) {
        fail(error, wrongPassphrase);
        return std::nullopt;
    }
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(derived, bytesOf(pair.secretKey));
    if (sodium_memcmp(derived, bytesOf(pair.publicKey), sizeof derived) != 0) {
        fail(error, Keys::tr("The key pair is damaged: its two halves do not belong together."));
        return std::nullopt;
    }
    return pair;
}

const QByteArray s_backupKind("intervention-planner-key-backup");

} // namespace

std::optional<KeyPair> Keys::unlock(Database &db, const QByteArray &passphrase, QString *error)
{
    if (sodium_init() < 0) {
        fail(error, tr("The encryption library could not start."));
        return std::nullopt;
    }
    const QList<OwnKey> keys = Repository<OwnKey>(db).all();
    if (keys.isEmpty()) {
        fail(error, tr("This database has no key pair yet: make one with --generate-key."));
        return std::nullopt;
    }
    return unseal(keys.constFirst(), passphrase, error,
                  tr("The key passphrase is not this database's."));
}

QByteArray Keys::backupFile(Database &db, QString *error)
{
    const QList<OwnKey> keys = Repository<OwnKey>(db).all();
    if (keys.isEmpty()) {
        fail(error, tr("This database has no key pair yet: make one with --generate-key."));
        return {};
    }
    const OwnKey &own = keys.constFirst();
    const QByteArray publicKey = QByteArray::fromBase64(own.publicKey.toLatin1());
    return QJsonDocument(QJsonObject {{QStringLiteral("kind"), QString::fromLatin1(s_backupKind)},
                                      {QStringLiteral("format"), 1},
                                      {QStringLiteral("fingerprint"), fingerprint(publicKey)},
                                      {QStringLiteral("public_key"), own.publicKey},
                                      {QStringLiteral("sealed_secret"), own.sealedSecret},
                                      {QStringLiteral("kdf"),
                                       QJsonDocument::fromJson(own.kdf.toUtf8()).object()}})
        .toJson();
}

bool Keys::writeBackup(Database &db, const QString &path, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString database = QFileInfo(db.path()).absoluteFilePath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (target == database + QLatin1String(suffix)) {
            fail(error,
                 tr("%1 is the database itself; back the key pair up to another file.").arg(path));
            return false;
        }
    }
    const QByteArray bytes = backupFile(db, error);
    return !bytes.isEmpty() && PackageFile::writeOwnerOnly(path, bytes, error);
}

std::optional<QString> Keys::restoreBackup(Database &db, const QByteArray &file,
                                           const QByteArray &passphrase, QString *error)
{
    if (sodium_init() < 0) {
        fail(error, tr("The encryption library could not start."));
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(file).object();
    if (root.value(QStringLiteral("kind")).toString() != QLatin1String(s_backupKind)) {
        fail(error, tr("This file is not a backed-up Intervention Planner key pair."));
        return std::nullopt;
    }
    if (root.value(QStringLiteral("format")).toInt() > 1) {
        fail(error,
             tr("This key pair was backed up by a newer version of Intervention Planner. "
                "Update it to take the key pair in."));
        return std::nullopt;
    }
    // Judged as numbers before they become sizes: a doctored file may ask for hours of work.
    const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
    const double ops = kdf.value(QStringLiteral("ops")).toDouble(-1);
    const double memory = kdf.value(QStringLiteral("mem")).toDouble(-1);
    if (!(ops >= crypto_pwhash_OPSLIMIT_MIN) || !(ops <= crypto_pwhash_OPSLIMIT_SENSITIVE)
        || !(memory >= crypto_pwhash_MEMLIMIT_MIN)
        || !(memory <= crypto_pwhash_MEMLIMIT_SENSITIVE)) {
        fail(error,
             tr("This backed-up key pair asks for a key derivation this version does not "
                "accept; the file may have been altered."));
        return std::nullopt;
    }
    OwnKey own;
    own.publicKey = root.value(QStringLiteral("public_key")).toString();
    own.sealedSecret = root.value(QStringLiteral("sealed_secret")).toString();
    own.kdf = QString::fromUtf8(QJsonDocument(kdf).toJson(QJsonDocument::Compact));
    // Only a passphrase that opens it proves the file whole and the person its owner.
    const std::optional<KeyPair> pair = unseal(
        own, passphrase, error,
        tr("That passphrase does not open the backed-up key pair: it is the one the key pair had "
           "when it was backed up."));
    if (!pair)
        return std::nullopt;
    const QString print = fingerprint(pair->publicKey);
    if (const std::optional<QByteArray> current = ownPublicKey(db)) {
        if (*current == pair->publicKey)
            return print; // this database holds it already
        fail(error,
             tr("This database has a key pair of its own (%1); it is never replaced silently. "
                "Take the backed-up key pair (%2) into a new database.")
                 .arg(fingerprint(*current), print));
        return std::nullopt;
    }
    own.publicKey = QString::fromLatin1(pair->publicKey.toBase64()); // as checked, canonical
    if (!Repository<OwnKey>(db).write(own, error))
        return std::nullopt;
    return print;
}

QByteArray Keys::publicKeyFile(const QByteArray &publicKey, const QString &name)
{
    return s_fileHeader + "\nname: " + name.toUtf8() + "\nkey: " + publicKey.toBase64()
        + "\nfingerprint: " + fingerprint(publicKey).toLatin1() + '\n';
}

std::optional<std::pair<QString, QByteArray>> Keys::readPublicKeyFile(const QString &path,
                                                                      QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.read(4096).split('\n');
    QString name;
    QByteArray key;
    for (const QByteArray &line : lines) {
        if (line.startsWith("name: "))
            name = QString::fromUtf8(line.mid(6)).trimmed();
        else if (line.startsWith("key: "))
            key = QByteArray::fromBase64(line.mid(5).trimmed());
    }
    if (lines.value(0) != s_fileHeader || key.size() != crypto_sign_PUBLICKEYBYTES) {
        fail(error, tr("%1 is not an Intervention Planner public key file.").arg(path));
        return std::nullopt;
    }
    return std::pair {name, key};
}

std::optional<Peer> Keys::peer(Database &db, const QString &fingerprint)
{
    const QList<Peer> found =
        Repository<Peer>(db).where(QStringLiteral("r.fingerprint = ?"), {fingerprint});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

bool Keys::remember(Database &db, const QString &name, const QByteArray &publicKey, QString *error)
{
    Peer peer;
    peer.name = name;
    peer.publicKey = QString::fromLatin1(publicKey.toBase64());
    peer.fingerprint = fingerprint(publicKey);
    if (Keys::peer(db, peer.fingerprint))
        return true;
    return Repository<Peer>(db).write(peer, error);
}

bool Keys::revoke(Database &db, const QString &fingerprint, QString *error)
{
    std::optional<Peer> known = peer(db, fingerprint);
    if (!known) {
        fail(error, tr("No known peer has the fingerprint %1.").arg(fingerprint));
        return false;
    }
    known->revoked = true;
    return Repository<Peer>(db).write(*known, error);
}

Keys::Sender Keys::senderStatus(Database &db, const QByteArray &publicKey)
{
    if (publicKey.isEmpty())
        return Sender::Unsigned;
    const std::optional<Peer> known = peer(db, fingerprint(publicKey));
    if (!known)
        return Sender::Unknown;
    return known->revoked ? Sender::Revoked : Sender::Known;
}

template class Repository<OwnKey>;
template class Repository<Peer>;
