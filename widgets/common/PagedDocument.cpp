#include "PagedDocument.h"
#include "Files.h"

#include <QDir>

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <vector>

namespace {

// A stretch of the long page: a line of text, a table's extent.
struct Span
{
    qreal top = 0;
    qreal bottom = 0;
};

struct Table
{
    qreal top = 0;
    qreal headerBottom = 0; // where the first row after the header starts
    qreal bottom = 0;
};

// What the walk over the document gathers: where pages may break, every line (a break inside
// a row taller than a page must miss them all) and the tables (for their headers).
struct Breaks
{
    std::vector<qreal> cuts;
    std::vector<Span> lines;
    std::vector<Table> tables;
};

void addLines(const QTextBlock &block, QAbstractTextDocumentLayout *layout, Breaks &breaks,
              bool cutBetweenLines)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *text = block.layout();
    if (!text || text->lineCount() == 0) {
        breaks.lines.push_back({rect.top(), rect.bottom()});
        return;
    }
    for (int i = 0; i < text->lineCount(); ++i) {
        const QTextLine line = text->lineAt(i);
        const qreal top = rect.top() + line.y();
        breaks.lines.push_back({top, top + line.height()});
        if (cutBetweenLines && i > 0)
            breaks.cuts.push_back(top);
    }
}

// Where row `row` starts: above its cells' text by the cell padding, below the borders.
qreal rowTop(QTextTable *table, int row, QAbstractTextDocumentLayout *layout)
{
    qreal top = std::numeric_limits<qreal>::max();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() == row)
            top =
                std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
    }
    return top - table->format().cellPadding();
}

void addTable(QTextTable *table, QAbstractTextDocumentLayout *layout, Breaks &breaks,
              bool breakBefore)
{
    const QRectF rect = layout->frameBoundingRect(table);
    if (breakBefore)
        breaks.cuts.push_back(rect.top());
    const int header = table->format().headerRowCount();
    Table entry {rect.top(), rect.bottom(), rect.bottom()};
    const std::size_t firstLine = breaks.lines.size();
    for (int row = 0; row < table->rows(); ++row) {
        const qreal top = rowTop(table, row, layout);
        if (row == header)
            entry.headerBottom = top;
        // Not between the header and the first row, nor above a row as wide as the table (the
        // details of the row above it).
        if (row > header && table->cellAt(row, 0).columnSpan() < table->columns())
            breaks.cuts.push_back(top);
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // spanned from another cell
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                if (it.currentBlock().isValid())
                    addLines(it.currentBlock(), layout, breaks, false);
            }
        }
    }
    // The table ends for its header with its last line: the next page may start below it.
    entry.bottom = entry.headerBottom;
    for (std::size_t i = firstLine; i < breaks.lines.size(); ++i)
        entry.bottom = std::max(entry.bottom, breaks.lines.at(i).bottom);
    breaks.tables.push_back(entry);
}

Breaks gatherBreaks(QTextDocument &document)
{
    Breaks breaks;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    bool afterHeading = false;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            addTable(table, layout, breaks, !afterHeading);
            afterHeading = false;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        const bool empty = block.text().trimmed().isEmpty();
        if (!afterHeading)
            breaks.cuts.push_back(layout->blockBoundingRect(block).top());
        addLines(block, layout, breaks, block.blockFormat().headingLevel() == 0);
        // A heading keeps with the first thing with text after it; an empty block between
        // them (Qt puts one between tables) does not part them.
        if (block.blockFormat().headingLevel() > 0)
            afterHeading = true;
        else if (!empty)
            afterHeading = false;
    }
    std::sort(breaks.cuts.begin(), breaks.cuts.end());
    std::sort(breaks.lines.begin(), breaks.lines.end(),
              [](const Span &a, const Span &b) { return a.top < b.top; });
    // A break no line runs across, whatever the structure says: Qt places the empty block after
    // a table at the table's frame's end, which a last row taller than Qt reckoned runs past.
    constexpr qreal slack = 0.5;
    std::vector<qreal> clear;
    qreal lowest = 0; // the lowest bottom of the lines that start above the break
    std::size_t next = 0;
    for (const qreal cut : breaks.cuts) {
        while (next < breaks.lines.size() && breaks.lines.at(next).top < cut - slack)
            lowest = std::max(lowest, breaks.lines.at(next++).bottom);
        if (lowest <= cut + slack)
            clear.push_back(cut);
    }
    breaks.cuts = std::move(clear);
    qreal end = document.size().height();
    for (const Span &line : breaks.lines)
        end = std::max(end, line.bottom);
    breaks.cuts.push_back(end);
    return breaks;
}

// Within (from, to], the lowest line top that no other line runs across: a break there cuts
// no text. Where there is none (a picture taller than a page), `to` itself.
qreal breakBetweenLines(const std::vector<Span> &lines, qreal from, qreal to)
{
    constexpr qreal slack = 0.5;
    qreal best = to;
    bool found = false;
    // Only the lines on this stretch can run across a break in it.
    std::vector<Span> near;
    for (const Span &line : lines) {
        if (line.bottom > from && line.top < to)
            near.push_back(line);
    }
    for (const Span &candidate : near) {
        if (candidate.top <= from + slack || candidate.top > to)
            continue;
        const bool clear = std::none_of(near.begin(), near.end(), [&](const Span &line) {
            return line.top < candidate.top - slack && line.bottom > candidate.top + slack;
        });
        if (clear && (!found || candidate.top > best)) {
            best = candidate.top;
            found = true;
        }
    }
    return best;
}

// Pictures wider than the page (a chart on A5) are scaled down to its width; `width` is in the
// document's own pixels (the layout scales them to the device's resolution).
void fitImages(QTextDocument &document, qreal width)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid() || image.width() <= width)
                continue;
            if (image.height() > 0)
                image.setHeight(image.height() * width / image.width());
            image.setWidth(width);
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace

PagedDocument::PagedDocument(QTextDocument &document, QPagedPaintDevice *device, qreal margin)
    : m_document(document)
    , m_margin(margin)
{
    const QSizeF page =
        device->pageLayout().paintRectPixels(device->logicalDpiX()).size().toSizeF();
    // A margin that would leave the page no room (a label printer, a tiny page) is made smaller.
    m_margin = std::min(margin, std::min(page.width(), page.height()) / 6);
    m_width = page.width() - 2 * m_margin;
    m_pageHeight = page.height() - 2 * m_margin;
    document.documentLayout()->setPaintDevice(device);
    document.setDocumentMargin(0);
    fitImages(document, m_width * 96 / device->logicalDpiX());
    // One long page: the breaks are the app's.
    document.setTextWidth(m_width);
    // Laid out to the end before anything is measured: Qt lays a document out lazily, a part at
    // a time, and a part measured before the rest is laid out has stale places and heights.
    document.pageCount();
    paginate();
}

void PagedDocument::paginate()
{
    const Breaks breaks = gatherBreaks(m_document);
    const qreal total = breaks.cuts.back(); // the document's end
    constexpr qreal slack = 0.5;
    qreal start = 0;
    while (start < total - slack) {
        Page page;
        page.top = start;
        for (const Table &table : breaks.tables) {
            if (start > table.headerBottom + slack && start < table.bottom - slack
                && table.headerBottom - table.top < m_pageHeight / 4) {
                page.headerTop = table.top;
                page.headerBottom = table.headerBottom;
            }
        }
        const qreal limit = start + m_pageHeight - (page.headerBottom - page.headerTop);
        if (limit >= total - slack) {
            page.bottom = total;
        } else {
            // The lowest break that fits; where none does (a row taller than the page), the
            // lowest place between lines.
            auto after = std::upper_bound(breaks.cuts.begin(), breaks.cuts.end(), limit);
            if (after != breaks.cuts.begin() && *(after - 1) > start + slack)
                page.bottom = *(after - 1);
            else
                page.bottom = breakBetweenLines(breaks.lines, start, limit);
        }
        // Always onwards, however small the page (a page with no height would never end).
        if (page.bottom <= start + slack)
            page.bottom = std::min(total, start + std::max<qreal>(m_pageHeight, 1));
        m_pages.append(page);
        start = page.bottom;
    }
    if (m_pages.isEmpty())
        m_pages.append(Page {});
}

int PagedDocument::pageHolding(qreal top, qreal bottom) const
{
    constexpr qreal slack = 0.5;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (top >= m_pages.at(i).top - slack && bottom <= m_pages.at(i).bottom + slack)
            return i;
    }
    return -1;
}

void PagedDocument::print(QPagedPaintDevice *device, const QList<int> &numbers) const
{
    const int count = static_cast<int>(m_pages.size());
    QList<int> wanted;
    for (int number = 1; number <= count; ++number) {
        if (numbers.isEmpty() || numbers.contains(number))
            wanted.append(number);
    }
    QPainter painter(device);
    QFont small = painter.font();
    small.setPointSizeF(7);
    for (const int number : std::as_const(wanted)) {
        if (number != wanted.first())
            device->newPage();
        const Page &page = m_pages.at(number - 1);
        painter.save();
        painter.translate(m_margin, m_margin);
        qreal y = 0;
        if (page.headerBottom > page.headerTop) {
            painter.save();
            painter.translate(0, -page.headerTop);
            m_document.drawContents(
                &painter, QRectF(0, page.headerTop, m_width, page.headerBottom - page.headerTop));
            painter.restore();
            y = page.headerBottom - page.headerTop;
        }
        painter.translate(0, y - page.top);
        m_document.drawContents(&painter, QRectF(0, page.top, m_width, page.bottom - page.top));
        painter.restore();
        painter.setFont(small);
        const qreal bottom = m_margin + m_pageHeight;
        painter.drawText(
            QRectF(0, bottom + m_margin * 0.25, m_width + 2 * m_margin, m_margin * 0.5),
            Qt::AlignCenter, tr("Page %1 of %2").arg(number).arg(count));
    }
}

qreal PagedDocument::margin(const QPagedPaintDevice *device)
{
    return (2 / 2.54) * device->logicalDpiY();
}

bool PagedDocument::writePdf(const QString &path, const QString &title,
                             const std::function<void(QPagedPaintDevice *)> &print, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(Files::ownerOnly);
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Intervention Planner"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        print(&writer);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}
