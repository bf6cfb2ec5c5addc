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
        const StakeholderImport::Result result =
            StakeholderImport::prepare(document, guessed(document));
        QCOMPARE(result.ready.size(), 5);
        QSet<int> badLines;
        for (const auto &problem : result.problems)
            badLines.insert(problem.line);
        // Line 7 (after a record spanning lines 5-6) has power 9 and a bad e-mail address.
        QCOMPARE(badLines, (QSet<int> {7}));
        QStringList messages;
        for (const auto &problem : result.problems)
            messages.append(problem.message);
        QVERIFY(messages.join(u'|').contains(QStringLiteral("Power must be between 1 and 5")));
        const StakeholderImport::Prepared &marko = result.ready.at(1);
        QCOMPARE(marko.stakeholder.name, QStringLiteral("Marko Kovačević"));
        QCOMPARE(marko.stakeholder.type, StakeholderType::PoliceSeniorCommand);
        QCOMPARE(marko.stakeholder.attitude, Attitude::Sceptic);
        QCOMPARE(marko.role, QStringLiteral("Chief"));
        // Line 4 names no one but an organisation: the row stands for the organisation.
        const StakeholderImport::Prepared &nameless = result.ready.at(2);
        QCOMPARE(nameless.line, 4);
        QCOMPARE(nameless.stakeholder.name, QStringLiteral("Nameless NGO"));
        QCOMPARE(nameless.stakeholder.kind, StakeholderKind::Group);
        QCOMPARE(result.groupsFromData, 1);
        const StakeholderImport::Prepared &quoted = result.ready.at(3);
        QCOMPARE(quoted.stakeholder.name, QStringLiteral("Đurić; Jelena"));
        QCOMPARE(quoted.stakeholder.organisation, QStringLiteral("Udruga \"Duga\""));
    }

    // The CSV export writes an empty rating as "Not rated": it reads back as not rated.
    void notRatedReadsBackAsNotRated()
    {
        const Csv::Document document =
            Csv::parse("name,power,interest,attitude,trust\nAna,Not rated,4,not rated,Not rated\n");
        const StakeholderImport::Result result =
            StakeholderImport::prepare(document, guessed(document));
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
        const StakeholderImport::Result result =
            StakeholderImport::prepare(document, guessed(document));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 2);
        QVERIFY(result.problems.first().message.contains(QStringLiteral("\"astronaut\"")));
        QVERIFY(result.problems.first().message.contains(QStringLiteral("under \"Values\"")));
    }

    // Contact lists say "NGO", "international organisation", "femme" or "opposed": the app
    // takes its synonyms in English and French as well as its own words.
    void synonymsInEnglishAndFrenchAreTaken()
    {
        const Csv::Document document =
            Csv::parse("name;organisation;type;sex;attitude\n"
                       "Ana;Centar;NGO;F;soutien\n"
                       "Jean;OSCE;organisation internationale;homme;opposed\n"
                       "Marie;Parquet;Procureur;femme;sceptique\n"
                       "Ivo;Dnevni list;press;M;neutre\n"
                       "Lea;Ured;Société civile;Prefer not to say;Champion\n"
                       "Ola;UN;International Organization;W;advocate\n");
        const StakeholderImport::Options options = guessed(document);
        QVERIFY(StakeholderImport::unknownValues(document, options).isEmpty());
        const StakeholderImport::Result result = StakeholderImport::prepare(document, options);
        QCOMPARE(result.problems.size(), 0);
        QCOMPARE(result.ready.size(), 6);
        auto at = [&](int i) { return result.ready.at(i).stakeholder; };
        QCOMPARE(at(0).type, StakeholderType::CivilSociety);
        QCOMPARE(at(0).sex, Sex::Female);
        QCOMPARE(at(0).attitude, Attitude::Supporter);
        QCOMPARE(at(1).type, StakeholderType::International);
        QCOMPARE(at(1).sex, Sex::Male);
        QCOMPARE(at(1).attitude, Attitude::Blocker);
        QCOMPARE(at(2).type, StakeholderType::Judiciary);
        QCOMPARE(at(2).attitude, Attitude::Sceptic);
        QCOMPARE(at(3).type, StakeholderType::Media);
        QCOMPARE(at(4).type, StakeholderType::CivilSociety);
        QCOMPARE(at(4).sex, Sex::NotRecorded);
        QCOMPARE(at(5).type, StakeholderType::International);
        QCOMPARE(at(5).attitude, Attitude::Champion);
    }

    // A value the app does not know is listed once with the rows that hold it, and the user's
    // choice (map to, leave empty, skip the rows) applies to every one of them.
    void unknownValuesAreMappedAsChosen()
    {
        const Csv::Document document =
            Csv::parse("name,type,sex\nAna,consultancy,f\nIvo,Consultancy,m\nLea,astronaut,f\n"
                       "Mia,CONSULTANCY,not said\n");
        StakeholderImport::Options options = guessed(document);
        const QList<StakeholderImport::UnknownValue> unknown =
            StakeholderImport::unknownValues(document, options);
        QCOMPARE(unknown.size(), 3);
        QCOMPARE(unknown.at(0).field, QStringLiteral("type"));
        QCOMPARE(unknown.at(0).text, QStringLiteral("consultancy"));
        QCOMPARE(unknown.at(0).rows, 3);
        QCOMPARE(unknown.at(0).firstLine, 2);
        QCOMPARE(unknown.at(1).text, QStringLiteral("astronaut"));
        QCOMPARE(unknown.at(2).field, QStringLiteral("sex"));
        QCOMPARE(unknown.at(2).rows, 1);
        // Unchosen, the rows are problems, named by line.
        StakeholderImport::Result result = StakeholderImport::prepare(document, options);
        QCOMPARE(result.ready.size(), 0);
        QCOMPARE(result.problems.size(), 5);

        using Choice = StakeholderImport::ValueChoice;
        options.values[QStringLiteral("type")].insert(
            unknown.at(0).folded, {Choice::MapTo, QStringLiteral("international")});
        options.values[QStringLiteral("type")].insert(unknown.at(1).folded, {Choice::SkipRow, {}});
        options.values[QStringLiteral("sex")].insert(unknown.at(2).folded,
                                                     {Choice::LeaveEmpty, {}});
        result = StakeholderImport::prepare(document, options);
        QCOMPARE(result.problems.size(), 0);
        QCOMPARE(result.skipped, 1);
        QCOMPARE(result.ready.size(), 3);
        for (const auto &prepared : std::as_const(result.ready))
            QCOMPARE(prepared.stakeholder.type, StakeholderType::International);
        QCOMPARE(result.ready.at(2).stakeholder.name, QStringLiteral("Mia"));
        QCOMPARE(result.ready.at(2).stakeholder.sex, Sex::NotRecorded);
    }

    // A separator left unquoted in the notes adds a field: the row is shown by its line, never
    // cut to fit; a row short of fields likewise. Empty fields at the end and empty rows are not
    // problems.
    void rowsWithTheWrongNumberOfFieldsAreFlagged()
    {
        const Csv::Document document = Csv::parse("name;organisation;notes\n"
                                                  "Ana;Centar;Met twice; wants materials\n"
                                                  "Ivo;Ured;Fine;;\n"
                                                  ";;\n"
                                                  "Lea;Ured\n"
                                                  "Mia;Ured;\"Quoted; fine\"\n");
        const StakeholderImport::Result result =
            StakeholderImport::prepare(document, guessed(document));
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).line, 2);
        QVERIFY2(result.problems.at(0).message.contains(
                     QStringLiteral("4 fields where the header has 3")),
                 qPrintable(result.problems.at(0).message));
        QVERIFY(result.problems.at(0).message.contains(QStringLiteral("not in quotes")));
        QCOMPARE(result.problems.at(1).line, 5);
        QVERIFY(result.problems.at(1).message.contains(
            QStringLiteral("2 fields where the header has 3")));
        QCOMPARE(result.ready.size(), 2);
        QCOMPARE(result.ready.at(0).stakeholder.notes, QStringLiteral("Fine"));
        QCOMPARE(result.ready.at(1).stakeholder.notes, QStringLiteral("Quoted; fine"));
    }

    // Person or group follows the data unless the user sets it for every row; a group has no
    // sex.
    void kindFollowsTheDataOrTheUser()
    {
        const Csv::Document document = Csv::parse("name,organisation,type,sex\n"
                                                  ",UNDP Croatia,international organisation,\n"
                                                  "Centar za mir,,NGO,\n"
                                                  "Ana Horvat,Centar za mir,NGO,F\n"
                                                  "Police Academy,police academy,Academy,\n"
                                                  "Ivo Babić,,police,M\n"
                                                  "Vesna Kovač,,NGO,F\n"
                                                  "Marija Jurić,,Ministry,\n"
                                                  "Lea Marić,,Media,\n");
        StakeholderImport::Options options = guessed(document);
        StakeholderImport::Result result = StakeholderImport::prepare(document, options);
        QCOMPARE(result.problems.size(), 0);
        QCOMPARE(result.ready.size(), 8);
        QCOMPARE(result.groupsFromData, 3);
        auto at = [&](int i) { return result.ready.at(i).stakeholder; };
        QCOMPARE(at(0).name, QStringLiteral("UNDP Croatia"));
        QCOMPARE(at(0).kind, StakeholderKind::Group);
        QCOMPARE(at(1).kind, StakeholderKind::Group);
        QCOMPARE(at(2).kind, StakeholderKind::Person);
        QCOMPARE(at(2).sex, Sex::Female);
        QCOMPARE(at(3).kind, StakeholderKind::Group);
        QCOMPARE(at(4).kind, StakeholderKind::Person);
        // A stated sex is a person's; the app's own types are where a person works.
        QCOMPARE(at(5).kind, StakeholderKind::Person);
        QCOMPARE(at(5).sex, Sex::Female);
        QCOMPARE(at(6).kind, StakeholderKind::Person);
        QCOMPARE(at(7).kind, StakeholderKind::Person);

        options.kind = StakeholderImport::KindRule::AllPersons;
        result = StakeholderImport::prepare(document, options);
        QCOMPARE(result.groupsFromData, 0);
        QCOMPARE(result.ready.size(), 7); // the row with no name is a person with no name
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 2);
        QVERIFY(result.problems.first().message.contains(QStringLiteral("Name is required")));
        options.kind = StakeholderImport::KindRule::AllGroups;
        result = StakeholderImport::prepare(document, options);
        QCOMPARE(result.ready.size(), 8);
        for (const auto &prepared : std::as_const(result.ready))
            QCOMPARE(prepared.stakeholder.kind, StakeholderKind::Group);
        QCOMPARE(result.ready.at(2).stakeholder.sex, Sex::Female); // what the file says is kept
    }

    // Without a header, or under a blank header cell, a column that holds something is offered
    // by its number; rows whose fields are shifted are not asked about.
    void columnsWithNoNameAreOffered()
    {
        const Csv::Document document = Csv::parse("Ana,Croatia,\nIvo,,x\nLea,Serbia,consultancy,"
                                                  "extra\n");
        StakeholderImport::Options options;
        options.hasHeader = false;
        options.mapping = {{QStringLiteral("name"), 0}};
        QCOMPARE(StakeholderImport::unmappedColumns(document, false, options.mapping),
                 (QList<int> {1, 2}));
        QCOMPARE(StakeholderImport::columnName(document, false, 1), QStringLiteral("Column 2"));
        options.toNotes = {1, 2};
        const StakeholderImport::Result result = StakeholderImport::prepare(document, options);
        QCOMPARE(result.ready.size(), 2);
        QCOMPARE(result.ready.at(0).stakeholder.notes, QStringLiteral("Column 2: Croatia"));
        QCOMPARE(result.ready.at(1).stakeholder.notes, QStringLiteral("Column 3: x"));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 3);

        const Csv::Document blank = Csv::parse("name,,type\nAna,Croatia,consultancy\n"
                                               "Ivo,Serbia,Consultancy\n");
        QCOMPARE(StakeholderImport::unmappedColumns(blank, true, guessed(blank).mapping),
                 (QList<int> {1}));
        QCOMPARE(StakeholderImport::columnName(blank, true, 1), QStringLiteral("Column 2"));
        const QList<StakeholderImport::UnknownValue> unknown =
            StakeholderImport::unknownValues(blank, guessed(blank));
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().rows, 2);
        const Csv::Document shifted =
            Csv::parse("name,type,notes\nAna,consultancy,a\nIvo,astronaut, a, b\n");
        const QList<StakeholderImport::UnknownValue> asked =
            StakeholderImport::unknownValues(shifted, guessed(shifted));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().rows, 1);
    }

    // Columns the app has no field for are named, and go into the notes when chosen; a file
    // that rates no one imports no one as "Manage closely".
    void otherColumnsGoIntoTheNotesWhenChosen()
    {
        const Csv::Document document =
            Csv::parse("name,country,notes,region\nAna,Croatia,Met twice,Osijek\nIvo,,,\n");
        StakeholderImport::Options options = guessed(document);
        QCOMPARE(StakeholderImport::unmappedColumns(document, true, options.mapping),
                 (QList<int> {1, 3}));
        options.toNotes = {3, 1};
        StakeholderImport::Result result = StakeholderImport::prepare(document, options);
        QCOMPARE(result.ready.size(), 2);
        QCOMPARE(result.ready.at(0).stakeholder.notes,
                 QStringLiteral("Met twice\ncountry: Croatia\nregion: Osijek"));
        QCOMPARE(result.ready.at(1).stakeholder.notes, QString());
        QVERIFY(!result.ready.at(1).stakeholder.placed());
        QCOMPARE(result.ready.at(1).stakeholder.attitude, std::nullopt);
        options.toNotes.clear();
        result = StakeholderImport::prepare(document, options);
        QCOMPARE(result.ready.at(0).stakeholder.notes, QStringLiteral("Met twice"));
    }

    // The choices made for a file come back for a file with the same header; what does not fit
    // the new file (a column beyond it, an unknown code) is left out.
    void choicesAreRememberedByHeader()
    {
        QCOMPARE(StakeholderImport::headerKey({QStringLiteral("Name"), QStringLiteral("Type")}),
                 StakeholderImport::headerKey({QStringLiteral(" name"), QStringLiteral("TYPE")}));
        QVERIFY(StakeholderImport::headerKey({QStringLiteral("Name"), QStringLiteral("Type")})
                != StakeholderImport::headerKey({QStringLiteral("Type"), QStringLiteral("Name")}));
        using Choice = StakeholderImport::ValueChoice;
        StakeholderImport::Options options;
        options.mapping = {{QStringLiteral("name"), 0}, {QStringLiteral("type"), 1}};
        options.values[QStringLiteral("type")] = {
            {QStringLiteral("consultancy"), {Choice::MapTo, QStringLiteral("international")}},
            {QStringLiteral("astronaut"), {Choice::SkipRow, {}}}};
        options.values[QStringLiteral("sex")] = {{QStringLiteral("n"), {Choice::LeaveEmpty, {}}}};
        options.toNotes = {2};
        options.kind = StakeholderImport::KindRule::AllGroups;
        const QJsonObject json = StakeholderImport::toJson(options);
        const StakeholderImport::Options back = StakeholderImport::fromJson(json, 3);
        QCOMPARE(back.mapping, options.mapping);
        QCOMPARE(back.values, options.values);
        QCOMPARE(back.toNotes, options.toNotes);
        QCOMPARE(back.kind, options.kind);

        QJsonObject odd = json;
        odd.insert(QStringLiteral("mapping"),
                   QJsonObject {{QStringLiteral("name"), 0},
                                {QStringLiteral("email"), 7},
                                {QStringLiteral("shoe size"), 1}});
        odd.insert(QStringLiteral("values"),
                   QJsonObject {{QStringLiteral("type"),
                                 QJsonObject {{QStringLiteral("x"), QStringLiteral("map:rocket")},
                                              {QStringLiteral("y"), QStringLiteral("empty")}}}});
        const StakeholderImport::Options trimmed = StakeholderImport::fromJson(odd, 3);
        QCOMPARE(trimmed.mapping, (QHash<QString, int> {{QStringLiteral("name"), 0}}));
        QVERIFY(trimmed.values.isEmpty()); // no such type; a type cannot be left empty
        QVERIFY(StakeholderImport::fromJson(QJsonObject(), 3).mapping.isEmpty());
    }

private:
    // The choices the dialog starts from for a file with a header: the mapping guessed from it.
    static StakeholderImport::Options guessed(const Csv::Document &document)
    {
        StakeholderImport::Options options;
        options.mapping = StakeholderImport::guessMapping(document.rows.first().fields);
        return options;
    }
};

IP_TEST_MAIN(TestCsv)
#include "tst_csv.moc"
