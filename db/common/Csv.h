#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

// Reading and writing the CSV files people keep contact lists in, as spreadsheets write them.
namespace Csv {

struct Row
{
    int line = 0; // 1-based line in the file where the record starts
    QStringList fields;
};

struct Document
{
    QChar separator = u',';
    QList<Row> rows;
    QString error; // empty when the file could be read
};

// Guesses the separator (comma, semicolon or tab) from the first line.
QChar detectSeparator(const QString &text);
// Parses UTF-8 text (a byte order mark is skipped); quoted fields may hold separators, quotes
// ("") and line breaks. A null `separator` means detect it.
Document parse(const QByteArray &bytes, QChar separator = QChar());

// One field, quoted when it must be. Text a spreadsheet would run as a formula (= + - @ at the
// start) is prefixed with an apostrophe so that opening the file runs nothing.
QString field(const QString &text, QChar separator = u',');
// Writes the rows of `model` (its display text, header first) as UTF-8 with a byte order mark
// and CRLF line ends, which spreadsheets open with the right alphabet. Columns in `skip` are left
// out. Returns false and fills `error` when the device refuses.
bool write(const QAbstractItemModel &model, QIODevice &device, const QList<int> &skip = {},
           QString *error = nullptr, int textRole = Qt::DisplayRole);

} // namespace Csv
