#include "NoteCards.h"

#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTextLayout>

#include <cmath>

namespace {

constexpr int MaximumColumns = 4;
constexpr double Step = 0.5; // points

// Lays `layout` out in lines `width` pixels wide, breaking a word only when it is wider than a
// line, and returns its height. Right-to-left notes read from the right.
qreal layOut(QTextLayout &layout, int width)
{
    const bool rightToLeft = layout.text().isRightToLeft();
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1, width));
        // Each line starts on the side its script reads from.
        const qreal x = rightToLeft ? std::max<qreal>(0, width - line.naturalTextWidth()) : 0;
        line.setPosition(QPointF(x, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace

NoteCards::NoteCards(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_font(view->font())
{
}

int NoteCards::cardHeight(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    return static_cast<int>(std::ceil(layOut(layout, width - 2 * PaddingX))) + 2 * PaddingY;
}

bool NoteCards::flows(const QList<int> &heights, int height, int spacing, int columns)
{
    // As QListView places a wrapping top-to-bottom flow: the first card `spacing` from the top,
    // twice `spacing` between cards, and a new column when the next card would reach the bottom.
    int used = 1;
    int position = spacing;
    for (const int h : heights) {
        if (position + h + spacing >= height) {
            if (2 * spacing + h >= height)
                return false; // taller than the list
            ++used;
            position = spacing;
        }
        position += h + 2 * spacing;
    }
    return used <= columns;
}

int NoteCards::widestWord(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

int NoteCards::textWidth(int cardWidth)
{
    return cardWidth - 2 * PaddingX - 2; // (the layout's rounding)
}

int NoteCards::margins(const QListView *view)
{
    return 2 * PaddingX + 4 * view->spacing() + 2 * view->frameWidth() + 2;
}

NoteCards::Fit NoteCards::fit(double wall, double floor)
{
    floor = std::min(floor, wall);
    QStringList texts;
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; model && row < model->rowCount(m_view->rootIndex()); ++row)
        texts.append(model->index(row, 0, m_view->rootIndex()).data().toString());
    const QSize area = m_view->maximumViewportSize();
    const int spacing = m_view->spacing();

    // The largest type that fits, in as few sub-columns as it takes; first without breaking any
    // word, then, if nothing else fits, breaking long ones.
    Fit fit;
    fit.fits = false;
    QFont font = m_view->font();
    for (const bool wholeWords : {true, false}) {
        for (double size = wall; !fit.fits; size = std::max(floor, size - Step)) {
            font.setPointSizeF(size);
            // Narrower than a dozen characters, a card reads badly.
            const int narrowest = QFontMetrics(font).averageCharWidth() * 12;
            int widest = 0;
            for (const QString &text : std::as_const(texts))
                widest = std::max(widest, widestWord(text, font));
            for (int columns = 1; columns <= MaximumColumns && !fit.fits; ++columns) {
                const int width = area.width() / columns - 2 * spacing;
                if (columns > 1 && width < narrowest)
                    break;
                if (wholeWords && widest > textWidth(width))
                    break;
                QList<int> heights;
                heights.reserve(texts.size());
                for (const QString &text : std::as_const(texts))
                    heights.append(cardHeight(text, font, width));
                if (flows(heights, area.height(), spacing, columns))
                    fit = {size, columns, width, true};
            }
            if (size <= floor)
                break;
        }
        if (fit.fits)
            break;
    }
    if (!fit.fits) {
        // Even the floor's type does not fit: one column that scrolls, rather than type too
        // small to read from the back of the room.
        const int bar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                     m_view->verticalScrollBar());
        fit = {floor, 1, area.width() - bar - 2 * spacing, false};
    }
    m_fit = fit;
    m_font = m_view->font();
    m_font.setPointSizeF(fit.pointSize);
    // Wrapping flows the cards into sub-columns; without it the list scrolls.
    m_view->setWrapping(fit.fits);
    m_view->setVerticalScrollBarPolicy(fit.fits ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_view->doItemsLayout();
    m_view->viewport()->update();
    return fit;
}

void NoteCards::setActive(bool active)
{
    m_active = active;
    m_view->viewport()->update();
}

QSize NoteCards::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int width = std::max(2 * PaddingX + 1, m_fit.width);
    return {width, cardHeight(index.data().toString(), m_font, width)};
}

void NoteCards::paint(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool filled = selected && m_active;
    QRect card = option.rect;
    card.setWidth(std::min(card.width(), std::max(1, m_fit.width)));
    card.setHeight(std::min(card.height(), sizeHint(option, index).height()));
    // A filled card for the note in hand; a thick outline for the other columns' selection.
    const int pen = selected && !filled ? 5 : 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(selected ? QPalette::Highlight : QPalette::Text), pen));
    painter->setBrush(palette.color(filled ? QPalette::Highlight : QPalette::Base));
    const qreal inset = pen / 2.0;
    painter->drawRoundedRect(QRectF(card).adjusted(inset, inset, -inset, -inset), 6, 6);
    QTextLayout layout(index.data().toString(), m_font);
    layOut(layout, card.width() - 2 * PaddingX);
    painter->setPen(palette.color(filled ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(card.left() + PaddingX, card.top() + PaddingY));
    painter->restore();
}
