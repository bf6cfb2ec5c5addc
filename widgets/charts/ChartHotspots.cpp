#include "ChartHotspots.h"

#include <QToolTip>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace {
constexpr double s_pointRadius = 10; // pixels
constexpr double s_bandHalfWidth = 0.45;
} // namespace

ChartHotspots::ChartHotspots(QCustomPlot *plot)
    : QObject(plot)
    , m_plot(plot)
{
    setObjectName(QStringLiteral("chartHotspots"));
    plot->setMouseTracking(true);
    connect(plot, &QCustomPlot::mouseMove, this, &ChartHotspots::hover);
    connect(plot, &QCustomPlot::mousePress, this, &ChartHotspots::press);
}

ChartHotspots *ChartHotspots::of(QCustomPlot *plot)
{
    if (auto *existing = plot->findChild<ChartHotspots *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ChartHotspots(plot);
}

void ChartHotspots::clear()
{
    m_spots.clear();
}

void ChartHotspots::addArea(double x1, double x2, double y1, double y2, const QString &tip,
                            Action action)
{
    m_spots.append({false, std::min(x1, x2), std::max(x1, x2), std::min(y1, y2), std::max(y1, y2),
                    tip, std::move(action)});
}

void ChartHotspots::addCategory(int key, Qt::Orientation orientation, const QString &tip,
                                Action action)
{
    constexpr double all = std::numeric_limits<double>::max();
    if (orientation == Qt::Horizontal)
        addArea(-all, all, key - s_bandHalfWidth, key + s_bandHalfWidth, tip, std::move(action));
    else
        addArea(key - s_bandHalfWidth, key + s_bandHalfWidth, -all, all, tip, std::move(action));
}

void ChartHotspots::addPoint(double x, double y, const QString &tip, Action action)
{
    m_spots.append({true, x, x, y, y, tip, std::move(action)});
}

int ChartHotspots::indexAt(const QPointF &pixel) const
{
    if (!m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return -1;
    const double x = m_plot->xAxis->pixelToCoord(pixel.x());
    const double y = m_plot->yAxis->pixelToCoord(pixel.y());
    // Points first, nearest first: they sit on top of areas.
    int nearest = -1;
    double best = s_pointRadius;
    for (int i = 0; i < m_spots.size(); ++i) {
        const Spot &s = m_spots.at(i);
        if (!s.point)
            continue;
        const double distance = std::hypot(m_plot->xAxis->coordToPixel(s.x1) - pixel.x(),
                                           m_plot->yAxis->coordToPixel(s.y1) - pixel.y());
        if (distance <= best) {
            best = distance;
            nearest = i;
        }
    }
    if (nearest >= 0)
        return nearest;
    for (int i = 0; i < m_spots.size(); ++i) {
        const Spot &s = m_spots.at(i);
        if (!s.point && x >= s.x1 && x <= s.x2 && y >= s.y1 && y <= s.y2)
            return i;
    }
    return -1;
}

QString ChartHotspots::tip(int index) const
{
    return index >= 0 && index < m_spots.size() ? m_spots.at(index).tip : QString();
}

bool ChartHotspots::hasAction(int index) const
{
    return index >= 0 && index < m_spots.size() && m_spots.at(index).action;
}

void ChartHotspots::activate(int index) const
{
    if (hasAction(index)) {
        const Action action = m_spots.at(index).action; // it may redraw the chart
        action();
    }
}

QPointF ChartHotspots::centre(int index) const
{
    const Spot &s = m_spots.at(index);
    // The middle of the part of the hotspot inside the axes' present ranges.
    const auto middle = [](double low, double high, const QCPAxis *axis) {
        const QCPRange range = axis->range();
        return axis->coordToPixel((std::max(low, range.lower) + std::min(high, range.upper)) / 2);
    };
    return {middle(s.x1, s.x2, m_plot->xAxis), middle(s.y1, s.y2, m_plot->yAxis)};
}

void ChartHotspots::hover(QMouseEvent *event)
{
    const int index = indexAt(event->position());
    m_plot->setCursor(hasAction(index) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (index < 0 || m_spots.at(index).tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), m_spots.at(index).tip, m_plot);
}

void ChartHotspots::press(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        activate(indexAt(event->position()));
}
