#pragma once

#include "CompactId.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

// Roles shared by every TableModel, so that views need not know which one they show.
namespace TableRoles {
constexpr int Sort = Qt::UserRole;
constexpr int Id = Qt::UserRole + 1;
constexpr int Reveal = Qt::UserRole + 2; // the value with nothing hidden (a protected name)
// headerData: 0 plain, 1 sensitive (left out of exports), 2 shown in a hidden form (protected
// names) unless the user includes sensitive fields.
constexpr int SensitiveHeader = Qt::UserRole + 3;
// The text of every column of the row, one per line, as shown: what a search looks through.
constexpr int SearchText = Qt::UserRole + 4;
} // namespace TableRoles

// A cell's tooltip as shown: a long text (a 5,000-character description) cut after its first few
// lines at a space, with an ellipsis, rather than covering the screen.
inline QVariant tableTip(const QVariant &tip)
{
    constexpr qsizetype longest = 500;
    if (tip.typeId() != QMetaType::QString)
        return tip;
    const QString text = tip.toString();
    if (text.size() <= longest)
        return text;
    const qsizetype space = text.lastIndexOf(u' ', longest);
    return QString(text.left(space > longest / 2 ? space : longest) + QChar(0x2026));
}

// A row's record id: a whole record's (meta.id), or a list row's own (a CompactId named id).
template<typename T> QString tableRowId(const T &row)
{
    if constexpr (requires { row.meta.id; })
        return row.meta.id;
    else
        return row.id.toString();
}

// What every TableModel answers, whatever its rows: for a page that knows only the model.
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    // The row of the record with this id, or -1: found without making every row's id a string.
    virtual int rowOfId(const QString &id) const = 0;
};

// A read-only table over a list of values, described column by column. Subclasses set the columns
// and load the rows; views sort on SortRole and find the record through IdRole.
template<typename T> class TableModel : public RecordTableModel
{
public:
    enum Role {
        SortRole = TableRoles::Sort,
        IdRole = TableRoles::Id,
        RevealRole = TableRoles::Reveal,
    };

    using Getter = std::function<QVariant(const T &)>;

    // Column(header, display).sortBy(key).centred().tip(text)
    struct Column
    {
        Column(std::function<QString()> headerText, Getter displayValue)
            : header(std::move(headerText))
            , display(std::move(displayValue))
        {
        }
        Column &sortBy(Getter key)
        {
            sortKey = std::move(key);
            return *this;
        }
        Column &centred()
        {
            alignment = Qt::AlignCenter;
            return *this;
        }
        Column &tip(Getter text)
        {
            toolTip = std::move(text);
            return *this;
        }
        // Ratings, attitudes and the like: left out of exports unless the user includes them.
        Column &sensitive()
        {
            isSensitive = true;
            return *this;
        }
        Column &revealed(Getter value)
        {
            reveal = std::move(value);
            return *this;
        }
        // A colour (QColor) drawn beside the text: a RAG status, a rating band.
        Column &decorated(Getter colour)
        {
            decoration = std::move(colour);
            return *this;
        }

        std::function<QString()> header;
        Getter display;
        Getter sortKey; // empty: sort on the display value
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        Getter toolTip;
        bool isSensitive = false;
        Getter reveal;
        Getter decoration;
    };

    using RecordTableModel::RecordTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &row = m_rows.at(index.row());
        const Column &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(row);
        case Qt::ToolTipRole:
            return column.toolTip ? tableTip(column.toolTip(row)) : QVariant();
        case Qt::DecorationRole:
            return column.decoration ? column.decoration(row) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case SortRole:
            return column.sortKey ? column.sortKey(row) : column.display(row);
        case IdRole:
            return tableRowId(row);
        case RevealRole:
            return column.reveal ? column.reveal(row) : column.display(row);
        case TableRoles::SearchText: {
            QString text;
            for (const Column &each : m_columns) {
                text += each.display(row).toString();
                text += u'\n';
            }
            return text;
        }
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == TableRoles::SensitiveHeader)
            return m_columns.at(section).isSensitive ? 1 : (m_columns.at(section).reveal ? 2 : 0);
        if (role != Qt::DisplayRole)
            return {};
        return m_columns.at(section).header();
    }

    const T &rowAt(int row) const { return m_rows.at(row); }
    QList<int> sensitiveColumns() const
    {
        QList<int> columns;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).isSensitive || m_columns.at(i).reveal)
                columns.append(i);
        }
        return columns;
    }
    const QList<T> &rows() const { return m_rows; }

    int rowOfId(const QString &id) const override
    {
        if constexpr (requires(const T &row) { row.meta.id; }) {
            for (int i = 0; i < m_rows.size(); ++i) {
                if (m_rows.at(i).meta.id == id)
                    return i;
            }
        } else {
            const CompactId key(id); // compared as held, not made a string for every row
            for (int i = 0; i < m_rows.size(); ++i) {
                if (m_rows.at(i).id == key)
                    return i;
            }
        }
        return -1;
    }

protected:
    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }
    void setRows(QList<T> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

private:
    QList<Column> m_columns;
    QList<T> m_rows;
};

// A TableModel whose rows come from a function (a repository query), read again on reload().
template<typename T> class ListTableModel : public TableModel<T>
{
public:
    using Column = typename TableModel<T>::Column;
    using Load = std::function<QList<T>()>;
    // Later: empty until the first reload() (for an owner that reloads once it is set up).
    enum class Loading { Now, Later };

    ListTableModel(QList<Column> columns, Load load, QObject *parent = nullptr,
                   Loading loading = Loading::Now)
        : TableModel<T>(parent)
        , m_load(std::move(load))
    {
        this->setColumns(std::move(columns));
        if (loading == Loading::Now)
            reload();
    }
    void reload() { this->setRows(m_load()); }

private:
    Load m_load;
};
