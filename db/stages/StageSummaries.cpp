#include "StageSummaries.h"
#include "Dates.h"
#include "Scales.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

int StageSummaries::percent(int part, int whole)
{
    return whole > 0 ? static_cast<int>(std::lround(100.0 * part / whole)) : 0;
}

QString StageSummaries::consultation(const QList<ConsultationSession> &sessions)
{
    int held = 0;
    int people = 0;
    int women = 0;
    for (const ConsultationSession &s : sessions) {
        if (!s.held)
            continue;
        ++held;
        people += s.headcount();
        women += s.female;
    }
    const int count = static_cast<int>(sessions.size());
    // No headcount is not nobody: "0 people, 0 % women" would say what nobody counted.
    if (people == 0)
        return held == 0
            ? tr("%1 of %n session(s) held.", nullptr, count).arg(held)
            : tr("%1 of %n session(s) held; attendance not recorded.", nullptr, count).arg(held);
    return tr("%1 of %n session(s) held; %L2 people took part, %3 % of them women.", nullptr, count)
        .arg(held)
        .arg(people)
        .arg(percent(women, people));
}

QString StageSummaries::findings(const QList<Finding> &findings, const QList<FindingKind> &kinds)
{
    QStringList counts;
    for (const FindingKind kind : kinds) {
        const auto n = std::count_if(findings.cbegin(), findings.cend(),
                                     [kind](const Finding &f) { return f.kind == kind; });
        counts.append(tr("%1: %2").arg(enumLabel(kind)).arg(n));
    }
    return counts.join(QStringLiteral(" · "));
}

QString StageSummaries::legislation(const QList<LegislationItem> &items)
{
    const auto gaps = std::count_if(items.cbegin(), items.cend(), [](const LegislationItem &l) {
        return !l.gaps.trimmed().isEmpty();
    });
    return tr("%n instrument(s) reviewed; %1 with gaps noted.", nullptr,
              static_cast<int>(items.size()))
        .arg(gaps);
}

QString StageSummaries::capacity(const QList<CapacityAssessment> &assessments)
{
    int assessed = 0;
    QStringList weakest;
    for (const CapacityProfileEntry &e : capacityProfile(assessments)) {
        if (e.current < 0)
            continue;
        ++assessed;
        if (e.current <= Scales::CapacityWeak)
            weakest.append(enumLabel(e.dimension));
    }
    QString text = tr("%1 of 9 dimensions assessed.").arg(assessed);
    if (!weakest.isEmpty())
        text +=
            QLatin1Char(' ') + tr("Absent or ad hoc: %1.").arg(weakest.join(QStringLiteral(", ")));
    return text;
}

QString StageSummaries::trainees(const QList<Trainee> &trainees, std::optional<int> trainersTarget)
{
    int trainers = 0;
    int certified = 0;
    int women = 0;
    int sexKnown = 0;
    double gain = 0;
    int tested = 0;
    for (const Trainee &p : trainees) {
        sexKnown += p.sex == Sex::NotRecorded ? 0 : 1;
        if (p.role == TraineeRole::Trainer) {
            ++trainers;
            certified += p.certified() ? 1 : 0;
        }
        women += p.sex == Sex::Female ? 1 : 0;
        if (p.preScore && p.postScore) {
            gain += *p.postScore - *p.preScore;
            ++tested;
        }
    }
    QString text = trainersTarget ? tr("%1 of %2 trainers certified (target %3).")
                                        .arg(certified)
                                        .arg(trainers)
                                        .arg(*trainersTarget)
                                  : tr("%1 of %2 trainers certified.").arg(certified).arg(trainers);
    const int participants = static_cast<int>(trainees.size()) - trainers;
    text += QLatin1Char(' ')
        + (sexKnown == 0 ? tr("%n participant(s).", nullptr, participants)
                         : tr("%n participant(s); women are %1 % of trainers and participants.",
                              nullptr, participants)
                               .arg(percent(women, static_cast<int>(trainees.size()))));
    if (tested > 0)
        text += QLatin1Char(' ')
            + tr("Mean gain from pre- to post-test: %1 points.").arg(gain / tested, 0, 'f', 1);
    return text;
}

QString StageSummaries::trainingSessions(const QList<TrainingSession> &sessions,
                                         std::optional<int> officersTarget,
                                         std::optional<int> womenShareTarget)
{
    int held = 0;
    int trained = 0;
    int women = 0;
    for (const TrainingSession &s : sessions) {
        if (!s.held)
            continue;
        ++held;
        trained += s.headcount();
        women += s.female;
    }
    const int count = static_cast<int>(sessions.size());
    QString text = trained > 0
        ? tr("%1 of %n session(s) held; %L2 officers trained, %3 % women.", nullptr, count)
              .arg(held)
              .arg(trained)
              .arg(percent(women, trained))
        : held == 0
        ? tr("%1 of %n session(s) held.", nullptr, count).arg(held)
        : tr("%1 of %n session(s) held; attendance not recorded.", nullptr, count).arg(held);
    if (officersTarget)
        text += QLatin1Char(' ')
            + tr("%1 % of the target of %L2 officers.")
                  .arg(percent(trained, *officersTarget))
                  .arg(*officersTarget);
    if (womenShareTarget)
        text += QLatin1Char(' ') + tr("Target share of women: %1 %.").arg(*womenShareTarget);
    return text;
}

QString StageSummaries::materials(const QList<Material> &materials)
{
    const auto ready = std::count_if(materials.cbegin(), materials.cend(), [](const Material &m) {
        return m.status == MaterialStatus::Validated || m.status == MaterialStatus::Published;
    });
    return tr("%1 of %n material(s) validated or published.", nullptr,
              static_cast<int>(materials.size()))
        .arg(ready);
}

QString StageSummaries::followUp(const QList<FollowUpActivity> &activities)
{
    int held = 0;
    int reached = 0;
    for (const FollowUpActivity &a : activities) {
        if (a.held) {
            ++held;
            reached += a.reached;
        }
    }
    return tr("%1 of %n follow-up activity(s) held; %L2 people reached.", nullptr,
              static_cast<int>(activities.size()))
        .arg(held)
        .arg(reached);
}

QString StageSummaries::indicators(const QList<Indicator> &indicators,
                                   const QHash<QString, IndicatorStatus> &statuses)
{
    int counts[3] = {0, 0, 0};
    for (const Indicator &i : indicators) {
        if (const auto rag = statuses.value(i.meta.id).rag)
            ++counts[static_cast<int>(*rag)];
    }
    int behind = 0;
    for (const Indicator &i : indicators)
        behind += statuses.value(i.meta.id).behindDue() ? 1 : 0;
    QString text = tr("%n indicator(s): %1 green, %2 amber, %3 red.", nullptr,
                      static_cast<int>(indicators.size()))
                       .arg(counts[static_cast<int>(Rag::Green)])
                       .arg(counts[static_cast<int>(Rag::Amber)])
                       .arg(counts[static_cast<int>(Rag::Red)]);
    if (behind > 0)
        text += u' ' + tr("%n behind the intermediate target due.", nullptr, behind);
    return text;
}

QString StageSummaries::indicatorTargets(const QList<IndicatorTarget> &targets, const QDate &today)
{
    if (targets.isEmpty())
        return tr("No intermediate target: progress is judged against the final target only.");
    std::optional<IndicatorTarget> next;
    for (const IndicatorTarget &t : targets) {
        if (t.date > today && (!next || t.date < next->date))
            next = t;
    }
    const int n = static_cast<int>(targets.size());
    return next ? tr("%n intermediate target(s); next: %1 by %2.", nullptr, n)
                      .arg(QLocale().toString(next->value, 'g', 10), isoDate(next->date))
                : tr("%n intermediate target(s), all due by now.", nullptr, n);
}

QString StageSummaries::indicatorValues(const QList<IndicatorValue> &values)
{
    if (values.isEmpty())
        return tr("Choose an indicator, then add its measured values.");
    int women = 0;
    int men = 0;
    for (const IndicatorValue &v : values) {
        women += v.female.value_or(0);
        men += v.male.value_or(0);
    }
    const int n = static_cast<int>(values.size());
    return women + men > 0 ? tr("%n value(s); women %1 % of those counted.", nullptr, n)
                                 .arg(percent(women, women + men))
                           : tr("%n value(s).", nullptr, n);
}
