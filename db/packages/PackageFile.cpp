#include "PackageFile.h"
#include "Keys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace {

const QByteArray s_magic("IPFPKG\r\n", 8);
constexpr qsizetype s_chunk = 64 * 1024;
constexpr int s_checkBytes = 16;
constexpr quint32 s_maxHeader = 64 * 1024; // what peek() reads
// A header may not ask for more than this: a doctored one must not make a laptop swap for hours.
constexpr quint64 s_maxMemory = quint64(1) << 30;
constexpr quint64 s_maxOps = 20;

// A derived key that wipes itself.
struct Key
{
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

void appendU32(QByteArray &out, quint32 value)
{
    const quint32 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), 4);
}

bool readU32(const QByteArray &in, qsizetype &at, quint32 &value)
{
    if (in.size() - at < 4)
        return false;
    value = qFromBigEndian<quint32>(in.constData() + at);
    at += 4;
    return true;
}

const unsigned char *bytesOf(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

bool deriveKey(Key &key, const QByteArray &passphrase, const QByteArray &salt, quint64 ops,
               quint64 memory)
{
    return crypto_pwhash(key.bytes, sizeof key.bytes, passphrase.constData(),
                         static_cast<unsigned long long>(passphrase.size()), bytesOf(salt), ops,
                         static_cast<size_t>(memory), crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

QByteArray keyCheck(const Key &key)
{
    static const QByteArray label("Intervention Planner field package key check");
    QByteArray check(s_checkBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(check.data()), s_checkBytes,
                       bytesOf(label), static_cast<unsigned long long>(label.size()), key.bytes,
                       sizeof key.bytes);
    return check;
}

const QByteArray s_signatureMark("SIG1", 4);
constexpr qsizetype s_trailer = 4 + crypto_sign_BYTES;

QByteArray digestOf(const QByteArray &bytes)
{
    QByteArray digest(crypto_generichash_BYTES_MAX, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
                       bytesOf(bytes), static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return digest;
}

QString fingerprintOf(const QByteArray &publicKey)
{
    return Keys::fingerprint(publicKey);
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// The header's parts, checked: the fixed prefix, the format, the JSON.
struct Parsed
{
    QJsonObject header;
    qsizetype headerEnd = 0; // where the stream begins
};

std::optional<Parsed> parse(const QByteArray &bytes, QString *error)
{
    if (!bytes.startsWith(s_magic)) {
        fail(error, PackageFile::tr("This is not an Intervention Planner field package."));
        return std::nullopt;
    }
    qsizetype at = s_magic.size();
    quint32 format = 0;
    quint32 length = 0;
    if (!readU32(bytes, at, format) || !readU32(bytes, at, length) || length > s_maxHeader
        || bytes.size() - at < qsizetype(length)) {
        fail(error,
             PackageFile::tr("The package is cut short: it ends inside its header. Ask "
                             "for it again."));
        return std::nullopt;
    }
    if (format > quint32(PackageFile::Format)) {
        fail(error,
             PackageFile::tr("The package was made by a newer version of Intervention "
                             "Planner (package format %1; this version reads format %2). "
                             "Update Intervention Planner to open it.")
                 .arg(format)
                 .arg(PackageFile::Format));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.mid(at, length), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(error,
             PackageFile::tr("The package's header is damaged: nothing can be read from it."));
        return std::nullopt;
    }
    return Parsed {document.object(), at + qsizetype(length)};
}

} // namespace

std::optional<QByteArray> PackageFile::seal(const QByteArray &payload, const Seal &seal,
                                            QString *error)
{
    if (sodium_init() < 0) {
        fail(error, tr("The encryption library could not start."));
        return std::nullopt;
    }
    const bool toRecipients = !seal.recipients.isEmpty();
    const bool signing = !seal.signerSecret.isEmpty();
    if (!toRecipients && seal.passphrase.isEmpty()) {
        fail(error,
             tr("A package needs a passphrase or recipients: it is never written "
                "unencrypted."));
        return std::nullopt;
    }
    if (toRecipients && !signing) {
        fail(error,
             tr("A package sealed to recipients is signed by its sender: unlock this "
                "database's key first."));
        return std::nullopt;
    }
    if (signing
        && (seal.signerSecret.size() != crypto_sign_SECRETKEYBYTES
            || seal.signerPublic.size() != crypto_sign_PUBLICKEYBYTES)) {
        fail(error, tr("The sender's key is not a valid key pair."));
        return std::nullopt;
    }
    Key key;
    QJsonObject header = seal.header;
    if (toRecipients) {
        randombytes_buf(key.bytes, sizeof key.bytes);
        QJsonArray sealedKeys;
        for (const QByteArray &recipient : seal.recipients) {
            unsigned char curve[crypto_box_PUBLICKEYBYTES];
            if (recipient.size() != crypto_sign_PUBLICKEYBYTES
                || crypto_sign_ed25519_pk_to_curve25519(curve, bytesOf(recipient)) != 0) {
                fail(error, tr("A recipient's public key is not valid."));
                return std::nullopt;
            }
            QByteArray sealedKey(qsizetype(crypto_box_SEALBYTES + sizeof key.bytes), '\0');
            crypto_box_seal(reinterpret_cast<unsigned char *>(sealedKey.data()), key.bytes,
                            sizeof key.bytes, curve);
            sealedKeys.append(
                QJsonObject {{QStringLiteral("fingerprint"), fingerprintOf(recipient)},
                             {QStringLiteral("key"), QString::fromLatin1(sealedKey.toBase64())}});
        }
        header.insert(QStringLiteral("recipients"), sealedKeys);
    } else {
        const quint64 ops =
            seal.minimumKdf ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_MODERATE;
        const quint64 memory =
            seal.minimumKdf ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_MODERATE;
        QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
        randombytes_buf(salt.data(), size_t(salt.size()));
        if (!deriveKey(key, seal.passphrase, salt, ops, memory)) {
            fail(error, tr("There is not enough memory to derive the package's key."));
            return std::nullopt;
        }
        header.insert(QStringLiteral("kdf"),
                      QJsonObject {{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                                   {QStringLiteral("ops"), double(ops)},
                                   {QStringLiteral("mem"), double(memory)},
                                   {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}});
    }
    if (signing)
        header.insert(QStringLiteral("sender"), QString::fromLatin1(seal.signerPublic.toBase64()));
    header.insert(QStringLiteral("check"), QString::fromLatin1(keyCheck(key).toBase64()));
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QByteArray out = s_magic;
    appendU32(out, Format);
    appendU32(out, quint32(json.size()));
    out.append(json);
    const QByteArray boundHeader = out; // authenticated with the first chunk

    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key.bytes);
    out.append(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader);
    qsizetype at = 0;
    do {
        const qsizetype n = std::min(s_chunk, payload.size() - at);
        const bool last = at + n >= payload.size();
        QByteArray cipher(n + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES), '\0');
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &written,
            bytesOf(payload) + at, static_cast<unsigned long long>(n),
            at == 0 ? bytesOf(boundHeader) : nullptr,
            at == 0 ? static_cast<unsigned long long>(boundHeader.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        appendU32(out, quint32(written));
        out.append(cipher.constData(), qsizetype(written));
        at += n;
    } while (at < payload.size());
    sodium_memzero(&state, sizeof state);
    if (signing) {
        unsigned char signature[crypto_sign_BYTES];
        const QByteArray digest = digestOf(out);
        crypto_sign_detached(signature, nullptr, bytesOf(digest),
                             static_cast<unsigned long long>(digest.size()),
                             bytesOf(seal.signerSecret));
        out.append(s_signatureMark);
        out.append(reinterpret_cast<const char *>(signature), sizeof signature);
    }
    return out;
}

std::optional<PackageFile::Opened> PackageFile::open(const QByteArray &whole, const Unlock &unlock,
                                                     QString *error)
{
    if (sodium_init() < 0) {
        fail(error, tr("The encryption library could not start."));
        return std::nullopt;
    }
    const std::optional<Parsed> parsed = parse(whole, error);
    if (!parsed)
        return std::nullopt;
    // A signed package: the signature first, before anything of it is trusted.
    QByteArray bytes = whole;
    QByteArray sender;
    if (parsed->header.contains(QStringLiteral("sender"))) {
        sender = QByteArray::fromBase64(
            parsed->header.value(QStringLiteral("sender")).toString().toLatin1());
        if (sender.size() != crypto_sign_PUBLICKEYBYTES) {
            fail(error, tr("The package's header is damaged: nothing can be read from it."));
            return std::nullopt;
        }
        const qsizetype signedPart = whole.size() - s_trailer;
        if (signedPart < parsed->headerEnd
            || whole.mid(signedPart, s_signatureMark.size()) != s_signatureMark) {
            fail(error,
                 tr("The package is cut short or altered: its sender's signature is "
                    "missing. Nothing was read from it."));
            return std::nullopt;
        }
        bytes = whole.left(signedPart);
        const QByteArray digest = digestOf(bytes);
        if (crypto_sign_verify_detached(
                bytesOf(whole) + signedPart + s_signatureMark.size(), bytesOf(digest),
                static_cast<unsigned long long>(digest.size()), bytesOf(sender))
            != 0) {
            fail(error,
                 tr("The package has been altered: its signature (by %1) does not match "
                    "its contents. Nothing was read from it.")
                     .arg(fingerprintOf(sender)));
            return std::nullopt;
        }
    }
    Key key;
    if (parsed->header.contains(QStringLiteral("recipients"))) {
        if (sender.isEmpty()) {
            fail(error, tr("The package's header is damaged: nothing can be read from it."));
            return std::nullopt;
        }
        const QString own =
            unlock.ownPublic.isEmpty() ? QString() : fingerprintOf(unlock.ownPublic);
        QStringList addressed;
        QByteArray sealedKey;
        for (const QJsonValue &entry :
             parsed->header.value(QStringLiteral("recipients")).toArray()) {
            const QString fingerprint =
                entry.toObject().value(QStringLiteral("fingerprint")).toString();
            addressed.append(fingerprint);
            if (!own.isEmpty() && fingerprint == own)
                sealedKey = QByteArray::fromBase64(
                    entry.toObject().value(QStringLiteral("key")).toString().toLatin1());
        }
        if (unlock.ownSecret.isEmpty()) {
            fail(error,
                 tr("The package is sealed to its recipients' keys (%1): unlock this "
                    "database's key to open it.")
                     .arg(addressed.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (sealedKey.isEmpty()) {
            fail(error,
                 tr("The package was made for other recipients (%1), not for this "
                    "database (%2). Nothing was read from it.")
                     .arg(addressed.join(QStringLiteral(", ")), own));
            return std::nullopt;
        }
        unsigned char curvePublic[crypto_box_PUBLICKEYBYTES];
        unsigned char curveSecret[crypto_box_SECRETKEYBYTES];
        const bool converted =
            crypto_sign_ed25519_pk_to_curve25519(curvePublic, bytesOf(unlock.ownPublic)) == 0
            && crypto_sign_ed25519_sk_to_curve25519(curveSecret, bytesOf(unlock.ownSecret)) == 0;
        const bool opened = converted
            && sealedKey.size() == qsizetype(crypto_box_SEALBYTES + sizeof key.bytes)
            && crypto_box_seal_open(key.bytes, bytesOf(sealedKey),
                                    static_cast<unsigned long long>(sealedKey.size()), curvePublic,
                                    curveSecret)
                == 0;
        sodium_memzero(curveSecret, sizeof curveSecret);
        if (!opened) {
            fail(error,
                 tr("The package has been altered: its key for this database does not "
                    "open. Nothing was read from it."));
            return std::nullopt;
        }
    } else {
        const QJsonObject kdf = parsed->header.value(QStringLiteral("kdf")).toObject();
        const QByteArray salt =
            QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
        // Judged as numbers before they become sizes: a doctored header may say anything.
        const double opsAsked = kdf.value(QStringLiteral("ops")).toDouble(-1);
        const double memoryAsked = kdf.value(QStringLiteral("mem")).toDouble(-1);
        if (kdf.value(QStringLiteral("alg")).toString() != u"argon2id13"
            || salt.size() != crypto_pwhash_SALTBYTES || !(opsAsked >= crypto_pwhash_OPSLIMIT_MIN)
            || !(opsAsked <= double(s_maxOps)) || !(memoryAsked >= crypto_pwhash_MEMLIMIT_MIN)
            || !(memoryAsked <= double(s_maxMemory))) {
            fail(error,
                 tr("The package's header asks for a key derivation this version does "
                    "not accept; it may have been altered."));
            return std::nullopt;
        }
        if (!deriveKey(key, unlock.passphrase, salt, quint64(opsAsked), quint64(memoryAsked))) {
            fail(error, tr("There is not enough memory to derive the package's key."));
            return std::nullopt;
        }
    }
    const QByteArray check =
        QByteArray::fromBase64(parsed->header.value(QStringLiteral("check")).toString().toLatin1());
    const QByteArray expected = keyCheck(key);
    if (check.size() != expected.size()
        || sodium_memcmp(check.constData(), expected.constData(), size_t(check.size())) != 0) {
        fail(error, tr("The passphrase is not the one this package was sealed with."));
        return std::nullopt;
    }
    const QByteArray boundHeader = bytes.left(parsed->headerEnd);
    qsizetype at = parsed->headerEnd;
    if (bytes.size() - at < qsizetype(crypto_secretstream_xchacha20poly1305_HEADERBYTES)) {
        fail(error, tr("The package is cut short: it ends before its contents. Ask for it again."));
        return std::nullopt;
    }
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytesOf(bytes) + at, key.bytes)
        != 0) {
        fail(error, tr("The package has been altered or damaged: its contents do not verify."));
        return std::nullopt;
    }
    at += crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    Opened opened;
    opened.header = parsed->header;
    opened.sender = sender;
    int chunk = 0;
    bool final = false;
    while (!final) {
        quint32 length = 0;
        if (at == bytes.size() || !readU32(bytes, at, length)
            || bytes.size() - at < qsizetype(length)
            || length < crypto_secretstream_xchacha20poly1305_ABYTES) {
            sodium_memzero(opened.payload.data(), size_t(opened.payload.size()));
            fail(error,
                 tr("The package is cut short: part %1 of it is missing. Nothing was read "
                    "from it; ask for it again.")
                     .arg(chunk + 1));
            return std::nullopt;
        }
        QByteArray plain(qsizetype(length - crypto_secretstream_xchacha20poly1305_ABYTES), '\0');
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &plainLength, &tag,
                bytesOf(bytes) + at, length, chunk == 0 ? bytesOf(boundHeader) : nullptr,
                chunk == 0 ? static_cast<unsigned long long>(boundHeader.size()) : 0)
            != 0) {
            sodium_memzero(opened.payload.data(), size_t(opened.payload.size()));
            fail(error,
                 tr("The package has been altered or damaged (part %1 does not verify). "
                    "Nothing was read from it.")
                     .arg(chunk + 1));
            return std::nullopt;
        }
        at += length;
        opened.payload.append(plain.constData(), qsizetype(plainLength));
        sodium_memzero(plain.data(), size_t(plain.size()));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        ++chunk;
    }
    sodium_memzero(&state, sizeof state);
    if (at != bytes.size()) {
        sodium_memzero(opened.payload.data(), size_t(opened.payload.size()));
        fail(error,
             tr("The package has been altered: there are bytes after its end. Nothing "
                "was read from it."));
        return std::nullopt;
    }
    return opened;
}

bool PackageFile::write(const QString &path, const QByteArray &payload, const Seal &seal,
                        QString *error)
{
    const std::optional<QByteArray> bytes = PackageFile::seal(payload, seal, error);
    return bytes && writeOwnerOnly(path, *bytes, error);
}

bool PackageFile::writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(error, tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        fail(error,
             tr("%1 could not be written whole (%2); nothing was left under that name.")
                 .arg(path, file.errorString()));
        return false;
    }
    return true;
}

std::optional<QJsonObject> PackageFile::peek(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const std::optional<Parsed> parsed = parse(file.read(64 * 1024), error);
    if (!parsed)
        return std::nullopt;
    return parsed->header;
}

std::optional<PackageFile::Opened> PackageFile::read(const QString &path, const Unlock &unlock,
                                                     QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return open(file.readAll(), unlock, error);
}
