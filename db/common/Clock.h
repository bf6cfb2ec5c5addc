#pragma once

#include <QDate>
#include <QDateTime>

// The time the data layer stamps on records. Tests pin it to a known instant.
namespace Clock {
QDateTime nowUtc();
QDate today();
void setFixedNow(const QDateTime &utc); // an invalid QDateTime returns to the real clock
// A day entered "as of" (history entered after the fact) as the moment to stamp: now when it is
// today or not given, else noon UTC of it, so that it reads as the same day in every time zone.
QDateTime momentOf(const QDate &day);
} // namespace Clock
