#include "LabelFitter.h"

#include <QHash>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

QString LabelFitter::wrapped(const QString &text, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const QString longer = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
                lines.append(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

QRectF LabelFitter::boxOf(const QCPItemText *text)
{
    const QFontMetricsF metrics(text->font());
    const QRectF inner = metrics.boundingRect(
        QRectF(), static_cast<int>(Qt::TextDontClip | text->textAlignment()), text->text());
    const QMargins pad = text->padding();
    QRectF box(0, 0, inner.width() + pad.left() + pad.right(),
               inner.height() + pad.top() + pad.bottom());
    const QPointF at = text->position->pixelPosition();
    const Qt::Alignment align = text->positionAlignment();
    const double x = align & Qt::AlignLeft ? at.x()
        : align & Qt::AlignRight           ? at.x() - box.width()
                                           : at.x() - box.width() / 2;
    const double y = align & Qt::AlignTop ? at.y()
        : align & Qt::AlignBottom         ? at.y() - box.height()
                                          : at.y() - box.height() / 2;
    box.moveTo(x, y);
    return box;
}

namespace {

using LabelFitter::wrapped;

QSizeF sizeOf(const QString &label, const QFontMetricsF &metrics)
{
    QSizeF size;
    for (const QString &line : label.split(u'\n'))
        size = QSizeF(std::max(size.width(), metrics.horizontalAdvance(line)),
                      size.height() + metrics.height());
    return size;
}

// Whether the labels of `ticks` within `axis`'s range keep a gap between them.
bool fits(const QCPAxis *axis, const QMap<double, QString> &ticks, const QFontMetricsF &metrics)
{
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    QList<QPair<double, double>> spans;
    for (auto it = ticks.cbegin(); it != ticks.cend(); ++it) {
        if (it.value().isEmpty() || !axis->range().contains(it.key()))
            continue;
        const QSizeF size = sizeOf(it.value(), metrics);
        const double half = (horizontal ? size.width() + metrics.height() / 2 : size.height()) / 2;
        const double at = axis->coordToPixel(it.key());
        spans.append({at - half, at + half});
    }
    std::sort(spans.begin(), spans.end());
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans.at(i).first < spans.at(i - 1).second)
            return false;
    }
    return true;
}

// Watches one plot: the texts its chart set, and the ones put in their place.
class Fitter : public QObject
{
public:
    explicit Fitter(QCustomPlot *plot)
        : QObject(plot)
        , m_plot(plot)
    {
        setObjectName(QStringLiteral("labelFitter"));
        connect(plot, &QCustomPlot::afterLayout, this, &Fitter::fit);
        // A replot the chart asked for (new data, a new size) may be fitted again.
        connect(plot, &QCustomPlot::beforeReplot, this, [this] {
            if (!m_queued)
                m_streak = 0;
            m_queued = false;
        });
    }

    // How many layouts changed something so far.
    int changes() const { return m_changes; }

private:
    void fit()
    {
        bool changed = placeLegend();
        changed = fitTitle() || changed;
        for (QCPAxis *axis : m_plot->axisRect()->axes()) {
            if (!axis->visible())
                continue;
            changed = fitAxisLabel(axis) || changed;
            if (!axis->tickLabels())
                continue;
            if (axis->ticker().dynamicCast<QCPAxisTickerText>())
                changed = fitNames(axis) || changed;
            else if (!axis->ticker().dynamicCast<QCPAxisTickerDateTime>())
                changed = fitNumbers(axis) || changed;
        }
        changed = fitTexts() || changed;
        // Each change lays the chart out again; a chart that undoes what was fitted (one that
        // draws itself anew at every layout) is not chased for ever.
        const QSize size = m_plot->viewport().size();
        m_streak = changed && size == m_streakSize ? m_streak + 1 : 0;
        m_streakSize = size;
        m_changes += changed ? 1 : 0;
        if (changed && m_streak < 10) {
            m_queued = true;
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
    }

    // A shown legend goes in a row of its own below the chart, its entries side by side as many
    // as the width holds, where it covers no bar, line or name; a hidden one goes back inside,
    // where it takes no room.
    bool placeLegend()
    {
        QCPLegend *legend = m_plot->legend;
        QCPLayoutInset *inset = m_plot->axisRect()->insetLayout();
        QCPLayoutGrid *grid = m_plot->plotLayout();
        if (!legend)
            return false;
        const bool below = legend->layout() == grid;
        if (legend->visible() && below) {
            legend->setBorderPen(Qt::NoPen); // the wall's style gives it one again
            return fitLegendColumns();
        }
        if (legend->visible() && legend->layout() == inset) {
            inset->take(legend);
            inset->simplify();
            const int row = grid->rowCount();
            grid->addElement(row, 0, legend);
            grid->setRowStretchFactor(row, 0.001);
            legend->setMargins(QMargins(0, 6, 0, 2));
            legend->setBorderPen(Qt::NoPen); // a row of its own needs no frame
            fitLegendColumns();
        } else if (!legend->visible() && below) {
            grid->take(legend);
            grid->simplify();
            inset->addElement(legend, Qt::AlignRight | Qt::AlignTop);
        } else {
            return false;
        }
        return true;
    }

    bool fitLegendColumns()
    {
        QCPLegend *legend = m_plot->legend;
        double widest = 1;
        for (int i = 0; i < legend->itemCount(); ++i) {
            if (const QCPAbstractLegendItem *item = legend->item(i)) // a cell may be empty
                widest = std::max(widest, 0.0 + item->minimumOuterSizeHint().width());
        }
        const int columns = std::max(1,
                                     static_cast<int>((m_plot->viewport().width() - 16)
                                                      / (widest + legend->columnSpacing())));
        if (legend->fillOrder() == QCPLayoutGrid::foColumnsFirst && legend->wrap() == columns)
            return false;
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        return true;
    }

    // Each text drawn on the chart in lines that stay within the plot (or its frame, if it
    // keeps to it); a line still too wide (one long word) is shortened with an ellipsis. A
    // text that would cover one drawn before it is left out (the chart's values, names and
    // notes come in the order they matter), and comes back when there is room.
    bool fitTexts()
    {
        bool changed = false;
        QList<QRectF> taken;
        if (m_plot->legend->visible() && m_plot->legend->layout() == m_plot->plotLayout())
            taken.append(QRectF(m_plot->legend->outerRect()));
        for (int i = 0; i < m_plot->itemCount(); ++i) {
            auto *text = qobject_cast<QCPItemText *>(m_plot->item(i));
            const bool hiddenHere = text && text->property("fitterHidden").toBool();
            if (!text || (!text->visible() && !hiddenHere) || text->rotation() != 0)
                continue;
            if (text->property("placedByChart").toBool()) { // its chart keeps it clear
                if (text->visible())
                    taken.append(LabelFitter::boxOf(text).adjusted(1, 1, -1, -1));
                continue;
            }
            if (text->text() != text->property("fitterShownText").toString())
                text->setProperty("fitterFullText", text->text()); // set anew by its chart
            const QString full = text->property("fitterFullText").toString();
            const QRectF inside = (text->clipToAxisRect() ? QRectF(m_plot->axisRect()->rect())
                                                          : QRectF(m_plot->viewport()))
                                      .adjusted(2, 2, -2, -2);
            const QPointF at = text->position->pixelPosition();
            const QMargins pad = text->padding();
            const Qt::Alignment align = text->positionAlignment();
            const double room =
                (align & Qt::AlignLeft ? inside.right() - at.x()
                     : align & Qt::AlignRight
                     ? at.x() - inside.left()
                     : 2 * std::min(at.x() - inside.left(), inside.right() - at.x()))
                - pad.left() - pad.right();
            const QFontMetricsF metrics(text->font());
            QStringList lines = wrapped(full, metrics, std::max(1.0, room)).split(u'\n');
            for (QString &line : lines) {
                if (metrics.horizontalAdvance(line) > room)
                    line = metrics.elidedText(line, Qt::ElideRight, std::max(1.0, room));
            }
            // Wrapping only where the text would not fit as the chart wrote it.
            if (metrics.boundingRect(QRectF(), Qt::TextDontClip, full).width() <= room)
                lines = full.split(u'\n');
            // Within the chart's frame, if the text keeps to it: the lines that run out of it
            // (growing down from the top, or up from the bottom) are left out, and the last
            // shown ends with an ellipsis.
            if (text->clipToAxisRect() && !(align & Qt::AlignVCenter)) {
                const QRect frame = m_plot->axisRect()->rect();
                const double height =
                    align & Qt::AlignTop ? frame.bottom() - at.y() : at.y() - frame.top();
                const double each = metrics.lineSpacing();
                const auto fitting = std::max<qsizetype>(
                    1, static_cast<qsizetype>((height - pad.top() - pad.bottom()) / each));
                if (lines.size() > fitting) {
                    lines = lines.mid(0, fitting);
                    lines.last() = metrics.elidedText(lines.last() + u'\u2026', Qt::ElideRight,
                                                      std::max(1.0, room));
                }
            }
            const QString shown = lines.join(u'\n');
            text->setProperty("fitterShownText", shown);
            if (shown != text->text()) {
                text->setText(shown);
                changed = true;
            }
            const QRectF box = LabelFitter::boxOf(text).adjusted(1, 1, -1, -1);
            const bool covers = !shown.isEmpty()
                && std::any_of(taken.cbegin(), taken.cend(),
                               [&box](const QRectF &other) { return other.intersects(box); });
            text->setProperty("fitterHidden", covers);
            if (text->visible() == covers) {
                text->setVisible(!covers);
                changed = true;
            }
            if (!covers)
                taken.append(box);
        }
        return changed;
    }

    bool fitTitle()
    {
        if (m_plot->plotLayout()->elementCount() == 0)
            return false;
        auto *title = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0));
        if (!title)
            return false;
        if (title->text() != m_shownTitle)
            m_fullTitle = title->text(); // set anew by its chart
        m_shownTitle =
            wrapped(m_fullTitle, QFontMetricsF(title->font()), m_plot->viewport().width() - 16);
        if (m_shownTitle == title->text())
            return false;
        title->setText(m_shownTitle);
        return true;
    }

    // The axis's own label, in lines no longer than the axis.
    bool fitAxisLabel(QCPAxis *axis)
    {
        Fitted &fitted = m_names[axis];
        if (axis->label() != fitted.shownLabel)
            fitted.label = axis->label();
        const double room = axis->orientation() == Qt::Horizontal ? m_plot->axisRect()->width()
                                                                  : m_plot->axisRect()->height();
        fitted.shownLabel = wrapped(fitted.label, QFontMetricsF(axis->labelFont()), room);
        if (fitted.shownLabel == axis->label())
            return false;
        axis->setLabel(fitted.shownLabel);
        return true;
    }

    bool fitNumbers(QCPAxis *axis)
    {
        Fitted &fitted = m_names[axis];
        if (axis->ticker() != fitted.numbers) { // the chart's own ticker, set anew
            fitted.numbers = axis->ticker();
            fitted.tickCount = axis->ticker()->tickCount();
            fitted.length = -1;
        }
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        const QFontMetricsF metrics(axis->tickLabelFont());
        const double length =
            horizontal ? m_plot->axisRect()->width() : m_plot->axisRect()->height();
        if (length != fitted.length) {
            // A new size: as many ticks as the chart asked for where a label of the widest
            // number has room, fewer where it has not.
            fitted.length = length;
            const double widest = std::max(
                metrics.horizontalAdvance(
                    axis->numberFormat().contains(u'e')
                        ? QStringLiteral("0.0e+00")
                        : QString::number(std::abs(axis->range().upper), 'f', 0)),
                metrics.horizontalAdvance(QString::number(std::abs(axis->range().lower), 'f', 0)));
            const double each = horizontal ? widest + 1.5 * metrics.height() : 2 * metrics.height();
            const int count =
                std::min(fitted.tickCount, std::max(1, static_cast<int>(length / each)));
            if (axis->ticker()->tickCount() != count) {
                axis->ticker()->setTickCount(count);
                return true;
            }
        }
        // The ticks drawn now (steps are rounded, so there may be more than asked): fewer while
        // their labels still touch.
        QMap<double, QString> drawn;
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        for (int i = 0; i < ticks.size() && i < labels.size(); ++i)
            drawn.insert(ticks.at(i), labels.at(i));
        if (fits(axis, drawn, metrics) || axis->ticker()->tickCount() <= 1)
            return false;
        axis->ticker()->setTickCount(axis->ticker()->tickCount() - 1);
        return true;
    }

    bool fitNames(QCPAxis *axis)
    {
        auto shown = axis->ticker().dynamicCast<QCPAxisTickerText>();
        Fitted &fitted = m_names[axis];
        if (shown != fitted.shown)
            fitted.original = shown->ticks(); // the chart's own ticker, set anew
        const QFontMetricsF metrics(axis->tickLabelFont());
        // The chart's labels, then their first lines, then every other one, and so on.
        QMap<double, QString> ticks = fitted.original;
        // Names beside a vertical axis take at most two fifths of the chart's width.
        if (axis->orientation() == Qt::Vertical) {
            for (QString &label : ticks)
                label = wrapped(label, metrics, m_plot->viewport().width() * 0.4);
        }
        if (!fits(axis, ticks, metrics)) {
            // A line of the chart's own ("1" of "1\nInsignificant") reads whole; a name cut
            // where it was wrapped shows that it goes on.
            for (auto it = ticks.begin(); it != ticks.end(); ++it) {
                const QString first = it.value().section(u'\n', 0, 0);
                if (first == fitted.original.value(it.key()).section(u'\n', 0, 0))
                    it.value() = first;
                else
                    it.value() = first + u'\u2026';
            }
        }
        for (int every = 2; !fits(axis, ticks, metrics) && every <= 8; ++every) {
            QMap<double, QString> fewer = ticks;
            int n = 0;
            for (auto it = fewer.begin(); it != fewer.end(); ++it) {
                if (axis->range().contains(it.key()) && n++ % every != 0)
                    it.value().clear();
            }
            if (fits(axis, fewer, metrics) || every == 8)
                ticks = fewer;
        }
        if (ticks == shown->ticks())
            return false;
        fitted.shown = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
        fitted.shown->setTicks(ticks);
        fitted.shown->setSubTickCount(shown->subTickCount());
        axis->setTicker(fitted.shown);
        return true;
    }

    struct Fitted
    {
        QSharedPointer<QCPAxisTickerText> shown; // the ticker put in place, if any
        QMap<double, QString> original;
        QString label; // the axis's label as the chart set it
        QString shownLabel;
        QSharedPointer<QCPAxisTicker> numbers; // a numbered axis's ticker, and its own count
        int tickCount = 5;
        double length = -1; // the axis's length when the count was last chosen
    };
    QCustomPlot *m_plot;
    int m_streak = 0; // layouts in a row that changed something, at one size
    QSize m_streakSize;
    bool m_queued = false; // the next replot is the fitter's own
    int m_changes = 0;
    QString m_fullTitle;
    QString m_shownTitle;
    QHash<QCPAxis *, Fitted> m_names;
};

} // namespace

void LabelFitter::settle(QCustomPlot *plot)
{
    const auto *fitter =
        plot->findChild<Fitter *>(QStringLiteral("labelFitter"), Qt::FindDirectChildrenOnly);
    for (int i = 0; i < 12; ++i) {
        const int before = fitter ? fitter->changes() : 0;
        plot->replot(QCustomPlot::rpQueuedRefresh); // drawn now, shown at the next paint
        if (!fitter || fitter->changes() == before)
            break;
    }
}

void LabelFitter::keepApart(QCustomPlot *plot)
{
    if (!plot->findChild<QObject *>(QStringLiteral("labelFitter"), Qt::FindDirectChildrenOnly))
        new Fitter(plot);
}
