#pragma once

#include "Engagement.h"

#include "EditorDialog.h"

class Edits;
class QCheckBox;
class QComboBox;
class DateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Logs or edits one contact with a stakeholder: when, how, why, what came of it, and what
// should follow by when.
class EngagementEditor : public EditorDialog
{
    Q_OBJECT

public:
    // `missions` lists the missions the engagement may belong to: id and label.
    EngagementEditor(Edits &edits, const Engagement &engagement,
                     const QList<QPair<QString, QString>> &missions, QWidget *parent = nullptr);

    Engagement value() const;
    void accept() override;

private:
    Edits &m_edits;
    Engagement m_engagement;
    DateEdit *m_date;
    QComboBox *m_type;
    QComboBox *m_mission;
    QLineEdit *m_purpose;
    QPlainTextEdit *m_outcome;
    DateEdit *m_followUp;
    QCheckBox *m_done;
};
