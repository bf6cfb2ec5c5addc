#include "Validation.h"
#include "Dates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {

// The translation context of the shared checks.
struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

bool Check::required(FieldErrors &errors, const QString &field, const QString &label,
                     const QString &value)
{
    if (!value.trimmed().isEmpty())
        return true;
    errors.append({field, Validation::tr("%1 is required.").arg(label)});
    return false;
}

bool Check::maxLength(FieldErrors &errors, const QString &field, const QString &label,
                      const QString &value, int limit)
{
    if (value.size() <= limit)
        return true;
    const QLocale locale;
    errors.append(
        {field,
         Validation::tr("%1 is %2 characters long; the limit is %3. Shorten it, or move the "
                        "detail into the notes.")
             .arg(label, locale.toString(value.size()), locale.toString(limit))});
    return false;
}

bool Check::scale(FieldErrors &errors, const QString &field, const QString &label, int value,
                  int low, int high)
{
    if (value >= low && value <= high)
        return true;
    errors.append({field,
                   Validation::tr("%1 must be between %2 and %3 (it is %4).")
                       .arg(label)
                       .arg(low)
                       .arg(high)
                       .arg(value)});
    return false;
}

bool Check::optionalScale(FieldErrors &errors, const QString &field, const QString &label,
                          int value, int low, int high)
{
    if (value == 0)
        return true;
    return scale(errors, field, label, value, low, high);
}

bool Check::plausibleDate(FieldErrors &errors, const QString &field, const QString &label,
                          const QDate &date)
{
    if (date.isNull())
        return true;
    if (!date.isValid()) {
        errors.append({field, Validation::tr("%1 is not a valid date.").arg(label)});
        return false;
    }
    if (date.year() < Limits::MinYear || date.year() > Limits::MaxYear) {
        errors.append({field,
                       Validation::tr("%1 %2 is outside the years %3 to %4; check the year.")
                           .arg(label, isoDate(date))
                           .arg(Limits::MinYear)
                           .arg(Limits::MaxYear)});
        return false;
    }
    return true;
}

bool Check::requiredDate(FieldErrors &errors, const QString &field, const QString &label,
                         const QDate &date)
{
    if (date.isNull()) {
        errors.append({field, Validation::tr("%1 is required.").arg(label)});
        return false;
    }
    return plausibleDate(errors, field, label, date);
}

bool Check::dateOrder(FieldErrors &errors, const QString &field, const QString &earlierLabel,
                      const QDate &earlier, const QString &laterLabel, const QDate &later)
{
    if (!earlier.isValid() || !later.isValid() || earlier <= later)
        return true;
    errors.append({field,
                   Validation::tr("%1 %2 is before %3 %4.")
                       .arg(laterLabel, isoDate(later), earlierLabel.toLower(), isoDate(earlier))});
    return false;
}

bool Check::recordCode(FieldErrors &errors, const QString &label, const QString &value,
                       const QString &example)
{
    const QString field = QStringLiteral("code");
    if (!required(errors, field, label, value)
        || !maxLength(errors, field, label, value, Limits::Code))
        return false;
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*$"));
    if (pattern.match(value).hasMatch())
        return true;
    errors.append({field,
                   Validation::tr("Code \"%1\" may hold only letters, digits and . _ / - and "
                                  "must start with a letter or digit (for example %2).")
                       .arg(value, example)});
    return false;
}

bool Check::plainText(FieldErrors &errors, const QString &field, const QString &label,
                      const QString &value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t' && c != u'\r') {
            errors.append(
                {field,
                 Validation::tr("%1 contains a control character (code %2) that cannot be "
                                "shown; remove it.")
                     .arg(label)
                     .arg(c.unicode())});
            return false;
        }
    }
    return true;
}

QString joinMessages(const FieldErrors &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(u'\n');
}
