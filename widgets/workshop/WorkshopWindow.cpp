#include "WorkshopWindow.h"
#include "Charts.h"
#include "Clock.h"
#include "Database.h"
#include "Edits.h"
#include "MissionDashboardView.h"
#include "MissionRepository.h"
#include "PowerInterestGrid.h"
#include "StageProgress.h"
#include "WorkshopBoard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFontDatabase>
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

namespace {

// The wall's type is DejaVu Sans, loaded from the files of Debian's fonts-dejavu-core (which
// scripts/setup.sh installs), so the board fits the same notes whichever sans the desktop
// defaults to: Noto Sans, for one, takes a third more height a line. Without the files the wall
// falls back to the desktop's font.
QString wallFamily()
{
    static const QString family = [] {
        QString loaded;
        for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(
                QStringLiteral("/usr/share/fonts/truetype/dejavu/") + QLatin1String(file));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (loaded.isEmpty() && !families.isEmpty())
                loaded = families.constFirst();
        }
        if (loaded.isEmpty())
            qWarning("Workshop: DejaVu Sans not found; the wall uses the desktop's font");
        return loaded;
    }();
    return family;
}

} // namespace

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
    , m_keys(new QLabel(this))
    , m_blank(new QWidget(this))
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
    // Read from the back of the room: larger than the wall's type, white on vermilion.
    m_marker->setStyleSheet(
        QStringLiteral("QLabel { background: #D55E00; color: white; font-weight: bold; "
                       "padding: 10px 24px; font-size: %1pt; }")
            .arg(QApplication::font().pointSizeF()
                     * std::max(WorkshopPlan::MinimumScale, m_plan.scale) * 1.3,
                 0, 'f', 1));
    m_marker->hide();
    m_hint->setObjectName(QStringLiteral("workshopHint"));
    m_keys->setObjectName(QStringLiteral("workshopKeys"));
    m_keys->setWordWrap(true);
    m_keys->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_keys->setAutoFillBackground(true);
    m_keys->setText(keyHelp());
    m_keys->hide();
    m_blank->setObjectName(QStringLiteral("blankScreen"));
    m_blank->setAutoFillBackground(true);
    m_blank->setStyleSheet(QStringLiteral("background: black;"));
    m_blank->setFocusPolicy(Qt::StrongFocus);
    m_blank->installEventFilter(this);
    m_blank->hide();
    // Long titles and hints wrap; they never make the window wider than the projector.
    // (The timer's item is shortened to half the width instead; see updateHeader.)
    m_title->setWordWrap(true);
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

    // One line of header: where we are and the clock; under it, across the wall, the marker
    // while sensitive fields are shown.
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_timer);
    m_marker->setAlignment(Qt::AlignCenter);
    m_marker->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_marker);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_hint);

    // Keys that work in every view, also while a note is being typed.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { next(); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { back(); });
    // What clickers send for a blank screen (B works too, away from the board).
    shortcut(QKeySequence(Qt::Key_Period), [this] { setBlank(!isBlank()); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] {
        if (m_keys->isVisible())
            showKeys(false);
        else if (isBlank())
            setBlank(false);
        else
            close();
    });
    shortcut(QKeySequence(tr("Ctrl+T")), [this] { toggleTimer(); });
    shortcut(QKeySequence(Qt::Key_F1), [this] { showKeys(!m_keys->isVisible()); });
    shortcut(QKeySequence(tr("Ctrl+PgDown")), [this] { setAgendaItem(agendaItem() + 1); });
    shortcut(QKeySequence(tr("Ctrl+PgUp")), [this] { setAgendaItem(agendaItem() - 1); });
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
    connect(&edits.database(), &Database::recordsChanged, this, [this] { refreshStages(); });

    applyTheme();
    m_session = WorkshopSession(m_plan.agenda, static_cast<int>(m_charts.size()));
    goToStep(0, false);
}

void WorkshopWindow::applyTheme()
{
    QFont font = QApplication::font();
    if (const QString family = wallFamily(); !family.isEmpty())
        font.setFamilies({family});
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
    // It names the wall's family too: a family set on the window alone does not reach the
    // children whose fonts were set before it.
    const QString family = wallFamily();
    setStyleSheet(
        (family.isEmpty() ? QString()
                          : QStringLiteral("QWidget { font-family: \"%1\"; } ").arg(family))
        + QStringLiteral("QWidget { color: %1; background-color: %4; } "
                         "QListWidget { border: 3px solid %1; selection-background-color: %3; "
                         "selection-color: %4; } "
                         "QLabel#workshopKeys { border: 3px solid %1; padding: 16px; } "
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
    m_agenda = new QLabel(this);
    m_agenda->setObjectName(QStringLiteral("agendaView"));
    m_agenda->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_agenda->setWordWrap(true);
    m_agenda->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    refreshAgenda();
    return m_agenda;
}

void WorkshopWindow::refreshAgenda()
{
    // Larger than the rest: the agenda is what the room reads from furthest away.
    QFont large = font();
    large.setPointSizeF(font().pointSizeF() * 1.25);
    m_agenda->setFont(large);
    QString rows;
    int start = 0;
    for (int i = 0; i < m_plan.agenda.size(); ++i) {
        const AgendaItem &a = m_plan.agenda.at(i);
        // ▶ the item in hand, ✓ those behind.
        const QString mark = i == m_session.agendaItem() ? QStringLiteral("▶")
            : i < m_session.agendaItem()                 ? QStringLiteral("✓")
                                                         : QString();
        const QString cell =
            i == m_session.agendaItem() ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
        rows +=
            QStringLiteral("<tr><td>%1&nbsp;</td><td align=\"right\">%2&nbsp;&nbsp;</td>"
                           "<td>%3</td></tr>")
                .arg(cell.arg(mark), cell.arg(tr("%1–%2 min").arg(start).arg(start + a.minutes)),
                     cell.arg(a.title.toHtmlEscaped()));
        start += a.minutes;
    }
    m_agenda->setText(
        QStringLiteral("<table cellspacing=\"6\">%1<tr><td></td><td align=\"right\">%2&nbsp;&nbsp;"
                       "</td><td>%3</td></tr></table>")
            .arg(rows, tr("%1 min").arg(m_plan.totalMinutes()), tr("in all")));
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
    showHint();
    updateHeader();
}

void WorkshopWindow::showHint()
{
    // The board gives the line to its notes: its entry says what to do, and F1 lists the keys.
    m_hint->setVisible(m_views->currentWidget() != m_board);
    fitHint();
}

void WorkshopWindow::fitHint()
{
    // Always one line.
    const QString hint =
        tr("%1 of %2 · PageDown or Space: next · PageUp: back · F1 all keys · Esc leaves")
            .arg(m_session.currentStep() + 1)
            .arg(stepCount());
    const int room = std::max(0, width() - 2 * layout()->contentsMargins().left());
    m_hint->setText(m_hint->fontMetrics().elidedText(hint, Qt::ElideRight, room));
}

QString WorkshopWindow::keyHelp()
{
    const QList<QPair<QString, QString>> keys {
        {tr("PageDown, →, ↓ or Space"), tr("next view")},
        {tr("PageUp, ←, ↑ or Backspace"), tr("view before")},
        {tr("Ctrl+PageDown / Ctrl+PageUp"), tr("next / previous agenda item")},
        {tr("Ctrl+T"), tr("start or pause the timer")},
        {tr(". or B"), tr("blank screen; any key brings it back")},
        {tr("Ctrl+Shift+U"), tr("show or hide sensitive fields")},
        {tr("On the board: type, then Enter"), tr("add a note")},
        {tr("←/→ and ↑/↓"), tr("column and note")},
        {tr("Ctrl+←/→ · Ctrl+G · Del"), tr("move · group · delete the note")},
        {tr("+ / − · Tab / Shift+Tab"), tr("give or take back a dot · next or previous voter")},
        {tr("Ctrl+Z / Ctrl+Y"), tr("undo / redo")},
        {tr("F1 · Esc"), tr("these keys · leave workshop mode")},
    };
    QString rows;
    for (const auto &[key, action] : keys)
        rows += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), action.toHtmlEscaped());
    return QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(rows);
}

void WorkshopWindow::showKeys(bool show)
{
    // Over the view, until F1 or Esc again.
    if (show) {
        m_keys->setGeometry(m_views->geometry());
        m_keys->raise();
    }
    m_keys->setVisible(show);
}

int WorkshopWindow::stepCount() const
{
    return m_session.stepCount();
}

void WorkshopWindow::next()
{
    if (isBlank())
        setBlank(false); // the first press brings the wall back, where it was
    else
        goToStep(currentStep() + 1, true);
}

void WorkshopWindow::back()
{
    if (isBlank())
        setBlank(false);
    else
        goToStep(currentStep() - 1, false);
}

void WorkshopWindow::goToStep(int step, bool forward)
{
    setBlank(false);
    if (m_session.stepCount() == 0) {
        showView(0);
        return;
    }
    if (m_session.goToStep(step, forward))
        refreshAgenda();
    showView(m_session.currentView());
}

void WorkshopWindow::setBlank(bool blank)
{
    if (blank == m_blank->isVisible())
        return;
    if (blank) {
        m_beforeBlank = QApplication::focusWidget();
        m_blank->setGeometry(rect());
        m_blank->raise();
        m_blank->show();
        m_blank->setFocus();
    } else {
        m_blank->hide();
        if (m_beforeBlank)
            m_beforeBlank->setFocus();
    }
}

bool WorkshopWindow::isBlank() const
{
    return m_blank->isVisible();
}

bool WorkshopWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_blank && event->type() == QEvent::KeyPress) {
        setBlank(false); // any key brings the wall back
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void WorkshopWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        back();
        return;
    case Qt::Key_B:
        setBlank(true);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WorkshopWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_blank->setGeometry(rect());
    m_keys->setGeometry(m_views->geometry());
    fitHint();
    updateHeader();
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
    index = std::clamp(index, 0, static_cast<int>(m_plan.agenda.size()) - 1);
    const int first = m_session.firstStepOf(index);
    if (first >= 0) {
        goToStep(first, index > m_session.agendaItem());
    } else {
        m_session.switchItem(index);
        refreshAgenda();
        updateHeader();
    }
}

void WorkshopWindow::toggleTimer()
{
    if (m_plan.agenda.isEmpty())
        return;
    m_session.toggleTimer();
    updateHeader();
}

int WorkshopWindow::secondsLeft() const
{
    return m_session.secondsLeft();
}

QString WorkshopWindow::timerText() const
{
    return m_session.timerText();
}

void WorkshopWindow::updateHeader()
{
    m_title->setText(tr("%1 · %2").arg(m_missionCode, viewTitle(currentView())));
    // The item's title gives way so the clock always shows, in at most half the width.
    if (!m_plan.agenda.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const QString clock = m_session.clockText();
        const int room =
            width() / 2 - metrics.horizontalAdvance(tr("%1 · %2").arg(QString(), clock));
        const QString item = metrics.elidedText(m_plan.agenda.at(m_session.agendaItem()).title,
                                                Qt::ElideRight, std::max(room, 0));
        m_timer->setText(tr("%1 · %2").arg(item, clock));
    }
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
