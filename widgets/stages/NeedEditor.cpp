#include "NeedEditor.h"
#include "DateEdit.h"
#include "Edits.h"
#include "FormSupport.h"
#include "StageRecords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace {
// -1 shows as "Not assessed"; 0-4 with their labels.
QSpinBox *scoreBox(QWidget *parent, const char *name)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(-1, 4);
    spin->setSpecialValueText(NeedEditor::tr("Not assessed"));
    return spin;
}
} // namespace

NeedEditor::NeedEditor(Edits &edits, const Need &need, QWidget *parent)
    : EditorDialog(parent)
    , m_edits(edits)
    , m_need(need)
    , m_statement(new QLineEdit(this))
    , m_group(new QLineEdit(this))
    , m_priority(new QComboBox(this))
    , m_dimension(new QComboBox(this))
    , m_current(scoreBox(this, "needCurrentSpin"))
    , m_target(scoreBox(this, "needTargetSpin"))
    , m_notedOn(new DateEdit(this))
    , m_findings(new QListWidget(this))
{
    setObjectName(QStringLiteral("needEditor"));
    setWindowTitle(need.meta.id.isEmpty() ? tr("Add Need") : tr("Edit Need"));
    m_statement->setObjectName(QStringLiteral("needStatementEdit"));
    m_statement->setPlaceholderText(tr("e.g. Record the bias motive in every incident report"));
    m_group->setObjectName(QStringLiteral("needGroupEdit"));
    m_priority->setObjectName(QStringLiteral("needPriorityCombo"));
    for (int p = 1; p <= 3; ++p)
        m_priority->addItem(Need::priorityLabel(p), p);
    m_dimension->setObjectName(QStringLiteral("needDimensionCombo"));
    m_dimension->addItem(tr("No particular dimension"), QString());
    for (const CapacityDimension d : enumValues<CapacityDimension>())
        m_dimension->addItem(enumLabel(d), enumCode(d));

    m_statement->setText(need.statement);
    m_group->setText(need.targetGroup);
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(need.priority)));
    m_dimension->setCurrentIndex(
        std::max(0, m_dimension->findData(need.dimension ? enumCode(*need.dimension) : QString())));
    // Where the need came from: the concerns, expectations and challenges recorded so far.
    m_findings->setObjectName(QStringLiteral("needFindingsList"));
    m_findings->setAccessibleName(tr("Findings it came from"));
    for (const Finding &f : MissionRecords<Finding>(edits.database()).forMission(need.missionId)) {
        if (f.kind == FindingKind::Agreement || f.kind == FindingKind::Opportunity)
            continue;
        auto *item = new QListWidgetItem(tr("%1: %2").arg(enumLabel(f.kind), f.text), m_findings);
        item->setData(Qt::UserRole, f.meta.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(need.findingIds.contains(f.meta.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_findings->setMinimumHeight(m_findings->fontMetrics().lineSpacing() * 5);
    m_notedOn->setObjectName(QStringLiteral("needNotedOnEdit"));
    m_notedOn->setValue(need.notedOn);
    m_current->setValue(need.currentScore);
    m_target->setValue(need.targetScore);
    setFields({{QStringLiteral("statement"), m_statement},
               {QStringLiteral("targetGroup"), m_group},
               {QStringLiteral("currentScore"), m_current},
               {QStringLiteral("targetScore"), m_target},
               {QStringLiteral("notedOn"), m_notedOn}});
    connect(m_statement, &QLineEdit::textEdited, this,
            [this] { touch(QStringLiteral("statement"), value().validate()); });
    for (QSpinBox *spin : {m_current, m_target}) {
        connect(spin, &QSpinBox::valueChanged, this,
                [this] { touch(QStringLiteral("targetScore"), value().validate()); });
    }

    QDialogButtonBox *buttons = createButtons();
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Need:"), m_statement);
    form->addRow(tr("&Target group:"), m_group);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Capacity &dimension:"), m_dimension);
    form->addRow(tr("&Current score (0-4):"), m_current);
    form->addRow(tr("T&arget score (0-4):"), m_target);
    form->addRow(tr("N&oted on:"), m_notedOn);
    if (m_findings->count() > 0)
        form->addRow(tr("Came &from:"), m_findings);
    else
        m_findings->hide();
    form->addRow(errorLabel());
    form->addRow(buttons);
    resize(std::max(sizeHint().width(), 620), sizeHint().height());
}

Need NeedEditor::value() const
{
    Need n = m_need;
    n.statement = m_statement->text().trimmed();
    n.targetGroup = m_group->text().trimmed();
    n.priority = m_priority->currentData().toInt();
    n.dimension = enumFromCode<CapacityDimension>(m_dimension->currentData().toString());
    n.currentScore = m_current->value();
    n.targetScore = m_target->value();
    n.notedOn = m_notedOn->value();
    // Findings not listed here (agreements, deleted ones) stay linked as they were.
    QStringList listed;
    QStringList ticked;
    for (int i = 0; i < m_findings->count(); ++i) {
        const QString id = m_findings->item(i)->data(Qt::UserRole).toString();
        listed.append(id);
        if (m_findings->item(i)->checkState() == Qt::Checked)
            ticked.append(id);
    }
    QStringList ids;
    for (const QString &id : m_need.findingIds) {
        if (!listed.contains(id))
            ids.append(id);
    }
    n.findingIds = ids + ticked;
    return n;
}

void NeedEditor::accept()
{
    Need edited = value();
    if (!checkAndSave(edited.validate(), [&](QString *e) { return m_edits.saveNeed(edited, e); }))
        return;
    m_need = edited;
    QDialog::accept();
}
