#pragma once

#include <QString>

class QCustomPlot;
class QCPItemText;
class QRectF;
class QFontMetricsF;

// Keeps a chart's words from running into each other at any size and type (a workshop's wall at
// up to three times the desk's type): once the plot knows its size, a title wider than
// the chart is broken into lines; a numbered axis gets fewer ticks; a named axis first shortens
// its labels to their first line ("1" for "1\nInsignificant"), then names every other tick; a text
// drawn on the chart (a bar's value, a note) is broken into lines that stay within the chart,
// and a line still too long is shortened with an ellipsis; a legend goes below the chart, where
// it covers nothing. A chart simplifies rather than overlaps. What the chart set is restored
// whenever there is room again, and a chart that draws itself anew is fitted anew.
namespace LabelFitter {

// Fits `plot` from now on, at every layout; calling it again changes nothing.
void keepApart(QCustomPlot *plot);

// `text` broken at spaces into lines no wider than `width`; a word wider than that stays whole.
QString wrapped(const QString &text, const QFontMetricsF &metrics, double width);

// Lays `plot` out and draws it at once (at its viewport's size, which a report or a saved
// image sets) until the fitting changes nothing more: before the plot is measured or rendered.
void settle(QCustomPlot *plot);

// Where `text` draws itself, in the plot's pixels, padding included (as QCPItemText lays it out).
QRectF boxOf(const QCPItemText *text);

} // namespace LabelFitter
