#include "Clock.h"
#include "EngagementRepository.h"
#include "MissionRepository.h"
#include "PortfolioSummary.h"
#include "RiskRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

// Round trips through each repository: every field survives, any alphabet, quotes stay text,
// deletes are soft and reversible, and history rows follow changes.
class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A read that fails says so (it once returned an empty list without a word).
    void aFailedReadIsReported()
    {
        QSignalSpy failed(m_db.get(), &Database::readFailed);
        QVERIFY(EngagementRepository(*m_db).forMission(QStringLiteral("x")).isEmpty());
        QCOMPARE(failed.count(), 0);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE engagements RENAME TO engagements_gone")));
        QVERIFY(EngagementRepository(*m_db).forMission(QStringLiteral("x")).isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("engagements")),
                 qPrintable(failed.at(0).at(0).toString()));
    }

    void init()
    {
        m_dir = std::make_unique<TestSupport::TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("repo.sqlite")));
        QVERIFY(m_db->isOpen());
        Clock::setFixedNow(QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC));
    }

    void cleanup()
    {
        TestSupport::pinClock();
        m_db.reset();
        m_dir.reset();
    }

    void missionRoundTrip()
    {
        MissionRepository missions(*m_db);
        Mission m;
        m.code = QStringLiteral("BA-HC-02");
        m.title = QStringLiteral("Обука у Бањој Луци: O'Neill's \"quotes\"; DROP TABLE missions;");
        m.sites = {TestSupport::siteIn(QStringLiteral("Bosnia and Herzegovina"))};
        m.leadOrganisation = QStringLiteral("OSCE/ODIHR");
        m.nationalCounterpart = QStringLiteral("وزارة الداخلية");
        m.startDate = QDate(2026, 2, 1);
        m.endDate = QDate(2028, 3, 31);
        m.status = MissionStatus::OnHold;
        m.currentStage = Stage::Curriculum;
        m.mouStatus = MouStatus::Signed;
        m.mouDate = QDate(2026, 5, 20);
        m.budgetMinor = 6200000000LL;
        m.currency = QStringLiteral("BAM");
        m.context = MissionContext::PostConflict;
        m.handoverNotes = QStringLiteral("Line one\nLine two 🚓");
        QString error;
        QVERIFY2(missions.save(m, &error), qPrintable(error));
        QCOMPARE(m.meta.id.size(), 36);
        QCOMPARE(m.meta.createdAt, Clock::nowUtc());

        const std::optional<Mission> read = missions.find(m.meta.id);
        QVERIFY(read.has_value());
        QCOMPARE(read->title, m.title);
        QCOMPARE(read->nationalCounterpart, m.nationalCounterpart);
        QCOMPARE(read->startDate, m.startDate);
        QCOMPARE(read->endDate, m.endDate);
        QCOMPARE(read->status, m.status);
        QCOMPARE(read->currentStage, m.currentStage);
        QCOMPARE(read->mouStatus, m.mouStatus);
        QCOMPARE(read->mouDate, m.mouDate);
        QCOMPARE(read->budgetMinor, m.budgetMinor);
        QCOMPARE(read->currency, m.currency);
        QCOMPARE(read->context, m.context);
        QCOMPARE(read->handoverNotes, m.handoverNotes);
        QCOMPARE(read->meta.createdAt, m.meta.createdAt);
        QCOMPARE(missions.count(), 1); // the quotes did not drop anything
    }

    void optionalFieldsStayEmpty()
    {
        MissionRepository missions(*m_db);
        Mission m;
        m.code = QStringLiteral("MIN-1");
        m.title = QStringLiteral("Minimal");
        QVERIFY(missions.save(m));
        const Mission read = *missions.find(m.meta.id);
        QVERIFY(read.startDate.isNull());
        QVERIFY(!read.budgetMinor.has_value());
        QVERIFY(read.predecessorIds.isEmpty());
        QVERIFY(read.sites.isEmpty());
        QCOMPARE(TestSupport::rawScalar(m_db->path(),
                                        QStringLiteral("SELECT typeof(start_date) "
                                                       "FROM missions")),
                 QStringLiteral("null"));
    }

    void updateStampsAndKeepsCreation()
    {
        MissionRepository missions(*m_db);
        Mission m;
        m.code = QStringLiteral("UPD-1");
        m.title = QStringLiteral("Before");
        QVERIFY(missions.save(m));
        const QDateTime created = m.meta.createdAt;
        Clock::setFixedNow(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
        m.title = QStringLiteral("After");
        QVERIFY(missions.save(m));
        const Mission read = *missions.find(m.meta.id);
        QCOMPARE(read.title, QStringLiteral("After"));
        QCOMPARE(read.meta.createdAt, created);
        QCOMPARE(read.meta.updatedAt, QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
    }

    void duplicateCodeIsRefusedWithAMessage()
    {
        MissionRepository missions(*m_db);
        Mission first;
        first.code = QStringLiteral("DUP-1");
        first.title = QStringLiteral("First");
        QVERIFY(missions.save(first));
        Mission second = first;
        second.meta = {};
        second.title = QStringLiteral("Second");
        QString error;
        QVERIFY(!missions.save(second, &error));
        QVERIFY2(error.contains(QStringLiteral("DUP-1 is already used")), qPrintable(error));
        // Once the first is deleted its code is free again; restoring it would then clash.
        QVERIFY(missions.remove(first.meta.id));
        QVERIFY(missions.save(second, &error));
    }

    void softDeleteAndRestore()
    {
        MissionRepository missions(*m_db);
        Mission m;
        m.code = QStringLiteral("DEL-1");
        m.title = QStringLiteral("To delete");
        QVERIFY(missions.save(m));
        QVERIFY(missions.remove(m.meta.id));
        QCOMPARE(missions.count(), 0);
        QVERIFY(!missions.find(m.meta.id).has_value());
        QCOMPARE(
            TestSupport::rawScalar(m_db->path(), QStringLiteral("SELECT deleted FROM missions")),
            QStringLiteral("1")); // the row is kept for merging and undo
        QVERIFY(missions.restore(m.meta.id));
        QCOMPARE(missions.find(m.meta.id)->title, m.title);
        QString error;
        QVERIFY(!missions.remove(QStringLiteral("00000000-0000-0000-0000-000000000000"), &error));
        QVERIFY(!error.isEmpty());
    }

    void stakeholderSnapshotsFollowChanges()
    {
        StakeholderRepository stakeholders(*m_db);
        Stakeholder s;
        s.name = QStringLiteral("Marija Novak");
        s.power = 4;
        s.interest = 2;
        s.attitude = Attitude::Sceptic;
        s.trust = 2;
        QVERIFY(stakeholders.save(s));
        QCOMPARE(stakeholders.snapshots(s.meta.id).size(), 1);

        s.notes = QStringLiteral("Met at the academy");
        QVERIFY(stakeholders.save(s)); // no change of position: no snapshot
        QCOMPARE(stakeholders.snapshots(s.meta.id).size(), 1);

        Clock::setFixedNow(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        s.power = 5;
        QVERIFY(stakeholders.save(s));
        s.attitude = Attitude::Supporter;
        QVERIFY(stakeholders.save(s));
        const QList<StakeholderSnapshot> snapshots = stakeholders.snapshots(s.meta.id);
        QCOMPARE(snapshots.size(), 3);
        QCOMPARE(snapshots.at(0).power, 4);
        QCOMPARE(snapshots.at(1).power, 5);
        QCOMPARE(snapshots.at(2).attitude, Attitude::Supporter);
    }

    void stakeholderRoundTripAndLinks()
    {
        MissionRepository missions(*m_db);
        Mission a, b;
        a.code = QStringLiteral("A-1");
        a.title = QStringLiteral("A");
        b.code = QStringLiteral("B-1");
        b.title = QStringLiteral("B");
        QVERIFY(missions.save(a));
        QVERIFY(missions.save(b));

        StakeholderRepository stakeholders(*m_db);
        Stakeholder s;
        s.kind = StakeholderKind::Person;
        s.name = QStringLiteral("Zoran Đorđević");
        s.nameProtected = true;
        s.organisation = QStringLiteral("Udruga");
        s.type = StakeholderType::AffectedCommunity;
        s.sex = Sex::Male;
        s.email = QStringLiteral("zoran@example.org");
        s.phone = QStringLiteral("+385 1 555 0000");
        s.address = QStringLiteral("Ulica 1, Čakovec");
        QVERIFY(stakeholders.save(s));
        const Stakeholder read = *stakeholders.find(s.meta.id);
        QCOMPARE(read.name, s.name);
        QVERIFY(read.nameProtected);
        QCOMPARE(read.type, s.type);
        QCOMPARE(read.sex, s.sex);
        QCOMPARE(read.email, s.email);
        QCOMPARE(read.address, s.address);

        for (const Mission &m : {a, b}) {
            StakeholderLink link;
            link.missionId = m.meta.id;
            link.stakeholderId = s.meta.id;
            link.role = QStringLiteral("Community voice");
            QVERIFY(stakeholders.link(link));
        }
        QCOMPARE(stakeholders.linksForStakeholder(s.meta.id).size(), 2);
        QCOMPARE(stakeholders.forMission(a.meta.id).size(), 1);

        StakeholderLink again;
        again.missionId = a.meta.id;
        again.stakeholderId = s.meta.id;
        QString error;
        QVERIFY(!stakeholders.link(again, &error));
        QVERIFY(error.contains(QStringLiteral("already linked")));

        const QString linkId = stakeholders.linksForMission(a.meta.id).first().meta.id;
        QVERIFY(stakeholders.unlink(linkId));
        QCOMPARE(stakeholders.forMission(a.meta.id).size(), 0);
        QCOMPARE(stakeholders.forMission(b.meta.id).size(), 1);
    }

    void engagementsAndOverdueFollowUps()
    {
        StakeholderRepository stakeholders(*m_db);
        Stakeholder s;
        s.name = QStringLiteral("Police Academy");
        QVERIFY(stakeholders.save(s));
        EngagementRepository engagements(*m_db);
        const QList<std::tuple<QDate, QDate, bool>> rows {
            {QDate(2026, 9, 1), QDate(2026, 10, 1), false}, // overdue
            {QDate(2026, 9, 5), QDate(2026, 10, 5), true}, // done
            {QDate(2026, 11, 1), QDate(2026, 12, 1), false}, // not yet due
            {QDate(2026, 11, 2), QDate(), false}, // no follow-up
        };
        for (const auto &[date, followUp, done] : rows) {
            Engagement e;
            e.stakeholderId = s.meta.id;
            e.date = date;
            e.followUpDate = followUp;
            e.followUpDone = done;
            e.purpose = QStringLiteral("Planning");
            QVERIFY(engagements.save(e));
        }
        QCOMPARE(engagements.forStakeholder(s.meta.id).size(), 4);
        const auto overdue = engagements.overdueFollowUps(QDate(2026, 11, 21));
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().engagement.followUpDate, QDate(2026, 10, 1));
        QCOMPARE(overdue.first().engagement.purpose, QStringLiteral("Planning"));
        QCOMPARE(overdue.first().stakeholder, s.displayName());
        QCOMPARE(PortfolioSummary::compute(*m_db, QDate(2026, 11, 21)).overdueFollowUps, 1);
        // A deleted stakeholder's follow-ups are no longer due, in the list or the count.
        QVERIFY(StakeholderRepository(*m_db).remove(s.meta.id));
        QVERIFY(engagements.overdueFollowUps(QDate(2026, 11, 21)).isEmpty());
        QCOMPARE(PortfolioSummary::compute(*m_db, QDate(2026, 11, 21)).overdueFollowUps, 0);
        QVERIFY(StakeholderRepository(*m_db).restore(s.meta.id));

        Engagement bad;
        bad.stakeholderId = s.meta.id;
        QString error;
        QVERIFY(!engagements.save(bad, &error));
        QVERIFY(error.contains(QStringLiteral("Date is required")));
    }

    void riskHistoryFollowsReassessment()
    {
        RiskRepository risks(*m_db);
        Risk r;
        r.title = QStringLiteral("Trainer attrition");
        r.category = RiskCategory::Institutional;
        r.likelihood = 4;
        r.impact = 3;
        QVERIFY(risks.save(r));
        r.owner = QStringLiteral("Coordinator");
        QVERIFY(risks.save(r)); // no re-assessment
        Clock::setFixedNow(QDateTime(QDate(2027, 1, 10), QTime(9, 0), Qt::UTC));
        r.likelihood = 2;
        r.residualLikelihood = 2;
        r.residualImpact = 2;
        QVERIFY(risks.save(r));
        const QList<RiskAssessment> history = risks.history(r.meta.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().score(), 12);
        QCOMPARE(history.last().score(), 6);
        QCOMPARE(history.last().residualImpact, 2);
        QCOMPARE(risks.find(r.meta.id)->owner, QStringLiteral("Coordinator"));
        QCOMPARE(risks.all().size(), 1);
    }

private:
    std::unique_ptr<TestSupport::TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
};

IP_TEST_MAIN(TestRepositories)
#include "tst_repositories.moc"
