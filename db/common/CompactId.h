#pragma once

#include <QHashFunctions>
#include <QString>
#include <QUuid>

// A record's id as a list row keeps it. The ids the app makes are UUIDs, held here as their 16
// bytes (beside an empty string) instead of a 36-character string on the heap, which took a
// quarter of a large list's memory; any other id, one another tool made, is kept as its text.
// toString() gives back the id as stored.
class CompactId
{
public:
    CompactId() = default;
    explicit CompactId(const QString &id)
    {
        if (isCanonical(id))
            m_uuid = QUuid::fromString(id);
        if (m_uuid.isNull())
            m_text = id;
    }

    QString toString() const
    {
        return m_uuid.isNull() ? m_text : m_uuid.toString(QUuid::WithoutBraces);
    }
    bool isEmpty() const { return m_uuid.isNull() && m_text.isEmpty(); }

    friend bool operator==(const CompactId &a, const CompactId &b)
    {
        return a.m_uuid == b.m_uuid && a.m_text == b.m_text;
    }
    // The order of the ids' texts (a tie-breaker of a list's order): between two UUIDs, that of
    // their bytes, which their lower-case hex digits spell in the same order.
    friend bool operator<(const CompactId &a, const CompactId &b)
    {
        if (a.m_uuid.isNull() || b.m_uuid.isNull())
            return a.toString() < b.toString();
        return a.m_uuid.toRfc4122() < b.m_uuid.toRfc4122();
    }
    friend size_t qHash(const CompactId &id, size_t seed = 0)
    {
        return id.m_uuid.isNull() ? qHash(id.m_text, seed) : qHash(id.m_uuid, seed);
    }

private:
    // Written as QUuid writes it (lower-case, no braces), so that toString() gives it back.
    static bool isCanonical(const QString &id)
    {
        if (id.size() != 36)
            return false;
        for (qsizetype i = 0; i < id.size(); ++i) {
            const char16_t c = id.at(i).unicode();
            const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
                return false;
        }
        return true;
    }

    QUuid m_uuid;
    QString m_text;
};
