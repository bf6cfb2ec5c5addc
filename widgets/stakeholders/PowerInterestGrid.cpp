#include "PowerInterestGrid.h"
#include "Charts.h"
#include "Palette.h"
#include "Scales.h"
#include "Stakeholder.h"

#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

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

    // Names are cut to the width of a cell, so that neighbours do not run into each other.
    m_plot->replot(); // lays the axes out for the present size
    const int cellWidth =
        static_cast<int>(m_plot->xAxis->coordToPixel(2) - m_plot->xAxis->coordToPixel(1));
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
        auto *label = new QCPItemText(m_plot);
        label->position->setParentAnchor(bubble->position);
        // Neighbours in one cell take turns above and below their bubble, so names stay apart.
        const bool below = indexInCell % 2 == 1;
        label->position->setCoords(0, (below ? 1 : -1) * (6 + 2 * (p.trust > 0 ? p.trust : 3)));
        label->setPositionAlignment(Qt::AlignHCenter | (below ? Qt::AlignTop : Qt::AlignBottom));
        // A crowded cell has no room for names: initials there (hovering names them).
        const bool crowded = perCell.value(cell) > 2;
        const QString name =
            metrics.elidedText(p.name, Qt::ElideRight, std::max(40, cellWidth - 10));
        label->setText(crowded ? p.initials : name);
        label->setClipToAxisRect(false);
        label->setColor(QColor(0x22, 0x22, 0x22));
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
