#include "WorkshopSetupDialog.h"
#include "AppSettings.h"
#include "Database.h"
#include "MissionRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

WorkshopSetupDialog::WorkshopSetupDialog(Database &db, const QString &missionId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_mission(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_agenda(new QTableWidget(0, 3, this))
    , m_participants(new QSpinBox(this))
    , m_dots(new QSpinBox(this))
    , m_charts(new QListWidget(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("workshopSetup"));
    setWindowTitle(tr("Start Workshop Mode"));
    m_mission->setObjectName(QStringLiteral("workshopMission"));
    for (const Mission &m : MissionRepository(db).all()) {
        if (!m.archived)
            m_mission->addItem(tr("%1 %2").arg(m.code, m.title), m.meta.id);
    }
    m_mission->setCurrentIndex(std::max(0, m_mission->findData(missionId)));
    m_stage->setObjectName(QStringLiteral("workshopStage"));
    for (const Stage stage : enumValues<Stage>())
        m_stage->addItem(enumLabel(stage), static_cast<int>(stage));
    const auto followMission = [this] {
        const std::optional<Mission> m =
            MissionRepository(m_db).find(m_mission->currentData().toString());
        m_stage->setCurrentIndex(m ? static_cast<int>(m->currentStage) : 0);
    };
    connect(m_mission, &QComboBox::currentIndexChanged, this, followMission);
    const auto applyStage = [this] {
        const auto stage = static_cast<Stage>(m_stage->currentData().toInt());
        fillAgenda(stage);
        const QStringList chosen = WorkshopPlan::defaultCharts(stage);
        for (int i = 0; i < m_charts->count(); ++i) {
            QListWidgetItem *item = m_charts->item(i);
            item->setCheckState(
                chosen.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    };
    connect(m_stage, &QComboBox::currentIndexChanged, this, applyStage);

    m_agenda->setObjectName(QStringLiteral("workshopAgenda"));
    m_agenda->setHorizontalHeaderLabels({tr("Agenda item"), tr("Minutes"), tr("Shows")});
    m_agenda->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agenda->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_agenda->verticalHeader()->hide();
    m_agenda->setMinimumHeight(m_agenda->fontMetrics().lineSpacing() * 10);
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addItem = new QPushButton(tr("Add &Item"), this);
    m_addItem->setObjectName(QStringLiteral("addAgendaItem"));
    m_addItem->setToolTip(tr("Adds an item after the selected one (Insert)."));
    m_removeItem = new QPushButton(tr("Remo&ve"), this);
    m_removeItem->setObjectName(QStringLiteral("removeAgendaItem"));
    m_removeItem->setToolTip(tr("Removes the selected item (Del)."));
    m_upItem = new QPushButton(tr("Move &Up"), this);
    m_upItem->setObjectName(QStringLiteral("moveAgendaItemUp"));
    m_upItem->setToolTip(tr("Moves the selected item earlier in the workshop (Ctrl+Up)."));
    m_downItem = new QPushButton(tr("Move Dow&n"), this);
    m_downItem->setObjectName(QStringLiteral("moveAgendaItemDown"));
    m_downItem->setToolTip(tr("Moves the selected item later in the workshop (Ctrl+Down)."));
    connect(m_addItem, &QPushButton::clicked, this, &WorkshopSetupDialog::addAgendaItem);
    connect(m_removeItem, &QPushButton::clicked, this, &WorkshopSetupDialog::removeAgendaItem);
    connect(m_upItem, &QPushButton::clicked, this, [this] { moveAgendaItem(-1); });
    connect(m_downItem, &QPushButton::clicked, this, [this] { moveAgendaItem(1); });
    connect(m_agenda, &QTableWidget::currentCellChanged, this, &WorkshopSetupDialog::agendaChanged);
    connect(m_agenda, &QTableWidget::itemChanged, this, [](QTableWidgetItem *item) {
        if (item->column() == 0 && item->toolTip() != item->text())
            item->setToolTip(item->text()); // the whole title, however narrow the window
    });
    const auto key = [this](QKeySequence keys, auto slot) {
        auto *action = new QAction(m_agenda);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_agenda->addAction(action);
    };
    key(QKeySequence(Qt::Key_Insert), [this] { addAgendaItem(); });
    key(QKeySequence(Qt::Key_Delete), [this] { removeAgendaItem(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveAgendaItem(-1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveAgendaItem(1); });
    m_participants->setObjectName(QStringLiteral("workshopParticipants"));
    m_participants->setRange(1, 200);
    m_participants->setValue(12);
    m_dots->setObjectName(QStringLiteral("workshopDots"));
    m_dots->setRange(1, 20);
    m_dots->setValue(3);
    m_charts->setObjectName(QStringLiteral("workshopCharts"));
    for (const auto &[name, title] : WorkshopPlan::availableCharts()) {
        auto *item = new QListWidgetItem(title, m_charts);
        item->setData(Qt::UserRole, name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_scale->setObjectName(QStringLiteral("workshopScale"));
    m_scale->setRange(WorkshopPlan::MinimumScale, 3.0);
    m_scale->setSingleStep(0.1);
    m_scale->setDecimals(1);
    m_scale->setSuffix(tr(" × desk size"));
    m_scale->setValue(std::max(WorkshopPlan::MinimumScale, AppSettings::workshopScale()));
    m_theme->setObjectName(QStringLiteral("workshopTheme"));
    m_theme->addItem(tr("High contrast, light"));
    m_theme->addItem(tr("High contrast, dark"));
    m_theme->setCurrentIndex(AppSettings::workshopDark() ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Mission:"), m_mission);
    form->addRow(tr("&Stage:"), m_stage);
    auto *agendaButtons = new QVBoxLayout;
    for (QPushButton *button : {m_addItem, m_removeItem, m_upItem, m_downItem})
        agendaButtons->addWidget(button);
    agendaButtons->addStretch(1);
    auto *agendaRow = new QHBoxLayout;
    agendaRow->addWidget(m_agenda, 1);
    agendaRow->addLayout(agendaButtons);
    auto *agendaLabel = new QLabel(tr("&Agenda:"), this);
    agendaLabel->setBuddy(m_agenda);
    form->addRow(agendaLabel, agendaRow);
    form->addRow(tr("&Participants voting:"), m_participants);
    form->addRow(tr("&Dots each:"), m_dots);
    form->addRow(tr("Charts a&fter the board:"), m_charts);
    form->addRow(tr("&Type size:"), m_scale);
    form->addRow(tr("T&heme:"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sta&rt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *note = new QLabel(tr("Stakeholder contact details, attitudes, power, trust and "
                               "protected names stay off the wall unless you unlock them "
                               "(Ctrl+Shift+U) during the workshop."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    {
        const QSignalBlocker block(m_stage);
        followMission();
    }
    applyStage();
}

void WorkshopSetupDialog::fillAgenda(Stage stage)
{
    const QList<AgendaItem> agenda = WorkshopPlan::defaultAgenda(stage);
    m_agenda->setRowCount(0);
    for (int row = 0; row < agenda.size() + 2; ++row) { // two spare rows
        m_agenda->insertRow(row);
        setAgendaRow(row, agenda.value(row, AgendaItem {QString(), 0, AgendaShows::Board}));
    }
    // Wide enough for the longest title whole, beside its minutes and what it shows.
    int widest = m_agenda->fontMetrics().horizontalAdvance(tr("Agenda item"));
    for (const AgendaItem &item : agenda)
        widest = std::max(widest, m_agenda->fontMetrics().horizontalAdvance(item.title));
    m_agenda->resizeColumnToContents(1);
    m_agenda->resizeColumnToContents(2);
    m_agenda->setMinimumWidth(widest + 24 + m_agenda->columnWidth(1) + m_agenda->columnWidth(2)
                              + 2 * m_agenda->frameWidth()
                              + m_agenda->verticalScrollBar()->sizeHint().width());
    m_agenda->setCurrentCell(0, 0);
    agendaChanged();
}

void WorkshopSetupDialog::setAgendaRow(int row, const AgendaItem &item)
{
    auto *title = new QTableWidgetItem(item.title);
    title->setToolTip(item.title);
    m_agenda->setItem(row, 0, title);
    m_agenda->setItem(
        row, 1, new QTableWidgetItem(item.minutes > 0 ? QString::number(item.minutes) : QString()));
    auto *shows = new QComboBox(m_agenda);
    for (const AgendaShows s : {AgendaShows::Agenda, AgendaShows::Progress, AgendaShows::Board})
        shows->addItem(WorkshopPlan::showsLabel(s), static_cast<int>(s));
    shows->setCurrentIndex(static_cast<int>(item.shows));
    m_agenda->setCellWidget(row, 2, shows);
}

void WorkshopSetupDialog::addAgendaItem()
{
    const int row = m_agenda->currentRow() + 1; // after the selected one, or first
    m_agenda->insertRow(row);
    setAgendaRow(row, AgendaItem {QString(), 10, AgendaShows::Board});
    m_agenda->setCurrentCell(row, 0);
    agendaChanged();
    m_agenda->setFocus();
    m_agenda->editItem(m_agenda->item(row, 0));
}

void WorkshopSetupDialog::removeAgendaItem()
{
    const int row = m_agenda->currentRow();
    if (row < 0)
        return;
    m_agenda->removeRow(row);
    m_agenda->setCurrentCell(std::min(row, m_agenda->rowCount() - 1), 0);
    agendaChanged();
}

void WorkshopSetupDialog::moveAgendaItem(int step)
{
    const int row = m_agenda->currentRow();
    const int other = row + step;
    if (row < 0 || other < 0 || other >= m_agenda->rowCount())
        return;
    // The cells change places as they are, minutes mistyped or not; so do the choices.
    for (int column = 0; column < 2; ++column) {
        QTableWidgetItem *a = m_agenda->takeItem(row, column);
        QTableWidgetItem *b = m_agenda->takeItem(other, column);
        m_agenda->setItem(row, column, b);
        m_agenda->setItem(other, column, a);
    }
    auto *showsA = qobject_cast<QComboBox *>(m_agenda->cellWidget(row, 2));
    auto *showsB = qobject_cast<QComboBox *>(m_agenda->cellWidget(other, 2));
    const int a = showsA->currentIndex();
    showsA->setCurrentIndex(showsB->currentIndex());
    showsB->setCurrentIndex(a);
    m_agenda->setCurrentCell(other, m_agenda->currentColumn());
    agendaChanged();
}

void WorkshopSetupDialog::agendaChanged()
{
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        if (QWidget *shows = m_agenda->cellWidget(row, 2))
            shows->setObjectName(QStringLiteral("agendaShows%1").arg(row));
    }
    const int row = m_agenda->currentRow();
    m_removeItem->setEnabled(row >= 0);
    m_upItem->setEnabled(row > 0);
    m_downItem->setEnabled(row >= 0 && row < m_agenda->rowCount() - 1);
}

WorkshopPlan WorkshopSetupDialog::plan() const
{
    WorkshopPlan p;
    p.missionId = m_mission->currentData().toString();
    p.stage = static_cast<Stage>(m_stage->currentData().toInt());
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        const QString title =
            m_agenda->item(row, 0) ? m_agenda->item(row, 0)->text().simplified() : QString();
        const int minutes = m_agenda->item(row, 1) ? m_agenda->item(row, 1)->text().toInt() : 0;
        const auto *shows = qobject_cast<QComboBox *>(m_agenda->cellWidget(row, 2));
        if (!title.isEmpty())
            p.agenda.append({title, minutes,
                             shows ? static_cast<AgendaShows>(shows->currentData().toInt())
                                   : AgendaShows::Board});
    }
    p.participants = m_participants->value();
    p.dotsEach = m_dots->value();
    for (int i = 0; i < m_charts->count(); ++i) {
        if (m_charts->item(i)->checkState() == Qt::Checked)
            p.charts.append(m_charts->item(i)->data(Qt::UserRole).toString());
    }
    p.scale = m_scale->value();
    p.dark = m_theme->currentIndex() == 1;
    return p;
}

void WorkshopSetupDialog::accept()
{
    const WorkshopPlan p = plan();
    QString problem;
    if (p.missionId.isEmpty())
        problem = tr("Choose a mission for the workshop.");
    for (int row = 0; row < m_agenda->rowCount() && problem.isEmpty(); ++row) {
        const QString title =
            m_agenda->item(row, 0) ? m_agenda->item(row, 0)->text().simplified() : QString();
        const QString minutes =
            m_agenda->item(row, 1) ? m_agenda->item(row, 1)->text().trimmed() : QString();
        bool ok = false;
        const int value = minutes.toInt(&ok);
        if (!title.isEmpty() && (!ok || value < 1 || value > 480))
            problem = tr("\"%1\" needs its minutes, from 1 to 480.").arg(title);
        if (title.size() > 200)
            problem = tr("Agenda item %1 is longer than 200 characters.").arg(row + 1);
    }
    if (problem.isEmpty() && p.agenda.isEmpty())
        problem = tr("Give the agenda at least one item.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    AppSettings::setWorkshopScale(p.scale);
    AppSettings::setWorkshopDark(p.dark);
    QDialog::accept();
}
