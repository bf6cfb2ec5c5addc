#include "ReportDialog.h"
#include "Clock.h"
#include "DateEdit.h"
#include "Dates.h"
#include "FormSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReportDialog::ReportDialog(const QString &title, const ReportPeriod &period, bool canHoldSensitive,
                           QWidget *parent)
    : QDialog(parent)
    , m_whole(period)
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_warning(new QLabel(this))
    , m_error(Form::problemLabel(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(title);
    m_from->setObjectName(QStringLiteral("reportFromEdit"));
    m_to->setObjectName(QStringLiteral("reportToEdit"));
    m_from->setValue(period.from);
    m_to->setValue(period.to);
    auto *whole = new QPushButton(tr("&Whole Course"), this);
    whole->setObjectName(QStringLiteral("wholePeriodButton"));
    whole->setToolTip(tr("From the first day on record to %1").arg(isoDate(period.to)));
    connect(whole, &QPushButton::clicked, this, [this] {
        m_from->setValue(m_whole.from);
        m_to->setValue(m_whole.to);
    });
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to->lineEdit());
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addWidget(whole);
    dates->addStretch();
    auto *form = new QFormLayout;
    auto *periodLabel = new QLabel(tr("Reporting &period:"), this);
    periodLabel->setBuddy(m_from->lineEdit());
    form->addRow(periodLabel, dates);

    auto *layout = new QVBoxLayout(this);
    // Grows with a message shown, never squeezing the text above it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    auto *explain = new QLabel(tr("The summary and the activities count what happened within the "
                                  "period; the indicators show where they stood at its end."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    if (canHoldSensitive) {
        m_sensitive = new QCheckBox(tr("&Include sensitive stakeholder fields"), this);
        m_sensitive->setObjectName(QStringLiteral("includeSensitiveCheck"));
        connect(m_sensitive, &QCheckBox::toggled, this, &ReportDialog::showSensitiveWarning);
        layout->addWidget(m_sensitive);
        auto *which = new QLabel(tr("Contact details, attitudes, power, interest, trust and "
                                    "protected names: left out unless ticked."),
                                 this);
        which->setWordWrap(true);
        layout->addWidget(which);
    }
    m_warning->setObjectName(QStringLiteral("sensitiveWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("Keep this report with people who may see these fields."));
    Form::styleAsProblem(m_warning);
    m_warning->hide();
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(Form::okCancel(this, tr("C&ontinue…"), QStringLiteral("writeReportButton")));
    setMinimumWidth(qMin(640, fontMetrics().averageCharWidth() * 80));
}

ReportPeriod ReportDialog::period() const
{
    return {m_from->value(), m_to->value()};
}

bool ReportDialog::includeSensitive() const
{
    return m_sensitive && m_sensitive->isChecked();
}

void ReportDialog::showSensitiveWarning()
{
    m_warning->setVisible(includeSensitive());
    adjustSize();
}

void ReportDialog::accept()
{
    QString problem;
    if (!m_from->problem().isEmpty())
        problem = tr("Start of the period: %1").arg(m_from->problem());
    else if (!m_to->problem().isEmpty())
        problem = tr("End of the period: %1").arg(m_to->problem());
    else if (!m_from->value().isValid() || !m_to->value().isValid())
        problem = tr("Enter both days of the period, or press Whole Course.");
    else if (m_to->value() > Clock::today())
        problem = tr("The period ends after today (%1): a report covers what has happened.")
                      .arg(isoDate(Clock::today()));
    else if (m_from->value() > m_to->value())
        problem = tr("The period ends (%1) before it starts (%2).")
                      .arg(isoDate(m_to->value()), isoDate(m_from->value()));
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    adjustSize();
    if (problem.isEmpty())
        QDialog::accept();
}
