#include "StakeholdersPage.h"
#include "Database.h"
#include "Edits.h"
#include "MissionRepository.h"
#include "PowerInterestGrid.h"
#include "ProgrammeRepository.h"
#include "SearchFilterModel.h"
#include "StakeholderEditor.h"
#include "StakeholderGrid.h"
#include "StakeholderRepository.h"
#include "StakeholderTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// What the mission filter holds for a programme: the prefix, then the programme's id.
const QString ProgrammePrefix = QStringLiteral("programme:");

} // namespace

StakeholdersPage::StakeholdersPage(Edits &edits, StakeholderTableModel *model, QWidget *parent)
    : TablePage(tr("Stakeholders"), model, parent)
    , m_edits(edits)
    , m_model(model)
    , m_type(new QComboBox(this))
    , m_mission(new QComboBox(this))
    , m_quadrant(new QComboBox(this))
    , m_attitude(new QComboBox(this))
    , m_new(new QAction(tr("&New Stakeholder…"), this))
    , m_open(new QAction(tr("&Open Stakeholder…"), this))
    , m_delete(new QAction(tr("&Delete Stakeholder…"), this))
    , m_showGrid(new QAction(tr("Power/Interest &Grid"), this))
    , m_grid(new PowerInterestGrid(this))
{
    setObjectName(QStringLiteral("stakeholdersPage"));
    m_new->setObjectName(QStringLiteral("newStakeholderAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_open->setObjectName(QStringLiteral("openStakeholderAction"));
    m_delete->setObjectName(QStringLiteral("deleteStakeholderAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_new, m_delete});
    connect(m_new, &QAction::triggered, this, &StakeholdersPage::newStakeholder);
    connect(m_open, &QAction::triggered, this, &StakeholdersPage::openCurrent);
    connect(m_delete, &QAction::triggered, this, &StakeholdersPage::deleteCurrent);
    m_showGrid->setObjectName(QStringLiteral("showGridAction"));
    m_showGrid->setCheckable(true);
    m_showGrid->setShortcut(QKeySequence(tr("Ctrl+G")));
    m_showGrid->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_showGrid);
    m_showGrid->setToolTip(tr("Show the stakeholders listed as a power/interest grid (Ctrl+G); "
                              "choose a mission under Show: for that mission's grid"));
    connect(m_showGrid, &QAction::toggled, this, [this](bool on) {
        showAlternateView(on);
        refreshGrid();
    });
    setAlternateView(m_grid);
    connect(m_grid, &PowerInterestGrid::stakeholderActivated, this, [this](const QString &id) {
        selectId(id);
        openCurrent();
    });
    connect(proxy(), &QAbstractItemModel::modelReset, this, &StakeholdersPage::refreshGrid);
    connect(proxy(), &QAbstractItemModel::layoutChanged, this, &StakeholdersPage::refreshGrid);
    connect(proxy(), &QAbstractItemModel::rowsRemoved, this, &StakeholdersPage::refreshGrid);
    connect(proxy(), &QAbstractItemModel::rowsInserted, this, &StakeholdersPage::refreshGrid);

    const QList<QPair<QComboBox *, const char *>> filters {
        {m_type, "typeFilter"},
        {m_mission, "missionFilter"},
        {m_quadrant, "quadrantFilter"},
        {m_attitude, "attitudeFilter"},
    };
    for (const auto &[combo, name] : filters) {
        combo->setObjectName(QLatin1String(name));
        connect(combo, &QComboBox::currentIndexChanged, this, &StakeholdersPage::applyFilters);
    }
    setActionsAndFilters({m_new, m_open, m_delete, m_showGrid},
                         {m_type, m_mission, m_quadrant, m_attitude});
    setRowActions({m_open, m_delete, nullptr, m_new});

    m_type->addItem(tr("Any type"), QString());
    for (const StakeholderType type : enumValues<StakeholderType>())
        m_type->addItem(enumLabel(type), enumCode(type));
    m_quadrant->addItem(tr("Any quadrant"), QString());
    for (const Quadrant quadrant : enumValues<Quadrant>())
        m_quadrant->addItem(enumLabel(quadrant), enumCode(quadrant));
    m_attitude->addItem(tr("Any attitude"), QString());
    for (const Attitude attitude : enumValues<Attitude>())
        m_attitude->addItem(enumLabel(attitude), enumCode(attitude));
    m_type->setAccessibleName(tr("Filter by type"));
    m_mission->setAccessibleName(tr("Filter by mission"));
    m_quadrant->setAccessibleName(tr("Filter by quadrant"));
    m_attitude->setAccessibleName(tr("Filter by attitude"));

    connect(view(), &QTableView::activated, this, &StakeholdersPage::openCurrent);
    connect(&m_edits.database(), &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Mission, RecordKind::MissionStakeholder,
                              RecordKind::Programme, RecordKind::ProgrammeTeam}))
            refreshMissions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &StakeholdersPage::ensureCurrentAndActions);
    refreshMissions();
    ensureCurrentAndActions();
}

QList<QAction *> StakeholdersPage::stakeholderActions() const
{
    return {m_new, m_open, m_delete, m_showGrid};
}

void StakeholdersPage::refreshGrid()
{
    if (!alternateViewShown())
        return;
    QStringList ids;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        ids.append(proxy()->index(row, 0).data(StakeholderTableModel::IdRole).toString());
    const QString mission = m_mission->currentData().toString().isEmpty()
        ? tr("all missions")
        : m_mission->currentText();
    m_grid->setTitle(
        tr("Power/interest grid — %1 (%n stakeholder(s))", nullptr, static_cast<int>(ids.size()))
            .arg(mission));
    m_grid->setPoints(StakeholderGrid::points(m_edits.database(), ids));
}

void StakeholdersPage::refreshMissions()
{
    const QString chosen = m_mission->currentData().toString();
    {
        const QSignalBlocker blocker(m_mission);
        m_mission->clear();
        m_mission->addItem(tr("Any mission"), QString());
        // A programme: the people on any of its missions, and its core team.
        for (const Programme &p : ProgrammeRepository(m_edits.database()).all())
            m_mission->addItem(tr("Programme %1").arg(p.code),
                               QString(ProgrammePrefix + p.meta.id));
        for (const Mission &m : MissionRepository(m_edits.database()).labels())
            m_mission->addItem(m.code, m.meta.id);
        m_mission->setCurrentIndex(std::max(0, m_mission->findData(chosen)));
    }
    applyFilters();
}

void StakeholdersPage::applyFilters()
{
    const QString type = m_type->currentData().toString();
    const QString quadrant = m_quadrant->currentData().toString();
    const QString attitude = m_attitude->currentData().toString();
    const QString chosen = m_mission->currentData().toString();
    m_inMission.clear();
    QStringList missionIds;
    if (chosen.startsWith(ProgrammePrefix)) {
        const QString programmeId = chosen.mid(ProgrammePrefix.size());
        for (const Mission &m : MissionRepository(m_edits.database()).labels()) {
            if (m.programmeId == programmeId)
                missionIds.append(m.meta.id);
        }
        if (const std::optional<Programme> p =
                ProgrammeRepository(m_edits.database()).find(programmeId)) {
            for (const QString &id : p->teamIds)
                m_inMission.insert(CompactId(id));
        }
    } else if (!chosen.isEmpty()) {
        missionIds.append(chosen);
    }
    for (const QString &missionId : std::as_const(missionIds)) {
        for (const StakeholderLink &link :
             StakeholderRepository(m_edits.database()).linksForMission(missionId))
            m_inMission.insert(CompactId(link.stakeholderId));
    }
    const bool byMission = !chosen.isEmpty();
    proxy()->setRowFilter([=, this](int row) {
        const StakeholderRow &s = m_model->rowAt(row);
        return (type.isEmpty() || enumCode(s.type) == type)
            && (quadrant.isEmpty() || (s.placed() && enumCode(s.quadrant()) == quadrant))
            && (attitude.isEmpty() || (s.attitude && enumCode(*s.attitude) == attitude))
            && (!byMission || m_inMission.contains(s.id));
    });
    ensureCurrentAndActions();
}

void StakeholdersPage::ensureCurrentAndActions()
{
    ensureCurrent();
    const bool has = view()->currentIndex().isValid();
    m_open->setEnabled(has);
    m_delete->setEnabled(has);
}

void StakeholdersPage::newStakeholder()
{
    // A new stakeholder is linked to the mission shown (not to a programme).
    const QString shown = m_mission->currentData().toString();
    // Nothing is known of a new stakeholder's position yet: "Not rated", not the middle of every
    // scale (which would place everyone in "Manage closely").
    Stakeholder fresh;
    fresh.power = fresh.interest = fresh.trust = 0;
    fresh.attitude = std::nullopt;
    StakeholderEditor editor(m_edits, fresh, this,
                             shown.startsWith(ProgrammePrefix) ? QString() : shown);
    if (editor.exec() == QDialog::Accepted) {
        selectId(editor.stakeholder().meta.id);
        Q_EMIT message(tr("Stakeholder %1 added.").arg(editor.stakeholder().displayName()));
    }
}

void StakeholdersPage::openCurrent()
{
    const std::optional<Stakeholder> s =
        StakeholderRepository(m_edits.database()).find(currentId());
    if (!s)
        return;
    StakeholderEditor editor(m_edits, *s, this);
    editor.exec();
    selectId(s->meta.id);
}

void StakeholdersPage::deleteCurrent()
{
    const std::optional<Stakeholder> s =
        StakeholderRepository(m_edits.database()).find(currentId());
    if (!s)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Delete Stakeholder"),
                    tr("Delete %1?").arg(s->displayName()), QMessageBox::Yes | QMessageBox::No,
                    this);
    ask.setObjectName(QStringLiteral("confirmDeleteDialog"));
    ask.setInformativeText(tr("Their engagement log stays with them. You can undo this with "
                              "Edit > Undo (Ctrl+Z)."));
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() != QMessageBox::Yes)
        return;
    QString error;
    if (!m_edits.deleteStakeholder(s->meta.id, &error)) {
        QMessageBox::warning(this, tr("Stakeholders"), error);
        return;
    }
    Q_EMIT message(tr("Stakeholder deleted. Ctrl+Z brings them back."));
}
