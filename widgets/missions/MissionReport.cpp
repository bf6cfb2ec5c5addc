#include "MissionReport.h"
#include "Clock.h"
#include "Database.h"
#include "Dates.h"
#include "IndicatorProgress.h"
#include "LabelFitter.h"
#include "MissionDashboardView.h"
#include "MissionRepository.h"
#include "PagedDocument.h"
#include "ProgrammeRepository.h"
#include "ReportFigures.h"
#include "ReportHtml.h"
#include "RiskRepository.h"
#include "Settings.h"
#include "StageSummaries.h"
#include "StakeholderRepository.h"

#include <QTextDocument>
#include <QUrl>
#include <qcustomplot.h>

MissionReport::MissionReport(Database &db, const QString &missionId, bool includeSensitive,
                             const ReportPeriod &period)
    : m_db(db)
    , m_missionId(missionId)
    , m_sensitive(includeSensitive)
    , m_period(period.isValid() ? period : ReportPeriod::forMission(db, missionId))
{
}

void MissionReport::build(QTextDocument &document) const
{
    const std::optional<Mission> mission = MissionRepository(m_db).find(m_missionId);
    if (!mission)
        return;
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(mission->title.toHtmlEscaped());
    QStringList sites;
    for (const MissionSite &site : mission->sites)
        sites.append(site.label());
    html +=
        QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
            .arg(mission->code.toHtmlEscaped(), sites.join(QStringLiteral("; ")).toHtmlEscaped(),
                 mission->leadOrganisation.toHtmlEscaped());
    if (const std::optional<Programme> programme =
            ProgrammeRepository(m_db).find(mission->programmeId))
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Part of the programme %1, led by %2.")
                             .arg(programme->label(), programme->leadOrganisation)
                             .toHtmlEscaped());
    if (mission->outcome != MissionOutcome::Open)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Outcome: %1 %2. %3")
                             .arg(enumLabel(mission->outcome), isoDate(mission->outcomeOn),
                                  mission->outcomeNote)
                             .trimmed()
                             .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("National counterpart: %1. From %2 to %3. Status: %4. Current stage: %5. "
                        "Memorandum of understanding: %6 %7.")
                         .arg(mission->nationalCounterpart, isoDate(mission->startDate),
                              isoDate(mission->endDate), enumLabel(mission->status),
                              enumLabel(mission->currentStage), enumLabel(mission->mouStatus),
                              isoDate(mission->mouDate))
                         .toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Reporting period: %1 to %2.")
                         .arg(isoDate(m_period.from), isoDate(m_period.to))
                         .toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg((m_sensitive ? tr("Report of %1. It includes sensitive stakeholder fields: "
                                       "keep it with people who may see them.")
                                  : tr("Report of %1. Sensitive stakeholder fields are left out."))
                         .arg(isoDate(Clock::today()))
                         .toHtmlEscaped());
    if (mission->meta.demo)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Fictional demo data.").toHtmlEscaped());

    const MissionFigures figures = MissionFigures::compute(m_db, m_missionId, m_period);
    html += summary(*mission, figures) + activities(figures);

    // Stages.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Stages").toHtmlEscaped()) + ReportHtml::table()
        + ReportHtml::headerRow({tr("Stage"), tr("State"), tr("Progress"), tr("Measures")});
    for (const StageStatus &s : figures.stages) {
        QStringList measures;
        for (const StageStatus::Measure &m : s.measures)
            measures.append(m.label);
        html += QStringLiteral("<tr>") + ReportHtml::cell(enumLabel(s.stage))
            + ReportHtml::cell(StageProgress::stateLabel(s.state))
            + ReportHtml::cell(tr("%1 %").arg(std::lround(s.progress * 100)))
            + ReportHtml::cell(measures.join(QStringLiteral("; "))) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // Indicators.
    const QList<IndicatorLine> &indicators = figures.indicators;
    html += QStringLiteral("<h2>%1</h2>")
                .arg(tr("Indicators on %1").arg(isoDate(m_period.to)).toHtmlEscaped());
    if (indicators.isEmpty())
        html += ReportHtml::none(tr("No indicator is defined for this mission."));
    else
        html += ReportHtml::table()
            + ReportHtml::headerRow({tr("Indicator"), tr("Level"), tr("Baseline"), tr("Target"),
                                     tr("Due by then"), tr("Latest"), tr("Achieved"), tr("Status")},
                                    22);
    for (const IndicatorLine &line : indicators) {
        const Indicator &i = line.indicator;
        const IndicatorStatus &st = line.status;
        html += QStringLiteral("<tr>") + ReportHtml::cell(i.name)
            + ReportHtml::cell(enumLabel(i.level))
            + ReportHtml::cell(QStringLiteral("%1 %2").arg(i.baseline).arg(i.unit))
            + ReportHtml::cell(QStringLiteral("%1 %2").arg(i.target).arg(i.unit))
            + ReportHtml::cell(st.due ? tr("%1 by %2").arg(st.due->value).arg(isoDate(st.due->date))
                                      : QString())
            + ReportHtml::cell(st.current ? tr("%1 (%2)").arg(*st.current).arg(isoDate(st.asOf))
                                          : QString())
            + ReportHtml::cell(st.achievement ? tr("%1 %").arg(std::lround(*st.achievement))
                                              : QString())
            + ReportHtml::cell(st.rag ? enumLabel(*st.rag) : tr("No value yet"))
            + QStringLiteral("</tr>");
    }
    if (!indicators.isEmpty())
        html += QStringLiteral("</table>");

    // Risk register.
    const RiskBandLimits bands = SettingsRepository(m_db).riskBands();
    const QList<Risk> &risks = figures.risks;
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Risk register").toHtmlEscaped());
    if (!risks.isEmpty())
        html += ReportHtml::none(tr("The risks recorded by %1, as they stand on %2.")
                                     .arg(isoDate(m_period.to), isoDate(Clock::today())));
    if (risks.isEmpty())
        html += ReportHtml::none(tr("No risk is recorded for this mission."));
    else
        html += ReportHtml::table()
            + ReportHtml::headerRow({tr("Risk"), tr("Category"), tr("Owner"), tr("Score"),
                                     tr("Rating"), tr("Residual"), tr("Review")});
    for (const Risk &r : risks) {
        html +=
            QStringLiteral("<tr>")
            + ReportHtml::cell(
                r.isOpen() ? r.title
                    : r.state == RiskState::Occurred
                    ? tr("%1 (came true %2: %3)").arg(r.title, isoDate(r.occurredOn), r.consequence)
                    : tr("%1 (closed)").arg(r.title))
            + ReportHtml::cell(enumLabel(r.category)) + ReportHtml::cell(r.owner)
            + ReportHtml::cell(tr("%1 × %2 = %3").arg(r.likelihood).arg(r.impact).arg(r.score()))
            + ReportHtml::cell(enumLabel(riskBand(r.score(), bands.mediumFrom, bands.highFrom)))
            + ReportHtml::cell(r.residualScore() > 0 ? QString::number(r.residualScore())
                                                     : QString())
            + ReportHtml::cell(isoDate(r.reviewDate)) + QStringLiteral("</tr>");
        // The mitigation has a row of its own, the table's full width.
        if (!r.mitigation.trimmed().isEmpty())
            html += QStringLiteral("<tr><td colspan=\"7\"><i>%1</i> %2</td></tr>")
                        .arg(tr("Mitigation:").toHtmlEscaped(), r.mitigation.toHtmlEscaped());
    }
    if (!risks.isEmpty())
        html += QStringLiteral("</table>");

    // Charts, drawn by the dashboard itself, off screen.
    MissionDashboardView view(m_db);
    view.resize(1200, 900);
    view.setMission(m_missionId);
    html += QStringLiteral("<h2>%1</h2>")
                .arg(tr("Annex A: charts of the mission to date").toHtmlEscaped());
    int n = 0;
    QList<std::pair<QUrl, QImage>> images; // given to the document once it holds its text
    QStringList emptyCharts;
    QStringList charts {
        QStringLiteral("stageProgressChart"),   QStringLiteral("timelinePlot"),
        QStringLiteral("indicatorChart"),       QStringLiteral("heatMapChart"),
        QStringLiteral("residualHeatMapChart"), QStringLiteral("burnUpChart"),
        QStringLiteral("cascadeChart"),         QStringLiteral("participationChart"),
        QStringLiteral("evaluationChart"),      QStringLiteral("testScoreChart"),
        QStringLiteral("capacityRadar")};
    // The grid shows power, attitude and trust: sensitive.
    if (m_sensitive)
        charts.append(QStringLiteral("powerInterestPlot"));
    for (const QString &name : charts) {
        QCustomPlot *plot = view.plot(name);
        // A chart with nothing recorded yet says so in the text instead.
        bool empty = false;
        for (int i = 0; i < plot->itemCount(); ++i)
            empty = empty || plot->item(i)->objectName() == QLatin1String("emptyLabel");
        if (empty) {
            auto *heading = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0));
            emptyCharts.append(heading ? heading->text() : name);
            continue;
        }
        const bool radar = name == QLatin1String("capacityRadar");
        const QSize size(900, radar ? 700 : 450);
        plot->setViewport(QRect(QPoint(0, 0), size));
        if (radar)
            view.fitRadar();
        LabelFitter::settle(plot); // its labels fitted to the page's size
        const QImage image = plot->toPixmap(size.width(), size.height()).toImage();
        const QUrl url(QStringLiteral("chart://%1").arg(n++));
        images.append({url, image});
        html += QStringLiteral("<p><img src=\"%1\" width=\"620\"></p>").arg(url.toString());
    }
    if (!emptyCharts.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Nothing recorded yet for: %1.")
                             .arg(emptyCharts.join(QStringLiteral("; ")))
                             .toHtmlEscaped());

    // Stakeholders: sensitive fields only when asked for.
    const StakeholderRepository stakeholders(m_db);
    const QList<Stakeholder> linked = stakeholders.forMission(m_missionId);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Annex B: stakeholders").toHtmlEscaped());
    if (linked.isEmpty())
        html += ReportHtml::none(tr("No stakeholder is linked to this mission."));
    else
        html += ReportHtml::table()
            + ReportHtml::headerRow(
                    {tr("Stakeholder"), tr("Organisation"), tr("Type"), tr("Role")});
    QHash<QString, QString> roles;
    for (const StakeholderLink &link : stakeholders.linksForMission(m_missionId))
        roles.insert(link.stakeholderId, link.role);
    for (const Stakeholder &s : linked) {
        html += QStringLiteral("<tr>")
            + ReportHtml::cell(m_sensitive && !s.name.isEmpty() ? s.name : s.displayName())
            + ReportHtml::cell(s.organisation) + ReportHtml::cell(enumLabel(s.type))
            + ReportHtml::cell(roles.value(s.meta.id)) + QStringLiteral("</tr>");
        // Sensitive fields, when asked for, on a row of their own under the stakeholder.
        if (m_sensitive) {
            QStringList details {tr("Power %1").arg(Stakeholder::ratingText(s.power)),
                                 tr("Interest %1").arg(Stakeholder::ratingText(s.interest)),
                                 tr("Attitude: %1").arg(Stakeholder::attitudeText(s.attitude)),
                                 tr("Trust %1").arg(Stakeholder::ratingText(s.trust))};
            for (const QString &contact : {s.email, s.phone}) {
                if (!contact.isEmpty())
                    details.append(contact);
            }
            html += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>")
                        .arg(details.join(QStringLiteral(" · ")).toHtmlEscaped());
        }
    }
    if (!linked.isEmpty())
        html += QStringLiteral("</table>");
    ReportHtml::setBody(document, html);
    // After the text: setting it clears the document's resources, and a chart it cannot find
    // would be laid out as a small broken image, every later page moved up over it.
    for (const auto &[url, image] : std::as_const(images))
        document.addResource(QTextDocument::ImageResource, url, image);
    document.markContentsDirty(0, document.characterCount());
}

QString MissionReport::summary(const Mission &mission, const MissionFigures &f) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Executive summary").toHtmlEscaped());
    QStringList stands {tr("Status: %1.").arg(enumLabel(mission.status))};
    if (!f.stageLine().isEmpty())
        stands.append(tr("%1.").arg(f.stageLine()));
    html += QStringLiteral("<p>%1</p>").arg(stands.join(u' ').toHtmlEscaped());

    // Key figures: in the period, by its end, against the target.
    const QString toEnd = tr("By %1").arg(isoDate(f.period.to));
    html += ReportHtml::table()
        + ReportHtml::headerRow({tr("Key figure"), tr("In the period"), toEnd, tr("Target")}, 34);
    const auto number = [](int n) { return QString::number(n); };
    html += ReportHtml::row(
        {tr("Training sessions held"), number(f.sessionsInPeriod.size()), number(f.sessionsToDate),
         f.sessionsPlanned > 0 ? tr("%n more planned", nullptr, f.sessionsPlanned) : QString()});
    QString trainedTarget = f.officersTarget > 0 ? number(f.officersTarget) : QString();
    if (f.womenShareTarget)
        trainedTarget = tr("%1 (women %2 %)").arg(trainedTarget).arg(*f.womenShareTarget).trimmed();
    html += ReportHtml::row({tr("People trained in those sessions, every tier"),
                             headcountText(f.trainedInPeriod), headcountText(f.trainedToDate),
                             trainedTarget});
    html += ReportHtml::row(
        {tr("Of them, officers reached by the cascade (sessions led by the mission's "
            "certified trainers)"),
         QString(), number(f.cascadeToDate), QString()});
    html += ReportHtml::row({tr("Trainers certified"), number(f.trainersCertifiedInPeriod),
                             number(f.trainersCertifiedToDate),
                             f.trainersTarget > 0 ? number(f.trainersTarget) : QString()});
    html += ReportHtml::row({tr("People consulted"),
                             tr("%1 in %n session(s)", nullptr, f.consultationsInPeriod)
                                 .arg(headcountText(f.consultedInPeriod)),
                             QString(), QString()});
    html += ReportHtml::row({tr("Follow-up activities held"),
                             tr("%n; people reached: %1", nullptr, f.followUpsInPeriod)
                                 .arg(f.reachedByFollowUpInPeriod),
                             QString(), QString()});
    QHash<QString, IndicatorStatus> statuses;
    QList<Indicator> indicators;
    for (const IndicatorLine &line : f.indicators) {
        indicators.append(line.indicator);
        statuses.insert(line.indicator.meta.id, line.status);
    }
    html +=
        ReportHtml::row({tr("Indicators"), QString(),
                         indicators.isEmpty() ? tr("None defined")
                                              : StageSummaries::indicators(indicators, statuses),
                         QString()});
    html += QStringLiteral("</table>");
    // Why the counts differ, where they might be read as the same figure.
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("People trained are counted from the training sessions held, at every "
                        "tier; the cascade counts those in sessions led by the mission's own "
                        "trainers. An indicator shows the values recorded for it, which may be "
                        "counted from other sources (a partner's own records).")
                         .toHtmlEscaped());

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Top risks").toHtmlEscaped());
    if (f.topRisks.isEmpty()) {
        html += ReportHtml::none(tr("No open risk."));
    } else {
        const RiskBandLimits bands = SettingsRepository(m_db).riskBands();
        html += QStringLiteral("<ul>");
        for (const Risk &r : f.topRisks)
            html +=
                QStringLiteral("<li>%1</li>")
                    .arg(tr("%1: %2 (%3), owner %4.")
                             .arg(r.title,
                                  enumLabel(riskBand(r.score(), bands.mediumFrom, bands.highFrom)))
                             .arg(r.score())
                             .arg(r.owner.isEmpty() ? tr("not named") : r.owner)
                             .toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("What changed in the period").toHtmlEscaped());
    if (f.changes.isEmpty()) {
        html += ReportHtml::none(tr("Nothing recorded changed in the period."));
    } else {
        html += QStringLiteral("<ul>");
        for (const MissionFigures::Change &c : f.changes)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1: %2").arg(isoDate(c.date), c.text).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString MissionReport::activities(const MissionFigures &f) const
{
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(tr("Activities and participants").toHtmlEscaped());
    const auto number = [](int n) { return QString::number(n); };
    if (f.sessionsInPeriod.isEmpty()) {
        html += ReportHtml::none(tr("No training session was held in the period."));
    } else {
        html += ReportHtml::table()
            + ReportHtml::headerRow({tr("Training session"), tr("Date"), tr("Tier"), tr("Women"),
                                     tr("Men"), tr("Other or not recorded"), tr("Total")},
                                    34);
        for (const MissionFigures::Session &s : f.sessionsInPeriod)
            html += ReportHtml::row({s.title, isoDate(s.date), enumLabel(s.tier),
                                     number(s.people.female), number(s.people.male),
                                     number(s.people.other), number(s.people.total())});
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("People trained by sex and tier").toHtmlEscaped());
    html += ReportHtml::tierTable(f.tiers, f.trainedInPeriod, f.trainedToDate, f.period.to);
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(tr("Consultation: %n session(s) in the period; people taking part: %1.",
                        nullptr, f.consultationsInPeriod)
                         .arg(f.consultedInPeriod.total())
                         .toHtmlEscaped(),
                     tr("Post-training support: %n activity(ies) held; people reached: %1.",
                        nullptr, f.followUpsInPeriod)
                         .arg(f.reachedByFollowUpInPeriod)
                         .toHtmlEscaped());
    return html;
}

bool MissionReport::writePdf(const QString &path, QString *error) const
{
    return PagedDocument::writePdf(
        path, tr("Mission report"), [this](QPagedPaintDevice *device) { print(device); }, error);
}

PagedDocument MissionReport::layOut(QTextDocument &document, QPagedPaintDevice *device) const
{
    build(document);
    return PagedDocument(document, device, PagedDocument::margin(device));
}

void MissionReport::print(QPagedPaintDevice *device, const QList<int> &pages) const
{
    QTextDocument document;
    layOut(document, device).print(device, pages);
}
