#pragma once

#include "ReportFigures.h"

#include <QDialog>

class DateEdit;
class QCheckBox;
class QLabel;

// What a report covers and holds, asked before it is written or printed: the reporting period
// (the mission's whole course to date unless changed) and whether the sensitive stakeholder
// fields go in (left out unless ticked, with a warning when they are).
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const QString &title, const ReportPeriod &period, bool canHoldSensitive,
                 QWidget *parent = nullptr);

    ReportPeriod period() const;
    bool includeSensitive() const;

    void accept() override;

private:
    void showSensitiveWarning();

    ReportPeriod m_whole;
    DateEdit *m_from;
    DateEdit *m_to;
    QCheckBox *m_sensitive = nullptr;
    QLabel *m_warning;
    QLabel *m_error;
};
