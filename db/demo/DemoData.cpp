#include "DemoData.h"
#include "Clock.h"
#include "Curriculum.h"
#include "Database.h"
#include "EngagementRepository.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"
#include "RiskRepository.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "StakeholderRepository.h"
#include "TransactionGuard.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// The translation context of the demo loader's messages.
struct DemoDataText
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataText)
};

QDate date(const QJsonObject &object, const char *key)
{
    const QString text = object.value(QLatin1String(key)).toString();
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

int number(const QJsonObject &object, const char *key, int fallback)
{
    return object.value(QLatin1String(key)).toInt(fallback);
}

template<typename E> E enumValue(const QJsonObject &object, const char *key, E fallback)
{
    return enumFromCode<E>(object.value(QLatin1String(key)).toString()).value_or(fallback);
}

QDateTime atNoon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

class Loader
{
public:
    explicit Loader(Database &db)
        : m_db(db)
        , m_missions(db)
        , m_stakeholders(db)
        , m_engagements(db)
        , m_risks(db)
    {
    }

    bool run(const QJsonObject &root, QString *error)
    {
        m_asOf = QDate::fromString(text(root, "asOf"), Qt::ISODate);
        if (!m_asOf.isValid())
            m_asOf = QDate(2026, 11, 1);
        // The demo tells a current story on any day: the records of the missions still running
        // move by whole months to sit around today as they sit around `asOf` in the file.
        const QDate today = Clock::today();
        m_shift = (today.year() - m_asOf.year()) * 12 + (today.month() - m_asOf.month());
        for (const QJsonValue &value : root.value(QLatin1String("missions")).toArray()) {
            const QJsonObject m = value.toObject();
            if (enumValue(m, "status", MissionStatus::Planned) == MissionStatus::Closed)
                m_closed.insert(text(m, "key"));
        }
        const QJsonArray programmes = root.value(QLatin1String("programmes")).toArray();
        for (const QJsonValue &value : programmes) {
            if (!programme(value.toObject(), error))
                return false;
        }
        for (const QJsonValue &value : root.value(QLatin1String("missions")).toArray()) {
            if (!mission(value.toObject(), error))
                return false;
        }
        for (const QJsonValue &value : root.value(QLatin1String("stakeholders")).toArray()) {
            if (!stakeholder(value.toObject(), error))
                return false;
        }
        for (const QJsonValue &value : programmes) {
            if (!programmeTeamAndEvents(value.toObject(), error))
                return false;
        }
        for (const QJsonValue &value : root.value(QLatin1String("risks")).toArray()) {
            if (!risk(value.toObject(), error))
                return false;
        }
        for (const QJsonValue &value : root.value(QLatin1String("stages")).toArray()) {
            if (!stages(value.toObject(), error))
                return false;
        }
        return true;
    }

private:
    bool fail(QString *error, const QString &what, const QString &reason)
    {
        if (error)
            *error = DemoDataText::tr("Demo record \"%1\": %2").arg(what, reason);
        return false;
    }

    bool mission(const QJsonObject &o, QString *error)
    {
        m_shifting = !m_closed.contains(text(o, "key"));
        Mission m;
        m.meta.demo = true;
        m.code = text(o, "code");
        m.title = text(o, "title");
        m.programmeId = m_programmeIds.value(text(o, "programme"));
        for (const QJsonValue &value : o.value(QLatin1String("sites")).toArray()) {
            const QJsonObject j = value.toObject();
            MissionSite site;
            site.meta.demo = true;
            site.country = text(j, "country");
            site.city = text(j, "city");
            site.institution = text(j, "institution");
            m.sites.append(site);
        }
        m.leadOrganisation = text(o, "leadOrganisation");
        m.nationalCounterpart = text(o, "nationalCounterpart");
        m.startDate = when(o, "start");
        m.endDate = when(o, "end");
        m.status = enumValue(o, "status", MissionStatus::Planned);
        m.currentStage = enumValue(o, "stage", Stage::Consultation);
        m.mouStatus = enumValue(o, "mouStatus", MouStatus::None);
        m.mouDate = when(o, "mouDate");
        if (o.contains(QLatin1String("budget")))
            m.budgetMinor = static_cast<qint64>(o.value(QLatin1String("budget")).toDouble());
        m.currency = o.value(QLatin1String("currency")).toString(QStringLiteral("EUR"));
        m.context = enumValue(o, "context", MissionContext::Stable);
        for (const QJsonValue &value : o.value(QLatin1String("predecessors")).toArray())
            m.predecessorIds.append(m_missionIds.value(value.toString()));
        m.handoverNotes = text(o, "handoverNotes");
        m.outcome = enumValue(o, "outcome", MissionOutcome::Open);
        m.outcomeOn = when(o, "outcomeOn");
        m.outcomeNote = text(o, "outcomeNote");
        QString reason;
        if (!m_missions.save(m, &reason))
            return fail(error, m.code, reason);
        m_missionIds.insert(text(o, "key"), m.meta.id);
        return true;
    }

    // A programme's own fields; its team and events come once its people are in.
    bool programme(const QJsonObject &o, QString *error)
    {
        m_shifting = o.value(QLatin1String("running")).toBool();
        Programme p;
        p.meta.demo = true;
        p.code = text(o, "code");
        p.title = text(o, "title");
        p.leadOrganisation = text(o, "leadOrganisation");
        p.partners = text(o, "partners");
        p.startDate = when(o, "start");
        p.endDate = when(o, "end");
        p.status = enumValue(o, "status", MissionStatus::Planned);
        p.outcome = enumValue(o, "outcome", MissionOutcome::Open);
        p.outcomeOn = when(o, "outcomeOn");
        p.outcomeNote = text(o, "outcomeNote");
        p.predecessorId = m_programmeIds.value(text(o, "predecessor"));
        p.notes = text(o, "notes");
        QString reason;
        if (!ProgrammeRepository(m_db).save(p, &reason))
            return fail(error, p.code, reason);
        m_programmeIds.insert(text(o, "key"), p.meta.id);
        return true;
    }

    bool programmeTeamAndEvents(const QJsonObject &o, QString *error)
    {
        m_shifting = o.value(QLatin1String("running")).toBool();
        ProgrammeRepository programmes(m_db);
        std::optional<Programme> p = programmes.find(m_programmeIds.value(text(o, "key")));
        if (!p)
            return fail(error, text(o, "code"), DemoDataText::tr("The programme is missing."));
        for (const QJsonValue &value : o.value(QLatin1String("team")).toArray())
            p->teamIds.append(m_stakeholderIds.value(value.toString()));
        QString reason;
        if (!programmes.save(*p, &reason))
            return fail(error, p->code, reason);
        for (const QJsonValue &value : o.value(QLatin1String("events")).toArray()) {
            const QJsonObject j = value.toObject();
            ProgrammeEvent e;
            e.meta.demo = true;
            e.programmeId = p->meta.id;
            e.kind = enumValue(j, "kind", EventKind::Seminar);
            e.title = text(j, "title");
            e.city = text(j, "city");
            e.country = text(j, "country");
            e.startDate = when(j, "start");
            e.endDate = when(j, "end");
            e.held = j.value(QLatin1String("held")).toBool();
            e.leadStakeholderId = m_stakeholderIds.value(text(j, "lead"));
            e.female = number(j, "female", 0);
            e.male = number(j, "male", 0);
            e.notes = text(j, "notes");
            if (!Repository<ProgrammeEvent>(m_db).save(e, &reason))
                return fail(error, e.title, reason);
        }
        return true;
    }

    bool stakeholder(const QJsonObject &o, QString *error)
    {
        // Moved with the missions still running, if it belongs to one.
        bool current = false;
        for (const QJsonValue &value : o.value(QLatin1String("links")).toArray())
            current = current || !m_closed.contains(text(value.toObject(), "mission"));
        m_shifting = current;
        Stakeholder s;
        s.meta.demo = true;
        s.kind = enumValue(o, "kind", StakeholderKind::Group);
        s.name = text(o, "name");
        s.nameProtected = o.value(QLatin1String("nameProtected")).toBool();
        s.organisation = text(o, "organisation");
        s.type = enumValue(o, "type", StakeholderType::CivilSociety);
        s.sex = enumValue(o, "sex", Sex::NotRecorded);
        s.email = text(o, "email");
        s.phone = text(o, "phone");
        s.notes = text(o, "notes");
        QString reason;
        // Earlier positions first, so the snapshots tell how the stakeholder moved.
        for (const QJsonValue &value : o.value(QLatin1String("history")).toArray()) {
            const QJsonObject h = value.toObject();
            s.power = number(h, "power", 3);
            s.interest = number(h, "interest", 3);
            s.attitude = enumValue(h, "attitude", Attitude::Neutral);
            s.trust = number(h, "trust", 3);
            if (!m_stakeholders.save(s, &reason, atNoon(when(h, "date"))))
                return fail(error, s.name, reason);
        }
        s.power = number(o, "power", 3);
        s.interest = number(o, "interest", 3);
        s.attitude = enumValue(o, "attitude", Attitude::Neutral);
        s.trust = number(o, "trust", 3);
        if (!m_stakeholders.save(s, &reason, atNoon(asOf())))
            return fail(error, s.name, reason);
        m_stakeholderIds.insert(text(o, "key"), s.meta.id);

        for (const QJsonValue &value : o.value(QLatin1String("links")).toArray()) {
            const QJsonObject l = value.toObject();
            StakeholderLink link;
            link.meta.demo = true;
            link.stakeholderId = s.meta.id;
            link.missionId = m_missionIds.value(text(l, "mission"));
            link.role = text(l, "role");
            if (!m_stakeholders.link(link, &reason))
                return fail(error, s.name, reason);
        }
        for (const QJsonValue &value : o.value(QLatin1String("engagements")).toArray()) {
            const QJsonObject e = value.toObject();
            const QString engagedIn = text(e, "mission");
            m_shifting = engagedIn.isEmpty() ? current : !m_closed.contains(engagedIn);
            Engagement engagement;
            engagement.meta.demo = true;
            engagement.stakeholderId = s.meta.id;
            engagement.missionId = m_missionIds.value(text(e, "mission"));
            engagement.date = when(e, "date");
            engagement.type = enumValue(e, "type", EngagementType::Meeting);
            engagement.purpose = text(e, "purpose");
            engagement.outcome = text(e, "outcome");
            engagement.followUpDate = when(e, "followUp");
            engagement.followUpDone = e.value(QLatin1String("done")).toBool();
            if (!m_engagements.save(engagement, &reason))
                return fail(error, s.name, reason);
        }
        return true;
    }

    bool risk(const QJsonObject &o, QString *error)
    {
        m_shifting = o.contains(QLatin1String("programme"))
            ? o.value(QLatin1String("running")).toBool()
            : !m_closed.contains(text(o, "mission"));
        Risk r;
        r.meta.demo = true;
        r.missionId = m_missionIds.value(text(o, "mission"));
        r.programmeId = m_programmeIds.value(text(o, "programme"));
        r.title = text(o, "title");
        r.description = text(o, "description");
        r.category = enumValue(o, "category", RiskCategory::Other);
        r.owner = text(o, "owner");
        r.treatment = enumValue(o, "treatment", RiskTreatment::Accept);
        r.mitigation = text(o, "mitigation");
        r.reviewDate = when(o, "review");
        r.state = enumValue(o, "state", RiskState::Open);
        r.occurredOn = when(o, "occurredOn");
        r.consequence = text(o, "consequence");
        QString reason;
        for (const QJsonValue &value : o.value(QLatin1String("history")).toArray()) {
            const QJsonObject h = value.toObject();
            r.likelihood = number(h, "likelihood", 3);
            r.impact = number(h, "impact", 3);
            if (!m_risks.save(r, &reason, atNoon(when(h, "date"))))
                return fail(error, r.title, reason);
        }
        r.likelihood = number(o, "likelihood", 3);
        r.impact = number(o, "impact", 3);
        const QJsonArray residual = o.value(QLatin1String("residual")).toArray();
        if (residual.size() == 2) {
            r.residualLikelihood = residual.at(0).toInt();
            r.residualImpact = residual.at(1).toInt();
        }
        if (!m_risks.save(r, &reason, atNoon(asOf())))
            return fail(error, r.title, reason);
        for (const QJsonValue &value : o.value(QLatin1String("actions")).toArray()) {
            const QJsonObject j = value.toObject();
            RiskAction a;
            a.meta.demo = true;
            a.riskId = r.meta.id;
            a.action = text(j, "action");
            a.owner = text(j, "owner");
            a.dueDate = when(j, "due");
            a.done = j.value(QLatin1String("done")).toBool();
            if (!MissionRecords<RiskAction>(m_db).save(a, &reason))
                return fail(error, a.action, reason);
        }
        return true;
    }

    // Exit criteria met (the first N defaults of each stage), needs, modules and coverage.
    bool stages(const QJsonObject &o, QString *error)
    {
        m_shifting = !m_closed.contains(text(o, "mission"));
        const QString missionId = m_missionIds.value(text(o, "mission"));
        QString reason;
        StageRepository gates(m_db);
        if (!gates.ensureDefaults(missionId, &reason, true))
            return fail(error, text(o, "mission"), reason);
        const QJsonObject met = o.value(QLatin1String("criteriaMet")).toObject();
        // A running mission met its criteria in the months before the demo's day; a closed one
        // (which stays in its own years) in the months before it ended.
        QDate metBy = asOf();
        if (!m_shifting) {
            const std::optional<Mission> mission = MissionRepository(m_db).find(missionId);
            if (mission && mission->endDate.isValid())
                metBy = mission->endDate;
        }
        metBy = std::min(metBy, Clock::today());
        for (const Stage stage : enumValues<Stage>()) {
            const int count = met.value(enumCode(stage)).toInt();
            const QList<StageCriterion> criteria = gates.criteria(missionId, stage);
            for (int i = 0; i < count && i < criteria.size(); ++i) {
                StageCriterion c = criteria.at(i);
                c.meta.demo = true;
                c.done = true;
                c.doneOn = metBy.addDays(-30 * (5 - stageNumber(stage)));
                if (!gates.save(c, &reason))
                    return fail(error, c.text, reason);
            }
        }
        if (!moves(o, missionId, error) || !targets(o, missionId, error)
            || !consultation(o, missionId, error) || !orientation(o, missionId, error))
            return false;
        QHash<QString, QString> &needIds = m_ids;
        NeedRepository needs(m_db);
        for (const QJsonValue &value : o.value(QLatin1String("needs")).toArray()) {
            const QJsonObject n = value.toObject();
            Need need;
            need.meta.demo = true;
            need.missionId = missionId;
            need.statement = text(n, "statement");
            need.targetGroup = text(n, "targetGroup");
            need.priority = number(n, "priority", 2);
            need.dimension = enumFromCode<CapacityDimension>(text(n, "dimension"));
            need.currentScore = number(n, "current", -1);
            need.targetScore = number(n, "target", -1);
            need.findingIds = ids(n, "findings");
            if (!needs.save(need, &reason))
                return fail(error, need.statement, reason);
            needIds.insert(text(n, "key"), need.meta.id);
        }
        ModuleRepository modules(m_db);
        for (const QJsonValue &value : o.value(QLatin1String("modules")).toArray()) {
            const QJsonObject m = value.toObject();
            TrainingModule module;
            module.meta.demo = true;
            module.missionId = missionId;
            module.code = text(m, "code");
            module.title = text(m, "title");
            module.topic = text(m, "topic");
            module.level = enumValue(m, "level", ModuleLevel::Core);
            module.hours = m.value(QLatin1String("hours")).toDouble();
            if (!modules.save(module, &reason))
                return fail(error, module.code, reason);
            for (const QJsonValue &answer : m.value(QLatin1String("answers")).toArray()) {
                const QJsonArray pair = answer.toArray();
                if (!modules.setCoverage(module.meta.id, needIds.value(pair.at(0).toString()),
                                         enumFromCode<Coverage>(pair.at(1).toString()), &reason,
                                         true))
                    return fail(error, module.code, reason);
            }
            m_ids.insert(module.code, module.meta.id);
        }
        return training(o, missionId, error) && followUp(o, missionId, error)
            && indicators(o, missionId, error);
    }

    bool indicators(const QJsonObject &o, const QString &missionId, QString *error)
    {
        for (const QJsonValue &value : o.value(QLatin1String("indicators")).toArray()) {
            const QJsonObject j = value.toObject();
            Indicator i;
            i.missionId = missionId;
            i.name = text(j, "name");
            i.level = enumValue(j, "level", IndicatorLevel::Output);
            i.unit = text(j, "unit");
            i.baseline = j.value(QLatin1String("baseline")).toDouble();
            i.target = j.value(QLatin1String("target")).toDouble();
            i.notes = text(j, "notes");
            if (!store(i, i.name, error))
                return false;
            for (const QJsonValue &measured : j.value(QLatin1String("values")).toArray()) {
                const QJsonObject m = measured.toObject();
                IndicatorValue v;
                v.indicatorId = i.meta.id;
                v.date = when(m, "date");
                v.value = m.value(QLatin1String("value")).toDouble();
                if (m.contains(QLatin1String("female")))
                    v.female = number(m, "female", 0);
                if (m.contains(QLatin1String("male")))
                    v.male = number(m, "male", 0);
                if (!store(v, i.name, error))
                    return false;
            }
            for (const QJsonValue &planned : j.value(QLatin1String("targets")).toArray()) {
                const QJsonObject m = planned.toObject();
                IndicatorTarget t;
                t.indicatorId = i.meta.id;
                t.date = when(m, "date");
                t.value = m.value(QLatin1String("value")).toDouble();
                if (!store(t, i.name, error))
                    return false;
            }
        }
        return true;
    }

    // The ids of the records whose keys `o[key]` lists.
    QStringList ids(const QJsonObject &o, const char *key) const
    {
        QStringList result;
        for (const QJsonValue &value : o.value(QLatin1String(key)).toArray())
            result.append(m_ids.value(value.toString(), m_stakeholderIds.value(value.toString())));
        return result;
    }

    template<typename T> bool store(T &record, const QString &what, QString *error)
    {
        record.meta.demo = true;
        QString reason;
        if (!MissionRecords<T>(m_db).save(record, &reason))
            return fail(error, what, reason);
        return true;
    }

    // The dates the mission moved from stage to stage, for its timeline.
    bool moves(const QJsonObject &o, const QString &missionId, QString *error)
    {
        Stage from = Stage::Consultation;
        for (const QJsonValue &value : o.value(QLatin1String("moves")).toArray()) {
            const QJsonObject j = value.toObject();
            StageTransition t;
            t.meta.demo = true;
            t.missionId = missionId;
            t.from = from;
            t.to = enumValue(j, "to", Stage::Orientation);
            t.happenedAt = atNoon(when(j, "date"));
            QString reason;
            if (!StageRepository(m_db).recordPastTransition(t, &reason))
                return fail(error, text(o, "mission"), reason);
            from = t.to;
        }
        return true;
    }

    bool targets(const QJsonObject &o, const QString &missionId, QString *error)
    {
        if (!o.contains(QLatin1String("targets")))
            return true;
        const QJsonObject t = o.value(QLatin1String("targets")).toObject();
        std::optional<Mission> m = m_missions.find(missionId);
        if (!m)
            return fail(error, text(o, "mission"), DemoDataText::tr("The mission is missing."));
        m->trainersTarget = number(t, "trainers", 0);
        m->officersTarget = number(t, "officers", 0);
        if (t.contains(QLatin1String("women")))
            m->womenShareTarget = number(t, "women", 0);
        m->embeddedInCurriculum = t.value(QLatin1String("embedded")).toBool();
        QString reason;
        if (!m_missions.save(*m, &reason))
            return fail(error, m->code, reason);
        return true;
    }

    bool consultation(const QJsonObject &o, const QString &missionId, QString *error)
    {
        for (const QJsonValue &value : o.value(QLatin1String("sessions")).toArray()) {
            const QJsonObject j = value.toObject();
            ConsultationSession s;
            s.missionId = missionId;
            s.date = when(j, "date");
            s.place = text(j, "place");
            s.format = enumValue(j, "format", ConsultationFormat::Roundtable);
            s.held = j.value(QLatin1String("held")).toBool();
            s.attendeeIds = ids(j, "attendees");
            s.female = number(j, "female", 0);
            s.male = number(j, "male", 0);
            s.notes = text(j, "notes");
            if (!store(s, s.place, error))
                return false;
            m_ids.insert(text(j, "key"), s.meta.id);
        }
        for (const QJsonValue &value : o.value(QLatin1String("findings")).toArray()) {
            const QJsonObject j = value.toObject();
            Finding f;
            f.missionId = missionId;
            f.sessionId = m_ids.value(text(j, "session"));
            f.kind = enumValue(j, "kind", FindingKind::Concern);
            f.text = text(j, "text");
            f.grouping = text(j, "grouping");
            f.votes = number(j, "votes", 0);
            f.notedOn = when(j, "notedOn");
            if (!store(f, f.text, error))
                return false;
            m_ids.insert(text(j, "key"), f.meta.id);
        }
        return true;
    }

    bool orientation(const QJsonObject &o, const QString &missionId, QString *error)
    {
        for (const QJsonValue &value : o.value(QLatin1String("legislation")).toArray()) {
            const QJsonObject j = value.toObject();
            LegislationItem l;
            l.missionId = missionId;
            l.instrument = text(j, "instrument");
            l.article = text(j, "article");
            l.approach = enumValue(j, "approach", LegislationApproach::None);
            l.characteristics = text(j, "characteristics");
            l.gaps = text(j, "gaps");
            if (!store(l, l.instrument, error))
                return false;
        }
        for (const QJsonValue &value : o.value(QLatin1String("capacity")).toArray()) {
            const QJsonObject j = value.toObject();
            CapacityAssessment c;
            c.missionId = missionId;
            c.dimension = enumValue(j, "dimension", CapacityDimension::BiasIndicators);
            c.assessedOn = when(j, "date");
            c.score = number(j, "score", 0);
            c.target = number(j, "target", 0);
            c.evidence = text(j, "evidence");
            if (!store(c, enumCode(c.dimension), error))
                return false;
        }
        return true;
    }

    bool training(const QJsonObject &o, const QString &missionId, QString *error)
    {
        for (const QJsonValue &value : o.value(QLatin1String("trainees")).toArray()) {
            const QJsonObject j = value.toObject();
            Trainee t;
            t.missionId = missionId;
            t.name = text(j, "name");
            t.role = enumValue(j, "role", TraineeRole::Participant);
            t.agency = text(j, "agency");
            t.region = text(j, "region");
            t.sex = enumValue(j, "sex", Sex::NotRecorded);
            if (j.contains(QLatin1String("pre")))
                t.preScore = j.value(QLatin1String("pre")).toDouble();
            if (j.contains(QLatin1String("post")))
                t.postScore = j.value(QLatin1String("post")).toDouble();
            t.certifiedOn = when(j, "certified");
            if (j.contains(QLatin1String("reaction")))
                t.reaction = number(j, "reaction", 0);
            t.applied = j.value(QLatin1String("applied")).toBool();
            if (!store(t, t.name, error))
                return false;
            m_ids.insert(text(j, "key"), t.meta.id);
        }
        for (const QJsonValue &value : o.value(QLatin1String("trainingSessions")).toArray()) {
            const QJsonObject j = value.toObject();
            TrainingSession s;
            s.missionId = missionId;
            s.tier = enumValue(j, "tier", TrainingTier::National);
            s.title = text(j, "title");
            s.venue = text(j, "venue");
            s.startDate = when(j, "start");
            s.endDate = when(j, "end");
            s.held = j.value(QLatin1String("held")).toBool();
            s.leadTrainerId = m_ids.value(text(j, "lead"));
            s.moduleIds = ids(j, "modules");
            s.female = number(j, "female", 0);
            s.male = number(j, "male", 0);
            if (!store(s, s.title, error))
                return false;
        }
        for (const QJsonValue &value : o.value(QLatin1String("materials")).toArray()) {
            const QJsonObject j = value.toObject();
            Material m;
            m.missionId = missionId;
            m.moduleId = m_ids.value(text(j, "module"));
            m.title = text(j, "title");
            m.type = enumValue(j, "type", MaterialType::Manual);
            m.language = text(j, "language");
            m.version = text(j, "version");
            m.status = enumValue(j, "status", MaterialStatus::Draft);
            m.feedback = text(j, "feedback");
            if (!store(m, m.title, error))
                return false;
        }
        return true;
    }

    bool followUp(const QJsonObject &o, const QString &missionId, QString *error)
    {
        for (const QJsonValue &value : o.value(QLatin1String("followUps")).toArray()) {
            const QJsonObject j = value.toObject();
            FollowUpActivity a;
            a.missionId = missionId;
            a.type = enumValue(j, "type", FollowUpType::Refresher);
            a.title = text(j, "title");
            a.date = when(j, "date");
            a.held = j.value(QLatin1String("held")).toBool();
            a.reached = number(j, "reached", 0);
            a.needIds = ids(j, "needs");
            if (!store(a, a.title, error))
                return false;
        }
        return true;
    }

    Database &m_db;
    MissionRepository m_missions;
    StakeholderRepository m_stakeholders;
    EngagementRepository m_engagements;
    RiskRepository m_risks;
    QHash<QString, QString> m_missionIds;
    QHash<QString, QString> m_programmeIds;
    QHash<QString, QString> m_stakeholderIds;
    QHash<QString, QString> m_ids; // stage records by their key in the file
    QDate m_asOf;
    QSet<QString> m_closed; // keys of the missions that stay where the file puts them
    int m_shift = 0; // whole months from `asOf` to today
    bool m_shifting = false; // whether the record being read moves

    QDate shifted(const QDate &day) const
    {
        return m_shifting && day.isValid() ? day.addMonths(m_shift) : day;
    }
    QDate when(const QJsonObject &object, const char *key) const
    {
        return shifted(date(object, key));
    }
    QDate asOf() const { return shifted(m_asOf); }
};

} // namespace

bool DemoData::loadFrom(Database &db, const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()) {
        if (error)
            *error = DemoDataText::tr("The demo data could not be read: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    TransactionGuard guard(db);
    if (!guard.started(error))
        return false;
    Loader loader(db);
    return loader.run(document.object(), error) && guard.commit(error);
}

bool DemoData::load(Database &db, QString *error)
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = DemoDataText::tr("The demo data is missing from this build.");
        return false;
    }
    return loadFrom(db, file.readAll(), error);
}

bool DemoData::createFile(const QString &path, QString *error)
{
    // The demo's own files, all of them: a new database is never started beside a -wal or
    // -journal (Database refuses to), so a crashed demo's leftovers go too.
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix)) {
            if (error)
                *error = DemoDataText::tr("The earlier demo database %1 could not be replaced.")
                             .arg(path);
            return false;
        }
    }
    Database db;
    Database::Options options;
    options.backupAtOpen = false;
    options.lockAgainstOtherInstances = false;
    OpenError openError;
    if (!db.open(path, Database::Mode::CreateNew, options, &openError)) {
        if (error)
            *error = openError.message;
        return false;
    }
    return load(db, error);
}
