#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A problem with one field of a value, worded so a person can act on it. `field` is the stable
// name of the field (for instance "endDate") so that a form can mark the widget in question.
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

namespace Limits {
constexpr int Code = 32;
constexpr int Name = 200; // titles, names, organisations, countries
constexpr int ShortText = 500; // roles, purposes, owners
constexpr int LongText = 20000; // notes, outcomes, mitigation, handover notes
constexpr int MinYear = 1990;
constexpr int MaxYear = 2100;
} // namespace Limits

// Checks shared by the value types; each appends to `errors` and returns whether the value passed.
namespace Check {
bool required(FieldErrors &errors, const QString &field, const QString &label,
              const QString &value);
bool maxLength(FieldErrors &errors, const QString &field, const QString &label,
               const QString &value, int limit);
bool scale(FieldErrors &errors, const QString &field, const QString &label, int value, int low,
           int high);
bool optionalScale(FieldErrors &errors, const QString &field, const QString &label, int value,
                   int low, int high); // 0 means "not set"
bool plausibleDate(FieldErrors &errors, const QString &field, const QString &label,
                   const QDate &date); // a null date passes: it means "not set"
bool requiredDate(FieldErrors &errors, const QString &field, const QString &label,
                  const QDate &date); // set, and plausible
bool dateOrder(FieldErrors &errors, const QString &field, const QString &earlierLabel,
               const QDate &earlier, const QString &laterLabel, const QDate &later);
bool plainText(FieldErrors &errors, const QString &field, const QString &label,
               const QString &value); // no control characters other than newline and tab
// A record's code (field "code"): required, short, letters, digits and . _ / - from a letter or
// digit on; `example` shows one in the message.
bool recordCode(FieldErrors &errors, const QString &label, const QString &value,
                const QString &example);
} // namespace Check

QString joinMessages(const FieldErrors &errors);
