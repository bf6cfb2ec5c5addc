#include "CsvImportDialog.h"
#include "EngagementRepository.h"
#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MissionRepository.h"
#include "MissionsPage.h"
#include "PowerInterestGrid.h"
#include "StakeholderEditor.h"
#include "StakeholderRepository.h"
#include "StakeholdersPage.h"
#include "TableModel.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
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
            QTest::keyClicks(child<QLineEdit>(dialog, "missionCountryEdit"),
                             QStringLiteral("Moldova"));
            child<OptionalDateEdit>(dialog, "missionEndEdit")->setValue(QDate(2028, 6, 30));
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
            editor->reject();
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
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
