#include "ReportHtml.h"
#include "Dates.h"
#include "StageSummaries.h"

#include <QTextDocument>

QString ReportHtml::table()
{
    return QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
}

QString ReportHtml::headerRow(const QStringList &names, int firstWidth)
{
    QString html = QStringLiteral("<thead><tr>");
    for (int i = 0; i < names.size(); ++i) {
        html += (i == 0 ? QStringLiteral("<th align=\"left\" width=\"%1%\">").arg(firstWidth)
                        : QStringLiteral("<th align=\"left\">"))
            + names.at(i).toHtmlEscaped() + QStringLiteral("</th>");
    }
    return html + QStringLiteral("</tr></thead>");
}

QString ReportHtml::cell(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

QString ReportHtml::row(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &text : cells)
        html += cell(text);
    return html + QStringLiteral("</tr>");
}

QString ReportHtml::none(const QString &text)
{
    return QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
}

QString ReportHtml::tierTable(const QList<MissionFigures::Tier> &tiers, const Headcount &inPeriod,
                              const Headcount &toDate, const QDate &to)
{
    if (tiers.isEmpty())
        return none(tr("Nobody has been recorded as trained yet."));
    QString html = table()
        + headerRow({tr("Tier"), tr("Women"), tr("Men"), tr("Other or not recorded"),
                     tr("Total in the period"), tr("Women's share"),
                     tr("Total by %1").arg(isoDate(to))},
                    22);
    const auto number = [](int n) { return QString::number(n); };
    const auto tierRow = [&](const QString &name, const Headcount &in, const Headcount &all) {
        return row({name, number(in.female), number(in.male), number(in.other), number(in.total()),
                    in.total() > 0 ? tr("%1 %").arg(StageSummaries::percent(in.female, in.total()))
                                   : QString(),
                    number(all.total())});
    };
    for (const MissionFigures::Tier &t : tiers)
        html += tierRow(enumLabel(t.tier), t.inPeriod, t.toDate);
    html += tierRow(tr("Every tier"), inPeriod, toDate);
    return html + QStringLiteral("</table>");
}

void ReportHtml::setBody(QTextDocument &document, const QString &body)
{
    document.setHtml(
        QStringLiteral("<html><body style=\"font-size: 8pt\">%1</body></html>").arg(body));
}
