#include "FormSupport.h"
#include "Clock.h"
#include "Palette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>

namespace {
const QDate s_notSet(Limits::MinYear - 1, 12, 31);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    setDateRange(s_notSet, QDate(Limits::MaxYear, 12, 31));
    setSpecialValueText(tr("Not set"));
    setDate(s_notSet);
}

QDate OptionalDateEdit::value() const
{
    return date() == s_notSet ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate &value)
{
    setDate(value.isValid() ? value : s_notSet);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool clearing = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (clearing && (lineEdit()->selectedText() == lineEdit()->text() || value().isNull())) {
        setValue({});
        return;
    }
    // Typing into an empty date starts from today rather than from the "not set" placeholder.
    if (value().isNull() && !event->text().isEmpty() && event->text().at(0).isDigit())
        setDate(Clock::today());
    QDateEdit::keyPressEvent(event);
}

void Form::focusPageOnClick(QTabWidget *tabs)
{
    QObject::connect(tabs, &QTabWidget::tabBarClicked, tabs, [tabs](int index) {
        QTimer::singleShot(0, tabs, [tabs, index] {
            if (QWidget *page = tabs->widget(index); page && page->isVisible())
                page->setFocus(Qt::MouseFocusReason);
        });
    });
}

void Form::showErrors(const FieldErrors &errors, const QHash<QString, QWidget *> &widgets,
                      const QSet<QString> &shown, QLabel *summary)
{
    QHash<QString, QString> byField;
    QStringList messages;
    for (const FieldError &error : errors) {
        if (!shown.contains(error.field))
            continue;
        byField[error.field] +=
            (byField.contains(error.field) ? QStringLiteral("\n") : QString()) + error.message;
        messages.append(error.message);
    }
    for (auto it = widgets.cbegin(); it != widgets.cend(); ++it) {
        QWidget *widget = it.value();
        const bool invalid = byField.contains(it.key());
        QPalette palette =
            widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
        if (invalid)
            palette.setColor(QPalette::Base, QColor(0xFD, 0xE4, 0xD8));
        widget->setPalette(palette);
        widget->setToolTip(byField.value(it.key()));
        widget->setProperty("invalid", invalid);
        widget->setAccessibleDescription(byField.value(it.key()));
    }
    summary->setText(messages.join(QStringLiteral("\n")));
    summary->setVisible(!messages.isEmpty());
}
