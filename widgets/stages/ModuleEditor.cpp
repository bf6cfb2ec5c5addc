#include "ModuleEditor.h"
#include "Edits.h"
#include "FormSupport.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

ModuleEditor::ModuleEditor(Edits &edits, const TrainingModule &module, QWidget *parent)
    : EditorDialog(parent)
    , m_edits(edits)
    , m_module(module)
    , m_code(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_group(new QLineEdit(this))
    , m_objectives(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("moduleEditor"));
    setWindowTitle(module.meta.id.isEmpty() ? tr("Add Module") : tr("Module %1").arg(module.code));
    m_code->setObjectName(QStringLiteral("moduleCodeEdit"));
    m_title->setObjectName(QStringLiteral("moduleTitleEdit"));
    m_topic->setObjectName(QStringLiteral("moduleTopicEdit"));
    m_level->setObjectName(QStringLiteral("moduleLevelCombo"));
    m_hours->setObjectName(QStringLiteral("moduleHoursSpin"));
    m_group->setObjectName(QStringLiteral("moduleGroupEdit"));
    m_objectives->setObjectName(QStringLiteral("moduleObjectivesEdit"));
    Form::fillCombo<ModuleLevel>(m_level);
    m_hours->setRange(0, 500);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_code->setMaxLength(Limits::Code);
    m_objectives->setTabChangesFocus(true);
    m_objectives->setPlaceholderText(tr("By the end, participants can…"));

    m_code->setText(module.code);
    m_title->setText(module.title);
    m_topic->setText(module.topic);
    Form::setComboValue(m_level, module.level);
    m_hours->setValue(module.hours);
    m_group->setText(module.targetGroup);
    m_objectives->setPlainText(module.objectives);
    setFields({{QStringLiteral("code"), m_code},
               {QStringLiteral("title"), m_title},
               {QStringLiteral("topic"), m_topic},
               {QStringLiteral("hours"), m_hours},
               {QStringLiteral("objectives"), m_objectives}});

    QDialogButtonBox *buttons = createButtons();
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("Target &group:"), m_group);
    form->addRow(tr("Learning &objectives:"), m_objectives);
    form->addRow(errorLabel());
    form->addRow(buttons);
    resize(std::max(sizeHint().width(), 620), sizeHint().height());
}

TrainingModule ModuleEditor::value() const
{
    TrainingModule m = m_module;
    m.code = m_code->text().trimmed();
    m.title = m_title->text().trimmed();
    m.topic = m_topic->text().trimmed();
    m.level = Form::comboValue(m_level, ModuleLevel::Core);
    m.hours = m_hours->value();
    m.targetGroup = m_group->text().trimmed();
    m.objectives = m_objectives->toPlainText();
    return m;
}

void ModuleEditor::accept()
{
    TrainingModule edited = value();
    if (!checkAndSave(edited.validate(), [&](QString *e) { return m_edits.saveModule(edited, e); }))
        return;
    m_module = edited;
    QDialog::accept();
}
