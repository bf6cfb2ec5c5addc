#include "EngagementEditor.h"
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
    : QDialog(parent)
    , m_edits(edits)
    , m_engagement(engagement)
    , m_date(new QDateEdit(this))
    , m_type(new QComboBox(this))
    , m_mission(new QComboBox(this))
    , m_purpose(new QLineEdit(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_followUp(new OptionalDateEdit(this))
    , m_done(new QCheckBox(tr("Follow-up &done"), this))
    , m_errors(new QLabel(this))
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
    m_errors->setObjectName(QStringLiteral("errorLabel"));

    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(Limits::MinYear, 1, 1), QDate(Limits::MaxYear, 12, 31));
    Form::fillCombo<EngagementType>(m_type);
    m_mission->addItem(tr("No mission"), QString());
    for (const auto &[id, label] : missions)
        m_mission->addItem(label, id);
    m_purpose->setPlaceholderText(tr("e.g. Agree the dates of the local course"));
    m_outcome->setTabChangesFocus(true);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #A33C00; font-weight: bold;"));
    m_errors->hide();

    m_date->setDate(engagement.date.isValid() ? engagement.date : QDate::currentDate());
    Form::setComboValue(m_type, engagement.type);
    m_mission->setCurrentIndex(std::max(0, m_mission->findData(engagement.missionId)));
    m_purpose->setText(engagement.purpose);
    m_outcome->setPlainText(engagement.outcome);
    m_followUp->setValue(engagement.followUpDate);
    m_done->setChecked(engagement.followUpDone);

    m_fields = {{QStringLiteral("date"), m_date},
                {QStringLiteral("purpose"), m_purpose},
                {QStringLiteral("outcome"), m_outcome},
                {QStringLiteral("followUpDate"), m_followUp}};

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Mission:"), m_mission);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Follow up by:"), m_followUp);
    form->addRow(QString(), m_done);
    form->addRow(m_errors);
    form->addRow(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_touched.insert(QStringLiteral("followUpDate"));
        revalidate();
    });
    connect(m_followUp, &QDateEdit::dateChanged, this, [this] {
        m_touched.insert(QStringLiteral("followUpDate"));
        revalidate();
    });
    connect(m_purpose, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(QStringLiteral("purpose"));
        revalidate();
    });
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

Engagement EngagementEditor::value() const
{
    Engagement e = m_engagement;
    e.date = m_date->date();
    e.type = Form::comboValue(m_type, EngagementType::Meeting);
    e.missionId = m_mission->currentData().toString();
    e.purpose = m_purpose->text().trimmed();
    e.outcome = m_outcome->toPlainText();
    e.followUpDate = m_followUp->value();
    e.followUpDone = m_done->isChecked();
    return e;
}

void EngagementEditor::revalidate()
{
    Form::showErrors(value().validate(), m_fields, m_touched, m_errors);
}

void EngagementEditor::accept()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m_touched.insert(it.key());
    Engagement edited = value();
    const FieldErrors errors = edited.validate();
    if (!errors.isEmpty()) {
        Form::showErrors(errors, m_fields, m_touched, m_errors);
        return;
    }
    QString failure;
    if (!m_edits.saveEngagement(edited, &failure)) {
        m_errors->setText(failure);
        m_errors->show();
        return;
    }
    m_engagement = edited;
    QDialog::accept();
}
