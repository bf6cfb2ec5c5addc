#include "UnsavedChanges.h"
#include "DateEdit.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {

enum class Answer { Save, Discard, KeepEditing };

Answer ask(QDialog *dialog)
{
    QMessageBox box(QMessageBox::Warning, dialog->windowTitle(),
                    QApplication::translate("UnsavedChanges", "Save your changes to this record?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, dialog);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(QApplication::translate(
        "UnsavedChanges", "Discard drops what you typed since the editor opened."));
    box.button(QMessageBox::Save)->setText(QApplication::translate("UnsavedChanges", "&Save"));
    box.button(QMessageBox::Discard)
        ->setText(QApplication::translate("UnsavedChanges", "&Discard"));
    box.button(QMessageBox::Cancel)
        ->setText(QApplication::translate("UnsavedChanges", "&Keep Editing"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::KeepEditing;
    }
}

} // namespace

QString UnsavedChanges::state(const QWidget *widget)
{
    if (const auto *date = qobject_cast<const DateEdit *>(widget))
        return date->text().trimmed();
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return text->toPlainText();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return spin->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return QString::number(combo->currentIndex()) + u'\n' + combo->currentText();
    if (const auto *box = qobject_cast<const QCheckBox *>(widget))
        return QString::number(box->checkState());
    if (const auto *list = qobject_cast<const QListWidget *>(widget)) {
        QString ticks;
        for (int i = 0; i < list->count(); ++i)
            ticks += list->item(i)->checkState() == Qt::Checked ? u'1' : u'0';
        return ticks;
    }
    return {};
}

void UnsavedChanges::remember(const QHash<QString, QWidget *> &fields)
{
    m_fields = fields;
    m_original.clear();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        m_original.insert(it.key(), state(it.value()));
    m_remembered = true;
}

bool UnsavedChanges::hasUnsavedChanges() const
{
    if (!m_remembered)
        return false;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (state(it.value()) != m_original.value(it.key()))
            return true;
    }
    return false;
}

bool UnsavedChanges::mayDiscard()
{
    if (!hasUnsavedChanges())
        return true;
    QDialog *dialog = editorDialog();
    switch (ask(dialog)) {
    case Answer::Save:
        dialog->accept(); // closes the dialog when the record saves; shows why when it does not
        return false;
    case Answer::Discard:
        return true;
    case Answer::KeepEditing:
        return false;
    }
    return false;
}

bool UnsavedChanges::settleAll(bool *any)
{
    QList<QDialog *> open;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QDialog *>(widget);
        if (dialog && dialog->isVisible() && dynamic_cast<UnsavedChanges *>(dialog))
            open.append(dialog);
    }
    if (any)
        *any = !open.isEmpty();
    // The topmost first: an editor opened from another (its child) closes before it.
    const auto depth = [](const QWidget *w) {
        int d = 0;
        for (; w; w = w->parentWidget())
            ++d;
        return d;
    };
    std::stable_sort(open.begin(), open.end(),
                     [&depth](QDialog *a, QDialog *b) { return depth(a) > depth(b); });
    for (QDialog *dialog : std::as_const(open)) {
        auto *editor = dynamic_cast<UnsavedChanges *>(dialog);
        if (!dialog->isVisible())
            continue;
        if (!editor->hasUnsavedChanges()) {
            dialog->done(QDialog::Rejected);
            continue;
        }
        dialog->raise();
        dialog->activateWindow();
        switch (ask(dialog)) {
        case Answer::Save:
            dialog->accept();
            if (dialog->isVisible())
                return false; // refused: its message says why
            break;
        case Answer::Discard:
            dialog->done(QDialog::Rejected);
            break;
        case Answer::KeepEditing:
            return false;
        }
    }
    return true;
}
