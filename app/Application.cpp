#include "Application.h"
#include "AppSettings.h"
#include "CommandLine.h"
#include "Database.h"
#include "MainWindow.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>

#include <sys/stat.h>

namespace {

void configure()
{
    // Databases, backups, lock files and settings this process creates are the owner's alone.
    ::umask(S_IRWXG | S_IRWXO);
    Database::prepareProcess();
    QCoreApplication::setOrganizationName(QStringLiteral(IP_ORGANISATION_NAME));
    QCoreApplication::setApplicationName(QStringLiteral(IP_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(IP_VERSION_STRING));
}

} // namespace

int runHeadless(int argc, char *argv[])
{
    configure();
    QCoreApplication app(argc, argv);
    Translations::install(app, AppSettings::language());
    const CommandLine command = CommandLine::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    switch (command.action) {
    case CommandLine::Action::ShowHelp:
        out << command.helpText;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    case CommandLine::Action::Check:
        return runCheck(command.checkPath);
    case CommandLine::Action::ExportPackage:
        return runExportPackage(command);
    case CommandLine::Action::ImportPackage:
        return runImportPackage(command);
    case CommandLine::Action::GenerateKey:
        return runGenerateKey(command);
    case CommandLine::Action::ExportPublicKey:
        return runExportPublicKey(command);
    case CommandLine::Action::ImportReceipt:
        return runImportReceipt(command);
    case CommandLine::Action::Revoke:
        return runRevoke(command);
    case CommandLine::Action::BackupKey:
        return runBackupKey(command);
    case CommandLine::Action::RestoreKey:
        return runRestoreKey(command);
    case CommandLine::Action::Error:
    case CommandLine::Action::RunGui:
        break;
    }
    QTextStream(stderr) << command.errorText << Qt::endl;
    return CommandLine::usageError;
}

int runGui(int argc, char *argv[])
{
    configure();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QObject::tr("Intervention Planner"));
    QApplication::setDesktopFileName(QStringLiteral(IP_APPLICATION_NAME));
    Translations::install(app, AppSettings::language());

    const CommandLine command = CommandLine::parse(QApplication::arguments());
    if (command.action == CommandLine::Action::Error) {
        QTextStream(stderr) << command.errorText << Qt::endl;
        return CommandLine::usageError;
    }

    MainWindow window;
    window.show();
    if (command.demo) {
        window.openDemo();
    } else if (!command.databasePath.isEmpty()) {
        window.openDatabase(command.databasePath);
    } else if (const QStringList recent = AppSettings::recentFiles();
               !recent.isEmpty() && QFileInfo::exists(recent.constFirst())) {
        window.openDatabase(recent.constFirst());
    }
    return app.exec();
}
