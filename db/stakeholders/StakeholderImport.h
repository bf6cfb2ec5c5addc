#pragma once

#include "Csv.h"
#include "Stakeholder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// Turns CSV rows into stakeholders: which column holds which field (guessed from the header,
// changed by the user), what each value of a choice column means (the app's own words, known
// synonyms in English and French, or the user's choice for the rest), and for each row either a
// valid stakeholder or what is wrong with it, with its line number. Nothing is written here.
class StakeholderImport
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderImport)

public:
    struct Field
    {
        QString key; // "name", "organisation", ... and "role" for the link to a mission
        QString label;
        bool required = false;
    };

    // What the user chose for a value of a choice column the app does not know.
    struct ValueChoice
    {
        enum Action { Unresolved, MapTo, LeaveEmpty, SkipRow };
        Action action = Unresolved;
        QString code; // MapTo: the value's code ("international")
        bool operator==(const ValueChoice &) const = default;
    };

    // Person or group: from the kind column where it says, else from the data (see prepare()),
    // or the same for every row.
    enum class KindRule { FollowData, AllPersons, AllGroups };

    struct Options
    {
        bool hasHeader = true;
        QHash<QString, int> mapping; // field key -> column
        // Choice field ("type") -> folded value ("consultancy") -> what it means.
        QHash<QString, QHash<QString, ValueChoice>> values;
        // Columns no field takes whose values go into the notes as "Header: value".
        QList<int> toNotes;
        KindRule kind = KindRule::FollowData;
    };

    // A value of a choice column that is neither the app's own nor a known synonym.
    struct UnknownValue
    {
        QString field;
        QString folded; // the key of Options::values
        QString text; // as the file first spells it
        int rows = 0;
        int firstLine = 0;
    };

    struct Prepared
    {
        int line = 0;
        Stakeholder stakeholder;
        QString role;
    };

    struct Problem
    {
        int line = 0;
        QString message;
    };

    struct Result
    {
        QList<Prepared> ready;
        QList<Problem> problems;
        int skipped = 0; // rows left out by a "skip row" choice
        int groupsFromData = 0; // rows taken as groups because of what they hold
    };

    static QList<Field> fields();
    // The fields whose values are one of a list: kind, type, sex, attitude.
    static QStringList choiceFields();
    // The values a choice field can be mapped to: code and label in the language in use.
    static QList<std::pair<QString, QString>> choicesFor(const QString &field);
    // Whether "leave empty" means something for the field (a type cannot be empty).
    static bool canLeaveEmpty(const QString &field);
    // Field key -> column index, for the columns whose header names a field.
    static QHash<QString, int> guessMapping(const QStringList &header);
    // The columns no field takes that are named in the header or hold something.
    static QList<int> unmappedColumns(const Csv::Document &document, bool hasHeader,
                                      const QHash<QString, int> &mapping);
    // The header's name of a column, or "Column 3".
    static QString columnName(const Csv::Document &document, bool hasHeader, int column);
    static QList<UnknownValue> unknownValues(const Csv::Document &document, const Options &options);
    static Result prepare(const Csv::Document &document, const Options &options);

    // The same header (case, accents and spaces aside) gives the same key: the choices made for
    // one file are offered again for the next one like it.
    static QString headerKey(const QStringList &header);
    static QJsonObject toJson(const Options &options);
    static Options fromJson(const QJsonObject &json, int columns);
};
