#include "EngagementEditor.h"
#include "Clock.h"
#include "DateEdit.h"
#include "Edits.h"
#include "FormSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

EngagementEditor::EngagementEditor(Edits &edits, const Engagement &engagement,
                                   const QList<QPair<QString, QString>> &missions, QWidget *parent)
    : EditorDialog(parent)
    , m_edits(edits)
    , m_engagement(engagement)
    , m_date(new DateEdit(this))
    , m_type(new QComboBox(this))
    , m_mission(new QComboBox(this))
    , m_purpose(new QLineEdit(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_followUp(new DateEdit(this))
    , m_done(new QCheckBox(tr("Follow-up &done"), this))
{
    setObjectName(QStringLiteral("engagementEditor"));
    setWindowTitle(engagement.meta.id.isEmpty() ? tr("Log Engagement") : tr("Edit Engagement"));
    m_date->setObjectName(QStringLiteral("engagementDateEdit"));
    m_type->setObjectName(QStringLiteral("engagementTypeCombo"));
    m_mission->setObjectName(QStringLiteral("engagementMissionCombo"));
    m_purpose->setObjectName(QStringLiteral("engagementPurposeEdit"));
    m_outcome->setObjectName(QStringLiteral("engagementOutcomeEdit"));
    m_followUp->setObjectName(QStringLiteral("engagementFollowUpEdit"));
    m_done->setObjectName(QStringLiteral("engagementDoneCheck"));

    Form::fillCombo<EngagementType>(m_type);
    m_mission->addItem(tr("No mission"), QString());
    for (const auto &[id, label] : missions)
        m_mission->addItem(label, id);
    m_purpose->setPlaceholderText(tr("e.g. Agree the dates of the local course"));
    m_outcome->setTabChangesFocus(true);

    m_date->setValue(engagement.date.isValid() ? engagement.date : Clock::today());
    Form::setComboValue(m_type, engagement.type);
    m_mission->setCurrentIndex(std::max(0, m_mission->findData(engagement.missionId)));
    m_purpose->setText(engagement.purpose);
    m_outcome->setPlainText(engagement.outcome);
    m_followUp->setValue(engagement.followUpDate);
    m_done->setChecked(engagement.followUpDone);

    setFields({{QStringLiteral("date"), m_date},
               {QStringLiteral("purpose"), m_purpose},
               {QStringLiteral("outcome"), m_outcome},
               {QStringLiteral("followUpDate"), m_followUp}});

    QDialogButtonBox *buttons = createButtons();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Mission:"), m_mission);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Follow up by:"), m_followUp);
    form->addRow(QString(), m_done);
    form->addRow(errorLabel());
    form->addRow(buttons);

    connect(m_date, &DateEdit::edited, this,
            [this] { touch(QStringLiteral("date"), value().validate()); });
    connect(m_followUp, &DateEdit::edited, this,
            [this] { touch(QStringLiteral("followUpDate"), value().validate()); });
    connect(m_purpose, &QLineEdit::textEdited, this,
            [this] { touch(QStringLiteral("purpose"), value().validate()); });
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

Engagement EngagementEditor::value() const
{
    Engagement e = m_engagement;
    e.date = m_date->value();
    e.type = Form::comboValue(m_type, EngagementType::Meeting);
    e.missionId = m_mission->currentData().toString();
    e.purpose = m_purpose->text().trimmed();
    e.outcome = m_outcome->toPlainText();
    e.followUpDate = m_followUp->value();
    e.followUpDone = m_done->isChecked();
    return e;
}

void EngagementEditor::accept()
{
    Engagement edited = value();
    if (!checkAndSave(edited.validate(),
                      [&](QString *e) { return m_edits.saveEngagement(edited, e); }))
        return;
    m_engagement = edited;
    QDialog::accept();
}
