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

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
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
        QSettings().remove(QStringLiteral("csvImport")); // no choices remembered from a last run
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
        const QStringList lines = problemLines(dialog);
        QCOMPARE(lines.size(), 1); // line 4 names an organisation only: it comes in as a group
        QVERIFY2(lines.first().startsWith(QStringLiteral("7: Power must be between 1 and 5")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.first().contains(QStringLiteral("zeljka at example")));
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QCOMPARE(import->text(), QStringLiteral("&Import 5 Stakeholders"));
        QCOMPARE(stakeholders.count(), before); // nothing written yet

        auto *mission = dialog.findChild<QComboBox *>(QStringLiteral("linkMissionCombo"));
        mission->setCurrentIndex(
            mission->findText(QStringLiteral("HR-HC-01"), Qt::MatchStartsWith));
        dialog.accept();
        QCOMPARE(dialog.result(), QDialog::Accepted);
        QCOMPARE(dialog.importedCount(), 5);
        QCOMPARE(stakeholders.count(), before + 5);
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
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Import 5 stakeholders"));
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

        // Put right, the same import writes all five rows as one step, undone and redone whole.
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER full_disk")));
        dialog.accept();
        QCOMPARE(dialog.result(), QDialog::Accepted);
        QCOMPARE(stakeholders.count(), before + 5);
        QCOMPARE(stack->count(), steps + 1);
        stack->undo();
        QCOMPARE(stakeholders.count(), before);
        stack->redo();
        QCOMPARE(stakeholders.count(), before + 5);
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

    // A planner's own contact list (semicolons, a byte order mark, Cyrillic, quoted fields):
    // its types are taken from their synonyms or mapped once in the dialog, organisations come
    // in as groups, the extra column goes into the notes, and only the row that is truly bad (a
    // separator left unquoted in its notes) is left out, by its line.
    void aContactListImportsEveryNamedRow()
    {
        StakeholderRepository stakeholders(*m_window->database());
        const int before = stakeholders.count();
        CsvImportDialog dialog(*m_window->edits());
        QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("contact-list.csv"))));
        QVERIFY(!dialog.usedRememberedChoices());
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("choiceTabs"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Values to choose (1)"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Other columns (1)"));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("toNotes6"))->isChecked());
        // Until "consultancy" is given a meaning, its two rows wait with the bad one.
        QStringList lines = problemLines(dialog);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(
                     QStringLiteral("7: Type \"consultancy\" is not one the app knows")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("14: Type \"consultancy\"")));
        QVERIFY2(lines.at(2).startsWith(
                     QStringLiteral("17: The row has 9 fields where the header has 8")),
                 qPrintable(lines.at(2)));

        QComboBox *consultancy =
            dialog.valueCombo(QStringLiteral("type"), QStringLiteral("Consultancy"));
        QVERIFY(consultancy);
        consultancy->setCurrentIndex(
            consultancy->findText(QStringLiteral("International organisation or donor")));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Values (1)"));
        lines = problemLines(dialog);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("17: ")));
        QVERIFY(lines.first().contains(QStringLiteral("Met twice")));
        QCOMPARE(dialog.prepared().ready.size(), 15);
        QCOMPARE(dialog.prepared().groupsFromData, 3);
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("3 rows taken as groups")),
                 qPrintable(summary->text()));
        dialog.accept();
        QCOMPARE(dialog.result(), QDialog::Accepted);
        QCOMPARE(stakeholders.count(), before + 15);
        QHash<QString, Stakeholder> byName;
        for (const Stakeholder &s : stakeholders.all())
            byName.insert(s.name, s);
        QCOMPARE(byName.value(QStringLiteral("UNDP Croatia")).kind, StakeholderKind::Group);
        QCOMPARE(byName.value(QStringLiteral("UNDP Croatia")).type, StakeholderType::International);
        QCOMPARE(byName.value(QStringLiteral("Centar za mir")).kind, StakeholderKind::Group);
        QCOMPARE(byName.value(QStringLiteral("Centar za mir")).type, StakeholderType::CivilSociety);
        QCOMPARE(byName.value(QStringLiteral("Romsko vijeće")).kind, StakeholderKind::Group);
        QCOMPARE(byName.value(QStringLiteral("Drago Babić")).kind, StakeholderKind::Person);
        QCOMPARE(byName.value(QStringLiteral("Drago Babić")).type, StakeholderType::International);
        QCOMPARE(byName.value(QStringLiteral("Sophie Martin")).sex, Sex::Female);
        QCOMPARE(byName.value(QStringLiteral("Dragan Petrović")).type, StakeholderType::Judiciary);
        QCOMPARE(byName.value(QStringLiteral("Dragan Petrović")).notes,
                 QStringLiteral("Case law; hate motive\nCountry: Serbia"));
        QCOMPARE(byName.value(QStringLiteral("Олена Шевченко")).organisation,
                 QStringLiteral("Інститут поліції"));
        QVERIFY(!byName.value(QStringLiteral("Ana Horvat")).placed()); // the file rates no one
        QVERIFY(!byName.contains(QStringLiteral("Petra Novak")));
    }

    // The choices made for a file (a value's meaning, a column left out of the notes, person or
    // group) are offered again for the next file with the same header, and only after an import.
    void choicesComeBackForAFileWithTheSameHeader()
    {
        {
            CsvImportDialog dialog(*m_window->edits());
            QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("contact-list.csv"))));
            QComboBox *consultancy =
                dialog.valueCombo(QStringLiteral("type"), QStringLiteral("consultancy"));
            consultancy->setCurrentIndex(consultancy->findText(QStringLiteral("Skip these rows")));
            dialog.findChild<QCheckBox *>(QStringLiteral("toNotes6"))->setChecked(false);
            dialog.reject(); // nothing imported, nothing remembered
        }
        {
            CsvImportDialog dialog(*m_window->edits());
            QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("contact-list.csv"))));
            QVERIFY(!dialog.usedRememberedChoices());
            QComboBox *consultancy =
                dialog.valueCombo(QStringLiteral("type"), QStringLiteral("consultancy"));
            QCOMPARE(consultancy->currentIndex(), 0);
            consultancy->setCurrentIndex(consultancy->findText(QStringLiteral("Skip these rows")));
            dialog.findChild<QCheckBox *>(QStringLiteral("toNotes6"))->setChecked(false);
            auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
            kind->setCurrentIndex(kind->findText(QStringLiteral("Every row is a person")));
            QCOMPARE(dialog.prepared().skipped, 2);
            dialog.accept();
            QCOMPARE(dialog.result(), QDialog::Accepted);
            QCOMPARE(dialog.importedCount(), 13);
        }
        const QString renamed = m_dir->path(QStringLiteral("next-mission.csv"));
        QVERIFY(writeFile(renamed, readFile(fixturePath(QStringLiteral("contact-list.csv")))));
        CsvImportDialog dialog(*m_window->edits());
        QVERIFY(dialog.loadFile(renamed));
        QVERIFY(dialog.usedRememberedChoices());
        QCOMPARE(
            dialog.valueCombo(QStringLiteral("type"), QStringLiteral("consultancy"))->currentText(),
            QStringLiteral("Skip these rows"));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("toNotes6"))->isChecked());
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"))->currentText(),
                 QStringLiteral("Every row is a person"));
        QCOMPARE(dialog.fieldCombo(QStringLiteral("type"))->currentData().toInt(), 2);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                    ->text()
                    .contains(QStringLiteral("used again")));
        // A file with another header starts from the guess again.
        CsvImportDialog other(*m_window->edits());
        QVERIFY(other.loadFile(fixturePath(QStringLiteral("stakeholders-two-bad-rows.csv"))));
        QVERIFY(!other.usedRememberedChoices());
    }

    // Every row with a problem is shown, not only the first lines, with its fields and its
    // messages wrapped at a readable height.
    void everyProblemRowIsShownWrapped()
    {
        QByteArray text = "name;power;notes\n";
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("Person %1;3;a note%2\n")
                        .arg(i)
                        .arg(i % 2 ? QString() : QStringLiteral("; unquoted"))
                        .toUtf8();
        const QString path = m_dir->path(QStringLiteral("many-bad.csv"));
        QVERIFY(writeFile(path, text));
        CsvImportDialog dialog(*m_window->edits());
        dialog.resize(1000, 700);
        QVERIFY(dialog.loadFile(path));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("problemTable"));
        QCOMPARE(table->rowCount(), 20);
        QCOMPARE(table->item(19, 0)->text(), QStringLiteral("40"));
        QCOMPARE(table->item(19, 2)->text(), QStringLiteral("Person 38"));
        // The message is longer than its column: the row is as tall as its wrapped lines.
        const QString message = table->item(0, 1)->text();
        QVERIFY(table->fontMetrics().horizontalAdvance(message) > table->columnWidth(1));
        QVERIFY(table->rowHeight(0) >= 2 * table->fontMetrics().lineSpacing());
    }

    // A column that no field takes any more goes into the notes until unticked: unmapping a
    // field loses nothing.
    void aColumnLetGoGoesIntoTheNotes()
    {
        CsvImportDialog dialog(*m_window->edits());
        QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("contact-list.csv"))));
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("toNotes4")));
        dialog.fieldCombo(QStringLiteral("email"))->setCurrentIndex(0); // "not in the file"
        auto *email = dialog.findChild<QCheckBox *>(QStringLiteral("toNotes4"));
        QVERIFY(email);
        QVERIFY(email->isChecked());
        QVERIFY(email->text().contains(QStringLiteral("E-mail")));
        const auto ready = dialog.prepared().ready;
        QCOMPARE(ready.first().stakeholder.email, QString());
        QVERIFY(
            ready.first().stakeholder.notes.contains(QStringLiteral("E-mail: ana@example.org")));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("choiceTabs"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Other columns (2)"));
        // Without a header, the columns are offered by number and nothing is said taken.
        dialog.findChild<QCheckBox *>(QStringLiteral("headerCheck"))->setChecked(false);
        QCOMPARE(tabs->tabText(2), QStringLiteral("&Other columns (8)"));
    }

    void remappingAColumnRechecks()
    {
        CsvImportDialog dialog(*m_window->edits());
        QVERIFY(dialog.loadFile(fixturePath(QStringLiteral("stakeholders-two-bad-rows.csv"))));
        dialog.fieldCombo(QStringLiteral("power"))->setCurrentIndex(0); // "not in the file"
        dialog.fieldCombo(QStringLiteral("email"))->setCurrentIndex(0);
        QCOMPARE(dialog.prepared().problems.size(), 0); // line 7's bad values are not read
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
    // The problem table's rows as "line: what is wrong | the row's fields".
    static QStringList problemLines(const CsvImportDialog &dialog)
    {
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("problemTable"));
        QStringList lines;
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList fields;
            for (int c = 2; c < table->columnCount(); ++c)
                fields.append(table->item(r, c) ? table->item(r, c)->text() : QString());
            lines.append(
                QStringLiteral("%1: %2 | %3")
                    .arg(table->item(r, 0)->text(), table->item(r, 1)->text(), fields.join(u';')));
        }
        return lines;
    }

    std::unique_ptr<TestSupport::TempFolder> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

IP_GUI_TEST_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
