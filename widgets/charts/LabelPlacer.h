#pragma once

#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QStringList>

// Places the names of marks on a chart so that no two names, and no name and another mark or a
// fixed text (a quadrant's name, a legend), overlap: QCustomPlot places nothing for you. Each
// name tries the places around its mark (above, below, right, left, then the corners) with its
// longest text first, then shorter ones (a name cut short, initials); where none fits anywhere,
// the mark goes without a name rather than one drawn over another (a chart simplifies rather
// than overlaps). Marks are placed in the order given, so the ones that matter most come first.
namespace LabelPlacer {

struct Mark
{
    QPointF centre;
    qreal radius = 0;
    QStringList texts; // longest first
};

struct Placed
{
    QString text; // empty: no room for any of the texts
    QRectF rect;
};

// `area` is where names may go; `fixed` are rects no name may cover (the marks themselves are
// added as obstacles).
QList<Placed> place(const QList<Mark> &marks, const QRectF &area, const QList<QRectF> &fixed,
                    const QFontMetricsF &metrics);

} // namespace LabelPlacer
