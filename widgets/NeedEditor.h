#pragma once

#include "Curriculum.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class Edits;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds or edits one training need: statement, target group, priority, and the capacity gap it
// closes (current and target score on the 0-4 scale).
class NeedEditor : public QDialog
{
    Q_OBJECT

public:
    NeedEditor(Edits &edits, const Need &need, QWidget *parent = nullptr);
    Need value() const;
    void accept() override;

private:
    void revalidate();

    Edits &m_edits;
    Need m_need;
    QLineEdit *m_statement;
    QLineEdit *m_group;
    QComboBox *m_priority;
    QComboBox *m_dimension;
    QSpinBox *m_current;
    QSpinBox *m_target;
    QLabel *m_errors;
    QHash<QString, QWidget *> m_fields;
    QSet<QString> m_touched;
};
