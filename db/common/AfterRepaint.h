#pragma once

#include <functional>

class QObject;

// Runs `work` on the thread of `context` once the events already waiting there have been handled,
// repaints included: Qt posts a window's repaint at low priority, after everything else waiting,
// so work merely queued would run before the window shows what it has just read. Nothing runs if
// `context` is destroyed first.
void afterRepaint(QObject *context, std::function<void()> work);
