#include "Charts.h"
#include "ChartHotspots.h"
#include "Files.h"
#include "LabelFitter.h"
#include "Palette.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryFile>
#include <qcustomplot.h>

#include <algorithm>

namespace {

// A chart that zooms with the wheel only when asked to; otherwise the wheel goes on to the page
// around it, so that a dashboard scrolls wherever the pointer rests.
class Plot : public QCustomPlot
{
public:
    explicit Plot(QWidget *parent)
        : QCustomPlot(parent)
    {
        // QCustomPlot keeps mouse events to itself; let an ignored wheel reach the page.
        setAttribute(Qt::WA_NoMousePropagation, false);
        // A chart out of sight keeps no image (a dashboard holds ten, each the size of its
        // chart): one redrawn while hidden (its records changed), or while scrolled out of its
        // page's view, gives it back at once too, and draws it when it comes into view.
        connect(this, &QCustomPlot::afterReplot, this, [this] {
            if ((!isVisible() || visibleRegion().isEmpty()) && !m_drawingForPaint)
                mPaintBuffers.clear();
        });
    }

protected:
    void hideEvent(QHideEvent *event) override
    {
        // Not for a minimised window, which comes back as it was.
        if (!event->spontaneous())
            mPaintBuffers.clear();
        QCustomPlot::hideEvent(event);
    }
    void paintEvent(QPaintEvent *event) override
    {
        // Drawn again before it is painted, once shown (or grabbed while hidden).
        if (mPaintBuffers.isEmpty()) {
            m_drawingForPaint = true;
            replot(rpRefreshHint);
            m_drawingForPaint = false;
        }
        QCustomPlot::paintEvent(event);
    }
    void wheelEvent(QWheelEvent *event) override
    {
        if (interactions().testFlag(QCP::iRangeZoom))
            QCustomPlot::wheelEvent(event);
        else
            event->ignore();
    }

private:
    bool m_drawingForPaint = false;
};

} // namespace

QCustomPlot *Charts::createPlot(QWidget *parent, const QString &objectName)
{
    auto *plot = new Plot(parent);
    plot->setObjectName(objectName);
    plot->setMinimumSize(320, 240);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNoAntialiasingOnDrag(true);
    // One paint buffer per chart, not two: the overlay layer (a selection rectangle, which no
    // chart here draws) would otherwise keep a whole chart's image of its own.
    if (QCPLayer *overlay = plot->layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmLogical);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, QString(), QFont()));
    LabelFitter::keepApart(plot); // at the desk and in reports too, not only on the wall
    // Every chart can be saved from its context menu.
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint &at) {
        QMenu menu(plot);
        menu.addAction(QCoreApplication::translate("Charts", "&Save Chart As…"), plot,
                       [plot] { saveChartWithDialog(plot, plot); });
        menu.exec(plot->mapToGlobal(at));
    });
    return plot;
}

bool Charts::saveChart(QCustomPlot *plot, const QString &path, ImageFormat format,
                       const QSize &size, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("Charts", "%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (size.width() < 100 || size.height() < 100 || size.width() > 10000 || size.height() > 10000)
        return fail(QCoreApplication::translate("Charts", "the size must be from 100 to 10,000."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(Files::ownerOnly);
    // Fitted to the image's size (titles, ticks, texts), then back to the window's.
    const QRect shown = plot->viewport();
    plot->setViewport(QRect(QPoint(0, 0), size));
    LabelFitter::settle(plot);
    const auto restore = qScopeGuard([plot, shown] {
        plot->setViewport(shown);
        LabelFitter::settle(plot);
    });
    if (format == ImageFormat::Png) {
        const QPixmap image = plot->toPixmap(size.width(), size.height());
        if (!image.save(&file, "PNG"))
            return fail(QCoreApplication::translate("Charts", "the image could not be encoded."));
    } else {
        // QCustomPlot writes PDF to a file name: write beside the target, then copy it in.
        QTemporaryFile pdf(QFileInfo(path).absolutePath() + QStringLiteral("/.chart-XXXXXX.pdf"));
        if (!pdf.open())
            return fail(pdf.errorString());
        pdf.close();
        if (!plot->savePdf(pdf.fileName(), size.width(), size.height()) || !pdf.open())
            return fail(QCoreApplication::translate("Charts", "the PDF could not be made."));
        if (file.write(pdf.readAll()) < 0)
            return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void Charts::saveChartWithDialog(QCustomPlot *plot, QWidget *parent)
{
    QDialog ask(parent);
    ask.setObjectName(QStringLiteral("saveChartDialog"));
    ask.setWindowTitle(QCoreApplication::translate("Charts", "Save Chart"));
    auto *format = new QComboBox(&ask);
    format->addItem(QCoreApplication::translate("Charts", "PNG image"));
    format->addItem(QCoreApplication::translate("Charts", "PDF document"));
    auto *width = new QSpinBox(&ask);
    auto *height = new QSpinBox(&ask);
    for (QSpinBox *spin : {width, height}) {
        spin->setRange(100, 10000);
        spin->setSuffix(QCoreApplication::translate("Charts", " px"));
    }
    width->setValue(std::max(800, plot->width()));
    height->setValue(std::max(500, plot->height()));
    auto *form = new QFormLayout(&ask);
    form->addRow(QCoreApplication::translate("Charts", "&Format:"), format);
    form->addRow(QCoreApplication::translate("Charts", "&Width:"), width);
    form->addRow(QCoreApplication::translate("Charts", "&Height:"), height);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const bool png = format->currentIndex() == 0;
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("Charts", "Save Chart"),
        QDir::home().filePath(png ? QStringLiteral("chart.png") : QStringLiteral("chart.pdf")),
        png ? QCoreApplication::translate("Charts", "PNG images (*.png)")
            : QCoreApplication::translate("Charts", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveChart(plot, path, png ? ImageFormat::Png : ImageFormat::Pdf,
                   QSize(width->value(), height->value()), &error))
        QMessageBox::warning(parent, QCoreApplication::translate("Charts", "Save Chart"), error);
}

void Charts::reset(QCustomPlot *plot, const QString &title)
{
    plot->clearPlottables();
    plot->clearItems();
    ChartHotspots::of(plot)->clear();
    plot->legend->setVisible(false);
    if (auto *heading = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0))) {
        QFont font = plot->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        font.setBold(true);
        heading->setFont(font);
        heading->setText(title);
    }
}

void Charts::showEmpty(QCustomPlot *plot, const QString &text)
{
    auto *label = new QCPItemText(plot);
    label->setObjectName(QStringLiteral("emptyLabel"));
    label->position->setType(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.5, 0.5);
    label->setColor(QColor(0x55, 0x55, 0x55));
    label->setText(text);
}

void Charts::setNothing(QCustomPlot *plot, const QString &title, const QString &text)
{
    reset(plot, title);
    plot->xAxis->setVisible(false);
    plot->yAxis->setVisible(false);
    showEmpty(plot, text);
    plot->replot();
}

void Charts::setBars(QCustomPlot *plot, const QString &title, const QStringList &categories,
                     const QList<int> &values, const QList<QColor> &colours,
                     const QString &valueAxisLabel, Qt::Orientation orientation)
{
    reset(plot, title);
    plot->xAxis->setVisible(true);
    plot->yAxis->setVisible(true);
    const bool horizontal = orientation == Qt::Horizontal;
    QCPAxis *keyAxis = horizontal ? plot->yAxis : plot->xAxis;
    QCPAxis *valueAxis = horizontal ? plot->xAxis : plot->yAxis;

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int highest = 0;
    for (int i = 0; i < categories.size(); ++i) {
        const int value = values.value(i);
        highest = std::max(highest, value);
        ticker->addTick(i + 1, categories.at(i));
        auto *bars = new QCPBars(keyAxis, valueAxis);
        bars->setName(categories.at(i));
        const QColor colour =
            colours.value(i % std::max<qsizetype>(1, colours.size()), Palette::Blue);
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(130)));
        bars->setWidth(0.6);
        bars->addData(i + 1, value);
        auto *label = new QCPItemText(plot);
        label->setClipToAxisRect(false);
        if (horizontal) {
            label->position->setCoords(value, i + 1);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->setPadding(QMargins(6, 0, 0, 0));
        } else {
            label->position->setCoords(i + 1, value);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setPadding(QMargins(0, 0, 0, 4));
        }
        label->setText(QString::number(value));
    }
    keyAxis->setTicker(ticker);
    keyAxis->setSubTicks(false);
    keyAxis->setTickLength(0, 4);
    keyAxis->grid()->setVisible(false);
    keyAxis->setRange(0.4, categories.size() + 0.6);
    keyAxis->setRangeReversed(horizontal); // first category on top
    keyAxis->setLabel(QString());
    QSharedPointer<QCPAxisTickerFixed> integers(new QCPAxisTickerFixed);
    integers->setTickStep(1.0);
    integers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    valueAxis->setTicker(integers);
    valueAxis->setSubTicks(false);
    valueAxis->setLabel(valueAxisLabel);
    valueAxis->setRange(0, std::max(1, highest) * 1.15 + 0.5);
    valueAxis->grid()->setVisible(true);
    plot->replot();
}

void Charts::applyProjectorStyle(QCustomPlot *plot, double scale, bool dark)
{
    const QColor ink = dark ? QColor(Qt::white) : QColor(Qt::black);
    const QColor paper = dark ? QColor(Qt::black) : QColor(Qt::white);
    QFont base = QApplication::font();
    base.setPointSizeF(base.pointSizeF() * scale);
    const auto thick = [scale, ink](QPen pen) {
        if (pen.style() != Qt::NoPen)
            pen.setWidthF(std::max(1.0, pen.widthF()) * std::max(2.0, scale * 1.2));
        if (pen.color() == QColor(Qt::black))
            pen.setColor(ink); // black marks turn white on the dark theme
        return pen;
    };
    plot->setBackground(paper);
    plot->axisRect()->setBackground(paper);
    LabelFitter::keepApart(plot);
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setTickLabelFont(base);
        axis->setLabelFont(base);
        axis->setTickLabelColor(ink);
        axis->setLabelColor(ink);
        QPen pen(ink, 2);
        if (axis->basePen().style() != Qt::NoPen) // an axis drawn as a caption only stays so
            axis->setBasePen(pen);
        axis->setTickPen(pen);
        axis->setSubTickPen(pen);
        QPen grid = axis->grid()->pen();
        grid.setColor(dark ? QColor(0x55, 0x55, 0x55) : QColor(0xBB, 0xBB, 0xBB));
        axis->grid()->setPen(grid);
    }
    plot->legend->setFont(base);
    plot->legend->setTextColor(ink);
    plot->legend->setBrush(paper);
    plot->legend->setBorderPen(QPen(ink, 1.5));
    if (auto *heading = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0))) {
        QFont title = base;
        title.setBold(true);
        title.setPointSizeF(base.pointSizeF() * 1.2);
        heading->setFont(title);
        heading->setTextColor(ink);
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot->plottable(i);
        if (p->property("projectorStyled").toBool())
            continue;
        p->setProperty("projectorStyled", true);
        p->setPen(thick(p->pen()));
        if (auto *graph = qobject_cast<QCPGraph *>(p)) {
            QCPScatterStyle marker = graph->scatterStyle();
            marker.setSize(marker.size() * 2);
            if (dark) {
                // Filled (dark) marks take the ink and hollow (white) ones the paper, so that
                // held and planned read the same way round on black.
                QPen pen = marker.pen();
                if (pen.color().lightness() < 0x50)
                    pen.setColor(ink);
                marker.setPen(pen);
                QBrush brush = marker.brush();
                if (brush.style() != Qt::NoBrush && brush.color() == QColor(Qt::white))
                    brush.setColor(paper);
                else if (brush.style() != Qt::NoBrush && brush.color().lightness() < 0x50)
                    brush.setColor(ink);
                marker.setBrush(brush);
            }
            graph->setScatterStyle(marker);
        } else if (auto *curve = qobject_cast<QCPCurve *>(p)) {
            QCPScatterStyle marker = curve->scatterStyle();
            marker.setSize(marker.size() * 2);
            curve->setScatterStyle(marker);
        }
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem *item = plot->item(i);
        if (item->property("projectorStyled").toBool())
            continue;
        item->setProperty("projectorStyled", true);
        if (auto *text = qobject_cast<QCPItemText *>(item)) {
            // The wall's size, or smaller for text drawn smaller than the desk's (text drawn
            // after the wall's font reached the plot is not scaled twice).
            QFont font = text->font();
            const double relative =
                font.pointSizeF() / std::max(1.0, QApplication::font().pointSizeF());
            font.setPointSizeF(base.pointSizeF() * std::min(1.0, relative));
            text->setFont(font);
            // Text on a coloured cell stays black; quadrant names stay in the background;
            // other text takes the theme's ink.
            if (text->objectName() == QLatin1String("quadrantLabel"))
                text->setColor(dark ? QColor(0x99, 0x99, 0x99) : QColor(0x55, 0x55, 0x55));
            else if (text->objectName() != QLatin1String("onCell"))
                text->setColor(ink);
        } else if (auto *cell = qobject_cast<QCPItemRect *>(item)) {
            // Faint fills (a heat map's empty cells) all but vanish on black: stronger there.
            QBrush brush = cell->brush();
            if (dark && brush.style() != Qt::NoBrush && brush.color().alpha() < 128) {
                QColor colour = brush.color();
                colour.setAlpha(std::min(255, colour.alpha() + 80));
                brush.setColor(colour);
                cell->setBrush(brush);
            }
        } else if (auto *line = qobject_cast<QCPItemLine *>(item)) {
            line->setPen(thick(line->pen()));
        } else if (auto *straight = qobject_cast<QCPItemStraightLine *>(item)) {
            straight->setPen(thick(straight->pen()));
        } else if (auto *tracer = qobject_cast<QCPItemTracer *>(item)) {
            tracer->setSize(tracer->size() * 1.6);
            tracer->setPen(thick(tracer->pen()));
        }
    }
    plot->replot();
}

QSharedPointer<QCPAxisTickerText> Charts::monthTicks(const QDate &from, const QDate &to,
                                                     int maxTicks)
{
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    if (!from.isValid() || !to.isValid() || to < from)
        return ticks;
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    int step = 24;
    for (const int candidate : {1, 2, 3, 6, 12, 24}) {
        if (months / candidate + 1 <= std::max(2, maxTicks)) {
            step = candidate;
            break;
        }
    }
    const QLocale locale;
    // Aligned on the calendar: every quarter starts in January, April, July, October.
    QDate tick(from.year(), ((from.month() - 1) / step) * step % 12 + 1, 1);
    if (step > 12)
        tick = QDate(from.year() - from.year() % 2, 1, 1);
    for (; tick <= to; tick = tick.addMonths(step)) {
        if (tick >= from.addDays(-from.day() + 1))
            ticks->addTick(
                QCPAxisTickerDateTime::dateTimeToKey(QDateTime(tick, QTime(0, 0), Qt::UTC)),
                step >= 12 ? QString::number(tick.year())
                           : locale.toString(tick, QStringLiteral("MMM yyyy")));
    }
    return ticks;
}
