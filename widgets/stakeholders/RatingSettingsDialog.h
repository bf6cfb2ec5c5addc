#pragma once

#include <QDialog>

class Edits;
class QLabel;
class QSpinBox;

// The settings that travel with a database: where risk scores turn medium and high, and the
// achievement at which indicators turn amber and green. Saved as one undoable step.
class RatingSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RatingSettingsDialog(Edits &edits, QWidget *parent = nullptr);
    void accept() override;

private:
    Edits &m_edits;
    QSpinBox *m_medium;
    QSpinBox *m_high;
    QSpinBox *m_amber;
    QSpinBox *m_green;
    QLabel *m_error;
};
