#include "ColumnFit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <array>

namespace {

// How many of a column's longest texts are measured: lengths in characters only approach widths
// (a "W" is wider than an "i", and scripts differ), so a few candidates rather than one.
constexpr int Measured = 4;

} // namespace

void fitColumnsToText(QTableView *view, int widest, int rowsRead)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const int rows = std::min(model->rowCount(), rowsRead);
    const QModelIndex root = view->rootIndex();
    QHeaderView *header = view->horizontalHeader();
    const int grid = view->showGrid() ? 1 : 0;
    for (int column = 0; column < model->columnCount(root); ++column) {
        if (view->isColumnHidden(column))
            continue;
        // The rows of the longest texts, longest first (-1: none).
        std::array<std::pair<qsizetype, int>, Measured> longest;
        longest.fill({-1, -1});
        for (int row = 0; row < rows; ++row) {
            const qsizetype length =
                model->index(row, column, root).data(Qt::DisplayRole).toString().size();
            if (length <= longest.back().first)
                continue;
            longest.back() = {length, row};
            std::sort(longest.begin(), longest.end(), std::greater<>());
        }
        int width = header->sectionSizeHint(column);
        for (const auto &[length, row] : longest) {
            if (row >= 0)
                width = std::max(
                    width, view->sizeHintForIndex(model->index(row, column, root)).width() + grid);
        }
        header->resizeSection(column, std::min(width, widest));
    }
}
