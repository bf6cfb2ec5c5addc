#include "Clock.h"
#include "Curriculum.h"
#include "DateEdit.h"
#include "Edits.h"
#include "EditsFixture.h"
#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"
#include "RecordListPanel.h"
#include "StageNavigator.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"
#include "TimelineChart.h"
#include "TraceabilityPanel.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <qcustomplot.h>

using namespace TestSupport;
using namespace GuiTest;

// The planning forms of the five stages, driven through their dialogs as a planner would: each
// form creates, edits, refuses bad input with a message while keeping what was typed, and is
// undone step by step.
class TestStageForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, QStringLiteral("en")); // plural forms, as at start
    }

    void init()
    {
        m_f = std::make_unique<EditsFixture>(QStringLiteral("forms.sqlite"));
        QVERIFY(m_f->isOpen());
        m_mission = m_f->addMission(QStringLiteral("HR-HC-09"), QStringLiteral("Forms test"));
        for (const QString &name :
             {QStringLiteral("Ministarstvo unutarnjih poslova"), QStringLiteral("Duga Zagreb")}) {
            Stakeholder s;
            s.name = name;
            QVERIFY(StakeholderRepository(m_f->db()).save(s));
            StakeholderLink link;
            link.missionId = m_mission;
            link.stakeholderId = s.meta.id;
            QVERIFY(StakeholderRepository(m_f->db()).link(link));
            m_stakeholders.append(s.meta.id);
        }
        m_navigator = std::make_unique<StageNavigator>(m_f->edits(), m_mission);
        m_navigator->resize(1200, 800);
        m_navigator->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_navigator.get()));
        m_f->stack().clear(); // the setting up is not the user's to undo
    }

    void cleanup()
    {
        m_navigator.reset();
        m_f.reset();
        m_stakeholders.clear();
    }

    void tabsFollowTheSelectedStage()
    {
        const auto visibleTabs = [this] {
            QStringList titles;
            QTabWidget *tabs = m_navigator->detailTabs();
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    titles.append(tabs->tabText(i).remove(u'&'));
            }
            return titles;
        };
        m_navigator->selectStage(Stage::Consultation);
        QCOMPARE(visibleTabs(),
                 (QStringList {QStringLiteral("Exit criteria"), QStringLiteral("Sessions"),
                               QStringLiteral("Concerns and agreements")}));
        m_navigator->selectStage(Stage::Orientation);
        QCOMPARE(visibleTabs(),
                 (QStringList {QStringLiteral("Exit criteria"), QStringLiteral("Needs and modules"),
                               QStringLiteral("Legislation"), QStringLiteral("Capacity"),
                               QStringLiteral("Challenges and opportunities")}));
        m_navigator->selectStage(Stage::Curriculum);
        QCOMPARE(
            visibleTabs(),
            (QStringList {QStringLiteral("Exit criteria"), QStringLiteral("Needs and modules")}));
        m_navigator->selectStage(Stage::TrainTheTrainer);
        QCOMPARE(visibleTabs(),
                 (QStringList {QStringLiteral("Exit criteria"),
                               QStringLiteral("Trainers and participants"),
                               QStringLiteral("Training sessions"), QStringLiteral("Cascade"),
                               QStringLiteral("Materials")}));
        m_navigator->selectStage(Stage::PostTraining);
        QCOMPARE(visibleTabs(),
                 (QStringList {QStringLiteral("Exit criteria"), QStringLiteral("Follow-up"),
                               QStringLiteral("Lessons and next steps")}));
    }

    // Post-training support's findings: lessons learned, resources asked for and next steps,
    // noted on their day (today unless changed), with no consultation session to name.
    void postTrainingFindingsAreNotedOnTheirDay()
    {
        m_navigator->selectStage(Stage::PostTraining);
        addThrough(panel("postTrainingFindings"), [](QWidget *d) {
            QVERIFY(!d->findChild<QComboBox *>(QStringLiteral("sessionId")));
            auto *kind = child<QComboBox>(d, "kind");
            QCOMPARE(kind->count(), 3);
            QCOMPARE(kind->currentText(), QStringLiteral("Lesson learned"));
            Form::setComboValue(kind, FindingKind::ResourceRequest);
            auto *noted = child<DateEdit>(d, "notedOn");
            QCOMPARE(noted->value(), Clock::today());
            child<QLineEdit>(d, "text")->setText(QStringLiteral("Džepna kartica o pokazateljima"));
            noted->setValue(QDate(2026, 10, 20));
            save(d);
        });
        const QList<Finding> found = records<Finding>();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().kind, FindingKind::ResourceRequest);
        QCOMPARE(found.constFirst().notedOn, QDate(2026, 10, 20));
        auto *model = panelView(panel("postTrainingFindings"))->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("Resource asked for"));
        QCOMPARE(model->headerData(model->columnCount() - 1, Qt::Horizontal).toString(),
                 QStringLiteral("Noted on"));
    }

    void clickingAFormTabLetsInsertAddAtOnce()
    {
        m_navigator->selectStage(Stage::Consultation);
        m_navigator->stageButton(Stage::Consultation)->setFocus(); // where a click leaves it
        QTabWidget *tabs = m_navigator->detailTabs();
        RecordListPanel *sessions = panel("consultationSessions");
        const int index = tabs->indexOf(sessions);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, Qt::NoModifier,
                          tabs->tabBar()->tabRect(index).center());
        QTRY_VERIFY(sessions->isAncestorOf(QApplication::focusWidget()));
        QString opened;
        whenModalShown([&opened](QWidget *d) {
            opened = d->objectName();
            discard(d);
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Insert);
        QTRY_COMPARE(opened, QStringLiteral("consultationSessionsEditor"));
    }

    void consultationSessionCreateEditUndo()
    {
        RecordListPanel *sessions = panel("consultationSessions");
        const QString a = m_stakeholders.at(0);
        addThrough(sessions, [&](QWidget *d) {
            QCOMPARE(d->objectName(), QStringLiteral("consultationSessionsEditor"));
            child<DateEdit>(d, "date")->setValue(QDate(2025, 3, 12));
            auto *place = child<QLineEdit>(d, "place");
            place->setFocus();
            typeText(place, QStringLiteral("Čakovec / Чаковец"));
            child<QCheckBox>(d, "held")->setChecked(true);
            auto *attendees = child<QListWidget>(d, "attendeeIds");
            QCOMPARE(attendees->count(), 2); // the mission's stakeholders
            attendees->item(0)->setCheckState(Qt::Checked);
            child<QSpinBox>(d, "female")->setValue(7);
            child<QSpinBox>(d, "male")->setValue(4);
            save(d);
        });
        QList<ConsultationSession> rows = records<ConsultationSession>();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).place, QStringLiteral("Čakovec / Чаковец"));
        QCOMPARE(rows.at(0).attendeeIds.size(), 1);
        QVERIFY(rows.at(0).held);
        QCOMPARE(sessions->summary(),
                 QStringLiteral("1 of 1 session held; 11 people took part, 64 % of them women."));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Add consultation session"));

        // Edit: Enter on the row opens the same form with what was saved.
        sessions->selectId(rows.at(0).meta.id);
        whenModalShown([](QWidget *d) {
            QCOMPARE(child<QSpinBox>(d, "female")->value(), 7);
            auto *place = child<QLineEdit>(d, "place");
            place->setText(QStringLiteral("Policijska akademija"));
            save(d);
        });
        sessions->editAction()->trigger();
        QCOMPARE(records<ConsultationSession>().at(0).place,
                 QStringLiteral("Policijska akademija"));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Edit consultation session"));

        m_f->stack().undo();
        QCOMPARE(records<ConsultationSession>().at(0).place, QStringLiteral("Čakovec / Чаковец"));
        m_f->stack().undo();
        QVERIFY(records<ConsultationSession>().isEmpty());
        QCOMPARE(panelView(sessions)->model()->rowCount(), 0);
        m_f->stack().redo();
        QCOMPARE(records<ConsultationSession>().size(), 1);
    }

    void badInputKeepsTheDialogAndLosesNothing()
    {
        m_navigator->selectStage(Stage::TrainTheTrainer);
        RecordListPanel *training = panel("trainingSessions");
        bool checked = false;
        addThrough(training, [&](QWidget *d) {
            child<QLineEdit>(d, "title")->setText(QStringLiteral("One-day course"));
            child<DateEdit>(d, "startDate")->setValue(QDate(2026, 5, 12));
            child<DateEdit>(d, "endDate")->setValue(QDate(2026, 5, 1));
            d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
            QVERIFY(d->isVisible()); // refused: still open
            auto *error = child<QLabel>(d, "errorLabel");
            QVERIFY2(error->text().contains(QStringLiteral("before start date")),
                     qPrintable(error->text()));
            QCOMPARE(child<QLineEdit>(d, "title")->text(), QStringLiteral("One-day course"));
            QVERIFY(records<TrainingSession>().isEmpty());
            // Put right, the same dialog saves.
            child<DateEdit>(d, "endDate")->setValue(QDate(2026, 5, 12));
            save(d);
            checked = true;
        });
        QVERIFY(checked);
        QCOMPARE(records<TrainingSession>().size(), 1);

        // An empty required field: the need of a finding.
        m_navigator->selectStage(Stage::Orientation);
        addThrough(panel("orientationFindings"), [&](QWidget *d) {
            d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
            QVERIFY(d->isVisible());
            QVERIFY(child<QLabel>(d, "errorLabel")->text().contains(u"required"));
            discard(d);
        });
        QVERIFY(records<Finding>().isEmpty());
        QCOMPARE(m_f->stack().count(), 1);
    }

    void eachFormCreatesItsRecordAndUndoRemovesIt_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("panelName");
        QTest::newRow("concern") << int(Stage::Consultation) << "consultationFindings";
        QTest::newRow("legislation") << int(Stage::Orientation) << "legislation";
        QTest::newRow("capacity") << int(Stage::Orientation) << "capacityAssessments";
        QTest::newRow("challenge") << int(Stage::Orientation) << "orientationFindings";
        QTest::newRow("trainer") << int(Stage::TrainTheTrainer) << "traineeRoster";
        QTest::newRow("material") << int(Stage::TrainTheTrainer) << "trainingMaterials";
        QTest::newRow("follow-up") << int(Stage::PostTraining) << "followUpActivities";
        QTest::newRow("lesson") << int(Stage::PostTraining) << "postTrainingFindings";
    }

    void eachFormCreatesItsRecordAndUndoRemovesIt()
    {
        QFETCH(int, stage);
        QFETCH(QString, panelName);
        m_navigator->selectStage(static_cast<Stage>(stage));
        RecordListPanel *list = panel(panelName.toLatin1().constData());
        QCOMPARE(panelView(list)->model()->rowCount(), 0);
        addThrough(list, [&](QWidget *d) {
            // Every form's first text field takes a name, a statement or a title.
            for (const char *field : {"text", "instrument", "name", "title"}) {
                if (auto *edit = d->findChild<QLineEdit *>(QLatin1String(field)))
                    edit->setText(QStringLiteral("Zapis za %1").arg(panelName));
            }
            if (auto *score = d->findChild<QSpinBox *>(QStringLiteral("target")))
                score->setValue(3);
            if (auto *post = d->findChild<QDoubleSpinBox *>(QStringLiteral("postScore")))
                post->setValue(88);
            save(d);
        });
        QCOMPARE(panelView(list)->model()->rowCount(), 1);
        QVERIFY(!list->summary().isEmpty());
        QVERIFY(m_f->stack().undoText().startsWith(u"Add"));
        m_f->stack().undo();
        QCOMPARE(panelView(list)->model()->rowCount(), 0);
    }

    void deleteAsksAndUndoBringsItBack()
    {
        LegislationItem l;
        l.missionId = m_mission;
        l.instrument = QStringLiteral("Kazneni zakon");
        l.article = QStringLiteral("Art. 87(21)");
        QVERIFY(m_f->edits().saveStageRecord(l));
        m_navigator->selectStage(Stage::Orientation);
        RecordListPanel *list = panel("legislation");
        list->selectId(l.meta.id);
        QString question;
        whenModalShown([&](QWidget *box) {
            question = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->button(QMessageBox::No)->click();
        });
        list->deleteAction()->trigger();
        QVERIFY(question.contains(QStringLiteral("Kazneni zakon Art. 87(21)")));
        QCOMPARE(records<LegislationItem>().size(), 1); // No keeps it

        whenModalShown([](QWidget *box) {
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        list->deleteAction()->trigger();
        QVERIFY(records<LegislationItem>().isEmpty());
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Delete legislation"));
        m_f->stack().undo();
        QCOMPARE(records<LegislationItem>().size(), 1);
    }

    void trainingSessionTracesModulesAndTheCascade()
    {
        TrainingModule module;
        module.missionId = m_mission;
        module.code = QStringLiteral("HR-M1");
        module.title = QStringLiteral("What makes a crime a hate crime");
        QVERIFY(m_f->edits().saveModule(module));
        Trainee trainer;
        trainer.missionId = m_mission;
        trainer.name = QStringLiteral("Ivana Horvat");
        trainer.region = QStringLiteral("Zagreb");
        trainer.certifiedOn = QDate(2026, 3, 20);
        QVERIFY(m_f->edits().saveStageRecord(trainer));
        m_navigator->selectStage(Stage::TrainTheTrainer);
        auto *tree = m_navigator->findChild<QTreeWidget *>(QStringLiteral("cascadeTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Ivana Horvat"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 0);

        addThrough(panel("trainingSessions"), [&](QWidget *d) {
            Form::setComboValue(child<QComboBox>(d, "tier"), TrainingTier::Local);
            child<QLineEdit>(d, "venue")->setText(QStringLiteral("Osijek"));
            auto *lead = child<QComboBox>(d, "leadTrainerId");
            lead->setCurrentIndex(lead->findData(trainer.meta.id));
            child<QListWidget>(d, "moduleIds")->item(0)->setCheckState(Qt::Checked);
            child<QCheckBox>(d, "held")->setChecked(true);
            child<QSpinBox>(d, "female")->setValue(6);
            child<QSpinBox>(d, "male")->setValue(16);
            save(d);
        });
        const TrainingSession s = records<TrainingSession>().at(0);
        QCOMPARE(s.leadTrainerId, trainer.meta.id);
        QCOMPARE(s.moduleIds, QStringList {module.meta.id});
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("22"));
        const QAbstractItemModel *model = panelView(panel("trainingSessions"))->model();
        QCOMPARE(model->index(0, 5).data().toString(), QStringLiteral("Ivana Horvat"));
        QCOMPARE(model->index(0, 6).data().toString(), QStringLiteral("HR-M1"));
    }

    // The programme's trainers, shared across its missions, lead a mission's session; the session
    // names the site it was held at.
    void aSessionIsLedByTheCoreTeamAtOneOfTheSites()
    {
        Stakeholder shared;
        shared.name = QStringLiteral("Tomás Ferreira");
        QVERIFY(StakeholderRepository(m_f->db()).save(shared));
        Programme programme;
        programme.code = QStringLiteral("P-1");
        programme.title = QStringLiteral("Hate crime training");
        programme.teamIds = {shared.meta.id};
        QVERIFY(m_f->edits().saveProgramme(programme));
        Mission m = mission();
        m.programmeId = programme.meta.id;
        m.sites = {siteIn(QStringLiteral("Hungary")), siteIn(QStringLiteral("Spain"))};
        m.sites[1].city = QStringLiteral("Ávila");
        QVERIFY(m_f->edits().saveMission(m));
        const QString avila = mission().sites.at(1).meta.id;
        m_navigator->selectStage(Stage::TrainTheTrainer);

        QString refused;
        addThrough(panel("trainingSessions"), [&](QWidget *d) {
            child<QLineEdit>(d, "venue")->setText(QStringLiteral("Escuela Nacional de Policía"));
            auto *lead = child<QComboBox>(d, "leadStakeholderId");
            QCOMPARE(lead->count(), 2); // none, and the core team
            lead->setCurrentIndex(lead->findData(shared.meta.id));
            auto *site = child<QComboBox>(d, "siteId");
            QCOMPARE(site->count(), 3);
            site->setCurrentIndex(site->findData(avila));
            QCOMPARE(site->currentText(), QStringLiteral("Ávila, Spain"));
            save(d);
        });
        const TrainingSession session = records<TrainingSession>().at(0);
        QCOMPARE(session.leadStakeholderId, shared.meta.id);
        QVERIFY(session.leadTrainerId.isEmpty());
        QCOMPARE(session.siteId, avila);
        const QAbstractItemModel *model = panelView(panel("trainingSessions"))->model();
        QCOMPARE(model->index(0, 5).data().toString(),
                 QStringLiteral("Tomás Ferreira (core team)"));

        // A lead who left the core team stays the lead when the session is saved again.
        programme = *ProgrammeRepository(m_f->db()).find(programme.meta.id);
        programme.teamIds.clear();
        QVERIFY(m_f->edits().saveProgramme(programme));
        // And a site removed from the mission stays the session's.
        m = mission();
        m.sites.removeLast();
        QVERIFY(m_f->edits().saveMission(m));
        whenModalShown([&](QWidget *d) {
            QCOMPARE(child<QComboBox>(d, "leadStakeholderId")->currentData().toString(),
                     shared.meta.id);
            child<QSpinBox>(d, "female")->setValue(4);
            save(d);
        });
        panelView(panel("trainingSessions"))->setCurrentIndex(model->index(0, 0));
        panel("trainingSessions")->editAction()->trigger();
        QCOMPARE(records<TrainingSession>().at(0).leadStakeholderId, shared.meta.id);
        QCOMPARE(records<TrainingSession>().at(0).female, 4);
        QCOMPARE(records<TrainingSession>().at(0).siteId, avila);
    }

    void targetsAndTheCurriculumFlagAreUndoable()
    {
        m_navigator->selectStage(Stage::TrainTheTrainer);
        auto *trainers = m_navigator->findChild<QSpinBox *>(QStringLiteral("trainersTarget"));
        QVERIFY(trainers);
        trainers->setValue(9);
        Q_EMIT trainers->editingFinished();
        QCOMPARE(mission().trainersTarget, std::optional<int>(9));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Change mission trainers target"));
        QVERIFY(panel("traineeRoster")->summary().contains(u"(target 9)"));

        m_navigator->selectStage(Stage::PostTraining);
        auto *embedded =
            m_navigator->findChild<QCheckBox *>(QStringLiteral("embeddedInCurriculum"));
        QVERIFY(embedded);
        embedded->setChecked(true);
        QVERIFY(mission().embeddedInCurriculum);
        m_f->stack().undo();
        QVERIFY(!mission().embeddedInCurriculum);
        QVERIFY(!embedded->isChecked()); // the box follows the undo
        m_f->stack().undo();
        QCOMPARE(mission().trainersTarget, std::nullopt);
        QCOMPARE(trainers->value(), 0);
    }

    void timelineDrawsStagesSessionsAndToday()
    {
        Mission m = mission();
        m.startDate = QDate(2025, 3, 1);
        m.endDate = QDate(2027, 6, 30);
        m.mouDate = QDate(2025, 4, 14);
        QVERIFY(m_f->edits().saveMission(m));
        TimelineChart chart(m_f->db(), m_mission);
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const auto count = [&chart](const char *className) {
            int n = 0;
            for (int i = 0; i < chart.plot()->itemCount(); ++i)
                n += QLatin1String(chart.plot()->item(i)->metaObject()->className())
                    == QLatin1String(className);
            return n;
        };
        QCOMPARE(count("QCPItemRect"), 1); // consultation, the current stage
        QCOMPARE(count("QCPItemStraightLine"), 1); // today
        const auto markers = [&chart] {
            int n = 0;
            for (int i = 0; i < chart.plot()->graphCount(); ++i)
                n += chart.plot()->graph(i)->dataCount();
            return n;
        };
        QCOMPARE(markers(), 3); // start, MoU, end

        // A session added elsewhere shows at once.
        TrainingSession s;
        s.missionId = m_mission;
        s.startDate = QDate(2026, 5, 12);
        s.venue = QStringLiteral("Rijeka");
        QVERIFY(m_f->edits().saveStageRecord(s));
        QCOMPARE(markers(), 4);

        // Zoom: the whole mission, then six months around today, then two years.
        const auto whole = chart.shownRange();
        QVERIFY(whole.first <= QDate(2025, 3, 1));
        QVERIFY(whole.second >= QDate(2027, 6, 30));
        chart.setZoom(TimelineChart::Zoom::Month);
        const auto month = chart.shownRange();
        QVERIFY(month.first.daysTo(month.second) < 220);
        chart.setZoom(TimelineChart::Zoom::Quarter);
        const auto quarter = chart.shownRange();
        QVERIFY(quarter.first.daysTo(quarter.second) > 700);
    }

    // The walk: one mission from consultation to post-training support through the
    // forms alone, the progress following what is recorded.
    void walkAMissionThroughTheFiveStages()
    {
        const auto progress = [this](Stage stage) {
            return m_navigator->stageButton(stage)->text();
        };
        // Each move is made today, all criteria met: the dialog's Move at once.
        const auto moveOn = [this] {
            whenModalShown([](QWidget *d) {
                QCOMPARE(d->objectName(), QStringLiteral("moveStageDialog"));
                qobject_cast<QDialog *>(d)->accept();
            });
            QVERIFY(m_navigator->moveToNextStage());
        };
        const auto tickAll = [this] {
            for (int row = 0; row < m_navigator->criteriaList()->count(); ++row)
                m_navigator->toggleCriterion(row);
        };
        // 1. Consultation: a session held, the criteria met, move on.
        m_navigator->selectStage(Stage::Consultation);
        addThrough(panel("consultationSessions"), [](QWidget *d) {
            child<QLineEdit>(d, "place")->setText(QStringLiteral("Zagreb"));
            child<QCheckBox>(d, "held")->setChecked(true);
            save(d);
        });
        addThrough(panel("consultationFindings"), [](QWidget *d) {
            child<QLineEdit>(d, "text")->setText(QStringLiteral("No field for the bias motive"));
            save(d);
        });
        tickAll();
        QVERIFY(progress(Stage::Consultation).contains(u"Complete"));
        moveOn();
        QCOMPARE(mission().currentStage, Stage::Orientation);

        // 2. Orientation: a need traced to the concern.
        const QString concern = records<Finding>().at(0).meta.id;
        whenModalShown([](QWidget *d) {
            child<QLineEdit>(d, "needStatementEdit")->setText(QStringLiteral("Record bias"));
            auto *sources = d->findChild<QListWidget *>(QStringLiteral("needFindingsList"));
            QVERIFY(sources);
            QCOMPARE(sources->count(), 1);
            sources->item(0)->setCheckState(Qt::Checked);
            save(d);
        });
        m_navigator->traceability()->addNeed();
        QCOMPARE(NeedRepository(m_f->db()).forMission(m_mission).at(0).findingIds,
                 QStringList {concern});
        tickAll();
        moveOn();

        // 3. Curriculum: a module answering the need.
        whenModalShown([](QWidget *d) {
            child<QLineEdit>(d, "moduleCodeEdit")->setText(QStringLiteral("M1"));
            child<QLineEdit>(d, "moduleTitleEdit")->setText(QStringLiteral("Recording"));
            save(d);
        });
        m_navigator->traceability()->addModule();
        m_navigator->traceability()->cycleCell(0, 0);
        tickAll();
        QVERIFY(progress(Stage::Curriculum).contains(u"Complete"));
        moveOn();

        // 4. Train-the-trainer: a certified trainer and a session held.
        addThrough(panel("traineeRoster"), [](QWidget *d) {
            child<QLineEdit>(d, "name")->setText(QStringLiteral("Ivana Horvat"));
            child<DateEdit>(d, "certifiedOn")->setValue(QDate(2026, 3, 20));
            save(d);
        });
        addThrough(panel("trainingSessions"), [](QWidget *d) {
            child<QLineEdit>(d, "venue")->setText(QStringLiteral("Policijska akademija"));
            child<QCheckBox>(d, "held")->setChecked(true);
            save(d);
        });
        tickAll();
        QVERIFY(progress(Stage::TrainTheTrainer).contains(u"Complete"));
        moveOn();
        QCOMPARE(mission().currentStage, Stage::PostTraining);

        // 5. Post-training support: a follow-up activity held.
        addThrough(panel("followUpActivities"), [](QWidget *d) {
            child<QLineEdit>(d, "title")->setText(QStringLiteral("Refresher in Split"));
            child<QCheckBox>(d, "held")->setChecked(true);
            save(d);
        });
        QVERIFY(progress(Stage::PostTraining).contains(u"In progress"));
        tickAll();
        QVERIFY(progress(Stage::PostTraining).contains(u"Complete"));
    }

private:
    static void save(QWidget *dialog)
    {
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY2(!dialog->isVisible(),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text()));
    }

    // Opens the panel's Add dialog and answers it with `fill`.
    static void addThrough(RecordListPanel *list, std::function<void(QWidget *)> fill)
    {
        QVERIFY(list);
        whenModalShown(std::move(fill));
        list->addAction()->trigger();
    }

    RecordListPanel *panel(const char *name) const
    {
        return m_navigator->findChild<RecordListPanel *>(QLatin1String(name));
    }

    static QTableView *panelView(RecordListPanel *list) { return list->view(); }

    template<typename T> QList<T> records() const
    {
        return MissionRecords<T>(m_f->db()).forMission(m_mission);
    }

    Mission mission() const { return *MissionRepository(m_f->db()).find(m_mission); }

    std::unique_ptr<EditsFixture> m_f;
    std::unique_ptr<StageNavigator> m_navigator;
    QString m_mission;
    QStringList m_stakeholders;
};

IP_GUI_TEST_MAIN(TestStageForms)
#include "tst_stageforms.moc"
