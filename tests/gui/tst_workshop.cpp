#include "Clock.h"
#include "Curriculum.h"
#include "Edits.h"
#include "EditsFixture.h"
#include "GuiTestSupport.h"
#include "MissionDashboardView.h"
#include "MissionRepository.h"
#include "PowerInterestGrid.h"
#include "StageRecords.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WorkshopBoard.h"
#include "WorkshopSetupDialog.h"
#include "WorkshopWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>
#include <qcustomplot.h>

using namespace TestSupport;

// Workshop mode: nothing sensitive on the wall until the facilitator unlocks it, notes typed on
// the board become the mission's records, dots rank the board, and clicker keys move on.
class TestWorkshop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("intervention-planner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workshop"));
        Translations::install(*qApp, QStringLiteral("en"));
        // Run under a fontconfig file of its own (see CMakeLists.txt), the desktop's type must be
        // the one it chose, or the run proves nothing.
        if (const QByteArray expected = qgetenv("IP_EXPECT_DESKTOP_FONT"); !expected.isEmpty())
            QCOMPARE(QFontInfo(QApplication::font()).family(), QString::fromUtf8(expected));
    }

    void init()
    {
        m_f = std::make_unique<EditsFixture>(QStringLiteral("workshop.sqlite"));
        QVERIFY(m_f->isOpen());
        Mission m;
        m.code = QStringLiteral("HR-HC-77");
        m.title = QStringLiteral("Workshop test");
        m.currentStage = Stage::Consultation;
        QVERIFY(MissionRepository(m_f->db()).save(m));
        m_mission = m.meta.id;
        // A police chief rated a blocker, and a victim whose name is protected.
        const auto stakeholder = [this](const QString &name, bool protectedName, Attitude a) {
            Stakeholder s;
            s.name = name;
            s.nameProtected = protectedName;
            s.type = protectedName ? StakeholderType::AffectedCommunity
                                   : StakeholderType::PoliceSeniorCommand;
            s.attitude = a;
            s.power = protectedName ? 1 : 5;
            s.interest = 4;
            s.trust = 1;
            s.email = protectedName ? QStringLiteral("amira.h@example.org")
                                    : QStringLiteral("chief@policija.example");
            s.phone = QStringLiteral("+385 91 555 0100");
            QVERIFY(StakeholderRepository(m_f->db()).save(s));
            StakeholderLink l;
            l.missionId = m_mission;
            l.stakeholderId = s.meta.id;
            QVERIFY(StakeholderRepository(m_f->db()).link(l));
        };
        stakeholder(QStringLiteral("Zoran Babić"), false, Attitude::Blocker);
        stakeholder(QStringLiteral("Amira Hodžić"), true, Attitude::Supporter);
    }

    void cleanup() { m_f.reset(); }

    void nothingSensitiveOnTheWallUntilUnlocked()
    {
        // Two more chiefs of police where the first stands: three of a type may be counted.
        for (const QString &name : {QStringLiteral("Ivo Kraljević"), QStringLiteral("Ana Perić")}) {
            Stakeholder s;
            s.name = name;
            s.type = StakeholderType::PoliceSeniorCommand;
            s.power = 4;
            s.interest = 5;
            QVERIFY(StakeholderRepository(m_f->db()).save(s));
            StakeholderLink l;
            l.missionId = m_mission;
            l.stakeholderId = s.meta.id;
            QVERIFY(StakeholderRepository(m_f->db()).link(l));
        }
        WorkshopWindow window(m_f->edits(), plan());
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList forbidden {
            QStringLiteral("Zoran"),   QStringLiteral("Babić"),     QStringLiteral("Amira"),
            QStringLiteral("Hodžić"),  QStringLiteral("@"),         QStringLiteral("+385"),
            QStringLiteral("Blocker"), QStringLiteral("Supporter"), QStringLiteral("trust"),
            QStringLiteral("Ivo"),     QStringLiteral("Perić"),     QStringLiteral("ZB"),
            QStringLiteral("IK"),      QStringLiteral("AP")};
        // Every view, every text a widget or a chart shows.
        for (int view = 0; view < window.viewCount(); ++view) {
            window.showView(view);
            QCoreApplication::processEvents();
            const QStringList shown = texts(window);
            for (const QString &word : forbidden) {
                for (const QString &text : shown)
                    QVERIFY2(
                        !text.contains(word, Qt::CaseInsensitive),
                        qPrintable(QStringLiteral("view %1 shows \"%2\"").arg(view).arg(text)));
            }
        }
        QVERIFY(!window.sensitiveMarker()->isVisible());
        PowerInterestGrid *grid = window.charts().constFirst()->grid();
        QVERIFY(grid->isAnonymous());
        // No one is placed: no bubble, no arrow, no mark on the plot but the quadrants' counts.
        QCOMPARE(grid->bubbleCount(), 0);
        QCOMPARE(grid->arrowCount(), 0);
        QCOMPARE(grid->plot()->graphCount(), 0);
        for (int i = 0; i < grid->plot()->itemCount(); ++i)
            QVERIFY(!qobject_cast<QCPItemTracer *>(grid->plot()->item(i)));
        const QString counts = grid->texts().join(u'|');
        // The three chiefs are counted; the lone victim's type is not (it would place her).
        QVERIFY2(counts.contains(QStringLiteral("Police senior command: 3")), qPrintable(counts));
        QVERIFY2(!counts.contains(enumLabel(StakeholderType::AffectedCommunity)),
                 qPrintable(counts));

        // Unlocked on purpose: the names come back, and so does the marker.
        window.setUnlocked(true);
        QVERIFY(window.sensitiveMarker()->isVisible());
        QVERIFY(!grid->isAnonymous());
        QVERIFY(grid->texts().join(u'|').contains(QStringLiteral("SENSITIVE")));
        // The marker reads from the back of the room: larger than the wall's own type.
        QVERIFY(window.sensitiveMarker()->font().pointSizeF() >= window.font().pointSizeF() * 1.25);
        // (a name may be cut to the width of its cell)
        QTRY_VERIFY2(grid->texts().join(u'|').contains(QStringLiteral("|Zor")),
                     qPrintable(grid->texts().join(u'|')));
        QVERIFY(grid->texts().contains(QStringLiteral("Blocker"))); // the attitude legend
        // Still never the protected name, even unlocked.
        QVERIFY(!grid->texts().join(u' ').contains(QStringLiteral("Amira")));
        window.setUnlocked(false);
        QVERIFY(!window.sensitiveMarker()->isVisible());
        QVERIFY(grid->isAnonymous());
    }

    void notesTypedOnTheBoardAreRecordsAfterTheWorkshop()
    {
        QPointer<WorkshopWindow> window = new WorkshopWindow(m_f->edits(), plan());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showView(WorkshopWindow::BoardView);
        WorkshopBoard *board = window->board();
        QCOMPARE(board->columnCount(), 3); // concerns, expectations, agreements
        QTest::keyClicks(board->entry(), QStringLiteral("Officers fear reprisals"));
        QTest::keyClick(board->entry(), Qt::Key_Return);
        QVERIFY(board->entry()->text().isEmpty());
        // Right moves to Expectations; typing there starts a note.
        QTest::keyClick(board->list(0), Qt::Key_Right);
        QCOMPARE(board->currentColumn(), 1);
        QKeyEvent capital(QEvent::KeyPress, Qt::Key_A, Qt::ShiftModifier, QStringLiteral("A"));
        QApplication::sendEvent(board->list(1), &capital);
        QCOMPARE(QApplication::focusWidget(), board->entry());
        QTest::keyClicks(board->entry(), QStringLiteral(" refresher every year"));
        QCOMPARE(board->entry()->text(), QStringLiteral("A refresher every year"));
        QTest::keyClick(board->entry(), Qt::Key_Return);
        // A note still being typed when the facilitator leaves is kept.
        board->entry()->insert(QStringLiteral("Записи у полицији")); // typed in Cyrillic
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(window.isNull());

        const QList<Finding> findings = MissionRecords<Finding>(m_f->db()).forMission(m_mission);
        QCOMPARE(findings.size(), 3);
        const auto find = [&findings](const QString &text) {
            return *std::find_if(findings.cbegin(), findings.cend(),
                                 [&text](const Finding &f) { return f.text == text; });
        };
        QCOMPARE(find(QStringLiteral("Officers fear reprisals")).kind, FindingKind::Concern);
        QCOMPARE(find(QStringLiteral("A refresher every year")).kind, FindingKind::Expectation);
        QCOMPARE(find(QStringLiteral("Записи у полицији")).kind, FindingKind::Expectation);
        // And each is one undo step.
        m_f->stack().undo();
        QCOMPARE(MissionRecords<Finding>(m_f->db()).forMission(m_mission).size(), 2);
    }

    void dotsRankTheBoard()
    {
        WorkshopBoard board(m_f->edits(), m_mission, Stage::Consultation, 3, 2);
        for (const char *text : {"First", "Second", "Third"})
            QVERIFY(board.addNote(QLatin1String(text)));
        QCOMPARE(board.list(0)->count(), 3);
        const QString third = board.currentNote();
        // Participant 1 gives both dots to "Third", then has none left.
        QVERIFY(board.vote(1));
        QVERIFY(board.vote(1));
        QVERIFY(!board.vote(1));
        QCOMPARE(board.dotsLeft(1), 0);
        // Participant 2 gives one to "Second" and takes it back, then gives it to "First".
        board.setParticipant(2);
        board.selectNote(idOf(board, QStringLiteral("Second")));
        QVERIFY(board.vote(1));
        QVERIFY(board.vote(-1));
        QVERIFY(!board.vote(-1)); // nothing left to take back
        board.selectNote(idOf(board, QStringLiteral("First")));
        QVERIFY(board.vote(1));
        // Ranked by votes: Third (2), First (1), Second (0).
        QCOMPARE(board.list(0)->item(0)->data(Qt::UserRole).toString(), third);
        QVERIFY(board.list(0)->item(1)->text().startsWith(QStringLiteral("First")));
        QVERIFY(board.list(0)->item(2)->text().startsWith(QStringLiteral("Second")));
        QCOMPARE(MissionRecords<Finding>(m_f->db()).find(third)->votes, 2);
        // Grouped and moved with the keyboard.
        board.selectNote(third);
        QVERIFY(board.setGroup(QStringLiteral("Trust")));
        QCOMPARE(MissionRecords<Finding>(m_f->db()).find(third)->grouping, QStringLiteral("Trust"));
        board.selectNote(third);
        QTest::keyClick(board.list(0), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(MissionRecords<Finding>(m_f->db()).find(third)->kind, FindingKind::Expectation);
        QCOMPARE(board.currentColumn(), 1);
    }

    // Twenty notes as long as the demo's findings, in one column or spread over three, fit the
    // board at 1024x768 and 1920x1080 in type no smaller than 1.6 times the desk's: every card
    // whole and inside its list, no scroll bar.
    void twentyNotesFitWithoutScrolling_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<bool>("spread");
        QTest::newRow("1024x768, one column") << QSize(1024, 768) << false;
        QTest::newRow("1024x768, three columns") << QSize(1024, 768) << true;
        QTest::newRow("1920x1080, one column") << QSize(1920, 1080) << false;
        QTest::newRow("1920x1080, three columns") << QSize(1920, 1080) << true;
    }

    void twentyNotesFitWithoutScrolling()
    {
        QFETCH(QSize, screen);
        QFETCH(bool, spread);
        // The first twenty findings of the demo missions, 40 to 66 characters long.
        const QStringList said {
            QStringLiteral("Attacks on Roma are treated as ordinary public disorder"),
            QStringLiteral("Victims do not trust the police to take the bias motive seriously"),
            QStringLiteral("The incident form has no field for the bias motive"),
            QStringLiteral("Training built on Croatian cases, not imported ones"),
            QStringLiteral("Prosecutors take part from the first day"),
            QStringLiteral("The Police Academy hosts the train-the-trainer course"),
            QStringLiteral("The Ministry signs a memorandum of understanding by April"),
            QStringLiteral("Trained officers rotate out of the regions within two years"),
            QStringLiteral("Police and prosecution records are not linked"),
            QStringLiteral("Criminal Code article 87(21) names hate crime explicitly"),
            QStringLiteral("The Academy revises its basic course in 2026"),
            QStringLiteral("Attacks on returnees' houses are recorded as property damage"),
            QStringLiteral("Each entity and Brčko keep their own incident forms"),
            QStringLiteral("Case files of the predecessor mission were only partly handed over"),
            QStringLiteral("One recording standard for both entities and Brčko"),
            QStringLiteral("Training delivered in all three official languages"),
            QStringLiteral("Memorandum of understanding with the Ministry of Security"),
            QStringLiteral("Turf battles between entity and cantonal police over who leads"),
            QStringLiteral("Three criminal codes with three definitions"),
            QStringLiteral("The OSCE field presence can host joint sessions")};
        WorkshopWindow window(m_f->edits(), plan());
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(WorkshopWindow::BoardView);
        WorkshopBoard *board = window.board();
        for (int i = 0; i < 20; ++i) {
            board->setCurrentColumn(spread ? i % 3 : 0);
            QVERIFY(board->addNote(said.at(i)));
        }
        board->selectNote(idOf(*board, said.constFirst()));
        QVERIFY(board->vote(1)); // a voted note's dots make it longer
        QCoreApplication::processEvents();
        const double floor = QApplication::font().pointSizeF() * WorkshopPlan::MinimumScale;
        for (int c = 0; c < board->columnCount(); ++c) {
            QListWidget *list = board->list(c);
            const NoteCards::Fit fit = board->fitOf(c);
            QVERIFY2(fit.fits, qPrintable(QStringLiteral("column %1").arg(c)));
            QVERIFY(fit.pointSize >= floor - 0.01);
            QVERIFY(!list->verticalScrollBar()->isVisible());
            QVERIFY(!list->horizontalScrollBar()->isVisible());
            const QRect area = list->viewport()->rect();
            const auto *cards = static_cast<NoteCards *>(list->itemDelegate());
            for (int row = 0; row < list->count(); ++row) {
                const QRect card = list->visualItemRect(list->item(row));
                QVERIFY2(area.contains(card),
                         qPrintable(QStringLiteral("column %1 row %2").arg(c).arg(row)));
                QVERIFY(card.height() >= NoteCards::cardHeight(list->item(row)->text(),
                                                               cards->font(), fit.width));
                // No word is broken to fit.
                QVERIFY(NoteCards::widestWord(list->item(row)->text(), cards->font())
                        <= NoteCards::textWidth(fit.width));
            }
        }
        QCOMPARE(board->list(0)->count(), spread ? 7 : 20);
        // The arrows still walk every note, across the sub-columns.
        board->setCurrentColumn(0);
        board->list(0)->setFocus();
        board->list(0)->setCurrentRow(0);
        for (int row = 1; row < board->list(0)->count(); ++row)
            QTest::keyClick(board->list(0), Qt::Key_Down);
        QCOMPARE(board->list(0)->currentRow(), board->list(0)->count() - 1);
    }

    // Undo and redo of votes keep each participant's dots in step with the board.
    void undoGivesTheDotBack()
    {
        WorkshopBoard board(m_f->edits(), m_mission, Stage::Consultation, 2, 2);
        QVERIFY(board.addNote(QStringLiteral("Recording")));
        QVERIFY(board.addNote(QStringLiteral("Trust")));
        const QString trust = board.currentNote();
        QVERIFY(board.vote(1));
        QVERIFY(board.vote(1));
        QCOMPARE(board.dotsLeft(1), 0);
        m_f->stack().undo(); // the second dot
        QCOMPARE(MissionRecords<Finding>(m_f->db()).find(trust)->votes, 1);
        QCOMPARE(board.dotsLeft(1), 1);
        m_f->stack().redo();
        QCOMPARE(board.dotsLeft(1), 0);
        // Taking a dot back, then undoing that, gives it to the same participant again.
        board.selectNote(trust);
        QVERIFY(board.vote(-1));
        QCOMPARE(board.dotsLeft(1), 1);
        m_f->stack().undo();
        QCOMPARE(board.dotsLeft(1), 0);
        QVERIFY(!board.vote(1)); // still none left
        // Participant 2 is untouched throughout; deleting the note returns participant 1's dots.
        QCOMPARE(board.dotsLeft(2), 2);
        board.selectNote(trust);
        QVERIFY(board.deleteNote());
        QCOMPARE(board.dotsLeft(1), 2);
        m_f->stack().undo();
        QCOMPARE(board.dotsLeft(1), 0);
        QCOMPARE(MissionRecords<Finding>(m_f->db()).find(trust)->votes, 2);
    }

    // Ctrl+G asks in the wall's type, in a third of its width at least, starting from the group
    // the note has; Esc keeps it.
    void theGroupQuestionIsForTheWallAndStartsFromTheGroup()
    {
        WorkshopPlan wallPlan = plan();
        wallPlan.scale = 2.2;
        WorkshopWindow wall(m_f->edits(), wallPlan);
        wall.resize(1024, 768);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        wall.showView(WorkshopWindow::BoardView);
        WorkshopBoard *board = wall.board();
        const double wallSize = QFontInfo(board->list(0)->font()).pointSizeF();
        QVERIFY(wallSize >= QFontInfo(QApplication::font()).pointSizeF() * 2);
        QVERIFY(board->addNote(QStringLiteral("Officers lack a recording form")));
        const QString note = board->currentNote();
        QVERIFY(board->setGroup(QStringLiteral("Recording")));
        QString shown;
        GuiTest::whenModalShown([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("groupDialog"));
            QVERIFY(dialog->width() >= board->width() / 3);
            auto *edit = dialog->findChild<QLineEdit *>();
            shown = edit->text();
            // What the room reads is in the wall's type (under the wall's style sheet).
            QCOMPARE(QFontInfo(edit->font()).pointSizeF(), wallSize);
            QCOMPARE(QFontInfo(dialog->findChild<QLabel *>()->font()).pointSizeF(), wallSize);
            edit->setText(QStringLiteral("Запис / Recording"));
            static_cast<QDialog *>(dialog)->accept();
        });
        QTest::keyClick(board->list(0), Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(shown, QStringLiteral("Recording"));
        QCOMPARE(MissionRecords<Finding>(m_f->db()).find(note)->grouping,
                 QStringLiteral("Запис / Recording"));
        GuiTest::whenModalShown([&](QWidget *dialog) {
            shown = dialog->findChild<QLineEdit *>()->text();
            static_cast<QDialog *>(dialog)->reject();
        });
        QTest::keyClick(board->list(0), Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(shown, QStringLiteral("Запис / Recording"));
        QCOMPARE(MissionRecords<Finding>(m_f->db()).find(note)->grouping,
                 QStringLiteral("Запис / Recording"));
    }

    // After an undo or redo the selection is on the note it touched: a note that came back, or
    // the note in hand in whichever column it went back to.
    void theSelectionFollowsTheNoteThroughUndo()
    {
        WorkshopBoard board(m_f->edits(), m_mission, Stage::Consultation, 3, 2);
        for (const char *text : {"First", "Second", "Third"})
            QVERIFY(board.addNote(QLatin1String(text)));
        const QString second = idOf(board, QStringLiteral("Second"));
        board.selectNote(second);
        QVERIFY(board.moveNote(1));
        QCOMPARE(board.currentColumn(), 1);
        m_f->stack().undo(); // back to the concerns
        QCOMPARE(board.currentColumn(), 0);
        QCOMPARE(board.currentNote(), second);
        m_f->stack().redo();
        QCOMPARE(board.currentColumn(), 1);
        QCOMPARE(board.currentNote(), second);
        m_f->stack().undo();
        // Deleted, then brought back: selected again, not the first of its column.
        board.selectNote(second);
        QVERIFY(board.deleteNote());
        QVERIFY(board.currentNote() != second);
        board.selectNote(idOf(board, QStringLiteral("Third")));
        m_f->stack().undo();
        QCOMPARE(board.currentNote(), second);
        // A vote undone re-ranks the column; the selection stays on the note voted for.
        board.selectNote(idOf(board, QStringLiteral("Third")));
        QVERIFY(board.vote(1));
        QCOMPARE(board.list(0)->currentRow(), 0);
        m_f->stack().undo();
        QCOMPARE(board.currentNote(), idOf(board, QStringLiteral("Third")));
    }

    // Post-training support has a board of its own: lessons learned, resources asked for and
    // next steps, each a finding of its kind noted on the workshop's date, and listed on the
    // stage's own form.
    void postTrainingHasABoardOfItsOwn()
    {
        WorkshopBoard board(m_f->edits(), m_mission, Stage::PostTraining, 3, 2);
        QCOMPARE(board.columnCount(), 3);
        QCOMPARE(board.column(0).title, QStringLiteral("Lessons learned"));
        QCOMPARE(board.column(1).title, QStringLiteral("Resources asked for"));
        QCOMPARE(board.column(2).title, QStringLiteral("Next steps"));
        const QDate workshopDay = Clock::today();
        QVERIFY(board.addNote(QStringLiteral("Role play worked better than lectures")));
        board.setCurrentColumn(1);
        QVERIFY(board.addNote(QStringLiteral("Арапски превод приручника")));
        board.setCurrentColumn(2);
        QVERIFY(board.addNote(QStringLiteral("Refresher in Osijek in March")));
        // Past midnight, the notes keep the workshop's date.
        Clock::setFixedNow(Clock::nowUtc().addDays(1));
        QVERIFY(board.addNote(QStringLiteral("Mentoring by the lead trainer")));
        QMap<FindingKind, int> kinds;
        for (const Finding &f : MissionRecords<Finding>(m_f->db()).forMission(m_mission)) {
            ++kinds[f.kind];
            QCOMPARE(f.notedOn, workshopDay);
        }
        QCOMPARE(kinds.value(FindingKind::Lesson), 1);
        QCOMPARE(kinds.value(FindingKind::ResourceRequest), 1);
        QCOMPARE(kinds.value(FindingKind::NextStep), 2);
        QCOMPARE(kinds.value(FindingKind::Concern), 0);
        // A note moves between them, and each column lists its own.
        board.selectNote(idOf(board, QStringLiteral("Mentoring by the lead trainer")));
        QVERIFY(board.moveNote(-1));
        QCOMPARE(board.list(1)->count(), 2);
        QCOMPARE(board.list(2)->count(), 1);
        TestSupport::pinClock();
    }

    // A need noted on the orientation board keeps the workshop's date too, past midnight.
    void needsKeepTheWorkshopsDate()
    {
        WorkshopBoard board(m_f->edits(), m_mission, Stage::Orientation, 3, 2);
        const QDate workshopDay = Clock::today();
        Clock::setFixedNow(Clock::nowUtc().addDays(1));
        board.setCurrentColumn(2);
        QVERIFY(board.column(2).need);
        QVERIFY(board.addNote(QStringLiteral("Recognise bias indicators online")));
        const QList<Need> needs = NeedRepository(m_f->db()).forMission(m_mission);
        QCOMPARE(needs.size(), 1);
        QCOMPARE(needs.constFirst().notedOn, workshopDay);
        TestSupport::pinClock();
    }

    // The agenda's items are added, removed and reordered with visible buttons (and keys), and
    // the table is wide enough for the longest default title.
    void setupAgendaIsAddedToRemovedAndReordered()
    {
        WorkshopSetupDialog setup(m_f->db(), m_mission);
        setup.show();
        QVERIFY(QTest::qWaitForWindowExposed(&setup));
        auto *agenda = setup.findChild<QTableWidget *>(QStringLiteral("workshopAgenda"));
        const QList<AgendaItem> before = setup.plan().agenda;
        QCOMPARE(before.size(), 6);
        for (const AgendaItem &item : before)
            QVERIFY2(agenda->fontMetrics().horizontalAdvance(item.title) < agenda->columnWidth(0),
                     qPrintable(item.title));
        auto *up = setup.findChild<QPushButton *>(QStringLiteral("moveAgendaItemUp"));
        auto *down = setup.findChild<QPushButton *>(QStringLiteral("moveAgendaItemDown"));
        auto *add = setup.findChild<QPushButton *>(QStringLiteral("addAgendaItem"));
        auto *remove = setup.findChild<QPushButton *>(QStringLiteral("removeAgendaItem"));
        QVERIFY(up && down && add && remove);
        QVERIFY(up->isVisible() && down->isVisible() && add->isVisible() && remove->isVisible());
        agenda->setCurrentCell(0, 0);
        QVERIFY(!up->isEnabled());
        // The first item goes second, with its minutes and what it shows.
        QTest::mouseClick(down, Qt::LeftButton);
        QCOMPARE(agenda->currentRow(), 1);
        QCOMPARE(setup.plan().agenda.at(0).title, before.at(1).title);
        QCOMPARE(setup.plan().agenda.at(0).shows, before.at(1).shows);
        QCOMPARE(setup.plan().agenda.at(1).title, before.at(0).title);
        QCOMPARE(setup.plan().agenda.at(1).minutes, before.at(0).minutes);
        QCOMPARE(setup.plan().agenda.at(1).shows, before.at(0).shows);
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(setup.plan().agenda.at(0).title, before.at(0).title);
        // Ctrl+Down in the table does the same.
        agenda->setFocus();
        QTest::keyClick(agenda, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(setup.plan().agenda.at(1).title, before.at(0).title);
        // An item added after the second, typed in place.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(agenda->currentRow(), 2);
        agenda->item(2, 0)->setText(QStringLiteral("Ставови полиције"));
        agenda->item(2, 1)->setText(QStringLiteral("15"));
        QCOMPARE(setup.plan().agenda.size(), 7);
        QCOMPARE(setup.plan().agenda.at(2).title, QStringLiteral("Ставови полиције"));
        QCOMPARE(setup.plan().agenda.at(2).minutes, 15);
        QCOMPARE(setup.findChild<QComboBox *>(QStringLiteral("agendaShows2")),
                 agenda->cellWidget(2, 2));
        // Removed again, with the button, then the first with Del.
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(setup.plan().agenda.size(), 6);
        agenda->setCurrentCell(0, 0);
        agenda->setFocus();
        QTest::keyClick(agenda, Qt::Key_Delete);
        QCOMPARE(setup.plan().agenda.size(), 5);
        QCOMPARE(setup.plan().agenda.at(0).title, before.at(0).title);
        setup.accept();
        QCOMPARE(setup.result(), int(QDialog::Accepted));
    }

    // From the empty entry, where the facilitator's hands are, + votes and Tab changes voter.
    void theEntryVotesWhenEmpty()
    {
        WorkshopBoard board(m_f->edits(), m_mission, Stage::Consultation, 3, 2);
        QVERIFY(board.addNote(QStringLiteral("Trust")));
        const QString trust = board.currentNote();
        QTest::keyClick(board.entry(), Qt::Key_Plus, Qt::ShiftModifier);
        QCOMPARE(MissionRecords<Finding>(m_f->db()).find(trust)->votes, 1);
        QVERIFY(board.entry()->text().isEmpty());
        QTest::keyClick(board.entry(), Qt::Key_Tab);
        QCOMPARE(board.participant(), 2);
        // With text typed, + is text.
        QTest::keyClicks(board.entry(), QStringLiteral("A+B"));
        QCOMPARE(board.entry()->text(), QStringLiteral("A+B"));
        QCOMPARE(MissionRecords<Finding>(m_f->db()).find(trust)->votes, 1);
    }

    void badNotesAreRefusedAndNothingIsLost()
    {
        WorkshopBoard board(m_f->edits(), m_mission, Stage::Orientation, 4, 3);
        // Blank: nothing to add.
        board.entry()->setText(QStringLiteral("   "));
        QVERIFY(!board.addTypedNote());
        // 5,000 characters pasted: the entry keeps what a finding may hold, and it saves.
        board.entry()->setText(QString(5000, QLatin1Char('x')));
        QCOMPARE(board.entry()->text().size(), 500);
        QVERIFY(board.addTypedNote());
        // A control character is refused with a message; the text stays to be corrected.
        board.entry()->setText(QStringLiteral("Bad\x01note"));
        QVERIFY(!board.addTypedNote());
        QVERIFY(!board.status().isEmpty());
        QCOMPARE(board.entry()->text(), QStringLiteral("Bad\x01note"));
        // Arabic and Cyrillic are kept as typed.
        board.entry()->setText(QStringLiteral("الشرطة لا تسجل الدافع"));
        QVERIFY(board.addTypedNote());
        board.setCurrentColumn(2); // needs
        board.entry()->setText(QStringLiteral("Обука за тужиоце"));
        QVERIFY(board.addTypedNote());
        QCOMPARE(MissionRecords<Finding>(m_f->db()).forMission(m_mission).size(), 2);
        QCOMPARE(NeedRepository(m_f->db()).forMission(m_mission).constFirst().statement,
                 QStringLiteral("Обука за тужиоце"));
    }

    void prioritiesAreNeedsWithTheirVotes()
    {
        WorkshopBoard board(m_f->edits(), m_mission, Stage::Curriculum, 5, 3);
        QCOMPARE(board.columnCount(), 1);
        QVERIFY(board.addNote(QStringLiteral("Recording the bias motive")));
        QVERIFY(board.vote(1));
        const QList<Need> needs = NeedRepository(m_f->db()).forMission(m_mission);
        QCOMPARE(needs.size(), 1);
        QCOMPARE(needs.constFirst().votes, 1);
    }

    void clickerKeysFollowTheAgenda()
    {
        WorkshopWindow window(m_f->edits(), plan());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.viewCount(), 4); // agenda, stages, board, one chart
        // Welcome: the agenda; where the mission stands: the stages, then the chart; concerns,
        // dot voting and agreements: the board; closing: the agenda.
        const QList<QPair<int, int>> steps {
            {0, WorkshopWindow::AgendaView},     {1, WorkshopWindow::StagesView},
            {1, WorkshopWindow::FirstChartView}, {2, WorkshopWindow::BoardView},
            {3, WorkshopWindow::BoardView},      {4, WorkshopWindow::BoardView},
            {5, WorkshopWindow::AgendaView}};
        QCOMPARE(window.stepCount(), steps.size());
        QCOMPARE(window.currentView(), 0);
        QVERIFY(!window.isTimerRunning()); // nothing runs before the facilitator moves on
        // Forward with every key a clicker sends, and on the board with PageDown.
        const QList<Qt::Key> forward {Qt::Key_PageDown, Qt::Key_Space,    Qt::Key_Right,
                                      Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageDown};
        for (int i = 0; i < forward.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), forward.at(i));
            QCOMPARE(window.currentStep(), i + 1);
            QCOMPARE(window.agendaItem(), steps.at(i + 1).first);
            QCOMPARE(window.currentView(), steps.at(i + 1).second);
        }
        QVERIFY(window.isTimerRunning()); // moving on started the countdown
        QTest::keyClick(&window, Qt::Key_PageDown); // already the last
        QCOMPARE(window.currentStep(), steps.size() - 1);
        for (const Qt::Key key : {Qt::Key_PageUp, Qt::Key_PageUp, Qt::Key_PageUp}) {
            QTest::keyClick(QApplication::focusWidget(), key);
        }
        QCOMPARE(window.currentView(), int(WorkshopWindow::BoardView));
        QCOMPARE(window.agendaItem(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
        QCOMPARE(window.currentView(), int(WorkshopWindow::FirstChartView));
        for (const Qt::Key key : {Qt::Key_Left, Qt::Key_Backspace}) {
            QTest::keyClick(QApplication::focusWidget(), key);
        }
        QCOMPARE(window.currentStep(), 0);
        // Ctrl+PageDown jumps to the next item's first view.
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.agendaItem(), 1);
        QCOMPARE(window.currentView(), int(WorkshopWindow::StagesView));

        // The clicker's blank key darkens the wall; any key brings it back where it was.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Period);
        QVERIFY(window.isBlank());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QVERIFY(!window.isBlank());
        QCOMPARE(window.currentView(), int(WorkshopWindow::StagesView));
        // Type at least 1.6 times the desk size.
        QVERIFY(window.font().pointSizeF() >= QApplication::font().pointSizeF() * 1.6 - 0.01);
    }

    // The grid fills the wall, wall-safe or unlocked (an empty legend once held it to the
    // width of its title).
    void wallGridFillsTheView()
    {
        WorkshopWindow window(m_f->edits(), plan());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(WorkshopWindow::FirstChartView);
        PowerInterestGrid *grid = window.charts().constFirst()->grid();
        for (const bool unlocked : {false, true, false}) {
            window.setUnlocked(unlocked);
            QCoreApplication::processEvents();
            grid->plot()->replot();
            QVERIFY2(grid->plot()->axisRect()->width() > grid->plot()->width() * 0.85,
                     qPrintable(QStringLiteral("%1 of %2")
                                    .arg(grid->plot()->axisRect()->width())
                                    .arg(grid->plot()->width())));
        }
    }

    // The set-up refuses an agenda it cannot run, says why, and keeps what was typed; what
    // each item shows reaches the plan.
    // Each Alt+letter reaches one control: "&Start" once shared S with "&Stage:", and Alt+S
    // started the workshop at the wrong stage as often as it chose the stage.
    void setupRefusesABadAgenda()
    {
        WorkshopSetupDialog setup(m_f->db(), m_mission);
        auto *agenda = setup.findChild<QTableWidget *>(QStringLiteral("workshopAgenda"));
        QVERIFY(agenda);
        QCOMPARE(setup.plan().agenda.size(), 6);
        QCOMPARE(setup.plan().agenda.at(1).shows, AgendaShows::Progress);
        const auto refused = [&setup](const QString &expected) {
            QString said;
            GuiTest::whenModalShown([&said](QWidget *box) {
                said = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            });
            setup.accept();
            QVERIFY2(said.contains(expected), qPrintable(said));
            QCOMPARE(setup.result(), int(QDialog::Rejected));
        };
        agenda->item(0, 1)->setText(QStringLiteral("0"));
        refused(QStringLiteral("from 1 to 480"));
        agenda->item(0, 1)->setText(QStringLiteral("ten"));
        refused(QStringLiteral("from 1 to 480"));
        agenda->item(0, 1)->setText(QStringLiteral("10"));
        agenda->item(2, 0)->setText(QString(201, QLatin1Char('x')));
        refused(QStringLiteral("longer than 200"));
        for (int row = 0; row < agenda->rowCount(); ++row)
            agenda->item(row, 0)->setText(QString());
        refused(QStringLiteral("at least one item"));
        // One item in Cyrillic, showing the board: accepted, and the plan says so.
        agenda->item(0, 0)->setText(QStringLiteral("Ставови полиције"));
        agenda->item(0, 1)->setText(QStringLiteral("45"));
        auto *shows = setup.findChild<QComboBox *>(QStringLiteral("agendaShows0"));
        shows->setCurrentIndex(shows->findData(static_cast<int>(AgendaShows::Board)));
        setup.accept();
        QCOMPARE(setup.result(), int(QDialog::Accepted));
        const WorkshopPlan plan = setup.plan();
        QCOMPARE(plan.agenda.size(), 1);
        QCOMPARE(plan.agenda.constFirst().title, QStringLiteral("Ставови полиције"));
        QCOMPARE(plan.agenda.constFirst().shows, AgendaShows::Board);
        QCOMPARE(plan.totalMinutes(), 45);
    }

    void agendaTimerCountsDownItsItem()
    {
        WorkshopWindow window(m_f->edits(), plan());
        QCOMPARE(window.agendaItem(), 0);
        QCOMPARE(window.secondsLeft(), 10 * 60);
        QVERIFY(!window.isTimerRunning());
        QVERIFY(window.timerText().contains(QStringLiteral("10:00")));
        QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        Clock::setFixedNow(now);
        window.toggleTimer();
        QVERIFY(window.isTimerRunning());
        Clock::setFixedNow(now.addSecs(8 * 60 + 30));
        QVERIFY(window.timerText().endsWith(QStringLiteral("01:30")));
        Clock::setFixedNow(now.addSecs(11 * 60));
        QVERIFY(window.timerText().endsWith(QStringLiteral("01:00 over")));
        window.toggleTimer();
        const int left = window.secondsLeft();
        QCOMPARE(left, -60);
        // Jumping ahead starts the next item's own countdown.
        window.setAgendaItem(2);
        QVERIFY(window.isTimerRunning());
        QVERIFY(window.timerText().startsWith(QStringLiteral("Concerns and expectations")));
        QCOMPARE(window.secondsLeft(), 30 * 60);
        window.toggleTimer();
        QVERIFY(!window.isTimerRunning());
        // Back to the first item: the time it used is still used.
        window.setAgendaItem(0);
        QVERIFY(!window.isTimerRunning());
        QCOMPARE(window.secondsLeft(), left);
        QVERIFY(window.timerText().endsWith(QStringLiteral("01:00 over")));
        TestSupport::pinClock();
    }

private:
    WorkshopPlan plan() const
    {
        WorkshopPlan p;
        p.missionId = m_mission;
        p.stage = Stage::Consultation;
        p.agenda = WorkshopPlan::defaultAgenda(Stage::Consultation);
        p.charts = {QStringLiteral("powerInterestPlot")};
        return p;
    }

    static QString idOf(const WorkshopBoard &board, const QString &text)
    {
        for (int c = 0; c < board.columnCount(); ++c) {
            for (int row = 0; row < board.list(c)->count(); ++row) {
                if (board.list(c)->item(row)->text().startsWith(text))
                    return board.list(c)->item(row)->data(Qt::UserRole).toString();
            }
        }
        return {};
    }

    // Every text shown by a visible widget of `root`: labels, list items, line edits, buttons,
    // and the charts' text items, legends and titles.
    static QStringList texts(QWidget &root)
    {
        QStringList all;
        for (QWidget *w : root.findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                all.append(label->text());
            else if (auto *list = qobject_cast<QListWidget *>(w)) {
                for (int i = 0; i < list->count(); ++i)
                    all.append(list->item(i)->text());
            } else if (auto *edit = qobject_cast<QLineEdit *>(w))
                all.append(edit->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                all.append(button->text());
            else if (auto *grid = qobject_cast<PowerInterestGrid *>(w))
                all.append(grid->texts());
            else if (auto *plot = qobject_cast<QCustomPlot *>(w)) {
                for (int i = 0; i < plot->itemCount(); ++i) {
                    if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
                        all.append(text->text());
                }
            }
        }
        all.append(root.windowTitle());
        return all;
    }

    std::unique_ptr<EditsFixture> m_f;
    QString m_mission;
};

IP_GUI_TEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
