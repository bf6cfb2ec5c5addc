#pragma once

#include <QDate>
#include <QString>

// A date as lists, tooltips and reports show it: ISO 8601 (2026-11-22), or empty when unset.
inline QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
