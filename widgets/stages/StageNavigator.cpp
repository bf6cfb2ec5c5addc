#include "StageNavigator.h"
#include "Clock.h"
#include "Database.h"
#include "Edits.h"
#include "FormSupport.h"
#include "Log.h"
#include "MissionRepository.h"
#include "StageDatesDialog.h"
#include "StageForms.h"
#include "StageProgress.h"
#include "StageRepository.h"
#include "TraceabilityPanel.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

StageNavigator::StageNavigator(Edits &edits, const QString &missionId, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_missionId(missionId)
    , m_mou(new QLabel(this))
    , m_stageTitle(new QLabel(this))
    , m_measures(new QLabel(this))
    , m_criteria(new QListWidget(this))
    , m_newCriterion(new QLineEdit(this))
    , m_next(new QPushButton(this))
    , m_details(new QTabWidget(this))
    , m_traceability(new TraceabilityPanel(edits, missionId, this))
{
    setObjectName(QStringLiteral("stageNavigator"));
    // A mission opened here for the first time gets its default gates; if they cannot be
    // written, the navigator says so above the criteria (and nothing else is lost).
    QString error;
    if (!StageRepository(edits.database()).ensureDefaults(missionId, &error)) {
        qCWarning(lcDb) << "default exit criteria not written";
        m_problem = new QLabel(
            tr("The default exit criteria could not be written: %1 Add them by hand, or try again "
               "after freeing space on the drive.")
                .arg(error),
            this);
        m_problem->setObjectName(QStringLiteral("criteriaProblem"));
        Form::styleAsProblem(m_problem);
    }

    auto *cards = new QGridLayout;
    cards->setHorizontalSpacing(8);
    for (const Stage stage : enumValues<Stage>()) {
        const int column = stageNumber(stage) - 1;
        auto *card = new QPushButton(this);
        card->setObjectName(QStringLiteral("stageCard%1").arg(stageNumber(stage)));
        card->setCheckable(true);
        card->setAutoExclusive(true);
        card->setMinimumHeight(fontMetrics().height() * 4);
        card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        connect(card, &QPushButton::clicked, this, [this, stage] { selectStage(stage); });
        // The figure beside the bar, not on it: text drawn across the end of the filled part is
        // half on one colour and half on the other, and unreadable in some styles and themes.
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("stageProgress%1").arg(stageNumber(stage)));
        bar->setRange(0, 100);
        bar->setTextVisible(false);
        bar->setMaximumHeight(fontMetrics().height());
        auto *percent = new QLabel(this);
        percent->setObjectName(QStringLiteral("stagePercent%1").arg(stageNumber(stage)));
        percent->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%1 %").arg(100)));
        percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *barRow = new QHBoxLayout;
        barRow->setSpacing(4);
        barRow->addWidget(bar, 1);
        barRow->addWidget(percent);
        cards->addWidget(card, 0, column);
        cards->addLayout(barRow, 1, column);
        m_cards.append(card);
        m_bars.append(bar);
        m_percents.append(percent);
    }
    m_mou->setObjectName(QStringLiteral("mouLabel"));

    QFont bold = m_stageTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_stageTitle->setFont(bold);
    m_measures->setObjectName(QStringLiteral("measuresLabel"));
    m_measures->setWordWrap(true);
    m_criteria->setObjectName(QStringLiteral("criteriaList"));
    m_criteria->setAccessibleName(tr("Exit criteria"));
    m_criteria->setSpacing(3);
    connect(m_criteria, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_refreshing)
            toggleCriterion(m_criteria->row(item));
    });
    m_newCriterion->setObjectName(QStringLiteral("newCriterionEdit"));
    m_newCriterion->setPlaceholderText(tr("Add an exit criterion and press Enter"));
    connect(m_newCriterion, &QLineEdit::returnPressed, this, [this] {
        if (addCriterion(m_newCriterion->text()))
            m_newCriterion->clear();
    });
    auto *remove = new QPushButton(tr("&Remove Criterion"), this);
    remove->setObjectName(QStringLiteral("removeCriterionButton"));
    connect(remove, &QPushButton::clicked, this, &StageNavigator::removeSelectedCriterion);
    // No Alt+letter is left free on these pages: Tab, or the list's context menu, reaches it.
    auto *dateMet = new QPushButton(tr("Date Met…"), this);
    dateMet->setObjectName(QStringLiteral("dateMetButton"));
    dateMet->setToolTip(tr("The day the selected criterion was met, when it was not today: "
                           "history entered after the fact."));
    connect(dateMet, &QPushButton::clicked, this, &StageNavigator::dateSelectedCriterion);
    auto *stageDates = new QPushButton(tr("Stage Dates…"), this);
    stageDates->setObjectName(QStringLiteral("stageDatesButton"));
    stageDates->setToolTip(tr("When each stage began, for a mission entered after the fact or "
                              "moved on without it being recorded."));
    connect(stageDates, &QPushButton::clicked, this, &StageNavigator::editStageDates);
    m_criteria->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *dateAction = new QAction(tr("Date Met…"), m_criteria);
    connect(dateAction, &QAction::triggered, this, &StageNavigator::dateSelectedCriterion);
    auto *removeAction = new QAction(tr("Remove Criterion"), m_criteria);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &StageNavigator::removeSelectedCriterion);
    m_criteria->addActions({dateAction, removeAction});
    m_next->setObjectName(QStringLiteral("nextStageButton"));
    connect(m_next, &QPushButton::clicked, this, [this] { moveToNextStage(); });

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newCriterion, 1);
    addRow->addWidget(dateMet);
    addRow->addWidget(remove);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_measures, 1);
    bottom->addWidget(stageDates);
    bottom->addWidget(m_next);

    auto *gate = new QWidget(this);
    auto *gateLayout = new QVBoxLayout(gate);
    gateLayout->addWidget(m_stageTitle);
    if (m_problem)
        gateLayout->addWidget(m_problem);
    gateLayout->addWidget(m_criteria, 1);
    gateLayout->addLayout(addRow);
    gate->setFocusProxy(m_criteria);
    m_details->setObjectName(QStringLiteral("stageDetailTabs"));
    Form::focusPageOnClick(m_details);
    m_details->addTab(gate, tr("E&xit criteria"));
    m_details->addTab(m_traceability, tr("&Needs and modules"));
    m_stageTabs.append({Stage::Orientation, Stage::Curriculum});
    for (const StageForms::Tab &tab : StageForms::create(edits, missionId, this)) {
        m_details->addTab(tab.widget, tab.title);
        m_stageTabs.append(tab.stages);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(m_mou);
    layout->addWidget(m_details, 1);
    layout->addLayout(bottom);

    connect(&edits.database(), &Database::recordsChanged, this, &StageNavigator::refresh);
    const std::optional<Mission> mission = MissionRepository(edits.database()).find(missionId);
    m_selected = mission ? mission->currentStage : Stage::Consultation;
    refresh();
}

QPushButton *StageNavigator::stageButton(Stage stage) const
{
    return m_cards.value(stageNumber(stage) - 1);
}

void StageNavigator::selectStage(Stage stage)
{
    m_selected = stage;
    refresh();
}

void StageNavigator::refresh()
{
    const std::optional<Mission> mission = MissionRepository(m_edits.database()).find(m_missionId);
    if (!mission)
        return;
    m_refreshing = true;
    const QList<StageStatus> statuses = StageProgress::compute(m_edits.database(), m_missionId);
    for (const StageStatus &status : statuses) {
        const int i = stageNumber(status.stage) - 1;
        QPushButton *card = m_cards.at(i);
        card->setText(tr("%1. %2\n%3%4")
                          .arg(stageNumber(status.stage))
                          .arg(enumLabel(status.stage), StageProgress::stateLabel(status.state),
                               status.current ? tr(" · current") : QString()));
        QFont font = card->font();
        font.setBold(status.current);
        card->setFont(font);
        card->setChecked(status.stage == m_selected);
        QStringList lines;
        for (const StageStatus::Measure &m : status.measures)
            lines.append(m.label);
        card->setToolTip(lines.join(u'\n'));
        const int percent = static_cast<int>(std::lround(status.progress * 100));
        m_bars.at(i)->setValue(percent);
        m_percents.at(i)->setText(tr("%1 %").arg(percent));
        m_bars.at(i)->setAccessibleName(tr("%1 progress").arg(enumLabel(status.stage)));
        if (status.stage == m_selected)
            m_measures->setText(lines.isEmpty() ? tr("Nothing recorded for this stage yet.")
                                                : lines.join(QStringLiteral(" · ")));
    }
    m_mou->setText(
        mission->mouDate.isValid()
            ? tr("Memorandum of understanding: %1 (%2)")
                  .arg(enumLabel(mission->mouStatus), mission->mouDate.toString(Qt::ISODate))
            : tr("Memorandum of understanding: %1").arg(enumLabel(mission->mouStatus)));

    m_stageTitle->setText(tr("Exit criteria of %1").arg(enumLabel(m_selected)));
    // The exit criteria are always there; each stage's own forms only under that stage.
    for (int i = 0; i < m_stageTabs.size(); ++i)
        m_details->setTabVisible(i + 1, m_stageTabs.at(i).contains(m_selected));
    const int selectedRow = m_criteria->currentRow();
    m_criteria->clear();
    for (const StageCriterion &c :
         StageRepository(m_edits.database()).criteria(m_missionId, m_selected)) {
        auto *item = new QListWidgetItem(
            c.done ? tr("%1 (met %2)").arg(c.text, c.doneOn.toString(Qt::ISODate)) : c.text,
            m_criteria);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(c.done ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, c.meta.id);
    }
    m_criteria->setCurrentRow(std::min(selectedRow, m_criteria->count() - 1));

    const bool last = mission->currentStage == Stage::PostTraining;
    m_next->setEnabled(!last);
    m_next->setText(
        last ? tr("Last stage reached")
             : tr("&Move to %1…")
                   .arg(enumLabel(enumValues<Stage>().at(stageNumber(mission->currentStage)))));
    m_refreshing = false;
}

bool StageNavigator::addCriterion(const QString &text)
{
    StageCriterion c;
    c.missionId = m_missionId;
    c.stage = m_selected;
    c.position = m_criteria->count();
    c.text = text.trimmed();
    QString error;
    if (!m_edits.saveCriterion(c, &error)) {
        QMessageBox::warning(this, tr("Exit Criteria"), error);
        return false;
    }
    return true;
}

std::optional<StageCriterion> StageNavigator::criterionOf(const QListWidgetItem *item) const
{
    if (!item)
        return std::nullopt;
    return StageRepository(m_edits.database()).findCriterion(item->data(Qt::UserRole).toString());
}

void StageNavigator::toggleCriterion(int row)
{
    std::optional<StageCriterion> c = criterionOf(m_criteria->item(row));
    if (!c)
        return;
    c->done = !c->done;
    QString error;
    if (!m_edits.saveCriterion(*c, &error))
        QMessageBox::warning(this, tr("Exit Criteria"), error);
    refresh();
}

void StageNavigator::dateSelectedCriterion()
{
    std::optional<StageCriterion> c = criterionOf(m_criteria->currentItem());
    if (!c)
        return;
    const std::optional<Mission> mission = MissionRepository(m_edits.database()).find(m_missionId);
    const QDate start = mission ? mission->startDate : QDate();
    // Saved from the dialog, which stays open with the reason when the day is refused.
    askDate(this, tr("Date Met"), tr("\"%1\" was &met on:").arg(c->text.left(80)),
            c->done ? c->doneOn : Clock::today(), [this, &c, start](const QDate &day) {
                if (start.isValid() && day < start)
                    return tr("The mission started on %1: a criterion cannot be met before.")
                        .arg(start.toString(Qt::ISODate));
                StageCriterion dated = *c;
                dated.done = true;
                dated.doneOn = day;
                QString error;
                return m_edits.saveCriterion(dated, &error) ? QString() : error;
            });
    refresh();
}

void StageNavigator::editStageDates()
{
    StageDatesDialog dialog(m_edits, m_missionId, this);
    dialog.exec();
}

void StageNavigator::removeSelectedCriterion()
{
    QListWidgetItem *item = m_criteria->currentItem();
    if (!item)
        return;
    QString error;
    if (!m_edits.deleteCriterion(item->data(Qt::UserRole).toString(), &error))
        QMessageBox::warning(this, tr("Exit Criteria"), error);
}

bool StageNavigator::moveToNextStage()
{
    const std::optional<Mission> mission = MissionRepository(m_edits.database()).find(m_missionId);
    if (!mission || mission->currentStage == Stage::PostTraining)
        return false;
    const Stage next = enumValues<Stage>().at(stageNumber(mission->currentStage));
    QStringList unmet;
    for (const StageCriterion &c :
         StageRepository(m_edits.database()).criteria(m_missionId, mission->currentStage)) {
        if (!c.done)
            unmet.append(c.text);
    }
    MoveStageDialog dialog(m_edits, m_missionId, mission->currentStage, next, unmet, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_selected = next;
    refresh();
    Q_EMIT currentStageChanged(next);
    return true;
}
