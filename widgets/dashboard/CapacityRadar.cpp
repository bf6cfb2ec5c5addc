#include "CapacityRadar.h"
#include "ChartHotspots.h"
#include "Charts.h"
#include "LabelFitter.h"
#include "Palette.h"
#include "Scales.h"

#include <qcustomplot.h>

#include <cmath>
#include <numbers>

void CapacityRadar::draw(QCustomPlot *p, const MissionDashboard &data,
                         const std::function<void(const RecordLink &)> &open)
{
    Charts::reset(p, tr("Capacity on the 0-4 scale: baseline, current and target"));
    const int n = static_cast<int>(data.capacity.size());
    const auto point = [n](int axis, double value) {
        const double angle = std::numbers::pi / 2 - 2 * std::numbers::pi * axis / n;
        return QPointF(value * std::cos(angle), value * std::sin(angle));
    };
    // The web: rings at 1-4 and one spoke per dimension, labelled.
    for (int ring = Scales::CapacityMin + 1; ring <= Scales::CapacityMax; ++ring) {
        auto *web = new QCPCurve(p->xAxis, p->yAxis);
        web->setPen(QPen(QColor(0xCC, 0xCC, 0xCC)));
        for (int axis = 0; axis <= n; ++axis) {
            const QPointF at = point(axis % n, ring);
            web->addData(axis, at.x(), at.y());
        }
        web->removeFromLegend();
    }
    for (int axis = 0; axis < n; ++axis) {
        auto *spoke = new QCPItemLine(p);
        spoke->start->setCoords(0, 0);
        const QPointF end = point(axis, Scales::CapacityMax);
        spoke->end->setCoords(end.x(), end.y());
        spoke->setPen(QPen(QColor(0xCC, 0xCC, 0xCC)));
        // Each label reads outward from its spoke's end, so neighbours at the bottom or the
        // sides never run into each other, whatever the type size.
        auto *label = new QCPItemText(p);
        label->setClipToAxisRect(false);
        const QPointF at = point(axis, 4.3);
        label->position->setCoords(at.x(), at.y());
        const double side = at.x();
        Qt::Alignment align = side > 0.3 ? Qt::AlignLeft
            : side < -0.3                ? Qt::AlignRight
                                         : Qt::AlignHCenter;
        align |= std::abs(side) > 0.3 ? Qt::AlignVCenter
            : at.y() > 0              ? Qt::AlignBottom
                                      : Qt::AlignTop;
        label->setPositionAlignment(align);
        label->setText(enumLabel(data.capacity.at(axis).dimension));
        label->setProperty("dimension", label->text()); // whole, before fit() breaks it
    }
    const auto polygon = [&](const QString &name, const QColor &colour, Qt::PenStyle style,
                             auto value) {
        auto *curve = new QCPCurve(p->xAxis, p->yAxis);
        curve->setName(name);
        curve->setPen(QPen(colour, 2.5, style));
        curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, 7));
        int k = 0;
        for (int axis = 0; axis <= n; ++axis) {
            const int v = value(data.capacity.at(axis % n));
            if (v < 0)
                continue;
            const QPointF at = point(axis % n, v);
            curve->addData(k++, at.x(), at.y());
        }
        return curve;
    };
    polygon(tr("Baseline"), Palette::Grey, Qt::DashLine,
            [](const CapacityProfileEntry &e) { return e.baseline; });
    polygon(tr("Current"), Palette::Blue, Qt::SolidLine,
            [](const CapacityProfileEntry &e) { return e.current; });
    polygon(tr("Target"), Palette::BluishGreen, Qt::DotLine,
            [](const CapacityProfileEntry &e) { return e.target; });
    for (int axis = 0; axis < n; ++axis) {
        const CapacityProfileEntry &e = data.capacity.at(axis);
        const auto score = [](int v) { return v < 0 ? tr("not assessed") : QString::number(v); };
        const QString tip =
            tr("%1\nBaseline %2, current %3, target %4 (0-4)\nClick to open the capacity "
               "assessment.")
                .arg(enumLabel(e.dimension), score(e.baseline), score(e.current), score(e.target));
        const QPointF at = point(axis, std::max(0, e.current));
        ChartHotspots::of(p)->addPoint(at.x(), at.y(), tip, [open, missionId = data.missionId] {
            open({RecordLink::Kind::Capacity, missionId, {}, Stage::Orientation});
        });
    }
    p->xAxis->setVisible(false);
    p->yAxis->setVisible(false);
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->legend->setVisible(true);
    fit(p);
}

void CapacityRadar::fit(QCustomPlot *p)
{
    LabelFitter::settle(p); // lays the axis rect out for the present size, fitted
    // As large as the dimensions' names, read whole outward from their spokes, leave room for
    // within the frame; square, whatever the widget's shape, so that the web stays round.
    const QRectF frame = p->axisRect()->rect();
    const double halfWidth = frame.width() / 2 - 4;
    const double halfHeight = frame.height() / 2 - 4;
    double perUnit = std::min(halfWidth, halfHeight) / 5.4; // pixels for one step of the scale
    for (int i = 0; i < p->itemCount(); ++i) {
        auto *label = qobject_cast<QCPItemText *>(p->item(i));
        if (!label || !label->property("dimension").isValid())
            continue;
        // A long name beside the web in lines of at most three fifths of its side; above or
        // below it, in one line as wide as the chart, which takes the least of its height.
        const QFontMetricsF metrics(label->font());
        const Qt::Alignment align = label->positionAlignment();
        label->setText(
            LabelFitter::wrapped(label->property("dimension").toString(), metrics,
                                 align & Qt::AlignHCenter ? 2 * halfWidth : 0.6 * halfWidth));
        const QSizeF size = metrics.boundingRect(QRectF(), Qt::TextDontClip, label->text()).size();
        const QPointF at = label->position->coords(); // where it stands, in steps of the scale
        const double across = align & Qt::AlignHCenter ? size.width() / 2 : size.width();
        const double down = align & Qt::AlignVCenter ? size.height() / 2 : size.height();
        if (std::abs(at.x()) > 0.01)
            perUnit = std::min(perUnit, (halfWidth - across) / std::abs(at.x()));
        if (std::abs(at.y()) > 0.01)
            perUnit = std::min(perUnit, (halfHeight - down) / std::abs(at.y()));
    }
    perUnit = std::max(perUnit, 8.0); // a web to see, even if some names must go
    p->xAxis->setRange(-frame.width() / 2 / perUnit, frame.width() / 2 / perUnit);
    p->yAxis->setRange(-frame.height() / 2 / perUnit, frame.height() / 2 / perUnit);
    LabelFitter::settle(p);
}
