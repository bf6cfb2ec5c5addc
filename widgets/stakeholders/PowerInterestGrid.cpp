#include "PowerInterestGrid.h"
#include "Charts.h"
#include "LabelFitter.h"
#include "LabelPlacer.h"
#include "Palette.h"
#include "Scales.h"
#include "Stakeholder.h"

#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr double s_split = 2.5; // 3 and more count as high (see quadrantFor)

// Stakeholders that share a cell are spread around its centre so that each stays visible.
QPointF spread(int index, int count)
{
    if (count <= 1)
        return {};
    const double angle = 2.0 * M_PI * index / count;
    const double radius = count <= 4 ? 0.18 : 0.28;
    return {radius * std::cos(angle), radius * std::sin(angle)};
}

// Where each quadrant's counts stand on a wall: the middle of its cells.
QPointF quadrantCentre(Quadrant quadrant)
{
    const bool highInterest =
        quadrant == Quadrant::ManageClosely || quadrant == Quadrant::KeepInformed;
    const bool highPower =
        quadrant == Quadrant::ManageClosely || quadrant == Quadrant::KeepSatisfied;
    return {highInterest ? 4.0 : 1.5, highPower ? 4.0 : 1.5};
}

} // namespace

PowerInterestGrid::PowerInterestGrid(QWidget *parent)
    : QWidget(parent)
    , m_plot(Charts::createPlot(this, QStringLiteral("powerInterestPlot")))
{
    setObjectName(QStringLiteral("powerInterestGrid"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->setAccessibleName(tr("Power/interest grid"));
    // The legend lives in its own row under the axis rect.
    m_plot->plotLayout()->addElement(2, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
    // Names are placed once the plot knows its size: on the desk, on the wall, in a report.
    connect(m_plot, &QCustomPlot::afterLayout, this, &PowerInterestGrid::placeNames);
}

QRectF PowerInterestGrid::textRect(const QCPItemText *text)
{
    const QFontMetricsF metrics(text->font());
    QSizeF size;
    for (const QString &line : text->text().split(u'\n'))
        size = QSizeF(std::max(size.width(), metrics.horizontalAdvance(line) + 4),
                      size.height() + metrics.height());
    const QPointF at = text->position->pixelPosition();
    const Qt::Alignment align = text->positionAlignment();
    QRectF rect(at, size);
    if (align & Qt::AlignRight)
        rect.moveRight(at.x());
    else if (align & Qt::AlignHCenter)
        rect.moveLeft(at.x() - size.width() / 2);
    if (align & Qt::AlignBottom)
        rect.moveBottom(at.y());
    else if (align & Qt::AlignVCenter)
        rect.moveTop(at.y() - size.height() / 2);
    return rect;
}

void PowerInterestGrid::placeNames()
{
    // The counts in each quadrant (on the wall) in lines that keep inside it, centred as they
    // are between its sides.
    const QRect grid = m_plot->axisRect()->rect();
    const double split = m_plot->xAxis->coordToPixel(s_split);
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(m_plot->item(i));
        if (!text || text->objectName() != QLatin1String("quadrantCount"))
            continue;
        if (!text->property("fullText").isValid())
            text->setProperty("fullText", text->text());
        const double x = text->position->pixelPosition().x();
        const double half = std::min({x - grid.left(), grid.right() - x, std::abs(x - split)});
        text->setText(LabelFitter::wrapped(text->property("fullText").toString(),
                                           QFontMetricsF(text->font()), 2 * half - 12));
        // Where the quadrant is too low to hold it clear of the quadrants' names, it is left
        // out (the title says what a quadrant leaves out).
        const QRectF box = LabelFitter::boxOf(text).adjusted(1, 1, -1, -1);
        text->setVisible(std::none_of(
            m_quadrantNames.cbegin(), m_quadrantNames.cend(),
            [&box](const QCPItemText *name) { return LabelFitter::boxOf(name).intersects(box); }));
    }
    if (m_names.isEmpty())
        return;
    QList<QRectF> fixed;
    for (const QCPItemText *quadrant : std::as_const(m_quadrantNames))
        fixed.append(textRect(quadrant));
    QList<LabelPlacer::Mark> marks;
    for (int i = 0; i < m_names.size(); ++i)
        marks.append({m_bubbles.at(i)->position->pixelPosition(), m_bubbles.at(i)->size() / 2,
                      m_names.at(i).second});
    // The names may reach past the axes into the plot's margins, not past its edge.
    const QRectF area = QRectF(m_plot->viewport()).adjusted(2, 2, -2, -2);
    const QList<LabelPlacer::Placed> placed =
        LabelPlacer::place(marks, area, fixed, QFontMetricsF(m_names.first().first->font()));
    for (int i = 0; i < placed.size(); ++i) {
        QCPItemText *label = m_names.at(i).first;
        label->setVisible(!placed.at(i).text.isEmpty());
        label->setText(placed.at(i).text);
        label->position->setCoords(placed.at(i).rect.center() - marks.at(i).centre);
    }
}

QList<QRectF> PowerInterestGrid::nameRects() const
{
    QList<QRectF> rects;
    for (const auto &[label, texts] : m_names)
        rects.append(label->visible() ? textRect(label) : QRectF());
    return rects;
}

QList<QRectF> PowerInterestGrid::quadrantRects() const
{
    QList<QRectF> rects;
    for (const QCPItemText *quadrant : m_quadrantNames)
        rects.append(textRect(quadrant));
    return rects;
}

QList<QRectF> PowerInterestGrid::bubbleRects() const
{
    QList<QRectF> rects;
    for (const QCPItemTracer *bubble : m_bubbles) {
        const QPointF c = bubble->position->pixelPosition();
        const qreal r = bubble->size() / 2;
        rects.append(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    }
    return rects;
}

QColor PowerInterestGrid::colourOf(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Blocker:
        return Palette::Vermillion;
    case Attitude::Sceptic:
        return Palette::Orange;
    case Attitude::Neutral:
        return Palette::Grey;
    case Attitude::Supporter:
        return Palette::SkyBlue;
    case Attitude::Champion:
        return Palette::Blue;
    }
    return Palette::Grey;
}

void PowerInterestGrid::setTitle(const QString &title)
{
    m_title = title;
    rebuild();
}

void PowerInterestGrid::setPoints(const QList<GridPoint> &points)
{
    m_points = points;
    rebuild();
}

void PowerInterestGrid::setAnonymous(bool anonymous)
{
    m_anonymous = anonymous;
    rebuild();
}

void PowerInterestGrid::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_bubbles.clear();
    m_names.clear();
    m_quadrantNames.clear();
    m_arrows = 0;
    if (auto *heading = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0))) {
        QFont font = m_plot->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        font.setBold(true);
        heading->setFont(font);
        heading->setText(m_title);
    }
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int value = Scales::RatingMin; value <= Scales::RatingMax; ++value)
            ticker->addTick(value, QString::number(value));
        axis->setTicker(ticker);
        axis->setSubTicks(false);
        axis->grid()->setVisible(false);
    }
    // A band above 5 and below 1 for the quadrants' names, clear of the bubbles and their names.
    m_plot->xAxis->setRange(0.5, 5.5);
    m_plot->yAxis->setRange(0.0, 6.0);
    m_plot->xAxis->setLabel(tr("Interest (1-5)"));
    m_plot->yAxis->setLabel(tr("Power (1-5)"));

    // Quadrant lines and names.
    QPen split(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine);
    for (const bool vertical : {true, false}) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setPen(split);
        line->point1->setCoords(vertical ? s_split : 0, vertical ? 0 : s_split);
        line->point2->setCoords(vertical ? s_split : 1, vertical ? 1 : s_split);
    }
    const QList<std::tuple<double, double, Quadrant, Qt::Alignment>> names {
        {0.55, 5.97, Quadrant::KeepSatisfied, Qt::AlignLeft | Qt::AlignTop},
        {5.45, 5.97, Quadrant::ManageClosely, Qt::AlignRight | Qt::AlignTop},
        {0.55, 0.03, Quadrant::Monitor, Qt::AlignLeft | Qt::AlignBottom},
        {5.45, 0.03, Quadrant::KeepInformed, Qt::AlignRight | Qt::AlignBottom},
    };
    for (const auto &[x, y, quadrant, alignment] : names) {
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(x, y);
        label->setPositionAlignment(alignment);
        label->setObjectName(QStringLiteral("quadrantLabel")); // stays subdued on the wall
        m_quadrantNames.append(label);
        label->setText(enumLabel(quadrant));
        label->setColor(QColor(0x44, 0x44, 0x44));
        QFont font = m_plot->font();
        font.setItalic(true);
        label->setFont(font);
    }

    // Legend: one entry per attitude, in a row under the plot where it hides no bubble.
    m_plot->legend->setVisible(!m_anonymous);
    // An empty legend left in the layout would hold the whole plot to its own tiny width.
    QCPLayoutGrid *grid = m_plot->plotLayout();
    const bool inLayout = grid->rowCount() > 2 && grid->hasElement(2, 0);
    if (m_anonymous && inLayout) {
        grid->take(m_plot->legend);
        grid->simplify();
    } else if (!m_anonymous && !inLayout) {
        grid->addElement(2, 0, m_plot->legend);
        grid->setRowStretchFactor(2, 0.001);
    }
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    for (const Attitude attitude : enumValues<Attitude>()) {
        if (m_anonymous)
            break;
        auto *entry = m_plot->addGraph();
        entry->setName(enumLabel(attitude));
        entry->setLineStyle(QCPGraph::lsNone);
        entry->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colourOf(attitude), 10));
    }
    m_plot->legend->setWrap(5);
    m_plot->legend->setBorderPen(Qt::NoPen);

    const QFontMetrics metrics(m_plot->font());

    if (m_anonymous) {
        // No one is placed: per quadrant, how many of each type stand there.
        const auto counts = StakeholderGrid::typeCounts(m_points, WallMinimum);
        QFont font = m_plot->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        for (const Quadrant quadrant : enumValues<Quadrant>()) {
            QStringList lines;
            for (const StakeholderGrid::TypeCount &c : counts.value(quadrant))
                lines.append(tr("%1: %2").arg(enumLabel(c.type)).arg(c.count));
            auto *text = new QCPItemText(m_plot);
            text->position->setCoords(quadrantCentre(quadrant));
            text->setPositionAlignment(Qt::AlignCenter);
            text->setTextAlignment(Qt::AlignCenter);
            text->setObjectName(QStringLiteral("quadrantCount"));
            text->setProperty("placedByChart", true); // placeNames() wraps it to its quadrant
            if (lines.isEmpty()) {
                // Say why it is empty, so the room does not read "nobody here".
                QFont quiet = m_plot->font();
                quiet.setItalic(true);
                text->setFont(quiet);
                text->setText(tr("No type with %1 or more here").arg(WallMinimum));
                text->setColor(QColor(0x55, 0x55, 0x55));
            } else {
                text->setFont(font);
                text->setText(lines.join(u'\n'));
                text->setColor(QColor(0x22, 0x22, 0x22));
            }
        }
        m_plot->replot();
        Q_EMIT rebuilt();
        return;
    }

    // Bubbles, spread within shared cells; arrows from the previous position.
    QHash<QPair<int, int>, int> perCell, seen;
    for (const GridPoint &p : std::as_const(m_points))
        ++perCell[{p.interest, p.power}];
    for (const GridPoint &p : std::as_const(m_points)) {
        const QPair<int, int> cell {p.interest, p.power};
        const int indexInCell = seen[cell]++;
        const QPointF offset = spread(indexInCell, perCell.value(cell));
        const QPointF centre(p.interest + offset.x(), p.power + offset.y());
        if (p.moved) {
            auto *arrow = new QCPItemLine(m_plot);
            arrow->start->setCoords(p.previousInterest, p.previousPower);
            arrow->end->setCoords(centre);
            arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 10, 12));
            QColor colour = colourOf(p.attitude.value_or(Attitude::Neutral)).darker(140);
            colour.setAlpha(200);
            arrow->setPen(QPen(colour, 1.6));
            ++m_arrows;
        }
        auto *bubble = new QCPItemTracer(m_plot);
        bubble->setStyle(QCPItemTracer::tsCircle);
        bubble->position->setCoords(centre);
        bubble->setSize(10 + 4 * (p.trust > 0 ? p.trust : 3)); // not rated: the middle size
        QColor fill = colourOf(p.attitude.value_or(Attitude::Neutral));
        fill.setAlpha(220);
        bubble->setBrush(fill);
        bubble->setPen(QPen(fill.darker(150), 1.2));
        bubble->setProperty("stakeholderId", p.stakeholderId);
        m_bubbles.append(bubble);
        // The name's place and length are chosen each time the plot is laid out (placeNames).
        auto *label = new QCPItemText(m_plot);
        label->position->setParentAnchor(bubble->position);
        label->setPositionAlignment(Qt::AlignCenter);
        label->setText(p.name);
        label->setClipToAxisRect(false);
        label->setColor(QColor(0x22, 0x22, 0x22));
        label->setObjectName(QStringLiteral("stakeholderName"));
        QStringList texts {p.name};
        const QString cut =
            metrics.elidedText(p.name, Qt::ElideRight, metrics.averageCharWidth() * 12);
        if (cut != p.name)
            texts.append(cut);
        if (!p.initials.isEmpty() && p.initials != p.name)
            texts.append(p.initials);
        label->setProperty("placedByChart", true); // LabelPlacer places it, not LabelFitter
        m_names.append({label, texts});
    }
    m_plot->replot();
    Q_EMIT rebuilt();
}

QStringList PowerInterestGrid::texts() const
{
    QStringList all;
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(m_plot->item(i)))
            all.append(text->text());
    }
    for (int i = 0; i < m_plot->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_plot->legend->item(i)))
            all.append(item->plottable()->name());
    }
    if (auto *heading = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0)))
        all.append(heading->text());
    return all;
}

QPointF PowerInterestGrid::bubbleCentre(int index) const
{
    return m_bubbles.at(index)->position->pixelPosition();
}

QString PowerInterestGrid::stakeholderAt(const QPointF &pixel) const
{
    QString best;
    double bestDistance = 1e9;
    for (const QCPItemTracer *bubble : m_bubbles) {
        const double distance = QLineF(bubble->position->pixelPosition(), pixel).length();
        if (distance <= bubble->size() / 2.0 + 3 && distance < bestDistance) {
            bestDistance = distance;
            best = bubble->property("stakeholderId").toString();
        }
    }
    return best;
}

bool PowerInterestGrid::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::Resize && !m_points.isEmpty()) {
            QMetaObject::invokeMethod(this, &PowerInterestGrid::rebuild, Qt::QueuedConnection);
        } else if (event->type() == QEvent::MouseMove) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const QString id = stakeholderAt(mouse->position());
            QString text;
            for (const GridPoint &p : std::as_const(m_points)) {
                if (p.stakeholderId == id && !m_anonymous) {
                    text = tr("%1\n%2 · power %3 · interest %4 · trust %5")
                               .arg(p.name, Stakeholder::attitudeText(p.attitude))
                               .arg(p.power)
                               .arg(p.interest)
                               .arg(Stakeholder::ratingText(p.trust));
                }
            }
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(mouse->globalPosition().toPoint(), text, m_plot);
            m_plot->setCursor(text.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const QString id = stakeholderAt(mouse->position());
            if (!id.isEmpty() && mouse->button() == Qt::LeftButton)
                Q_EMIT stakeholderActivated(id);
        }
    }
    return QWidget::eventFilter(watched, event);
}
