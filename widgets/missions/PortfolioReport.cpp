#include "PortfolioReport.h"
#include "Clock.h"
#include "Dates.h"
#include "MissionRepository.h"
#include "PagedDocument.h"
#include "ReportHtml.h"
#include "Settings.h"
#include "StageSummaries.h"

#include <QTextDocument>

#include <map>

namespace {

// A mission's line: its record and its figures for the period.
struct Line
{
    Mission mission;
    MissionFigures figures;
    int highRisks = 0;
    int red = 0;
    int amber = 0;
    int green = 0;
    int unmeasured = 0;
};

// "2. Orientation, 64 %": the current stage, short enough for a narrow column.
QString stageBrief(const QList<StageStatus> &stages)
{
    for (int i = 0; i < stages.size(); ++i) {
        if (stages.at(i).current)
            return PortfolioReport::tr("%1. %2, %3 %")
                .arg(i + 1)
                .arg(enumLabel(stages.at(i).stage))
                .arg(std::lround(stages.at(i).progress * 100));
    }
    return {};
}

} // namespace

PortfolioReport::PortfolioReport(Database &db, const QStringList &missionIds, const QString &title,
                                 const QString &scope, const ReportPeriod &period)
    : m_db(db)
    , m_missionIds(missionIds)
    , m_title(title)
    , m_scope(scope)
    , m_period(period.isValid() ? period : wholeCourse(db, missionIds))
{
}

ReportPeriod PortfolioReport::wholeCourse(Database &db, const QStringList &missionIds)
{
    ReportPeriod period {Clock::today(), Clock::today()};
    for (const QString &id : missionIds) {
        const ReportPeriod mission = ReportPeriod::forMission(db, id);
        if (mission.from < period.from)
            period.from = mission.from;
    }
    return period;
}

bool PortfolioReport::build(QTextDocument &document, const Progress &progress) const
{
    const RiskBandLimits bands = SettingsRepository(m_db).riskBands();
    const MissionRepository missions(m_db);
    QList<Line> lines;
    for (int i = 0; i < m_missionIds.size(); ++i) {
        if (progress && !progress(i, static_cast<int>(m_missionIds.size())))
            return false;
        const std::optional<Mission> mission = missions.find(m_missionIds.at(i));
        if (!mission)
            continue;
        Line line {*mission, MissionFigures::compute(m_db, mission->meta.id, m_period)};
        for (const Risk &r : std::as_const(line.figures.risks))
            line.highRisks += r.isOpen()
                    && riskBand(r.score(), bands.mediumFrom, bands.highFrom) == RiskBand::High
                ? 1
                : 0;
        for (const IndicatorLine &indicator : std::as_const(line.figures.indicators)) {
            if (!indicator.status.rag)
                ++line.unmeasured;
            else if (*indicator.status.rag == Rag::Red)
                ++line.red;
            else if (*indicator.status.rag == Rag::Amber)
                ++line.amber;
            else
                ++line.green;
        }
        lines.append(line);
    }
    if (progress
        && !progress(static_cast<int>(m_missionIds.size()), static_cast<int>(m_missionIds.size())))
        return false;

    // Totals: the missions' own figures added up.
    Headcount trainedInPeriod;
    Headcount trainedToDate;
    Headcount consulted;
    int sessions = 0;
    int cascade = 0;
    int certified = 0;
    int followUps = 0;
    int reached = 0;
    int officersTarget = 0;
    int red = 0;
    int amber = 0;
    int green = 0;
    int unmeasured = 0;
    int highRisks = 0;
    std::map<TrainingTier, std::pair<Headcount, Headcount>> tiers;
    std::map<MissionStatus, int> statuses;
    for (const Line &line : std::as_const(lines)) {
        const MissionFigures &f = line.figures;
        trainedInPeriod += f.trainedInPeriod;
        trainedToDate += f.trainedToDate;
        consulted += f.consultedInPeriod;
        sessions += static_cast<int>(f.sessionsInPeriod.size());
        cascade += f.cascadeToDate;
        certified += f.trainersCertifiedInPeriod;
        followUps += f.followUpsInPeriod;
        reached += f.reachedByFollowUpInPeriod;
        officersTarget += f.officersTarget;
        red += line.red;
        amber += line.amber;
        green += line.green;
        unmeasured += line.unmeasured;
        highRisks += line.highRisks;
        ++statuses[line.mission.status];
        for (const MissionFigures::Tier &t : f.tiers) {
            tiers[t.tier].first += t.inPeriod;
            tiers[t.tier].second += t.toDate;
        }
    }

    QString html = QStringLiteral("<h1>%1</h1>").arg(m_title.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Reporting period: %1 to %2.")
                         .arg(isoDate(m_period.from), isoDate(m_period.to))
                         .toHtmlEscaped());
    QStringList byStatus;
    for (const auto &[status, count] : statuses)
        byStatus.append(tr("%1 %2").arg(count).arg(enumLabel(status).toLower()));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%n mission(s): %1.", nullptr, static_cast<int>(lines.size()))
                         .arg(byStatus.join(QStringLiteral(", ")))
                         .toHtmlEscaped());
    if (!m_scope.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_scope.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Report of %1. It names no stakeholder.")
                         .arg(isoDate(Clock::today()))
                         .toHtmlEscaped());

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Executive summary").toHtmlEscaped());
    html += ReportHtml::table()
        + ReportHtml::headerRow({tr("Key figure"), tr("In the period"),
                                 tr("By %1").arg(isoDate(m_period.to)), tr("Target")},
                                40);
    html += ReportHtml::row(
        {tr("Training sessions held"), QString::number(sessions), QString(), QString()});
    html += ReportHtml::row({tr("People trained in those sessions, every tier"),
                             headcountText(trainedInPeriod), headcountText(trainedToDate),
                             officersTarget > 0 ? QString::number(officersTarget) : QString()});
    html += ReportHtml::row({tr("Of them, officers reached by the cascade"), QString(),
                             QString::number(cascade), QString()});
    html += ReportHtml::row(
        {tr("Trainers certified"), QString::number(certified), QString(), QString()});
    html +=
        ReportHtml::row({tr("People consulted"), headcountText(consulted), QString(), QString()});
    html += ReportHtml::row({tr("Follow-up activities held"),
                             tr("%n; people reached: %1", nullptr, followUps).arg(reached),
                             QString(), QString()});
    html += ReportHtml::row({tr("Indicators"), QString(),
                             tr("%1 green, %2 amber, %3 red, %4 without a value")
                                 .arg(green)
                                 .arg(amber)
                                 .arg(red)
                                 .arg(unmeasured),
                             QString()});
    html += ReportHtml::row(
        {tr("Open risks rated high"), QString(), QString::number(highRisks), QString()});
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Each figure is the sum of the missions' own, counted as in their reports: "
                        "people trained from the training sessions held, at every tier; the "
                        "cascade from the sessions the missions' own trainers led.")
                         .toHtmlEscaped());

    // Missions that need attention: a red indicator or a high open risk.
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Missions that need attention").toHtmlEscaped());
    QStringList attention;
    for (const Line &line : std::as_const(lines)) {
        QStringList why;
        if (line.red > 0)
            why.append(tr("%n red indicator(s)", nullptr, line.red));
        if (line.highRisks > 0)
            why.append(tr("%n high risk(s)", nullptr, line.highRisks));
        if (!why.isEmpty())
            attention.append(
                tr("%1 %2: %3.")
                    .arg(line.mission.code, line.mission.title, why.join(QStringLiteral(", "))));
    }
    if (attention.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("No mission has a red indicator or an open risk rated high.")
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const QString &text : std::as_const(attention))
            html += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Missions").toHtmlEscaped());
    if (lines.isEmpty()) {
        html += ReportHtml::none(tr("No mission."));
    } else {
        html += ReportHtml::table()
            + ReportHtml::headerRow({tr("Mission"), tr("Status"), tr("Stage"),
                                     tr("Trained in the period"),
                                     tr("Trained by %1").arg(isoDate(m_period.to)), tr("Target"),
                                     tr("Indicators (green, amber, red)"), tr("High risks")},
                                    26);
        for (const Line &line : std::as_const(lines)) {
            const MissionFigures &f = line.figures;
            html += ReportHtml::row(
                {tr("%1 %2").arg(line.mission.code, line.mission.title),
                 enumLabel(line.mission.status), stageBrief(f.stages),
                 headcountText(f.trainedInPeriod), QString::number(f.trainedToDate.total()),
                 f.officersTarget > 0 ? QString::number(f.officersTarget) : QString(),
                 line.green + line.amber + line.red + line.unmeasured == 0
                     ? tr("none")
                     : tr("%1, %2, %3").arg(line.green).arg(line.amber).arg(line.red),
                 QString::number(line.highRisks)});
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(tr("People trained by sex and tier").toHtmlEscaped());
    QList<MissionFigures::Tier> byTier;
    for (const auto &[tier, counts] : tiers)
        byTier.append({tier, counts.first, counts.second});
    html += ReportHtml::tierTable(byTier, trainedInPeriod, trainedToDate, m_period.to);
    ReportHtml::setBody(document, html);
    return true;
}

bool PortfolioReport::writePdf(const QString &path, QString *error, const Progress &progress) const
{
    if (error)
        error->clear();
    QTextDocument document;
    if (!build(document, progress))
        return false;
    return PagedDocument::writePdf(
        path, m_title,
        [&document](QPagedPaintDevice *device) {
            PagedDocument(document, device, PagedDocument::margin(device)).print(device);
        },
        error);
}
