#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MissionRepository.h"
#include "MissionsPage.h"
#include "RiskRepository.h"
#include "RisksPage.h"
#include "StakeholderRepository.h"
#include "StakeholdersPage.h"
#include "TestSupport.h"
#include "Translations.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace TestSupport;
using namespace GuiTest;

// Nothing typed is lost without asking: Esc, Cancel, the title bar's close and quitting ask
// Save / Discard / Keep Editing when an editor holds changes, and close at once when it holds
// none.
class TestUnsaved : public QObject
{
    Q_OBJECT

    // Answers the question about unsaved changes with `button`, recording that it was asked.
    void answer(QMessageBox::StandardButton button)
    {
        m_asked = false;
        whenModalShown([this, button](QWidget *box) {
            QCOMPARE(box->objectName(), QStringLiteral("unsavedChangesBox"));
            m_asked = true;
            static_cast<QMessageBox *>(box)->button(button)->click();
        });
    }

    QString missionTitle(const QString &code) const
    {
        for (const Mission &m : MissionRepository(*m_window->database()).all()) {
            if (m.code == code)
                return m.title;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("tst_unsaved"));
        Translations::install(*qApp, QStringLiteral("en"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDemo());
        m_window->workspace()->showPage(Workspace::Missions);
        m_missions = m_window->workspace()->missionsPage();
        m_missions->selectId(MissionRepository(*m_window->database()).all().first().meta.id);
        m_code = MissionRepository(*m_window->database()).find(m_missions->currentId())->code;
    }

    void cleanup() { m_window.reset(); }

    void escapeWithChangesAsks()
    {
        const QString before = missionTitle(m_code);
        bool keptOpen = false;
        bool closed = false;
        whenModalShown([&](QWidget *dialog) {
            auto *title = child<QLineEdit>(dialog, "missionTitleEdit");
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Retitled"));
            // Keep Editing: the editor stays, with what was typed.
            answer(QMessageBox::Cancel);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(m_asked);
            keptOpen = dialog->isVisible() && title->text() == QLatin1String("Retitled");
            // Discard: it closes, and nothing is saved.
            answer(QMessageBox::Discard);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(m_asked);
            closed = !dialog->isVisible();
        });
        m_missions->openCurrent();
        QVERIFY(keptOpen);
        QVERIFY(closed);
        QCOMPARE(missionTitle(m_code), before);
    }

    void closeButtonWithChangesCanSave()
    {
        whenModalShown([&](QWidget *dialog) {
            // The stage forms save as they go: the editor says so, and its button is Close.
            QVERIFY(child<QLabel>(dialog, "savedAtOnceNote")->isVisible());
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("&Close"));
            auto *title = child<QLineEdit>(dialog, "missionTitleEdit");
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Saved on the way out"));
            answer(QMessageBox::Save);
            buttons->button(QDialogButtonBox::Cancel)->click();
            QVERIFY(m_asked);
        });
        m_missions->openCurrent();
        QCOMPARE(missionTitle(m_code), QStringLiteral("Saved on the way out"));
    }

    void noChangesClosesWithoutAsking()
    {
        bool closed = false;
        whenModalShown([&](QWidget *dialog) {
            // Typed and put back is no change.
            auto *title = child<QLineEdit>(dialog, "missionTitleEdit");
            QTest::keyClicks(title, QStringLiteral("x"));
            QTest::keyClick(title, Qt::Key_Backspace);
            QTest::keyClick(dialog, Qt::Key_Escape);
            closed = !dialog->isVisible();
        });
        m_missions->openCurrent();
        QVERIFY(closed);
    }

    void stakeholderAndRiskEditorsAsk()
    {
        m_window->workspace()->showPage(Workspace::Stakeholders);
        const qsizetype people = StakeholderRepository(*m_window->database()).all().size();
        whenModalShown([&](QWidget *dialog) {
            typeText(child<QLineEdit>(dialog, "stakeholderNameEdit"), QStringLiteral("Нова особа"));
            answer(QMessageBox::Discard);
            dialog->close(); // the title bar's close
            QVERIFY(m_asked);
        });
        m_window->workspace()->stakeholdersPage()->newStakeholder();
        QCOMPARE(StakeholderRepository(*m_window->database()).all().size(), people);

        m_window->workspace()->showPage(Workspace::Risks);
        const qsizetype risks = RiskRepository(*m_window->database()).all().size();
        whenModalShown([&](QWidget *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Floods"));
            answer(QMessageBox::Save);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(m_asked);
        });
        m_window->workspace()->risksPage()->newRisk();
        QCOMPARE(RiskRepository(*m_window->database()).all().size(), risks + 1);
    }

    // Form::showErrors lists a problem of a field that has no widget (it once dropped it, so
    // Save was refused with no message).
    void errorsOfFieldsWithoutAWidgetAreShown()
    {
        QWidget form;
        auto *title = new QLineEdit(&form);
        auto *summary = new QLabel(&form);
        form.show();
        Form::showErrors({{QStringLiteral("missionId"), QStringLiteral("Choose the mission.")}},
                         {{QStringLiteral("title"), title}}, {}, summary);
        QCOMPARE(summary->text(), QStringLiteral("Choose the mission."));
        QVERIFY(summary->isVisible());
    }

    // Quitting while an editor holds changes asks too; kept editing, the window stays.
    void quittingAsks()
    {
        bool stayed = false;
        whenModalShown([&](QWidget *dialog) {
            auto *title = child<QLineEdit>(dialog, "missionTitleEdit");
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Half typed"));
            answer(QMessageBox::Cancel);
            m_window->close();
            QVERIFY(m_asked);
            stayed = m_window->isVisible() && dialog->isVisible();
            answer(QMessageBox::Discard);
            m_window->close();
            QVERIFY(m_asked);
        });
        m_missions->openCurrent();
        QVERIFY(stayed);
        QTRY_VERIFY(!m_window->isVisible()); // closed once the editor was
        QVERIFY(!m_window->database());
    }

private:
    std::unique_ptr<MainWindow> m_window;
    MissionsPage *m_missions = nullptr;
    QString m_code;
    bool m_asked = false;
};

IP_GUI_TEST_MAIN(TestUnsaved)
#include "tst_unsaved.moc"
