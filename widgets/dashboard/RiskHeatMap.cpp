#include "RiskHeatMap.h"
#include "ChartHotspots.h"
#include "Charts.h"
#include "Palette.h"
#include "Scales.h"

#include <qcustomplot.h>

namespace {

QColor bandColour(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return Palette::BluishGreen;
    case RiskBand::Medium:
        return Palette::Yellow;
    case RiskBand::High:
        return Palette::Vermillion;
    }
    return Palette::Grey;
}

} // namespace

void RiskHeatMap::draw(QCustomPlot *p, const MissionDashboard &data, bool residual,
                       const std::function<void(int likelihood, int impact)> &clicked)
{
    Charts::reset(p, residual ? tr("Residual risk (after treatment)") : tr("Inherent risk"));
    for (int likelihood = Scales::RatingMin; likelihood <= Scales::RatingMax; ++likelihood) {
        for (int impact = Scales::RatingMin; impact <= Scales::RatingMax; ++impact) {
            const int count = data.countInCell(likelihood, impact, residual);
            QStringList tip {
                (residual
                     ? tr("Residual likelihood %1 × impact %2: %n open risk(s)", nullptr, count)
                     : tr("Likelihood %1 × impact %2: %n open risk(s)", nullptr, count))
                    .arg(likelihood)
                    .arg(impact)};
            for (const Risk &r : data.risksInCell(likelihood, impact, residual))
                tip.append(QStringLiteral("• ") + r.title);
            if (count > 0)
                tip.append(tr("Click to list them below."));
            ChartHotspots::of(p)->addArea(
                impact - 0.5, impact + 0.5, likelihood - 0.5, likelihood + 0.5, tip.join(u'\n'),
                [clicked, likelihood, impact] { clicked(likelihood, impact); });
            auto *cell = new QCPItemRect(p);
            cell->topLeft->setCoords(impact - 0.48, likelihood + 0.48);
            cell->bottomRight->setCoords(impact + 0.48, likelihood - 0.48);
            QColor colour = bandColour(
                riskBand(likelihood * impact, data.bands.mediumFrom, data.bands.highFrom));
            colour.setAlpha(count > 0 ? 235 : 60);
            cell->setBrush(colour);
            cell->setPen(QPen(count > 0 ? colour.darker(150) : QColor(Qt::white)));
            if (count > 0) {
                auto *label = new QCPItemText(p);
                label->setObjectName(QStringLiteral("onCell"));
                label->position->setCoords(impact, likelihood);
                QFont font = p->font();
                font.setBold(true);
                font.setPointSizeF(font.pointSizeF() * 1.3);
                label->setFont(font);
                label->setText(QString::number(count));
            }
        }
    }
    QSharedPointer<QCPAxisTickerText> impacts(new QCPAxisTickerText);
    QSharedPointer<QCPAxisTickerText> likelihoods(new QCPAxisTickerText);
    for (int v = Scales::RatingMin; v <= Scales::RatingMax; ++v) {
        impacts->addTick(v, tr("%1\n%2").arg(v).arg(impactLabel(v)));
        likelihoods->addTick(v, tr("%1 %2").arg(likelihoodLabel(v)).arg(v));
    }
    p->xAxis->setTicker(impacts);
    p->yAxis->setTicker(likelihoods);
    p->xAxis->setLabel(residual ? tr("Residual impact") : tr("Impact"));
    p->yAxis->setLabel(residual ? tr("Residual likelihood") : tr("Likelihood"));
    p->xAxis->setRange(0.5, 5.5);
    p->yAxis->setRange(0.5, 5.5);
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setSubTicks(false);
    p->yAxis->setSubTicks(false);
    p->replot();
}
