#pragma once

#include <QDate>
#include <QDateTime>

// The time the data layer stamps on records. Tests pin it to a known instant.
namespace Clock {
QDateTime nowUtc();
QDate today();
void setFixedNow(const QDateTime &utc); // an invalid QDateTime returns to the real clock
} // namespace Clock
