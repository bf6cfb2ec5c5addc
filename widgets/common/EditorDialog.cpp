#include "EditorDialog.h"
#include "FormSupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QStyle>

EditorDialog::EditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_errors(Form::problemLabel(this))
{
}

QDialogButtonBox *EditorDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    // Named here rather than left to Qt's translations, which a system may lack, so that its
    // mnemonic is known in every language and clashes with no field's.
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+S saves, as in every desktop editor, from any field of the form.
    auto *save = new QAction(tr("Save"), this);
    save->setObjectName(QStringLiteral("saveShortcut"));
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Through the Save button, as a click would: taking the focus commits a table cell still
    // being typed in (a site's country) before the form is read.
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(save, &QAction::triggered, ok, [ok] {
        ok->setFocus(Qt::ShortcutFocusReason);
        ok->click();
    });
    addAction(save);
    buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(
            tr("Save the changes and close (Ctrl+S); Esc closes without saving, asking first"));
    return buttons;
}

void EditorDialog::reject()
{
    if (mayDiscard())
        QDialog::reject();
}

void EditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!remembered())
        remember(m_fields);
    fitHeight();
}

void EditorDialog::fitHeight()
{
    if (!layout())
        return;
    int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                               : layout()->totalSizeHint().height();
    // Never taller than the screen (the buttons would be out of reach on a 768-pixel laptop or
    // projector): where everything cannot have its preferred height, the form gets what it must
    // have, and its lists and notes give up room for a message.
    int room = QWIDGETSIZE_MAX;
    if (const QScreen *shown = screen()) {
        // Before the window manager has framed it, its title bar is guessed.
        const int frame = std::max(frameGeometry().height() - geometry().height(),
                                   style()->pixelMetric(QStyle::PM_TitleBarHeight));
        room = shown->availableGeometry().height() - frame;
        if (needed > room)
            needed = std::min(room, layout()->totalMinimumSize().height());
    }
    if (needed > height())
        resize(width(), needed);
    else if (height() > room) // sized before it knew its screen, or on a larger one
        resize(width(), std::max(room, layout()->totalMinimumSize().height()));
}

void EditorDialog::touch(const QString &field, const FieldErrors &errors)
{
    m_touched.insert(field);
    Form::showErrors(Form::withInputErrors(errors, m_fields, false), m_fields, m_touched, m_errors);
    fitHeight();
}

bool EditorDialog::checkAndSave(const FieldErrors &valueErrors,
                                const std::function<bool(QString *)> &save)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m_touched.insert(it.key());
    const FieldErrors errors = Form::withInputErrors(valueErrors, m_fields, true);
    if (!errors.isEmpty()) {
        Form::showErrors(errors, m_fields, m_touched, m_errors);
        fitHeight();
        // The first field with a problem takes the focus, so the fix starts where the eye is.
        for (const FieldError &error : errors) {
            if (QWidget *widget = m_fields.value(error.field)) {
                Form::reveal(widget);
                widget->setFocus();
                break;
            }
        }
        return false;
    }
    QString failure;
    if (!save(&failure)) {
        m_errors->setText(failure);
        m_errors->show();
        fitHeight();
        return false;
    }
    return true;
}
