#include "ColumnFit.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHash>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <array>
#include <vector>

namespace {

// How many of a column's widest texts are measured exactly: their widths are first estimated
// from each character's own advance, which approaches the width of the shaped text (kerning and
// scripts that join their letters differ), so a few candidates rather than one.
constexpr int Measured = 4;

// A text's width as the sum of its characters' advances, each looked up once.
class WidthEstimate
{
public:
    explicit WidthEstimate(const QFontMetrics &metrics)
        : m_metrics(metrics)
    {
        m_latin.fill(-1);
    }

    int operator()(const QString &text)
    {
        int width = 0;
        for (const QChar c : text) {
            const char16_t code = c.unicode();
            if (code < m_latin.size()) {
                int &advance = m_latin[code];
                if (advance < 0)
                    advance = m_metrics.horizontalAdvance(c);
                width += advance;
            } else {
                auto found = m_other.find(code);
                if (found == m_other.end())
                    found = m_other.insert(code, m_metrics.horizontalAdvance(c));
                width += *found;
            }
        }
        return width;
    }

private:
    QFontMetrics m_metrics;
    std::array<int, 256> m_latin;
    QHash<char16_t, int> m_other;
};

} // namespace

void fitColumnsToText(QTableView *view, int widest, int rowsRead)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    // The rows read: all of a short list; of a long one, the first half of `rowsRead` (what shows
    // first) and the other half spread evenly over the rest.
    const QModelIndex root = view->rootIndex();
    const int count = model->rowCount(root);
    std::vector<int> rows;
    const int first = count <= rowsRead ? count : rowsRead / 2;
    for (int row = 0; row < first; ++row)
        rows.push_back(row);
    if (first < count) {
        const double step = static_cast<double>(count - first) / (rowsRead - first);
        for (int i = 0; i < rowsRead - first; ++i)
            rows.push_back(first + static_cast<int>(i * step));
    }
    QHeaderView *header = view->horizontalHeader();
    const int grid = view->showGrid() ? 1 : 0;
    WidthEstimate estimate(view->fontMetrics());
    for (int column = 0; column < model->columnCount(root); ++column) {
        if (view->isColumnHidden(column))
            continue;
        // The rows of the widest texts by the estimate, widest first (-1: none).
        std::array<std::pair<int, int>, Measured> candidates;
        candidates.fill({-1, -1});
        for (const int row : rows) {
            const int guess = estimate(model->index(row, column, root).data().toString());
            if (guess <= candidates.back().first)
                continue;
            candidates.back() = {guess, row};
            std::sort(candidates.begin(), candidates.end(), std::greater<>());
        }
        int width = header->sectionSizeHint(column);
        for (const auto &[guess, row] : candidates) {
            if (row >= 0)
                width = std::max(
                    width, view->sizeHintForIndex(model->index(row, column, root)).width() + grid);
        }
        header->resizeSection(column, std::min(width, widest));
    }
}
