#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the user asked for on the command line.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action {
        RunGui,
        Check,
        ExportPackage,
        ImportPackage,
        GenerateKey,
        ExportPublicKey,
        Revoke,
        BackupKey,
        RestoreKey,
        ImportReceipt,
        ShowHelp,
        ShowVersion,
        Error
    };
    // The exit code for arguments that make no sense (EX_USAGE), apart from --check's verdicts.
    static constexpr int usageError = 64;

    Action action = Action::RunGui;
    QString databasePath; // --database PATH
    bool demo = false; // --demo
    QString checkPath; // --check PATH
    QString packagePath; // --export-package FILE or --import-package FILE
    QString passphraseFile; // --passphrase-file F: the package's passphrase, its first line
    QString keyPassphraseFile; // --key-passphrase-file F: unlocks the database's key pair
    QStringList recipients; // --recipient KEYFILE, repeated
    QStringList missionCodes; // --missions A,B: a package of these missions only
    bool redacted = false; // --redacted: a handover to another organisation
    QString trust; // --trust FINGERPRINT (and --revoke FINGERPRINT)
    QString keyName; // --name, for --export-public-key
    bool dryRun = false; // --dry-run: print what an import would change, write nothing
    QString receiptPath; // --receipt FILE: with --import-package, where its receipt goes
    QString importReceiptPath; // --import-receipt FILE
    bool minimumKdf = false; // --kdf-minimum (tests only): libsodium's smallest Argon2id limits
    QString errorText;
    QString helpText;

    static CommandLine parse(const QStringList &arguments);
    // True when the arguments ask for work that needs no window (so no display either).
    static bool isHeadless(int argc, char **argv);
};

// Opens `path` read-only, runs the integrity check and prints a one-line verdict to standard
// output. Returns the process exit code: 0 when the database is sound, else one code per kind of
// verdict (Inspection::exitCode; README, "Checking a file"). Writes nothing.
int runCheck(const QString &path);

// Seals every record of the database into a field package (exit 0), or says why not (1).
int runExportPackage(const CommandLine &command);
// Imports a field package into the database, created when the path holds none. Exit 0 imported
// (or already there), 1 refused (the reason is printed; nothing written), 3 records differ on both
// sides (their number is printed; nothing written). With --dry-run, prints the preview as JSON.
int runImportPackage(const CommandLine &command);
// The database's key pair and address book: make the pair (printing its fingerprint), write its
// public key to a file, revoke a peer. Exit 0 done, 1 refused with the reason.
int runGenerateKey(const CommandLine &command);
int runExportPublicKey(const CommandLine &command);
int runRevoke(const CommandLine &command);
// Writes the key pair to a backup file (its secret half still sealed), or takes one in once
// --key-passphrase-file opens it (the database is created when it does not exist).
int runBackupKey(const CommandLine &command);
int runRestoreKey(const CommandLine &command);
// Imports a receipt into the database that made the package it confirms: its records are marked
// delivered to the database that imported it. Exit 0 marked (or already), 1 refused.
int runImportReceipt(const CommandLine &command);
