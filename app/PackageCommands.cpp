#include "Clock.h"
#include "CommandLine.h"
#include "Database.h"
#include "FieldPackage.h"
#include "Keys.h"
#include "PackageFile.h"
#include "Version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

namespace {

// A database made for a command goes again when the command is refused (disarmed on success).
struct Discard
{
    QString path;
    bool armed = false;
    ~Discard()
    {
        if (!armed)
            return;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
};

// The first line of the passphrase file; empty with `error` set when there is none.
QByteArray readPassphrase(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CommandLine::tr("The passphrase file %1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        *error =
            CommandLine::tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(path));
    return line;
}

Database::Options headless()
{
    Database::Options options;
    options.idleCheckpointMs = 0;
    return options;
}

} // namespace

int runExportPackage(const CommandLine &command)
{
    QTextStream err(stderr);
    QString error;
    Database db;
    OpenError openError;
    if (!db.open(command.databasePath, Database::Mode::OpenExisting, headless(), &openError)) {
        err << openError.message << Qt::endl;
        return 1;
    }
    PackageFile::Seal seal;
    seal.minimumKdf = command.minimumKdf;
    if (command.recipients.isEmpty()) {
        seal.passphrase = readPassphrase(command.passphraseFile, &error);
        if (seal.passphrase.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
    } else {
        // Sealed to each recipient's key and signed with this database's: the recipients join
        // the address book, so that their packages back are known.
        const QByteArray keyPassphrase = readPassphrase(command.keyPassphraseFile, &error);
        const std::optional<KeyPair> own =
            keyPassphrase.isEmpty() ? std::nullopt : Keys::unlock(db, keyPassphrase, &error);
        if (!own) {
            err << error << Qt::endl;
            return 1;
        }
        seal.signerPublic = own->publicKey;
        seal.signerSecret = own->secretKey;
        seal.header.insert(QStringLiteral("senderName"),
                           QFileInfo(command.databasePath).completeBaseName());
        for (const QString &file : command.recipients) {
            const auto recipient = Keys::readPublicKeyFile(file, &error);
            if (!recipient || !Keys::remember(db, recipient->first, recipient->second, &error)) {
                err << error << Qt::endl;
                return 1;
            }
            seal.recipients.append(recipient->second);
        }
    }
    FieldPackage::ExportOptions options;
    options.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.missions = command.missionCodes;
    options.redacted = command.redacted;
    const QJsonObject made = FieldPackage::clearHeader(options.packageId);
    for (auto it = made.begin(); it != made.end(); ++it)
        seal.header.insert(it.key(), it.value());
    const QByteArray payload = FieldPackage::exportAll(db, options, &error);
    if (payload.isEmpty() || !PackageFile::write(command.packagePath, payload, seal, &error)) {
        if (!payload.isEmpty())
            FieldPackage::forgetExport(db, options.packageId);
        err << error << Qt::endl;
        return 1;
    }
    const QString from = QDir::toNativeSeparators(command.databasePath);
    const QString into = QDir::toNativeSeparators(command.packagePath);
    QTextStream(stdout)
        << (command.missionCodes.isEmpty()
                ? CommandLine::tr("Sealed every record of %1 into %2.").arg(from, into)
                : CommandLine::tr("Sealed the missions %1 of %2 into %3.")
                      .arg(command.missionCodes.join(QStringLiteral(", ")), from, into))
        << Qt::endl;
    if (command.redacted) {
        QTextStream(stdout) << CommandLine::tr("Redacted: contact details, ratings, attitudes, "
                                               "notes on people, accounts of engagements and "
                                               "protected names were withheld.")
                            << Qt::endl;
        // The free text that still went: it may name people, and the person should know.
        const QList<FieldPackage::FreeText> texts = FieldPackage::freeText(db, options);
        err << CommandLine::tr("%n piece(s) of free text went with it and may name people:",
                               nullptr, int(texts.size()))
            << Qt::endl;
        for (const FieldPackage::FreeText &text : texts)
            err << QStringLiteral("  %1 \u201c%2\u201d, %3: %4")
                       .arg(text.type, text.record, text.field, text.text.simplified())
                << Qt::endl;
    }
    return 0;
}

int runImportPackage(const CommandLine &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    // A laptop or the next mission starts from a package: no database there yet, one is made. A
    // dry run writes nothing there: it previews against an empty database in a temporary folder.
    const bool creating = !QFileInfo::exists(command.databasePath);
    QTemporaryDir scratch;
    const QString path = creating && command.dryRun
        ? scratch.filePath(QStringLiteral("preview.sqlite"))
        : command.databasePath;
    // A database made for this import goes again when the import is refused.
    Discard discard {path, false};
    Database db;
    OpenError openError;
    Database::Options options = headless();
    options.backupAtOpen = !creating && !command.dryRun;
    const Database::Mode mode = creating ? Database::Mode::CreateNew
        : command.dryRun                 ? Database::Mode::ReadOnly
                                         : Database::Mode::OpenExisting;
    if (!db.open(path, mode, options, &openError)) {
        err << openError.message << Qt::endl;
        return 1;
    }
    // Armed once this command made the file: files already there are never deleted.
    discard.armed = creating && !command.dryRun;
    PackageFile::Unlock unlock;
    std::optional<KeyPair> own;
    if (!command.passphraseFile.isEmpty()) {
        unlock.passphrase = readPassphrase(command.passphraseFile, &error);
        if (unlock.passphrase.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
    } else {
        const QByteArray keyPassphrase = readPassphrase(command.keyPassphraseFile, &error);
        own = keyPassphrase.isEmpty() ? std::nullopt : Keys::unlock(db, keyPassphrase, &error);
        if (!own) {
            err << error << Qt::endl;
            return 1;
        }
        unlock.ownPublic = own->publicKey;
        unlock.ownSecret = own->secretKey;
    }
    const std::optional<PackageFile::Opened> opened =
        PackageFile::read(command.packagePath, unlock, &error);
    if (!opened) {
        err << error << Qt::endl;
        return 1;
    }
    // A signed package is taken from a known, unrevoked sender only, or one the person vouches
    // for with --trust after checking its fingerprint with the sender.
    const QString sender = opened->sender.isEmpty() ? QString() : Keys::fingerprint(opened->sender);
    if (!sender.isEmpty()) {
        const std::optional<Peer> known = Keys::peer(db, sender);
        if (known && known->revoked) {
            err << CommandLine::tr("The package is signed by %1 (%2), whose key was revoked: it is "
                                   "refused, and nothing was written.")
                       .arg(known->name, sender)
                << Qt::endl;
            return 1;
        }
        if (!known && QString(command.trust).remove(u' ') != QString(sender).remove(u' ')) {
            err << CommandLine::tr("The package is signed by a key this database does not know "
                                   "yet, with the fingerprint %1. Check it with its sender (by "
                                   "phone or in person), then import again with --trust \"%1\". "
                                   "Nothing was written.")
                       .arg(sender)
                << Qt::endl;
            return 1;
        }
    }
    const std::optional<FieldPackage::Preview> preview =
        FieldPackage::preview(db, opened->payload, &error);
    if (!preview) {
        err << error << Qt::endl;
        return 1;
    }
    if (command.dryRun) {
        out << QString::fromUtf8(preview->toJson()) << Qt::endl;
        return 0;
    }
    // Conflicts are for a person to decide, in the window: the command line writes nothing.
    if (!preview->alreadyImported && !preview->conflicts.isEmpty()) {
        err << CommandLine::tr("%n record(s) were changed both here and in the package. Decide "
                               "them in Intervention Planner (File › Import Field Package); "
                               "nothing was written.",
                               nullptr, int(preview->conflicts.size()))
            << Qt::endl;
        for (const QString &problem : preview->problems)
            err << problem << Qt::endl;
        return 3;
    }
    if (!FieldPackage::apply(db, opened->payload, &error)) {
        err << error << Qt::endl;
        for (const QString &problem : preview->problems)
            err << problem << Qt::endl;
        return 1;
    }
    if (!sender.isEmpty() && !Keys::peer(db, sender)
        && !Keys::remember(db, opened->header.value(QStringLiteral("senderName")).toString(),
                           opened->sender, &error))
        err << error << Qt::endl; // the records are in; only the address book lacks the sender
    discard.armed = false;
    if (!command.receiptPath.isEmpty()) {
        // Also for a package imported before: a lost receipt is made again by importing again.
        const QByteArray receipt = FieldPackage::receipt(db, preview->packageId, &error);
        QSaveFile file(command.receiptPath);
        if (receipt.isEmpty()) {
            err << CommandLine::tr("The package is imported, but no receipt can be made: %1")
                       .arg(error)
                << Qt::endl;
            return 1;
        }
        if (!file.open(QIODevice::WriteOnly) || file.write(receipt) < 0 || !file.commit()) {
            err << CommandLine::tr("The package is imported, but its receipt could not be written "
                                   "to %1: %2 Import the package again with --receipt to write "
                                   "it; nothing changes.")
                       .arg(QDir::toNativeSeparators(command.receiptPath),
                            file.errorString() + u'.')
                << Qt::endl;
            return 1;
        }
    }
    if (preview->alreadyImported)
        out << CommandLine::tr("Already imported: this package was taken in before; nothing "
                               "changed.")
            << Qt::endl;
    else if (preview->changesNothing())
        out << CommandLine::tr("Every record of the package is here, unchanged.") << Qt::endl;
    else
        out << CommandLine::tr("Imported into %1: %2 new records, %3 updated.")
                   .arg(QDir::toNativeSeparators(command.databasePath))
                   .arg(preview->total(&FieldPackage::TableCounts::added))
                   .arg(preview->total(&FieldPackage::TableCounts::updated))
            << Qt::endl;
    if (!command.receiptPath.isEmpty())
        out << CommandLine::tr("Receipt written to %1.")
                   .arg(QDir::toNativeSeparators(command.receiptPath))
            << Qt::endl;
    return 0;
}

int runGenerateKey(const CommandLine &command)
{
    QTextStream err(stderr);
    QString error;
    const QByteArray passphrase = readPassphrase(command.keyPassphraseFile, &error);
    if (passphrase.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    const bool creating = !QFileInfo::exists(command.databasePath);
    Database db;
    OpenError openError;
    if (!db.open(command.databasePath,
                 creating ? Database::Mode::CreateNew : Database::Mode::OpenExisting, headless(),
                 &openError)) {
        err << openError.message << Qt::endl;
        return 1;
    }
    if (!Keys::generate(db, passphrase, command.minimumKdf, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << CommandLine::tr("Key pair made; its fingerprint is %1.")
                               .arg(Keys::fingerprint(*Keys::ownPublicKey(db)))
                        << Qt::endl;
    return 0;
}

int runExportPublicKey(const CommandLine &command)
{
    QTextStream err(stderr);
    Database db;
    OpenError openError;
    if (!db.open(command.databasePath, Database::Mode::ReadOnly, headless(), &openError)) {
        err << openError.message << Qt::endl;
        return 1;
    }
    const std::optional<QByteArray> key = Keys::ownPublicKey(db);
    if (!key) {
        err << CommandLine::tr("This database has no key pair yet: make one with --generate-key.")
            << Qt::endl;
        return 1;
    }
    QSaveFile file(command.packagePath);
    const QString name = command.keyName.isEmpty()
        ? QFileInfo(command.databasePath).completeBaseName()
        : command.keyName;
    if (!file.open(QIODevice::WriteOnly) || file.write(Keys::publicKeyFile(*key, name)) < 0
        || !file.commit()) {
        err << CommandLine::tr("%1 cannot be written: %2")
                   .arg(QDir::toNativeSeparators(command.packagePath), file.errorString())
            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << CommandLine::tr("Public key %1 written to %2.")
                               .arg(Keys::fingerprint(*key),
                                    QDir::toNativeSeparators(command.packagePath))
                        << Qt::endl;
    return 0;
}

int runBackupKey(const CommandLine &command)
{
    QTextStream err(stderr);
    Database db;
    OpenError openError;
    if (!db.open(command.databasePath, Database::Mode::ReadOnly, headless(), &openError)) {
        err << openError.message << Qt::endl;
        return 1;
    }
    QString error;
    if (QFileInfo::exists(command.packagePath)) {
        err << CommandLine::tr("%1 exists already; a key pair is backed up to a new file only.")
                   .arg(QDir::toNativeSeparators(command.packagePath))
            << Qt::endl;
        return 1;
    }
    if (!Keys::writeBackup(db, command.packagePath, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << CommandLine::tr("Key pair %1 backed up to %2; keep it apart from this "
                                           "computer. It opens only with the key passphrase.")
                               .arg(Keys::fingerprint(*Keys::ownPublicKey(db)),
                                    QDir::toNativeSeparators(command.packagePath))
                        << Qt::endl;
    return 0;
}

int runRestoreKey(const CommandLine &command)
{
    QTextStream err(stderr);
    QString error;
    const QByteArray passphrase = readPassphrase(command.keyPassphraseFile, &error);
    if (passphrase.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    QFile file(command.packagePath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << CommandLine::tr("%1 cannot be read: %2")
                   .arg(QDir::toNativeSeparators(command.packagePath), file.errorString())
            << Qt::endl;
        return 1;
    }
    const QByteArray backup = file.read(64 * 1024);
    const bool creating = !QFileInfo::exists(command.databasePath);
    Discard discard {command.databasePath, false};
    Database db;
    OpenError openError;
    if (!db.open(command.databasePath,
                 creating ? Database::Mode::CreateNew : Database::Mode::OpenExisting, headless(),
                 &openError)) {
        err << openError.message << Qt::endl;
        return 1;
    }
    discard.armed = creating;
    const std::optional<QString> fingerprint = Keys::restoreBackup(db, backup, passphrase, &error);
    if (!fingerprint) {
        err << error << Qt::endl;
        return 1;
    }
    discard.armed = false;
    QTextStream(stdout) << CommandLine::tr("Key pair %1 is this database's.").arg(*fingerprint)
                        << Qt::endl;
    return 0;
}

int runRevoke(const CommandLine &command)
{
    QTextStream err(stderr);
    Database db;
    OpenError openError;
    if (!db.open(command.databasePath, Database::Mode::OpenExisting, headless(), &openError)) {
        err << openError.message << Qt::endl;
        return 1;
    }
    QString error;
    if (!Keys::revoke(db, command.trust, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << CommandLine::tr("Revoked %1: packages it signs are refused from now on.")
                               .arg(command.trust)
                        << Qt::endl;
    return 0;
}

int runImportReceipt(const CommandLine &command)
{
    QTextStream err(stderr);
    QFile file(command.importReceiptPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << CommandLine::tr("The receipt %1 cannot be read: %2")
                   .arg(QDir::toNativeSeparators(command.importReceiptPath), file.errorString())
            << Qt::endl;
        return 1;
    }
    // A receipt is a few hundred bytes: a large file is not one.
    const QByteArray bytes = file.read(1024 * 1024);
    Database db;
    OpenError openError;
    if (!db.open(command.databasePath, Database::Mode::OpenExisting, headless(), &openError)) {
        err << openError.message << Qt::endl;
        return 1;
    }
    QString error;
    const std::optional<FieldPackage::ReceiptResult> result =
        FieldPackage::importReceipt(db, bytes, &error);
    if (!result) {
        err << error << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    const QString name = result->receivedByName;
    if (result->alreadyRecorded)
        out << CommandLine::tr("Already recorded: %1 confirmed package %2 before; nothing changed.")
                   .arg(name, result->packageId)
            << Qt::endl;
    else if (result->redacted)
        out << CommandLine::tr("%1 imported the redacted handover %2. It carried only part of "
                               "each record, so none is marked as delivered.")
                   .arg(name, result->packageId)
            << Qt::endl;
    else
        out << CommandLine::tr("%1 imported package %2: %n record(s) marked as delivered there.",
                               nullptr, result->records)
                   .arg(name, result->packageId)
            << Qt::endl;
    if (const std::optional<FieldPackage::Undelivered> left = FieldPackage::undelivered(db))
        out << CommandLine::tr("%n record(s) here have not reached %1 yet.", nullptr, left->records)
                   .arg(left->homeName)
            << Qt::endl;
    return 0;
}
