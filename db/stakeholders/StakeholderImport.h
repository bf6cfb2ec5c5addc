#pragma once

#include "Csv.h"
#include "Stakeholder.h"

#include <QCoreApplication>
#include <QHash>

// Turns CSV rows into stakeholders: which column holds which field (guessed from the header,
// changed by the user), and for each row either a valid stakeholder or what is wrong with it,
// with its line number. Nothing is written here.
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
    };

    static QList<Field> fields();
    // Field key -> column index, for the columns whose header names a field.
    static QHash<QString, int> guessMapping(const QStringList &header);
    static Result prepare(const Csv::Document &document, bool hasHeader,
                          const QHash<QString, int> &mapping);
};
