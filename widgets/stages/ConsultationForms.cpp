#include "ConsultationForms.h"
#include "Clock.h"
#include "Dates.h"
#include "Scales.h"
#include "StageRecords.h"
#include "StageSummaries.h"
#include "StakeholderRepository.h"

RecordChoices ConsultationForms::stakeholderChoices(Database &db, const QString &missionId)
{
    RecordChoices choices;
    for (const Stakeholder &s : StakeholderRepository(db).forMission(missionId)) {
        choices.append({s.meta.id,
                        s.organisation.isEmpty()
                            ? s.displayName()
                            : tr("%1 (%2)").arg(s.displayName(), s.organisation)});
    }
    return choices;
}

RecordListPanel *ConsultationForms::sessions()
{
    ListSpec<ConsultationSession> spec;
    spec.name = QStringLiteral("consultationSessions");
    spec.title = tr("Consultation sessions");
    spec.addTitle = tr("Add Consultation Session");
    spec.editTitle = tr("Edit Consultation Session");
    using S = ConsultationSession;
    spec.columns = {
        {[] { return tr("Date"); }, [](const S &s) { return isoDate(s.date); }},
        {[] { return tr("Format"); }, [](const S &s) { return enumLabel(s.format); }},
        {[] { return tr("Place"); }, [](const S &s) { return s.place; }},
        {[] { return tr("Held"); }, [](const S &s) { return s.held ? tr("Held") : tr("Planned"); }},
        ListSpec<S>::Column([] { return tr("Stakeholders"); },
                            [](const S &s) { return s.attendeeIds.size(); })
            .centred()
            .tip([](const S &) { return tr("Stakeholders of the mission who attended"); }),
        ListSpec<S>::Column([] { return tr("Women"); }, [](const S &s) { return s.female; })
            .centred(),
        ListSpec<S>::Column([] { return tr("Men"); }, [](const S &s) { return s.male; }).centred(),
        ListSpec<S>::Column([] { return tr("Total"); }, [](const S &s) { return s.headcount(); })
            .centred(),
        {[] { return tr("Notes"); }, [](const S &s) { return s.notes.section(u'\n', 0, 0); }},
    };
    const QString missionId = m_missionId;
    Database &db = m_db;
    spec.load = [&db, missionId] { return MissionRecords<S>(db).forMission(missionId); };
    spec.blank = [missionId] {
        S s;
        s.missionId = missionId;
        s.date = Clock::today();
        return s;
    };
    spec.form = [&db, missionId](RecordEditor<S> &f) {
        f.addDate(QStringLiteral("date"), tr("&Date:"), &S::date);
        f.addChoice(QStringLiteral("format"), tr("&Format:"), &S::format);
        f.addText(QStringLiteral("place"), tr("&Place:"), &S::place,
                  tr("e.g. Ministry of the Interior, Zagreb"));
        f.addFlag(QStringLiteral("held"), tr("&Held (not only planned)"), &S::held);
        f.addChecklist(QStringLiteral("attendeeIds"), tr("&Stakeholders attending:"),
                       &S::attendeeIds, stakeholderChoices(db, missionId));
        f.addNumber(QStringLiteral("female"), tr("&Women attending:"), &S::female, 0,
                    Scales::HeadcountMax);
        f.addNumber(QStringLiteral("male"), tr("&Men attending:"), &S::male, 0,
                    Scales::HeadcountMax);
        f.addNumber(QStringLiteral("otherOrUnrecorded"), tr("&Others or not recorded:"),
                    &S::otherOrUnrecorded, 0, Scales::HeadcountMax);
        f.addLongText(QStringLiteral("notes"), tr("&Notes:"), &S::notes);
    };
    spec.describe = [](const S &s) {
        return tr("the consultation session of %1").arg(isoDate(s.date));
    };
    spec.summary = [](const QList<S> &rows) { return StageSummaries::consultation(rows); };
    spec.kinds = {RecordKind::ConsultationSession, RecordKind::ConsultationAttendee};
    return list(spec);
}
