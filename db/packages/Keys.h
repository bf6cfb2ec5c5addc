#pragma once

#include "Describe.h"
#include "Record.h"
#include "Repository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

// This database's own key pair: its Ed25519 public key, and the secret key sealed with a key
// derived from its passphrase (Argon2id; the limits and salt in `kdf`). Never in a package.
struct OwnKey
{
    RecordMeta meta;
    QString publicKey; // base64
    QString sealedSecret; // base64: nonce, then the secret key sealed (secretbox)
    QString kdf; // JSON: ops, mem, salt
};

// A known peer in the address book: its name, public key and fingerprint, and whether its key
// was revoked (a lost laptop): packages it signs are then refused.
struct Peer
{
    RecordMeta meta;
    QString name;
    QString publicKey; // base64
    QString fingerprint;
    bool revoked = false;
};

template<> struct Table<OwnKey>
{
    static constexpr const char *name = "own_keys";
    static constexpr const char *context = "OwnKey";
    static constexpr const char *order = "created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("public_key", r.publicKey, QT_TRANSLATE_NOOP("OwnKey", "public key"));
        io("sealed_secret", r.sealedSecret, QT_TRANSLATE_NOOP("OwnKey", "sealed secret key"));
        io("kdf", r.kdf, QT_TRANSLATE_NOOP("OwnKey", "key derivation"));
    }
};

template<> struct Table<Peer>
{
    static constexpr const char *name = "peers";
    static constexpr const char *context = "Peer";
    static constexpr const char *order = "name";
    static constexpr const char *unique = "fingerprint";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("name", r.name, QT_TRANSLATE_NOOP("Peer", "name"));
        io("public_key", r.publicKey, QT_TRANSLATE_NOOP("Peer", "public key"));
        io("fingerprint", r.fingerprint, QT_TRANSLATE_NOOP("Peer", "fingerprint"));
        io("revoked", r.revoked, QT_TRANSLATE_NOOP("Peer", "revoked"));
    }
};

extern template class Repository<OwnKey>;
extern template class Repository<Peer>;

// An Ed25519 key pair; the secret half is wiped when it goes.
struct KeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
    KeyPair() = default;
    KeyPair(const KeyPair &) = default;
    KeyPair &operator=(const KeyPair &) = default;
    ~KeyPair();
};

class Keys
{
    Q_DECLARE_TR_FUNCTIONS(Keys)

public:
    // "3F2A 9C01 77B4 E0D2": the first 8 bytes of a BLAKE2b hash of the key, for people to compare
    // aloud or on paper.
    static QString fingerprint(const QByteArray &publicKey);

    // Makes the database's key pair, its secret sealed with `passphrase`. Refused when it has one.
    static bool generate(Database &db, const QByteArray &passphrase, bool minimumKdf,
                         QString *error);
    static std::optional<QByteArray> ownPublicKey(Database &db);
    // The key pair, unsealed; a wrong passphrase is refused with its message (never a fallback).
    static std::optional<KeyPair> unlock(Database &db, const QByteArray &passphrase,
                                         QString *error);

    // The key pair as a file to keep somewhere safe, for a laptop that is lost or replaced: the
    // public key and the secret half still sealed with the key passphrase (never in clear).
    // Empty, with `error`, when the database has none.
    static QByteArray backupFile(Database &db, QString *error);
    // Writes it to `path`, readable by its owner only, whole or not at all.
    static bool writeBackup(Database &db, const QString &path, QString *error);
    // Takes a backed-up key pair in, once `passphrase` opens it (a wrong one, or a damaged file,
    // is refused with its reason); its fingerprint. A database with a key pair of its own keeps
    // it: refused, unless it is the same one.
    static std::optional<QString> restoreBackup(Database &db, const QByteArray &file,
                                                const QByteArray &passphrase, QString *error);

    // A public key as a small text file to hand to a peer, and read back.
    static QByteArray publicKeyFile(const QByteArray &publicKey, const QString &name);
    static std::optional<std::pair<QString, QByteArray>> readPublicKeyFile(const QString &path,
                                                                           QString *error);

    // The address book.
    static std::optional<Peer> peer(Database &db, const QString &fingerprint);
    static bool remember(Database &db, const QString &name, const QByteArray &publicKey,
                         QString *error);
    static bool revoke(Database &db, const QString &fingerprint, QString *error);

    // Whether a package's signer may be taken: known and not revoked, not yet known (a person
    // checks its fingerprint first), or revoked (never).
    enum class Sender { Unsigned, Known, Unknown, Revoked };
    static Sender senderStatus(Database &db, const QByteArray &publicKey);
};
