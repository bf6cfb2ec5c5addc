#include "Clock.h"
#include "DateEdit.h"
#include "Edits.h"
#include "EditsFixture.h"
#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "ProgrammeRepository.h"
#include "ProgrammesPage.h"
#include "RecordListPanel.h"
#include "RiskRepository.h"
#include "RiskTableModel.h"
#include "RisksPage.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;
using namespace GuiTest;

// A programme entered as a person would: its fields and core team in the programme editor, an
// international seminar led by a core trainer, and a risk of the programme that came true years
// ago, with its history dated when it happened.
class TestProgrammesPage : public QObject
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
        m_f = std::make_unique<EditsFixture>(QStringLiteral("programmes.sqlite"));
        QVERIFY(m_f->isOpen());
        Stakeholder trainer;
        trainer.kind = StakeholderKind::Person;
        trainer.name = QStringLiteral("Jelena Babić");
        QVERIFY(StakeholderRepository(m_f->db()).save(trainer));
        m_trainer = trainer.meta.id;
        m_page = std::make_unique<ProgrammesPage>(m_f->edits(),
                                                  ProgrammesPage::createModel(m_f->edits()));
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_f.reset();
    }

    void aProgrammeItsTeamAndASeminar()
    {
        whenModalShown([this](QWidget *d) {
            QCOMPARE(d->objectName(), QStringLiteral("programmeEditor"));
            QTest::keyClicks(child<QLineEdit>(d, "code"), QStringLiteral("LEOP-2"));
            typeText(child<QLineEdit>(d, "title"), QStringLiteral("Second phase / Друга фаза"));
            typeText(child<QLineEdit>(d, "leadOrganisation"), QStringLiteral("OSCE/ODIHR"));
            auto *team = child<QListWidget>(d, "teamIds");
            for (int i = 0; i < team->count(); ++i) {
                if (team->item(i)->data(Qt::UserRole).toString() == m_trainer)
                    team->item(i)->setCheckState(Qt::Checked);
            }
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        m_page->newProgramme();
        const QList<Programme> programmes = ProgrammeRepository(m_f->db()).all();
        QCOMPARE(programmes.size(), 1);
        QCOMPARE(programmes.at(0).teamIds, QStringList {m_trainer});
        QCOMPARE(m_page->currentId(), programmes.at(0).meta.id);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("programmeAbout"))
                    ->text()
                    .contains(QStringLiteral("Jelena Babić")));

        // A seminar in Zagreb, led by the core trainer, typed with its date.
        auto *events = m_page->findChild<RecordListPanel *>(QStringLiteral("programmeEvents"));
        whenModalShown([this](QWidget *d) {
            QCOMPARE(d->objectName(), QStringLiteral("programmeEventEditor"));
            typeText(child<QLineEdit>(d, "title"), QStringLiteral("International seminar"));
            typeText(child<QLineEdit>(d, "city"), QStringLiteral("Zagreb"));
            typeDate(child<DateEdit>(d, "startDate"), QStringLiteral("2025-11-18"));
            auto *lead = child<QComboBox>(d, "leadStakeholderId");
            lead->setCurrentIndex(lead->findData(m_trainer));
            child<QCheckBox>(d, "held")->setChecked(true);
            child<QSpinBox>(d, "female")->setValue(16);
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        events->addAction()->trigger();
        const QList<ProgrammeEvent> held =
            ProgrammeRepository(m_f->db()).events(programmes.at(0).meta.id);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.at(0).startDate, QDate(2025, 11, 18));
        QCOMPARE(held.at(0).leadStakeholderId, m_trainer);
        QCOMPARE(events->view()->model()->rowCount(), 1);
        // The trainer leaves the core team: the seminar they led keeps its lead when edited.
        Programme changed = ProgrammeRepository(m_f->db()).all().at(0);
        changed.teamIds.clear();
        QVERIFY(m_f->edits().saveProgramme(changed));
        whenModalShown([](QWidget *d) {
            child<QSpinBox>(d, "male")->setValue(13);
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        QVERIFY(m_page->editEvent(held.at(0), QStringLiteral("Edit Event")));
        QCOMPARE(
            ProgrammeRepository(m_f->db()).events(programmes.at(0).meta.id).at(0).leadStakeholderId,
            m_trainer);
        m_f->stack().undo();
        m_f->stack().undo();
        m_f->stack().undo();
        QCOMPARE(ProgrammeRepository(m_f->db()).events(programmes.at(0).meta.id).size(), 0);
    }

    // A risk of the programme that came true in 2009, entered today with its history: the form
    // takes the programme, the day of each assessment and the day it came true.
    void aRiskThatCameTrueYearsAgo()
    {
        Programme p;
        p.code = QStringLiteral("LEOP-2005");
        p.title = QStringLiteral("Pilot phase");
        QVERIFY(m_f->edits().saveProgramme(p));
        RisksPage risks(m_f->edits(), new RiskTableModel(m_f->db()));
        whenModalShown([&p](QWidget *d) {
            auto *programme = child<QComboBox>(d, "programmeId");
            programme->setCurrentIndex(programme->findData(p.meta.id));
            typeText(child<QLineEdit>(d, "title"), QStringLiteral("Leadership change ends it"));
            child<QSpinBox>(d, "likelihood")->setValue(2);
            child<QSpinBox>(d, "impact")->setValue(5);
            typeDate(child<DateEdit>(d, "assessedOn"), QStringLiteral("2005-01-10"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        risks.newRisk();
        QCOMPARE(RiskRepository(m_f->db()).all().size(), 1);
        const QString id = RiskRepository(m_f->db()).all().at(0).meta.id;
        risks.selectId(id);
        whenModalShown([](QWidget *d) {
            child<QSpinBox>(d, "likelihood")->setValue(4);
            typeDate(child<DateEdit>(d, "assessedOn"), QStringLiteral("2008-10-01"));
            Form::setComboValue(child<QComboBox>(d, "state"), RiskState::Occurred);
            typeDate(child<DateEdit>(d, "occurredOn"), QStringLiteral("2009-06-30"));
            typeText(child<QPlainTextEdit>(d, "consequence"),
                     QStringLiteral("The programme was abandoned."));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        risks.openCurrent();
        const Risk r = *RiskRepository(m_f->db()).find(id);
        QCOMPARE(r.programmeId, p.meta.id);
        QCOMPARE(r.state, RiskState::Occurred);
        QCOMPARE(r.occurredOn, QDate(2009, 6, 30));
        const QList<RiskAssessment> history = RiskRepository(m_f->db()).history(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).assessedAt.date(), QDate(2005, 1, 10));
        QCOMPARE(history.at(1).assessedAt.date(), QDate(2008, 10, 1));
    }

private:
    std::unique_ptr<EditsFixture> m_f;
    std::unique_ptr<ProgrammesPage> m_page;
    QString m_trainer;
};

IP_GUI_TEST_MAIN(TestProgrammesPage)
#include "tst_programmespage.moc"
