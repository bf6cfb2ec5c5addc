#pragma once

#include "Curriculum.h"

#include "EditorDialog.h"

class Edits;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Adds or edits one module of the customised curriculum.
class ModuleEditor : public EditorDialog
{
    Q_OBJECT

public:
    ModuleEditor(Edits &edits, const TrainingModule &module, QWidget *parent = nullptr);
    TrainingModule value() const;
    void accept() override;

private:
    Edits &m_edits;
    TrainingModule m_module;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QLineEdit *m_topic;
    QComboBox *m_level;
    QDoubleSpinBox *m_hours;
    QLineEdit *m_group;
    QPlainTextEdit *m_objectives;
};
