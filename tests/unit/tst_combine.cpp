#include "Aliases.h"
#include "Database.h"
#include "DemoData.h"
#include "EngagementRepository.h"
#include "FieldHistory.h"
#include "FieldPackage.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"

#include <QtTest>

using namespace TestSupport;

namespace {

using Preview = FieldPackage::Preview;
using Take = FieldPackage::Take;

QByteArray packageOf(Database &from)
{
    QString error;
    const QByteArray payload = FieldPackage::exportAll(from, {}, &error);
    if (payload.isEmpty())
        qWarning() << "export:" << error;
    return payload;
}

Stakeholder person(const QString &name, const QString &organisation)
{
    Stakeholder s;
    s.name = name;
    s.organisation = organisation;
    s.type = StakeholderType::CivilSociety;
    return s;
}

Engagement meeting(const QString &stakeholderId, const QString &purpose)
{
    Engagement e;
    e.stakeholderId = stakeholderId;
    e.date = QDate(2026, 11, 20);
    e.purpose = purpose;
    return e;
}

QString missionId(Database &db, const QString &code)
{
    for (const Mission &m : MissionRepository(db).all()) {
        if (m.code == code)
            return m.meta.id;
    }
    return {};
}

// The live stakeholders named like `name` (case and diacritics aside).
QList<Stakeholder> named(Database &db, const QString &name)
{
    QList<Stakeholder> found;
    for (const Stakeholder &s : StakeholderRepository(db).all()) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            found.append(s);
    }
    return found;
}

QStringList historyValues(Database &db, const QString &id)
{
    QStringList values;
    for (const FieldChange &change : FieldHistory::of(db, QLatin1String("stakeholders"), id))
        values.append(change.field + u'=' + change.value);
    return values;
}

} // namespace

// Combining duplicates: a person made on two computers is combined into one record; nothing
// either held is lost, everything that named the other names the kept one, the combination
// travels, and a package that still uses the old id lands on the kept record.
class TestCombine : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<Database> m_hq;
    std::unique_ptr<Database> m_laptop;

    // Exports `from` into `into`; the preview it acted on.
    std::optional<Preview> send(Database &from, Database &into,
                                const FieldPackage::Decisions &decisions = {},
                                FieldPackage::ImportUndo *undo = nullptr)
    {
        QString error;
        std::optional<Preview> done =
            FieldPackage::apply(into, packageOf(from), decisions, &error, undo);
        if (!done)
            qWarning() << "import:" << error;
        return done;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        m_hq = createDatabase(m_dir->path(QStringLiteral("hq.sqlite")));
        QString error;
        QVERIFY2(DemoData::load(*m_hq, &error), qPrintable(error));
        m_laptop = createDatabase(m_dir->path(QStringLiteral("laptop.sqlite")));
        QVERIFY(send(*m_hq, *m_laptop));
    }

    void cleanup()
    {
        m_laptop.reset();
        m_hq.reset();
        m_dir.reset();
    }

    void combiningKeepsEveryValueAndMovesWhatNamedIt()
    {
        Database &db = *m_hq;
        StakeholderRepository people(db);
        const QString croatia = missionId(db, QStringLiteral("HR-HC-01"));
        Stakeholder kept = person(QStringLiteral("Ivana Horvat"), QStringLiteral("Zagreb PD"));
        kept.notes = QStringLiteral("Prefers meetings in the morning.");
        QVERIFY(people.save(kept));
        Stakeholder gone = person(QStringLiteral("IVANA HORVÁT"), QStringLiteral("zagreb pd"));
        gone.nameProtected = true;
        gone.email = QStringLiteral("ivana@example.org");
        gone.notes = QStringLiteral("Reported threats after the pride march.");
        QVERIFY(people.save(gone));
        for (const QString &id : {kept.meta.id, gone.meta.id}) {
            StakeholderLink link;
            link.missionId = croatia;
            link.stakeholderId = id;
            link.role = id == kept.meta.id ? QString() : QStringLiteral("Community liaison");
            QVERIFY(people.link(link));
        }
        Engagement call = meeting(gone.meta.id, QStringLiteral("Follow-up call"));
        QVERIFY(EngagementRepository(db).save(call));

        FieldPackage::ImportUndo undo;
        QString error;
        QVERIFY2(Aliases::combine(db, QStringLiteral("stakeholders"), kept.meta.id, gone.meta.id,
                                  &undo, &error),
                 qPrintable(error));

        const Stakeholder now = *people.find(kept.meta.id);
        QCOMPARE(now.name, QStringLiteral("Ivana Horvat"));
        QCOMPARE(now.email, QStringLiteral("ivana@example.org")); // filled from the other
        QCOMPARE(now.notes, QStringLiteral("Prefers meetings in the morning."));
        QVERIFY(now.nameProtected); // protected if either was
        QVERIFY(!people.find(gone.meta.id));
        const QStringList kept2 = historyValues(db, kept.meta.id);
        QVERIFY2(kept2.contains(QStringLiteral("notes=Reported threats after the pride march.")),
                 qPrintable(kept2.join(u'|')));
        QVERIFY(kept2.contains(QStringLiteral("name=IVANA HORVÁT")));
        QCOMPARE(EngagementRepository(db).find(call.meta.id)->stakeholderId, kept.meta.id);
        // The two links to Croatia became one, which kept the role only the other had.
        const QList<StakeholderLink> links = people.linksForStakeholder(kept.meta.id);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.constFirst().role, QStringLiteral("Community liaison"));
        QCOMPARE(Aliases::resolved(db).value(gone.meta.id), kept.meta.id);
        QVERIFY(!Aliases::combine(db, QStringLiteral("stakeholders"), kept.meta.id, gone.meta.id,
                                  nullptr, &error));
        QVERIFY(!Aliases::combine(db, QStringLiteral("stakeholders"), kept.meta.id, kept.meta.id,
                                  nullptr, &error));
        QVERIFY(!Aliases::combine(db, QStringLiteral("no_such_table"), kept.meta.id, call.meta.id,
                                  nullptr, &error));

        // One step back.
        QVERIFY2(FieldPackage::undoImport(db, undo, &error), qPrintable(error));
        QCOMPARE(people.find(gone.meta.id)->email, QStringLiteral("ivana@example.org"));
        QVERIFY(people.find(kept.meta.id)->email.isEmpty());
        QVERIFY(!people.find(kept.meta.id)->nameProtected);
        QCOMPARE(EngagementRepository(db).find(call.meta.id)->stakeholderId, gone.meta.id);
        QCOMPARE(people.linksForStakeholder(gone.meta.id).size(), 1);
        QCOMPARE(people.linksForStakeholder(kept.meta.id).size(), 1);
        QVERIFY(historyValues(db, kept.meta.id).isEmpty());
        QVERIFY(Aliases::resolved(db).isEmpty());
    }

    void aLaterPackageUnderTheOldIdLandsOnTheKeptRecord()
    {
        // The same woman, made on the laptop and at headquarters.
        Stakeholder onLaptop = person(QStringLiteral("Đurđa Kovač"), QStringLiteral("Roma NGO"));
        onLaptop.email = QStringLiteral("djurdja@example.org");
        QVERIFY(StakeholderRepository(*m_laptop).save(onLaptop));
        Engagement first = meeting(onLaptop.meta.id, QStringLiteral("First contact"));
        QVERIFY(EngagementRepository(*m_laptop).save(first));
        Stakeholder atHq = person(QStringLiteral("ĐURĐA KOVAC"), QStringLiteral("ROMA NGO"));
        atHq.notes = QStringLiteral("Met at the ministry's round table.");
        QVERIFY(StakeholderRepository(*m_hq).save(atHq));

        const std::optional<Preview> came = send(*m_laptop, *m_hq);
        QVERIFY(came);
        QCOMPARE(came->duplicates.size(), 1);
        QVERIFY(!came->duplicates.constFirst().blocking);
        QString error;
        QVERIFY2(Aliases::combine(*m_hq, QStringLiteral("stakeholders"), atHq.meta.id,
                                  onLaptop.meta.id, nullptr, &error),
                 qPrintable(error));
        QCOMPARE(named(*m_hq, QStringLiteral("ĐURĐA KOVAC")).size(), 1);

        // The laptop has not heard of it: it edits the record under its old id, and meets her
        // again.
        onLaptop = *StakeholderRepository(*m_laptop).find(onLaptop.meta.id);
        onLaptop.phone = QStringLiteral("+385 1 555 0101");
        QVERIFY(StakeholderRepository(*m_laptop).save(onLaptop));
        Engagement second = meeting(onLaptop.meta.id, QStringLiteral("Workshop invitation"));
        QVERIFY(EngagementRepository(*m_laptop).save(second));

        const std::optional<Preview> again = send(*m_laptop, *m_hq);
        QVERIFY(again);
        QVERIFY(again->conflicts.isEmpty()); // the deletion by combining is no conflict
        QVERIFY(again->duplicates.isEmpty());
        const Stakeholder kept = *StakeholderRepository(*m_hq).find(atHq.meta.id);
        QCOMPARE(kept.phone, QStringLiteral("+385 1 555 0101"));
        QCOMPARE(kept.email, QStringLiteral("djurdja@example.org"));
        QCOMPARE(kept.notes, QStringLiteral("Met at the ministry's round table."));
        QVERIFY(!StakeholderRepository(*m_hq).find(onLaptop.meta.id));
        QCOMPARE(EngagementRepository(*m_hq).find(second.meta.id)->stakeholderId, atHq.meta.id);
        QCOMPARE(EngagementRepository(*m_hq).find(first.meta.id)->stakeholderId, atHq.meta.id);

        // The combination travels back: the laptop combines the two the same way.
        const std::optional<Preview> back = send(*m_hq, *m_laptop);
        QVERIFY(back);
        QVERIFY(back->conflicts.isEmpty());
        QVERIFY(
            std::any_of(back->problems.cbegin(), back->problems.cend(), [](const QString &line) {
                return line.contains(u"here is combined into another record");
            }));
        QCOMPARE(named(*m_laptop, QStringLiteral("ĐURĐA KOVAC")).size(), 1);
        const Stakeholder there = *StakeholderRepository(*m_laptop).find(atHq.meta.id);
        QCOMPARE(there.phone, kept.phone);
        QCOMPARE(there.email, kept.email);
        QCOMPARE(there.notes, kept.notes);
        QVERIFY(!StakeholderRepository(*m_laptop).find(onLaptop.meta.id));
        QCOMPARE(EngagementRepository(*m_laptop).forStakeholder(atHq.meta.id).size(), 2);
        QCOMPARE(Aliases::resolved(*m_laptop).value(onLaptop.meta.id), atHq.meta.id);

        // And nothing is left to exchange: headquarters takes the laptop's package without a
        // record added or changed (only the laptop's field history of the merge comes in).
        const std::optional<Preview> settled = send(*m_laptop, *m_hq);
        QVERIFY(settled);
        QVERIFY(settled->conflicts.isEmpty());
        for (auto it = settled->tables.cbegin(); it != settled->tables.cend(); ++it) {
            if (it.key() != u"field_history")
                QVERIFY2(it->added + it->updated == 0, qPrintable(it.key()));
        }
    }

    void theNextMissionLearnsTheCombinationAndTakesTheOldIdToo()
    {
        // The laptop's person reaches headquarters, which combines her into its own record; the
        // next mission starts from headquarters and later gets a package from the old laptop.
        Stakeholder onLaptop = person(QStringLiteral("Ana Perić"), QStringLiteral("Vukovar PD"));
        QVERIFY(StakeholderRepository(*m_laptop).save(onLaptop));
        Stakeholder atHq = person(QStringLiteral("ANA PERIĆ"), QStringLiteral("Vukovar PD"));
        QVERIFY(StakeholderRepository(*m_hq).save(atHq));
        QVERIFY(send(*m_laptop, *m_hq));
        QString error;
        QVERIFY2(Aliases::combine(*m_hq, QStringLiteral("stakeholders"), atHq.meta.id,
                                  onLaptop.meta.id, nullptr, &error),
                 qPrintable(error));
        std::unique_ptr<Database> next = createDatabase(m_dir->path(QStringLiteral("next.sqlite")));
        QVERIFY(send(*m_hq, *next));
        QCOMPARE(Aliases::resolved(*next).value(onLaptop.meta.id), atHq.meta.id);
        QVERIFY(!Aliases::resolved(*next).contains(atHq.meta.id));
        QCOMPARE(named(*next, QStringLiteral("Ana Perić")).size(), 1);

        Engagement call = meeting(onLaptop.meta.id, QStringLiteral("Call about the trial"));
        QVERIFY(EngagementRepository(*m_laptop).save(call));
        // The laptop never sent anything there: where its person differs from the kept one,
        // that is for a person to decide, on the kept record.
        const std::optional<Preview> direct = send(*m_laptop, *next, taking(Take::Here));
        QVERIFY(direct);
        for (const FieldPackage::Conflict &conflict : direct->conflicts) {
            QCOMPARE(conflict.id, atHq.meta.id);
        }
        QCOMPARE(EngagementRepository(*next).find(call.meta.id)->stakeholderId, atHq.meta.id);
        QCOMPARE(named(*next, QStringLiteral("Ana Perić")).size(), 1);
    }

    void twoDatabasesCombiningEachTheOtherWaySettleOnOneRecord()
    {
        Stakeholder onLaptop = person(QStringLiteral("Marko Babić"), QStringLiteral("Osijek PD"));
        QVERIFY(StakeholderRepository(*m_laptop).save(onLaptop));
        Stakeholder atHq = person(QStringLiteral("MARKO BABIĆ"), QStringLiteral("Osijek PD"));
        QVERIFY(StakeholderRepository(*m_hq).save(atHq));
        QVERIFY(send(*m_laptop, *m_hq));
        QVERIFY(send(*m_hq, *m_laptop));
        QString error;
        // Each side combines the pair, each keeping its own.
        QVERIFY(Aliases::combine(*m_hq, QStringLiteral("stakeholders"), atHq.meta.id,
                                 onLaptop.meta.id, nullptr, &error));
        QVERIFY(Aliases::combine(*m_laptop, QStringLiteral("stakeholders"), onLaptop.meta.id,
                                 atHq.meta.id, nullptr, &error));
        QVERIFY2(send(*m_laptop, *m_hq, taking(Take::Here)), "headquarters refused the laptop");
        QVERIFY2(send(*m_hq, *m_laptop, taking(Take::Here)), "the laptop refused headquarters");
        QVERIFY2(send(*m_laptop, *m_hq, taking(Take::Here)), "headquarters refused the laptop");
        const QString kept = std::min(onLaptop.meta.id, atHq.meta.id);
        for (Database *db : {m_hq.get(), m_laptop.get()}) {
            const QList<Stakeholder> left = named(*db, QStringLiteral("Marko Babić"));
            QCOMPARE(left.size(), 1);
            QCOMPARE(left.constFirst().meta.id, kept);
        }
    }

    void aMissionPackageCarriesNoOtherMissionsPeopleThroughAnAlias()
    {
        Stakeholder first = person(QStringLiteral("Ivo Kranjec"), QStringLiteral("Ministry"));
        first.email = QStringLiteral("ivo@example.org");
        QVERIFY(StakeholderRepository(*m_hq).save(first));
        Stakeholder second = person(QStringLiteral("IVO KRANJEC"), QStringLiteral("Ministry"));
        QVERIFY(StakeholderRepository(*m_hq).save(second));
        QString error;
        QVERIFY(Aliases::combine(*m_hq, QStringLiteral("stakeholders"), first.meta.id,
                                 second.meta.id, nullptr, &error));
        FieldPackage::ExportOptions options;
        options.missions = {QStringLiteral("PL-HC-01")}; // Ivo is linked to no mission
        const QByteArray payload = FieldPackage::exportAll(*m_hq, options, &error);
        QVERIFY2(!payload.isEmpty(), qPrintable(error));
        QVERIFY(!payload.contains("ivo@example.org"));
        QVERIFY(!payload.contains(first.meta.id.toLatin1() + "\",\"kind"));
    }

    void aRecordDeletedHereComesBackWhenTheOneCombinedIntoItIsLive()
    {
        // Headquarters combines the laptop's person into its own; the laptop, meanwhile,
        // deleted headquarters' copy and kept its own.
        Stakeholder onLaptop = person(QStringLiteral("Lea Novak"), QStringLiteral("Split PD"));
        onLaptop.phone = QStringLiteral("+385 21 555 0100");
        QVERIFY(StakeholderRepository(*m_laptop).save(onLaptop));
        Stakeholder atHq = person(QStringLiteral("LEA NOVAK"), QStringLiteral("Split PD"));
        QVERIFY(StakeholderRepository(*m_hq).save(atHq));
        QVERIFY(send(*m_laptop, *m_hq));
        QVERIFY(send(*m_hq, *m_laptop));
        QString error;
        QVERIFY(StakeholderRepository(*m_laptop).remove(atHq.meta.id, &error));
        QVERIFY(Aliases::combine(*m_hq, QStringLiteral("stakeholders"), atHq.meta.id,
                                 onLaptop.meta.id, nullptr, &error));
        const std::optional<Preview> back = send(*m_hq, *m_laptop, taking(Take::Incoming));
        QVERIFY(back);
        const QList<Stakeholder> left = named(*m_laptop, QStringLiteral("Lea Novak"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().meta.id, atHq.meta.id);
        QCOMPARE(left.constFirst().phone, onLaptop.phone);
    }

    void aMissionMadeTwiceIsCombinedBeforeItIsImported()
    {
        Mission mine;
        mine.code = QStringLiteral("HR-2027");
        mine.title = QStringLiteral("Refresher, Osijek (laptop)");
        mine.sites = {TestSupport::siteIn(QStringLiteral("Croatia"))};
        QString error;
        QVERIFY2(MissionRepository(*m_laptop).save(mine, &error), qPrintable(error));
        Risk risk;
        risk.missionId = mine.meta.id;
        risk.title = QStringLiteral("Trainers reassigned before the course");
        QVERIFY(RiskRepository(*m_laptop).save(risk));
        Mission theirs;
        theirs.code = QStringLiteral("HR-2027");
        theirs.title = QStringLiteral("Hate crime refresher, Osijek");
        theirs.sites = {TestSupport::siteIn(QStringLiteral("Croatia"))};
        QVERIFY2(MissionRepository(*m_hq).save(theirs, &error), qPrintable(error));

        const QByteArray payload = packageOf(*m_laptop);
        const std::optional<Preview> blocked = FieldPackage::preview(*m_hq, payload, &error);
        QVERIFY(blocked);
        QCOMPARE(blocked->blockingDuplicates(), 1);
        QVERIFY(!FieldPackage::apply(*m_hq, payload, taking(Take::Here), &error));

        // Combined before import: only the alias is written; the package then lands on the
        // mission here, and the titles typed on each side are a conflict to decide.
        QVERIFY2(Aliases::combine(*m_hq, QStringLiteral("missions"), theirs.meta.id, mine.meta.id,
                                  nullptr, &error),
                 qPrintable(error));
        const std::optional<Preview> combined = FieldPackage::preview(*m_hq, payload, &error);
        QVERIFY2(combined, qPrintable(error));
        QCOMPARE(combined->blockingDuplicates(), 0);
        QCOMPARE(combined->conflicts.size(), 1);
        QCOMPARE(combined->conflicts.constFirst().id, theirs.meta.id);
        QVERIFY2(FieldPackage::apply(*m_hq, payload, taking(Take::Here), &error),
                 qPrintable(error));
        QCOMPARE(RiskRepository(*m_hq).forMission(theirs.meta.id).size(), 1);
        QCOMPARE(MissionRepository(*m_hq).find(theirs.meta.id)->title, theirs.title);

        // Back on the laptop, its mission becomes headquarters' one, with no conflict: the
        // laptop's title was the base of headquarters' decision.
        FieldPackage::ImportUndo undo;
        const std::optional<Preview> back = send(*m_hq, *m_laptop, {}, &undo);
        QVERIFY(back);
        QVERIFY(back->conflicts.isEmpty());
        QCOMPARE(MissionRepository(*m_laptop).find(theirs.meta.id)->title, theirs.title);
        QVERIFY(!MissionRepository(*m_laptop).find(mine.meta.id));
        QCOMPARE(RiskRepository(*m_laptop).forMission(theirs.meta.id).size(), 1);
        // The import, combination included, is one step back.
        QVERIFY2(FieldPackage::undoImport(*m_laptop, undo, &error), qPrintable(error));
        QCOMPARE(MissionRepository(*m_laptop).find(mine.meta.id)->title, mine.title);
        QVERIFY(!MissionRepository(*m_laptop).find(theirs.meta.id));
        QCOMPARE(RiskRepository(*m_laptop).forMission(mine.meta.id).size(), 1);
        QVERIFY(Aliases::resolved(*m_laptop).isEmpty());
    }
};

IP_TEST_MAIN(TestCombine)
#include "tst_combine.moc"
