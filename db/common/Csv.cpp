#include "Csv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>

namespace {
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvText)
};
} // namespace

QChar Csv::detectSeparator(const QString &text)
{
    const QString firstLine = text.section(u'\n', 0, 0);
    int best = 0;
    QChar chosen = u',';
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const int count = static_cast<int>(firstLine.count(candidate));
        if (count > best) {
            best = count;
            chosen = candidate;
        }
    }
    return chosen;
}

Csv::Document Csv::parse(const QByteArray &bytes, QChar separator)
{
    Document document;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter) && !data.contains("\xEF\xBF\xBD")) {
        document.error = CsvText::tr("The file is not UTF-8 text. Save it from your spreadsheet as "
                                     "\"CSV UTF-8\" and try again.");
        return document;
    }
    document.separator = separator.isNull() ? detectSeparator(text) : separator;

    Row row;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields.append(current);
        current.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.constFirst().trimmed().isEmpty();
        if (!blank)
            document.rows.append(row);
        row = Row();
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    current.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                current.append(c); // a carriage return inside quotes is part of the text
            }
            continue;
        }
        // A quote opens a quoted field also after spaces (", "x, y""), which spreadsheets write.
        if (c == u'"' && (!fieldStarted || current.trimmed().isEmpty())) {
            current.clear();
            quoted = true;
            fieldStarted = true;
        } else if (c == document.separator) {
            endField();
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else if (c != u'\r') {
            current.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        document.error = CsvText::tr("Line %1: a quoted field is not closed; check for a missing "
                                     "quote mark.")
                             .arg(row.line);
    }
    if (!current.isEmpty() || !row.fields.isEmpty())
        endRow();
    return document;
}

namespace {
// Characters a spreadsheet reads as the start of a formula, in ASCII and full width.
bool startsFormula(QChar c)
{
    static const QString starts = QStringLiteral("=+-@\uFF1D\uFF0B\uFF0D\uFF20");
    return starts.contains(c);
}
} // namespace

QString Csv::field(const QString &text, QChar separator)
{
    QString value = text;
    // A formula guard: a leading tab or carriage return starts a formula in some spreadsheets,
    // and others skip spaces before one; numbers such as -12 stay numbers.
    qsizetype first = 0;
    while (first < value.size()
           && (value.at(first) == u' ' || value.at(first) == u'\t' || value.at(first) == u'\r'
               || value.at(first) == u'\n'))
        ++first;
    const bool leadingControl = !value.isEmpty() && (value.at(0) == u'\t' || value.at(0) == u'\r');
    if (leadingControl || (first < value.size() && startsFormula(value.at(first)))) {
        bool number = false;
        value.trimmed().toDouble(&number);
        if (!number || leadingControl)
            value.prepend(u'\'');
    }
    if (value.contains(separator) || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' '))
        return u'"' + value.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return value;
}

bool Csv::write(const QAbstractItemModel &model, QIODevice &device, const QList<int> &skip,
                QString *error, int textRole)
{
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(field(f));
        out += quoted.join(u',').toUtf8() + "\r\n";
    };
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column) {
        if (!skip.contains(column))
            header.append(model.headerData(column, Qt::Horizontal).toString());
    }
    line(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(); ++column) {
            if (skip.contains(column))
                continue;
            const QModelIndex index = model.index(row, column);
            QVariant value = index.data(textRole);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            fields.append(value.toString());
        }
        line(fields);
    }
    if (device.write(out) != out.size()) {
        if (error)
            *error = CsvText::tr("The file could not be written: %1").arg(device.errorString());
        return false;
    }
    return true;
}
