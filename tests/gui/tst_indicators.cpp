#include "Clock.h"
#include "DateEdit.h"
#include "Edits.h"
#include "EditsFixture.h"
#include "FormSupport.h"
#include "GuiTestSupport.h"
#include "IndicatorProgress.h"
#include "Indicators.h"
#include "MissionRepository.h"
#include "PortfolioSummary.h"
#include "RatingSettingsDialog.h"
#include "RecordListPanel.h"
#include "RiskRepository.h"
#include "Settings.h"
#include "StageForms.h"
#include "StageRecords.h"
#include "StageSummaries.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLayout>
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
        m_f = std::make_unique<EditsFixture>(QStringLiteral("indicators.sqlite"));
        QVERIFY(m_f->isOpen());
        m_mission = m_f->addMission(QStringLiteral("HR-HC-09"), QStringLiteral("Indicators test"));
    }

    void cleanup()
    {
        m_f.reset();
        pinClock();
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
        QVERIFY(m_f->edits().saveStageRecord(i));
        for (const auto &[date, value] :
             {std::pair {QDate(2026, 10, 1), 65.0}, std::pair {QDate(2026, 3, 1), 30.0}}) {
            IndicatorValue v;
            v.indicatorId = i.meta.id;
            v.date = date;
            v.value = value;
            v.female = 4;
            v.male = 12;
            QVERIFY(m_f->edits().saveStageRecord(v));
        }
        const QList<IndicatorValue> values =
            MissionRecords<IndicatorValue>(m_f->db()).forOwner(i.meta.id);
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
        QVERIFY(m_f->edits().saveRatingSettings(RiskBandLimits(), strict));
        status = IndicatorStatus::of(i, values, SettingsRepository(m_f->db()).ragThresholds());
        QCOMPARE(status.rag, std::optional<Rag>(Rag::Red));
        m_f->stack().undo();
        QCOMPARE(SettingsRepository(m_f->db()).ragThresholds().amberFrom, 70);
    }

    void intermediateTargetsSayWhatIsDueByToday()
    {
        Indicator i;
        i.missionId = m_mission;
        i.name = QStringLiteral("Officers trained in the cascade");
        i.baseline = 0;
        i.target = 1200;
        QVERIFY(m_f->edits().saveStageRecord(i));
        IndicatorValue v;
        v.indicatorId = i.meta.id;
        v.date = QDate(2026, 10, 31);
        v.value = 310;
        QVERIFY(m_f->edits().saveStageRecord(v));
        for (const auto &[date, value] :
             {std::pair {QDate(2026, 6, 30), 200.0}, std::pair {QDate(2027, 3, 31), 800.0},
              std::pair {QDate(2026, 10, 31), 450.0}}) {
            IndicatorTarget t;
            t.indicatorId = i.meta.id;
            t.date = date;
            t.value = value;
            QVERIFY(m_f->edits().saveStageRecord(t));
        }
        IndicatorTarget bad;
        bad.indicatorId = i.meta.id;
        QString error;
        QVERIFY(!m_f->edits().saveStageRecord(bad, &error));
        QVERIFY(error.contains(u"Date"));

        // On 1 December 2026 the target of 31 October is due (450, 37.5 % of the way) and 310
        // falls short of it; the next one is March's.
        Clock::setFixedNow(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        QList<IndicatorLine> lines = indicatorLines(m_f->db(), m_mission);
        QCOMPARE(lines.size(), 1);
        IndicatorStatus st = lines.at(0).status;
        QVERIFY(st.due && st.next);
        QCOMPARE(st.due->value, 450.0);
        QCOMPARE(st.next->date, QDate(2027, 3, 31));
        QCOMPARE(st.dueAchievement, std::optional<double>(37.5));
        QVERIFY(st.behindDue());
        QVERIFY(StageSummaries::indicators({i}, {{i.meta.id, st}}).contains(u"1 behind"));

        // In August only June's target is due, and 310 is past it.
        Clock::setFixedNow(QDateTime(QDate(2026, 8, 1), QTime(9, 0), Qt::UTC));
        st = indicatorLines(m_f->db(), m_mission).at(0).status;
        QCOMPARE(st.due->value, 200.0);
        QCOMPARE(st.next->value, 450.0);
        QVERIFY(!st.behindDue());
        // Before the first one, nothing is due.
        Clock::setFixedNow(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
        st = indicatorLines(m_f->db(), m_mission).at(0).status;
        QVERIFY(!st.due && !st.dueAchievement && !st.behindDue());
        QCOMPARE(st.next->value, 200.0);
        QCOMPARE(
            StageSummaries::indicatorTargets(
                MissionRecords<IndicatorTarget>(m_f->db()).forOwner(i.meta.id), Clock::today()),
            QStringLiteral("3 intermediate targets; next: 200 by 2026-06-30."));
    }

    void badIndicatorsAreRefused()
    {
        Indicator i;
        i.missionId = m_mission;
        i.name = QStringLiteral("Trust reported by NGOs");
        i.baseline = 3;
        i.target = 3;
        QString error;
        QVERIFY(!m_f->edits().saveStageRecord(i, &error));
        QVERIFY(error.contains(u"equals the baseline"));
        IndicatorValue v;
        v.indicatorId = QStringLiteral("x");
        v.female = -2;
        QVERIFY(!m_f->edits().saveStageRecord(v, &error));
        QVERIFY(error.contains(u"Date is required"));
        QVERIFY(error.contains(u"cannot be negative"));
        QCOMPARE(m_f->stack().count(), 0);
    }

    void riskBandsMoveWithTheSettings()
    {
        Risk r;
        r.missionId = m_mission;
        r.title = QStringLiteral("Turf battles");
        r.likelihood = 2;
        r.impact = 5; // 10: medium by default
        QVERIFY(m_f->edits().saveRisk(r));
        QCOMPARE(PortfolioSummary::compute(m_f->db(), QDate(2026, 11, 21)).highRisks, 0);
        RiskBandLimits tighter;
        tighter.mediumFrom = 4;
        tighter.highFrom = 10;
        QVERIFY(m_f->edits().saveRatingSettings(tighter, RagThresholds()));
        QCOMPARE(PortfolioSummary::compute(m_f->db(), QDate(2026, 11, 21)).highRisks, 1);
        RiskBandLimits wrong;
        wrong.mediumFrom = 12;
        wrong.highFrom = 6;
        QString error;
        QVERIFY(!m_f->edits().saveRatingSettings(wrong, RagThresholds(), &error));
        QVERIFY(error.contains(u"medium from < high from"));
        m_f->stack().undo();
        QCOMPARE(PortfolioSummary::compute(m_f->db(), QDate(2026, 11, 21)).highRisks, 0);
    }

    void settingsDialogRefusesAndSaves()
    {
        RatingSettingsDialog dialog(m_f->edits());
        dialog.show();
        // Moving one limit past the other says so at once, before any Save.
        child<QSpinBox>(&dialog, "mediumFrom")->setValue(15);
        child<QSpinBox>(&dialog, "highFrom")->setValue(12);
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
        QVERIFY(child<QSpinBox>(&dialog, "highFrom")->property("invalid").toBool());
        child<QPushButton>(&dialog, "saveButton")->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(u"high from"));
        QCOMPARE(dialog.focusWidget(), child<QSpinBox>(&dialog, "highFrom"));
        child<QSpinBox>(&dialog, "mediumFrom")->setValue(6);
        child<QPushButton>(&dialog, "saveButton")->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(SettingsRepository(m_f->db()).riskBands().mediumFrom, 6);
    }

    void indicatorsTabCreatesIndicatorsAndValues()
    {
        std::unique_ptr<QWidget> tab(StageForms::indicators(m_f->edits(), m_mission, nullptr));
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
        QCOMPARE(model->index(0, 7).data().toString(), QStringLiteral("92 %"));
        QCOMPARE(model->index(0, 8).data().toString(), QStringLiteral("Green"));
        QVERIFY(model->index(0, 8).data(Qt::DecorationRole).isValid());
        QVERIFY(indicators->summary().contains(u"1 green"));
        m_f->stack().undo();
        QCOMPARE(model->index(0, 8).data().toString(), QStringLiteral("No value yet"));

        // An intermediate target, typed into its own list beside the values: 600 by the end of
        // June, due by the pinned today (23 November), shows in the indicator's row.
        auto *targets = tab->findChild<RecordListPanel *>(QStringLiteral("indicatorTargets"));
        QVERIFY(targets && targets->addAction()->isEnabled());
        QVERIFY(targets->summary().contains(u"No intermediate target"));
        whenModalShown([](QWidget *d) {
            QCOMPARE(d->objectName(), QStringLiteral("indicatorTargetsEditor"));
            // A message that appears (a date that is not one) grows the dialog: its wrapped note
            // and the message are never cut off.
            typeDate(child<DateEdit>(d, "date"), QStringLiteral("2027-13-01"));
            QVERIFY(child<QLabel>(d, "errorLabel")->isVisible());
            QVERIFY2(d->height() >= d->layout()->totalHeightForWidth(d->width()),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(d->height())
                                    .arg(d->layout()->totalHeightForWidth(d->width()))));
            child<DateEdit>(d, "date")->setValue(QDate(2026, 6, 30));
            child<QDoubleSpinBox>(d, "value")->setValue(600);
            d->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        });
        targets->addAction()->trigger();
        QCOMPARE(targets->view()->model()->rowCount(), 1);
        QCOMPARE(model->index(0, 5).data().toString(), QStringLiteral("600 by 2026-06-30"));
        QCOMPARE(targets->summary(), QStringLiteral("1 intermediate target, due by now."));
        m_f->stack().undo();
        QCOMPARE(targets->view()->model()->rowCount(), 0);
        QCOMPARE(model->index(0, 5).data().toString(), QString());
    }

private:
    std::unique_ptr<EditsFixture> m_f;
    QString m_mission;
};

IP_GUI_TEST_MAIN(TestIndicators)
#include "tst_indicators.moc"
