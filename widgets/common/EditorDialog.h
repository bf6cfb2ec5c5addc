#pragma once

#include "UnsavedChanges.h"
#include "Validation.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>

class QDialogButtonBox;
class QLabel;

// The shape the record editors share: a message saying what to fix, Save and Cancel, fields that
// are marked once touched, and an accept that checks, saves through Edits in one undoable step,
// and stays open, losing nothing, when either refuses.
class EditorDialog : public QDialog, public UnsavedChanges
{
    Q_OBJECT

public:
    explicit EditorDialog(QWidget *parent = nullptr);
    // Esc, Cancel or the title bar's close with unsaved changes asks first.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    QLabel *errorLabel() const { return m_errors; }
    // Save and Cancel, wired; the Save button is named "saveButton".
    QDialogButtonBox *createButtons();
    // Field name -> widget, for marking the fields that have a problem.
    void setFields(const QHash<QString, QWidget *> &fields) { m_fields = fields; }
    // Marks `field` as touched and shows the problems of the touched fields.
    void touch(const QString &field, const FieldErrors &errors);
    // Shows every problem of `errors`, or runs `save` and shows its failure. True when saved.
    bool checkAndSave(const FieldErrors &errors, const std::function<bool(QString *)> &save);
    // Grows the dialog to the height its wrapped texts need at its width (a message that
    // appeared, a long note), so that no line is cut off.
    void fitHeight();

private:
    QDialog *editorDialog() override { return this; }

    QLabel *m_errors;
    QHash<QString, QWidget *> m_fields;
    QSet<QString> m_touched;
};
