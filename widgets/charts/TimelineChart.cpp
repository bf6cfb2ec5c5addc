#include "TimelineChart.h"
#include "Charts.h"
#include "Clock.h"
#include "Database.h"
#include "LabelPlacer.h"
#include "Palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace {

constexpr int StageRows = 5;

double key(const QDate &date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(QDateTime(date, QTime(0, 0), Qt::UTC));
}

QDate dateOf(double key)
{
    return QCPAxisTickerDateTime::keyToDateTime(key).toUTC().date();
}

int rowOf(MissionTimeline::Row row)
{
    return StageRows + static_cast<int>(row);
}

QColor stageColour(Stage stage)
{
    static const QList<QColor> colours {Palette::SkyBlue, Palette::BluishGreen, Palette::Orange,
                                        Palette::Blue, Palette::ReddishPurple};
    return colours.at(stageNumber(stage) - 1);
}

} // namespace

TimelineChart::TimelineChart(Database &db, const QString &missionId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_missionId(missionId)
    , m_plot(Charts::createPlot(this, QStringLiteral("timelinePlot")))
    , m_zoomBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("timelineChart"));
    m_zoomBox->setObjectName(QStringLiteral("timelineZoom"));
    m_zoomBox->addItem(tr("Whole mission"), static_cast<int>(Zoom::WholeMission));
    m_zoomBox->addItem(tr("By quarter"), static_cast<int>(Zoom::Quarter));
    m_zoomBox->addItem(tr("By month"), static_cast<int>(Zoom::Month));
    connect(m_zoomBox, &QComboBox::currentIndexChanged, this, [this] {
        m_zoom = static_cast<Zoom>(m_zoomBox->currentData().toInt());
        applyZoom();
    });
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoomBox);
    auto *hint = new QLabel(tr("Drag or scroll the chart to move along the timeline. Filled "
                               "markers were held; hollow ones are planned."),
                            this);
    hint->setWordWrap(true);
    m_controls = new QWidget(this);
    m_controls->setObjectName(QStringLiteral("timelineControls"));
    auto *bar = new QHBoxLayout(m_controls);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(zoomLabel);
    bar->addWidget(m_zoomBox);
    bar->addSpacing(16);
    bar->addWidget(hint, 1);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setAccessibleName(tr("Mission timeline"));
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelineChart::showTip);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_plot, 1);
    connect(m_plot, &QCustomPlot::afterLayout, this, &TimelineChart::fitLabels);

    connect(&db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Mission, RecordKind::StageMove,
                              RecordKind::ConsultationSession, RecordKind::TrainingSession,
                              RecordKind::FollowUpActivity}))
            refresh();
    });
    refresh();
}

void TimelineChart::setMission(const QString &missionId)
{
    m_missionId = missionId;
    refresh();
}

void TimelineChart::setControlsShown(bool shown)
{
    m_controls->setVisible(shown);
}

void TimelineChart::setZoom(Zoom zoom)
{
    m_zoomBox->setCurrentIndex(m_zoomBox->findData(static_cast<int>(zoom)));
}

QPair<QDate, QDate> TimelineChart::shownRange() const
{
    return {dateOf(m_plot->xAxis->range().lower), dateOf(m_plot->xAxis->range().upper)};
}

void TimelineChart::refresh()
{
    m_timeline = MissionTimeline::compute(m_db, m_missionId, Clock::today());
    m_plot->clearPlottables();
    m_plot->clearItems();
    if (auto *heading = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0))) {
        QFont font = m_plot->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        font.setBold(true);
        heading->setFont(font);
        heading->setText(tr("Timeline"));
    }

    // Rows from the top: the five stages, then the sessions, then the milestones.
    QSharedPointer<QCPAxisTickerText> rows(new QCPAxisTickerText);
    for (const Stage stage : enumValues<Stage>())
        rows->addTick(stageNumber(stage) - 1,
                      tr("%1. %2").arg(stageNumber(stage)).arg(enumLabel(stage)));
    for (const auto row : {MissionTimeline::Row::Consultation, MissionTimeline::Row::Training,
                           MissionTimeline::Row::FollowUp, MissionTimeline::Row::Milestone})
        rows->addTick(rowOf(row), MissionTimeline::rowLabel(row));
    m_plot->yAxis->setTicker(rows);
    m_plot->yAxis->setRange(-0.7, rowOf(MissionTimeline::Row::Milestone) + 0.7);
    m_plot->yAxis->setRangeReversed(true);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setSubTicks(false);

    for (const MissionTimeline::Span &span : m_timeline.spans) {
        const int row = stageNumber(span.stage) - 1;
        auto *bar = new QCPItemRect(m_plot);
        bar->topLeft->setCoords(key(span.start), row - 0.32);
        bar->bottomRight->setCoords(key(span.end.addDays(1)), row + 0.32);
        const QColor colour = stageColour(span.stage);
        bar->setBrush(span.current ? QBrush(colour, Qt::BDiagPattern) : QBrush(colour));
        bar->setPen(QPen(colour.darker(140), span.current ? 2 : 1));
    }

    // One graph per row and state, so that held and planned read apart in the legend too.
    const auto markers = [this](MissionTimeline::Row row, bool done) {
        auto *graph = m_plot->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor colour =
            row == MissionTimeline::Row::Milestone ? Palette::Vermillion : QColor(0x33, 0x33, 0x33);
        const auto shape = row == MissionTimeline::Row::Milestone ? QCPScatterStyle::ssDiamond
                                                                  : QCPScatterStyle::ssCircle;
        graph->setScatterStyle(QCPScatterStyle(shape, QPen(colour, 1.6),
                                               done ? QBrush(colour) : QBrush(Qt::white),
                                               row == MissionTimeline::Row::Milestone ? 12 : 9));
        graph->removeFromLegend();
        return graph;
    };
    for (const auto row : {MissionTimeline::Row::Consultation, MissionTimeline::Row::Training,
                           MissionTimeline::Row::FollowUp, MissionTimeline::Row::Milestone}) {
        QCPGraph *held = markers(row, true);
        QCPGraph *planned = markers(row, false);
        for (const MissionTimeline::Event &e : m_timeline.events) {
            if (e.row == row && e.date.isValid())
                (e.done ? held : planned)->addData(key(e.date), rowOf(row));
        }
    }
    // The milestones' names, placed once the plot knows its size (fitLabels).
    m_milestoneNames.clear();
    m_milestoneKeys.clear();
    m_milestoneTexts.clear();
    for (const MissionTimeline::Event &e : m_timeline.events) {
        if (e.row != MissionTimeline::Row::Milestone || !e.date.isValid())
            continue;
        auto *label = new QCPItemText(m_plot);
        label->setObjectName(QStringLiteral("milestoneName"));
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setPositionAlignment(Qt::AlignCenter);
        label->setText(e.caption);
        label->setClipToAxisRect(false);
        label->setProperty("placedByChart", true); // LabelPlacer places it, not LabelFitter
        m_milestoneNames.append(label);
        m_milestoneKeys.append(QPointF(key(e.date), rowOf(e.row)));
        m_milestoneTexts.append(e.caption);
    }

    auto *today = new QCPItemStraightLine(m_plot);
    today->setObjectName(QStringLiteral("todayLine"));
    today->point1->setCoords(key(m_timeline.today), 0);
    today->point2->setCoords(key(m_timeline.today), 1);
    today->setPen(QPen(Palette::Vermillion, 2, Qt::DashLine));
    m_todayLabel = new QCPItemText(m_plot);
    m_todayLabel->setObjectName(QStringLiteral("todayLabel"));
    m_todayLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_todayLabel->position->setCoords(key(m_timeline.today), 0);
    m_todayLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_todayLabel->setPadding(QMargins(4, 2, 4, 2));
    m_todayLabel->setColor(Palette::Vermillion.darker(130));
    m_todayLabel->setText(tr("Today %1").arg(m_timeline.today.toString(Qt::ISODate)));
    applyZoom();
}

void TimelineChart::applyZoom()
{
    const QDate first = m_timeline.first();
    const QDate last = m_timeline.last();
    QDate from = first;
    QDate to = last;
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    const QLocale locale;
    // The zoomed views centre on today, or on a closed mission's end.
    const QDate centre = m_timeline.closed ? last : m_timeline.today;
    if (m_zoom == Zoom::Month) {
        // Six months around it, a tick each month.
        from = centre.addMonths(-3);
        to = centre.addMonths(3);
    } else if (m_zoom == Zoom::Quarter) {
        from = centre.addMonths(-12);
        to = centre.addMonths(12);
    }
    // A tick a month or a quarter, or a year over a long mission; fitLabels thins them out where
    // their labels would not fit.
    const bool longRange = m_zoom == Zoom::WholeMission && first.daysTo(last) > 3 * 365;
    m_leastStep = m_zoom == Zoom::Month ? 1 : (longRange ? 12 : 3);
    setTicks(m_leastStep);
    m_plot->xAxis->setSubTicks(false);
    const double margin = std::max<double>(7, from.daysTo(to) / 30.0) * 86400.0;
    m_plot->xAxis->setRange(key(from) - margin, key(to) + margin);
    m_plot->replot();
}

void TimelineChart::setTicks(int months)
{
    m_tickStep = months;
    const QDate first = m_timeline.first();
    const QDate last = m_timeline.last();
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    const QLocale locale;
    // Over the whole mission, so that dragging finds them too; aligned on the calendar.
    const int step = std::min(months, 12);
    QDate tick(first.year(), ((first.month() - 1) / step) * step + 1, 1);
    if (months > 12)
        tick = QDate(first.year() - first.year() % 2, 1, 1);
    while (tick <= last.addMonths(months)) {
        QString text;
        if (months >= 12)
            text = QString::number(tick.year());
        else if (months == 3)
            text = tr("Q%1 %2").arg((tick.month() - 1) / 3 + 1).arg(tick.year());
        else
            text = locale.toString(tick, QStringLiteral("MMM yyyy"));
        ticks->addTick(key(tick), text);
        tick = tick.addMonths(months);
    }
    m_plot->xAxis->setTicker(ticks);
}

void TimelineChart::fitLabels()
{
    const QRect area = m_plot->axisRect()->rect();
    if (area.width() <= 0)
        return;
    // The date ticks: the next step up from the zoom's own until each label has room.
    const QFontMetricsF ticks(m_plot->xAxis->tickLabelFont());
    const double months = (m_plot->xAxis->range().size() / 86400.0) / 30.44;
    const double perMonth = area.width() / std::max(1.0, months);
    int fitted = 24;
    for (const int step : {1, 3, 6, 12, 24}) {
        if (step < m_leastStep)
            continue;
        const QString sample = step >= 12 ? QStringLiteral("2026")
            : step == 3                   ? tr("Q%1 %2").arg(4).arg(2026)
                        : QLocale().toString(QDate(2026, 9, 1), QStringLiteral("MMM yyyy"));
        if (ticks.horizontalAdvance(sample) + ticks.height() <= step * perMonth) {
            fitted = step;
            break;
        }
    }
    if (fitted != m_tickStep) {
        setTicks(fitted);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    // Today's label beside its line, on the side with room.
    QList<QRectF> fixed;
    if (m_todayLabel) {
        const double x = m_plot->xAxis->coordToPixel(key(m_timeline.today));
        const QFontMetricsF metrics(m_todayLabel->font());
        const double width = metrics.horizontalAdvance(m_todayLabel->text()) + 8;
        const bool right = x + width <= area.right();
        m_todayLabel->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
        fixed.append(QRectF(right ? x : x - width, area.top(), width, metrics.height() + 4));
    }

    // The milestones' names, where they overlap nothing else (and inside the chart).
    if (m_milestoneNames.isEmpty())
        return;
    QList<LabelPlacer::Mark> marks;
    for (int i = 0; i < m_milestoneNames.size(); ++i) {
        const QPointF at(m_plot->xAxis->coordToPixel(m_milestoneKeys.at(i).x()),
                         m_plot->yAxis->coordToPixel(m_milestoneKeys.at(i).y()));
        marks.append({at, 9, {m_milestoneTexts.at(i)}});
    }
    // The other rows' markers are in the way too.
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        const QCPGraph *graph = m_plot->graph(g);
        const double r = graph->scatterStyle().size() / 2 + 1;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            const QPointF c(m_plot->xAxis->coordToPixel(it->key),
                            m_plot->yAxis->coordToPixel(it->value));
            fixed.append(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        }
    }
    const QList<LabelPlacer::Placed> placed =
        LabelPlacer::place(marks, QRectF(area).adjusted(2, 2, -2, -2), fixed,
                           QFontMetricsF(m_milestoneNames.constFirst()->font()));
    for (int i = 0; i < placed.size(); ++i) {
        QCPItemText *name = m_milestoneNames.at(i);
        name->setVisible(!placed.at(i).text.isEmpty());
        name->setText(placed.at(i).text.isEmpty() ? m_milestoneTexts.at(i) : placed.at(i).text);
        name->position->setCoords(placed.at(i).rect.center());
    }
}

void TimelineChart::showTip(QMouseEvent *event)
{
    const QPointF pos = event->position();
    QStringList lines;
    for (const MissionTimeline::Event &e : m_timeline.events) {
        const double x = m_plot->xAxis->coordToPixel(key(e.date));
        const double y = m_plot->yAxis->coordToPixel(rowOf(e.row));
        if (std::abs(x - pos.x()) <= 7 && std::abs(y - pos.y()) <= 9) {
            lines.append(tr("%1 %2 (%3)")
                             .arg(e.date.toString(Qt::ISODate), e.label,
                                  e.done ? tr("held") : tr("planned")));
        }
    }
    for (const MissionTimeline::Span &span : m_timeline.spans) {
        if (!lines.isEmpty())
            break;
        const int row = stageNumber(span.stage) - 1;
        const QRectF box(QPointF(m_plot->xAxis->coordToPixel(key(span.start)),
                                 m_plot->yAxis->coordToPixel(row - 0.32)),
                         QPointF(m_plot->xAxis->coordToPixel(key(span.end.addDays(1))),
                                 m_plot->yAxis->coordToPixel(row + 0.32)));
        if (box.normalized().contains(pos)) {
            lines.append(tr("%1: %2 to %3")
                             .arg(enumLabel(span.stage), span.start.toString(Qt::ISODate),
                                  span.current ? tr("today") : span.end.toString(Qt::ISODate)));
        }
    }
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), lines.join(u'\n'), m_plot);
}
