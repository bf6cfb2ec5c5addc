// The child of tst_crash: writes through the application's own layers until it is killed, and
// prints the number of each record once its commit has returned.
#include "Database.h"
#include "MissionRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return 64;
    const QString path = args.at(1);
    const QString mode = args.at(2);
    int next = args.at(3).toInt();
    Database::Options options;
    options.backupsKept = 3;
    if (mode == QLatin1String("write")) {
        options.backupAtOpen = false;
        Database db;
        OpenError error;
        if (!db.open(path, Database::Mode::OpenExisting, options, &error)) {
            std::fprintf(stderr, "open failed: %d %s\n", int(error.kind),
                         qPrintable(error.message));
            return 1;
        }
        MissionRepository missions(db);
        for (;; ++next) {
            Mission m;
            m.code = QStringLiteral("K-%1").arg(next);
            m.title = QStringLiteral("Committed before the kill");
            m.handoverNotes = QString(200 + next % 500, u'x');
            if (!missions.save(m)) {
                std::fprintf(stderr, "save failed\n");
                return 1;
            }
            std::printf("%d\n", next);
            std::fflush(stdout);
        }
    }
    for (;; ++next) { // backup: open, back up, close, again
        Database db;
        OpenError error;
        if (!db.open(path, Database::Mode::OpenExisting, options, &error)) {
            std::fprintf(stderr, "open failed: %d %s\n", int(error.kind),
                         qPrintable(error.message));
            return 1;
        }
        std::printf("%d\n", next);
        std::fflush(stdout);
        // A change, so that the next open takes a backup again.
        QSqlQuery(db.connection())
            .exec(QStringLiteral("UPDATE missions SET title = 'Round %1'").arg(next));
    }
}
