#include "Csv.h"
#include "CsvImportDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MissionRepository.h"
#include "MissionsPage.h"
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
        QCOMPARE(Csv::parse(plainBytes).rows.size(), 32); // header and 31 stakeholders

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
