#include "RatingSettingsDialog.h"
#include "Edits.h"
#include "Scales.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox *spin(QWidget *parent, const char *name, int low, int high, const QString &suffix = {})
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}
} // namespace

RatingSettingsDialog::RatingSettingsDialog(Edits &edits, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_medium(spin(this, "mediumFrom", 1, 25))
    , m_high(spin(this, "highFrom", 1, 25))
    , m_amber(spin(this, "amberFrom", Scales::RagThresholdMin, Scales::RagThresholdMax,
                   QStringLiteral(" %")))
    , m_green(spin(this, "greenFrom", Scales::RagThresholdMin, Scales::RagThresholdMax,
                   QStringLiteral(" %")))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ratingSettingsDialog"));
    setWindowTitle(tr("Risk Bands and RAG Thresholds"));
    const SettingsRepository settings(edits.database());
    m_medium->setValue(settings.riskBands().mediumFrom);
    m_high->setValue(settings.riskBands().highFrom);
    m_amber->setValue(settings.ragThresholds().amberFrom);
    m_green->setValue(settings.ragThresholds().greenFrom);

    auto *risks = new QGroupBox(tr("Risk rating bands (score = likelihood × impact, 1-25)"), this);
    auto *riskForm = new QFormLayout(risks);
    riskForm->addRow(tr("&Medium from score:"), m_medium);
    riskForm->addRow(tr("&High from score:"), m_high);
    auto *rag = new QGroupBox(tr("Indicator status (achievement against target)"), this);
    auto *ragForm = new QFormLayout(rag);
    ragForm->addRow(tr("&Amber from:"), m_amber);
    ragForm->addRow(tr("&Green from:"), m_green);
    auto *note = new QLabel(tr("These settings are kept in the database, so everyone who opens it "
                               "rates risks and indicators the same way."),
                            this);
    note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #A33C00; font-weight: bold;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(risks);
    layout->addWidget(rag);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void RatingSettingsDialog::accept()
{
    RiskBandLimits bands;
    bands.mediumFrom = m_medium->value();
    bands.highFrom = m_high->value();
    RagThresholds rag;
    rag.amberFrom = m_amber->value();
    rag.greenFrom = m_green->value();
    QString error;
    if (!m_edits.saveRatingSettings(bands, rag, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
