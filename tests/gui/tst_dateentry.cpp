#include "DateEdit.h"
#include "Edits.h"
#include "EditsFixture.h"
#include "EngagementEditor.h"
#include "EngagementRepository.h"
#include "GuiTestSupport.h"
#include "Indicators.h"
#include "MissionRepository.h"
#include "MissionTableModel.h"
#include "MissionsPage.h"
#include "RecordListPanel.h"
#include "RiskRepository.h"
#include "RiskTableModel.h"
#include "RisksPage.h"
#include "StageForms.h"
#include "StageNavigator.h"
#include "StageRecords.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;
using namespace GuiTest;

// Every date field of every editor, typed into by keys as a person would, however the keyboard
// reached it (Tab, a click, a click then Ctrl+A): what is saved is what was typed, a partial or
// impossible date is refused with a message, and an optional date can be cleared.
class TestDateEntry : public QObject
{
    Q_OBJECT

    // One date field: how to open its editor on a new record, what else the record needs, and
    // the date saved (nullopt when nothing was saved).
    struct Target
    {
        const char *field;
        bool required;
        std::function<void(TestDateEntry &)> open;
        std::function<void(QWidget *)> fill;
        std::function<std::optional<QDate>(TestDateEntry &)> saved;
    };

    template<typename T> std::optional<QDate> only(QDate T::*member, const QString &owner = {})
    {
        const QList<T> rows = owner.isEmpty() ? MissionRecords<T>(m_f->db()).forMission(m_mission)
                                              : MissionRecords<T>(m_f->db()).forOwner(owner);
        if (rows.isEmpty())
            return std::nullopt;
        return rows.constLast().*member;
    }

    static void text(QWidget *dialog, const char *name, const QString &value)
    {
        QTest::keyClicks(child<QLineEdit>(dialog, name), value);
    }

    // A stage form's Add, on the navigator.
    static std::function<void(TestDateEntry &)> addOn(Stage stage, const char *panel)
    {
        return [stage, panel](TestDateEntry &t) {
            t.m_navigator->selectStage(stage);
            auto *list = t.m_navigator->findChild<RecordListPanel *>(QLatin1String(panel));
            QVERIFY(list);
            list->addAction()->trigger();
        };
    }

    static QMap<QString, Target> targets()
    {
        QMap<QString, Target> all;
        all.insert(QStringLiteral("mission start"),
                   {"missionStartEdit", false, [](TestDateEntry &t) { t.m_missions->newMission(); },
                    [](QWidget *d) {
                        text(d, "missionCodeEdit", QStringLiteral("DT-02"));
                        text(d, "missionTitleEdit", QStringLiteral("Second"));
                    },
                    [](TestDateEntry &t) { return t.missionDate(&Mission::startDate); }});
        all.insert(QStringLiteral("mission end"),
                   {"missionEndEdit", false, [](TestDateEntry &t) { t.m_missions->newMission(); },
                    [](QWidget *d) {
                        text(d, "missionCodeEdit", QStringLiteral("DT-02"));
                        text(d, "missionTitleEdit", QStringLiteral("Second"));
                        child<DateEdit>(d, "missionStartEdit")->setValue({});
                    },
                    [](TestDateEntry &t) { return t.missionDate(&Mission::endDate); }});
        all.insert(QStringLiteral("mission MoU"),
                   {"missionMouDateEdit", false,
                    [](TestDateEntry &t) { t.m_missions->newMission(); },
                    [](QWidget *d) {
                        text(d, "missionCodeEdit", QStringLiteral("DT-02"));
                        text(d, "missionTitleEdit", QStringLiteral("Second"));
                    },
                    [](TestDateEntry &t) { return t.missionDate(&Mission::mouDate); }});
        const auto engagement = [](TestDateEntry &t) {
            Engagement e;
            e.stakeholderId = t.m_stakeholder;
            e.missionId = t.m_mission;
            e.date = Clock::today();
            EngagementEditor editor(t.m_f->edits(), e, {{t.m_mission, QStringLiteral("DT-01")}});
            editor.exec();
        };
        const auto engagementSaved = [](QDate Engagement::*member) {
            return [member](TestDateEntry &t) -> std::optional<QDate> {
                const QList<Engagement> log =
                    EngagementRepository(t.m_f->db()).forMission(t.m_mission);
                return log.isEmpty() ? std::nullopt : std::optional<QDate>(log.constLast().*member);
            };
        };
        const auto purpose = [](QWidget *d) {
            text(d, "engagementPurposeEdit", QStringLiteral("Briefing"));
        };
        all.insert(
            QStringLiteral("engagement"),
            {"engagementDateEdit", true, engagement, purpose, engagementSaved(&Engagement::date)});
        all.insert(QStringLiteral("engagement follow-up"),
                   {"engagementFollowUpEdit", false, engagement,
                    [purpose](QWidget *d) {
                        purpose(d);
                        child<DateEdit>(d, "engagementDateEdit")->setValue(QDate(2001, 1, 1));
                    },
                    engagementSaved(&Engagement::followUpDate)});
        all.insert(QStringLiteral("risk review"),
                   {"reviewDate", false, [](TestDateEntry &t) { t.m_risks->newRisk(); },
                    [](QWidget *d) { text(d, "title", QStringLiteral("Rotation")); },
                    [](TestDateEntry &t) -> std::optional<QDate> {
                        for (const Risk &r : RiskRepository(t.m_f->db()).all()) {
                            if (r.title == QLatin1String("Rotation"))
                                return r.reviewDate;
                        }
                        return std::nullopt;
                    }});
        all.insert(QStringLiteral("risk action due"),
                   {"dueDate", false,
                    [](TestDateEntry &t) {
                        t.m_risks->selectId(t.m_risk);
                        t.m_risks->actionsPanel()->addAction()->trigger();
                    },
                    [](QWidget *d) { text(d, "action", QStringLiteral("Brief the chief")); },
                    [](TestDateEntry &t) { return t.only(&RiskAction::dueDate, t.m_risk); }});
        all.insert(QStringLiteral("consultation"),
                   {"date", true, addOn(Stage::Consultation, "consultationSessions"),
                    [](QWidget *d) { text(d, "place", QStringLiteral("Zagreb")); },
                    [](TestDateEntry &t) { return t.only(&ConsultationSession::date); }});
        all.insert(QStringLiteral("capacity assessed on"),
                   {"assessedOn",
                    true,
                    addOn(Stage::Orientation, "capacityAssessments"),
                    {},
                    [](TestDateEntry &t) { return t.only(&CapacityAssessment::assessedOn); }});
        all.insert(QStringLiteral("certified on"),
                   {"certifiedOn", false, addOn(Stage::TrainTheTrainer, "traineeRoster"),
                    [](QWidget *d) { text(d, "name", QStringLiteral("Ivana Horvat")); },
                    [](TestDateEntry &t) { return t.only(&Trainee::certifiedOn); }});
        all.insert(QStringLiteral("training start"),
                   {"startDate", true, addOn(Stage::TrainTheTrainer, "trainingSessions"),
                    [](QWidget *d) { text(d, "title", QStringLiteral("Recording")); },
                    [](TestDateEntry &t) { return t.only(&TrainingSession::startDate); }});
        all.insert(QStringLiteral("training end"),
                   {"endDate", false, addOn(Stage::TrainTheTrainer, "trainingSessions"),
                    [](QWidget *d) {
                        text(d, "title", QStringLiteral("Recording"));
                        child<DateEdit>(d, "startDate")->setValue(QDate(2001, 1, 1));
                    },
                    [](TestDateEntry &t) { return t.only(&TrainingSession::endDate); }});
        all.insert(QStringLiteral("follow-up activity"),
                   {"date", true, addOn(Stage::PostTraining, "followUpActivities"),
                    [](QWidget *d) { text(d, "title", QStringLiteral("Refresher")); },
                    [](TestDateEntry &t) { return t.only(&FollowUpActivity::date); }});
        all.insert(QStringLiteral("indicator value"),
                   {"date",
                    true,
                    [](TestDateEntry &t) {
                        auto *values = t.m_indicators->findChild<RecordListPanel *>(
                            QStringLiteral("indicatorValues"));
                        QVERIFY(values);
                        QVERIFY(values->addAction()->isEnabled());
                        values->addAction()->trigger();
                    },
                    {},
                    [](TestDateEntry &t) { return t.only(&IndicatorValue::date, t.m_indicator); }});
        return all;
    }

    std::optional<QDate> missionDate(QDate Mission::*member)
    {
        for (const Mission &m : MissionRepository(m_f->db()).all()) {
            if (m.code == QLatin1String("DT-02"))
                return m.*member;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, QStringLiteral("en"));
        // The short form of a British desk: dd/MM/yyyy.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_f = std::make_unique<EditsFixture>(QStringLiteral("dates.sqlite"));
        QVERIFY(m_f->isOpen());
        m_mission = m_f->addMission(QStringLiteral("DT-01"), QStringLiteral("Dates"));
        Stakeholder s;
        s.name = QStringLiteral("Ana Rusu");
        QVERIFY(StakeholderRepository(m_f->db()).save(s));
        m_stakeholder = s.meta.id;
        Risk r;
        r.missionId = m_mission;
        r.title = QStringLiteral("Elections");
        QVERIFY(RiskRepository(m_f->db()).save(r));
        m_risk = r.meta.id;
        Indicator i;
        i.missionId = m_mission;
        i.name = QStringLiteral("Officers trained");
        i.target = 100;
        QVERIFY(MissionRecords<Indicator>(m_f->db()).save(i));
        m_indicator = i.meta.id;

        m_navigator = std::make_unique<StageNavigator>(m_f->edits(), m_mission);
        m_indicators.reset(StageForms::indicators(m_f->edits(), m_mission, nullptr));
        m_risks = std::make_unique<RisksPage>(m_f->edits(), new RiskTableModel(m_f->db()));
        // The missions' model is shared in the application (the workspace owns it); here, the test.
        m_missionModel = std::make_unique<MissionTableModel>(m_f->db());
        m_missions = std::make_unique<MissionsPage>(m_f->edits(), m_missionModel.get());
        // None of them is shown: the editor each opens is then the test's only window and has
        // the keyboard without waiting on other windows to settle (under ASan they did not).
    }

    void cleanup()
    {
        m_missions.reset();
        m_missionModel.reset();
        m_risks.reset();
        m_indicators.reset();
        m_navigator.reset();
        m_f.reset();
    }

    void typedIsSaved_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("way");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected"); // null: refused, or cleared when `message` is empty
        QTest::addColumn<QString>("message");
        const QMap<QString, Target> all = targets();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            for (const char *way : {"tab", "click", "select-all"}) {
                const auto row = [&](const char *what) {
                    return &QTest::newRow(
                        qPrintable(QStringLiteral("%1, %2, %3")
                                       .arg(it.key(), QLatin1String(way), QLatin1String(what))));
                };
                *row("ISO") << it.key() << way << QStringLiteral("2005-05-31") << QDate(2005, 5, 31)
                            << QString();
                *row("short form") << it.key() << way << QStringLiteral("31/05/2005")
                                   << QDate(2005, 5, 31) << QString();
                *row("30 February") << it.key() << way << QStringLiteral("2025-02-30") << QDate()
                                    << QStringLiteral("February 2025 has 28 days");
                *row("month 13") << it.key() << way << QStringLiteral("2005-13-01") << QDate()
                                 << QStringLiteral("there is no month 13");
                *row("partial") << it.key() << way << QStringLiteral("2005-05") << QDate()
                                << QStringLiteral("is not a whole date");
                *row("cleared") << it.key() << way << QString() << QDate()
                                << (it->required ? QStringLiteral("is required") : QString());
            }
        }
    }

    void typedIsSaved()
    {
        QFETCH(QString, target);
        QFETCH(QString, way);
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QFETCH(QString, message);
        const Target t = targets().value(target);
        bool answered = false;
        QString shown;
        whenModalShown([&](QWidget *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog)); // the keyboard is the dialog's
            if (t.fill)
                t.fill(dialog);
            auto *date = child<DateEdit>(dialog, t.field);
            QVERIFY(date);
            QLineEdit *line = date->lineEdit();
            if (way == QLatin1String("tab")) {
                // From wherever the dialog put the keyboard, Tab until the date has it. (The
                // dialog's own focus: other windows of the test may still be taking turns at
                // being active.)
                for (int i = 0; i < 60 && (i == 0 || dialog->focusWidget() != line); ++i)
                    QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog,
                                    Qt::Key_Tab);
                QCOMPARE(dialog->focusWidget(), line);
            } else {
                // The keyboard arrives by the click: from elsewhere, if the form started there.
                if (dialog->focusWidget() == line)
                    QTest::keyClick(line, Qt::Key_Tab);
                QTest::mouseClick(line, Qt::LeftButton, {}, QPoint(line->width() - 4, 8));
                if (way == QLatin1String("select-all")) {
                    QTest::mouseClick(line, Qt::LeftButton, {}, QPoint(line->width() - 4, 8));
                    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
                }
            }
            if (typed.isEmpty())
                QTest::keyClick(line, Qt::Key_Delete);
            else
                QTest::keyClicks(line, typed);
            QCOMPARE(line->text(), typed); // what was there is replaced, nothing added
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            if (dialog->isVisible()) {
                shown = child<QLabel>(dialog, "errorLabel")->text();
                QCOMPARE(line->text(), typed); // a refusal keeps what was typed
                discard(dialog);
            }
            answered = true;
        });
        t.open(*this);
        QVERIFY(answered);
        const std::optional<QDate> saved = t.saved(*this);
        if (!message.isEmpty()) {
            QVERIFY2(shown.contains(message), qPrintable(shown));
            QVERIFY2(!saved, qPrintable(saved ? saved->toString(Qt::ISODate) : QString()));
        } else {
            QVERIFY2(saved, qPrintable(shown));
            QCOMPARE(*saved, expected);
        }
    }

    // The session form opens with today in its first field, the date: typing at once replaces it.
    void typingAsTheFormOpensReplacesToday()
    {
        whenModalShown([](QWidget *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QWidget *focused = dialog->focusWidget();
            QCOMPARE(focused, child<DateEdit>(dialog, "date")->lineEdit());
            QTest::keyClicks(focused, QStringLiteral("2005-05-31"));
            QTest::keyClicks(child<QLineEdit>(dialog, "place"), QStringLiteral("Zagreb"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        });
        addOn(Stage::Consultation, "consultationSessions")(*this);
        QCOMPARE(only(&ConsultationSession::date), QDate(2005, 5, 31));
    }

    // A date outside the mission is a warning beside the field, not a refusal: history is
    // entered after the fact.
    void dateOutsideTheMissionWarnsAndSaves()
    {
        Mission m = *MissionRepository(m_f->db()).find(m_mission);
        m.startDate = QDate(2020, 1, 1);
        m.endDate = QDate(2021, 12, 31);
        QVERIFY(MissionRepository(m_f->db()).save(m));
        QString before;
        QString after;
        QString inside;
        whenModalShown([&](QWidget *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *date = child<DateEdit>(dialog, "date");
            typeDate(date, QStringLiteral("2019-12-31"));
            before = date->warning();
            typeDate(date, QStringLiteral("2021-06-01"));
            inside = date->warning();
            typeDate(date, QStringLiteral("2022-01-01"));
            after = date->warning();
            QTest::keyClicks(child<QLineEdit>(dialog, "place"), QStringLiteral("Zagreb"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        });
        addOn(Stage::Consultation, "consultationSessions")(*this);
        QCOMPARE(before, QStringLiteral("Before the mission starts (2020-01-01)"));
        QCOMPARE(inside, QString());
        QCOMPARE(after, QStringLiteral("After the mission ends (2021-12-31)"));
        QCOMPARE(only(&ConsultationSession::date), QDate(2022, 1, 1));
    }

    // The parser on its own: ISO, the locale's forms, and the messages.
    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<QString>("problem");
        QTest::newRow("ISO") << "en_GB"
                             << "2005-05-31" << QDate(2005, 5, 31) << QString();
        QTest::newRow("ISO, single digits") << "C"
                                            << "2005-5-3" << QDate(2005, 5, 3) << QString();
        QTest::newRow("spaces") << "C"
                                << "  2005-05-31 " << QDate(2005, 5, 31) << QString();
        QTest::newRow("US short") << "en_US"
                                  << "5/31/05" << QDate(2005, 5, 31) << QString();
        QTest::newRow("US, four-digit year") << "en_US"
                                             << "5/31/2005" << QDate(2005, 5, 31) << QString();
        QTest::newRow("German short") << "de_DE"
                                      << "31.05.05" << QDate(2005, 5, 31) << QString();
        QTest::newRow("two-digit 1998") << "de_DE"
                                        << "01.02.98" << QDate(1998, 2, 1) << QString();
        QTest::newRow("leap day") << "C"
                                  << "2024-02-29" << QDate(2024, 2, 29) << QString();
        QTest::newRow("no leap day")
            << "C"
            << "2025-02-29" << QDate() << "2025-02-29 is not a date: February 2025 has 28 days.";
        QTest::newRow("day 31 of April")
            << "C"
            << "2026-04-31" << QDate() << "2026-04-31 is not a date: April 2026 has 30 days.";
        QTest::newRow("month 0") << "C"
                                 << "2005-00-10" << QDate()
                                 << "2005-00-10 is not a date: there is no month 0.";
        QTest::newRow("year only") << "C"
                                   << "2005" << QDate()
                                   << "2005 is not a whole date: write the year, month and day, "
                                      "for example 2005-05-31.";
        QTest::newRow("words") << "C"
                               << "next Tuesday" << QDate()
                               << "next Tuesday is not a date: write it as YYYY-MM-DD, for "
                                  "example 2005-05-31.";
        QTest::newRow("Cyrillic") << "C"
                                  << "вторник" << QDate()
                                  << "вторник is not a date: write it as YYYY-MM-DD, for example "
                                     "2005-05-31.";
        QTest::newRow("empty") << "C"
                               << "" << QDate() << QString();
    }

    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QFETCH(QString, problem);
        QString why;
        QCOMPARE(DateEdit::parse(text, QLocale(locale), &why), expected);
        QCOMPARE(why, problem);
    }

    // The calendar still picks a date, and the keyboard opens it. (The field, destroyed with the
    // keyboard in it, once called back into its half-destroyed self.)
    void calendarPicks()
    {
        DateEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        edit.setValue(QDate(2026, 5, 12));
        QTest::keyClick(edit.lineEdit(), Qt::Key_Down, Qt::AltModifier);
        auto *calendar = edit.findChild<QCalendarWidget *>(QStringLiteral("dateCalendar"));
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->selectedDate(), QDate(2026, 5, 12));
        QSignalSpy edited(&edit, &DateEdit::edited);
        calendar->setSelectedDate(QDate(2026, 5, 20));
        QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar,
                        Qt::Key_Return);
        QCOMPARE(edit.value(), QDate(2026, 5, 20));
        QCOMPARE(edit.text(), QStringLiteral("2026-05-20"));
        QVERIFY(edited.count() >= 1);
    }

private:
    std::unique_ptr<EditsFixture> m_f;
    std::unique_ptr<StageNavigator> m_navigator;
    std::unique_ptr<QWidget> m_indicators;
    std::unique_ptr<RisksPage> m_risks;
    std::unique_ptr<MissionTableModel> m_missionModel;
    std::unique_ptr<MissionsPage> m_missions;
    QString m_mission;
    QString m_stakeholder;
    QString m_risk;
    QString m_indicator;
};

IP_GUI_TEST_MAIN(TestDateEntry)
#include "tst_dateentry.moc"
