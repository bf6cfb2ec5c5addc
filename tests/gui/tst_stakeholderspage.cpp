#include "Clock.h"
#include "DateEdit.h"
#include "Edits.h"
#include "EngagementRepository.h"
#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MissionRepository.h"
#include "PowerInterestGrid.h"
#include "ProgrammeRepository.h"
#include "SearchFilterModel.h"
#include "StakeholderEditor.h"
#include "StakeholderRepository.h"
#include "StakeholderTableModel.h"
#include "StakeholdersPage.h"
#include "TableMenu.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include <qcustomplot.h>

using namespace TestSupport;
using namespace GuiTest;

// The stakeholder directory and editor, driven as a planner would: filters, edits that leave a
// snapshot, a new stakeholder linked to a mission in one undoable step, and the engagement log.
class TestStakeholdersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("intervention-planner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_stakeholderspage"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDemo());
        m_window->workspace()->showPage(Workspace::Stakeholders);
        m_page = m_window->workspace()->stakeholdersPage();
    }

    void cleanup()
    {
        m_window.reset();
        m_page = nullptr;
    }

    // Columns fit what they hold once the rows arrive, not the empty table they started as: no
    // name is cut while the column has room to spare (up to its cap).
    void columnsFitTheirRowsOnceTheyArrive()
    {
        QTableView *view = m_page->view();
        QVERIFY(view->model()->rowCount() > 5);
        int widest = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            widest = std::max(widest, view->sizeHintForIndex(view->model()->index(row, 0)).width());
        QVERIFY2(view->columnWidth(0) >= std::min(widest, 420),
                 qPrintable(QStringLiteral("%1 < %2").arg(view->columnWidth(0)).arg(widest)));
        // A column the user narrowed stays as they left it when the list is read again.
        view->setColumnWidth(0, 90);
        auto *model = qobject_cast<StakeholderTableModel *>(m_page->proxy()->sourceModel());
        QVERIFY(model);
        model->reload();
        QCOMPARE(view->columnWidth(0), 90);

        // A new database starts empty; its first stakeholders are not cut to the empty header.
        TempFolder dir;
        MainWindow fresh;
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QVERIFY(fresh.createDatabase(dir.path(QStringLiteral("new.sqlite"))));
        fresh.workspace()->showPage(Workspace::Stakeholders);
        StakeholdersPage *page = fresh.workspace()->stakeholdersPage();
        QCOMPARE(page->view()->model()->rowCount(), 0);
        const QString longName = QStringLiteral("Državno odvjetništvo Republike Hrvatske, Zagreb");
        Stakeholder longOne;
        longOne.name = longName;
        QVERIFY(StakeholderRepository(*fresh.database()).save(longOne));
        qobject_cast<StakeholderTableModel *>(page->proxy()->sourceModel())->reload();
        QCOMPARE(page->view()->model()->rowCount(), 1);
        QVERIFY2(page->view()->columnWidth(0)
                     >= std::min(420, page->view()->fontMetrics().horizontalAdvance(longName)),
                 qPrintable(QString::number(page->view()->columnWidth(0))));
    }

    void editingPowerRecordsASnapshot()
    {
        const QString id = idOf(QStringLiteral("Marko Kovačević"));
        StakeholderRepository stakeholders(*m_window->database());
        const qsizetype before = stakeholders.snapshots(id).size();
        m_page->selectId(id);
        whenModalShown([](QWidget *dialog) {
            child<QSpinBox>(dialog, "stakeholderPowerSpin")->setValue(5);
            QCOMPARE(child<QLabel>(dialog, "stakeholderQuadrantLabel")->text(),
                     QStringLiteral("Keep satisfied"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        });
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(stakeholders.find(id)->power, 5);
        QCOMPARE(stakeholders.snapshots(id).size(), before + 1);
        QCOMPARE(stakeholders.snapshots(id).last().power, 5);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Change stakeholder power"));
    }

    // A position entered after the fact is kept in the history under the day it stood; a day
    // after today is refused with the dialog left open.
    void aPositionIsDatedAsOfTheDayItStood()
    {
        const QString id = idOf(QStringLiteral("Marko Kovačević"));
        StakeholderRepository stakeholders(*m_window->database());
        m_page->selectId(id);
        // Before the first recorded position: an older one entered later.
        const QDate day = stakeholders.snapshots(id).constFirst().takenAt.date().addDays(-3);
        const int trustBefore = stakeholders.find(id)->trust;
        QString refused;
        whenModalShown([&](QWidget *dialog) {
            auto *asOf = child<DateEdit>(dialog, "stakeholderPositionAsOf");
            QCOMPARE(asOf->value(), Clock::today()); // proposed
            child<QSpinBox>(dialog, "stakeholderTrustSpin")->setValue(1);
            asOf->setValue(Clock::today().addDays(2));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            refused = dialog->isVisible() ? child<QLabel>(dialog, "errorLabel")->text() : QString();
            asOf->setValue(day);
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        });
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QVERIFY2(refused.contains(u"after today"), qPrintable(refused));
        const auto datedTrust = [&] {
            const QList<StakeholderSnapshot> history = stakeholders.snapshots(id);
            for (const StakeholderSnapshot &s : history) {
                if (s.takenAt.date() == day)
                    return s.trust;
            }
            return -1;
        };
        QCOMPARE(datedTrust(), 1);
        // Undone and redone, the change keeps its day (redo was once refused as dated before the
        // snapshot the undo had left).
        m_window->undoStack()->undo();
        QCOMPARE(stakeholders.find(id)->trust, trustBefore);
        m_window->undoStack()->redo();
        QCOMPARE(stakeholders.find(id)->trust, 1);
        QCOMPARE(datedTrust(), 1);
    }

    void newStakeholderLinkedInOneStep()
    {
        QComboBox *missions = m_page->missionFilter();
        missions->setCurrentIndex(missions->findText(QStringLiteral("BA-HC-01")));
        const int shownBefore = m_page->view()->model()->rowCount();
        whenModalShown([](QWidget *dialog) {
            typeText(child<QLineEdit>(dialog, "stakeholderNameEdit"),
                     QStringLiteral("Удружење жена Бања Лука"));
            QVERIFY(child<QComboBox>(dialog, "stakeholderLinkMissionCombo")
                        ->currentText()
                        .startsWith(QStringLiteral("BA-HC-01")));
            QTest::keyClicks(child<QLineEdit>(dialog, "stakeholderLinkRoleEdit"),
                             QStringLiteral("Women's association"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        });
        m_page->newStakeholder();
        QCOMPARE(m_page->view()->model()->rowCount(), shownBefore + 1);
        const QString id = m_page->currentId();
        const QList<StakeholderLink> links =
            StakeholderRepository(*m_window->database()).linksForStakeholder(id);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().role, QStringLiteral("Women's association"));
        m_window->undoStack()->undo(); // one step takes back both the stakeholder and the link
        QVERIFY(!StakeholderRepository(*m_window->database()).find(id));
        QCOMPARE(m_page->view()->model()->rowCount(), shownBefore);
    }

    void invalidEmailKeepsTheDialogOpen()
    {
        QString message;
        whenModalShown([&message](QWidget *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "stakeholderNameEdit"),
                             QStringLiteral("Ana"));
            QTest::keyClicks(child<QLineEdit>(dialog, "stakeholderEmailEdit"),
                             QStringLiteral("ana at example"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            message = dialog->isVisible() ? child<QLabel>(dialog, "errorLabel")->text() : QString();
            discard(dialog);
        });
        const int before = StakeholderRepository(*m_window->database()).count();
        m_page->newStakeholder();
        QVERIFY2(message.contains(QStringLiteral("name@example.org")), qPrintable(message));
        QCOMPARE(StakeholderRepository(*m_window->database()).count(), before);
    }

    void logEngagementWithOverdueFollowUp()
    {
        const QString id = idOf(QStringLiteral("Ivana Horvat"));
        m_page->selectId(id);
        const qsizetype before =
            EngagementRepository(*m_window->database()).forStakeholder(id).size();
        int rowsShown = -1;
        QString followUpShown;
        whenModalShown([&](QWidget *dialog) {
            auto *editor = static_cast<StakeholderEditor *>(dialog);
            editor->tabs()->setCurrentIndex(2);
            whenModalShown([](QWidget *engagement) {
                QTest::keyClicks(child<QLineEdit>(engagement, "engagementPurposeEdit"),
                                 QStringLiteral("Materials for Osijek"));
                child<DateEdit>(engagement, "engagementDateEdit")->setValue(QDate(2026, 9, 1));
                child<DateEdit>(engagement, "engagementFollowUpEdit")->setValue(QDate(2026, 10, 1));
                QTest::mouseClick(child<QPushButton>(engagement, "saveButton"), Qt::LeftButton);
            });
            editor->logEngagement();
            auto *table = child<QTableWidget>(dialog, "engagementsTable");
            rowsShown = table->rowCount();
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 3)->text() == u"Materials for Osijek")
                    followUpShown = table->item(row, 4)->text();
            }
            discard(editor);
        });
        m_page->openCurrent();
        QCOMPARE(rowsShown, before + 1);
        QVERIFY2(followUpShown.contains(QStringLiteral("overdue")), qPrintable(followUpShown));
        QCOMPARE(EngagementRepository(*m_window->database()).forStakeholder(id).size(), before + 1);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Log engagement of 2026-09-01"));
    }

    void aRefusedSaveShowsTheDetailsTabAndTheFieldToFix()
    {
        const QString id = idOf(QStringLiteral("Ivana Horvat"));
        m_page->selectId(id);
        bool detailsShown = false;
        bool emailFocused = false;
        bool stillOpen = false;
        whenModalShown([&](QWidget *dialog) {
            auto *editor = static_cast<StakeholderEditor *>(dialog);
            auto *email = child<QLineEdit>(dialog, "stakeholderEmailEdit");
            email->setText(QStringLiteral("not an address"));
            editor->tabs()->setCurrentIndex(2);
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            detailsShown = editor->tabs()->currentIndex() == 0;
            emailFocused = dialog->focusWidget() == email; // whether or not the window is active
            stillOpen = dialog->isVisible();
            discard(editor);
        });
        m_page->openCurrent();
        QVERIFY(stillOpen);
        QVERIFY(detailsShown);
        QVERIFY(emailFocused);
    }

    // The row in hand stays in sight when a search is cleared: it comes back where the sort puts
    // it, not hidden below the rows that sit at the old scroll position.
    // A right-click on a row makes it the row in hand and offers what can be done with it;
    // Copy (Ctrl+C) puts the selected rows on the clipboard as text, ratings left out unless
    // asked for by name.
    // A new stakeholder starts "Not rated" (not in "Manage closely"); a group's sex is disabled.
    void aNewStakeholderStartsNotRated()
    {
        QStringList shown;
        bool sexForGroup = true;
        whenModalShown([&](QWidget *dialog) {
            for (const char *spin :
                 {"stakeholderPowerSpin", "stakeholderInterestSpin", "stakeholderTrustSpin"})
                shown.append(child<QSpinBox>(dialog, spin)->text());
            shown.append(child<QComboBox>(dialog, "stakeholderAttitudeCombo")->currentText());
            shown.append(child<QLabel>(dialog, "stakeholderQuadrantLabel")->text());
            auto *kind = child<QComboBox>(dialog, "stakeholderKindCombo");
            auto *sex = child<QComboBox>(dialog, "stakeholderSexCombo");
            QVERIFY(sex->isEnabled());
            kind->setCurrentIndex(kind->findText(QStringLiteral("Group or organisation")));
            sexForGroup = sex->isEnabled();
            kind->setCurrentIndex(kind->findText(QStringLiteral("Person")));
            QVERIFY(sex->isEnabled());
            qobject_cast<QDialog *>(dialog)->done(QDialog::Rejected);
        });
        m_page->findChild<QAction *>(QStringLiteral("newStakeholderAction"))->trigger();
        QCOMPARE(shown, QStringList(5, QStringLiteral("Not rated")));
        QVERIFY(!sexForGroup);
    }

    // Ctrl+S saves an open editor from any of its fields, as Save does.
    void ctrlSSavesTheEditor()
    {
        const QString id = idOf(QStringLiteral("Marko Kovačević"));
        m_page->selectId(id);
        whenModalShown([](QWidget *dialog) {
            // The editor is the window the keys go to (a modal dialog is once it is active).
            dialog->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), dialog);
            auto *name = child<QLineEdit>(dialog, "stakeholderNameEdit");
            name->setFocus();
            name->setText(QStringLiteral("Marko Kovačević Jr"));
            QTRY_COMPARE(QApplication::focusWidget(), name);
            QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        });
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(StakeholderRepository(*m_window->database()).find(id)->name,
                 QStringLiteral("Marko Kovačević Jr"));
        QVERIFY(!QApplication::activeModalWidget());
    }

    // Names on the power/interest grid never run into each other, a bubble or a quadrant's
    // name, at a desk's size and in a small pane; with room, they are whole.
    void gridNamesNeverCollide()
    {
        QList<GridPoint> points;
        const QStringList names {QStringLiteral("Ministarstvo unutarnjih poslova"),
                                 QStringLiteral("Marko Kovačević"),
                                 QStringLiteral("Državno odvjetništvo Republike Hrvatske"),
                                 QStringLiteral("Ivana Horvat"),
                                 QStringLiteral("Policijska akademija"),
                                 QStringLiteral("OSCE/ODIHR Tolerance"),
                                 QStringLiteral("Duga Zagreb"),
                                 QStringLiteral("Romsko srce Međimurja"),
                                 QStringLiteral("Протестна група"),
                                 QStringLiteral("Ana Novak"),
                                 QStringLiteral("Josip Babić"),
                                 QStringLiteral("Lana Jurić")};
        for (int i = 0; i < names.size(); ++i) {
            GridPoint p;
            p.stakeholderId = QString::number(i);
            p.name = names.at(i);
            p.initials = StakeholderGrid::initialsOf(p.name);
            p.power = i < 6 ? 5 : 1 + i % 3; // six share a cell, others spread
            p.interest = i < 6 ? 5 : 2 + i % 4;
            p.trust = 1 + i % 5;
            points.append(p);
        }
        for (const QSize size : {QSize(1200, 800), QSize(640, 420), QSize(420, 300)}) {
            PowerInterestGrid grid;
            grid.resize(size);
            grid.show();
            QVERIFY(QTest::qWaitForWindowExposed(&grid));
            grid.setPoints(points);
            grid.plot()->replot();
            const QList<QRectF> labels = grid.nameRects();
            const QList<QRectF> bubbles = grid.bubbleRects();
            // Where there is no room for a name, the bubble goes without (hovering names it).
            QCOMPARE(labels.size(), names.size());
            const auto shown = std::count_if(labels.begin(), labels.end(),
                                             [](const QRectF &r) { return !r.isNull(); });
            QVERIFY(shown >= names.size() / 2);
            if (size.width() >= 1200)
                QCOMPARE(shown, names.size());
            for (int i = 0; i < labels.size(); ++i) {
                for (int j = i + 1; j < labels.size() && !labels.at(i).isNull(); ++j)
                    QVERIFY2(!labels.at(i).intersects(labels.at(j)),
                             qPrintable(QStringLiteral("names %1 and %2 at %3x%4")
                                            .arg(i)
                                            .arg(j)
                                            .arg(size.width())
                                            .arg(size.height())));
                for (const QRectF &quadrant : grid.quadrantRects())
                    QVERIFY(!labels.at(i).intersects(quadrant));
                if (labels.at(i).isNull())
                    continue;
                // No name covers a bubble but, at most, its own.
                int covered = 0;
                for (int j = 0; j < bubbles.size(); ++j)
                    covered += j != i && labels.at(i).intersects(bubbles.at(j)) ? 1 : 0;
                QVERIFY2(covered == 0,
                         qPrintable(QStringLiteral("name %1 at %2x%3")
                                        .arg(i)
                                        .arg(size.width())
                                        .arg(size.height())));
                QVERIFY(QRectF(grid.plot()->rect()).contains(labels.at(i)));
            }
            if (size.width() >= 1200) {
                // Room enough: the lone stakeholders' names are whole.
                const QStringList texts = grid.texts();
                for (int i = 6; i < names.size(); ++i)
                    QVERIFY2(texts.contains(names.at(i)), qPrintable(names.at(i)));
            }
        }
    }

    void theContextMenuActsOnTheRowAndCopies()
    {
        QTableView *view = m_page->view();
        const QModelIndex third = view->model()->index(2, 0);
        const QString name = third.data().toString();
        Q_EMIT view->customContextMenuRequested(view->visualRect(third).center());
        QCOMPARE(view->currentIndex().row(), 2);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QCOMPARE(menu->objectName(), QStringLiteral("tableContextMenu"));
        QStringList texts;
        for (const QAction *action : menu->actions())
            texts.append(action->isSeparator() ? QStringLiteral("-") : action->text());
        QCOMPARE(texts,
                 (QStringList {
                     QStringLiteral("&Open Stakeholder…"), QStringLiteral("&Delete Stakeholder…"),
                     QStringLiteral("-"), QStringLiteral("&New Stakeholder…"), QStringLiteral("-"),
                     QStringLiteral("&Copy"), QStringLiteral("Copy &Including Sensitive Columns"),
                     QStringLiteral("-"), QStringLiteral("E&xport List to CSV…")}));
        menu->close();

        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 4); // the header, two rows and the last line's end
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Name\tOrganisation\tType")),
                 qPrintable(lines.at(0)));
        QVERIFY(!lines.at(0).contains(QStringLiteral("Power")));
        QVERIFY(!lines.at(0).contains(QStringLiteral("Attitude")));
        QVERIFY(lines.at(2).startsWith(name + u'\t'));
        m_page->tableMenu()->copySensitiveAction()->trigger();
        const QString withRatings = QGuiApplication::clipboard()->text();
        QVERIFY(withRatings.section(u'\n', 0, 0).contains(QStringLiteral("\tPower\t")));

        // A menu opened where there is no row leaves Ctrl+C copying rows, never the view's own
        // copy of the current cell (a rating, maybe).
        view->setCurrentIndex(QModelIndex());
        delete m_page->tableMenu()->menu(nullptr);
        view->setCurrentIndex(view->model()->index(0, 0));
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("Name\t")),
                 qPrintable(QGuiApplication::clipboard()->text()));
    }

    void aClearedSearchShowsTheRowInHand()
    {
        m_window->resize(900, 420);
        QTableView *view = m_page->view();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const int last = view->model()->rowCount() - 1;
        const QString name = view->model()->index(last, 0).data().toString();
        view->setCurrentIndex(view->model()->index(last, 0));
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchField"));
        search->setText(name);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->currentIndex().data().toString(), name);
        view->scrollToTop();
        QCoreApplication::processEvents();
        search->clear();
        QCOMPARE(view->currentIndex().row(), last);
        QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
    }

    void filtersByTypeQuadrantAndMission()
    {
        QTableView *view = m_page->view();
        const int all = view->model()->rowCount();
        QVERIFY(all >= 31);
        QComboBox *type = m_page->typeFilter();
        type->setCurrentIndex(type->findData(QStringLiteral("ministry")));
        QVERIFY(view->model()->rowCount() >= 4);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(view->model()->index(row, 2).data().toString(), QStringLiteral("Ministry"));
        type->setCurrentIndex(0);
        QComboBox *quadrant = m_page->quadrantFilter();
        quadrant->setCurrentIndex(quadrant->findData(QStringLiteral("keep_informed")));
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(view->model()->index(row, 3).data().toString(),
                     QStringLiteral("Keep informed"));
        quadrant->setCurrentIndex(0);
        QComboBox *missions = m_page->missionFilter();
        missions->setCurrentIndex(missions->findText(QStringLiteral("HR-HC-01")));
        QCOMPARE(view->model()->rowCount(),
                 StakeholderRepository(*m_window->database())
                     .forMission(missionId(QStringLiteral("HR-HC-01")))
                     .size());
        // A programme: the people of all its missions, and its core team.
        Database &db = *m_window->database();
        const QList<Programme> programmes = ProgrammeRepository(db).all();
        const Programme pilot =
            *std::find_if(programmes.cbegin(), programmes.cend(),
                          [](const Programme &p) { return p.code == u"LEOP-2005"; });
        QSet<QString> expected(pilot.teamIds.cbegin(), pilot.teamIds.cend());
        for (const Mission &m : MissionRepository(db).all()) {
            if (m.programmeId != pilot.meta.id)
                continue;
            for (const Stakeholder &s : StakeholderRepository(db).forMission(m.meta.id))
                expected.insert(s.meta.id);
        }
        missions->setCurrentIndex(missions->findText(QStringLiteral("Programme LEOP-2005")));
        QVERIFY(missions->currentIndex() > 0);
        QSet<QString> shown;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            shown.insert(
                view->model()->index(row, 0).data(StakeholderTableModel::IdRole).toString());
        QCOMPARE(shown, expected);
        QVERIFY(shown.size() > pilot.teamIds.size());
    }

    void gridPlotsOneBubblePerLinkedStakeholder_data()
    {
        QTest::addColumn<QString>("mission");
        QTest::newRow("Croatia") << QStringLiteral("HR-HC-01");
        QTest::newRow("Bosnia and Herzegovina") << QStringLiteral("BA-HC-01");
        QTest::newRow("Madrid pilot") << QStringLiteral("ES-PILOT-05");
    }

    void gridPlotsOneBubblePerLinkedStakeholder()
    {
        QFETCH(QString, mission);
        m_page->gridAction()->trigger();
        QVERIFY(m_page->grid()->isVisible());
        QComboBox *missions = m_page->missionFilter();
        missions->setCurrentIndex(missions->findText(mission));
        const qsizetype linked =
            StakeholderRepository(*m_window->database()).forMission(missionId(mission)).size();
        QVERIFY(linked > 0);
        QCOMPARE(m_page->grid()->bubbleCount(), linked);
        // Marko Kovačević moved from (interest 1, power 4) to (2, 4): an arrow shows it.
        if (mission == u"HR-HC-01")
            QVERIFY(m_page->grid()->arrowCount() >= 1);
    }

    void clickingABubbleOpensTheStakeholder()
    {
        QComboBox *missions = m_page->missionFilter();
        missions->setCurrentIndex(missions->findText(QStringLiteral("BA-HC-01")));
        m_page->gridAction()->trigger();
        PowerInterestGrid *grid = m_page->grid();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QPointF centre = grid->bubbleCentre(0);
        const QString expected = grid->stakeholderAt(centre);
        QVERIFY(!expected.isEmpty());
        QString opened;
        whenModalShown([&opened](QWidget *dialog) {
            opened = static_cast<StakeholderEditor *>(dialog)->stakeholder().meta.id;
            discard(dialog);
        });
        QTest::mouseClick(grid->plot(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QCOMPARE(opened, expected);
    }

    void changingARoleIsOneUndoableStep()
    {
        const QString id = idOf(QStringLiteral("Ivana Horvat"));
        m_page->selectId(id);
        whenModalShown([](QWidget *dialog) {
            auto *editor = static_cast<StakeholderEditor *>(dialog);
            editor->tabs()->setCurrentIndex(1);
            auto *links = child<QTableWidget>(dialog, "linksTable");
            QCOMPARE(links->rowCount(), 1);
            links->setCurrentCell(0, 0);
            editor->changeRole(QStringLiteral("Lead national trainer and mentor"));
            QCOMPARE(links->item(0, 2)->text(), QStringLiteral("Lead national trainer and mentor"));
            discard(editor);
        });
        m_page->openCurrent();
        StakeholderRepository stakeholders(*m_window->database());
        QCOMPARE(stakeholders.linksForStakeholder(id).first().role,
                 QStringLiteral("Lead national trainer and mentor"));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Change role"));
        m_window->undoStack()->undo();
        QCOMPARE(stakeholders.linksForStakeholder(id).first().role,
                 QStringLiteral("Lead national trainer"));
    }

    // A stakeholder is linked to several missions in one step: ticked in a list a filter
    // narrows, in one role, undone as one; nothing ticked is explained and links nothing.
    void linkingToSeveralMissionsIsOneStep()
    {
        const QString id = idOf(QStringLiteral("Ivana Horvat"));
        StakeholderRepository stakeholders(*m_window->database());
        const qsizetype before = stakeholders.linksForStakeholder(id).size();
        m_page->selectId(id);
        QString emptyMessage;
        int offered = 0;
        whenModalShown([&](QWidget *dialog) {
            auto *editor = static_cast<StakeholderEditor *>(dialog);
            editor->tabs()->setCurrentIndex(1);
            whenModalShown([&](QWidget *pick) {
                auto *list = child<QListWidget>(pick, "linkMissionsList");
                offered = list->count();
                QTest::mouseClick(child<QPushButton>(pick, "linkMissionsButton"), Qt::LeftButton);
                emptyMessage = child<QLabel>(pick, "errorLabel")->text();
                QVERIFY(pick->isVisible());
                // The filter narrows by country; what it hides keeps its tick.
                list->item(0)->setCheckState(Qt::Checked);
                typeText(child<QLineEdit>(pick, "linkMissionsFilter"), QStringLiteral("poland"));
                int shown = 0;
                for (int i = 0; i < list->count(); ++i) {
                    if (!list->item(i)->isHidden()) {
                        ++shown;
                        list->item(i)->setCheckState(Qt::Checked);
                    }
                }
                QCOMPARE(shown, 1);
                // A role too long is refused in the dialog, which keeps the ticks and the text.
                auto *role = child<QLineEdit>(pick, "linkMissionsRole");
                role->setText(QStringLiteral("مسؤول ").repeated(100));
                QTest::mouseClick(child<QPushButton>(pick, "linkMissionsButton"), Qt::LeftButton);
                QTRY_VERIFY(pick->isVisible());
                QVERIFY2(child<QLabel>(pick, "errorLabel")->text().contains(QStringLiteral("500")),
                         qPrintable(child<QLabel>(pick, "errorLabel")->text()));
                QCOMPARE(list->item(0)->checkState(), Qt::Checked);
                role->clear();
                typeText(role, QStringLiteral("Mentor"));
                QTest::mouseClick(child<QPushButton>(pick, "linkMissionsButton"), Qt::LeftButton);
            });
            QTest::mouseClick(child<QPushButton>(dialog, "linkSeveralButton"), Qt::LeftButton);
            QCOMPARE(child<QTableWidget>(dialog, "linksTable")->rowCount(), before + 2);
            discard(editor);
        });
        m_page->openCurrent();
        QCOMPARE(offered, MissionRepository(*m_window->database()).all().size() - before);
        QCOMPARE(emptyMessage, QStringLiteral("Tick at least one mission to link to."));
        const QList<StakeholderLink> links = stakeholders.linksForStakeholder(id);
        QCOMPARE(links.size(), before + 2);
        QCOMPARE(std::count_if(links.begin(), links.end(),
                               [](const StakeholderLink &l) { return l.role == u"Mentor"; }),
                 2);
        QVERIFY(m_window->undoStack()->undoText().startsWith(
            QStringLiteral("Link stakeholder to 2 mission")));
        m_window->undoStack()->undo();
        QCOMPARE(stakeholders.linksForStakeholder(id).size(), before);
        // Refused as a whole: a mission it is linked to already.
        QString error;
        QVERIFY(!m_window->edits()->linkToMissions(
            id, {links.first().missionId, links.last().missionId}, QString(), &error));
        QVERIFY(error.contains(QStringLiteral("already linked")));
        QCOMPARE(stakeholders.linksForStakeholder(id).size(), before);
    }

    void deletingAProtectedPersonDoesNotShowTheName()
    {
        m_page->selectId(idOf(QStringLiteral("Dragana Petrović")));
        QString question;
        whenModalShown([&question](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            question = box->text() + box->informativeText();
            box->button(QMessageBox::No)->click();
        });
        m_page->deleteCurrent();
        QVERIFY(!question.isEmpty());
        QVERIFY(!question.contains(QStringLiteral("Dragana")));
    }

private:
    QString idOf(const QString &name) const
    {
        for (const Stakeholder &s : StakeholderRepository(*m_window->database()).all()) {
            if (s.name == name)
                return s.meta.id;
        }
        return {};
    }

    QString missionId(const QString &code) const
    {
        for (const Mission &m : MissionRepository(*m_window->database()).all()) {
            if (m.code == code)
                return m.meta.id;
        }
        return {};
    }

    std::unique_ptr<MainWindow> m_window;
    StakeholdersPage *m_page = nullptr;
};

IP_GUI_TEST_MAIN(TestStakeholdersPage)
#include "tst_stakeholderspage.moc"
