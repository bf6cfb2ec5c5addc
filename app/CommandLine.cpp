#include "CommandLine.h"
#include "Database.h"
#include "MissionRepository.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstring>

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--check", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0 || std::strncmp(argv[i], "--check=", 8) == 0)
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
        tr("Check the database <path> without opening a window or changing it; print a one-line "
           "verdict and exit with 0 when it is sound, 1 when it is not."),
        tr("path"));
    parser.addOptions({database, demo, check});
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
    Database db;
    OpenError error;
    if (!db.open(path, Database::Mode::CheckOnly, &error)) {
        out << CommandLine::tr("FAILED: %1").arg(error.message) << Qt::endl;
        return 1;
    }
    const int version = db.schemaVersion();
    if (version == 0) {
        out << CommandLine::tr("OK: %1 is an empty database, not yet initialised.")
                   .arg(QDir::toNativeSeparators(path))
            << Qt::endl;
        return 0;
    }
    const int missions = MissionRepository(db).count();
    QString upgrade;
    if (version < Database::latestSchemaVersion())
        upgrade = CommandLine::tr(" (upgraded to format %1 when next opened)")
                      .arg(Database::latestSchemaVersion());
    out << CommandLine::tr("OK: %1 passed the integrity check; data format %2%3, %n mission(s).",
                           nullptr, missions)
               .arg(QDir::toNativeSeparators(path))
               .arg(version)
               .arg(upgrade)
        << Qt::endl;
    return 0;
}
