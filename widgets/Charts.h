#pragma once

#include <QColor>
#include <QList>
#include <QStringList>

class QCustomPlot;
class QWidget;

// Shared set-up for the QCustomPlot charts, so every chart reads the same way.
namespace Charts {
QCustomPlot *createPlot(QWidget *parent, const QString &objectName);
// Empties the plot (graphs, bars, items, axis settings kept) and sets its title.
void reset(QCustomPlot *plot, const QString &title);
// Writes `text` across the middle of an empty chart ("Nothing recorded yet").
void showEmpty(QCustomPlot *plot, const QString &text);
// A bar chart with one bar per category, each in its own colour, its value written at its end.
// Horizontal bars suit long category names (stages); vertical ones suit short ones (bands).
void setBars(QCustomPlot *plot, const QString &title, const QStringList &categories,
             const QList<int> &values, const QList<QColor> &colours, const QString &valueAxisLabel,
             Qt::Orientation orientation = Qt::Vertical);
} // namespace Charts
