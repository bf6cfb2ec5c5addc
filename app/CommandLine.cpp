#include "CommandLine.h"
#include "Database.h"
#include "FileLock.h"
#include "Inspection.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <algorithm>
#include <cstring>

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option :
             {"--check", "--help", "-h", "--help-all", "--version", "-v", "--export-package",
              "--import-package", "--generate-key", "--export-public-key", "--revoke",
              "--import-receipt", "--backup-key", "--restore-key"}) {
            // "--check=PATH" and the like count too.
            const size_t length = std::strlen(option);
            if (std::strcmp(argv[i], option) == 0
                || (length > 2 && std::strncmp(argv[i], option, length) == 0
                    && argv[i][length] == '='))
                return true;
        }
    }
    return false;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plans international capacity-building interventions through the five LEOP stages."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database({QStringLiteral("d"), QStringLiteral("database")},
                                      tr("Open the database file <path>."), tr("path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Open a fresh copy of the fictional demo database."));
    const QCommandLineOption check(
        QStringLiteral("check"),
        tr("Check the database <path> without opening a window or writing anything; print a "
           "one-line verdict and exit with 0 when it is sound, 1 damaged, 2 not an Intervention "
           "Planner database, 3 from a newer version, 4 cannot be read, 5 in use or locked, 6 "
           "empty, 7 sound with a stray -wal or -journal beside it (64: wrong arguments)."),
        tr("path"));
    const QCommandLineOption exportPackage(
        QStringLiteral("export-package"),
        tr("Seal every record of the --database into the field package <file> (with "
           "--passphrase-file), and exit."),
        tr("file"));
    const QCommandLineOption importPackage(
        QStringLiteral("import-package"),
        tr("Import the field package <file> into the --database (created when it does not "
           "exist), and exit: 0 imported, 1 refused, 3 records that differ on both sides (nothing "
           "is written unless all of it can be)."),
        tr("file"));
    const QCommandLineOption missions(
        QStringLiteral("missions"), // not a table: the option the issue names
        tr("With --export-package: only the missions with these comma-separated <codes>, with "
           "their stakeholders and everything else they need (the default is every record, "
           "portfolio-level risks included)."),
        tr("codes"));
    const QCommandLineOption redacted(
        QStringLiteral("redacted"),
        tr("With --export-package: a handover to another organisation, without contact details, "
           "ratings, attitudes, notes, accounts of engagements, protected names or field "
           "history; each is marked as withheld, so that an import never blanks real data."));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        tr("Read the package's passphrase from the first line of <file>."), tr("file"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("With --import-package: print what would change, as JSON, "
                                       "and write nothing."));
    const QCommandLineOption keyPassphraseFile(
        QStringLiteral("key-passphrase-file"),
        tr("Unlock the database's key pair with the first line of <file>: to sign a package, or "
           "to open one sealed to this database."),
        tr("file"));
    const QCommandLineOption recipient(
        QStringLiteral("recipient"),
        tr("With --export-package: seal the package to the public key in <keyfile> (repeat for "
           "several) and sign it, instead of using a passphrase."),
        tr("keyfile"));
    const QCommandLineOption trust(
        QStringLiteral("trust"),
        tr("With --import-package: accept a package signed by the key with this <fingerprint>, "
           "not yet known, once you have checked it with its sender; it joins the address book."),
        tr("fingerprint"));
    const QCommandLineOption generateKey(
        QStringLiteral("generate-key"),
        tr("Make the --database's key pair (the database is created when it does not exist), "
           "its secret half sealed with --key-passphrase-file; print its fingerprint, and exit."));
    const QCommandLineOption exportPublicKey(
        QStringLiteral("export-public-key"),
        tr("Write the --database's public key to <file>, to hand to the peers that will send it "
           "packages, and exit."),
        tr("file"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("With --export-public-key: the name the key file carries."),
                                  tr("name"));
    const QCommandLineOption revoke(
        QStringLiteral("revoke"),
        tr("Revoke the known peer with this <fingerprint> (a lost laptop): packages it signs are "
           "refused from then on. Exit."),
        tr("fingerprint"));
    const QCommandLineOption backupKey(
        QStringLiteral("backup-key"),
        tr("Write the --database's key pair to <file>, its secret half still sealed with its "
           "passphrase, to keep somewhere safe in case the computer is lost; exit."),
        tr("file"));
    const QCommandLineOption restoreKey(
        QStringLiteral("restore-key"),
        tr("Take the key pair backed up in <file> into the --database (created when it does not "
           "exist), once --key-passphrase-file opens it; exit."),
        tr("file"));
    const QCommandLineOption receipt(
        QStringLiteral("receipt"),
        tr("With --import-package: write the import's receipt to <file> (the package's id, the "
           "hash of its contents and the counts, no record), for the database that made the "
           "package to import with --import-receipt."),
        tr("file"));
    const QCommandLineOption importReceipt(
        QStringLiteral("import-receipt"),
        tr("Import the receipt <file> into the --database that made the package it confirms: "
           "the records it carried are marked as delivered. Exit 0 marked, 1 refused."),
        tr("file"));
    QCommandLineOption kdfMinimum(QStringLiteral("kdf-minimum"));
    kdfMinimum.setFlags(QCommandLineOption::HiddenFromHelp); // for tests: weak keys, fast
    parser.addOptions({database,  demo,      check,          exportPackage,   importPackage,
                       missions,  redacted,  passphraseFile, dryRun,          keyPassphraseFile,
                       recipient, trust,     generateKey,    exportPublicKey, name,
                       revoke,    backupKey, restoreKey,     receipt,         importReceipt,
                       kdfMinimum});
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        result.errorText = tr("Unexpected argument: %1. Use --database PATH to open a file.")
                               .arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(check)) {
        result.action = Action::Check;
        result.checkPath = parser.value(check);
        return result;
    }
    result.databasePath = parser.value(database);
    result.passphraseFile = parser.value(passphraseFile);
    result.keyPassphraseFile = parser.value(keyPassphraseFile);
    result.recipients = parser.values(recipient);
    for (const QString &code : parser.value(missions).split(u',', Qt::SkipEmptyParts)) {
        if (!code.trimmed().isEmpty())
            result.missionCodes.append(code.trimmed());
    }
    result.trust = parser.value(trust);
    result.keyName = parser.value(name);
    result.dryRun = parser.isSet(dryRun);
    result.receiptPath = parser.value(receipt);
    result.importReceiptPath = parser.value(importReceipt);
    result.redacted = parser.isSet(redacted);
    result.minimumKdf = parser.isSet(kdfMinimum);
    const int keyActions = int(parser.isSet(exportPackage)) + int(parser.isSet(importPackage))
        + int(parser.isSet(generateKey)) + int(parser.isSet(exportPublicKey))
        + int(parser.isSet(revoke)) + int(parser.isSet(importReceipt))
        + int(parser.isSet(backupKey)) + int(parser.isSet(restoreKey));
    if (keyActions > 1) {
        result.action = Action::Error;
        result.errorText = tr("Give one of --export-package, --import-package, --import-receipt, "
                              "--generate-key, --export-public-key, --backup-key, --restore-key "
                              "and --revoke at a time.");
        return result;
    }
    if (parser.isSet(receipt) && (!parser.isSet(importPackage) || result.dryRun)) {
        result.action = Action::Error;
        result.errorText = tr("--receipt goes with --import-package, and not with --dry-run: a "
                              "receipt confirms an import that was written.");
        return result;
    }
    if (keyActions == 1) {
        if ((parser.isSet(missions) || parser.isSet(redacted)) && !parser.isSet(exportPackage)) {
            result.action = Action::Error;
            result.errorText = tr("--missions and --redacted go with --export-package.");
            return result;
        }
        if (parser.isSet(missions) && result.missionCodes.isEmpty()) {
            result.action = Action::Error;
            result.errorText = tr("--missions needs at least one mission code, such as "
                                  "--missions HR-2026.");
            return result;
        }
        if (parser.isSet(exportPackage) || parser.isSet(importPackage)) {
            const bool exporting = parser.isSet(exportPackage);
            result.action = exporting ? Action::ExportPackage : Action::ImportPackage;
            result.packagePath = parser.value(exporting ? exportPackage : importPackage);
            const bool toRecipients = exporting && !result.recipients.isEmpty();
            const bool unlocked = exporting
                ? (toRecipients ? !result.keyPassphraseFile.isEmpty()
                                : !result.passphraseFile.isEmpty())
                : (!result.passphraseFile.isEmpty() || !result.keyPassphraseFile.isEmpty());
            if (!unlocked) {
                result.action = Action::Error;
                result.errorText =
                    tr("A field package needs --passphrase-file FILE, or --recipient KEYFILE with "
                       "--key-passphrase-file FILE (to import one sealed to this database: "
                       "--key-passphrase-file FILE).");
            }
        } else if (parser.isSet(generateKey)) {
            result.action = Action::GenerateKey;
            if (result.keyPassphraseFile.isEmpty()) {
                result.action = Action::Error;
                result.errorText = tr("--generate-key needs --key-passphrase-file FILE.");
            }
        } else if (parser.isSet(backupKey)) {
            result.action = Action::BackupKey;
            result.packagePath = parser.value(backupKey);
        } else if (parser.isSet(restoreKey)) {
            result.action = Action::RestoreKey;
            result.packagePath = parser.value(restoreKey);
            if (result.keyPassphraseFile.isEmpty()) {
                result.action = Action::Error;
                result.errorText = tr("--restore-key needs --key-passphrase-file FILE.");
            }
        } else if (parser.isSet(importReceipt)) {
            result.action = Action::ImportReceipt;
        } else if (parser.isSet(exportPublicKey)) {
            result.action = Action::ExportPublicKey;
            result.packagePath = parser.value(exportPublicKey);
        } else {
            result.action = Action::Revoke;
            result.trust = parser.value(revoke);
        }
        if (result.action != Action::Error && result.databasePath.isEmpty()) {
            result.action = Action::Error;
            result.errorText = tr("Name the database with --database PATH.");
        }
        return result;
    }
    if (parser.isSet(demo) && parser.isSet(database)) {
        result.action = Action::Error;
        result.errorText = tr("Use either --demo or --database, not both.");
        return result;
    }
    result.demo = parser.isSet(demo);
    result.databasePath = parser.value(database);
    return result;
}

int runCheck(const QString &path)
{
    QTextStream out(stdout);
    const QString shown = QDir::toNativeSeparators(path);
    // A file being written by another window is checked once it is closed: a copy taken while
    // it changes could look damaged when it is not.
    FileLock::Holder holder;
    if (FileLock::isHeld(path, &holder)) {
        out << CommandLine::tr("IN USE: %1 is open in Intervention Planner (%2); check it once "
                               "it is closed there.")
                   .arg(shown, FileLock::describe(holder))
            << Qt::endl;
        return Inspection::exitCode(OpenError::Kind::AlreadyOpen);
    }
    const Inspection inspection = Inspection::of(path);
    if (!inspection.isSound()) {
        const OpenError &error = inspection.error;
        QString verdict;
        switch (Inspection::exitCode(error.kind)) {
        case 1:
            verdict = CommandLine::tr("DAMAGED");
            break;
        case 2:
            verdict = CommandLine::tr("NOT OURS");
            break;
        case 3:
            verdict = CommandLine::tr("NEWER VERSION");
            break;
        case 5:
            verdict = CommandLine::tr("LOCKED");
            break;
        case 6:
            verdict = CommandLine::tr("EMPTY");
            break;
        case 7:
            verdict = CommandLine::tr("STRAY JOURNAL");
            break;
        default:
            verdict = CommandLine::tr("CANNOT READ");
            break;
        }
        out << verdict << QStringLiteral(": ") << error.message;
        if (!error.hint.isEmpty())
            out << u' ' << error.hint;
        out << Qt::endl;
        return Inspection::exitCode(error.kind);
    }
    QString upgrade;
    if (inspection.schemaVersion < Database::latestSchemaVersion())
        upgrade = CommandLine::tr(" (upgraded to format %1 when next opened)")
                      .arg(Database::latestSchemaVersion());
    QString recovered;
    if (inspection.recoversSidecar)
        recovered = CommandLine::tr(" Its -wal holds changes not yet in the file; they are "
                                    "folded in when it is next opened.");
    const QString holds =
        CommandLine::tr("%1 and %2")
            .arg(CommandLine::tr("%n mission(s)", nullptr, std::max(0, inspection.missions)),
                 CommandLine::tr("%n stakeholder(s)", nullptr,
                                 std::max(0, inspection.stakeholders)));
    out << CommandLine::tr("OK: %1 passed the integrity check; data format %2%3; it holds %4.%5")
               .arg(shown)
               .arg(inspection.schemaVersion)
               .arg(upgrade, holds, recovered)
        << Qt::endl;
    return 0;
}
