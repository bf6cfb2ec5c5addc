#include "Clock.h"
#include "Record.h"

#include <QUuid>

namespace {
QDateTime s_fixedNow;
}

QDateTime Clock::nowUtc()
{
    if (s_fixedNow.isValid())
        return s_fixedNow;
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return nowUtc().toLocalTime().date();
}

void Clock::setFixedNow(const QDateTime &utc)
{
    s_fixedNow = utc.toUTC();
}

QString newRecordId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime Clock::momentOf(const QDate &day)
{
    if (!day.isValid() || day == today())
        return nowUtc();
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}
