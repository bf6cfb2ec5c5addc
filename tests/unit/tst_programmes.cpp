#include "Edits.h"
#include "EditsFixture.h"
#include "MissionRepository.h"
#include "PortfolioSummary.h"
#include "ProgrammeDashboard.h"
#include "ProgrammeRepository.h"
#include "RiskRepository.h"
#include "RiskTableModel.h"
#include "StageRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"

#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;

// Programmes, sites, outcomes, risk states and history entered after the fact: each record as
// entered, the dates kept as typed, and one undo step per change.
class TestProgrammes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_f = std::make_unique<EditsFixture>(QStringLiteral("programmes.sqlite")); }
    void cleanup()
    {
        m_f.reset();
        TestSupport::pinClock();
    }

    void aProgrammeHasItsTeamEventsAndSuccessor()
    {
        Stakeholder trainer;
        trainer.kind = StakeholderKind::Person;
        trainer.name = QStringLiteral("Anna Lindqvist");
        QVERIFY(StakeholderRepository(m_f->db()).save(trainer));
        Programme pilot;
        pilot.code = QStringLiteral("LEOP-2005");
        pilot.title = QStringLiteral("Pilot phase");
        pilot.status = MissionStatus::Closed;
        pilot.outcome = MissionOutcome::Abandoned;
        pilot.outcomeOn = QDate(2009, 6, 30);
        QString error;
        QVERIFY2(m_f->edits().saveProgramme(pilot, &error), qPrintable(error));
        Programme next;
        next.code = QStringLiteral("LEOP-2");
        next.title = QStringLiteral("Second phase");
        next.predecessorId = pilot.meta.id;
        next.teamIds = {trainer.meta.id};
        QVERIFY2(m_f->edits().saveProgramme(next, &error), qPrintable(error));
        ProgrammeRepository programmes(m_f->db());
        QCOMPARE(programmes.successorOf(pilot.meta.id)->code, QStringLiteral("LEOP-2"));
        QCOMPARE(programmes.find(next.meta.id)->teamIds, QStringList {trainer.meta.id});
        QCOMPARE(programmes.find(pilot.meta.id)->outcomeOn, QDate(2009, 6, 30));

        // A programme has one successor, and no loop of replacements.
        Programme third;
        third.code = QStringLiteral("LEOP-3");
        third.title = QStringLiteral("Rival");
        third.predecessorId = pilot.meta.id;
        QVERIFY(!m_f->edits().saveProgramme(third, &error));
        QVERIFY2(error.contains(QStringLiteral("one successor")), qPrintable(error));
        pilot = *programmes.find(pilot.meta.id);
        pilot.predecessorId = next.meta.id;
        QVERIFY(!m_f->edits().saveProgramme(pilot, &error));
        QVERIFY2(error.contains(QStringLiteral("replaced by this programme")), qPrintable(error));
        Programme twin;
        twin.code = QStringLiteral("LEOP-2");
        twin.title = QStringLiteral("Same code");
        QVERIFY(!m_f->edits().saveProgramme(twin, &error));
        QVERIFY2(error.contains(QStringLiteral("already used")), qPrintable(error));
        // An outcome date without an outcome says what to fix.
        Programme undecided;
        undecided.code = QStringLiteral("X-1");
        undecided.title = QStringLiteral("Undecided");
        undecided.outcomeOn = QDate(2020, 1, 1);
        QVERIFY(!m_f->edits().saveProgramme(undecided, &error));

        // Its events, in four cities, led by its core trainer.
        for (const auto &[city, day] : {std::pair {"Vienna", 10}, std::pair {"Zagreb", 11},
                                        std::pair {"Warsaw", 12}, std::pair {"Sarajevo", 13}}) {
            ProgrammeEvent e;
            e.programmeId = next.meta.id;
            e.title = QStringLiteral("International seminar");
            e.city = QString::fromLatin1(city);
            e.startDate = QDate(2025, 6, day);
            e.leadStakeholderId = trainer.meta.id;
            e.female = 12;
            e.male = 15;
            QVERIFY2(m_f->edits().saveProgrammeEvent(e, &error), qPrintable(error));
        }
        const QList<ProgrammeEvent> events = programmes.events(next.meta.id);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(3).place(), QStringLiteral("Sarajevo"));
        QCOMPARE(events.at(0).participants(), 27);
        ProgrammeEvent undated;
        undated.programmeId = next.meta.id;
        undated.title = QStringLiteral("No date");
        QVERIFY(!m_f->edits().saveProgrammeEvent(undated, &error));
        QVERIFY2(error.contains(QStringLiteral("Start date")), qPrintable(error));

        // Undo takes back the last event, then the programme's deletion comes back too.
        QVERIFY(m_f->edits().deleteProgramme(next.meta.id));
        QVERIFY(!programmes.find(next.meta.id));
        m_f->stack().undo();
        QVERIFY(programmes.find(next.meta.id));
    }

    void aMissionKeepsItsSitesProgrammeAndPredecessors()
    {
        Programme p;
        p.code = QStringLiteral("LEOP");
        p.title = QStringLiteral("Programme");
        QVERIFY(m_f->edits().saveProgramme(p));
        const QString hungary =
            m_f->addMission(QStringLiteral("HU-05"), QStringLiteral("Budapest"));
        const QString spain = m_f->addMission(QStringLiteral("ES-05"), QStringLiteral("Madrid"));
        Mission m;
        m.code = QStringLiteral("PILOT-2");
        m.title = QStringLiteral("Pilot at two sites");
        m.programmeId = p.meta.id;
        m.predecessorIds = {hungary, spain};
        MissionSite budapest = siteIn(QStringLiteral("Hungary"));
        budapest.city = QStringLiteral("Budapest");
        MissionSite madrid = siteIn(QStringLiteral("Spain"));
        madrid.city = QStringLiteral("Madrid");
        madrid.institution = QStringLiteral("Dirección General de la Policía");
        m.sites = {budapest, madrid};
        m.status = MissionStatus::Closed;
        m.outcome = MissionOutcome::Completed;
        m.outcomeOn = QDate(2005, 12, 16);
        m.outcomeNote = QStringLiteral("Lessons fed into the curriculum template.");
        QString error;
        QVERIFY2(m_f->edits().saveMission(m, &error), qPrintable(error));
        MissionRepository missions(m_f->db());
        Mission read = *missions.find(m.meta.id);
        QCOMPARE(read.countries(),
                 QStringList({QStringLiteral("Hungary"), QStringLiteral("Spain")}));
        QCOMPARE(read.sites.at(1).label(),
                 QStringLiteral("Madrid, Spain (Dirección General de la Policía)"));
        QCOMPARE(read.predecessorIds.size(), 2);
        QCOMPARE(read.programmeId, p.meta.id);
        QCOMPARE(read.outcomeOn, QDate(2005, 12, 16));
        QCOMPARE(missions.ofProgramme(p.meta.id).size(), 1);
        QVERIFY(missions.countries().contains(QStringLiteral("Spain")));

        // A site an import added while the form was open is not lost by the form's save.
        MissionSite arrived = siteIn(QStringLiteral("Austria"));
        arrived.missionId = m.meta.id;
        arrived.position = 2;
        QVERIFY(Repository<MissionSite>(m_f->db()).save(arrived));
        read.title = QStringLiteral("Pilot at two sites, renamed");
        QVERIFY2(m_f->edits().saveMission(read, &error), qPrintable(error));
        read = *missions.find(m.meta.id);
        QCOMPARE(read.countries(),
                 QStringList({QStringLiteral("Hungary"), QStringLiteral("Spain"),
                              QStringLiteral("Austria")}));
        // Undo of that save puts the title back and leaves the site it did not add.
        m_f->stack().undo();
        read = *missions.find(m.meta.id);
        QCOMPARE(read.title, QStringLiteral("Pilot at two sites"));
        QCOMPARE(read.sites.size(), 3);
        QVERIFY(Repository<MissionSite>(m_f->db()).remove(arrived.meta.id));
        read = *missions.find(m.meta.id);
        // A change of sites alone is a step of its own; undo brings the old sites back.
        read.sites.first().meta.deleted = true; // removed in the form
        QVERIFY2(m_f->edits().saveMission(read, &error), qPrintable(error));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Edit mission PILOT-2"));
        QCOMPARE(missions.find(m.meta.id)->countries(), QStringList {QStringLiteral("Spain")});
        m_f->stack().undo();
        QCOMPARE(missions.find(m.meta.id)->countries(),
                 QStringList({QStringLiteral("Hungary"), QStringLiteral("Spain")}));
        m_f->stack().redo();
        QCOMPARE(missions.find(m.meta.id)->sites.size(), 1);
        // Undoing the creation leaves nothing listed, and a site needs its country.
        Mission bad = *missions.find(m.meta.id);
        bad.sites.append(MissionSite());
        QVERIFY(!m_f->edits().saveMission(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("Site 2")), qPrintable(error));
        bad = *missions.find(m.meta.id);
        bad.outcome = MissionOutcome::Open;
        QVERIFY(!m_f->edits().saveMission(bad, &error)); // a date with no outcome
    }

    // The list of missions reads the sites in the file's order and puts them in the mission's:
    // sites put in another order show in it, in the list as in the mission.
    void theListShowsTheSitesInTheirOrder()
    {
        Mission m;
        m.code = QStringLiteral("TWO-SITES");
        m.title = QStringLiteral("Two sites, reordered");
        m.sites = {siteIn(QStringLiteral("Hungary")), siteIn(QStringLiteral("Spain"))};
        QString error;
        QVERIFY2(m_f->edits().saveMission(m, &error), qPrintable(error));
        MissionRepository missions(m_f->db());
        Mission read = *missions.find(m.meta.id);
        std::swap(read.sites[0], read.sites[1]);
        QVERIFY2(m_f->edits().saveMission(read, &error), qPrintable(error));
        const QStringList order {QStringLiteral("Spain"), QStringLiteral("Hungary")};
        QCOMPARE(missions.find(m.meta.id)->countries(), order);
        const QList<Mission> listed = missions.listed();
        const auto it = std::find_if(listed.begin(), listed.end(),
                                     [&](const Mission &l) { return l.meta.id == m.meta.id; });
        QVERIFY(it != listed.end());
        QCOMPARE(it->countries(), order);
    }

    void aRiskCameTrueWithItsHistoryDatedWhenItHappened()
    {
        Programme p;
        p.code = QStringLiteral("LEOP-2005");
        p.title = QStringLiteral("Pilot phase");
        QVERIFY(m_f->edits().saveProgramme(p));
        Risk r;
        r.programmeId = p.meta.id;
        r.title = QStringLiteral("Change of leadership ends the programme");
        r.likelihood = 2;
        r.impact = 5;
        r.assessedOn = QDate(2005, 1, 10);
        QString error;
        QVERIFY2(m_f->edits().saveRisk(r, &error), qPrintable(error));
        r.likelihood = 4;
        r.assessedOn = QDate(2008, 10, 1);
        QVERIFY2(m_f->edits().saveRisk(r, &error), qPrintable(error));
        // History goes in from the oldest on: a re-assessment behind the latest is refused.
        Risk behind = *RiskRepository(m_f->db()).find(r.meta.id);
        behind.likelihood = 3;
        behind.assessedOn = QDate(2006, 5, 1);
        QVERIFY(!m_f->edits().saveRisk(behind, &error));
        QVERIFY2(error.contains(QStringLiteral("2008-10-01")), qPrintable(error));
        // It came true: the date is required, then it is an issue, not an open risk.
        r.state = RiskState::Occurred;
        QVERIFY(!m_f->edits().saveRisk(r, &error));
        QVERIFY2(error.contains(QStringLiteral("date it did")), qPrintable(error));
        r.occurredOn = QDate(2009, 6, 30);
        r.consequence = QStringLiteral("The programme was abandoned.");
        QVERIFY2(m_f->edits().saveRisk(r, &error), qPrintable(error));
        RiskRepository risks(m_f->db());
        const Risk read = *risks.find(r.meta.id);
        QCOMPARE(read.state, RiskState::Occurred);
        QCOMPARE(read.occurredOn, QDate(2009, 6, 30));
        QVERIFY(!read.isOpen());
        const QList<RiskAssessment> history = risks.history(r.meta.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).assessedAt.date(), QDate(2005, 1, 10));
        QCOMPARE(history.at(1).assessedAt.date(), QDate(2008, 10, 1));
        QVERIFY(risks.overdueWork(QDate(2030, 1, 1)).isEmpty());
        // A risk belongs to a mission or to a programme; an open one has not come true; an
        // assessment is not dated in the future.
        Risk both = read;
        both.missionId = m_f->addMission(QStringLiteral("M-1"), QStringLiteral("Mission"));
        QVERIFY(!m_f->edits().saveRisk(both, &error));
        Risk reopened = read;
        reopened.state = RiskState::Open;
        QVERIFY(!m_f->edits().saveRisk(reopened, &error));
        Risk ahead = read;
        ahead.likelihood = 5;
        ahead.assessedOn = Clock::today().addDays(1);
        QVERIFY(!m_f->edits().saveRisk(ahead, &error));
        QVERIFY2(error.contains(QStringLiteral("after today")), qPrintable(error));
    }

    void stagesAreDatedAsEntered()
    {
        Mission m;
        m.code = QStringLiteral("BA-HC-01");
        m.title = QStringLiteral("Created at a later stage");
        m.startDate = QDate(2026, 2, 1);
        m.currentStage = Stage::Curriculum;
        QVERIFY(m_f->edits().saveMission(m));
        StageRepository stages(m_f->db());
        QVERIFY(stages.transitions(m.meta.id).isEmpty());
        // When each earlier stage began, entered after the fact: one step.
        QString error;
        QVERIFY2(m_f->edits().setStageDates(
                     m.meta.id, {QDate(), QDate(2026, 4, 1), QDate(2026, 9, 15)}, &error),
                 qPrintable(error));
        QList<StageTransition> moves = stages.transitions(m.meta.id);
        QCOMPARE(moves.size(), 2);
        QCOMPARE(StageRepository::moveInto(moves, Stage::Orientation)->happenedAt.date(),
                 QDate(2026, 4, 1));
        QCOMPARE(StageRepository::moveInto(moves, Stage::Curriculum)->happenedAt.date(),
                 QDate(2026, 9, 15));
        // A stage left blank keeps its day, and the days entered must still follow it.
        QVERIFY(!m_f->edits().setStageDates(m.meta.id, {QDate(), QDate(2026, 10, 1)}, &error));
        QVERIFY2(error.contains(QStringLiteral("2026-10-01")), qPrintable(error));
        // A second entry corrects a date in place.
        QVERIFY(m_f->edits().setStageDates(m.meta.id, {QDate(), QDate(2026, 3, 20)}));
        moves = stages.transitions(m.meta.id);
        QCOMPARE(moves.size(), 2);
        QCOMPARE(StageRepository::moveInto(moves, Stage::Orientation)->happenedAt.date(),
                 QDate(2026, 3, 20));
        m_f->stack().undo();
        QCOMPARE(StageRepository::moveInto(stages.transitions(m.meta.id), Stage::Orientation)
                     ->happenedAt.date(),
                 QDate(2026, 4, 1));
        m_f->stack().undo();
        QVERIFY(stages.transitions(m.meta.id).isEmpty());
        // Out of order, before the start, or after today: refused with the reason.
        QVERIFY(!m_f->edits().setStageDates(
            m.meta.id, {QDate(), QDate(2026, 9, 1), QDate(2026, 5, 1)}, &error));
        QVERIFY2(error.contains(QStringLiteral("before")), qPrintable(error));
        QVERIFY(!m_f->edits().setStageDates(m.meta.id, {QDate(), QDate(2025, 1, 1)}, &error));
        QVERIFY(
            !m_f->edits().setStageDates(m.meta.id, {QDate(), Clock::today().addDays(3)}, &error));
        QVERIFY(stages.transitions(m.meta.id).isEmpty());

        // A move made today but dated the day it happened.
        QVERIFY2(m_f->edits().moveToStage(m.meta.id, Stage::TrainTheTrainer,
                                          QStringLiteral("Gates met on paper"), &error,
                                          QDate(2026, 11, 2)),
                 qPrintable(error));
        QCOMPARE(StageRepository::moveInto(stages.transitions(m.meta.id), Stage::TrainTheTrainer)
                     ->happenedAt,
                 QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC));
        QVERIFY(!m_f->edits().moveToStage(m.meta.id, Stage::PostTraining, QStringLiteral("x"),
                                          &error, Clock::today().addDays(1)));
        QVERIFY(!m_f->edits().moveToStage(m.meta.id, Stage::PostTraining, QStringLiteral("x"),
                                          &error, QDate(2026, 10, 1)));
        QVERIFY2(error.contains(QStringLiteral("2026-11-02")), qPrintable(error));
    }

    // A mission planned to start next month moves on today, the day the window proposes (the
    // move dialog once sent today's date and had it refused as before the start), and its stage
    // dates can be saved unchanged afterwards.
    void aMissionMovesOnTodayBeforeItsPlannedStart()
    {
        Mission m;
        m.code = QStringLiteral("PL-HC-02");
        m.title = QStringLiteral("Starts next month");
        m.startDate = Clock::today().addMonths(1);
        QVERIFY(m_f->edits().saveMission(m));
        QString error;
        QVERIFY2(m_f->edits().moveToStage(m.meta.id, Stage::Orientation, QStringLiteral("Early"),
                                          &error, Clock::today()),
                 qPrintable(error));
        const QDate recorded = StageRepository::dayOf(
            StageRepository(m_f->db()).transitions(m.meta.id).constFirst().happenedAt);
        QCOMPARE(recorded, Clock::today());
        QVERIFY2(m_f->edits().setStageDates(m.meta.id, {QDate(), QDate()}, &error),
                 qPrintable(error));
        // A day entered before the start is still refused.
        QVERIFY(
            !m_f->edits().setStageDates(m.meta.id, {QDate(), Clock::today().addDays(-1)}, &error));
    }

    // The portfolio's figures, whole or narrowed to a programme (or to the missions outside any),
    // and a programme's dashboard: its spread over status, stage and outcome, its risks apart.
    void theDashboardsShowAProgrammesSpread()
    {
        Stakeholder trainer;
        trainer.kind = StakeholderKind::Person;
        trainer.name = QStringLiteral("Tomás Ferreira");
        QVERIFY(StakeholderRepository(m_f->db()).save(trainer));
        Programme pilot;
        pilot.code = QStringLiteral("P-1");
        pilot.title = QStringLiteral("Pilot");
        QVERIFY(m_f->edits().saveProgramme(pilot));
        Programme p;
        p.code = QStringLiteral("P-2");
        p.title = QStringLiteral("Second phase");
        p.startDate = QDate(2010, 1, 1);
        p.predecessorId = pilot.meta.id;
        p.teamIds = {trainer.meta.id};
        QVERIFY(m_f->edits().saveProgramme(p));
        const auto mission = [this](const char *code, MissionStatus status, MissionOutcome outcome,
                                    const QString &programmeId, Stage stage = Stage::Consultation) {
            Mission m;
            m.code = QString::fromLatin1(code);
            m.title = m.code;
            m.status = status;
            m.outcome = outcome;
            m.currentStage = stage;
            m.programmeId = programmeId;
            m.startDate = QDate(2011, 3, 1);
            m.endDate = QDate(2014, 6, 30);
            if (outcome != MissionOutcome::Open)
                m.outcomeOn = QDate(2014, 6, 30);
            m.sites = {siteIn(QStringLiteral("Croatia"))};
            return m_f->addMission(m);
        };
        const QString closed = mission("HU-1", MissionStatus::Closed, MissionOutcome::Abandoned,
                                       p.meta.id, Stage::TrainTheTrainer);
        mission("HR-1", MissionStatus::Active, MissionOutcome::Embedded, p.meta.id,
                Stage::PostTraining);
        mission("PL-1", MissionStatus::Planned, MissionOutcome::Open, p.meta.id);
        const QString alone =
            mission("XX-1", MissionStatus::Active, MissionOutcome::Open, {}, Stage::Orientation);
        Risk came;
        came.programmeId = p.meta.id;
        came.title = QStringLiteral("Leadership changes");
        came.likelihood = came.impact = 4;
        came.state = RiskState::Occurred;
        came.occurredOn = QDate(2014, 6, 1);
        QVERIFY(m_f->edits().saveRisk(came));
        Risk open;
        open.missionId = closed;
        open.title = QStringLiteral("Trainers leave");
        open.likelihood = open.impact = 5;
        QVERIFY(m_f->edits().saveRisk(open));
        Risk elsewhere;
        elsewhere.missionId = alone;
        elsewhere.title = QStringLiteral("Elsewhere");
        elsewhere.likelihood = elsewhere.impact = 1;
        QVERIFY(m_f->edits().saveRisk(elsewhere));

        const QDate today = Clock::today();
        const PortfolioSummary all = PortfolioSummary::compute(m_f->db(), today);
        QCOMPARE(all.missions, 4);
        QCOMPARE(all.missionsByStatus, (QList<int> {1, 2, 0, 1}));
        QCOMPARE(all.missionsByOutcome, (QList<int> {2, 1, 0, 0, 1, 0}));
        // The stages count the missions not closed only.
        QCOMPARE(all.missionsByStage, (QList<int> {1, 1, 0, 0, 1}));
        QCOMPARE(all.openRisks, 2);
        QCOMPARE(all.issues, 1);
        const PortfolioSummary scoped = PortfolioSummary::compute(m_f->db(), today, p.meta.id);
        QCOMPARE(scoped.missions, 3);
        QCOMPARE(scoped.missionsByStatus, (QList<int> {1, 1, 0, 1}));
        QCOMPARE(scoped.missionsByOutcome, (QList<int> {1, 1, 0, 0, 1, 0}));
        QCOMPARE(scoped.openRisks, 1);
        QCOMPARE(scoped.highRisks, 1);
        QCOMPARE(scoped.issues, 1);
        QCOMPARE(scoped.stakeholders, 1); // the core team
        const PortfolioSummary outside =
            PortfolioSummary::compute(m_f->db(), today, PortfolioSummary::NoProgramme);
        QCOMPARE(outside.missions, 1);
        QCOMPARE(outside.missionsByStage, (QList<int> {0, 1, 0, 0, 0}));
        QCOMPARE(outside.openRisks, 1);
        QCOMPARE(outside.issues, 0);
        QCOMPARE(PortfolioSummary::compute(m_f->db(), today, pilot.meta.id).missions, 0);

        const ProgrammeDashboard d = ProgrammeDashboard::compute(m_f->db(), p.meta.id, today);
        QCOMPARE(d.programme.code, QStringLiteral("P-2"));
        QCOMPARE(d.predecessor->code, QStringLiteral("P-1"));
        QVERIFY(!d.successor);
        QCOMPARE(d.missions.size(), 3);
        QCOMPARE(d.openRisks.size(), 1);
        QCOMPARE(d.openRisks.at(0).title, QStringLiteral("Trainers leave"));
        QCOMPARE(d.issues.size(), 1);
        QCOMPARE(d.issues.at(0).occurredOn, QDate(2014, 6, 1));
        QCOMPARE(d.teamNames, QStringList {QStringLiteral("Tomás Ferreira")});
        QCOMPARE(d.first(), QDate(2010, 1, 1));
        QCOMPARE(d.last(), QDate(2014, 6, 30));
        QCOMPARE(ProgrammeDashboard::compute(m_f->db(), pilot.meta.id, today).successor->code,
                 QStringLiteral("P-2"));
        QVERIFY(ProgrammeDashboard::compute(m_f->db(), QStringLiteral("nothing"), today)
                    .programme.meta.id.isEmpty());
    }

    // A deleted mission's open risk left every count, as it leaves the programme's risk list and
    // the Risks page; the summary's "Risks: N open" once counted it in the programme's scope.
    void aDeletedMissionsRisksCountNowhere()
    {
        Programme p;
        p.code = QStringLiteral("P-1");
        p.title = QStringLiteral("Pilot");
        QVERIFY(m_f->edits().saveProgramme(p));
        QStringList missions;
        for (const QString &programmeId : {p.meta.id, QString()}) {
            Mission m;
            m.code = programmeId.isEmpty() ? QStringLiteral("XX-1") : QStringLiteral("HR-1");
            m.title = m.code;
            m.programmeId = programmeId;
            m.startDate = QDate(2011, 3, 1);
            m.sites = {siteIn(QStringLiteral("Croatia"))};
            missions.append(m_f->addMission(m));
            Risk risk;
            risk.missionId = missions.constLast();
            risk.title = QStringLiteral("Trainers leave");
            risk.likelihood = risk.impact = 5;
            QVERIFY(m_f->edits().saveRisk(risk));
            Risk cameTrue;
            cameTrue.missionId = missions.constLast();
            cameTrue.title = QStringLiteral("Records lost");
            cameTrue.state = RiskState::Occurred;
            cameTrue.occurredOn = QDate(2011, 6, 1);
            QVERIFY(m_f->edits().saveRisk(cameTrue));
        }
        const QDate today = Clock::today();
        const auto open = [&](const QString &scope) {
            return PortfolioSummary::compute(m_f->db(), today, scope).openRisks;
        };
        // The whole portfolio's figures subtract the deleted missions' risks (PortfolioSummary):
        // the open ones by band, and those that came true.
        const auto portfolio = [&] {
            const PortfolioSummary s = PortfolioSummary::compute(m_f->db(), today);
            return QList<int> {s.openRisks, s.highRisks, s.issues};
        };
        QCOMPARE(portfolio(), (QList<int> {2, 2, 2}));
        QCOMPARE(open({}), 2);
        QCOMPARE(open(p.meta.id), 1);
        QCOMPARE(open(PortfolioSummary::NoProgramme), 1);
        RiskTableModel model(m_f->db());
        QCOMPARE(model.rowCount(), 4); // the risks that came true are listed too
        for (const QString &id : std::as_const(missions))
            QVERIFY(m_f->edits().deleteMission(id));
        QCOMPARE(open({}), 0);
        QCOMPARE(portfolio(), (QList<int> {0, 0, 0}));
        QCOMPARE(open(p.meta.id), 0);
        QCOMPARE(open(PortfolioSummary::NoProgramme), 0);
        QCOMPARE(ProgrammeDashboard::compute(m_f->db(), p.meta.id, today).openRisks.size(), 0);
        QCOMPARE(model.rowCount(), 0);
        m_f->stack().undo(); // the second deletion: its risk is back
        QCOMPARE(open({}), 1);
        QCOMPARE(portfolio(), (QList<int> {1, 1, 1}));
        QCOMPARE(open(PortfolioSummary::NoProgramme), 1);
        QCOMPARE(model.rowCount(), 2);
    }

private:
    std::unique_ptr<EditsFixture> m_f;
};

IP_TEST_MAIN(TestProgrammes)
#include "tst_programmes.moc"
