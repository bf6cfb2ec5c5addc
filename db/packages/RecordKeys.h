#pragma once

// The keys that find the same record made twice, for db/packages only: a description's `unique`
// columns (two live records with the same values cannot both be stored) and its `alike` columns,
// folded (equal values suggest the same real person or organisation). See Describe.h.

#include "RecordIo.h"

#include <QChar>
#include <QString>
#include <QStringList>

namespace RecordKeys {

// "Đorđe Šimić" and "DJORDJE SIMIC" are not folded together, but "Đorđe Šimić" and "Ðorđe Simić"
// are: case and combining marks go, letters stay.
inline QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.toCaseFolded().simplified();
}

// The values of some of a description's columns joined, for finding records alike: `columns`
// comma-separated; folded, or only case-folded.
template<typename T> QString keyOf(const T &record, const char *columns, bool fold)
{
    const QStringList names = QString::fromLatin1(columns).split(u',');
    RecordIo::ColumnWriter writer;
    Table<T>::fields(writer, record);
    QStringList values;
    for (const auto &[column, value] : std::as_const(writer.columns)) {
        if (names.contains(column))
            values.append(fold ? folded(value.toString()) : value.toString().toCaseFolded());
    }
    return values.join(QChar(0x1f));
}

// The values of a description's `unique` columns: two live records with the same key cannot both
// be stored. Empty for a type without one.
template<typename T> QString naturalKey(const T &record)
{
    if constexpr (requires { Table<T>::unique; })
        return keyOf(record, Table<T>::unique, false);
    else
        return {};
}

// The values of a description's `alike` columns, folded: equal keys suggest the same real person.
template<typename T> QString alikeKey(const T &record)
{
    if constexpr (requires { Table<T>::alike; }) {
        const QString key = keyOf(record, Table<T>::alike, true);
        return QString(key).remove(QChar(0x1f)).isEmpty() ? QString() : key;
    } else {
        return {};
    }
}

} // namespace RecordKeys
