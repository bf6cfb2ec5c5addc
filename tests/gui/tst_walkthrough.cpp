#include "Clock.h"
#include "CsvImportDialog.h"
#include "DateEdit.h"
#include "DemoData.h"
#include "EngagementRepository.h"
#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MissionRepository.h"
#include "MissionsPage.h"
#include "PowerInterestGrid.h"
#include "StageRecords.h"
#include "StakeholderEditor.h"
#include "StakeholderRepository.h"
#include "StakeholdersPage.h"
#include "TableModel.h"
#include "TestSupport.h"
#include "WorkshopBoard.h"
#include "WorkshopWindow.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;
using namespace GuiTest;

// The planner's day from an empty database, through the real window: a mission, ten linked
// stakeholders (two by hand, eight from CSV), an engagement, and the grid that shows them.
class TestWalkthrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("intervention-planner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_walkthrough"));
    }

    void cleanup()
    {
        TestSupport::pinClock(); // whatever a failed check left the clock at
    }

    void fromEmptyDatabaseToGrid()
    {
        TestSupport::TempFolder dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createDatabase(dir.path(QStringLiteral("field.sqlite"))));
        Database &db = *window.database();

        // A mission, through its editor.
        window.workspace()->showPage(Workspace::Missions);
        whenModalShown([](QWidget *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "missionCodeEdit"),
                             QStringLiteral("MD-HC-01"));
            QTest::keyClicks(child<QLineEdit>(dialog, "missionTitleEdit"),
                             QStringLiteral("Hate crime training, Moldova"));
            addSite(dialog, QStringLiteral("Moldova"));
            child<DateEdit>(dialog, "missionEndEdit")->setValue(QDate(2028, 6, 30));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        });
        window.workspace()->missionsPage()->newMission();
        QCOMPARE(MissionRepository(db).count(), 1);
        const QString missionId = MissionRepository(db).all().first().meta.id;

        // Two stakeholders by hand, linked as they are created.
        window.workspace()->showPage(Workspace::Stakeholders);
        StakeholdersPage *stakeholders = window.workspace()->stakeholdersPage();
        QComboBox *missionFilter = stakeholders->missionFilter();
        missionFilter->setCurrentIndex(missionFilter->findText(QStringLiteral("MD-HC-01")));
        const QList<std::tuple<QString, int, int>> byHand {
            {QStringLiteral("Ion Popescu"), 5, 2},
            {QStringLiteral("Ana Rusu"), 2, 5},
        };
        for (const auto &[name, power, interest] : byHand) {
            whenModalShown([name = name, power = power, interest = interest](QWidget *dialog) {
                typeText(child<QLineEdit>(dialog, "stakeholderNameEdit"), name);
                child<QSpinBox>(dialog, "stakeholderPowerSpin")->setValue(power);
                child<QSpinBox>(dialog, "stakeholderInterestSpin")->setValue(interest);
                QTest::keyClicks(child<QLineEdit>(dialog, "stakeholderLinkRoleEdit"),
                                 QStringLiteral("Adviser"));
                QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            });
            stakeholders->newStakeholder();
        }
        QCOMPARE(StakeholderRepository(db).forMission(missionId).size(), 2);

        // Eight more from a semicolon-separated file with French headers.
        CsvImportDialog import(*window.edits());
        QVERIFY(import.loadFile(fixturePath(QStringLiteral("eight-stakeholders-semicolon.csv"))));
        QVERIFY(import.prepared().problems.isEmpty());
        auto *link = import.findChild<QComboBox *>(QStringLiteral("linkMissionCombo"));
        link->setCurrentIndex(link->findData(missionId));
        import.accept();
        QCOMPARE(import.importedCount(), 8);
        QCOMPARE(StakeholderRepository(db).forMission(missionId).size(), 10);
        QCOMPARE(stakeholders->view()->model()->rowCount(), 10);

        // An engagement with one of them.
        stakeholders->selectId(
            stakeholders->view()->model()->index(0, 0).data(TableRoles::Id).toString());
        whenModalShown([](QWidget *dialog) {
            auto *editor = static_cast<StakeholderEditor *>(dialog);
            whenModalShown([](QWidget *engagement) {
                QTest::keyClicks(child<QLineEdit>(engagement, "engagementPurposeEdit"),
                                 QStringLiteral("First meeting"));
                QTest::mouseClick(child<QPushButton>(engagement, "saveButton"), Qt::LeftButton);
            });
            editor->logEngagement();
            discard(editor);
        });
        stakeholders->openCurrent();
        QCOMPARE(EngagementRepository(db).forMission(missionId).size(), 1);

        // The grid shows the ten of them.
        stakeholders->gridAction()->trigger();
        QCOMPARE(stakeholders->grid()->bubbleCount(), 10);

        // And it is all in the file for the sqlite3 tool and the next session.
        QCOMPARE(TestSupport::rawScalar(db.path(), QStringLiteral("PRAGMA integrity_check")),
                 QStringLiteral("ok"));
    }

    // Issue 6's rehearsal: a 90-minute consultation workshop on the demo database, run with
    // nothing but a clicker's keys and a keyboard, and every note of it in the mission after.
    void consultationWorkshopWithClickerAndKeyboard()
    {
        TestSupport::TempFolder dir;
        const QString path = dir.path(QStringLiteral("demo.sqlite"));
        QVERIFY(DemoData::createFile(path));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openDatabase(path));
        Database &db = *window.database();
        const QList<Mission> missions = MissionRepository(db).all();
        const auto croatia = std::find_if(missions.cbegin(), missions.cend(), [](const Mission &m) {
            return m.code == QLatin1String("HR-HC-01");
        });
        QVERIFY(croatia != missions.cend());
        const QString missionId = croatia->meta.id;
        const qsizetype findingsBefore = MissionRecords<Finding>(db).forMission(missionId).size();
        // The demo was made at the pinned instant; the workshop starts there too.
        QDateTime now = Clock::nowUtc();
        const auto minutesPass = [&now](int minutes) {
            now = now.addSecs(minutes * 60);
            Clock::setFixedNow(now);
        };

        // The mission in hand, F5, the consultation stage, Enter: all from the keyboard.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(window.focusWidget(), QStringLiteral("HR-HC-01"));
        QTest::keyClick(window.focusWidget(), Qt::Key_Tab);
        whenModalShown([](QWidget *dialog) {
            // The keys below are the dialog's: once typed into the missions table still in
            // focus, Return opened a mission editor that nothing closed.
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QVERIFY(child<QComboBox>(dialog, "workshopMission")
                        ->currentText()
                        .startsWith(QStringLiteral("HR-HC-01")));
            // Alt+S reaches the stage only once the dialog holds the keyboard: under load (ASan,
            // a busy machine) the first press can be lost, and Home then went to the mission.
            auto *stage = child<QComboBox>(dialog, "workshopStage");
            QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
            for (int tries = 0; dialog->focusWidget() != stage && tries < 50; ++tries) {
                QTest::qWait(20);
                if (tries % 10 == 9)
                    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
            }
            QCOMPARE(dialog->focusWidget(), stage);
            // The dialog's own focus, not the application's: under load (ASan, a busy machine)
            // the window behind can be active for a moment, and a key sent there opens an editor.
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Home);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        });
        QTest::keyClick(&window, Qt::Key_F5);
        QPointer<WorkshopWindow> workshop;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<WorkshopWindow *>(w))
                workshop = found;
        }
        QVERIFY(workshop);
        QVERIFY(QTest::qWaitForWindowExposed(workshop));
        QCOMPARE(workshop->plan().stage, Stage::Consultation);
        QCOMPARE(workshop->plan().missionId, missionId);
        QCOMPARE(workshop->plan().totalMinutes(), 90);

        // Keys go where the wall's focus is, as from a clicker or a keyboard.
        const auto press = [&workshop](Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
            QWidget *target = workshop->focusWidget() ? workshop->focusWidget() : workshop.data();
            QTest::keyClick(target, key, modifiers);
        };
        const auto type = [&workshop](const QString &text) {
            for (const QChar c : text) {
                QWidget *target =
                    workshop->focusWidget() ? workshop->focusWidget() : workshop.data();
                const bool space = c == u' ';
                QKeyEvent down(QEvent::KeyPress, space ? Qt::Key_Space : 0,
                               c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier, QString(c));
                QKeyEvent up(QEvent::KeyRelease, space ? Qt::Key_Space : 0,
                             c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier, QString(c));
                QApplication::sendEvent(target, &down);
                QApplication::sendEvent(target, &up);
            }
        };
        const auto note = [&](const QString &text) {
            type(text);
            press(Qt::Key_Return);
        };

        // 0-10 min: welcome, on the agenda.
        QCOMPARE(workshop->currentView(), int(WorkshopWindow::AgendaView));
        minutesPass(10);
        // 10-20: where the mission stands, then its two charts.
        press(Qt::Key_PageDown);
        QCOMPARE(workshop->currentView(), int(WorkshopWindow::StagesView));
        QVERIFY(workshop->isTimerRunning());
        press(Qt::Key_PageDown);
        press(Qt::Key_PageDown);
        QCOMPARE(workshop->viewTitle(workshop->currentView()), workshop->viewTitle(4));
        minutesPass(10);

        // 20-50: concerns and expectations, typed on the board as the room says them.
        press(Qt::Key_PageDown);
        QCOMPARE(workshop->currentView(), int(WorkshopWindow::BoardView));
        WorkshopBoard *board = workshop->board();
        const QStringList concerns {QStringLiteral("Officers fear being seen as taking sides"),
                                    QStringLiteral("No interpreter at night shifts"),
                                    QStringLiteral("Prosecutors drop the bias motive"),
                                    QStringLiteral("Roma victims are not believed")};
        for (const QString &text : concerns)
            note(text);
        press(Qt::Key_Right);
        const QStringList expectations {QStringLiteral("Cases from Croatian courts"),
                                        QStringLiteral("A refresher after six months"),
                                        QStringLiteral("Joint sessions with prosecutors")};
        for (const QString &text : expectations)
            note(text);
        minutesPass(32);
        QVERIFY2(workshop->timerText().endsWith(QStringLiteral("02:00 over")),
                 qPrintable(workshop->timerText()));

        // 50-65: dot voting on the same board; four participants, three dots each.
        press(Qt::Key_PageDown);
        QCOMPARE(workshop->agendaItem(), 3);
        QCOMPARE(workshop->currentView(), int(WorkshopWindow::BoardView));
        QVERIFY(workshop->timerText().startsWith(QStringLiteral("Dot voting")));
        press(Qt::Key_Left); // to the concerns
        // A note is found by its text, as a person reads the board, not by counting presses.
        const auto goTo = [&](const QString &text) {
            QListWidget *list = board->list(board->currentColumn());
            press(Qt::Key_Home);
            for (int row = 0; row < list->count(); ++row) {
                if (list->currentItem()->text().contains(text))
                    return;
                press(Qt::Key_Down);
            }
            QFAIL(qPrintable(text));
        };
        for (int participant = 1; participant <= 4; ++participant) {
            goTo(concerns.at(3));
            for (int i = 0; i < participant % 3 + 1; ++i)
                press(Qt::Key_Plus);
            goTo(concerns.at(1));
            while (board->dotsLeft(participant) > 0)
                press(Qt::Key_Plus);
            press(Qt::Key_Tab);
        }
        // Ranked by votes, the demo's earlier ones among them.
        for (int row = 1; row < board->list(0)->count(); ++row)
            QVERIFY(board->list(0)->item(row - 1)->data(Qt::UserRole + 1).toInt()
                    >= board->list(0)->item(row)->data(Qt::UserRole + 1).toInt());
        minutesPass(15);

        // 65-85: agreements, one grouped, one deleted by mistake and brought back.
        press(Qt::Key_PageDown);
        QCOMPARE(workshop->agendaItem(), 4);
        press(Qt::Key_Right);
        press(Qt::Key_Right);
        QCOMPARE(board->currentColumn(), 2);
        note(QStringLiteral("Night-shift interpreters on call from January"));
        note(QStringLiteral("A bias-motive box on the incident form"));
        whenModalShown([](QWidget *dialog) {
            typeText(dialog->findChild<QLineEdit *>(), QStringLiteral("Recording"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        goTo(QStringLiteral("A bias-motive box on the incident form"));
        press(Qt::Key_G, Qt::ControlModifier);
        QVERIFY(QTest::qWaitForWindowActive(workshop)); // the wall is back in front
        press(Qt::Key_Delete);
        press(Qt::Key_Z, Qt::ControlModifier);
        // The last one is typed as the clicker moves on, and never entered.
        type(QStringLiteral("Next workshop in Split"));
        minutesPass(20);
        press(Qt::Key_PageDown);

        // 85-90: closing, on the agenda; Esc leaves.
        QCOMPARE(workshop->agendaItem(), 5);
        QCOMPARE(workshop->currentView(), int(WorkshopWindow::AgendaView));
        minutesPass(5);
        QCOMPARE(workshop->secondsLeft(), 0);
        press(Qt::Key_Escape);
        QTRY_VERIFY(workshop.isNull());
        TestSupport::pinClock();

        // Every note is in the mission, where the planner's forms will find it.
        const QList<Finding> findings = MissionRecords<Finding>(db).forMission(missionId);
        QCOMPARE(findings.size(), findingsBefore + concerns.size() + expectations.size() + 3);
        const auto find = [&findings](const QString &text) -> std::optional<Finding> {
            const auto found = std::find_if(findings.cbegin(), findings.cend(),
                                            [&text](const Finding &f) { return f.text == text; });
            return found == findings.cend() ? std::nullopt : std::optional<Finding>(*found);
        };
        for (const QString &text : concerns)
            QCOMPARE(find(text).value().kind, FindingKind::Concern);
        for (const QString &text : expectations)
            QCOMPARE(find(text).value().kind, FindingKind::Expectation);
        const std::optional<Finding> box =
            find(QStringLiteral("A bias-motive box on the incident form"));
        QVERIFY(box);
        QCOMPARE(box->kind, FindingKind::Agreement);
        QCOMPARE(box->grouping, QStringLiteral("Recording"));
        QCOMPARE(find(QStringLiteral("Next workshop in Split")).value().kind,
                 FindingKind::Agreement);
        QVERIFY(find(QStringLiteral("Night-shift interpreters on call from January")));
        // Twelve dots were given: 2 + 3 + 1 + 2 on one concern, the rest on another.
        QCOMPARE(find(concerns.at(3)).value().votes, 8);
        QCOMPARE(find(concerns.at(1)).value().votes, 4);
        QCOMPARE(find(concerns.at(0)).value().votes, 0);
    }
};

IP_GUI_TEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
