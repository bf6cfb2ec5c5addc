#include "FindingForms.h"
#include "Clock.h"
#include "Dates.h"
#include "StageSummaries.h"

RecordListPanel *FindingForms::findings(const QString &name, const QString &title,
                                        const QList<FindingKind> &kinds)
{
    ListSpec<Finding> spec;
    spec.name = name;
    spec.title = title;
    spec.addTitle = tr("Add %1").arg(enumLabel(kinds.constFirst()));
    spec.editTitle = tr("Edit Finding");
    using F = Finding;
    const QString missionId = m_missionId;
    Database &db = m_db;
    auto sessionDates = std::make_shared<QHash<QString, QString>>();
    spec.columns = {
        {[] { return tr("Kind"); }, [](const F &f) { return enumLabel(f.kind); }},
        {[] { return tr("Finding"); }, [](const F &f) { return f.text; }},
        {[] { return tr("Group"); }, [](const F &f) { return f.grouping; }},
        ListSpec<F>::Column([] { return tr("Votes"); }, [](const F &f) { return f.votes; })
            .centred(),
        ListSpec<F>::Column([] { return tr("Noted on"); },
                            [](const F &f) { return isoDate(f.notedOn); })
            .centred(),
    };
    // Consultation's and orientation's findings may come from a consultation session;
    // post-training support's do not.
    const bool fromSessions = !kinds.contains(FindingKind::Lesson);
    if (fromSessions)
        spec.columns.append(
            {[] { return tr("Raised at"); },
             [sessionDates](const F &f) { return sessionDates->value(f.sessionId); }});
    spec.load = [&db, missionId, kinds, sessionDates] {
        sessionDates->clear();
        for (const ConsultationSession &s :
             MissionRecords<ConsultationSession>(db).forMission(missionId))
            sessionDates->insert(s.meta.id, tr("%1 %2").arg(isoDate(s.date), s.place));
        QList<F> rows;
        for (const F &f : MissionRecords<F>(db).forMission(missionId)) {
            if (kinds.contains(f.kind))
                rows.append(f);
        }
        return rows;
    };
    spec.blank = [missionId, kind = kinds.constFirst()] {
        F f;
        f.missionId = missionId;
        f.kind = kind;
        f.notedOn = Clock::today();
        return f;
    };
    spec.form = [kinds, sessionDates, fromSessions](RecordEditor<F> &f) {
        f.addChoice(QStringLiteral("kind"), tr("&Kind:"), &F::kind, kinds);
        f.addText(QStringLiteral("text"), tr("&Finding:"), &F::text,
                  tr("e.g. Officers do not know which incidents count as hate crimes"));
        f.addText(QStringLiteral("grouping"), tr("&Group:"), &F::grouping, tr("e.g. Recording"));
        f.addNumber(QStringLiteral("votes"), tr("&Votes:"), &F::votes, 0, 10000);
        f.addDate(QStringLiteral("notedOn"), tr("&Noted on:"), &F::notedOn);
        if (!fromSessions)
            return;
        RecordChoices sessions;
        for (auto it = sessionDates->cbegin(); it != sessionDates->cend(); ++it)
            sessions.append({it.key(), it.value()});
        std::sort(sessions.begin(), sessions.end(),
                  [](const RecordChoice &a, const RecordChoice &b) { return a.label < b.label; });
        f.addReference(QStringLiteral("sessionId"), tr("&Raised at:"), &F::sessionId, sessions,
                       tr("No particular session"));
    };
    spec.describe = [](const F &f) { return tr("\"%1\"").arg(f.text); };
    spec.summary = [kinds](const QList<F> &rows) { return StageSummaries::findings(rows, kinds); };
    spec.kinds = {RecordKind::Finding, RecordKind::ConsultationSession};
    return list(spec);
}
