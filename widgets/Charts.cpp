#include "Charts.h"
#include "Palette.h"

#include <qcustomplot.h>

#include <algorithm>

QCustomPlot *Charts::createPlot(QWidget *parent, const QString &objectName)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(objectName);
    plot->setMinimumSize(320, 240);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNoAntialiasingOnDrag(true);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, QString(), QFont()));
    return plot;
}

void Charts::reset(QCustomPlot *plot, const QString &title)
{
    plot->clearPlottables();
    plot->clearItems();
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

void Charts::setBars(QCustomPlot *plot, const QString &title, const QStringList &categories,
                     const QList<int> &values, const QList<QColor> &colours,
                     const QString &valueAxisLabel, Qt::Orientation orientation)
{
    reset(plot, title);
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
