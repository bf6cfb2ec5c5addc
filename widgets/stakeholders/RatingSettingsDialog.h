#pragma once

#include "EditorDialog.h"

class Edits;
class QSpinBox;
struct RagThresholds;
struct RiskBandLimits;

// The settings that travel with a database: where risk scores turn medium and high, and the
// achievement at which indicators turn amber and green. Saved as one undoable step.
class RatingSettingsDialog : public EditorDialog
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

    RiskBandLimits bands() const;
    RagThresholds thresholds() const;
    FieldErrors problems() const;
};
