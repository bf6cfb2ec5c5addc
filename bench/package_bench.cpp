// Measures field packages on a given database (the large portfolio): exporting every record,
// sealing it, importing it into an empty database; then taking 100 missions to a "laptop",
// editing both sides a few thousand times, and merging the laptop's package back with every
// conflict kept as headquarters has it. Works on copies; the given file is not changed. Prints one
// JSON object with times, sizes, counts and the peak resident memory.
//
// Usage: package_bench DATABASE.sqlite [--edits N]

#include "BenchSupport.h"
#include "Database.h"
#include "FieldPackage.h"
#include "MissionRepository.h"
#include "PackageFile.h"
#include "StakeholderRepository.h"
#include "TransactionGuard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

namespace {

bool open(Database &db, const QString &path, Database::Mode mode)
{
    Database::Options options;
    options.backupAtOpen = false;
    OpenError error;
    if (db.open(path, mode, options, &error))
        return true;
    QTextStream(stderr) << path << ": " << error.message << Qt::endl;
    return false;
}

// `count` edits of mission titles and stakeholder notes among the given missions, in one
// transaction; `tag` tells the two sides apart.
bool edit(Database &db, const QStringList &missionIds, int count, const QString &tag,
          std::mt19937 &random)
{
    TransactionGuard guard(db);
    QString error;
    if (!guard.started(&error))
        return false;
    MissionRepository missions(db);
    StakeholderRepository stakeholders(db);
    QList<Stakeholder> people;
    for (const QString &id : missionIds)
        people += stakeholders.forMission(id);
    for (int i = 0; i < count; ++i) {
        if (i % 4 == 0 || people.isEmpty()) {
            std::optional<Mission> m =
                missions.find(missionIds.at(int(random() % missionIds.size())));
            m->title = QStringLiteral("%1 edit %2").arg(tag).arg(i);
            if (!missions.save(*m, &error))
                return false;
        } else {
            Stakeholder &s = people[int(random() % people.size())];
            s.notes = QStringLiteral("%1 note %2").arg(tag).arg(i);
            if (!stakeholders.save(s, &error))
                return false;
        }
    }
    return guard.commit(&error);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("the portfolio"));
    parser.addOption({QStringLiteral("edits"), QStringLiteral("edits on each side"),
                      QStringLiteral("n"), QStringLiteral("2000")});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    QTemporaryDir dir;
    const QString hqPath = dir.filePath(QStringLiteral("hq.sqlite"));
    if (!QFile::copy(parser.positionalArguments().constFirst(), hqPath))
        return 1;
    QJsonObject figures;
    QElapsedTimer timer;
    QString error;

    Database hq;
    if (!open(hq, hqPath, Database::Mode::OpenExisting))
        return 1;
    timer.start();
    const QByteArray everything =
        FieldPackage::exportAll(hq, FieldPackage::ExportOptions(), &error);
    figures.insert(QStringLiteral("export_all_ms"), timer.elapsed());
    figures.insert(QStringLiteral("payload_bytes"), everything.size());
    PackageFile::Seal seal;
    seal.passphrase = "benchmark passphrase";
    seal.minimumKdf = true; // the key derivation is measured apart: it does not grow with data
    timer.restart();
    if (!PackageFile::write(dir.filePath(QStringLiteral("all.ippkg")), everything, seal, &error))
        return 1;
    figures.insert(QStringLiteral("seal_all_ms"), timer.elapsed());
    figures.insert(QStringLiteral("package_bytes"),
                   QFile(dir.filePath(QStringLiteral("all.ippkg"))).size());
    {
        Database fresh;
        if (!open(fresh, dir.filePath(QStringLiteral("fresh.sqlite")), Database::Mode::CreateNew))
            return 1;
        timer.restart();
        const auto imported = FieldPackage::apply(fresh, everything, &error);
        figures.insert(QStringLiteral("import_all_into_empty_ms"), timer.elapsed());
        if (!imported) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        figures.insert(QStringLiteral("records"),
                       imported->total(&FieldPackage::TableCounts::added));
    }

    // 100 missions to a laptop, a few thousand edits on each side, back to headquarters.
    QStringList codes;
    QStringList ids;
    for (const Mission &m : MissionRepository(hq).all()) {
        if (codes.size() == 100)
            break;
        codes.append(m.code);
        ids.append(m.meta.id);
    }
    FieldPackage::ExportOptions some;
    some.missions = codes;
    timer.restart();
    const QByteArray hundred = FieldPackage::exportAll(hq, some, &error);
    figures.insert(QStringLiteral("export_100_missions_ms"), timer.elapsed());
    Database laptop;
    if (!open(laptop, dir.filePath(QStringLiteral("laptop.sqlite")), Database::Mode::CreateNew)
        || !FieldPackage::apply(laptop, hundred, &error))
        return 1;
    std::mt19937 random(7);
    timer.restart();
    if (!edit(laptop, ids, edits, QStringLiteral("laptop"), random)
        || !edit(hq, ids, edits, QStringLiteral("hq"), random))
        return 1;
    figures.insert(QStringLiteral("edits_each_side"), edits);
    figures.insert(QStringLiteral("edit_both_sides_ms"), timer.elapsed());
    timer.restart();
    const QByteArray back = FieldPackage::exportAll(laptop, FieldPackage::ExportOptions(), &error);
    figures.insert(QStringLiteral("export_laptop_ms"), timer.elapsed());
    timer.restart();
    const auto preview = FieldPackage::preview(hq, back, &error);
    figures.insert(QStringLiteral("preview_merge_ms"), timer.elapsed());
    if (!preview)
        return 1;
    figures.insert(QStringLiteral("conflicts"),
                   preview->total(&FieldPackage::TableCounts::conflicts));
    figures.insert(QStringLiteral("updated"), preview->total(&FieldPackage::TableCounts::updated));
    FieldPackage::Decisions keepHere;
    keepHere.rest = FieldPackage::Take::Here;
    timer.restart();
    if (!FieldPackage::apply(hq, back, keepHere, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    figures.insert(QStringLiteral("apply_merge_ms"), timer.elapsed());
    figures.insert(QStringLiteral("peak_rss_kib"), peakResidentKiB());
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
