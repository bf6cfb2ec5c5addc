#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;
class QTextTable;

// A QTextDocument laid out on pages by the app, not by Qt. Qt splits a table row across two
// pages, lets a heading end a page and repeats a table's header only where it pleases; here the
// document is laid out as one long page for the device's width, and the page breaks are chosen
// where they may fall: between paragraphs, lines and table rows. A heading stays with what
// follows it, a table's header with its first row, a row that spans the table's width (a
// risk's mitigation, a stakeholder's details) with the row above it, and every page that starts
// inside a table shows the table's header again. A row or image taller than a whole page is
// cut between its lines, and only where no line would be cut.
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    struct Page
    {
        qreal top = 0; // where the page's part of the long page starts and ends
        qreal bottom = 0;
        qreal headerTop = 0; // a table's header drawn above it, when headerBottom > headerTop
        qreal headerBottom = 0;
    };

    // Lays `document` out for `device`, with `margin` (in the device's pixels) around each page.
    PagedDocument(QTextDocument &document, QPagedPaintDevice *device, qreal margin);

    const QList<Page> &pages() const { return m_pages; }
    // The height a page has for the document, margins taken off.
    qreal pageHeight() const { return m_pageHeight; }
    // The index of the page that shows the long page's stretch [top, bottom], or -1 when the
    // stretch runs over a page's end.
    int pageHolding(qreal top, qreal bottom) const;

    // Prints the pages numbered in `numbers` (1-based; empty for all; numbers past the end are
    // passed over), each with its number ("Page 2 of 8") in the bottom margin.
    void print(QPagedPaintDevice *device, const QList<int> &numbers = {}) const;

    // The reports' margin on `device`: 2 cm.
    static qreal margin(const QPagedPaintDevice *device);
    // Writes a PDF (A4, 150 dpi) of what `print` draws, whole or not at all (a full disk leaves
    // no half file), readable by its owner only. On failure `error` says why.
    static bool writePdf(const QString &path, const QString &title,
                         const std::function<void(QPagedPaintDevice *)> &print, QString *error);

private:
    void paginate();

    QTextDocument &m_document;
    qreal m_margin = 0;
    qreal m_pageHeight = 0;
    qreal m_width = 0;
    QList<Page> m_pages;
};
