#include "PostTrainingForms.h"
#include "Clock.h"
#include "Curriculum.h"
#include "Dates.h"
#include "Scales.h"
#include "StageRecords.h"
#include "StageSummaries.h"

#include <QCheckBox>
#include <QSignalBlocker>

QWidget *PostTrainingForms::embeddedFlag()
{
    auto *box =
        new QCheckBox(tr("The course is &embedded in the national academy curriculum"), m_parent);
    box->setObjectName(QStringLiteral("embeddedInCurriculum"));
    const QString missionId = m_missionId;
    Edits &edits = m_edits;
    const auto show = [box, &edits, missionId] {
        const std::optional<Mission> m = MissionRepository(edits.database()).find(missionId);
        const QSignalBlocker block(box);
        box->setChecked(m && m->embeddedInCurriculum);
    };
    show();
    QObject::connect(box, &QCheckBox::toggled, box, [box, &edits, missionId](bool on) {
        std::optional<Mission> m = MissionRepository(edits.database()).find(missionId);
        if (!m)
            return;
        m->embeddedInCurriculum = on;
        QString error;
        if (!edits.saveMission(*m, &error))
            QMessageBox::warning(box, tr("National Curriculum"), error);
    });
    QObject::connect(&m_db, &Database::recordsChanged, box, [show](RecordKinds kinds) {
        if (kinds.contains(RecordKind::Mission))
            show();
    });
    return box;
}

RecordListPanel *PostTrainingForms::followUp()
{
    ListSpec<FollowUpActivity> spec;
    spec.name = QStringLiteral("followUpActivities");
    spec.title = tr("Follow-up activities");
    spec.addTitle = tr("Add Follow-up Activity");
    spec.editTitle = tr("Edit Follow-up Activity");
    using A = FollowUpActivity;
    spec.columns = {
        {[] { return tr("Date"); }, [](const A &a) { return isoDate(a.date); }},
        {[] { return tr("Type"); }, [](const A &a) { return enumLabel(a.type); }},
        {[] { return tr("Title"); }, [](const A &a) { return a.title; }},
        {[] { return tr("Held"); }, [](const A &a) { return a.held ? tr("Held") : tr("Planned"); }},
        ListSpec<A>::Column([] { return tr("People reached"); },
                            [](const A &a) { return a.reached; })
            .centred(),
        ListSpec<A>::Column([] { return tr("Needs served"); },
                            [](const A &a) { return a.needIds.size(); })
            .centred(),
        {[] { return tr("Notes"); }, [](const A &a) { return a.notes.section(u'\n', 0, 0); }},
    };
    const QString missionId = m_missionId;
    Database &db = m_db;
    spec.load = [&db, missionId] { return MissionRecords<A>(db).forMission(missionId); };
    spec.blank = [missionId] {
        A a;
        a.missionId = missionId;
        a.date = Clock::today();
        return a;
    };
    spec.form = [&db, missionId](RecordEditor<A> &f) {
        f.addChoice(QStringLiteral("type"), tr("&Type:"), &A::type);
        f.addText(QStringLiteral("title"), tr("T&itle:"), &A::title,
                  tr("e.g. Refresher for Čakovec and Vukovar"));
        f.addDate(QStringLiteral("date"), tr("&Date:"), &A::date);
        f.addFlag(QStringLiteral("held"), tr("&Held (not only planned)"), &A::held);
        f.addNumber(QStringLiteral("reached"), tr("&People reached:"), &A::reached, 0,
                    Scales::ReachedMax);
        RecordChoices needs;
        for (const Need &n : NeedRepository(db).forMission(missionId))
            needs.append({n.meta.id, n.statement});
        f.addChecklist(QStringLiteral("needIds"), tr("&Needs it serves:"), &A::needIds, needs);
        f.addLongText(QStringLiteral("notes"), tr("N&otes:"), &A::notes);
    };
    spec.describe = [](const A &a) {
        return tr("the %1 of %2").arg(enumLabel(a.type).toLower(), isoDate(a.date));
    };
    spec.summary = [](const QList<A> &rows) { return StageSummaries::followUp(rows); };
    spec.kinds = {RecordKind::FollowUpActivity, RecordKind::FollowUpNeed};
    RecordListPanel *panel = list(spec);
    panel->setHeaderWidget(embeddedFlag());
    return panel;
}
