#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>

class QCustomPlot;
class QMouseEvent;

// The parts of a chart that answer the mouse: hovering one shows its tooltip, clicking it runs its
// action (opening the record behind a bar, listing the risks of a heat-map cell). Each chart owns
// one set, emptied by Charts::reset before the chart is drawn again.
class ChartHotspots : public QObject
{
    Q_OBJECT

public:
    using Action = std::function<void()>;

    // The plot's hotspots, created on first use.
    static ChartHotspots *of(QCustomPlot *plot);

    void clear();
    // A rectangle in the plot's coordinates.
    void addArea(double x1, double x2, double y1, double y2, const QString &tip,
                 Action action = {});
    // The band of a category in a bar chart (keys 1, 2, ...), across the whole value axis.
    void addCategory(int key, Qt::Orientation orientation, const QString &tip, Action action = {});
    // A data point, answering within a few pixels of it.
    void addPoint(double x, double y, const QString &tip, Action action = {});

    int count() const { return static_cast<int>(m_spots.size()); }
    // The hotspot under a pixel of the plot, or -1.
    int indexAt(const QPointF &pixel) const;
    QString tip(int index) const;
    bool hasAction(int index) const;
    // Runs the hotspot's action, as a click on it does.
    void activate(int index) const;
    // The centre of a hotspot in the plot's pixels (for tests and keyboard use).
    QPointF centre(int index) const;

private:
    explicit ChartHotspots(QCustomPlot *plot);
    void hover(QMouseEvent *event);
    void press(QMouseEvent *event);

    struct Spot
    {
        bool point = false;
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        QString tip;
        Action action;
    };
    QCustomPlot *m_plot;
    QList<Spot> m_spots;
};
