#include "RatingSettingsDialog.h"
#include "Edits.h"
#include "Scales.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
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
    : EditorDialog(parent)
    , m_edits(edits)
    , m_medium(spin(this, "mediumFrom", 1, 25))
    , m_high(spin(this, "highFrom", 1, 25))
    , m_amber(spin(this, "amberFrom", Scales::RagThresholdMin, Scales::RagThresholdMax,
                   QStringLiteral(" %")))
    , m_green(spin(this, "greenFrom", Scales::RagThresholdMin, Scales::RagThresholdMax,
                   QStringLiteral(" %")))
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
    setFields({{QStringLiteral("mediumFrom"), m_medium},
               {QStringLiteral("highFrom"), m_high},
               {QStringLiteral("amberFrom"), m_amber},
               {QStringLiteral("greenFrom"), m_green}});
    // The two limits of a scale are judged together: either one moved can put them out of order.
    for (const auto &[low, high] : {std::pair {m_medium, m_high}, std::pair {m_amber, m_green}}) {
        const auto changed = [this, low, high] {
            touch(low->objectName(), problems());
            touch(high->objectName(), problems());
        };
        connect(low, &QSpinBox::valueChanged, this, changed);
        connect(high, &QSpinBox::valueChanged, this, changed);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(risks);
    layout->addWidget(rag);
    layout->addWidget(note);
    layout->addWidget(errorLabel());
    layout->addWidget(createButtons());
}

RiskBandLimits RatingSettingsDialog::bands() const
{
    RiskBandLimits bands;
    bands.mediumFrom = m_medium->value();
    bands.highFrom = m_high->value();
    return bands;
}

RagThresholds RatingSettingsDialog::thresholds() const
{
    RagThresholds rag;
    rag.amberFrom = m_amber->value();
    rag.greenFrom = m_green->value();
    return rag;
}

FieldErrors RatingSettingsDialog::problems() const
{
    return SettingsRepository::validate(bands()) + SettingsRepository::validate(thresholds());
}

void RatingSettingsDialog::accept()
{
    const RiskBandLimits b = bands();
    const RagThresholds r = thresholds();
    if (checkAndSave(problems(), [this, b, r](QString *failure) {
            return m_edits.saveRatingSettings(b, r, failure);
        }))
        QDialog::accept();
}
