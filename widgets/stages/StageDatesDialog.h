#pragma once

#include "Enums.h"
#include "UnsavedChanges.h"

#include <QDialog>

#include <functional>
#include <optional>

class DateEdit;
class Edits;
class QLabel;
class QPlainTextEdit;

// The move of a mission to its next stage, dated: the day it moved (today unless said otherwise:
// history is entered after the fact) and why, which is required when exit criteria of the stage
// left behind are unmet. Accepting it makes the move (one undoable step); a refusal is shown and
// the dialog stays open with what was typed.
class MoveStageDialog : public QDialog, public UnsavedChanges
{
    Q_OBJECT

public:
    MoveStageDialog(Edits &edits, const QString &missionId, Stage from, Stage to,
                    const QStringList &unmetCriteria, QWidget *parent = nullptr);

    DateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

    void accept() override;
    void reject() override;

private:
    QDialog *editorDialog() override { return this; }

    Edits &m_edits;
    QString m_missionId;
    Stage m_to;
    bool m_reasonRequired;
    DateEdit *m_date;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
};

// When each stage of a mission began, up to its current one: a mission entered after the fact
// (created at a later stage, or moved on without being recorded) gets its earlier stages dated,
// and its stage states and timeline follow. The first stage begins with the mission. Saving is
// one undoable step; a refusal (a day after today, days out of order) keeps the dialog open.
class StageDatesDialog : public QDialog, public UnsavedChanges
{
    Q_OBJECT

public:
    StageDatesDialog(Edits &edits, const QString &missionId, QWidget *parent = nullptr);

    // The field of `stage` (from the second stage to the current one), or null.
    DateEdit *dateEdit(Stage stage) const;

    void accept() override;
    void reject() override;

private:
    QDialog *editorDialog() override { return this; }

    Edits &m_edits;
    QString m_missionId;
    QList<DateEdit *> m_dates; // stage 2 onwards
    QLabel *m_problem;
};

// Asks for one day, `initial` proposed, in a small dialog titled `title`; nothing when cancelled.
// A day after today is refused in the dialog, and so is one that `use` (which acts on the day,
// a save for instance) refuses with its reason: the dialog stays open with what was typed.
std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &label,
                             const QDate &initial,
                             const std::function<QString(const QDate &)> &use = {});
