#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the user asked for on the command line.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { RunGui, Check, ShowHelp, ShowVersion, Error };
    // The exit code for arguments that make no sense (EX_USAGE), apart from --check's verdicts.
    static constexpr int usageError = 64;

    Action action = Action::RunGui;
    QString databasePath; // --database PATH
    bool demo = false; // --demo
    QString checkPath; // --check PATH
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
