#pragma once

#include <functional>

class QWidget;

// Runs `work` once `widget` has been painted and the window shows it (the next paint from now;
// nothing runs if the widget goes first). For work the first paint need not wait for: a window
// shown and filled at once is painted when the window system first exposes it, after every event
// posted meanwhile, so posting alone (afterRepaint) would still run first.
void afterNextPaint(QWidget *widget, std::function<void()> work);
