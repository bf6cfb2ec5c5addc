#include "Clock.h"
#include "DateEdit.h"
#include "Edits.h"
#include "EditsFixture.h"
#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "MissionEditor.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"
#include "RecordListPanel.h"
#include "RiskRepository.h"
#include "RiskTableModel.h"
#include "RisksPage.h"
#include "Settings.h"
#include "StageRecords.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>
#include <qcustomplot.h>

using namespace TestSupport;
using namespace GuiTest;

// The risk register: risks created, re-assessed and deleted through the Risks page, each step
// undoable; mitigation actions with due dates; the history chart; and the overdue lists.
class TestRisks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, QStringLiteral("en"));
    }

    void init()
    {
        Clock::setFixedNow(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        m_f = std::make_unique<EditsFixture>(QStringLiteral("risks.sqlite"));
        QVERIFY(m_f->isOpen());
        m_mission = m_f->addMission(QStringLiteral("BA-HC-09"), QStringLiteral("Risks test"));
        m_page = std::make_unique<RisksPage>(m_f->edits(), new RiskTableModel(m_f->db()));
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_f.reset();
        TestSupport::pinClock();
    }

    // The score history is drawn against this database's rating bands, not the defaults (it
    // once drew them at 4.5 and 11.5 whatever the settings said).
    void historyBandsFollowTheDatabasesSettings()
    {
        Risk r;
        r.missionId = m_mission;
        r.title = QStringLiteral("Elections");
        r.likelihood = 3;
        r.impact = 3;
        QVERIFY(m_f->edits().saveRisk(r));
        const auto bands = [this] {
            QList<QPair<double, double>> found;
            QCustomPlot *plot = m_page->historyPlot();
            for (int i = 0; i < plot->itemCount(); ++i) {
                if (auto *band = qobject_cast<QCPItemRect *>(plot->item(i)))
                    found.append({band->bottomRight->coords().y(), band->topLeft->coords().y()});
            }
            return found;
        };
        m_page->selectId(r.meta.id);
        QTRY_COMPARE(bands().size(), 3);
        QCOMPARE(bands().at(1), (QPair<double, double>(4.5, 11.5)));
        QVERIFY(m_f->edits().saveRatingSettings({8, 16}, RagThresholds()));
        QTRY_VERIFY(bands().size() == 3 && bands().at(0).second == 7.5);
        QCOMPARE(bands().at(1), (QPair<double, double>(7.5, 15.5)));
        QCOMPARE(bands().at(2), (QPair<double, double>(15.5, 26.0)));
    }

    void createReassessAndUndo()
    {
        whenModalShown([this](QWidget *d) {
            QCOMPARE(d->objectName(), QStringLiteral("riskEditor"));
            auto *mission = child<QComboBox>(d, "missionId");
            mission->setCurrentIndex(mission->findData(m_mission));
            auto *title = child<QLineEdit>(d, "title");
            title->setFocus();
            typeText(title, QStringLiteral("Turf battles between entity police / Сукоб"));
            Form::setComboValue(child<QComboBox>(d, "category"), RiskCategory::Coordination);
            child<QSpinBox>(d, "likelihood")->setValue(4);
            child<QSpinBox>(d, "impact")->setValue(4);
            save(d);
        });
        m_page->newRisk();
        QList<Risk> risks = RiskRepository(m_f->db()).all();
        QCOMPARE(risks.size(), 1);
        QCOMPARE(risks.at(0).score(), 16);
        QCOMPARE(risks.at(0).category, RiskCategory::Coordination);
        QCOMPARE(risks.at(0).missionId, m_mission);
        QCOMPARE(m_page->view()->model()->rowCount(), 1);
        QCOMPARE(m_page->currentId(), risks.at(0).meta.id);
        QCOMPARE(historyPoints(), 1);

        // Re-assessed: lower likelihood and a residual score; the history keeps both.
        whenModalShown([](QWidget *d) {
            child<QSpinBox>(d, "likelihood")->setValue(2);
            child<QSpinBox>(d, "residualLikelihood")->setValue(1);
            child<QSpinBox>(d, "residualImpact")->setValue(3);
            save(d);
        });
        m_page->openCurrent();
        QCOMPARE(RiskRepository(m_f->db()).find(risks.at(0).meta.id)->score(), 8);
        QCOMPARE(RiskRepository(m_f->db()).history(risks.at(0).meta.id).size(), 2);
        QCOMPARE(historyPoints(), 3); // two inherent, one residual

        QVERIFY(m_f->stack().undoText().startsWith(u"Edit risk"));
        m_f->stack().undo();
        QCOMPARE(RiskRepository(m_f->db()).find(risks.at(0).meta.id)->score(), 16);
        m_f->stack().undo();
        QVERIFY(RiskRepository(m_f->db()).all().isEmpty());
    }

    void badInputKeepsTheEditorOpen()
    {
        whenModalShown([](QWidget *d) {
            child<QSpinBox>(d, "residualLikelihood")->setValue(3); // without residual impact
            d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
            QVERIFY(d->isVisible());
            const QString message = child<QLabel>(d, "errorLabel")->text();
            QVERIFY2(message.contains(u"Title is required"), qPrintable(message));
            QVERIFY(message.contains(u"both residual likelihood and residual impact"));
            discard(d);
        });
        m_page->newRisk();
        QVERIFY(RiskRepository(m_f->db()).all().isEmpty());
        QCOMPARE(m_f->stack().count(), 0);
    }

    void actionsWithDueDatesAndOverdueLists()
    {
        Risk risk;
        risk.missionId = m_mission;
        risk.title = QStringLiteral("Records lost at the handover");
        risk.reviewDate = QDate(2026, 10, 1); // passed
        QVERIFY(m_f->edits().saveRisk(risk));
        Risk later = risk;
        later.meta = {};
        later.title = QStringLiteral("Reviewed in time");
        later.reviewDate = QDate(2027, 1, 1);
        QVERIFY(m_f->edits().saveRisk(later));
        m_page->selectId(risk.meta.id);

        RecordListPanel *actions = m_page->actionsPanel();
        whenModalShown([](QWidget *d) {
            child<QLineEdit>(d, "action")->setText(QStringLiteral("Ask for the case files"));
            child<QLineEdit>(d, "owner")->setText(QStringLiteral("Head of mission"));
            child<DateEdit>(d, "dueDate")->setValue(QDate(2026, 11, 1));
            save(d);
        });
        actions->addAction()->trigger();
        QCOMPARE(actions->view()->model()->rowCount(), 1);
        QVERIFY(actions->view()->model()->index(0, 2).data().toString().contains(u"overdue"));
        QCOMPARE(m_f->stack().undoText(), QStringLiteral("Add risk action"));

        const RiskRepository repository(m_f->db());
        // What the portfolio lists: the reviews, or the actions, past their dates.
        const auto overdue = [&repository](bool wantActions, int limit = 500) {
            QList<RiskRepository::OverdueWork> work;
            for (const RiskRepository::OverdueWork &w :
                 repository.overdueWork(Clock::today(), limit))
                if (w.action.isEmpty() != wantActions)
                    work.append(w);
            return work;
        };
        const auto overdueReviews = [&overdue](int limit = 500) { return overdue(false, limit); };
        const auto overdueActions = [&overdue] { return overdue(true); };
        QCOMPARE(overdueReviews().size(), 1);
        QCOMPARE(overdueReviews().at(0).riskTitle, risk.title);
        QCOMPARE(overdueReviews().at(0).riskId, risk.meta.id);
        QCOMPARE(overdueReviews().at(0).due, QDate(2026, 10, 1));
        QCOMPARE(overdueReviews().at(0).missionCode,
                 MissionRepository(m_f->db()).find(m_mission)->code);
        // The portfolio asks for the oldest few only; a later review is not overdue at all.
        Risk older = risk;
        older.meta = {};
        older.title = QStringLiteral("Reviewed even longer ago");
        older.reviewDate = QDate(2026, 6, 1);
        QVERIFY(m_f->edits().saveRisk(older));
        QCOMPARE(overdueReviews(1).size(), 1);
        QCOMPARE(overdueReviews(1).at(0).riskTitle, older.title);
        QCOMPARE(overdueReviews().size(), 2);
        m_f->stack().undo();
        QCOMPARE(overdueActions().size(), 1);
        QCOMPARE(overdueActions().at(0).owner, QStringLiteral("Head of mission"));
        QCOMPARE(overdueActions().at(0).action, QStringLiteral("Ask for the case files"));
        QCOMPARE(overdueActions().at(0).due, QDate(2026, 11, 1));
        QCOMPARE(overdueActions().at(0).riskTitle, risk.title);

        // Done, or the risk closed: no longer overdue.
        RiskAction action = MissionRecords<RiskAction>(m_f->db()).forOwner(risk.meta.id).at(0);
        action.done = true;
        QVERIFY(m_f->edits().saveStageRecord(action));
        QVERIFY(overdueActions().isEmpty());
        risk = *repository.find(risk.meta.id);
        risk.state = RiskState::Closed;
        QVERIFY(m_f->edits().saveRisk(risk));
        QVERIFY(overdueReviews().isEmpty());
        m_f->stack().undo();
        m_f->stack().undo();
        QCOMPARE(overdueActions().size(), 1);
    }

    // The register narrows to the portfolio's own risks, a programme's (its own and its
    // missions') or one mission's; a risk added meanwhile belongs to what is shown.
    void theRegisterNarrowsToAProgrammeOrAMission()
    {
        Programme p;
        p.code = QStringLiteral("P-1");
        p.title = QStringLiteral("Programme");
        QVERIFY(m_f->edits().saveProgramme(p));
        Mission m = *MissionRepository(m_f->db()).find(m_mission);
        m.programmeId = p.meta.id;
        QVERIFY(m_f->edits().saveMission(m));
        const QString other = m_f->addMission(QStringLiteral("XX-01"), QStringLiteral("Other"));
        const auto add = [this](const QString &title, const QString &missionId,
                                const QString &programmeId) {
            Risk r;
            r.title = title;
            r.missionId = missionId;
            r.programmeId = programmeId;
            QVERIFY(m_f->edits().saveRisk(r));
        };
        add(QStringLiteral("Of the mission"), m_mission, {});
        add(QStringLiteral("Of the programme"), {}, p.meta.id);
        add(QStringLiteral("Of another mission"), other, {});
        add(QStringLiteral("Of the portfolio"), {}, {});
        const auto shown = [this] {
            QStringList titles;
            const QAbstractItemModel *model = m_page->view()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                titles.append(model->index(row, 0).data(TableRoles::Id).toString());
            QStringList names;
            for (const QString &id : std::as_const(titles))
                names.append(RiskRepository(m_f->db()).find(id)->title);
            names.sort();
            return names;
        };
        QComboBox *scope = m_page->scopeFilter();
        QCOMPARE(shown().size(), 4);
        scope->setCurrentIndex(scope->findText(QStringLiteral("Programme P-1")));
        QCOMPARE(
            shown(),
            (QStringList {QStringLiteral("Of the mission"), QStringLiteral("Of the programme")}));
        scope->setCurrentIndex(scope->findText(QStringLiteral("XX-01")));
        QCOMPARE(shown(), QStringList {QStringLiteral("Of another mission")});
        scope->setCurrentIndex(scope->findData(QStringLiteral("portfolio")));
        QCOMPARE(shown(), QStringList {QStringLiteral("Of the portfolio")});

        scope->setCurrentIndex(scope->findText(QStringLiteral("XX-01")));
        whenModalShown([](QWidget *d) {
            child<QLineEdit>(d, "title")->setText(QStringLiteral("Added here"));
            save(d);
        });
        m_page->newRisk();
        QCOMPARE(
            shown(),
            (QStringList {QStringLiteral("Added here"), QStringLiteral("Of another mission")}));
    }

    // Category, rating, state and owner narrow the register together with the scope; an
    // owner no risk names any more goes from the list, and every owner's risks show again.
    void theRegisterFiltersByCategoryRatingStateAndOwner()
    {
        const auto add = [this](const QString &title, RiskCategory category, int likelihood,
                                int impact, RiskState state, const QString &owner) {
            Risk r;
            r.title = title;
            r.missionId = m_mission;
            r.category = category;
            r.likelihood = likelihood;
            r.impact = impact;
            r.state = state;
            if (state == RiskState::Occurred) {
                r.occurredOn = Clock::today();
                r.consequence = QStringLiteral("It happened");
            }
            r.owner = owner;
            QVERIFY2(m_f->edits().saveRisk(r), qPrintable(title));
        };
        add(QStringLiteral("Minister leaves"), RiskCategory::Political, 5, 5, RiskState::Open,
            QStringLiteral("Head of mission"));
        add(QStringLiteral("Trainers move on"), RiskCategory::Institutional, 3, 3, RiskState::Open,
            QStringLiteral("Training lead"));
        add(QStringLiteral("Venue floods"), RiskCategory::Infrastructure, 1, 2, RiskState::Occurred,
            QStringLiteral("Logistics"));
        const auto shown = [this] {
            QStringList names;
            const QAbstractItemModel *model = m_page->view()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                names.append(RiskRepository(m_f->db())
                                 .find(model->index(row, 0).data(TableRoles::Id).toString())
                                 ->title);
            names.sort();
            return names;
        };
        const QList<QComboBox *> filters = m_page->filters();
        QComboBox *category = filters.at(0);
        QComboBox *rating = filters.at(1);
        QComboBox *state = filters.at(2);
        QComboBox *owner = filters.at(3);
        QCOMPARE(owner->count(), 4); // any, and the three owners
        category->setCurrentIndex(category->findText(QStringLiteral("Political")));
        QCOMPARE(shown(), QStringList {QStringLiteral("Minister leaves")});
        category->setCurrentIndex(0);
        rating->setCurrentIndex(rating->findText(QStringLiteral("Medium")));
        QCOMPARE(shown(), QStringList {QStringLiteral("Trainers move on")});
        rating->setCurrentIndex(0);
        state->setCurrentIndex(state->findText(QStringLiteral("Came true")));
        QCOMPARE(shown(), QStringList {QStringLiteral("Venue floods")});
        state->setCurrentIndex(0);
        owner->setCurrentIndex(owner->findText(QStringLiteral("Training lead")));
        QCOMPARE(shown(), QStringList {QStringLiteral("Trainers move on")});

        // The owner's only risk is deleted: the filter lets go and every risk shows.
        const QString id = m_page->currentId();
        QVERIFY(m_f->edits().deleteRisk(id));
        QCOMPARE(owner->currentIndex(), 0);
        QCOMPARE(shown(),
                 (QStringList {QStringLiteral("Minister leaves"), QStringLiteral("Venue floods")}));
    }

    void deleteAsksAndUndoBringsItBack()
    {
        Risk risk;
        risk.title = QStringLiteral("Leadership change ends the programme");
        QVERIFY(m_f->edits().saveRisk(risk));
        m_page->selectId(risk.meta.id);
        whenModalShown([](QWidget *box) {
            QVERIFY(static_cast<QMessageBox *>(box)->text().contains(u"Leadership change"));
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        m_page->deleteCurrent();
        QVERIFY(RiskRepository(m_f->db()).all().isEmpty());
        m_f->stack().undo();
        QCOMPARE(RiskRepository(m_f->db()).all().size(), 1);
    }

    // On a screen too short for all its fields (the offscreen one is 800x600; the editor wants
    // over 1,000 pixels), the risk editor fits: the fields scroll, the message and Save stay in
    // view, and the field in hand is scrolled to. It once ran off a 768-pixel laptop's screen.
    void theEditorFitsAShortScreen()
    {
        bool checked = false;
        whenModalShown([&checked](QWidget *d) {
            // Typing starts with the risk, not in the mission's list (a space opened it).
            QCOMPARE(d->focusWidget(), child<QLineEdit>(d, "title"));
            const QRect room = d->screen()->availableGeometry();
            QVERIFY2(
                d->frameGeometry().height() <= room.height(),
                qPrintable(
                    QStringLiteral("%1 > %2").arg(d->frameGeometry().height()).arg(room.height())));
            auto *saveButton = child<QPushButton>(d, "saveButton");
            QVERIFY(
                d->rect().contains(QRect(saveButton->mapTo(d, QPoint(0, 0)), saveButton->size())));
            auto *scroll = child<QScrollArea>(d, "editorScroll");
            QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
            auto *consequence = child<QPlainTextEdit>(d, "consequence");
            QVERIFY(!scroll->viewport()->rect().contains(
                consequence->mapTo(scroll->viewport(), QPoint(0, 0))));
            consequence->setFocus();
            QVERIFY(QTest::qWaitFor([&] {
                return scroll->viewport()->rect().contains(
                    consequence->mapTo(scroll->viewport(), QPoint(0, 0)));
            }));
            static_cast<QDialog *>(d)->reject();
            checked = true;
        });
        m_page->newRisk();
        QVERIFY(checked);
    }

    // The register keeps two thirds of the page's height: the details below it once took more
    // than half (spread by their size hints; the score chart's minimum and a heading that
    // repeats their tab's name), which left seven rows of risks on a 768-pixel laptop.
    void theRegisterHasTheRoom()
    {
        RisksPage page(m_f->edits(), new RiskTableModel(m_f->db()));
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *split = child<QSplitter>(&page, "footerSplitter");
        // A third for the details, or as little as they can take.
        QWidget *details = split->widget(1);
        const auto shared = [split, details] {
            const QList<int> sizes = split->sizes();
            const int third = (sizes.value(0) + sizes.value(1)) / 3;
            return sizes.size() == 2
                && sizes.at(1) <= std::max(third + 2, details->minimumSizeHint().height());
        };
        QVERIFY2(QTest::qWaitFor(shared),
                 qPrintable(QStringLiteral("%1 : %2 (details at least %3)")
                                .arg(split->sizes().value(0))
                                .arg(split->sizes().value(1))
                                .arg(details->minimumSizeHint().height())));
        // The user's own line stays, even when the page is shown again.
        split->setSizes({200, 300});
        const QList<int> chosen = split->sizes();
        page.hide();
        page.show();
        QCoreApplication::processEvents();
        QCOMPARE(split->sizes(), chosen);
    }

    // The mission editor's Risks tab lists the mission's own risks, and adds, edits and deletes
    // them with the Risks page's editor, each one undo step; another mission's risk is not there.
    void theMissionEditorHasARisksTab()
    {
        Risk elsewhere;
        elsewhere.missionId = m_f->addMission(QStringLiteral("RS-HC-02"), QStringLiteral("Other"));
        elsewhere.title = QStringLiteral("Not this mission's");
        QVERIFY(m_f->edits().saveRisk(elsewhere));
        MissionEditor editor(m_f->edits(), *MissionRepository(m_f->db()).find(m_mission));
        auto *tabs = child<QTabWidget>(&editor, "missionTabs");
        auto *panel = child<RecordListPanel>(&editor, "missionRisks");
        QVERIFY(tabs->indexOf(panel) >= 0);
        QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Risks"));
        tabs->setCurrentWidget(panel);
        QCOMPARE(panel->view()->model()->rowCount(), 0);

        whenModalShown([this](QWidget *d) {
            QCOMPARE(d->objectName(), QStringLiteral("riskEditor"));
            QCOMPARE(child<QComboBox>(d, "missionId")->currentData().toString(), m_mission);
            child<QLineEdit>(d, "title")->setText(QStringLiteral("Шеф полиције blocks access"));
            child<QSpinBox>(d, "likelihood")->setValue(5);
            child<QSpinBox>(d, "impact")->setValue(4);
            save(d);
        });
        panel->addAction()->trigger();
        const QList<Risk> risks = RiskRepository(m_f->db()).forMission(m_mission);
        QCOMPARE(risks.size(), 1);
        QCOMPARE(risks.constFirst().score(), 20);
        QCOMPARE(panel->view()->model()->rowCount(), 1);
        QCOMPARE(panel->currentId(), risks.constFirst().meta.id);
        QVERIFY2(panel->summary().startsWith(u"1 open risk of 1"), qPrintable(panel->summary()));

        // Closed from the tab; the Risks page, open meanwhile, follows.
        whenModalShown([](QWidget *d) {
            Form::setComboValue(child<QComboBox>(d, "state"), RiskState::Closed);
            save(d);
        });
        panel->editAction()->trigger();
        QCOMPARE(RiskRepository(m_f->db()).find(risks.constFirst().meta.id)->state,
                 RiskState::Closed);
        QVERIFY2(panel->summary().startsWith(u"0 open risks of 1"), qPrintable(panel->summary()));
        QCOMPARE(m_page->view()->model()->rowCount(), 2);

        whenModalShown([](QWidget *box) {
            QVERIFY(static_cast<QMessageBox *>(box)->text().contains(u"Шеф полиције"));
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        panel->deleteAction()->trigger();
        QCOMPARE(panel->view()->model()->rowCount(), 0);
        m_f->stack().undo();
        QCOMPARE(panel->view()->model()->rowCount(), 1);
        QCOMPARE(RiskRepository(m_f->db()).forMission(elsewhere.missionId).size(), 1);
    }

private:
    static void save(QWidget *dialog)
    {
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY2(!dialog->isVisible(),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text()));
    }

    int historyPoints() const
    {
        int points = 0;
        for (int i = 0; i < m_page->historyPlot()->graphCount(); ++i)
            points += m_page->historyPlot()->graph(i)->dataCount();
        return points;
    }

    std::unique_ptr<EditsFixture> m_f;
    std::unique_ptr<RisksPage> m_page;
    QString m_mission;
};

IP_GUI_TEST_MAIN(TestRisks)
#include "tst_risks.moc"
