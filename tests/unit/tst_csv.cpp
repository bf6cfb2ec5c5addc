#include "Csv.h"
#include "MissionTableModel.h"
#include "StakeholderImport.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QtTest>

using namespace TestSupport;

// CSV as spreadsheets write and read it, and the stakeholder import built on it.
class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separatorsAndBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("separator");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral(",");
        QTest::newRow("semicolon") << QByteArray("a;b;c\r\n1;2;3\r\n") << QStringLiteral(";");
        QTest::newRow("bom and semicolon") << QByteArray("\xEF\xBB\xBF"
                                                         "a;b;c\r\n1;2;3\r\n")
                                           << QStringLiteral(";");
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3") << QStringLiteral("\t");
    }

    void separatorsAndBom()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, separator);
        const Csv::Document document = Csv::parse(bytes);
        QVERIFY(document.error.isEmpty());
        QCOMPARE(QString(document.separator), separator);
        QCOMPARE(document.rows.size(), 2);
        QCOMPARE(document.rows.at(0).fields.join(u'|'), QStringLiteral("a|b|c"));
        QCOMPARE(document.rows.at(1).fields.join(u'|'), QStringLiteral("1|2|3"));
    }

    void quotedFieldsAndLineNumbers()
    {
        const QByteArray bytes = "name,notes\n"
                                 "\"Ana, Zagreb\",\"said \"\"yes\"\"\"\n"
                                 "Marko,\"two\nlines\"\n"
                                 "\n"
                                 "Ivana,last\n";
        const Csv::Document document = Csv::parse(bytes);
        QCOMPARE(document.rows.size(), 4);
        QCOMPARE(document.rows.at(1).fields,
                 (QStringList {QStringLiteral("Ana, Zagreb"), QStringLiteral("said \"yes\"")}));
        QCOMPARE(document.rows.at(2).fields.at(1), QStringLiteral("two\nlines"));
        QCOMPARE(document.rows.at(2).line, 3);
        QCOMPARE(document.rows.at(3).line, 6); // after the two-line record and a blank line
    }

    void refusesWhatItCannotRead()
    {
        const Csv::Document latin1 = Csv::parse(QByteArray("name\nJos\xe9\n"));
        QVERIFY(latin1.error.contains(QStringLiteral("UTF-8")));
        const Csv::Document open = Csv::parse(QByteArray("name\n\"unclosed\n"));
        QVERIFY(open.error.contains(QStringLiteral("Line 2")));
    }

    void writesWhatSpreadsheetsOpen()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Name"), QStringLiteral("Note"), QStringLiteral("Secret")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Бања Лука, RS")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("=HYPERLINK(\"x\")")));
        model.setItem(0, 2, new QStandardItem(QStringLiteral("blocker")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("-12")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("two\nlines")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(Csv::write(model, buffer, {2}));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Name,Note\r\n"));
        QVERIFY(!bytes.contains("Secret"));
        QVERIFY(!bytes.contains("blocker"));
        const Csv::Document back = Csv::parse(bytes);
        QCOMPARE(back.rows.at(1).fields.at(0), QStringLiteral("Бања Лука, RS"));
        QCOMPARE(back.rows.at(1).fields.at(1), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(back.rows.at(2).fields.at(0), QStringLiteral("-12")); // numbers stay numbers
        QCOMPARE(back.rows.at(2).fields.at(1), QStringLiteral("two\nlines"));
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << "=1+1"
                                << "'=1+1";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("leading tab") << "\t=1+1"
                                     << "'\t=1+1";
        QTest::newRow("leading tab alone") << "\tnote"
                                           << "'\tnote";
        QTest::newRow("leading carriage return") << "\r=1+1"
                                                 << "\"'\r=1+1\"";
        QTest::newRow("leading space") << " =1+1"
                                       << "' =1+1";
        QTest::newRow("full-width equals") << "\uFF1DHYPERLINK()"
                                           << "'\uFF1DHYPERLINK()";
        QTest::newRow("full-width plus") << "\uFF0B1"
                                         << "'\uFF0B1";
        QTest::newRow("negative number") << "-12"
                                         << "-12";
        QTest::newRow("plus number") << "+3.5"
                                     << "+3.5";
        QTest::newRow("plain text") << "Ana"
                                    << "Ana";
    }

    void formulaGuard()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(Csv::field(text), written);
    }

    void readsWhatSpreadsheetsWrite()
    {
        // A space before an opening quote still opens a quoted field.
        const Csv::Document spaced = Csv::parse(QByteArray("a, \"b, c\",d\n"));
        QCOMPARE(spaced.rows.constFirst().fields,
                 QStringList({QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("d")}));
        // A carriage return inside a quoted field is kept.
        const Csv::Document cr = Csv::parse(QByteArray("a,\"one\rtwo\"\r\nb,c\r\n"));
        QCOMPARE(cr.rows.constFirst().fields.at(1), QStringLiteral("one\rtwo"));
        QCOMPARE(cr.rows.at(1).fields.at(0), QStringLiteral("b"));
        // What is written is read back as it was.
        for (const QString &text : {QStringLiteral("line\r\nbreak"), QStringLiteral(" padded "),
                                    QStringLiteral("say \"no\""), QStringLiteral("a,b")}) {
            const Csv::Document back =
                Csv::parse((Csv::field(text) + QStringLiteral(",x\n")).toUtf8());
            QCOMPARE(back.rows.constFirst().fields.constFirst(), text);
        }
    }

    void guessesMappingInEnglishAndFrench()
    {
        const QHash<QString, int> english = StakeholderImport::guessMapping(
            {QStringLiteral("Full name"), QStringLiteral("Organization"), QStringLiteral("Email")});
        QCOMPARE(english.value(QStringLiteral("name")), 0);
        QCOMPARE(english.value(QStringLiteral("organisation")), 1);
        QCOMPARE(english.value(QStringLiteral("email")), 2);
        const QHash<QString, int> french = StakeholderImport::guessMapping(
            {QStringLiteral("Nom"), QStringLiteral("Téléphone"), QStringLiteral("Intérêt")});
        QCOMPARE(french.value(QStringLiteral("name")), 0);
        QCOMPARE(french.value(QStringLiteral("phone")), 1);
        QCOMPARE(french.value(QStringLiteral("interest")), 2);
    }

    void importReportsBadRowsWithLineNumbers()
    {
        const Csv::Document document =
            Csv::parse(readFile(fixturePath(QStringLiteral("stakeholders-two-bad-rows.csv"))));
        QVERIFY(document.error.isEmpty());
        QCOMPARE(QString(document.separator), QStringLiteral(";"));
        const QHash<QString, int> mapping =
            StakeholderImport::guessMapping(document.rows.first().fields);
        const StakeholderImport::Result result =
            StakeholderImport::prepare(document, true, mapping);
        QCOMPARE(result.ready.size(), 4);
        QSet<int> badLines;
        for (const auto &problem : result.problems)
            badLines.insert(problem.line);
        // Line 4 has no name; line 7 (after a record spanning lines 5-6) has power 9 and a bad
        // e-mail address.
        QCOMPARE(badLines, (QSet<int> {4, 7}));
        QStringList messages;
        for (const auto &problem : result.problems)
            messages.append(problem.message);
        QVERIFY(messages.join(u'|').contains(QStringLiteral("Name is required")));
        QVERIFY(messages.join(u'|').contains(QStringLiteral("Power must be between 1 and 5")));
        const StakeholderImport::Prepared &marko = result.ready.at(1);
        QCOMPARE(marko.stakeholder.name, QStringLiteral("Marko Kovačević"));
        QCOMPARE(marko.stakeholder.type, StakeholderType::PoliceSeniorCommand);
        QCOMPARE(marko.stakeholder.attitude, Attitude::Sceptic);
        QCOMPARE(marko.role, QStringLiteral("Chief"));
        const StakeholderImport::Prepared &quoted = result.ready.at(2);
        QCOMPARE(quoted.stakeholder.name, QStringLiteral("Đurić; Jelena"));
        QCOMPARE(quoted.stakeholder.organisation, QStringLiteral("Udruga \"Duga\""));
    }

    // The CSV export writes an empty rating as "Not rated": it reads back as not rated.
    void notRatedReadsBackAsNotRated()
    {
        const Csv::Document document =
            Csv::parse("name,power,interest,attitude,trust\nAna,Not rated,4,not rated,Not rated\n");
        const StakeholderImport::Result result = StakeholderImport::prepare(
            document, true, StakeholderImport::guessMapping(document.rows.first().fields));
        QCOMPARE(result.problems.size(), 0);
        QCOMPARE(result.ready.size(), 1);
        const Stakeholder &ana = result.ready.first().stakeholder;
        QCOMPARE(ana.power, 0);
        QCOMPARE(ana.interest, 4);
        QCOMPARE(ana.attitude, std::nullopt);
        QCOMPARE(ana.trust, 0);
        QVERIFY(!ana.placed());
    }

    void unknownTypeIsExplained()
    {
        const Csv::Document document = Csv::parse("name,type\nAna,astronaut\n");
        const StakeholderImport::Result result = StakeholderImport::prepare(
            document, true, StakeholderImport::guessMapping(document.rows.first().fields));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 2);
        QVERIFY(result.problems.first().message.contains(QStringLiteral("\"astronaut\"")));
        QVERIFY(result.problems.first().message.contains(QStringLiteral("Ministry")));
    }
};

IP_TEST_MAIN(TestCsv)
#include "tst_csv.moc"
