#include "Describe.h"

QString fieldKey(QLatin1String column)
{
    QString key;
    key.reserve(column.size());
    bool upper = false;
    for (const char c : column) {
        if (c == '_') {
            upper = true;
            continue;
        }
        const QChar letter = QLatin1Char(c);
        key.append(upper ? letter.toUpper() : letter);
        upper = false;
    }
    return key;
}
