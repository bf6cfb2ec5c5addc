#include "WorkshopWindow.h"
#include "Charts.h"
#include "Database.h"
#include "Edits.h"
#include "MissionDashboardView.h"
#include "MissionRepository.h"
#include "PowerInterestGrid.h"
#include "StageProgress.h"
#include "WorkshopBoard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

WorkshopWindow::WorkshopWindow(Edits &edits, const WorkshopPlan &plan, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_edits(edits)
    , m_plan(plan)
    , m_views(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_timer(new QLabel(this))
    , m_marker(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("workshopWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_plan.scale = std::max(WorkshopPlan::MinimumScale, m_plan.scale);
    if (m_plan.agenda.isEmpty())
        m_plan.agenda = WorkshopPlan::defaultAgenda(m_plan.stage);
    const std::optional<Mission> mission = MissionRepository(edits.database()).find(plan.missionId);
    setWindowTitle(tr("Workshop: %1").arg(mission ? mission->title : QString()));
    m_missionCode = mission ? mission->code : QString();
    setFocusPolicy(Qt::StrongFocus);

    m_title->setObjectName(QStringLiteral("workshopTitle"));
    m_timer->setObjectName(QStringLiteral("timerLabel"));
    m_marker->setObjectName(QStringLiteral("sensitiveMarker"));
    m_marker->setText(tr("SENSITIVE FIELDS SHOWN · Ctrl+Shift+U hides them"));
    m_marker->setStyleSheet(QStringLiteral(
        "QLabel { background: #D55E00; color: white; font-weight: bold; padding: 4px 12px; }"));
    m_marker->hide();
    m_hint->setObjectName(QStringLiteral("workshopHint"));
    m_hint->setWordWrap(true);
    // Long titles and hints must never make the window wider than the projector.
    for (QLabel *label : {m_title, m_hint})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // The views, in order.
    m_views->addWidget(createAgendaView());
    m_titles.append(tr("Agenda"));
    m_views->addWidget(createStageView());
    m_titles.append(tr("Where the mission stands"));
    m_board = new WorkshopBoard(edits, plan.missionId, plan.stage, plan.participants, plan.dotsEach,
                                this);
    m_views->addWidget(m_board);
    m_titles.append(tr("Board: %1").arg(enumLabel(plan.stage)));
    const QList<QPair<QString, QString>> available = WorkshopPlan::availableCharts();
    for (const QString &chart : std::as_const(m_plan.charts)) {
        const auto known = std::find_if(available.cbegin(), available.cend(),
                                        [&chart](const auto &c) { return c.first == chart; });
        if (known == available.cend())
            continue;
        auto *view = new MissionDashboardView(edits.database(), this);
        view->setWallSafe(true);
        view->showOnly(chart);
        view->setMission(plan.missionId);
        connect(view, &MissionDashboardView::redrawn, this, &WorkshopWindow::restyleCharts);
        connect(view->grid(), &PowerInterestGrid::rebuilt, this, &WorkshopWindow::restyleCharts);
        m_views->addWidget(view);
        m_titles.append(known->second);
        m_charts.append(view);
    }

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_marker);
    auto *clock = new QHBoxLayout;
    clock->addStretch(1);
    clock->addWidget(m_timer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addLayout(header);
    layout->addLayout(clock);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_hint);

    // Keys that work in every view, also while a note is being typed.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { showView(currentView() + 1); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { showView(currentView() - 1); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { close(); });
    shortcut(QKeySequence(tr("Ctrl+T")), [this] { toggleTimer(); });
    shortcut(QKeySequence(tr("Ctrl+PgDown")), [this] { setAgendaItem(m_agendaIndex + 1); });
    shortcut(QKeySequence(tr("Ctrl+PgUp")), [this] { setAgendaItem(m_agendaIndex - 1); });
    shortcut(QKeySequence(tr("Ctrl+Shift+U")), [this] {
        if (m_unlocked)
            setUnlocked(false);
        else
            askToUnlock();
    });
    shortcut(QKeySequence::Undo, [this] { m_edits.stack()->undo(); });
    shortcut(QKeySequence::Redo, [this] { m_edits.stack()->redo(); });

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WorkshopWindow::updateHeader);
    m_tick->start();
    connect(&edits.database(), &Database::tablesChanged, this, [this] { refreshStages(); });

    applyTheme();
    showView(0);
}

void WorkshopWindow::applyTheme()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * m_plan.scale);
    setFont(font);
    QPalette palette;
    const QColor ink = m_plan.dark ? QColor(Qt::white) : QColor(Qt::black);
    const QColor paper = m_plan.dark ? QColor(Qt::black) : QColor(Qt::white);
    const QColor accent = m_plan.dark ? QColor(0xF0, 0xE4, 0x42) : QColor(0x00, 0x50, 0x8A);
    for (const QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        palette.setColor(role, paper);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(role, ink);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, paper);
    setPalette(palette);
    setAutoFillBackground(true);
    // The style sheet sets every child's colours outright: a palette alone does not reach
    // children drawn through a style sheet.
    setStyleSheet(
        QStringLiteral("QWidget { color: %1; background-color: %4; } "
                       "QListWidget { border: 3px solid %1; } "
                       "QListWidget::item { border-bottom: 1px solid %2; padding: 2px 0px; } "
                       "QListWidget::item:selected { background: %3; color: %4; } "
                       "QLineEdit { border: 3px solid %1; padding: 4px; } "
                       "QLabel#boardHeader, QLabel#workshopTitle { font-weight: bold; } "
                       "QProgressBar { border: 3px solid %1; text-align: center; } "
                       "QProgressBar::chunk { background: %3; }")
            .arg(ink.name(), m_plan.dark ? QStringLiteral("#555555") : QStringLiteral("#BBBBBB"),
                 accent.name(), paper.name()));
    refreshAgenda();
    refreshStages();
    restyleCharts();
}

void WorkshopWindow::restyleCharts()
{
    for (MissionDashboardView *view : std::as_const(m_charts)) {
        for (QCustomPlot *plot : view->findChildren<QCustomPlot *>()) {
            if (plot->isVisibleTo(view))
                Charts::applyProjectorStyle(plot, m_plan.scale, m_plan.dark);
        }
    }
}

QWidget *WorkshopWindow::createAgendaView()
{
    m_agenda = new QListWidget(this);
    m_agenda->setObjectName(QStringLiteral("agendaList"));
    m_agenda->setFocusPolicy(Qt::NoFocus);
    m_agenda->setSelectionMode(QAbstractItemView::NoSelection);
    refreshAgenda();
    return m_agenda;
}

void WorkshopWindow::refreshAgenda()
{
    m_agenda->clear();
    int start = 0;
    for (int i = 0; i < m_plan.agenda.size(); ++i) {
        const AgendaItem &a = m_plan.agenda.at(i);
        auto *item = new QListWidgetItem(
            tr("%1–%2 min   %3").arg(start).arg(start + a.minutes).arg(a.title), m_agenda);
        if (i == m_agendaIndex) {
            QFont bold = font();
            bold.setBold(true);
            item->setFont(bold);
            item->setText(QStringLiteral("▶ ") + item->text());
        }
        start += a.minutes;
    }
    new QListWidgetItem(tr("%1 minutes in all").arg(m_plan.totalMinutes()), m_agenda);
}

QWidget *WorkshopWindow::createStageView()
{
    m_stages = new QWidget(this);
    m_stages->setObjectName(QStringLiteral("stageOverview"));
    auto *grid = new QGridLayout(m_stages);
    grid->setVerticalSpacing(18);
    for (int i = 0; i < 5; ++i) {
        auto *name = new QLabel(m_stages);
        name->setObjectName(QStringLiteral("stageName%1").arg(i));
        auto *bar = new QProgressBar(m_stages);
        bar->setObjectName(QStringLiteral("stageBar%1").arg(i));
        bar->setRange(0, 100);
        bar->setTextVisible(false); // the figure is beside it, always legible
        bar->setMinimumHeight(48);
        auto *state = new QLabel(m_stages);
        state->setObjectName(QStringLiteral("stageState%1").arg(i));
        grid->addWidget(name, i, 0);
        grid->addWidget(bar, i, 1);
        grid->addWidget(state, i, 2);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);
    refreshStages();
    return m_stages;
}

void WorkshopWindow::refreshStages()
{
    if (!m_stages)
        return;
    const QList<StageStatus> stages = StageProgress::compute(m_edits.database(), m_plan.missionId);
    for (int i = 0; i < stages.size() && i < 5; ++i) {
        const StageStatus &s = stages.at(i);
        auto *name = m_stages->findChild<QLabel *>(QStringLiteral("stageName%1").arg(i));
        auto *bar = m_stages->findChild<QProgressBar *>(QStringLiteral("stageBar%1").arg(i));
        auto *state = m_stages->findChild<QLabel *>(QStringLiteral("stageState%1").arg(i));
        const QString text = tr("%1. %2").arg(i + 1).arg(enumLabel(s.stage)).toHtmlEscaped();
        name->setText(s.current ? QStringLiteral("<b>▶ %1</b>").arg(text) : text);
        bar->setValue(static_cast<int>(std::lround(s.progress * 100)));
        state->setText(tr("%1 % · %2")
                           .arg(std::lround(s.progress * 100))
                           .arg(StageProgress::stateLabel(s.state)));
    }
}

int WorkshopWindow::viewCount() const
{
    return m_views->count();
}

int WorkshopWindow::currentView() const
{
    return m_views->currentIndex();
}

QString WorkshopWindow::viewTitle(int index) const
{
    return m_titles.value(index);
}

void WorkshopWindow::showView(int index)
{
    index = std::clamp(index, 0, viewCount() - 1);
    m_views->setCurrentIndex(index);
    if (m_views->currentWidget() == m_board)
        m_board->list(m_board->currentColumn())->setFocus();
    else
        setFocus();
    m_hint->setText(
        m_views->currentWidget() == m_board
            ? tr("Type and Enter to add · ←/→ column · Ctrl+←/→ move · Ctrl+G group · +/− dot · "
                 "Tab next participant · Del delete · Ctrl+Z undo · PageDown/PageUp views · Esc "
                 "leaves")
            : tr("PageDown, → or Space: next · PageUp, ← or Backspace: back · Ctrl+T timer · "
                 "Ctrl+PageDown next agenda item · Esc leaves"));
    updateHeader();
}

void WorkshopWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        showView(currentView() + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        showView(currentView() - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WorkshopWindow::closeEvent(QCloseEvent *event)
{
    // A note typed but not yet entered is kept, not lost.
    if (m_board && !m_board->entry()->text().trimmed().isEmpty())
        m_board->addTypedNote();
    m_tick->stop();
    Q_EMIT finished();
    event->accept();
}

void WorkshopWindow::setUnlocked(bool unlocked)
{
    m_unlocked = unlocked;
    m_marker->setVisible(unlocked);
    for (MissionDashboardView *view : std::as_const(m_charts))
        view->setWallSafe(!unlocked);
    restyleCharts();
}

void WorkshopWindow::askToUnlock()
{
    QMessageBox ask(QMessageBox::Warning, tr("Show Sensitive Fields"),
                    tr("Show names, attitudes and trust on the wall?"),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("unlockDialog"));
    ask.setInformativeText(tr("Everyone in the room will see them. A marker stays on screen "
                              "until you hide them again with Ctrl+Shift+U."));
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() == QMessageBox::Yes)
        setUnlocked(true);
}

void WorkshopWindow::setAgendaItem(int index)
{
    if (m_plan.agenda.isEmpty())
        return;
    m_agendaIndex = std::clamp(index, 0, static_cast<int>(m_plan.agenda.size()) - 1);
    m_elapsedBefore = 0;
    if (m_running)
        m_clock.restart();
    refreshAgenda();
    updateHeader();
}

void WorkshopWindow::toggleTimer()
{
    if (m_running) {
        m_elapsedBefore += m_clock.elapsed();
        m_running = false;
    } else {
        m_clock.start();
        m_running = true;
    }
    updateHeader();
}

int WorkshopWindow::secondsLeft() const
{
    if (m_plan.agenda.isEmpty())
        return 0;
    const qint64 elapsed = m_elapsedBefore + (m_running ? m_clock.elapsed() : 0);
    return m_plan.agenda.at(m_agendaIndex).minutes * 60 - static_cast<int>(elapsed / 1000);
}

QString WorkshopWindow::timerText() const
{
    if (m_plan.agenda.isEmpty())
        return {};
    const int left = secondsLeft();
    const int shown = std::abs(left);
    const QString clock = QStringLiteral("%1:%2")
                              .arg(shown / 60, 2, 10, QLatin1Char('0'))
                              .arg(shown % 60, 2, 10, QLatin1Char('0'));
    const QString item = m_plan.agenda.at(m_agendaIndex).title;
    if (left < 0)
        return tr("%1 · %2 over").arg(item, clock);
    return m_running ? tr("%1 · %2").arg(item, clock) : tr("%1 · %2 (paused)").arg(item, clock);
}

void WorkshopWindow::updateHeader()
{
    m_title->setText(tr("%1 · %2 (%3 of %4)")
                         .arg(m_missionCode, viewTitle(currentView()))
                         .arg(currentView() + 1)
                         .arg(viewCount()));
    m_timer->setText(timerText());
    // Large enough to read from the back of the room; orange for the last two minutes, red
    // once over time.
    const int left = secondsLeft();
    const QString colours = left < 0
        ? QStringLiteral("color: white; background: #D55E00;")
        : (left < 120 ? QStringLiteral("color: black; background: #E69F00;") : QString());
    m_timer->setStyleSheet(QStringLiteral("QLabel { font-size: %1pt; font-weight: bold; "
                                          "padding: 2px 8px; %2 }")
                               .arg(font().pointSizeF(), 0, 'f', 1)
                               .arg(colours));
}
