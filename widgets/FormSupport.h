#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHash>

class QLabel;

// A date field that may be left empty: its lowest value shows as "Not set" and reads as a null
// QDate. Delete or Backspace on a fully selected date clears it.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    QDate value() const;
    void setValue(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

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

// A tab clicked with the mouse takes the keyboard with it, so that the page's own keys (Insert,
// Enter, Del on a list) work at once rather than going to whatever had focus before.
void focusPageOnClick(class QTabWidget *tabs);

// Marks the widgets of the fields in `errors` (of those in `shown`) and lists their messages in
// `summary`; clears the marks of the others. `widgets` maps field names to their widgets.
void showErrors(const FieldErrors &errors, const QHash<QString, QWidget *> &widgets,
                const QSet<QString> &shown, QLabel *summary);

} // namespace Form
