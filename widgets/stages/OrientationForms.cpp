#include "OrientationForms.h"
#include "Clock.h"
#include "Dates.h"
#include "Scales.h"
#include "StageRecords.h"
#include "StageSummaries.h"

RecordListPanel *OrientationForms::legislation()
{
    ListSpec<LegislationItem> spec;
    spec.name = QStringLiteral("legislation");
    spec.title = tr("National legislation");
    spec.addTitle = tr("Add Legislation");
    spec.editTitle = tr("Edit Legislation");
    using L = LegislationItem;
    spec.columns = {
        {[] { return tr("Instrument"); }, [](const L &l) { return l.instrument; }},
        {[] { return tr("Article"); }, [](const L &l) { return l.article; }},
        {[] { return tr("Approach"); }, [](const L &l) { return enumLabel(l.approach); }},
        {[] { return tr("Protected characteristics"); },
         [](const L &l) { return l.characteristics; }},
        {[] { return tr("Gaps"); }, [](const L &l) { return l.gaps.section(u'\n', 0, 0); }},
    };
    const QString missionId = m_missionId;
    Database &db = m_db;
    spec.load = [&db, missionId] { return MissionRecords<L>(db).forMission(missionId); };
    spec.blank = [missionId] {
        L l;
        l.missionId = missionId;
        return l;
    };
    spec.form = [](RecordEditor<L> &f) {
        f.addText(QStringLiteral("instrument"), tr("&Instrument:"), &L::instrument,
                  tr("e.g. Criminal Code"));
        f.addText(QStringLiteral("article"), tr("&Article:"), &L::article, tr("e.g. Art. 87(21)"));
        f.addChoice(QStringLiteral("approach"), tr("A&pproach:"), &L::approach);
        f.addText(QStringLiteral("characteristics"), tr("Protected &characteristics:"),
                  &L::characteristics, tr("e.g. race, ethnicity, religion, sexual orientation"));
        f.addLongText(QStringLiteral("gaps"), tr("&Gaps:"), &L::gaps);
    };
    spec.describe = [](const L &l) { return tr("%1 %2").arg(l.instrument, l.article); };
    spec.summary = [](const QList<L> &rows) { return StageSummaries::legislation(rows); };
    spec.kinds = {RecordKind::LegislationItem};
    return list(spec);
}

RecordListPanel *OrientationForms::capacity()
{
    ListSpec<CapacityAssessment> spec;
    spec.name = QStringLiteral("capacityAssessments");
    spec.title = tr("Capacity assessment (0-4)");
    spec.addTitle = tr("Assess Capacity");
    spec.editTitle = tr("Edit Capacity Assessment");
    using C = CapacityAssessment;
    spec.columns = {
        ListSpec<C>::Column([] { return tr("Dimension"); },
                            [](const C &c) { return enumLabel(c.dimension); })
            .sortBy([](const C &c) {
                return QStringLiteral("%1 %2")
                    .arg(static_cast<int>(c.dimension))
                    .arg(isoDate(c.assessedOn));
            }),
        {[] { return tr("Assessed"); }, [](const C &c) { return isoDate(c.assessedOn); }},
        ListSpec<C>::Column([] { return tr("Score"); },
                            [](const C &c) { return C::scoreLabel(c.score); })
            .sortBy([](const C &c) { return c.score; }),
        ListSpec<C>::Column([] { return tr("Target"); },
                            [](const C &c) { return C::scoreLabel(c.target); })
            .sortBy([](const C &c) { return c.target; }),
        ListSpec<C>::Column([] { return tr("Gap"); }, [](const C &c) { return c.target - c.score; })
            .centred(),
        {[] { return tr("Evidence"); }, [](const C &c) { return c.evidence.section(u'\n', 0, 0); }},
    };
    const QString missionId = m_missionId;
    Database &db = m_db;
    spec.load = [&db, missionId] { return MissionRecords<C>(db).forMission(missionId); };
    spec.blank = [missionId] {
        C c;
        c.missionId = missionId;
        c.assessedOn = Clock::today();
        return c;
    };
    spec.form = [](RecordEditor<C> &f) {
        f.addChoice(QStringLiteral("dimension"), tr("&Dimension:"), &C::dimension);
        f.addDate(QStringLiteral("assessedOn"), tr("&Assessed on:"), &C::assessedOn);
        f.addNumber(QStringLiteral("score"), tr("&Score (0-4):"), &C::score, Scales::CapacityMin,
                    Scales::CapacityMax);
        f.addNumber(QStringLiteral("target"), tr("&Target score (0-4):"), &C::target,
                    Scales::CapacityMin, Scales::CapacityMax);
        f.addLongText(QStringLiteral("evidence"), tr("&Evidence:"), &C::evidence,
                      tr("What was seen: documents, interviews, incident forms…"));
        f.addNote(tr("0 absent · 1 ad hoc · 2 developing · 3 established · 4 "
                     "institutionalised. Assessing a dimension again adds a row; the first "
                     "one stays as the baseline."));
    };
    spec.describe = [](const C &c) {
        return tr("the assessment of %1 on %2").arg(enumLabel(c.dimension), isoDate(c.assessedOn));
    };
    spec.summary = [](const QList<C> &rows) { return StageSummaries::capacity(rows); };
    spec.kinds = {RecordKind::CapacityAssessment};
    return list(spec);
}
