#pragma once

#include <QHash>
#include <QString>

class QDialog;
class QWidget;

// What an editor dialog mixes in so that nothing typed is lost without asking: Esc, Cancel and
// the title bar's close ask Save / Discard / Keep Editing when a field differs from what the
// dialog opened with, and just close when none does. The application asks the same of every
// open editor before it quits (settleAll).
class UnsavedChanges
{
public:
    virtual ~UnsavedChanges() = default;

    // True when a tracked field differs from what it held when the dialog was shown.
    bool hasUnsavedChanges() const;

    // Asks every open editor with changes, the topmost first, and closes them (saving those
    // the person chose to save). False, with the editors left open, when one is kept open or
    // does not save. `any` says whether there were editors open at all.
    static bool settleAll(bool *any = nullptr);

protected:
    // The fields whose values count, by name; remembered as they are when `remember` is called.
    void remember(const QHash<QString, QWidget *> &fields);
    bool remembered() const { return m_remembered; }
    // For reject(): true when the dialog may close now (nothing changed, or Discard); Save runs
    // the dialog's accept(), which closes it if the record saves.
    bool mayDiscard();

private:
    virtual QDialog *editorDialog() = 0;
    static QString state(const QWidget *widget);

    QHash<QString, QWidget *> m_fields;
    QHash<QString, QString> m_original;
    bool m_remembered = false;
};
