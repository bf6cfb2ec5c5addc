#include "FormSupport.h"
#include "DateEdit.h"
#include "Palette.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

#include <numeric>

void Form::focusPageOnClick(QTabWidget *tabs)
{
    QObject::connect(tabs, &QTabWidget::tabBarClicked, tabs, [tabs](int index) {
        QTimer::singleShot(0, tabs, [tabs, index] {
            if (QWidget *page = tabs->widget(index); page && page->isVisible())
                page->setFocus(Qt::MouseFocusReason);
        });
    });
}

FieldErrors Form::withInputErrors(const FieldErrors &errors,
                                  const QHash<QString, QWidget *> &widgets, bool all)
{
    FieldErrors result;
    QSet<QString> fields;
    for (auto it = widgets.cbegin(); it != widgets.cend(); ++it) {
        const auto *date = qobject_cast<const DateEdit *>(it.value());
        if (!date || (!all && date->hasFocus()))
            continue;
        if (const QString problem = date->problem(); !problem.isEmpty()) {
            result.append({it.key(), problem});
            fields.insert(it.key());
        }
    }
    for (const FieldError &error : errors) {
        if (!fields.contains(error.field))
            result.append(error);
    }
    return result;
}

void Form::showErrors(const FieldErrors &errors, const QHash<QString, QWidget *> &widgets,
                      const QSet<QString> &shown, QLabel *summary)
{
    QHash<QString, QString> byField;
    QStringList messages;
    for (const FieldError &error : errors) {
        if (!shown.contains(error.field) && widgets.contains(error.field))
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

void Form::styleAsProblem(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #A33C00; font-weight: bold;"));
}

QLabel *Form::problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    styleAsProblem(label);
    label->hide();
    return label;
}

QDialogButtonBox *Form::okCancel(QDialog *dialog, const QString &okText, const QString &okName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(okName);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)
        ->setText(QCoreApplication::translate("Form", "&Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void Form::reveal(QWidget *widget)
{
    for (QWidget *child = widget; child && child->parentWidget(); child = child->parentWidget()) {
        // A tab widget's pages sit in its stacked widget; the page is the child of that stack.
        if (auto *tabs = qobject_cast<QTabWidget *>(child->parentWidget()->parentWidget())) {
            const int index = tabs->indexOf(child);
            if (index >= 0)
                tabs->setCurrentIndex(index);
        }
    }
}

namespace {

// Watches a splitter until it is first shown, then shares its height (or width) out.
class FirstShare : public QObject
{
public:
    FirstShare(QSplitter *split, const QList<int> &parts)
        : QObject(split)
        , m_parts(parts)
    {
        split->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *split = static_cast<QSplitter *>(watched);
            split->removeEventFilter(this);
            QTimer::singleShot(0, split, [split, parts = m_parts] { // laid out by then
                const int whole =
                    split->orientation() == Qt::Vertical ? split->height() : split->width();
                const int total = std::max(1, std::accumulate(parts.cbegin(), parts.cend(), 0));
                QList<int> sizes;
                for (const int part : parts)
                    sizes.append(whole * part / total);
                split->setSizes(sizes);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QList<int> m_parts;
};

} // namespace

void Form::shareOnFirstShow(QSplitter *split, const QList<int> &parts)
{
    for (int i = 0; i < parts.size(); ++i)
        split->setStretchFactor(i, parts.at(i));
    new FirstShare(split, parts);
}

void Form::addClearButton(QLineEdit *edit)
{
    auto *clear = new QAction(QIcon(QStringLiteral(":/icons/clear.svg")),
                              QCoreApplication::translate("Form", "Clear"), edit);
    clear->setObjectName(QStringLiteral("clearAction"));
    const auto update = [edit, clear] {
        clear->setVisible(!edit->text().isEmpty() && !edit->isReadOnly());
    };
    // Added, then hidden: Qt 6.4 shows the button of an action added hidden until it changes.
    edit->addAction(clear, QLineEdit::TrailingPosition);
    update();
    QObject::connect(clear, &QAction::triggered, edit, [edit] {
        if (edit->isReadOnly())
            return;
        // As the user's own edit, as Qt's clear button does: what follows edits sees it.
        edit->clear();
        Q_EMIT edit->textEdited(QString());
        edit->setFocus(Qt::OtherFocusReason);
    });
    QObject::connect(edit, &QLineEdit::textChanged, clear, update);
}
