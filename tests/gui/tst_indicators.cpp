#include "DateEdit.h"
#include "Edits.h"
#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "Indicators.h"
#include "MissionRepository.h"
#include "PortfolioSummary.h"
#include "RatingSettingsDialog.h"
#include "RecordListPanel.h"
#include "RiskRepository.h"
#include "Settings.h"
#include "StageForms.h"
#include "StageRecords.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;
using namespace GuiTest;

// Indicators with achievement and RAG status, and the rating settings a database carries:
// figures checked against hand computation, forms driven through their dialogs, undo.
class TestIndicators : public QObject
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
        m_dir = std::make_unique<TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("indicators.sqlite")));
        m_stack = std::make_unique<QUndoStack>();
        m_edits = std::make_unique<Edits>(*m_db, m_stack.get());
        Mission m;
        m.code = QStringLiteral("HR-HC-09");
        m.title = QStringLiteral("Indicators test");
        QVERIFY(MissionRepository(*m_db).save(m));
        m_mission = m.meta.id;
    }

    void cleanup()
    {
        m_edits.reset();
        m_stack.reset();
        m_db.reset();
        m_dir.reset();
    }

    void achievementAndRag_data()
    {
        QTest::addColumn<double>("baseline");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("rag");
        // (current - baseline) / (target - baseline); green >= 90 %, amber 70-89 %, red < 70 %.
        QTest::newRow("reached") << 20.0 << 80.0 << 80.0 << 100.0 << int(Rag::Green);
        QTest::newRow("90 %") << 20.0 << 80.0 << 74.0 << 90.0 << int(Rag::Green);
        QTest::newRow("amber") << 20.0 << 80.0 << 65.0 << 75.0 << int(Rag::Amber);
        QTest::newRow("red") << 20.0 << 80.0 << 50.0 << 50.0 << int(Rag::Red);
        QTest::newRow("fell back") << 20.0 << 80.0 << 14.0 << -10.0 << int(Rag::Red);
        QTest::newRow("downward target") << 40.0 << 10.0 << 16.0 << 80.0 << int(Rag::Amber);
    }

    void achievementAndRag()
    {
        QFETCH(double, baseline);
        QFETCH(double, target);
        QFETCH(double, current);
        QFETCH(double, expected);
        QFETCH(int, rag);
        const std::optional<double> a = achievement(baseline, target, current);
        QVERIFY(a);
        QCOMPARE(*a, expected);
        QCOMPARE(int(ragFor(*a)), rag);
    }

    void statusUsesTheLatestValueAndTheDatabaseThresholds()
    {
        Indicator i;
        i.missionId = m_mission;
        i.name = QStringLiteral("Reports recording the bias motive");
        i.unit = QStringLiteral("%");
        i.baseline = 20;
        i.target = 80;
        QVERIFY(m_edits->saveStageRecord(i));
        for (const auto &[date, value] :
             {std::pair {QDate(2026, 10, 1), 65.0}, std::pair {QDate(2026, 3, 1), 30.0}}) {
            IndicatorValue v;
            v.indicatorId = i.meta.id;
            v.date = date;
            v.value = value;
            v.female = 4;
            v.male = 12;
            QVERIFY(m_edits->saveStageRecord(v));
        }
        const QList<IndicatorValue> values =
            MissionRecords<IndicatorValue>(*m_db).forOwner(i.meta.id);
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(0).female, std::optional<int>(4));
        IndicatorStatus status = IndicatorStatus::of(i, values);
        QCOMPARE(status.current, std::optional<double>(65));
        QCOMPARE(status.asOf, QDate(2026, 10, 1));
        QCOMPARE(status.rag, std::optional<Rag>(Rag::Amber));

        // The database's own thresholds: amber from 80 % turns 75 % red.
        RagThresholds strict;
        strict.amberFrom = 80;
        strict.greenFrom = 95;
        QVERIFY(m_edits->saveRatingSettings(RiskBandLimits(), strict));
        status = IndicatorStatus::of(i, values, SettingsRepository(*m_db).ragThresholds());
        QCOMPARE(status.rag, std::optional<Rag>(Rag::Red));
        m_stack->undo();
        QCOMPARE(SettingsRepository(*m_db).ragThresholds().amberFrom, 70);
    }

    void badIndicatorsAreRefused()
    {
        Indicator i;
        i.missionId = m_mission;
        i.name = QStringLiteral("Trust reported by NGOs");
        i.baseline = 3;
        i.target = 3;
        QString error;
        QVERIFY(!m_edits->saveStageRecord(i, &error));
        QVERIFY(error.contains(u"equals the baseline"));
        IndicatorValue v;
        v.indicatorId = QStringLiteral("x");
        v.female = -2;
        QVERIFY(!m_edits->saveStageRecord(v, &error));
        QVERIFY(error.contains(u"Date is required"));
        QVERIFY(error.contains(u"cannot be negative"));
        QCOMPARE(m_stack->count(), 0);
    }

    void riskBandsMoveWithTheSettings()
    {
        Risk r;
        r.missionId = m_mission;
        r.title = QStringLiteral("Turf battles");
        r.likelihood = 2;
        r.impact = 5; // 10: medium by default
        QVERIFY(m_edits->saveRisk(r));
        QCOMPARE(PortfolioSummary::compute(*m_db, QDate(2026, 11, 21)).highRisks, 0);
        RiskBandLimits tighter;
        tighter.mediumFrom = 4;
        tighter.highFrom = 10;
        QVERIFY(m_edits->saveRatingSettings(tighter, RagThresholds()));
        QCOMPARE(PortfolioSummary::compute(*m_db, QDate(2026, 11, 21)).highRisks, 1);
        RiskBandLimits wrong;
        wrong.mediumFrom = 12;
        wrong.highFrom = 6;
        QString error;
        QVERIFY(!m_edits->saveRatingSettings(wrong, RagThresholds(), &error));
        QVERIFY(error.contains(u"medium from < high from"));
        m_stack->undo();
        QCOMPARE(PortfolioSummary::compute(*m_db, QDate(2026, 11, 21)).highRisks, 0);
    }

    void settingsDialogRefusesAndSaves()
    {
        RatingSettingsDialog dialog(*m_edits);
        dialog.show();
        child<QSpinBox>(&dialog, "mediumFrom")->setValue(15);
        child<QSpinBox>(&dialog, "highFrom")->setValue(12);
        child<QPushButton>(&dialog, "saveButton")->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(u"high from"));
        child<QSpinBox>(&dialog, "mediumFrom")->setValue(6);
        child<QPushButton>(&dialog, "saveButton")->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(SettingsRepository(*m_db).riskBands().mediumFrom, 6);
    }

    void indicatorsTabCreatesIndicatorsAndValues()
    {
        std::unique_ptr<QWidget> tab(StageForms::indicators(*m_edits, m_mission, nullptr));
        tab->resize(1100, 700);
        tab->show();
        auto *indicators = tab->findChild<RecordListPanel *>(QStringLiteral("indicatorList"));
        auto *values = tab->findChild<RecordListPanel *>(QStringLiteral("indicatorValues"));
        QVERIFY(indicators && values);
        QVERIFY(!values->addAction()->isEnabled()); // no indicator chosen yet

        whenModalShown([](QWidget *d) {
            child<QLineEdit>(d, "name")->setText(QStringLiteral("Officers trained"));
            child<QDoubleSpinBox>(d, "baseline")->setValue(0);
            child<QDoubleSpinBox>(d, "target")->setValue(1200);
            d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        });
        indicators->addAction()->trigger();
        QCOMPARE(indicators->view()->model()->rowCount(), 1);
        QVERIFY(values->addAction()->isEnabled());

        whenModalShown([](QWidget *d) {
            child<DateEdit>(d, "date")->setValue(QDate(2026, 10, 31));
            child<QDoubleSpinBox>(d, "value")->setValue(1100);
            child<QSpinBox>(d, "female")->setValue(220);
            child<QSpinBox>(d, "male")->setValue(880);
            d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        });
        values->addAction()->trigger();
        QCOMPARE(values->view()->model()->rowCount(), 1);
        QVERIFY(values->summary().contains(u"women 20 %"));
        // 1,100 of 1,200: 92 %, green.
        const QAbstractItemModel *model = indicators->view()->model();
        QCOMPARE(model->index(0, 6).data().toString(), QStringLiteral("92 %"));
        QCOMPARE(model->index(0, 7).data().toString(), QStringLiteral("Green"));
        QVERIFY(model->index(0, 7).data(Qt::DecorationRole).isValid());
        QVERIFY(indicators->summary().contains(u"1 green"));
        m_stack->undo();
        QCOMPARE(model->index(0, 7).data().toString(), QStringLiteral("No value yet"));
    }

private:
    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Edits> m_edits;
    QString m_mission;
};

IP_GUI_TEST_MAIN(TestIndicators)
#include "tst_indicators.moc"
