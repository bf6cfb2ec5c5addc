#pragma once

class QTableView;

// Fits a table's columns to their widest texts, as QTableView::resizeColumnsToContents does,
// without laying out every row's text: the widths of `rowsRead` rows' texts (the first half of
// them, the rest spread over a long list) are only estimated from their characters' advances, and
// the few widest of each column are measured. Laying out 200 rows of every column took a fifth of
// the window's first paint on a large portfolio, and still cut off a long name in row 201. No
// column is made wider than `widest` pixels; hidden columns are left as they are.
void fitColumnsToText(QTableView *view, int widest = 420, int rowsRead = 500);
