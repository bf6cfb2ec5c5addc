#pragma once

#include "Curriculum.h"

#include "EditorDialog.h"

class DateEdit;
class Edits;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

// Adds or edits one training need: statement, target group, priority, and the capacity gap it
// closes (current and target score on the 0-4 scale), and the findings it came from.
class NeedEditor : public EditorDialog
{
    Q_OBJECT

public:
    NeedEditor(Edits &edits, const Need &need, QWidget *parent = nullptr);
    Need value() const;
    void accept() override;

private:
    Edits &m_edits;
    Need m_need;
    QLineEdit *m_statement;
    QLineEdit *m_group;
    QComboBox *m_priority;
    QComboBox *m_dimension;
    QSpinBox *m_current;
    QSpinBox *m_target;
    DateEdit *m_notedOn;
    QListWidget *m_findings;
};
