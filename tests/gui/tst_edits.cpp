#include "Edits.h"
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
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("edits.sqlite")));
        QVERIFY(m_db->isOpen());
        m_stack = std::make_unique<QUndoStack>();
        m_edits = std::make_unique<Edits>(*m_db, m_stack.get());
    }

    void cleanup()
    {
        m_edits.reset();
        m_stack.reset();
        m_db.reset();
        m_dir.reset();
    }

    void createUndoRedo()
    {
        Mission m = mission(QStringLiteral("HR-HC-02"));
        QVERIFY(m_edits->saveMission(m));
        QVERIFY(!m.meta.id.isEmpty());
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Create mission HR-HC-02"));
        MissionRepository missions(*m_db);
        QCOMPARE(missions.count(), 1);
        m_stack->undo();
        QCOMPARE(missions.count(), 0);
        m_stack->redo();
        QCOMPARE(missions.count(), 1);
        QCOMPARE(missions.find(m.meta.id)->title, m.title);
    }

    // A form's save of a mission changed meanwhile (an import, another window) is refused and
    // pushes nothing; undo and redo of this window's own steps still work after it.
    void aStaleSaveIsRefusedAndPushesNothing()
    {
        Mission m = mission(QStringLiteral("ST-HC-01"));
        QVERIFY(m_edits->saveMission(m));
        Mission elsewhere = *MissionRepository(*m_db).find(m.meta.id);
        elsewhere.hostCountry = QStringLiteral("Montenegro");
        QVERIFY(MissionRepository(*m_db).save(elsewhere));
        const int steps = m_stack->count();
        m.title = QStringLiteral("Stale title");
        QString error;
        QVERIFY(!m_edits->saveMission(m, &error));
        QVERIFY2(error.contains(QStringLiteral("changed elsewhere")), qPrintable(error));
        QCOMPARE(m_stack->count(), steps);
        QCOMPARE(MissionRepository(*m_db).find(m.meta.id)->hostCountry,
                 QStringLiteral("Montenegro"));
        Mission fresh = *MissionRepository(*m_db).find(m.meta.id);
        fresh.title = QStringLiteral("Fresh title");
        QVERIFY(m_edits->saveMission(fresh));
        m_stack->undo();
        QCOMPARE(MissionRepository(*m_db).find(m.meta.id)->title,
                 QStringLiteral("Training in ST-HC-01"));
        m_stack->redo();
        QCOMPARE(MissionRepository(*m_db).find(m.meta.id)->title, QStringLiteral("Fresh title"));
    }

    // A new mission comes with the default exit criteria of its five stages, in the same step.
    void aMissionComesWithItsExitCriteria()
    {
        Mission m = mission(QStringLiteral("GATE-1"));
        QVERIFY(m_edits->saveMission(m));
        QCOMPARE(m_stack->count(), 1);
        StageRepository gates(*m_db);
        const qsizetype first = gates.criteria(m.meta.id, Stage::Consultation).size();
        QVERIFY(first > 0);
        QVERIFY(!gates.criteria(m.meta.id, Stage::PostTraining).isEmpty());
        m_stack->undo();
        QVERIFY(!MissionRepository(*m_db).find(m.meta.id));
        m_stack->redo();
        QVERIFY(MissionRepository(*m_db).find(m.meta.id));
        QCOMPARE(gates.criteria(m.meta.id, Stage::Consultation).size(), first);
    }

    // A spin box held down saves at each step; the steps of one field of one record are one undo.
    void consecutiveChangesOfOneFieldAreOneStep()
    {
        Mission m = mission(QStringLiteral("SPIN-1"));
        QVERIFY(m_edits->saveMission(m));
        for (int target = 1; target <= 5; ++target) {
            m.trainersTarget = target;
            QVERIFY(m_edits->saveMission(m));
        }
        QCOMPARE(m_stack->count(), 2);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Change mission trainers target"));
        m_stack->undo();
        QCOMPARE(MissionRepository(*m_db).find(m.meta.id)->trainersTarget, std::nullopt);
        m_stack->redo();
        QCOMPARE(MissionRepository(*m_db).find(m.meta.id)->trainersTarget, std::optional<int>(5));
        // Another field is a step of its own.
        m = *MissionRepository(*m_db).find(m.meta.id);
        m.officersTarget = 300;
        QVERIFY(m_edits->saveMission(m));
        QCOMPARE(m_stack->count(), 3);
    }

    // A change refused on its first run is never merged into the step below it (QUndoStack tries
    // the merge before it drops an obsolete command): redo gives back what was done, not it.
    void aRefusedChangeIsNotMerged()
    {
        Mission m = mission(QStringLiteral("MERGE-1"));
        QVERIFY(m_edits->saveMission(m));
        m.title = QStringLiteral("Done");
        QVERIFY(m_edits->saveMission(m));
        Mission elsewhere = *MissionRepository(*m_db).find(m.meta.id);
        elsewhere.hostCountry = QStringLiteral("Albania");
        QVERIFY(MissionRepository(*m_db).save(elsewhere));
        m.title = QStringLiteral("Refused");
        QVERIFY(!m_edits->saveMission(m));
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        m_stack->redo();
        QCOMPARE(MissionRepository(*m_db).find(m.meta.id)->title, QStringLiteral("Done"));
    }

    // The mission editor's Stages tab saves the mission (a target, a stage move): the editor's
    // own Save then keeps that change and is not refused as stale.
    void theEditorFollowsItsOwnStagesTab()
    {
        Mission m = mission(QStringLiteral("TAB-1"));
        QVERIFY(m_edits->saveMission(m));
        MissionEditor editor(*m_edits, *MissionRepository(*m_db).find(m.meta.id));
        Mission fromTab = *MissionRepository(*m_db).find(m.meta.id);
        fromTab.trainersTarget = 7;
        QVERIFY(m_edits->saveMission(fromTab));
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("missionTitleEdit"));
        QVERIFY(title);
        title->setText(QStringLiteral("Renamed in the editor"));
        Mission saved = editor.value();
        QString error;
        QVERIFY2(m_edits->saveMission(saved, &error), qPrintable(error));
        const Mission stored = *MissionRepository(*m_db).find(m.meta.id);
        QCOMPARE(stored.title, QStringLiteral("Renamed in the editor"));
        QCOMPARE(stored.trainersTarget, std::optional<int>(7));
    }

    void changeNamesTheField()
    {
        Mission m = mission(QStringLiteral("BA-HC-02"));
        QVERIFY(m_edits->saveMission(m));
        m.title = QStringLiteral("Обука у Мостару");
        QVERIFY(m_edits->saveMission(m));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Change mission title"));
        m.title = QStringLiteral("Another");
        m.hostCountry = QStringLiteral("Bosnia and Herzegovina");
        QVERIFY(m_edits->saveMission(m));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Edit mission BA-HC-02"));
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(MissionRepository(*m_db).find(m.meta.id)->title,
                 QStringLiteral("Training in BA-HC-02"));
    }

    void unchangedSavePushesNothing()
    {
        Mission m = mission(QStringLiteral("SAME-1"));
        QVERIFY(m_edits->saveMission(m));
        QVERIFY(m_edits->saveMission(m));
        QCOMPARE(m_stack->count(), 1);
    }

    void invalidEditIsRefused()
    {
        Mission m = mission(QStringLiteral("OK-1"));
        QVERIFY(m_edits->saveMission(m));
        Mission bad = m;
        bad.startDate = QDate(2026, 5, 1);
        bad.endDate = QDate(2026, 1, 1);
        QString error;
        QVERIFY(!m_edits->saveMission(bad, &error));
        QCOMPARE(error, QStringLiteral("End date 2026-01-01 is before start date 2026-05-01."));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(MissionRepository(*m_db).find(m.meta.id)->startDate.isNull());
    }

    void failureWhilePushingLeavesNoCommand()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(
            query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON missions "
                                      "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END")));
        Mission m = mission(QStringLiteral("FAIL-1"));
        QString error;
        QVERIFY(!m_edits->saveMission(m, &error));
        QVERIFY2(error.contains(QStringLiteral("simulated disk failure")), qPrintable(error));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(MissionRepository(*m_db).count(), 0);
    }

    void deleteIsUndoable()
    {
        Mission m = mission(QStringLiteral("DEL-2"));
        QVERIFY(m_edits->saveMission(m));
        QVERIFY(m_edits->deleteMission(m.meta.id));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Delete mission DEL-2"));
        QVERIFY(!MissionRepository(*m_db).find(m.meta.id));
        m_stack->undo();
        QCOMPARE(MissionRepository(*m_db).find(m.meta.id)->code, QStringLiteral("DEL-2"));
    }

    void duplicateAndArchive()
    {
        Mission m = mission(QStringLiteral("PL-HC-01"));
        m.mouStatus = MouStatus::Signed;
        m.mouDate = QDate(2025, 10, 6);
        QVERIFY(m_edits->saveMission(m));
        const QString copyId = m_edits->duplicateMission(m.meta.id);
        QVERIFY(!copyId.isEmpty());
        const Mission copy = *MissionRepository(*m_db).find(copyId);
        QCOMPARE(copy.code, QStringLiteral("PL-HC-01-2"));
        QCOMPARE(copy.mouStatus, MouStatus::None);
        QVERIFY(copy.title.endsWith(QStringLiteral("(copy)")));
        QVERIFY(m_edits->setMissionArchived(m.meta.id, true));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Change mission archive state"));
        QVERIFY(MissionRepository(*m_db).find(m.meta.id)->archived);
        m_stack->undo();
        QVERIFY(!MissionRepository(*m_db).find(m.meta.id)->archived);
    }

    void stakeholderPowerChangeAddsSnapshot()
    {
        Stakeholder s;
        s.name = QStringLiteral("Marko Kovačević");
        s.power = 3;
        QVERIFY(m_edits->saveStakeholder(s));
        s.power = 5;
        QVERIFY(m_edits->saveStakeholder(s));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Change stakeholder power"));
        StakeholderRepository stakeholders(*m_db);
        QCOMPARE(stakeholders.snapshots(s.meta.id).size(), 2);
        QCOMPARE(stakeholders.snapshots(s.meta.id).last().power, 5);
    }

    void protectedNameStaysOutOfUndoText()
    {
        Stakeholder s;
        s.name = QStringLiteral("Dragana Petrović");
        s.nameProtected = true;
        s.type = StakeholderType::AffectedCommunity;
        QVERIFY(m_edits->saveStakeholder(s));
        QVERIFY(!m_stack->undoText().contains(QStringLiteral("Dragana")));
        QVERIFY(m_edits->deleteStakeholder(s.meta.id));
        QVERIFY(!m_stack->undoText().contains(QStringLiteral("Dragana")));
    }

    void linksAndEngagements()
    {
        Mission m = mission(QStringLiteral("LINK-1"));
        QVERIFY(m_edits->saveMission(m));
        Stakeholder s;
        s.name = QStringLiteral("Police Academy");
        QVERIFY(m_edits->saveStakeholder(s));
        StakeholderLink link;
        link.missionId = m.meta.id;
        link.stakeholderId = s.meta.id;
        link.role = QStringLiteral("Host");
        QVERIFY(m_edits->saveLink(link));
        StakeholderLink twice = link;
        twice.meta = {};
        QString error;
        QVERIFY(!m_edits->saveLink(twice, &error));
        QVERIFY(error.contains(QStringLiteral("already linked")));
        QVERIFY(m_edits->deleteLink(link.meta.id));
        QCOMPARE(StakeholderRepository(*m_db).forMission(m.meta.id).size(), 0);
        m_stack->undo();
        QCOMPARE(StakeholderRepository(*m_db).forMission(m.meta.id).size(), 1);

        Engagement e;
        e.stakeholderId = s.meta.id;
        e.missionId = m.meta.id;
        e.date = QDate(2026, 11, 2);
        e.purpose = QStringLiteral("Course dates");
        QVERIFY(m_edits->saveEngagement(e));
        QCOMPARE(EngagementRepository(*m_db).forMission(m.meta.id).size(), 1);
        m_stack->undo();
        QCOMPARE(EngagementRepository(*m_db).forMission(m.meta.id).size(), 0);
    }

    void failedUndoIsReported()
    {
        Mission m = mission(QStringLiteral("CLASH-1"));
        QVERIFY(m_edits->saveMission(m));
        QVERIFY(m_edits->deleteMission(m.meta.id));
        // Meanwhile another writer (an import, a merge) takes the code.
        Mission other = mission(QStringLiteral("CLASH-1"));
        QVERIFY(MissionRepository(*m_db).save(other));
        QSignalSpy failed(m_edits.get(), &Edits::failed);
        m_stack->undo(); // restoring the deleted mission would duplicate the code
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(MissionRepository(*m_db).count(), 1);
        QCOMPARE(MissionRepository(*m_db).all().first().meta.id, other.meta.id);
    }

private:
    std::unique_ptr<TestSupport::TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Edits> m_edits;
};

IP_GUI_TEST_MAIN(TestEdits)
#include "tst_edits.moc"
