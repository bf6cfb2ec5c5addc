#include "LabelPlacer.h"

namespace LabelPlacer {

namespace {

qreal overlap(const QRectF &rect, const QList<QRectF> &taken)
{
    qreal area = 0;
    for (const QRectF &other : taken) {
        const QRectF both = rect.intersected(other);
        area += both.width() * both.height();
    }
    return area;
}

// The places around a mark for a name `size` big: above, below, right, left, then the corners.
QList<QRectF> around(const QPointF &c, qreal r, const QSizeF &size)
{
    const qreal w = size.width();
    const qreal h = size.height();
    const qreal gap = 2;
    const qreal d = r * 0.75;
    return {
        QRectF(c.x() - w / 2, c.y() - r - gap - h, w, h), // above
        QRectF(c.x() - w / 2, c.y() + r + gap, w, h), // below
        QRectF(c.x() + r + gap, c.y() - h / 2, w, h), // right
        QRectF(c.x() - r - gap - w, c.y() - h / 2, w, h), // left
        QRectF(c.x() + d, c.y() - d - h, w, h), // above right
        QRectF(c.x() - d - w, c.y() - d - h, w, h), // above left
        QRectF(c.x() + d, c.y() + d, w, h), // below right
        QRectF(c.x() - d - w, c.y() + d, w, h), // below left
    };
}

} // namespace

QList<Placed> place(const QList<Mark> &marks, const QRectF &area, const QList<QRectF> &fixed,
                    const QFontMetricsF &metrics)
{
    QList<QRectF> taken = fixed;
    for (const Mark &mark : marks)
        taken.append(QRectF(mark.centre.x() - mark.radius, mark.centre.y() - mark.radius,
                            2 * mark.radius, 2 * mark.radius));
    QList<Placed> placed;
    for (int i = 0; i < marks.size(); ++i) {
        const Mark &mark = marks.at(i);
        // Its own mark is no obstacle to its name.
        QList<QRectF> others = taken;
        others.removeAt(fixed.size() + i);
        Placed best;
        bool found = false;
        for (const QString &text : mark.texts) {
            const QSizeF size(metrics.horizontalAdvance(text) + 4, metrics.height());
            for (const QRectF &rect : around(mark.centre, mark.radius, size)) {
                if (!area.contains(rect))
                    continue;
                if (overlap(rect, others) == 0) {
                    best = {text, rect};
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
        // No room anywhere: no name rather than names over one another (hovering names it).
        if (!found)
            best = {};
        placed.append(best);
        if (found)
            taken.append(best.rect);
    }
    return placed;
}

} // namespace LabelPlacer
