#include "Clock.h"
#include "Curriculum.h"
#include "DateEdit.h"
#include "Edits.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MissionEditor.h"
#include "MissionRepository.h"
#include "MissionsPage.h"
#include "StageDatesDialog.h"
#include "StageNavigator.h"
#include "StageRepository.h"
#include "TestSupport.h"
#include "TraceabilityPanel.h"
#include "Translations.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;
using namespace GuiTest;

// The stage navigator inside a mission, driven as a planner would: the five stages with the
// current one marked, ticking and adding exit criteria, and moving on past unmet criteria.
class TestStageNavigator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("intervention-planner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_stagenavigator"));
        Translations::install(*qApp, QStringLiteral("en")); // plural forms, as at start
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDemo());
        m_window->workspace()->showPage(Workspace::Missions);
        for (const Mission &m : MissionRepository(*m_window->database()).all()) {
            if (m.code == u"BA-HC-01")
                m_mission = m.meta.id;
        }
        m_window->workspace()->missionsPage()->selectId(m_mission);
    }

    void cleanup() { m_window.reset(); }

    // A mission opened for the first time gets its default criteria; when they cannot be
    // written, the navigator says why (the error was once dropped).
    void defaultCriteriaThatCannotBeWrittenAreExplained()
    {
        Database &db = *m_window->database();
        Mission fresh;
        fresh.code = QStringLiteral("MK-HC-01");
        fresh.title = QStringLiteral("No criteria yet");
        QVERIFY(MissionRepository(db).save(fresh));
        QSqlQuery trigger(db.connection());
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TEMP TRIGGER full_disk BEFORE INSERT ON stage_criteria "
                           "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        StageNavigator stages(*m_window->edits(), fresh.meta.id);
        auto *problem = stages.findChild<QLabel *>(QStringLiteral("criteriaProblem"));
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QStringLiteral("could not be written")),
                 qPrintable(problem->text()));
        QVERIFY(StageRepository(db).criteria(fresh.meta.id, Stage::Consultation).isEmpty());

        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER full_disk")));
        StageNavigator again(*m_window->edits(), fresh.meta.id);
        QVERIFY(!again.findChild<QLabel *>(QStringLiteral("criteriaProblem")));
        QVERIFY(!StageRepository(db).criteria(fresh.meta.id, Stage::Consultation).isEmpty());
    }

    void showsFiveStagesWithTheCurrentOne()
    {
        whenModalShown([](QWidget *dialog) {
            StageNavigator *stages = static_cast<MissionEditor *>(dialog)->stages();
            QVERIFY(stages);
            for (const Stage stage : enumValues<Stage>())
                QVERIFY(stages->stageButton(stage));
            QVERIFY(stages->stageButton(Stage::Orientation)->text().contains(u"current"));
            QVERIFY(!stages->stageButton(Stage::Consultation)->text().contains(u"current"));
            QCOMPARE(stages->selectedStage(), Stage::Orientation);
            QCOMPARE(stages->criteriaList()->count(), 4);
            // Each bar's figure stands beside it, never across the end of the filled part.
            for (const Stage stage : enumValues<Stage>()) {
                const QByteArray n = QByteArray::number(stageNumber(stage));
                auto *bar = child<QProgressBar>(stages, ("stageProgress" + n).constData());
                QVERIFY(!bar->isTextVisible());
                QCOMPARE(child<QLabel>(stages, ("stagePercent" + n).constData())->text(),
                         QStringLiteral("%1 %").arg(bar->value()));
            }
            auto *mou = child<QLabel>(stages, "mouLabel");
            QVERIFY(mou->text().contains(QStringLiteral("Signed (2026-05-20)")));
            // The editor and its buttons fit the screen (it once grew past a 768-pixel one to
            // give every stage form its preferred height), and adding a site does not grow it.
            const int room = dialog->screen()->availableGeometry().height();
            QVERIFY2(
                dialog->frameGeometry().height() <= room,
                qPrintable(
                    QStringLiteral("%1 > %2").arg(dialog->frameGeometry().height()).arg(room)));
            const int height = dialog->height();
            addSite(dialog, QStringLiteral("Bosnia and Herzegovina"));
            QCOMPARE(dialog->height(), height);
            discard(dialog);
        });
        m_window->workspace()->missionsPage()->openCurrent();
    }

    void tickingAndAddingCriteriaIsUndoable()
    {
        whenModalShown([this](QWidget *dialog) {
            StageNavigator *stages = static_cast<MissionEditor *>(dialog)->stages();
            // The demo has met the first two; tick the third.
            stages->criteriaList()->item(2)->setCheckState(Qt::Checked);
            QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Tick exit criterion"));
            QVERIFY(stages->addCriterion(QStringLiteral("Entity ministries consulted separately")));
            QCOMPARE(stages->criteriaList()->count(), 5);
            QVERIFY(!stages->addCriterion(QString())); // refused, with a message
            discard(dialog);
        }); // the empty criterion's warning is answered below
        whenModalShownAfter([](QWidget *warning) { discard(warning); });
        m_window->workspace()->missionsPage()->openCurrent();
        StageRepository stages(*m_window->database());
        const QList<StageCriterion> orientation = stages.criteria(m_mission, Stage::Orientation);
        QCOMPARE(orientation.size(), 5);
        QVERIFY(orientation.at(2).done);
        m_window->undoStack()->undo(); // the added criterion
        m_window->undoStack()->undo(); // the tick
        QCOMPARE(stages.criteria(m_mission, Stage::Orientation).size(), 4);
        QVERIFY(!stages.criteria(m_mission, Stage::Orientation).at(2).done);
    }

    void movingOnPastUnmetCriteriaAsksWhy()
    {
        QString question;
        whenModalShown([&question](QWidget *dialog) {
            StageNavigator *stages = static_cast<MissionEditor *>(dialog)->stages();
            whenModalShown([&question](QWidget *ask) {
                QCOMPARE(ask->objectName(), QStringLiteral("moveStageDialog"));
                question = child<QLabel>(ask, "unmetCriteria")->text();
                // Without a reason it stays open and says why.
                qobject_cast<QDialog *>(ask)->accept();
                QVERIFY(ask->isVisible());
                QVERIFY(child<QLabel>(ask, "dialogProblem")->text().contains(u"why"));
                // The message pushes the buttons down, never out of the dialog.
                QApplication::processEvents();
                const auto *buttons = ask->findChild<QDialogButtonBox *>();
                QVERIFY2(buttons->geometry().bottom() < ask->height(),
                         qPrintable(QStringLiteral("%1 %2")
                                        .arg(buttons->geometry().bottom())
                                        .arg(ask->height())));
                // The move happened yesterday: recorded after the fact.
                child<DateEdit>(ask, "moveDateEdit")->setValue(Clock::today().addDays(-1));
                child<QPlainTextEdit>(ask, "moveReasonEdit")
                    ->setPlainText(QStringLiteral("Donor deadline; criteria met in parallel"));
                qobject_cast<QDialog *>(ask)->accept();
                QVERIFY(!ask->isVisible());
            });
            QVERIFY(stages->moveToNextStage());
            QVERIFY(stages->stageButton(Stage::Curriculum)->text().contains(u"current"));
            // Saving the details afterwards keeps the new stage.
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        });
        m_window->workspace()->missionsPage()->openCurrent();
        QVERIFY(question.contains(QStringLiteral("Needs stated, prioritised and agreed")));
        QCOMPARE(MissionRepository(*m_window->database()).find(m_mission)->currentStage,
                 Stage::Curriculum);
        // The demo's earlier move into orientation, then this one.
        const QList<StageTransition> moves =
            StageRepository(*m_window->database()).transitions(m_mission);
        QCOMPARE(moves.size(), 2);
        QCOMPARE(moves.last().to, Stage::Curriculum);
        QCOMPARE(moves.last().unmetCriteria, 2);
        QVERIFY(moves.last().reason.startsWith(QStringLiteral("Donor deadline")));
        QCOMPARE(moves.last().happenedAt.date(), Clock::today().addDays(-1));
        QCOMPARE(m_window->undoStack()->undoText(),
                 QStringLiteral("Move mission to Customised curriculum"));
        m_window->undoStack()->undo();
        QCOMPARE(MissionRepository(*m_window->database()).find(m_mission)->currentStage,
                 Stage::Orientation);
        QCOMPARE(StageRepository(*m_window->database()).transitions(m_mission).size(), 1);
    }

    // History entered after the fact: a criterion met on an earlier day, and the day each stage
    // began, through the window; a day after today or one that is not a day is refused with the
    // dialog left open.
    void criteriaAndStagesAreDatedAsTheyHappened()
    {
        const QDate today = Clock::today();
        whenModalShown([&](QWidget *dialog) {
            StageNavigator *stages = static_cast<MissionEditor *>(dialog)->stages();
            stages->criteriaList()->setCurrentRow(2);
            whenModalShown([&](QWidget *ask) {
                QCOMPARE(ask->objectName(), QStringLiteral("askDateDialog"));
                auto *date = child<DateEdit>(ask, "askDateEdit");
                QCOMPARE(date->value(), today); // proposed
                date->setValue(today.addDays(3));
                ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                QVERIFY(ask->isVisible());
                QVERIFY(child<QLabel>(ask, "dialogProblem")->text().contains(u"after today"));
                date->setValue(QDate(2026, 1, 20)); // the mission started on 2026-02-01
                ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                QVERIFY(ask->isVisible());
                QVERIFY(child<QLabel>(ask, "dialogProblem")->text().contains(u"started"));
                date->setValue(QDate(2026, 2, 14));
                ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                QVERIFY(!ask->isVisible());
            });
            stages->dateSelectedCriterion();
            QVERIFY(stages->criteriaList()->item(2)->text().contains(u"(met 2026-02-14)"));
            QCOMPARE(stages->criteriaList()->item(2)->checkState(), Qt::Checked);

            whenModalShown([&](QWidget *datesDialog) {
                auto *dates = static_cast<StageDatesDialog *>(datesDialog);
                QVERIFY(!dates->dateEdit(Stage::Curriculum)); // not reached yet
                DateEdit *orientation = dates->dateEdit(Stage::Orientation);
                QVERIFY(orientation->value().isValid()); // the demo's move
                orientation->lineEdit()->setText(QStringLiteral("2025-02-30"));
                dates->accept();
                QVERIFY(dates->isVisible());
                QVERIFY(child<QLabel>(dates, "dialogProblem")->text().contains(u"Orientation"));
                // The message grows the dialog; it once squeezed the fields to a sliver.
                QApplication::processEvents();
                QVERIFY(orientation->height() >= orientation->sizeHint().height());
                orientation->setValue(today.addDays(1));
                dates->accept();
                QVERIFY(dates->isVisible()); // after today
                orientation->setValue(QDate(2026, 1, 12));
                dates->accept();
                QVERIFY(dates->isVisible());
                QVERIFY(child<QLabel>(dates, "dialogProblem")->text().contains(u"start"));
                orientation->setValue(QDate(2026, 3, 12));
                dates->accept();
                QVERIFY2(!dates->isVisible(),
                         qPrintable(child<QLabel>(dates, "dialogProblem")->text()));
            });
            stages->editStageDates();
            discard(dialog);
        });
        m_window->workspace()->missionsPage()->openCurrent();
        StageRepository repository(*m_window->database());
        QCOMPARE(repository.criteria(m_mission, Stage::Orientation).at(2).doneOn,
                 QDate(2026, 2, 14));
        QCOMPARE(StageRepository::moveInto(repository.transitions(m_mission), Stage::Orientation)
                     ->happenedAt.date(),
                 QDate(2026, 3, 12));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Set stage dates"));
        m_window->undoStack()->undo();
        QVERIFY(StageRepository::moveInto(repository.transitions(m_mission), Stage::Orientation)
                    ->happenedAt.date()
                != QDate(2026, 3, 12));
    }

    void needsAndModulesAreTracedInTheMatrix()
    {
        // The Budapest pilot has no needs or modules in the demo: start from nothing.
        for (const Mission &m : MissionRepository(*m_window->database()).all()) {
            if (m.code == u"HU-PILOT-05")
                m_mission = m.meta.id;
        }
        m_window->workspace()->missionsPage()->selectId(m_mission);
        whenModalShown([this](QWidget *dialog) {
            StageNavigator *stages = static_cast<MissionEditor *>(dialog)->stages();
            stages->selectStage(Stage::Orientation);
            QVERIFY(stages->detailTabs()->isTabVisible(1));
            stages->selectStage(Stage::Consultation);
            QVERIFY(!stages->detailTabs()->isTabVisible(1));
            stages->selectStage(Stage::Curriculum);
            stages->detailTabs()->setCurrentIndex(1);
            TraceabilityPanel *panel = stages->traceability();
            for (const char *statement : {"Record the bias motive", "Refer victims to NGOs"}) {
                whenModalShown([statement](QWidget *editor) {
                    QTest::keyClicks(child<QLineEdit>(editor, "needStatementEdit"),
                                     QLatin1String(statement));
                    QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
                });
                panel->addNeed();
            }
            whenModalShown([](QWidget *editor) {
                // The code is proposed (M1); a title is needed.
                QTest::keyClicks(child<QLineEdit>(editor, "moduleTitleEdit"),
                                 QStringLiteral("Recording hate crime"));
                QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
            });
            panel->addModule();
            QCOMPARE(panel->needsTable()->rowCount(), 2);
            QCOMPARE(panel->modulesTable()->rowCount(), 1);
            QCOMPARE(panel->matrix()->rowCount(), 2);
            QCOMPARE(panel->matrix()->columnCount(), 1);
            QVERIFY(panel->summary().contains(QStringLiteral("2 needs answered by no module")));
            QVERIFY(panel->matrix()->horizontalHeaderItem(0)->text().startsWith(u'⚠'));

            panel->cycleCell(0, 0); // none -> full
            QCOMPARE(panel->matrix()->item(0, 0)->text(), QStringLiteral("●"));
            panel->cycleCell(0, 0); // full -> partial
            QCOMPARE(panel->matrix()->item(0, 0)->text(), QStringLiteral("◐"));
            QVERIFY(panel->summary().contains(QStringLiteral("1 need answered by no module")));
            QVERIFY(!panel->matrix()->horizontalHeaderItem(0)->text().startsWith(u'⚠'));
            m_window->undoStack()->undo(); // back to full
            QCOMPARE(panel->matrix()->item(0, 0)->text(), QStringLiteral("●"));
            discard(dialog);
        });
        m_window->workspace()->missionsPage()->openCurrent();
        const Traceability t = Traceability::compute(*m_window->database(), m_mission);
        QCOMPARE(t.needs.size(), 2);
        QCOMPARE(t.cells.size(), 1);
        QCOMPARE(t.uncoveredNeeds.size(), 1);
    }

private:
    // A second modal question that shows while the first answer is still running.
    static void whenModalShownAfter(std::function<void(QWidget *)> answer)
    {
        QTimer::singleShot(0, [answer] { whenModalShown(answer); });
    }

    std::unique_ptr<MainWindow> m_window;
    QString m_mission;
};

IP_GUI_TEST_MAIN(TestStageNavigator)
#include "tst_stagenavigator.moc"
