#include "Edits.h"
#include "EditsFixture.h"
#include "EngagementRepository.h"
#include "GuiTestSupport.h"
#include "MissionEditor.h"
#include "MissionRepository.h"
#include "StageRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;

namespace {
Mission mission(const QString &code)
{
    Mission m;
    m.code = code;
    m.title = QStringLiteral("Training in %1").arg(code);
    return m;
}
} // namespace

// Every edit goes through one undo stack: create, change, delete, undo, redo, and refusals that
// leave both the data and the stack as they were.
class TestEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Predecessors stored in an order other than the form's (by code) are not a change: saving
    // the form untouched writes nothing and pushes no step.
    void predecessorsInAnotherOrderAreNoChange()
    {
        const QString later = m_f->addMission(QStringLiteral("ZZ-1"), QStringLiteral("Later"));
        const QString earlier = m_f->addMission(QStringLiteral("AA-1"), QStringLiteral("Earlier"));
        Mission m = mission(QStringLiteral("MM-1"));
        m.predecessorIds = {later, earlier};
        QVERIFY(m_f->edits().saveMission(m));
        const Mission stored = *MissionRepository(m_f->db()).find(m.meta.id);
        MissionEditor editor(m_f->edits(), stored);
        QCOMPARE(editor.value().predecessorIds, stored.predecessorIds);
        const int steps = m_f->stack().count();
        Mission same = editor.value();
        QVERIFY(m_f->edits().saveMission(same));
        QCOMPARE(m_f->stack().count(), steps);
    }

    void init()
    {
        m_f = std::make_unique<EditsFixture>(QStringLiteral("edits.sqlite"));
        QVERIFY(m_f->isOpen());
    }

    void cleanup() { m_f.reset(); }

    void createUndoRedo()
    {
        Mission m = mission(QStringLiteral("HR-HC-02"));
        QVERIFY(m_f->edits().saveMission(m));
        QVERIFY(!m.meta.id.isEmpty());
        QCOMPARE(m_f->stack().count(), 1);
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Create mission HR-HC-02"));
        MissionRepository missions(m_f->db());
        QCOMPARE(missions.count(), 1);
        m_f->stack().undo();
        QCOMPARE(missions.count(), 0);
        m_f->stack().redo();
        QCOMPARE(missions.count(), 1);
        QCOMPARE(missions.find(m.meta.id)->title, m.title);
    }

    // A form's save of a mission changed meanwhile (an import, another window) is refused and
    // pushes nothing; undo and redo of this window's own steps still work after it.
    void aStaleSaveIsRefusedAndPushesNothing()
    {
        Mission m = mission(QStringLiteral("ST-HC-01"));
        QVERIFY(m_f->edits().saveMission(m));
        Mission elsewhere = *MissionRepository(m_f->db()).find(m.meta.id);
        elsewhere.leadOrganisation = QStringLiteral("Montenegro office");
        QVERIFY(MissionRepository(m_f->db()).save(elsewhere));
        const int steps = m_f->stack().count();
        m.title = QStringLiteral("Stale title");
        QString error;
        QVERIFY(!m_f->edits().saveMission(m, &error));
        QVERIFY2(error.contains(QStringLiteral("changed elsewhere")), qPrintable(error));
        QCOMPARE(m_f->stack().count(), steps);
        QCOMPARE(MissionRepository(m_f->db()).find(m.meta.id)->leadOrganisation,
                 QStringLiteral("Montenegro office"));
        Mission fresh = *MissionRepository(m_f->db()).find(m.meta.id);
        fresh.title = QStringLiteral("Fresh title");
        QVERIFY(m_f->edits().saveMission(fresh));
        m_f->stack().undo();
        QCOMPARE(MissionRepository(m_f->db()).find(m.meta.id)->title,
                 QStringLiteral("Training in ST-HC-01"));
        m_f->stack().redo();
        QCOMPARE(MissionRepository(m_f->db()).find(m.meta.id)->title,
                 QStringLiteral("Fresh title"));
    }

    // A new mission comes with the default exit criteria of its five stages, in the same step.
    void aMissionComesWithItsExitCriteria()
    {
        Mission m = mission(QStringLiteral("GATE-1"));
        QVERIFY(m_f->edits().saveMission(m));
        QCOMPARE(m_f->stack().count(), 1);
        StageRepository gates(m_f->db());
        const qsizetype first = gates.criteria(m.meta.id, Stage::Consultation).size();
        QVERIFY(first > 0);
        QVERIFY(!gates.criteria(m.meta.id, Stage::PostTraining).isEmpty());
        m_f->stack().undo();
        QVERIFY(!MissionRepository(m_f->db()).find(m.meta.id));
        m_f->stack().redo();
        QVERIFY(MissionRepository(m_f->db()).find(m.meta.id));
        QCOMPARE(gates.criteria(m.meta.id, Stage::Consultation).size(), first);
    }

    // A spin box held down saves at each step; the steps of one field of one record are one undo.
    void consecutiveChangesOfOneFieldAreOneStep()
    {
        Mission m = mission(QStringLiteral("SPIN-1"));
        QVERIFY(m_f->edits().saveMission(m));
        for (int target = 1; target <= 5; ++target) {
            m.trainersTarget = target;
            QVERIFY(m_f->edits().saveMission(m));
        }
        QCOMPARE(m_f->stack().count(), 2);
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Change mission trainers target"));
        m_f->stack().undo();
        QCOMPARE(MissionRepository(m_f->db()).find(m.meta.id)->trainersTarget, std::nullopt);
        m_f->stack().redo();
        QCOMPARE(MissionRepository(m_f->db()).find(m.meta.id)->trainersTarget,
                 std::optional<int>(5));
        // Another field is a step of its own.
        m = *MissionRepository(m_f->db()).find(m.meta.id);
        m.officersTarget = 300;
        QVERIFY(m_f->edits().saveMission(m));
        QCOMPARE(m_f->stack().count(), 3);
    }

    // A change refused on its first run is never merged into the step below it (QUndoStack tries
    // the merge before it drops an obsolete command): redo gives back what was done, not it.
    void aRefusedChangeIsNotMerged()
    {
        Mission m = mission(QStringLiteral("MERGE-1"));
        QVERIFY(m_f->edits().saveMission(m));
        m.title = QStringLiteral("Done");
        QVERIFY(m_f->edits().saveMission(m));
        Mission elsewhere = *MissionRepository(m_f->db()).find(m.meta.id);
        elsewhere.leadOrganisation = QStringLiteral("Albania office");
        QVERIFY(MissionRepository(m_f->db()).save(elsewhere));
        m.title = QStringLiteral("Refused");
        QVERIFY(!m_f->edits().saveMission(m));
        QCOMPARE(m_f->stack().count(), 2);
        m_f->stack().undo();
        m_f->stack().redo();
        QCOMPARE(MissionRepository(m_f->db()).find(m.meta.id)->title, QStringLiteral("Done"));
    }

    // The mission editor's Stages tab saves the mission (a target, a stage move): the editor's
    // own Save then keeps that change and is not refused as stale.
    void theEditorFollowsItsOwnStagesTab()
    {
        Mission m = mission(QStringLiteral("TAB-1"));
        QVERIFY(m_f->edits().saveMission(m));
        MissionEditor editor(m_f->edits(), *MissionRepository(m_f->db()).find(m.meta.id));
        Mission fromTab = *MissionRepository(m_f->db()).find(m.meta.id);
        fromTab.trainersTarget = 7;
        QVERIFY(m_f->edits().saveMission(fromTab));
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("missionTitleEdit"));
        QVERIFY(title);
        title->setText(QStringLiteral("Renamed in the editor"));
        Mission saved = editor.value();
        QString error;
        QVERIFY2(m_f->edits().saveMission(saved, &error), qPrintable(error));
        const Mission stored = *MissionRepository(m_f->db()).find(m.meta.id);
        QCOMPARE(stored.title, QStringLiteral("Renamed in the editor"));
        QCOMPARE(stored.trainersTarget, std::optional<int>(7));
    }

    void changeNamesTheField()
    {
        Mission m = mission(QStringLiteral("BA-HC-02"));
        QVERIFY(m_f->edits().saveMission(m));
        m.title = QStringLiteral("Обука у Мостару");
        QVERIFY(m_f->edits().saveMission(m));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Change mission title"));
        m.title = QStringLiteral("Another");
        m.leadOrganisation = QStringLiteral("OSCE Mission to Bosnia and Herzegovina");
        QVERIFY(m_f->edits().saveMission(m));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Edit mission BA-HC-02"));
        m_f->stack().undo();
        m_f->stack().undo();
        QCOMPARE(MissionRepository(m_f->db()).find(m.meta.id)->title,
                 QStringLiteral("Training in BA-HC-02"));
    }

    void unchangedSavePushesNothing()
    {
        Mission m = mission(QStringLiteral("SAME-1"));
        QVERIFY(m_f->edits().saveMission(m));
        QVERIFY(m_f->edits().saveMission(m));
        QCOMPARE(m_f->stack().count(), 1);
    }

    void invalidEditIsRefused()
    {
        Mission m = mission(QStringLiteral("OK-1"));
        QVERIFY(m_f->edits().saveMission(m));
        Mission bad = m;
        bad.startDate = QDate(2026, 5, 1);
        bad.endDate = QDate(2026, 1, 1);
        QString error;
        QVERIFY(!m_f->edits().saveMission(bad, &error));
        QCOMPARE(error, QStringLiteral("End date 2026-01-01 is before start date 2026-05-01."));
        QCOMPARE(m_f->stack().count(), 1);
        QVERIFY(MissionRepository(m_f->db()).find(m.meta.id)->startDate.isNull());
    }

    void failureWhilePushingLeavesNoCommand()
    {
        QSqlQuery query(m_f->db().connection());
        QVERIFY(
            query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON missions "
                                      "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END")));
        Mission m = mission(QStringLiteral("FAIL-1"));
        QString error;
        QVERIFY(!m_f->edits().saveMission(m, &error));
        QVERIFY2(error.contains(QStringLiteral("simulated disk failure")), qPrintable(error));
        QCOMPARE(m_f->stack().count(), 0);
        QCOMPARE(MissionRepository(m_f->db()).count(), 0);
    }

    // A change refused on its first run (or a field package import cancelled) reaches no stack:
    // what could be redone still can.
    void aRefusedChangeKeepsTheRedoHistory()
    {
        Mission first = mission(QStringLiteral("KEEP-1"));
        QVERIFY(m_f->edits().saveMission(first));
        Mission second = mission(QStringLiteral("KEEP-2"));
        QVERIFY(m_f->edits().saveMission(second));
        m_f->stack().undo();
        QVERIFY(m_f->stack().canRedo());
        QSqlQuery query(m_f->db().connection());
        QVERIFY(
            query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON missions "
                                      "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END")));
        Mission third = mission(QStringLiteral("FAIL-3"));
        QVERIFY(!m_f->edits().saveMission(third));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(m_f->stack().canRedo());
        QCOMPARE(m_f->stack().count(), 2);
        m_f->stack().redo();
        QVERIFY(MissionRepository(m_f->db()).find(second.meta.id));
    }

    void deleteIsUndoable()
    {
        Mission m = mission(QStringLiteral("DEL-2"));
        QVERIFY(m_f->edits().saveMission(m));
        QVERIFY(m_f->edits().deleteMission(m.meta.id));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Delete mission DEL-2"));
        QVERIFY(!MissionRepository(m_f->db()).find(m.meta.id));
        m_f->stack().undo();
        QCOMPARE(MissionRepository(m_f->db()).find(m.meta.id)->code, QStringLiteral("DEL-2"));
    }

    void duplicateAndArchive()
    {
        Mission m = mission(QStringLiteral("PL-HC-01"));
        m.mouStatus = MouStatus::Signed;
        m.mouDate = QDate(2025, 10, 6);
        QVERIFY(m_f->edits().saveMission(m));
        const QString copyId = m_f->edits().duplicateMission(m.meta.id);
        QVERIFY(!copyId.isEmpty());
        const Mission copy = *MissionRepository(m_f->db()).find(copyId);
        QCOMPARE(copy.code, QStringLiteral("PL-HC-01-2"));
        QCOMPARE(copy.mouStatus, MouStatus::None);
        QVERIFY(copy.title.endsWith(QStringLiteral("(copy)")));
        QVERIFY(m_f->edits().setMissionArchived(m.meta.id, true));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Change mission archive state"));
        QVERIFY(MissionRepository(m_f->db()).find(m.meta.id)->archived);
        m_f->stack().undo();
        QVERIFY(!MissionRepository(m_f->db()).find(m.meta.id)->archived);
    }

    void stakeholderPowerChangeAddsSnapshot()
    {
        Stakeholder s;
        s.name = QStringLiteral("Marko Kovačević");
        s.power = 3;
        QVERIFY(m_f->edits().saveStakeholder(s));
        s.power = 5;
        QVERIFY(m_f->edits().saveStakeholder(s));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Change stakeholder power"));
        StakeholderRepository stakeholders(m_f->db());
        QCOMPARE(stakeholders.snapshots(s.meta.id).size(), 2);
        QCOMPARE(stakeholders.snapshots(s.meta.id).last().power, 5);
    }

    void protectedNameStaysOutOfUndoText()
    {
        Stakeholder s;
        s.name = QStringLiteral("Dragana Petrović");
        s.nameProtected = true;
        s.type = StakeholderType::AffectedCommunity;
        QVERIFY(m_f->edits().saveStakeholder(s));
        QVERIFY(!m_f->stack().undoText().contains(QStringLiteral("Dragana")));
        QVERIFY(m_f->edits().deleteStakeholder(s.meta.id));
        QVERIFY(!m_f->stack().undoText().contains(QStringLiteral("Dragana")));
    }

    void linksAndEngagements()
    {
        Mission m = mission(QStringLiteral("LINK-1"));
        QVERIFY(m_f->edits().saveMission(m));
        Stakeholder s;
        s.name = QStringLiteral("Police Academy");
        QVERIFY(m_f->edits().saveStakeholder(s));
        StakeholderLink link;
        link.missionId = m.meta.id;
        link.stakeholderId = s.meta.id;
        link.role = QStringLiteral("Host");
        QVERIFY(m_f->edits().saveLink(link));
        StakeholderLink twice = link;
        twice.meta = {};
        QString error;
        QVERIFY(!m_f->edits().saveLink(twice, &error));
        QVERIFY(error.contains(QStringLiteral("already linked")));
        QVERIFY(m_f->edits().deleteLink(link.meta.id));
        QCOMPARE(StakeholderRepository(m_f->db()).forMission(m.meta.id).size(), 0);
        m_f->stack().undo();
        QCOMPARE(StakeholderRepository(m_f->db()).forMission(m.meta.id).size(), 1);

        Engagement e;
        e.stakeholderId = s.meta.id;
        e.missionId = m.meta.id;
        e.date = QDate(2026, 11, 2);
        e.purpose = QStringLiteral("Course dates");
        QVERIFY(m_f->edits().saveEngagement(e));
        QCOMPARE(EngagementRepository(m_f->db()).forMission(m.meta.id).size(), 1);
        m_f->stack().undo();
        QCOMPARE(EngagementRepository(m_f->db()).forMission(m.meta.id).size(), 0);
    }

    void failedUndoIsReported()
    {
        Mission m = mission(QStringLiteral("CLASH-1"));
        QVERIFY(m_f->edits().saveMission(m));
        QVERIFY(m_f->edits().deleteMission(m.meta.id));
        // Meanwhile another writer (an import, a merge) takes the code.
        Mission other = mission(QStringLiteral("CLASH-1"));
        QVERIFY(MissionRepository(m_f->db()).save(other));
        QSignalSpy failed(&m_f->edits(), &Edits::failed);
        m_f->stack().undo(); // restoring the deleted mission would duplicate the code
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(MissionRepository(m_f->db()).count(), 1);
        QCOMPARE(MissionRepository(m_f->db()).all().first().meta.id, other.meta.id);
    }

private:
    std::unique_ptr<EditsFixture> m_f;
};

IP_GUI_TEST_MAIN(TestEdits)
#include "tst_edits.moc"
