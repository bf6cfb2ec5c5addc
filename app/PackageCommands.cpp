#include "Clock.h"
#include "CommandLine.h"
#include "Database.h"
#include "FieldPackage.h"
#include "PackageFile.h"
#include "Version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

namespace {

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
    const QByteArray passphrase = readPassphrase(command.passphraseFile, &error);
    if (passphrase.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    Database db;
    OpenError openError;
    if (!db.open(command.databasePath, Database::Mode::OpenExisting, headless(), &openError)) {
        err << openError.message << Qt::endl;
        return 1;
    }
    PackageFile::Seal seal;
    seal.passphrase = passphrase;
    seal.minimumKdf = command.minimumKdf;
    seal.header = {
        {QStringLiteral("packageId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("created"), Clock::nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("app"), QStringLiteral(IP_VERSION_STRING)},
        {QStringLiteral("schema"), Database::latestSchemaVersion()},
    };
    if (!PackageFile::write(command.packagePath, FieldPackage::exportAll(db), seal, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << CommandLine::tr("Sealed every record of %1 into %2.")
                               .arg(QDir::toNativeSeparators(command.databasePath),
                                    QDir::toNativeSeparators(command.packagePath))
                        << Qt::endl;
    return 0;
}

int runImportPackage(const CommandLine &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const QByteArray passphrase = readPassphrase(command.passphraseFile, &error);
    if (passphrase.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    const std::optional<PackageFile::Opened> opened =
        PackageFile::read(command.packagePath, passphrase, &error);
    if (!opened) {
        err << error << Qt::endl;
        return 1;
    }
    // A laptop or the next mission starts from a package: no database there yet, one is made. A
    // dry run writes nothing there: it previews against an empty database in a temporary folder.
    const bool creating = !QFileInfo::exists(command.databasePath);
    QTemporaryDir scratch;
    const QString path = creating && command.dryRun
        ? scratch.filePath(QStringLiteral("preview.sqlite"))
        : command.databasePath;
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
    const std::optional<FieldPackage::Preview> preview = command.dryRun
        ? FieldPackage::preview(db, opened->payload, &error)
        : FieldPackage::apply(db, opened->payload, &error);
    if (command.dryRun) {
        if (!preview) {
            err << error << Qt::endl;
            return 1;
        }
        out << QString::fromUtf8(preview->toJson()) << Qt::endl;
        return 0;
    }
    if (!preview) {
        const std::optional<FieldPackage::Preview> seen =
            FieldPackage::preview(db, opened->payload, nullptr);
        err << error << Qt::endl;
        if (seen && seen->total(&FieldPackage::TableCounts::conflicts) > 0) {
            for (const QString &problem : seen->problems)
                err << problem << Qt::endl;
            return 3;
        }
        return 1;
    }
    if (preview->changesNothing())
        out << CommandLine::tr("Already imported: every record of the package is here, "
                               "unchanged.")
            << Qt::endl;
    else
        out << CommandLine::tr("Imported %n new record(s) into %1.", nullptr,
                               preview->total(&FieldPackage::TableCounts::added))
                   .arg(QDir::toNativeSeparators(command.databasePath))
            << Qt::endl;
    return 0;
}
