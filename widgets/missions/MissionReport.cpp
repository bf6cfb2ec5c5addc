#include "MissionReport.h"
#include "Clock.h"
#include "Database.h"
#include "Dates.h"
#include "Files.h"
#include "IndicatorProgress.h"
#include "MissionDashboardView.h"
#include "MissionRepository.h"
#include "PagedDocument.h"
#include "ProgrammeRepository.h"
#include "ReportFigures.h"
#include "RiskRepository.h"
#include "Settings.h"
#include "StageSummaries.h"
#include "StakeholderRepository.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextDocument>
#include <QUrl>
#include <qcustomplot.h>

namespace {

QString cell(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

// The first column, which holds the names and titles, gets `firstWidth` percent of the width.
// The header row of a table, repeated at the top of every page the table runs onto.
QString headerRow(const QStringList &names, int firstWidth = 30)
{
    QString row = QStringLiteral("<thead><tr>");
    for (int i = 0; i < names.size(); ++i) {
        row += (i == 0 ? QStringLiteral("<th align=\"left\" width=\"%1%\">").arg(firstWidth)
                       : QStringLiteral("<th align=\"left\">"))
            + names.at(i).toHtmlEscaped() + QStringLiteral("</th>");
    }
    return row + QStringLiteral("</tr></thead>");
}

const char *const s_tableStyle = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                 "width=\"100%\">";

// An empty section says so in a line, with no table of headers alone.
QString none(const QString &text)
{
    return QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
}

QString row(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &text : cells)
        html += cell(text);
    return html + QStringLiteral("</tr>");
}

} // namespace

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
    html += summary(figures) + activities(figures);

    // Stages.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Stages").toHtmlEscaped())
        + QLatin1String(s_tableStyle)
        + headerRow({tr("Stage"), tr("State"), tr("Progress"), tr("Measures")});
    for (const StageStatus &s : figures.stages) {
        QStringList measures;
        for (const StageStatus::Measure &m : s.measures)
            measures.append(m.label);
        html += QStringLiteral("<tr>") + cell(enumLabel(s.stage))
            + cell(StageProgress::stateLabel(s.state))
            + cell(tr("%1 %").arg(std::lround(s.progress * 100)))
            + cell(measures.join(QStringLiteral("; "))) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // Indicators.
    const QList<IndicatorLine> &indicators = figures.indicators;
    html += QStringLiteral("<h2>%1</h2>")
                .arg(tr("Indicators on %1").arg(isoDate(m_period.to)).toHtmlEscaped());
    if (indicators.isEmpty())
        html += none(tr("No indicator is defined for this mission."));
    else
        html += QLatin1String(s_tableStyle)
            + headerRow({tr("Indicator"), tr("Level"), tr("Baseline"), tr("Target"),
                         tr("Due by then"), tr("Latest"), tr("Achieved"), tr("Status")},
                        22);
    for (const IndicatorLine &line : indicators) {
        const Indicator &i = line.indicator;
        const IndicatorStatus &st = line.status;
        html += QStringLiteral("<tr>") + cell(i.name) + cell(enumLabel(i.level))
            + cell(QStringLiteral("%1 %2").arg(i.baseline).arg(i.unit))
            + cell(QStringLiteral("%1 %2").arg(i.target).arg(i.unit))
            + cell(st.due ? tr("%1 by %2").arg(st.due->value).arg(isoDate(st.due->date))
                          : QString())
            + cell(st.current ? tr("%1 (%2)").arg(*st.current).arg(isoDate(st.asOf)) : QString())
            + cell(st.achievement ? tr("%1 %").arg(std::lround(*st.achievement)) : QString())
            + cell(st.rag ? enumLabel(*st.rag) : tr("No value yet")) + QStringLiteral("</tr>");
    }
    if (!indicators.isEmpty())
        html += QStringLiteral("</table>");

    // Risk register.
    const RiskBandLimits bands = SettingsRepository(m_db).riskBands();
    const QList<Risk> &risks = figures.risks;
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Risk register").toHtmlEscaped());
    if (risks.isEmpty())
        html += none(tr("No risk is recorded for this mission."));
    else
        html += QLatin1String(s_tableStyle)
            + headerRow({tr("Risk"), tr("Category"), tr("Owner"), tr("Score"), tr("Rating"),
                         tr("Residual"), tr("Review")});
    for (const Risk &r : risks) {
        html +=
            QStringLiteral("<tr>")
            + cell(
                r.isOpen() ? r.title
                    : r.state == RiskState::Occurred
                    ? tr("%1 (came true %2: %3)").arg(r.title, isoDate(r.occurredOn), r.consequence)
                    : tr("%1 (closed)").arg(r.title))
            + cell(enumLabel(r.category)) + cell(r.owner)
            + cell(tr("%1 × %2 = %3").arg(r.likelihood).arg(r.impact).arg(r.score()))
            + cell(enumLabel(riskBand(r.score(), bands.mediumFrom, bands.highFrom)))
            + cell(r.residualScore() > 0 ? QString::number(r.residualScore()) : QString())
            + cell(isoDate(r.reviewDate)) + QStringLiteral("</tr>");
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
        html += none(tr("No stakeholder is linked to this mission."));
    else
        html += QLatin1String(s_tableStyle)
            + headerRow({tr("Stakeholder"), tr("Organisation"), tr("Type"), tr("Role")});
    QHash<QString, QString> roles;
    for (const StakeholderLink &link : stakeholders.linksForMission(m_missionId))
        roles.insert(link.stakeholderId, link.role);
    for (const Stakeholder &s : linked) {
        html += QStringLiteral("<tr>") + cell(m_sensitive ? s.name : s.displayName())
            + cell(s.organisation) + cell(enumLabel(s.type)) + cell(roles.value(s.meta.id))
            + QStringLiteral("</tr>");
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
    // A small body size keeps eight columns readable on A4 without words broken in two.
    document.setHtml(
        QStringLiteral("<html><body style=\"font-size: 8pt\">%1</body></html>").arg(html));
    // After the text: setting it clears the document's resources, and a chart it cannot find
    // would be laid out as a small broken image, every later page moved up over it.
    for (const auto &[url, image] : std::as_const(images))
        document.addResource(QTextDocument::ImageResource, url, image);
    document.markContentsDirty(0, document.characterCount());
}

QString MissionReport::summary(const MissionFigures &f) const
{
    const std::optional<Mission> mission = MissionRepository(m_db).find(m_missionId);
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Executive summary").toHtmlEscaped());
    QStringList stands {tr("Status: %1.").arg(enumLabel(mission->status))};
    if (!f.stageLine().isEmpty())
        stands.append(f.stageLine() + u'.');
    html += QStringLiteral("<p>%1</p>").arg(stands.join(u' ').toHtmlEscaped());

    // Key figures: in the period, by its end, against the target.
    const QString toEnd = tr("By %1").arg(isoDate(f.period.to));
    html += QLatin1String(s_tableStyle)
        + headerRow({tr("Key figure"), tr("In the period"), toEnd, tr("Target")}, 34);
    const auto number = [](int n) { return QString::number(n); };
    html += row(
        {tr("Training sessions held"), number(f.sessionsInPeriod.size()), number(f.sessionsToDate),
         f.sessionsPlanned > 0 ? tr("%n more planned", nullptr, f.sessionsPlanned) : QString()});
    QString trainedTarget = f.officersTarget > 0 ? number(f.officersTarget) : QString();
    if (f.womenShareTarget)
        trainedTarget = tr("%1 (women %2 %)").arg(trainedTarget).arg(*f.womenShareTarget).trimmed();
    html += row({tr("People trained in those sessions, every tier"),
                 headcountText(f.trainedInPeriod), headcountText(f.trainedToDate), trainedTarget});
    html += row({tr("Of them, officers reached by the cascade (sessions led by the mission's "
                    "certified trainers)"),
                 QString(), number(f.cascadeToDate), QString()});
    html += row({tr("Trainers certified"), number(f.trainersCertifiedInPeriod),
                 number(f.trainersCertifiedToDate),
                 f.trainersTarget > 0 ? number(f.trainersTarget) : QString()});
    html += row({tr("People consulted"),
                 tr("%1 in %n session(s)", nullptr, f.consultationsInPeriod)
                     .arg(headcountText(f.consultedInPeriod)),
                 QString(), QString()});
    html += row({tr("Follow-up activities held"),
                 tr("%n, reaching %1 people", nullptr, f.followUpsInPeriod)
                     .arg(f.reachedByFollowUpInPeriod),
                 QString(), QString()});
    QHash<QString, IndicatorStatus> statuses;
    QList<Indicator> indicators;
    for (const IndicatorLine &line : f.indicators) {
        indicators.append(line.indicator);
        statuses.insert(line.indicator.meta.id, line.status);
    }
    html += row({tr("Indicators"), QString(),
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
        html += none(tr("No open risk."));
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
        html += none(tr("Nothing recorded changed in the period."));
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
        html += none(tr("No training session was held in the period."));
    } else {
        html += QLatin1String(s_tableStyle)
            + headerRow({tr("Training session"), tr("Date"), tr("Tier"), tr("Women"), tr("Men"),
                         tr("Other or not recorded"), tr("Total")},
                        34);
        for (const MissionFigures::Session &s : f.sessionsInPeriod)
            html += row({s.title, isoDate(s.date), enumLabel(s.tier), number(s.people.female),
                         number(s.people.male), number(s.people.other), number(s.people.total())});
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("People trained by sex and tier").toHtmlEscaped());
    if (f.tiers.isEmpty()) {
        html += none(tr("Nobody has been recorded as trained yet."));
    } else {
        html += QLatin1String(s_tableStyle)
            + headerRow({tr("Tier"), tr("Women"), tr("Men"), tr("Other or not recorded"),
                         tr("Total in the period"), tr("Women's share"),
                         tr("Total by %1").arg(isoDate(f.period.to))},
                        22);
        const auto tierRow = [&](const QString &name, const Headcount &in, const Headcount &all) {
            return row(
                {name, number(in.female), number(in.male), number(in.other), number(in.total()),
                 in.total() > 0 ? tr("%1 %").arg(StageSummaries::percent(in.female, in.total()))
                                : QString(),
                 number(all.total())});
        };
        for (const MissionFigures::Tier &t : f.tiers)
            html += tierRow(enumLabel(t.tier), t.inPeriod, t.toDate);
        html += tierRow(tr("Every tier"), f.trainedInPeriod, f.trainedToDate);
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(tr("Consultation: %n session(s) in the period with %1 people.", nullptr,
                        f.consultationsInPeriod)
                         .arg(f.consultedInPeriod.total())
                         .toHtmlEscaped(),
                     tr("Post-training support: %n activity(ies) held, reaching %1 people.",
                        nullptr, f.followUpsInPeriod)
                         .arg(f.reachedByFollowUpInPeriod)
                         .toHtmlEscaped());
    return html;
}

bool MissionReport::writePdf(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(Files::ownerOnly);
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Mission report"));
        writer.setCreator(QStringLiteral("Intervention Planner"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        print(&writer);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

PagedDocument MissionReport::layOut(QTextDocument &document, QPagedPaintDevice *device) const
{
    build(document);
    return PagedDocument(document, device, (2 / 2.54) * device->logicalDpiY());
}

void MissionReport::print(QPagedPaintDevice *device, int fromPage, int toPage) const
{
    QTextDocument document;
    layOut(document, device).print(device, fromPage, toPage);
}
