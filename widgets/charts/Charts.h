#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QSharedPointer>
#include <QSize>
#include <QStringList>

class QCPAxisTickerText;
class QCustomPlot;
class QWidget;

// Shared set-up for the QCustomPlot charts, so every chart reads the same way.
namespace Charts {
QCustomPlot *createPlot(QWidget *parent, const QString &objectName);
enum class ImageFormat { Png, Pdf };
// Saves the chart as it is drawn, at `size` (pixels for PNG, points for PDF), written whole or
// not at all. False, with a message in `error`, when the file cannot be written.
bool saveChart(QCustomPlot *plot, const QString &path, ImageFormat format, const QSize &size,
               QString *error = nullptr);
// Asks for the format, size and file, then saves (the charts' context menu uses it).
void saveChartWithDialog(QCustomPlot *plot, QWidget *parent);
// Empties the plot (graphs, bars, items, axis settings kept) and sets its title.
void reset(QCustomPlot *plot, const QString &title);
// Date ticks on the first of a month ("Mar 2026"), every 1, 2, 3, 6, 12 or 24 months, as few
// as keep them to `maxTicks` between `from` and `to`: a chart with little room gets fewer.
QSharedPointer<QCPAxisTickerText> monthTicks(const QDate &from, const QDate &to, int maxTicks);
// Writes `text` across the middle of an empty chart ("Nothing recorded yet").
void showEmpty(QCustomPlot *plot, const QString &text);
// A chart with nothing to draw: its title, no axes, and `text` across the middle.
void setNothing(QCustomPlot *plot, const QString &title, const QString &text);
// A bar chart with one bar per category, each in its own colour, its value written at its end.
// Horizontal bars suit long category names (stages); vertical ones suit short ones (bands).
void setBars(QCustomPlot *plot, const QString &title, const QStringList &categories,
             const QList<int> &values, const QList<QColor> &colours, const QString &valueAxisLabel,
             Qt::Orientation orientation = Qt::Vertical);
// Restyles a drawn chart for a projector: type `scale` times the desk size, thick lines, large
// markers, and black on white or white on black. Call it again after each redraw.
void applyProjectorStyle(QCustomPlot *plot, double scale, bool dark);
} // namespace Charts
