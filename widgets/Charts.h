#pragma once

#include <QColor>
#include <QList>
#include <QStringList>

class QCustomPlot;
class QWidget;

// Shared set-up for the QCustomPlot charts, so every chart reads the same way.
namespace Charts {
QCustomPlot *createPlot(QWidget *parent, const QString &objectName);
// A vertical bar chart with one bar per category, each in its own colour, values shown on top.
void setBars(QCustomPlot *plot, const QString &title, const QStringList &categories,
             const QList<int> &values, const QList<QColor> &colours, const QString &valueAxisLabel);
} // namespace Charts
