#include "TraceabilityPanel.h"
#include "Clock.h"
#include "Curriculum.h"
#include "Database.h"
#include "Edits.h"
#include "FormSupport.h"
#include "ModuleEditor.h"
#include "NeedEditor.h"
#include "Palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *listTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QWidget *withButtons(QWidget *parent, const QString &title, QTableWidget *table,
                     const QList<QPushButton *> &buttons)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(title, box);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addWidget(table, 1);
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

QString symbol(std::optional<Coverage> coverage)
{
    if (!coverage)
        return {};
    return *coverage == Coverage::Full ? QStringLiteral("●") : QStringLiteral("◐");
}

} // namespace

TraceabilityPanel::TraceabilityPanel(Edits &edits, const QString &missionId, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_missionId(missionId)
    , m_needs(listTable(this, "needsTable",
                        {tr("Priority"), tr("Need"), tr("Target group"), tr("Gap")}))
    , m_modules(
          listTable(this, "modulesTable", {tr("Code"), tr("Title"), tr("Level"), tr("Hours")}))
    , m_matrix(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("traceabilityPanel"));
    auto button = [this](const QString &text, const char *name, void (TraceabilityPanel::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    QWidget *needs =
        withButtons(this, tr("Needs (from orientation)"), m_needs,
                    {button(tr("Add &Need…"), "addNeedButton", &TraceabilityPanel::addNeed),
                     button(tr("Edit…"), "editNeedButton", &TraceabilityPanel::editNeed),
                     button(tr("Delete"), "deleteNeedButton", &TraceabilityPanel::deleteNeed)});
    QWidget *modules =
        withButtons(this, tr("Modules (customised curriculum)"), m_modules,
                    {button(tr("Add &Module…"), "addModuleButton", &TraceabilityPanel::addModule),
                     button(tr("Edit…"), "editModuleButton", &TraceabilityPanel::editModule),
                     button(tr("Delete"), "deleteModuleButton", &TraceabilityPanel::deleteModule)});
    connect(m_needs, &QTableWidget::itemActivated, this, &TraceabilityPanel::editNeed);
    connect(m_modules, &QTableWidget::itemActivated, this, &TraceabilityPanel::editModule);

    m_matrix->setObjectName(QStringLiteral("coverageMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setToolTip(tr("Click a cell, or press Space, to change how far the module answers "
                            "the need: none, ● full, ◐ partial."));
    connect(m_matrix, &QTableWidget::cellClicked, this, &TraceabilityPanel::cycleCell);
    connect(m_matrix, &QTableWidget::cellActivated, this, &TraceabilityPanel::cycleCell);
    m_summary->setObjectName(QStringLiteral("traceabilitySummary"));
    m_summary->setWordWrap(true);

    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->addWidget(needs);
    lists->addWidget(modules);
    auto *matrixBox = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    auto *matrixTitle = new QLabel(tr("Needs × modules"), matrixBox);
    QFont bold = matrixTitle->font();
    bold.setBold(true);
    matrixTitle->setFont(bold);
    matrixLayout->addWidget(matrixTitle);
    matrixLayout->addWidget(m_matrix, 1);
    matrixLayout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(lists);
    split->addWidget(matrixBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    Form::shareOnFirstShow(split, {3, 2}); // the lists first; the matrix scrolls

    connect(&edits.database(), &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Need, RecordKind::Module, RecordKind::ModuleNeed}))
            refresh();
    });
    refresh();
}

void TraceabilityPanel::refresh()
{
    const Traceability t = Traceability::compute(m_edits.database(), m_missionId);
    const QSet<QString> uncovered(t.uncoveredNeeds.cbegin(), t.uncoveredNeeds.cend());
    const QSet<QString> untraced(t.untracedModules.cbegin(), t.untracedModules.cend());
    const QColor flag = Palette::Vermillion.darker(120);

    m_needs->setRowCount(static_cast<int>(t.needs.size()));
    for (int row = 0; row < t.needs.size(); ++row) {
        const Need &n = t.needs.at(row);
        auto *priority = new QTableWidgetItem(Need::priorityLabel(n.priority));
        priority->setData(Qt::UserRole, n.meta.id);
        m_needs->setItem(row, 0, priority);
        m_needs->setItem(row, 1, new QTableWidgetItem(n.statement));
        m_needs->setItem(row, 2, new QTableWidgetItem(n.targetGroup));
        m_needs->setItem(
            row, 3,
            new QTableWidgetItem(
                n.currentScore >= 0 && n.targetScore >= 0
                    ? tr("%1 → %2 (gap %3)").arg(n.currentScore).arg(n.targetScore).arg(n.gap())
                    : QString()));
    }
    m_modules->setRowCount(static_cast<int>(t.modules.size()));
    for (int row = 0; row < t.modules.size(); ++row) {
        const TrainingModule &m = t.modules.at(row);
        auto *code = new QTableWidgetItem(m.code);
        code->setData(Qt::UserRole, m.meta.id);
        m_modules->setItem(row, 0, code);
        m_modules->setItem(row, 1, new QTableWidgetItem(m.title));
        m_modules->setItem(row, 2, new QTableWidgetItem(enumLabel(m.level)));
        m_modules->setItem(row, 3, new QTableWidgetItem(QLocale().toString(m.hours)));
    }
    m_needs->resizeColumnsToContents();
    m_modules->resizeColumnsToContents();

    m_matrix->clear();
    m_matrix->setRowCount(static_cast<int>(t.needs.size()));
    m_matrix->setColumnCount(static_cast<int>(t.modules.size()));
    for (int column = 0; column < t.modules.size(); ++column) {
        const TrainingModule &m = t.modules.at(column);
        auto *header =
            new QTableWidgetItem(untraced.contains(m.meta.id) ? tr("⚠ %1").arg(m.code) : m.code);
        header->setToolTip(untraced.contains(m.meta.id) ? tr("%1 answers no need").arg(m.title)
                                                        : m.title);
        if (untraced.contains(m.meta.id))
            header->setForeground(flag);
        m_matrix->setHorizontalHeaderItem(column, header);
    }
    for (int row = 0; row < t.needs.size(); ++row) {
        const Need &n = t.needs.at(row);
        const QString text =
            n.statement.size() > 48 ? n.statement.left(47) + QChar(0x2026) : n.statement;
        auto *header =
            new QTableWidgetItem(uncovered.contains(n.meta.id) ? tr("⚠ %1").arg(text) : text);
        header->setToolTip(uncovered.contains(n.meta.id)
                               ? tr("No module answers: %1").arg(n.statement)
                               : n.statement);
        if (uncovered.contains(n.meta.id))
            header->setForeground(flag);
        m_matrix->setVerticalHeaderItem(row, header);
        for (int column = 0; column < t.modules.size(); ++column) {
            auto *cell =
                new QTableWidgetItem(symbol(t.at(t.modules.at(column).meta.id, n.meta.id)));
            cell->setTextAlignment(Qt::AlignCenter);
            m_matrix->setItem(row, column, cell);
        }
    }
    m_matrix->horizontalHeader()->setDefaultSectionSize(
        std::max(64, m_matrix->fontMetrics().horizontalAdvance(QStringLiteral("⚠ WWWW")) + 16));

    QStringList parts;
    if (!t.uncoveredNeeds.isEmpty())
        parts.append(tr("%n need(s) answered by no module", nullptr,
                        static_cast<int>(t.uncoveredNeeds.size())));
    if (!t.untracedModules.isEmpty())
        parts.append(tr("%n module(s) answering no need", nullptr,
                        static_cast<int>(t.untracedModules.size())));
    if (t.needs.isEmpty())
        parts.append(tr("No needs recorded yet: add them from the orientation findings."));
    m_summary->setText(parts.isEmpty() ? tr("Every need is answered and every module traced.")
                                       : QStringLiteral("⚠ ") + parts.join(QStringLiteral(" · ")));
}

QString TraceabilityPanel::summary() const
{
    return m_summary->text();
}

QString TraceabilityPanel::currentId(QTableWidget *table) const
{
    const int row = table->currentRow();
    return row >= 0 && table->item(row, 0) ? table->item(row, 0)->data(Qt::UserRole).toString()
                                           : QString();
}

void TraceabilityPanel::cycleCell(int row, int column)
{
    const Traceability t = Traceability::compute(m_edits.database(), m_missionId);
    if (row < 0 || row >= t.needs.size() || column < 0 || column >= t.modules.size())
        return;
    const QString needId = t.needs.at(row).meta.id;
    const QString moduleId = t.modules.at(column).meta.id;
    const std::optional<Coverage> now = t.at(moduleId, needId);
    std::optional<Coverage> next;
    if (!now)
        next = Coverage::Full;
    else if (*now == Coverage::Full)
        next = Coverage::Partial;
    QString error;
    if (!m_edits.setCoverage(moduleId, needId, next, &error))
        QMessageBox::warning(this, tr("Needs × modules"), error);
    m_matrix->setCurrentCell(row, column);
}

void TraceabilityPanel::addNeed()
{
    Need need;
    need.missionId = m_missionId;
    need.notedOn = Clock::today();
    NeedEditor editor(m_edits, need, this);
    editor.exec();
}

void TraceabilityPanel::editNeed()
{
    const std::optional<Need> need = NeedRepository(m_edits.database()).find(currentId(m_needs));
    if (!need)
        return;
    NeedEditor editor(m_edits, *need, this);
    editor.exec();
}

void TraceabilityPanel::deleteNeed()
{
    const QString id = currentId(m_needs);
    QString error;
    if (!id.isEmpty() && !m_edits.deleteNeed(id, &error))
        QMessageBox::warning(this, tr("Needs"), error);
}

void TraceabilityPanel::addModule()
{
    TrainingModule module;
    module.missionId = m_missionId;
    module.code = tr("M%1").arg(m_modules->rowCount() + 1);
    ModuleEditor editor(m_edits, module, this);
    editor.exec();
}

void TraceabilityPanel::editModule()
{
    const std::optional<TrainingModule> module =
        ModuleRepository(m_edits.database()).find(currentId(m_modules));
    if (!module)
        return;
    ModuleEditor editor(m_edits, *module, this);
    editor.exec();
}

void TraceabilityPanel::deleteModule()
{
    const QString id = currentId(m_modules);
    QString error;
    if (!id.isEmpty() && !m_edits.deleteModule(id, &error))
        QMessageBox::warning(this, tr("Modules"), error);
}
