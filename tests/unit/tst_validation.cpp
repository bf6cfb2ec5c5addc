#include "Engagement.h"
#include "Mission.h"
#include "Risk.h"
#include "Stakeholder.h"
#include "TestSupport.h"
#include "Validation.h"

#include <QtTest>

namespace {

bool hasField(const FieldErrors &errors, const QString &field)
{
    for (const FieldError &error : errors) {
        if (error.field == field)
            return true;
    }
    return false;
}

QString messageFor(const FieldErrors &errors, const QString &field)
{
    for (const FieldError &error : errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

Mission validMission()
{
    Mission m;
    m.code = QStringLiteral("HR-HC-02");
    m.title = QStringLiteral("Follow-up training");
    m.startDate = QDate(2026, 3, 1);
    m.endDate = QDate(2027, 3, 1);
    return m;
}

} // namespace

// Validation beside the value types: messages a person can act on, for every kind of bad input.
class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validMissionPasses() { QVERIFY(validMission().validate().isEmpty()); }

    void missionTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("   ") << false;
        QTest::newRow("10,000 characters") << QString(10000, u'x') << false;
        QTest::newRow("at the limit") << QString(Limits::Name, u'x') << true;
        QTest::newRow("cyrillic") << QStringLiteral("Обука полиције у Бањој Луци") << true;
        QTest::newRow("arabic") << QStringLiteral("تدريب الشرطة على جرائم الكراهية") << true;
        QTest::newRow("emoji") << QStringLiteral("Training 🚓 and trust 🤝") << true;
        QTest::newRow("sql quotes") << QStringLiteral("O'Brien\"; DROP TABLE missions; --") << true;
        QTest::newRow("control character") << QStringLiteral("Bad\x01title") << false;
    }

    void missionTitle()
    {
        QFETCH(QString, title);
        QFETCH(bool, valid);
        Mission m = validMission();
        m.title = title;
        const FieldErrors errors = m.validate();
        QCOMPARE(!hasField(errors, QStringLiteral("title")), valid);
        if (!valid)
            QVERIFY(
                messageFor(errors, QStringLiteral("title")).startsWith(QStringLiteral("Title")));
    }

    void longTextSaysTheLimit()
    {
        Mission m = validMission();
        m.title = QString(10000, u'x');
        const QString message = messageFor(m.validate(), QStringLiteral("title"));
        QVERIFY2(message.contains(QStringLiteral("10,000")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("200")), qPrintable(message));
    }

    void endBeforeStartNamesBothDates()
    {
        Mission m = validMission();
        m.startDate = QDate(2024, 3, 1);
        m.endDate = QDate(2024, 1, 3);
        const QString message = messageFor(m.validate(), QStringLiteral("endDate"));
        QCOMPARE(message, QStringLiteral("End date 2024-01-03 is before start date 2024-03-01."));
    }

    void implausibleYear()
    {
        Mission m = validMission();
        m.startDate = QDate(1202, 3, 1);
        QVERIFY(hasField(m.validate(), QStringLiteral("startDate")));
    }

    void missionCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("usual") << QStringLiteral("BA-HC-01") << true;
        QTest::newRow("diacritics") << QStringLiteral("ŁÓDŹ-01") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space inside") << QStringLiteral("BA HC") << false;
        QTest::newRow("too long") << QString(40, u'A') << false;
        QTest::newRow("leading dash") << QStringLiteral("-X") << false;
    }

    void missionCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        Mission m = validMission();
        m.code = code;
        QCOMPARE(!hasField(m.validate(), QStringLiteral("code")), valid);
    }

    void signedMouNeedsDate()
    {
        Mission m = validMission();
        m.mouStatus = MouStatus::Signed;
        QVERIFY(hasField(m.validate(), QStringLiteral("mouDate")));
        m.mouDate = QDate(2026, 4, 1);
        QVERIFY(!hasField(m.validate(), QStringLiteral("mouDate")));
    }

    void budgetAndCurrency()
    {
        Mission m = validMission();
        m.budgetMinor = -1;
        m.currency = QStringLiteral("euro");
        const FieldErrors errors = m.validate();
        QVERIFY(hasField(errors, QStringLiteral("budgetMinor")));
        QVERIFY(hasField(errors, QStringLiteral("currency")));
    }

    void stakeholderScales_data()
    {
        QTest::addColumn<int>("power");
        QTest::addColumn<int>("interest");
        QTest::addColumn<int>("trust");
        QTest::addColumn<QStringList>("badFields");
        QTest::newRow("all fine") << 1 << 5 << 3 << QStringList();
        QTest::newRow("zero power: not rated") << 0 << 0 << 0 << QStringList();
        QTest::newRow("minus one power") << -1 << 3 << 3 << QStringList {QStringLiteral("power")};
        QTest::newRow("interest six") << 3 << 6 << 3 << QStringList {QStringLiteral("interest")};
        QTest::newRow("negative trust") << 3 << 3 << -2 << QStringList {QStringLiteral("trust")};
    }

    void stakeholderScales()
    {
        QFETCH(int, power);
        QFETCH(int, interest);
        QFETCH(int, trust);
        QFETCH(QStringList, badFields);
        Stakeholder s;
        s.name = QStringLiteral("Жељка Јовановић");
        s.power = power;
        s.interest = interest;
        s.trust = trust;
        const FieldErrors errors = s.validate();
        QCOMPARE(errors.size(), badFields.size());
        for (const QString &field : badFields)
            QVERIFY(messageFor(errors, field).contains(QStringLiteral("between 1 and 5")));
    }

    void stakeholderEmail()
    {
        Stakeholder s;
        s.name = QStringLiteral("Amira Hadžić");
        s.email = QStringLiteral("not an address");
        QVERIFY(hasField(s.validate(), QStringLiteral("email")));
        s.email = QStringLiteral("amira@example.org");
        QVERIFY(s.validate().isEmpty());
    }

    void quadrants_data()
    {
        QTest::addColumn<int>("power");
        QTest::addColumn<int>("interest");
        QTest::addColumn<int>("quadrant");
        QTest::newRow("manage closely") << 5 << 5 << int(Quadrant::ManageClosely);
        QTest::newRow("keep satisfied") << 4 << 1 << int(Quadrant::KeepSatisfied);
        QTest::newRow("keep informed") << 1 << 5 << int(Quadrant::KeepInformed);
        QTest::newRow("monitor") << 2 << 2 << int(Quadrant::Monitor);
        QTest::newRow("midpoint counts as high") << 3 << 3 << int(Quadrant::ManageClosely);
    }

    void quadrants()
    {
        QFETCH(int, power);
        QFETCH(int, interest);
        QFETCH(int, quadrant);
        QCOMPARE(int(quadrantFor(power, interest)), quadrant);
    }

    void protectedNameIsNotDisplayed()
    {
        Stakeholder s;
        s.name = QStringLiteral("Dragana Petrović");
        s.type = StakeholderType::AffectedCommunity;
        s.nameProtected = true;
        QVERIFY(!s.displayName().contains(QStringLiteral("Dragana")));
        QVERIFY(s.displayName().contains(QStringLiteral("Affected community")));
    }

    void engagementDates()
    {
        Engagement e;
        e.stakeholderId = QStringLiteral("x");
        QVERIFY(hasField(e.validate(), QStringLiteral("date")));
        e.date = QDate(2026, 5, 10);
        e.followUpDate = QDate(2026, 5, 1);
        QVERIFY(hasField(e.validate(), QStringLiteral("followUpDate")));
        e.followUpDate = QDate(2026, 6, 1);
        QVERIFY(e.validate().isEmpty());
        QVERIFY(e.followUpOverdue(QDate(2026, 6, 2)));
        QVERIFY(!e.followUpOverdue(QDate(2026, 6, 1)));
        e.followUpDone = true;
        QVERIFY(!e.followUpOverdue(QDate(2026, 6, 2)));
    }

    void riskScales()
    {
        Risk r;
        r.title = QStringLiteral("Turf battles");
        r.likelihood = 6;
        r.impact = 0;
        r.residualLikelihood = 2; // without a residual impact
        const FieldErrors errors = r.validate();
        QVERIFY(hasField(errors, QStringLiteral("likelihood")));
        QVERIFY(hasField(errors, QStringLiteral("impact")));
        QVERIFY(hasField(errors, QStringLiteral("residualImpact")));
    }

    void riskBands_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("band");
        QTest::newRow("1") << 1 << int(RiskBand::Low);
        QTest::newRow("4") << 4 << int(RiskBand::Low);
        QTest::newRow("5") << 5 << int(RiskBand::Medium);
        QTest::newRow("10") << 10 << int(RiskBand::Medium);
        QTest::newRow("12") << 12 << int(RiskBand::High);
        QTest::newRow("25") << 25 << int(RiskBand::High);
    }

    void riskBands()
    {
        QFETCH(int, score);
        QFETCH(int, band);
        QCOMPARE(int(riskBand(score)), band);
    }

    void enumCodesRoundTrip()
    {
        for (const Stage stage : enumValues<Stage>())
            QCOMPARE(enumFromCode<Stage>(enumCode(stage)), stage);
        for (const StakeholderType type : enumValues<StakeholderType>())
            QCOMPARE(enumFromCode<StakeholderType>(enumCode(type)), type);
        QVERIFY(!enumFromCode<Stage>(QStringLiteral("nonsense")).has_value());
        QCOMPARE(enumValues<StakeholderType>().size(), 10);
        QCOMPARE(enumValues<RiskTreatment>().size(), 5);
    }
};

IP_TEST_MAIN(TestValidation)
#include "tst_validation.moc"
