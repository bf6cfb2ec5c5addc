#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The sealed file a field package travels in: a header in clear (what it is, how its key is
// derived), then the payload encrypted and authenticated in chunks (libsodium's secretstream,
// XChaCha20-Poly1305), the header bound to the first chunk. A package cut short, altered in any
// byte, with chunks reordered, or opened with the wrong passphrase is refused with a message that
// says which; nothing of it is returned. The contents key comes either from a passphrase
// (Argon2id, its limits and salt kept in the header) or is random and sealed to each recipient's
// public key (crypto_box_seal on the X25519 twin of its Ed25519 key). A signed package (always,
// to recipients) ends with the sender's Ed25519 signature over a BLAKE2b hash of everything
// before it; the header names the sender, so a removed signature is seen.
//
//   "IPFPKG\r\n"  u32 format  u32 header length  header (JSON)  stream header (24 bytes)
//   then chunks: u32 length  ciphertext   (the last one tagged FINAL)
//   then, when signed: "SIG1"  signature (64 bytes)
class PackageFile
{
    Q_DECLARE_TR_FUNCTIONS(PackageFile)

public:
    static constexpr int Format = 1;

    struct Seal
    {
        QByteArray passphrase;
        // libsodium's smallest Argon2id limits, for tests under sanitizers: never for real files.
        bool minimumKdf = false;
        // Shown in clear: the package's id, when and by what it was made, its schema version.
        QJsonObject header;
        // The sender's Ed25519 key pair, to sign; and the recipients' public keys: with any, the
        // package is sealed to them instead of to the passphrase.
        QByteArray signerPublic;
        QByteArray signerSecret;
        QList<QByteArray> recipients;
    };
    // What opens a package: its passphrase, or this database's key pair for one sealed to it.
    struct Unlock
    {
        QByteArray passphrase;
        QByteArray ownPublic;
        QByteArray ownSecret;
    };

    // Writes `payload` sealed to `path` through a temporary file renamed at the end, so that
    // nothing half-written is ever left under that name.
    static bool write(const QString &path, const QByteArray &payload, const Seal &seal,
                      QString *error);
    // Writes `bytes` to `path` the same way (whole or not at all), readable by its owner only:
    // for the other files of an exchange (a key pair's backup).
    static bool writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error);

    struct Opened
    {
        QJsonObject header;
        QByteArray payload;
        QByteArray sender; // the signer's public key, its signature checked; empty when unsigned
    };
    // The header alone, without the passphrase (to show what a package is before asking).
    static std::optional<QJsonObject> peek(const QString &path, QString *error);
    static std::optional<Opened> read(const QString &path, const Unlock &unlock, QString *error);

    // The same, on bytes (tests and the file functions above).
    static std::optional<QByteArray> seal(const QByteArray &payload, const Seal &seal,
                                          QString *error);
    static std::optional<Opened> open(const QByteArray &bytes, const Unlock &unlock,
                                      QString *error);
    static std::optional<Opened> open(const QByteArray &bytes, const QByteArray &passphrase,
                                      QString *error)
    {
        return open(bytes, Unlock {passphrase, {}, {}}, error);
    }
};
