#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QDialog;
class QMenuBar;
class QWidget;

// Help › User Guide and Help › Keyboard Shortcuts: a short guide in the language in use, and
// every key of the menus and the lists in one table.
namespace HelpDialogs {

// The guide as HTML, in the language in use (English when it has none of its own).
QString guideHtml();
// Menu path and what it does, with its keys: read from `bar` itself, so that it never goes
// out of date, then the keys of lists, editors and workshop mode.
QList<QPair<QString, QString>> shortcuts(const QMenuBar *bar);

// Non-modal windows, owned by `parent` and shown again (not made again) when asked twice.
QDialog *showGuide(QWidget *parent);
QDialog *showShortcuts(QWidget *parent, const QMenuBar *bar);

} // namespace HelpDialogs
