// Writes a large, realistic portfolio database for the benchmarks: by default 1,000 missions,
// 25,000 stakeholders, 100,000 engagements and 20,000 risks, through the same repositories the
// application uses. Prints a JSON summary.
//
// Usage: generate_portfolio OUTPUT.sqlite [--missions N] [--stakeholders N] [--engagements N]
//                                          [--risks N]

#include "Database.h"
#include "EngagementRepository.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "StakeholderRepository.h"
#include "TransactionGuard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <random>

namespace {

const QStringList s_countries {
    QStringLiteral("Croatia"), QStringLiteral("Bosnia and Herzegovina"),
    QStringLiteral("Poland"),  QStringLiteral("Serbia"),
    QStringLiteral("Kosovo"),  QStringLiteral("North Macedonia"),
    QStringLiteral("Albania"), QStringLiteral("Moldova"),
    QStringLiteral("Georgia"), QStringLiteral("Ukraine"),
    QStringLiteral("Armenia"), QStringLiteral("Montenegro"),
};
const QStringList s_first {QStringLiteral("Ana"),    QStringLiteral("Marko"),
                           QStringLiteral("Jelena"), QStringLiteral("Piotr"),
                           QStringLiteral("Amira"),  QStringLiteral("Đorđe"),
                           QStringLiteral("Łucja"),  QStringLiteral("Зоран"),
                           QStringLiteral("Nino"),   QStringLiteral("Oksana")};
const QStringList s_last {QStringLiteral("Horvat"),    QStringLiteral("Kovačević"),
                          QStringLiteral("Nowak"),     QStringLiteral("Hadžić"),
                          QStringLiteral("Јовановић"), QStringLiteral("Wiśniewska"),
                          QStringLiteral("Beridze"),   QStringLiteral("Shevchenko")};

int argument(const QCommandLineParser &parser, const QString &name)
{
    return parser.value(name).toInt();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("database to write"));
    parser.addOptions({
        {QStringLiteral("missions"), QStringLiteral("missions"), QStringLiteral("n"),
         QStringLiteral("1000")},
        {QStringLiteral("stakeholders"), QStringLiteral("stakeholders"), QStringLiteral("n"),
         QStringLiteral("25000")},
        {QStringLiteral("engagements"), QStringLiteral("engagements"), QStringLiteral("n"),
         QStringLiteral("100000")},
        {QStringLiteral("risks"), QStringLiteral("risks"), QStringLiteral("n"),
         QStringLiteral("20000")},
    });
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().constFirst();

    QElapsedTimer timer;
    timer.start();
    Database db;
    Database::Options options;
    options.backupAtOpen = false;
    OpenError error;
    if (!db.open(path, Database::Mode::CreateNew, options, &error)) {
        QTextStream(stderr) << error.message << Qt::endl;
        return 1;
    }
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));

    std::mt19937 random(42);
    auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    QString failure;
    TransactionGuard guard(db);

    MissionRepository missions(db);
    QStringList missionIds;
    for (int i = 0; i < argument(parser, QStringLiteral("missions")); ++i) {
        Mission m;
        const QString country = s_countries.at(pick(s_countries.size()));
        m.code =
            QStringLiteral("%1-%2").arg(country.left(2).toUpper()).arg(i, 4, 10, QLatin1Char('0'));
        m.title = QStringLiteral("Hate crime training programme %1, %2").arg(i).arg(country);
        MissionSite site;
        site.country = country;
        m.sites = {site};
        m.leadOrganisation = i % 3 ? QStringLiteral("OSCE/ODIHR") : QStringLiteral("UNDP");
        m.startDate = QDate(2018, 1, 1).addDays(pick(3000));
        m.endDate = m.startDate.addDays(300 + pick(900));
        m.status = enumValues<MissionStatus>().at(pick(4));
        m.currentStage = enumValues<Stage>().at(pick(5));
        if (!missions.save(m, &failure))
            break;
        missionIds.append(m.meta.id);
    }

    StakeholderRepository stakeholders(db);
    QStringList stakeholderIds;
    for (int i = 0; failure.isEmpty() && i < argument(parser, QStringLiteral("stakeholders"));
         ++i) {
        Stakeholder s;
        s.kind = i % 4 ? StakeholderKind::Person : StakeholderKind::Group;
        s.name = QStringLiteral("%1 %2 %3")
                     .arg(s_first.at(pick(s_first.size())), s_last.at(pick(s_last.size())))
                     .arg(i);
        s.organisation = QStringLiteral("Organisation %1").arg(pick(2000));
        s.type = enumValues<StakeholderType>().at(pick(10));
        s.power = 1 + pick(5);
        s.interest = 1 + pick(5);
        s.trust = 1 + pick(5);
        s.attitude = enumValues<Attitude>().at(pick(5));
        s.email = QStringLiteral("person%1@example.org").arg(i);
        if (!stakeholders.save(s, &failure))
            break;
        stakeholderIds.append(s.meta.id);
        StakeholderLink link;
        link.stakeholderId = s.meta.id;
        link.missionId = missionIds.value(i % std::max<qsizetype>(1, missionIds.size()));
        link.role = QStringLiteral("Partner");
        if (!link.missionId.isEmpty() && !stakeholders.link(link, &failure))
            break;
    }

    EngagementRepository engagements(db);
    for (int i = 0; failure.isEmpty() && !stakeholderIds.isEmpty()
         && i < argument(parser, QStringLiteral("engagements"));
         ++i) {
        Engagement e;
        e.stakeholderId = stakeholderIds.at(pick(stakeholderIds.size()));
        e.missionId = missionIds.value(pick(std::max<qsizetype>(1, missionIds.size())));
        e.date = QDate(2019, 1, 1).addDays(pick(2800));
        e.type = enumValues<EngagementType>().at(pick(6));
        e.purpose = QStringLiteral("Follow-up meeting %1").arg(i);
        if (i % 5 == 0)
            e.followUpDate = e.date.addDays(30);
        if (!engagements.save(e, &failure))
            break;
    }

    RiskRepository risks(db);
    for (int i = 0; failure.isEmpty() && i < argument(parser, QStringLiteral("risks")); ++i) {
        Risk r;
        r.missionId = missionIds.value(pick(std::max<qsizetype>(1, missionIds.size())));
        r.title = QStringLiteral("Risk %1").arg(i);
        r.category = enumValues<RiskCategory>().at(pick(10));
        r.likelihood = 1 + pick(5);
        r.impact = 1 + pick(5);
        r.reviewDate = QDate(2026, 1, 1).addDays(pick(700));
        if (!risks.save(r, &failure))
            break;
    }

    if (!failure.isEmpty() || !guard.commit(&failure)) {
        QTextStream(stderr) << "generation failed: " << failure << Qt::endl;
        return 1;
    }
    db.close();
    QTextStream(stdout) << QStringLiteral(
                               "{\"database\": \"%1\", \"missions\": %2, \"stakeholders\": %3, "
                               "\"engagements\": %4, \"risks\": %5, \"seconds\": %6, "
                               "\"bytes\": %7}")
                               .arg(path)
                               .arg(missionIds.size())
                               .arg(stakeholderIds.size())
                               .arg(argument(parser, QStringLiteral("engagements")))
                               .arg(argument(parser, QStringLiteral("risks")))
                               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                               .arg(QFileInfo(path).size())
                        << Qt::endl;
    return 0;
}
