#include "Csv.h"
#include "CsvImportDialog.h"
#include "Edits.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MissionRepository.h"
#include "MissionsPage.h"
#include "StakeholderEditor.h"
#include "StakeholderRepository.h"
#include "StakeholdersPage.h"
#include "TestSupport.h"
#include "Translations.h"
#include "Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;

// Getting stakeholders in from CSV and lists out to CSV, through the real dialog and pages.
class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("intervention-planner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_csvimport"));
        Translations::install(*qApp, QStringLiteral("en")); // as the application does at start
    }

    void init()
    {
        m_dir = std::make_unique<TestSupport::TempFolder>();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openDemo());
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void importShowsBadRowsAndWritesNothingUntilConfirmed()
    {
        StakeholderRepository stakeholders(*m_window->database());
        const int before = stakeholders.count();
        CsvImportDialog dialog(*m_window->edits());
        QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("stakeholders-two-bad-rows.csv"))));
        auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("problemList"));
        QStringList lines;
        for (int i = 0; i < problems->count(); ++i)
            lines.append(problems->item(i)->text());
        QVERIFY2(lines.join(u'\n').contains(QStringLiteral("Line 4: Name is required.")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(
            lines.join(u'\n').contains(QStringLiteral("Line 7: Power must be between 1 and 5")));
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QCOMPARE(import->text(), QStringLiteral("&Import 4 Stakeholders"));
        QCOMPARE(stakeholders.count(), before); // nothing written yet

        auto *mission = dialog.findChild<QComboBox *>(QStringLiteral("linkMissionCombo"));
        mission->setCurrentIndex(
            mission->findText(QStringLiteral("HR-HC-01"), Qt::MatchStartsWith));
        dialog.accept();
        QCOMPARE(dialog.result(), QDialog::Accepted);
        QCOMPARE(dialog.importedCount(), 4);
        QCOMPARE(stakeholders.count(), before + 4);
        bool marko = false;
        for (const Stakeholder &s : stakeholders.all()) {
            if (s.name == u"Đurić; Jelena") {
                const QList<StakeholderLink> links = stakeholders.linksForStakeholder(s.meta.id);
                QCOMPARE(links.size(), 1);
                QCOMPARE(links.first().role, QStringLiteral("Line one\nline two"));
            }
            marko = marko || (s.name == u"Marko Kovačević" && s.organisation == u"Police Osijek");
        }
        QVERIFY(marko);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Import 4 stakeholders"));
        m_window->undoStack()->undo(); // the whole import in one step
        QCOMPARE(stakeholders.count(), before);
    }

    // A write that fails halfway leaves nothing: no row, and nothing on the undo or redo stack.
    // (The import once undid a half-written macro, leaving it to Redo, which wrote part of it.)
    void importFailingHalfwayLeavesNothingToRedo()
    {
        Database &db = *m_window->database();
        QSqlQuery trigger(db.connection());
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON stakeholders "
            "WHEN NEW.name LIKE 'Đurić%' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); "
            "END")));
        StakeholderRepository stakeholders(db);
        const int before = stakeholders.count();
        QUndoStack *stack = m_window->edits()->stack();
        const int steps = stack->count();
        CsvImportDialog dialog(*m_window->edits());
        QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("stakeholders-two-bad-rows.csv"))));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Nothing was imported. Line ")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("disk is full")));
        QCOMPARE(dialog.importedCount(), 0);
        QCOMPARE(stakeholders.count(), before);
        QCOMPARE(stack->count(), steps);
        QVERIFY(!stack->canRedo());
        stack->redo();
        QCOMPARE(stakeholders.count(), before);

        // Put right, the same import writes all four rows as one step, undone and redone whole.
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER full_disk")));
        dialog.accept();
        QCOMPARE(dialog.result(), QDialog::Accepted);
        QCOMPARE(stakeholders.count(), before + 4);
        QCOMPARE(stack->count(), steps + 1);
        stack->undo();
        QCOMPARE(stakeholders.count(), before);
        stack->redo();
        QCOMPARE(stakeholders.count(), before + 4);
    }

    // The same for a new stakeholder with its first link: when the link cannot be written, the
    // stakeholder is not either, and nothing is left to redo.
    void newStakeholderWithALinkIsAllOrNothing()
    {
        Database &db = *m_window->database();
        QSqlQuery trigger(db.connection());
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TEMP TRIGGER no_links BEFORE INSERT ON mission_stakeholders "
                           "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        StakeholderRepository stakeholders(db);
        const int before = stakeholders.count();
        QUndoStack *stack = m_window->edits()->stack();
        const int steps = stack->count();
        StakeholderEditor editor(*m_window->edits(), Stakeholder());
        editor.findChild<QLineEdit *>(QStringLiteral("stakeholderNameEdit"))
            ->setText(QStringLiteral("Ivana Kovač"));
        auto *mission =
            editor.findChild<QComboBox *>(QStringLiteral("stakeholderLinkMissionCombo"));
        mission->setCurrentIndex(1);
        editor.accept();
        QVERIFY(editor.result() != QDialog::Accepted);
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QStringLiteral("disk is full")));
        QCOMPARE(stakeholders.count(), before);
        QCOMPARE(stack->count(), steps);
        QVERIFY(!stack->canRedo());

        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER no_links")));
        editor.accept();
        QCOMPARE(editor.result(), QDialog::Accepted);
        QCOMPARE(stakeholders.count(), before + 1);
        QCOMPARE(stakeholders.linksForStakeholder(editor.stakeholder().meta.id).size(), 1);
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Add stakeholder Ivana Kovač"));
    }

    void remappingAColumnRechecks()
    {
        CsvImportDialog dialog(*m_window->edits());
        QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("stakeholders-two-bad-rows.csv"))));
        dialog.fieldCombo(QStringLiteral("power"))->setCurrentIndex(0); // "not in the file"
        dialog.fieldCombo(QStringLiteral("email"))->setCurrentIndex(0);
        QCOMPARE(dialog.prepared().problems.size(), 1); // only the nameless row is left
        dialog.fieldCombo(QStringLiteral("name"))->setCurrentIndex(0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    }

    void refusesFilesItCannotRead()
    {
        const QString latin1 = m_dir->path(QStringLiteral("latin1.csv"));
        QVERIFY(writeFile(latin1, QByteArray("name\nJos\xe9\n")));
        CsvImportDialog dialog(*m_window->edits());
        QVERIFY(!dialog.loadFile(latin1));
        QVERIFY(dialog.loadError().contains(QStringLiteral("UTF-8")));
        QVERIFY(!dialog.loadFile(m_dir->path(QStringLiteral("missing.csv"))));
        const QString empty = m_dir->path(QStringLiteral("empty.csv"));
        QVERIFY(writeFile(empty, QByteArray()));
        QVERIFY(!dialog.loadFile(empty));
        QVERIFY(dialog.loadError().contains(QStringLiteral("no rows")));
    }

    void exportLeavesSensitiveFieldsOutUnlessIncluded()
    {
        StakeholdersPage *page = m_window->workspace()->stakeholdersPage();
        const QString plain = m_dir->path(QStringLiteral("plain.csv"));
        QString error;
        QVERIFY2(page->exportCsv(plain, false, &error), qPrintable(error));
        const QByteArray plainBytes = readFile(plain);
        QVERIFY(plainBytes.startsWith("\xEF\xBB\xBF"
                                      "Name,Organisation,Type\r\n"));
        QVERIFY(!plainBytes.contains("Dragana"));
        QVERIFY(!plainBytes.contains("Sceptic"));
        QVERIFY(plainBytes.contains("Protected (Affected community)"));
        QCOMPARE(Csv::parse(plainBytes).rows.size(), 35); // header and 34 stakeholders

        const QString full = m_dir->path(QStringLiteral("full.csv"));
        QVERIFY(page->exportCsv(full, true, &error));
        const QByteArray fullBytes = readFile(full);
        QVERIFY(fullBytes.contains("Power"));
        QVERIFY(fullBytes.contains("Dragana Petrovi"));
    }

    void exportFollowsTheFilters()
    {
        Workspace *workspace = m_window->workspace();
        MissionsPage *missions = workspace->missionsPage();
        missions->searchField()->setText(QStringLiteral("pilot"));
        const QString path = m_dir->path(QStringLiteral("pilots.csv"));
        QVERIFY(missions->exportCsv(path, false));
        const Csv::Document document = Csv::parse(readFile(path));
        QCOMPARE(document.rows.size(), 3);
        QCOMPARE(document.rows.at(1).fields.at(0).left(2), QStringLiteral("ES"));
    }

    void exportToAnUnwritablePlaceSaysWhy()
    {
        QString error;
        QVERIFY(!m_window->workspace()->missionsPage()->exportCsv(
            m_dir->path(QStringLiteral("no/such/folder/missions.csv")), false, &error));
        QVERIFY2(error.contains(QStringLiteral("could not be created")), qPrintable(error));
    }

private:
    std::unique_ptr<TestSupport::TempFolder> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

IP_GUI_TEST_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
