#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QComboBox>
#include <QHash>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSplitter;

namespace Form {

template<typename E> void fillCombo(QComboBox *combo)
{
    combo->clear();
    for (const E value : enumValues<E>())
        combo->addItem(enumLabel(value), enumCode(value));
}

template<typename E> E comboValue(const QComboBox *combo, E fallback)
{
    return enumFromCode<E>(combo->currentData().toString()).value_or(fallback);
}

template<typename E> void setComboValue(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(enumCode(value))));
}

// `split`'s panes in the proportions `parts` once it is first shown at its size (sizes set
// before then are spread by the panes' size hints), as far as each pane's minimum lets; the
// user's own line stays after that.
void shareOnFirstShow(QSplitter *split, const QList<int> &parts);

// A tab clicked with the mouse takes the keyboard with it, so that the page's own keys (Insert,
// Enter, Del on a list) work at once rather than going to whatever had focus before.
void focusPageOnClick(class QTabWidget *tabs);

// The problems of what is typed in `widgets` that no value can hold (a date that is not one),
// ahead of `errors`, which lose any other problem of those fields. Fields whose widget has the
// keyboard are left out unless `all`: a date half typed is not yet wrong.
FieldErrors withInputErrors(const FieldErrors &errors, const QHash<QString, QWidget *> &widgets,
                            bool all);

// Marks the widgets of the fields in `errors` (of those in `shown`) and lists their messages in
// `summary`; clears the marks of the others. `widgets` maps field names to their widgets; an
// error for a field without a widget is always listed, so that nothing is refused unsaid.
void showErrors(const FieldErrors &errors, const QHash<QString, QWidget *> &widgets,
                const QSet<QString> &shown, QLabel *summary);

// Styles `label` as a problem to fix: the one colour and weight of every such message.
void styleAsProblem(QLabel *label);
// A dialog's line for what is wrong ("errorLabel"), styled as a problem, hidden until it has one.
QLabel *problemLabel(QWidget *parent);
// A dialog's OK and Cancel buttons: OK named `okName` and reading `okText` (with its mnemonic),
// Cancel reading "&Cancel" whatever translations the system has; they accept and reject.
QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, const QString &okName);

// Brings forward every tab page that holds `widget`, so that a field with a problem is seen.
void reveal(QWidget *widget);

// A button at the end of `edit` that empties it, shown while it has text ("clearAction"). Drawn
// with the app's own icon: Qt's clear button asks the desktop's icon theme, which costs the
// window's first paint a few milliseconds and may have none.
void addClearButton(QLineEdit *edit);

} // namespace Form
