#include "ProgrammeDashboardView.h"
#include "Charts.h"
#include "Clock.h"
#include "Database.h"
#include "Palette.h"
#include "ProgrammeRepository.h"
#include "TableMenu.h"
#include "TableModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <numeric>

namespace {

double key(const QDate &date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(QDateTime(date, QTime(0, 0), Qt::UTC));
}

template<typename E> QStringList labels()
{
    QStringList result;
    for (const E value : enumValues<E>())
        result.append(enumLabel(value));
    return result;
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

ProgrammeDashboardView::ProgrammeDashboardView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_programmes(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_missionView(new QTableView(this))
    , m_risks(new QListWidget(this))
{
    setObjectName(QStringLiteral("programmeDashboard"));
    m_programmes->setObjectName(QStringLiteral("dashboardProgramme"));
    m_programmes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_programmes, &QComboBox::currentIndexChanged, this,
            [this] { setProgramme(m_programmes->currentData().toString()); });
    auto *programmeLabel = new QLabel(tr("P&rogramme:"), this);
    programmeLabel->setBuddy(m_programmes);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(9, 6, 9, 0);
    bar->addWidget(programmeLabel);
    bar->addWidget(m_programmes);
    bar->addStretch(1);

    m_summary->setObjectName(QStringLiteral("programmeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    for (const char *name : {"programmeStatusChart", "programmeStageChart", "programmeOutcomeChart",
                             "programmeTimeline"}) {
        QCustomPlot *p = Charts::createPlot(this, QLatin1String(name));
        p->setMinimumHeight(230);
        // Three side by side within a 1024-pixel projector's width, beside the page list.
        p->setMinimumWidth(230);
        m_plots.append(p);
    }
    QCustomPlot *timeline = plot(QStringLiteral("programmeTimeline"));
    timeline->setAccessibleName(tr("Programme timeline"));
    timeline->setMouseTracking(true);
    connect(timeline, &QCustomPlot::mouseMove, this, &ProgrammeDashboardView::showTimelineTip);

    using Column = ListTableModel<Mission>::Column;
    m_missionModel = new ListTableModel<Mission>(
        {
            Column([] { return tr("Mission"); }, [](const Mission &m) { return m.code; })
                .tip([](const Mission &m) { return m.title; }),
            Column([] { return tr("Countries"); },
                   [](const Mission &m) { return m.countriesText(); }),
            Column([] { return tr("Status"); },
                   [](const Mission &m) { return enumLabel(m.status); })
                .decorated([](const Mission &m) { return QVariant(Palette::status(m.status)); }),
            Column([] { return tr("Stage"); },
                   [](const Mission &m) {
                       return tr("%1. %2")
                           .arg(stageNumber(m.currentStage))
                           .arg(enumLabel(m.currentStage));
                   })
                .sortBy([](const Mission &m) { return stageNumber(m.currentStage); }),
            Column([] { return tr("Outcome"); },
                   [](const Mission &m) {
                       return m.outcomeOn.isValid()
                           ? tr("%1 (%2)").arg(enumLabel(m.outcome), dateText(m.outcomeOn))
                           : enumLabel(m.outcome);
                   })
                .decorated([](const Mission &m) { return QVariant(Palette::outcome(m.outcome)); })
                .tip([](const Mission &m) { return m.outcomeNote; }),
        },
        [this] { return m_data.missions; }, this);
    m_missionView->setObjectName(QStringLiteral("programmeMissions"));
    m_missionView->setModel(m_missionModel);
    m_missionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_missionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_missionView->setAlternatingRowColors(true);
    m_missionView->verticalHeader()->hide();
    m_missionView->horizontalHeader()->setStretchLastSection(true);
    m_missionView->setAccessibleName(tr("The programme's missions"));
    m_missionView->setToolTip(tr("Enter or a double click shows the mission's dashboard"));
    m_missionView->setMinimumHeight(160);
    TableMenu::withOpen(m_missionView, tr("&Open Mission Dashboard"));
    connect(m_missionView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT missionActivated(index.data(TableRoles::Id).toString());
    });
    m_risks->setObjectName(QStringLiteral("programmeRisks"));
    m_risks->setAccessibleName(tr("The programme's risks"));
    m_risks->setToolTip(tr("Enter or a double click opens the risk"));
    m_risks->setWordWrap(true);
    m_risks->setMinimumHeight(160);
    connect(m_risks, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT recordActivated({RecordLink::Kind::Risk, {}, id});
    });

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(m_summary, 0, 0, 1, 3);
    grid->addWidget(plot(QStringLiteral("programmeStatusChart")), 1, 0);
    grid->addWidget(plot(QStringLiteral("programmeStageChart")), 1, 1);
    grid->addWidget(plot(QStringLiteral("programmeOutcomeChart")), 1, 2);
    grid->addWidget(timeline, 2, 0, 1, 3);
    auto *missionsTitle = new QLabel(tr("<b>Missions</b>"), this);
    auto *risksTitle = new QLabel(tr("<b>Risks</b>: those that came true first"), this);
    grid->addWidget(missionsTitle, 3, 0, 1, 2);
    grid->addWidget(risksTitle, 3, 2);
    grid->addWidget(m_missionView, 4, 0, 1, 2);
    grid->addWidget(m_risks, 4, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_programmes);

    connect(&m_db, &Database::recordsChanged, this, &ProgrammeDashboardView::refresh);
    refresh();
}

QCustomPlot *ProgrammeDashboardView::plot(const QString &objectName) const
{
    for (QCustomPlot *p : m_plots) {
        if (p->objectName() == objectName)
            return p;
    }
    return nullptr;
}

void ProgrammeDashboardView::reloadProgrammes()
{
    const QSignalBlocker blocker(m_programmes);
    m_programmes->clear();
    for (const Programme &p : ProgrammeRepository(m_db).all())
        m_programmes->addItem(p.label(), p.meta.id);
    int index = m_programmes->findData(m_programmeId);
    if (index < 0 && m_programmes->count() > 0) {
        // The running programme first, else the first.
        index = 0;
        for (const Programme &p : ProgrammeRepository(m_db).all()) {
            if (p.status == MissionStatus::Active) {
                index = m_programmes->findData(p.meta.id);
                break;
            }
        }
    }
    m_programmes->setCurrentIndex(index);
    m_programmeId = m_programmes->currentData().toString();
}

void ProgrammeDashboardView::setProgramme(const QString &programmeId)
{
    m_programmeId = programmeId;
    refresh();
}

void ProgrammeDashboardView::refresh()
{
    reloadProgrammes();
    m_data = ProgrammeDashboard::compute(m_db, m_programmeId, Clock::today());
    const Programme &p = m_data.programme;
    const bool none = p.meta.id.isEmpty();

    QStringList lines;
    if (none) {
        lines.append(tr("No programme is recorded yet. Add one on the Programmes page (Ctrl+6) "
                        "to see how its missions spread."));
    } else {
        lines.append(QStringLiteral("<span style='font-size:large'><b>%1</b></span>")
                         .arg(p.label().toHtmlEscaped()));
        QString who = p.leadOrganisation.isEmpty()
            ? QString()
            : tr("Led by %1").arg(p.leadOrganisation.toHtmlEscaped());
        if (!p.partners.isEmpty())
            who += (who.isEmpty() ? tr("Partners: %1") : tr(", with %1"))
                       .arg(p.partners.toHtmlEscaped());
        QString when;
        if (p.startDate.isValid() && p.endDate.isValid())
            when = tr("from %1 to %2").arg(dateText(p.startDate), dateText(p.endDate));
        else if (p.startDate.isValid())
            when = tr("since %1").arg(dateText(p.startDate));
        QString state = tr("Status: %1").arg(enumLabel(p.status));
        if (p.outcome != MissionOutcome::Open) {
            state += tr("; outcome: %1").arg(enumLabel(p.outcome));
            if (p.outcomeOn.isValid())
                state += tr(" on %1").arg(dateText(p.outcomeOn));
            if (!p.outcomeNote.isEmpty())
                state += tr(" (%1)").arg(p.outcomeNote.toHtmlEscaped());
        }
        QStringList about {who, when, state};
        about.removeAll(QString());
        lines.append(about.join(QStringLiteral(" · ")));
        QStringList lineage;
        if (m_data.predecessor)
            lineage.append(tr("Replaced %1").arg(m_data.predecessor->label().toHtmlEscaped()));
        if (m_data.successor)
            lineage.append(tr("Replaced by %1").arg(m_data.successor->label().toHtmlEscaped()));
        if (!lineage.isEmpty())
            lines.append(lineage.join(QStringLiteral(" · ")));
        if (!m_data.teamNames.isEmpty()) {
            lines.append(tr("Core team: %1")
                             .arg(m_data.teamNames.join(QStringLiteral(", ")).toHtmlEscaped()));
        }
        QSet<QString> countries;
        for (const Mission &m : m_data.missions)
            for (const QString &country : m.countries())
                countries.insert(country);
        int held = 0;
        int people = 0;
        for (const ProgrammeEvent &e : m_data.events) {
            held += e.held ? 1 : 0;
            people += e.held ? e.participants() : 0;
        }
        lines.append(QStringList {
            tr("Missions: %1 in %n country(ies)", nullptr, static_cast<int>(countries.size()))
                .arg(m_data.missions.size()),
            tr("Events: %1, %2 held with %n participant(s)", nullptr, people)
                .arg(m_data.events.size())
                .arg(held),
            tr("Risks: %1 open, %2 came true")
                .arg(m_data.summary.openRisks)
                .arg(m_data.summary.issues)}
                         .join(QStringLiteral(" · ")));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    const PortfolioSummary &s = m_data.summary;
    QCustomPlot *statusChart = plot(QStringLiteral("programmeStatusChart"));
    QCustomPlot *stageChart = plot(QStringLiteral("programmeStageChart"));
    QCustomPlot *outcomeChart = plot(QStringLiteral("programmeOutcomeChart"));
    const QString statusTitle = tr("Missions by status");
    const QString stageTitle = tr("Missions not closed, by stage");
    const QString outcomeTitle = tr("Missions by outcome");
    if (none || m_data.missions.isEmpty()) {
        const QString text = none ? tr("No programme") : tr("The programme has no mission yet.");
        Charts::setNothing(statusChart, statusTitle, text);
        Charts::setNothing(stageChart, stageTitle, text);
        Charts::setNothing(outcomeChart, outcomeTitle, text);
    } else {
        Charts::setBars(statusChart, statusTitle, labels<MissionStatus>(), s.missionsByStatus,
                        Palette::colours(&Palette::status), tr("Missions"));
        QStringList stages;
        for (const Stage stage : enumValues<Stage>())
            stages.append(tr("%1. %2").arg(stageNumber(stage)).arg(enumLabel(stage)));
        if (std::accumulate(s.missionsByStage.cbegin(), s.missionsByStage.cend(), 0) == 0) {
            Charts::setNothing(stageChart, stageTitle,
                               tr("Every mission of the programme is closed."));
        } else {
            Charts::setBars(stageChart, stageTitle, stages, s.missionsByStage,
                            Palette::colours(&Palette::stage), tr("Missions"), Qt::Horizontal);
        }
        Charts::setBars(outcomeChart, outcomeTitle, labels<MissionOutcome>(), s.missionsByOutcome,
                        Palette::colours(&Palette::outcome), tr("Missions"), Qt::Horizontal);
    }
    drawTimeline();

    static_cast<ListTableModel<Mission> *>(m_missionModel)->reload();
    m_missionView->resizeColumnsToContents();

    m_risks->clear();
    QHash<QString, QString> codes;
    for (const Mission &m : m_data.missions)
        codes.insert(m.meta.id, m.code);
    const auto where = [&codes](const Risk &r) {
        return r.missionId.isEmpty() ? tr("programme") : codes.value(r.missionId);
    };
    for (const Risk &r : m_data.issues) {
        auto *item = new QListWidgetItem(
            tr("Came true %1 · %2 (%3)%4")
                .arg(r.occurredOn.isValid() ? dateText(r.occurredOn) : tr("(date unknown)"),
                     r.title, where(r),
                     r.consequence.isEmpty() ? QString() : tr(": %1").arg(r.consequence)),
            m_risks);
        item->setData(Qt::UserRole, r.meta.id);
        item->setForeground(Palette::Vermillion.darker(150));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    for (const Risk &r : m_data.openRisks) {
        auto *item = new QListWidgetItem(
            tr("Open, score %1 · %2 (%3)").arg(r.score()).arg(r.title, where(r)), m_risks);
        item->setData(Qt::UserRole, r.meta.id);
    }
    if (m_risks->count() == 0 && !none)
        new QListWidgetItem(tr("No risk is recorded for this programme or its missions."), m_risks);
}

void ProgrammeDashboardView::drawTimeline()
{
    QCustomPlot *p = plot(QStringLiteral("programmeTimeline"));
    Charts::reset(p, tr("Missions and events over time"));
    m_timelineTips.clear();
    if (m_data.programme.meta.id.isEmpty()) {
        Charts::setNothing(p, tr("Missions and events over time"), tr("No programme"));
        return;
    }
    p->xAxis->setVisible(true);
    p->yAxis->setVisible(true);
    const QDate today = m_data.today;
    QSharedPointer<QCPAxisTickerText> rows(new QCPAxisTickerText);
    int row = 0;
    // Missions as bars from start to end (to today while they run), coloured by outcome once it
    // is known, else by status.
    QList<Mission> missions = m_data.missions;
    std::stable_sort(missions.begin(), missions.end(),
                     [](const Mission &a, const Mission &b) { return a.startDate < b.startDate; });
    for (const Mission &m : std::as_const(missions)) {
        rows->addTick(row,
                      m.countriesText().isEmpty() ? m.code
                                                  : tr("%1 (%2)").arg(m.code, m.countriesText()));
        const QDate start = m.startDate.isValid() ? m.startDate : m_data.first();
        QDate end = m.endDate.isValid() ? m.endDate : today;
        if (m.status == MissionStatus::Closed && m.outcomeOn.isValid() && !m.endDate.isValid())
            end = m.outcomeOn;
        const QColor colour = m.outcome != MissionOutcome::Open ? Palette::outcome(m.outcome)
                                                                : Palette::status(m.status);
        auto *bar = new QCPItemRect(p);
        bar->topLeft->setCoords(key(start), row - 0.3);
        bar->bottomRight->setCoords(key(std::max(end, start).addDays(1)), row + 0.3);
        bar->setBrush(m.status == MissionStatus::Planned ? QBrush(colour, Qt::BDiagPattern)
                                                         : QBrush(colour));
        bar->setPen(QPen(colour.darker(140)));
        m_timelineTips.append({row,
                               tr("%1 · %2: %3 to %4; %5, %6")
                                   .arg(m.code, m.title, dateText(start), dateText(end),
                                        enumLabel(m.status), enumLabel(m.outcome))});
        ++row;
    }
    // Events as diamonds on rows of their own: filled when held, hollow when planned.
    auto *held = p->addGraph();
    auto *planned = p->addGraph();
    for (QCPGraph *graph : {held, planned}) {
        graph->setLineStyle(QCPGraph::lsNone);
        graph->removeFromLegend();
        graph->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Palette::Blue.darker(130), 1.6),
                            graph == held ? QBrush(Palette::Blue) : QBrush(Qt::white), 12));
    }
    for (const ProgrammeEvent &e : m_data.events) {
        const QString place = e.place();
        rows->addTick(
            row, place.isEmpty() ? enumLabel(e.kind) : tr("%1, %2").arg(enumLabel(e.kind), place));
        (e.held ? held : planned)->addData(key(e.startDate), row);
        m_timelineTips.append(
            {row,
             tr("%1 %2%3 (%4)")
                 .arg(dateText(e.startDate), e.title,
                      place.isEmpty() ? QString() : tr(", %1").arg(place),
                      e.held ? tr("held, %n participant(s)", nullptr, e.participants())
                             : tr("planned"))});
        ++row;
    }
    p->yAxis->setTicker(rows);
    p->yAxis->setRange(-0.7, std::max(row, 1) - 0.3);
    p->yAxis->setRangeReversed(true);
    p->yAxis->grid()->setVisible(false);
    p->yAxis->setSubTicks(false);
    p->setMinimumHeight(std::max(230, 26 * row + 110));

    // Ticks by year over long spans, by quarter over short ones.
    const QDate first = m_data.first();
    const QDate last = std::max(m_data.last(), first.addMonths(6));
    const bool years = first.daysTo(last) > 3 * 365;
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    const int yearStep = first.daysTo(last) > 12 * 365 ? 2 : 1;
    for (QDate tick(first.year(), years ? 1 : ((first.month() - 1) / 3) * 3 + 1, 1);
         tick <= last.addMonths(3); tick = tick.addMonths(years ? 12 * yearStep : 3)) {
        ticks->addTick(key(tick),
                       years ? QString::number(tick.year())
                             : tr("Q%1 %2").arg((tick.month() - 1) / 3 + 1).arg(tick.year()));
    }
    p->xAxis->setTicker(ticks);
    p->xAxis->setSubTicks(false);
    p->xAxis->grid()->setVisible(true);
    p->xAxis->setLabel(tr("Bars: missions, coloured by outcome (by status until it is known; "
                          "hatched while planned) · Diamonds: events, filled when held · Dashed: "
                          "today"));
    const double margin = std::max<double>(30, first.daysTo(last) / 40.0) * 86400.0;
    p->xAxis->setRange(key(first) - margin, key(last) + margin);
    if (today >= first && today <= last) {
        auto *line = new QCPItemStraightLine(p);
        line->setObjectName(QStringLiteral("todayLine"));
        line->point1->setCoords(key(today), 0);
        line->point2->setCoords(key(today), 1);
        line->setPen(QPen(Palette::Vermillion, 2, Qt::DashLine));
    }
    p->replot();
}

void ProgrammeDashboardView::showTimelineTip(QMouseEvent *event)
{
    QCustomPlot *p = plot(QStringLiteral("programmeTimeline"));
    const double row = p->yAxis->pixelToCoord(event->position().y());
    for (const auto &[r, text] : std::as_const(m_timelineTips)) {
        if (std::abs(row - r) <= 0.35) {
            QToolTip::showText(event->globalPosition().toPoint(), text, p);
            return;
        }
    }
    QToolTip::hideText();
}
