#include "RisksPage.h"
#include "Charts.h"
#include "Clock.h"
#include "Database.h"
#include "Edits.h"
#include "MissionRepository.h"
#include "Palette.h"
#include "ProgrammeRepository.h"
#include "RecordEditor.h"
#include "RecordListPanel.h"
#include "RiskEditing.h"
#include "RiskRepository.h"
#include "RiskTableModel.h"
#include "Scales.h"
#include "SearchFilterModel.h"
#include "Settings.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <qcustomplot.h>

namespace {

QList<ListTableModel<RiskAction>::Column> actionColumns()
{
    using A = RiskAction;
    using Column = ListTableModel<A>::Column;
    return {
        Column([] { return RisksPage::tr("Action"); }, [](const A &a) { return a.action; }),
        Column([] { return RisksPage::tr("Owner"); }, [](const A &a) { return a.owner; }),
        Column([] { return RisksPage::tr("Due"); },
               [](const A &a) {
                   if (!a.dueDate.isValid())
                       return QString();
                   return a.overdue(Clock::today())
                       ? RisksPage::tr("%1 (overdue)").arg(a.dueDate.toString(Qt::ISODate))
                       : a.dueDate.toString(Qt::ISODate);
               })
            .sortBy([](const A &a) { return a.dueDate.toString(Qt::ISODate); }),
        Column([] { return RisksPage::tr("Status"); },
               [](const A &a) { return a.done ? RisksPage::tr("Done") : RisksPage::tr("Open"); }),
    };
}

} // namespace

RisksPage::RisksPage(Edits &edits, RiskTableModel *model, QWidget *parent)
    : TablePage(tr("Risks"), model, parent)
    , m_edits(edits)
    , m_history(Charts::createPlot(this, QStringLiteral("riskHistoryPlot")))
    , m_details(new QTabWidget(this))
    , m_model(model)
    , m_scope(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_band(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_owner(new QComboBox(this))
{
    setObjectName(QStringLiteral("risksPage"));
    if (!model->parent())
        model->setParent(this); // a model nobody owns goes with the page
    Database &db = edits.database();
    m_actionModel = new ListTableModel<RiskAction>(actionColumns(), [this, &db] {
        return m_currentRisk.isEmpty() ? QList<RiskAction>()
                                       : MissionRecords<RiskAction>(db).forOwner(m_currentRisk);
    });
    m_actions = new RecordListPanel(tr("Mitigation actions"), m_actionModel, this);
    m_actionModel->setParent(m_actions);
    m_actions->setObjectName(QStringLiteral("riskActions"));

    auto *add = new QAction(tr("&New Risk…"), this);
    add->setObjectName(QStringLiteral("newRiskAction"));
    add->setShortcut(QKeySequence::New);
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QAction::triggered, this, &RisksPage::newRisk);
    auto *open = new QAction(tr("&Open Risk…"), this);
    open->setObjectName(QStringLiteral("openRiskAction"));
    connect(open, &QAction::triggered, this, &RisksPage::openCurrent);
    auto *remove = new QAction(tr("&Delete Risk"), this);
    remove->setObjectName(QStringLiteral("deleteRiskAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &RisksPage::deleteCurrent);
    view()->addAction(remove);
    addAction(add);
    m_scope->setObjectName(QStringLiteral("riskScopeFilter"));
    m_scope->setAccessibleName(tr("Filter by programme or mission"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &RisksPage::applyScope);
    m_category->setObjectName(QStringLiteral("riskCategoryFilter"));
    m_category->setAccessibleName(tr("Filter by category"));
    m_category->addItem(tr("Any category"), QString());
    for (const RiskCategory category : enumValues<RiskCategory>())
        m_category->addItem(enumLabel(category), enumCode(category));
    m_band->setObjectName(QStringLiteral("riskRatingFilter"));
    m_band->setAccessibleName(tr("Filter by rating"));
    m_band->addItem(tr("Any rating"), QString());
    for (const RiskBand band : enumValues<RiskBand>())
        m_band->addItem(enumLabel(band), enumCode(band));
    m_state->setObjectName(QStringLiteral("riskStateFilter"));
    m_state->setAccessibleName(tr("Filter by state"));
    m_state->addItem(tr("Any state"), QString());
    for (const RiskState state : enumValues<RiskState>())
        m_state->addItem(enumLabel(state), enumCode(state));
    m_owner->setObjectName(QStringLiteral("riskOwnerFilter"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    for (QComboBox *combo : {m_category, m_band, m_state, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &RisksPage::applyScope);
    connect(model, &QAbstractItemModel::modelReset, this, &RisksPage::refreshOwners);
    refreshOwners();
    setActionsAndFilters({add, open, remove, exportAction()},
                         {m_scope, m_category, m_band, m_state, m_owner});
    setRowActions({open, remove, nullptr, add});
    connect(view(), &QTableView::activated, this, &RisksPage::openCurrent);
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RisksPage::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &RisksPage::showCurrent);

    connect(m_actions, &RecordListPanel::addRequested, this, [this] {
        if (m_currentRisk.isEmpty())
            return;
        RiskAction a;
        a.riskId = m_currentRisk;
        a.dueDate = Clock::today().addDays(30);
        editAction(a, tr("Add Mitigation Action"));
    });
    connect(m_actions, &RecordListPanel::editRequested, this, [this](const QString &id) {
        const int row = m_actionModel->rowOfId(id);
        if (row < 0)
            return;
        editAction(m_actionModel->rowAt(row), tr("Edit Mitigation Action"));
    });
    connect(m_actions, &RecordListPanel::deleteRequested, this, [this](const QString &id) {
        QString error;
        if (!m_edits.deleteStageRecord<RiskAction>(id, &error))
            QMessageBox::warning(this, tr("Mitigation Actions"), error);
    });
    connect(&db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects(
                {RecordKind::RiskAction, RecordKind::RiskAssessment, RecordKind::Setting}))
            showCurrent();
    });
    connect(&db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Mission, RecordKind::Programme}))
            refreshScopes();
    });
    refreshScopes();

    m_details->setObjectName(QStringLiteral("riskDetails"));
    m_actions->setTitleShown(false); // its tab names it; the list gets the height
    m_details->addTab(m_actions, tr("Mitigation &actions"));
    m_history->setMinimumHeight(160); // a line over time reads in little height; the list first
    m_details->addTab(m_history, tr("Score over &time"));
    setFooterWidget(m_details);
    ensureCurrent();
    showCurrent();
}

void RisksPage::refreshScopes()
{
    Database &db = m_edits.database();
    const QString chosen = m_scope->currentData().toString();
    m_programmeOf.clear();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("All risks"), QString());
        m_scope->addItem(tr("The portfolio's own"), QStringLiteral("portfolio"));
        for (const Programme &p : ProgrammeRepository(db).all())
            m_scope->addItem(tr("Programme %1").arg(p.code),
                             QString(QStringLiteral("programme:") + p.meta.id));
        for (const Mission &m : MissionRepository(db).labels()) {
            m_scope->addItem(m.code, QString(QStringLiteral("mission:") + m.meta.id));
            m_programmeOf.insert(m.meta.id, m.programmeId);
        }
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(chosen)));
    }
    applyScope();
}

void RisksPage::refreshOwners()
{
    // The owners the register names, in the language's order; the one chosen stays chosen.
    const QString chosen = m_owner->currentData().toString();
    QStringList owners;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString owner = m_model->rowAt(row).owner.trimmed();
        if (!owner.isEmpty() && !owners.contains(owner))
            owners.append(owner);
    }
    QCollator collator;
    std::sort(owners.begin(), owners.end(), collator);
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Any owner"), QString());
    for (const QString &owner : std::as_const(owners))
        m_owner->addItem(owner, owner);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(chosen)));
    if (m_owner->currentData().toString() != chosen)
        applyScope(); // the owner chosen has no risk left: every owner's show
}

void RisksPage::applyScope()
{
    const QString chosen = m_scope->currentData().toString();
    const QString kind = chosen.section(u':', 0, 0);
    const QString id = chosen.section(u':', 1);
    const auto category = enumFromCode<RiskCategory>(m_category->currentData().toString());
    const auto band = enumFromCode<RiskBand>(m_band->currentData().toString());
    const auto state = enumFromCode<RiskState>(m_state->currentData().toString());
    const QString owner = m_owner->currentData().toString();
    proxy()->setRowFilter([=, this](int row) {
        const RiskRow &r = m_model->rowAt(row);
        if ((category && r.category != *category) || (state && r.state != *state)
            || (!owner.isEmpty() && r.owner.trimmed() != owner))
            return false;
        if (band
            && riskBand(r.score(), m_model->bands().mediumFrom, m_model->bands().highFrom) != *band)
            return false;
        if (kind == u"portfolio")
            return r.missionId.isEmpty() && r.programmeId.isEmpty();
        if (kind == u"programme")
            return r.programmeId == id
                || (!r.missionId.isEmpty() && m_programmeOf.value(r.missionId) == id);
        if (kind == u"mission")
            return r.missionId == id;
        return true;
    });
    ensureCurrent();
    showCurrent();
}

void RisksPage::showCurrent()
{
    m_currentRisk = currentId();
    m_actionModel->reload();
    const std::optional<Risk> risk = m_currentRisk.isEmpty()
        ? std::nullopt
        : RiskRepository(m_edits.database()).find(m_currentRisk);
    m_actions->setSummary(
        risk ? tr("Actions treating \"%1\"; owner of the risk: %2.")
                   .arg(risk->title, risk->owner.isEmpty() ? tr("nobody named") : risk->owner)
             : tr("Choose a risk to see its actions."));
    m_actions->addAction()->setEnabled(risk.has_value());

    // Score over time: inherent and residual, one point per re-assessment.
    m_history->clearPlottables();
    m_history->clearItems();
    if (auto *heading = qobject_cast<QCPTextElement *>(m_history->plotLayout()->element(0, 0)))
        heading->setText(risk ? tr("Score of \"%1\" over time").arg(risk->title) : QString());
    if (!risk) {
        m_history->replot();
        return;
    }
    auto *inherent = m_history->addGraph();
    inherent->setName(tr("Inherent score"));
    inherent->setPen(QPen(Palette::Vermillion, 2.5));
    inherent->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 8));
    inherent->setLineStyle(QCPGraph::lsStepLeft);
    auto *residual = m_history->addGraph();
    residual->setName(tr("Residual score"));
    residual->setPen(QPen(Palette::Blue, 2.5, Qt::DashLine));
    residual->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 8));
    residual->setLineStyle(QCPGraph::lsStepLeft);
    double first = 0;
    double last = 0;
    for (const RiskAssessment &a : RiskRepository(m_edits.database()).history(m_currentRisk)) {
        const double key = QCPAxisTickerDateTime::dateTimeToKey(a.assessedAt);
        first = first == 0 ? key : std::min(first, key);
        last = std::max(last, key);
        inherent->addData(key, a.score());
        if (a.residualLikelihood * a.residualImpact > 0)
            residual->addData(key, a.residualLikelihood * a.residualImpact);
    }
    QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
    dates->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    dates->setDateTimeSpec(Qt::UTC);
    m_history->xAxis->setTicker(dates);
    m_history->xAxis->setLabel(tr("Assessed on"));
    m_history->yAxis->setLabel(tr("Score (likelihood × impact)"));
    m_history->yAxis->setRange(0, 26);
    const double pad = std::max(86400.0 * 15, (last - first) * 0.05);
    m_history->xAxis->setRange(first - pad, last + pad);
    // The bands behind the line: low, medium, high, where this database's settings put them.
    const RiskBandLimits limits = SettingsRepository(m_edits.database()).riskBands();
    const double medium = limits.mediumFrom - 0.5;
    const double high = limits.highFrom - 0.5;
    for (const auto &[from, to, colour] : {std::tuple {0.0, medium, Palette::BluishGreen},
                                           std::tuple {medium, high, Palette::Yellow},
                                           std::tuple {high, 26.0, Palette::Vermillion}}) {
        auto *band = new QCPItemRect(m_history);
        band->setObjectName(QStringLiteral("ratingBand"));
        band->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(0, to);
        band->bottomRight->setCoords(1, from);
        QColor fill = colour;
        fill.setAlpha(40);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        band->setLayer(QStringLiteral("background"));
    }
    m_history->legend->setVisible(true);
    m_history->replot();
}

bool RisksPage::edit(const Risk &risk, const QString &title)
{
    const QString saved = RiskEditing::edit(m_edits, risk, title, this);
    if (saved.isEmpty())
        return false;
    selectId(saved);
    return true;
}

void RisksPage::editAction(const RiskAction &action, const QString &title)
{
    RecordEditor<RiskAction> editor(
        action, [this](RiskAction &v, QString *e) { return m_edits.saveStageRecord(v, e); }, this);
    editor.setObjectName(QStringLiteral("riskActionEditor"));
    editor.setWindowTitle(title);
    editor.addText(QStringLiteral("action"), tr("&Action:"), &RiskAction::action,
                   tr("e.g. Brief the new head of mission on the programme"));
    editor.addText(QStringLiteral("owner"), tr("&Owner:"), &RiskAction::owner);
    editor.addDate(QStringLiteral("dueDate"), tr("&Due date:"), &RiskAction::dueDate);
    editor.addFlag(QStringLiteral("done"), tr("Do&ne"), &RiskAction::done);
    editor.finish();
    editor.exec();
}

void RisksPage::newRisk()
{
    Risk risk = RiskEditing::blank();
    // A risk added while one programme or mission is shown is that one's.
    const QString chosen = m_scope->currentData().toString();
    if (chosen.startsWith(u"programme:"))
        risk.programmeId = chosen.section(u':', 1);
    else if (chosen.startsWith(u"mission:"))
        risk.missionId = chosen.section(u':', 1);
    edit(risk, tr("New Risk"));
}

void RisksPage::openCurrent()
{
    if (const std::optional<Risk> risk = RiskEditing::forEditing(m_edits, currentId()))
        edit(*risk, tr("Edit Risk"));
}

void RisksPage::deleteCurrent()
{
    RiskEditing::remove(m_edits, currentId(), this);
}
