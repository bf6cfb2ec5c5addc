#include "StageRecords.h"
#include "Database.h"
#include "SqlSupport.h"
#include "TransactionGuard.h"

#include <QSqlQuery>

#include <algorithm>
#include <type_traits>

namespace {

struct StageRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(StageRecords)
};

constexpr int MaxHeadcount = 100000;

void checkCount(FieldErrors &errors, const char *field, const QString &label, int value,
                int high = MaxHeadcount)
{
    Check::scale(errors, QLatin1String(field), label, value, 0, high);
}

void checkRequiredText(FieldErrors &errors, const char *field, const QString &label,
                       const QString &value, int limit)
{
    if (Check::required(errors, QLatin1String(field), label, value))
        Check::maxLength(errors, QLatin1String(field), label, value, limit);
    Check::plainText(errors, QLatin1String(field), label, value);
}

void checkMission(FieldErrors &errors, const QString &missionId)
{
    if (missionId.isEmpty())
        errors.append({QStringLiteral("missionId"), StageRecordsText::tr("Choose the mission.")});
}

// The three walkers below visit a record's stored fields in column order, so that one description
// per record type (Table<T>::fields) names the columns, writes them and reads them back.
class ColumnNames
{
public:
    QStringList names;
    template<typename V> void operator()(const char *name, const V &)
    {
        names.append(QLatin1String(name));
    }
    void ref(const char *name, const QString &) { names.append(QLatin1String(name)); }
};

class ColumnWriter
{
public:
    Sql::Columns columns;
    void operator()(const char *name, const QString &v) { add(name, v.trimmed()); }
    void operator()(const char *name, const QDate &v) { add(name, Sql::fromDate(v)); }
    void operator()(const char *name, bool v) { add(name, v ? 1 : 0); }
    void operator()(const char *name, int v) { add(name, v); }
    void operator()(const char *name, double v) { add(name, v); }
    void operator()(const char *name, const std::optional<int> &v)
    {
        add(name, v ? QVariant(*v) : QVariant());
    }
    void operator()(const char *name, const std::optional<double> &v)
    {
        add(name, v ? QVariant(*v) : QVariant());
    }
    template<typename E>
    requires std::is_enum_v<E>
    void operator()(const char *name, E v) { add(name, enumCode(v)); }
    // An id of another record; NULL when there is none.
    void ref(const char *name, const QString &v) { add(name, v.isEmpty() ? QVariant() : v); }

private:
    void add(const char *name, const QVariant &value)
    {
        columns.append({QLatin1String(name), value});
    }
};

class ColumnReader
{
public:
    ColumnReader(const QSqlQuery &query, int first)
        : m_query(query)
        , m_column(first)
    {
    }
    void operator()(const char *, QString &v) { v = next().toString(); }
    void operator()(const char *, QDate &v) { v = Sql::toDate(next()); }
    void operator()(const char *, bool &v) { v = next().toInt() != 0; }
    void operator()(const char *, int &v) { v = next().toInt(); }
    void operator()(const char *, double &v) { v = next().toDouble(); }
    void operator()(const char *, std::optional<int> &v)
    {
        const QVariant value = next();
        v = value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
    }
    void operator()(const char *, std::optional<double> &v)
    {
        const QVariant value = next();
        v = value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
    }
    template<typename E>
    requires std::is_enum_v<E>
    void operator()(const char *, E &v) { v = enumFromCode<E>(next().toString()).value_or(v); }
    void ref(const char *, QString &v) { v = next().toString(); }

private:
    QVariant next() { return m_query.value(m_column++); }
    const QSqlQuery &m_query;
    int m_column;
};

// A table of links from a record to others (attendees, modules covered, needs served).
struct LinkTable
{
    const char *table;
    const char *owner;
    const char *other;
};

template<typename T> struct Table;

template<> struct Table<ConsultationSession>
{
    static constexpr const char *name = "consultation_sessions";
    static constexpr const char *order = "date, created_at";
    static constexpr LinkTable link {"consultation_attendees", "session_id", "stakeholder_id"};
    static QStringList &links(ConsultationSession &s) { return s.attendeeIds; }
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("date", r.date);
        io("place", r.place);
        io("format", r.format);
        io("held", r.held);
        io("female", r.female);
        io("male", r.male);
        io("other_or_unrecorded", r.otherOrUnrecorded);
        io("notes", r.notes);
    }
};

template<> struct Table<Finding>
{
    static constexpr const char *name = "findings";
    static constexpr const char *order = "kind, votes DESC, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io.ref("session_id", r.sessionId);
        io("kind", r.kind);
        io("text", r.text);
        io("grouping", r.grouping);
        io("votes", r.votes);
    }
};

template<> struct Table<LegislationItem>
{
    static constexpr const char *name = "legislation_items";
    static constexpr const char *order = "instrument, article, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("instrument", r.instrument);
        io("article", r.article);
        io("approach", r.approach);
        io("characteristics", r.characteristics);
        io("gaps", r.gaps);
    }
};

template<> struct Table<CapacityAssessment>
{
    static constexpr const char *name = "capacity_assessments";
    static constexpr const char *order = "assessed_on, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("dimension", r.dimension);
        io("assessed_on", r.assessedOn);
        io("score", r.score);
        io("target", r.target);
        io("evidence", r.evidence);
    }
};

template<> struct Table<Trainee>
{
    static constexpr const char *name = "trainees";
    static constexpr const char *order = "role, name, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("name", r.name);
        io("role", r.role);
        io("agency", r.agency);
        io("region", r.region);
        io("sex", r.sex);
        io("pre_score", r.preScore);
        io("post_score", r.postScore);
        io("certified_on", r.certifiedOn);
        io("reaction", r.reaction);
        io("applied", r.applied);
    }
};

template<> struct Table<TrainingSession>
{
    static constexpr const char *name = "training_sessions";
    static constexpr const char *order = "start_date, created_at";
    static constexpr LinkTable link {"session_modules", "session_id", "module_id"};
    static QStringList &links(TrainingSession &s) { return s.moduleIds; }
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("tier", r.tier);
        io("title", r.title);
        io("venue", r.venue);
        io("start_date", r.startDate);
        io("end_date", r.endDate);
        io("held", r.held);
        io.ref("lead_trainer_id", r.leadTrainerId);
        io("female", r.female);
        io("male", r.male);
        io("other_or_unrecorded", r.otherOrUnrecorded);
    }
};

template<> struct Table<Material>
{
    static constexpr const char *name = "materials";
    static constexpr const char *order = "title, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io.ref("module_id", r.moduleId);
        io("title", r.title);
        io("type", r.type);
        io("language", r.language);
        io("version", r.version);
        io("status", r.status);
        io("feedback", r.feedback);
    }
};

template<> struct Table<FollowUpActivity>
{
    static constexpr const char *name = "followup_activities";
    static constexpr const char *order = "date, created_at";
    static constexpr LinkTable link {"followup_needs", "activity_id", "need_id"};
    static QStringList &links(FollowUpActivity &a) { return a.needIds; }
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("type", r.type);
        io("title", r.title);
        io("date", r.date);
        io("held", r.held);
        io("reached", r.reached);
        io("notes", r.notes);
    }
};

// A risk's actions belong to the risk, not to a mission.
template<> struct Table<RiskAction>
{
    static constexpr const char *name = "risk_actions";
    static constexpr const char *order = "done, due_date IS NULL, due_date, created_at";
    static constexpr const char *owner = "risk_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("risk_id", r.riskId);
        io("action", r.action);
        io("owner", r.owner);
        io("due_date", r.dueDate);
        io("done", r.done);
    }
};

template<> struct Table<Indicator>
{
    static constexpr const char *name = "indicators";
    static constexpr const char *order = "level, name, created_at";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("mission_id", r.missionId);
        io("name", r.name);
        io("level", r.level);
        io("unit", r.unit);
        io("baseline", r.baseline);
        io("target", r.target);
        io("notes", r.notes);
    }
};

template<> struct Table<IndicatorValue>
{
    static constexpr const char *name = "indicator_values";
    static constexpr const char *order = "date, created_at";
    static constexpr const char *owner = "indicator_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("indicator_id", r.indicatorId);
        io("date", r.date);
        io("value", r.value);
        io("female", r.female);
        io("male", r.male);
    }
};

template<> struct Table<IndicatorTarget>
{
    static constexpr const char *name = "indicator_targets";
    static constexpr const char *order = "date, created_at";
    static constexpr const char *owner = "indicator_id";
    template<typename Io, typename R> static void fields(Io &io, R &r)
    {
        io("indicator_id", r.indicatorId);
        io("date", r.date);
        io("value", r.value);
    }
};

template<typename T> QLatin1String ownerColumn()
{
    if constexpr (requires { Table<T>::owner; })
        return QLatin1String(Table<T>::owner);
    else
        return QLatin1String("mission_id");
}

template<typename T> constexpr bool hasLinks = requires
{
    Table<T>::link;
};

// Rows of T matching `where` on the record table (aliased r), with their links.
template<typename T> QList<T> select(Database &db, const QString &where, const QString &value)
{
    using Tab = Table<T>;
    ColumnNames names;
    T blank;
    Tab::fields(names, blank);
    QList<T> result;
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("SELECT %1, %2 FROM %3 r WHERE r.deleted = 0 AND %4 ORDER BY %5, r.rowid")
            .arg(Sql::metaColumns(), names.names.join(QStringLiteral(", ")),
                 QLatin1String(Tab::name), where, QLatin1String(Tab::order)));
    query.addBindValue(value);
    if (!Sql::read(db, query, QLatin1String(Tab::name)))
        return result;
    QHash<QString, int> rowOfId;
    while (query.next()) {
        T record;
        Sql::readMeta(query, record.meta);
        ColumnReader reader(query, 5);
        Tab::fields(reader, record);
        rowOfId.insert(record.meta.id, static_cast<int>(result.size()));
        result.append(record);
    }
    if constexpr (hasLinks<T>) {
        QSqlQuery links(db.connection());
        links.prepare(QStringLiteral("SELECT l.%1, l.%2 FROM %3 l JOIN %4 r ON r.id = l.%1 "
                                     "WHERE l.deleted = 0 AND r.deleted = 0 AND %5 "
                                     "ORDER BY l.created_at, l.rowid")
                          .arg(QLatin1String(Tab::link.owner), QLatin1String(Tab::link.other),
                               QLatin1String(Tab::link.table), QLatin1String(Tab::name), where));
        links.addBindValue(value);
        if (links.exec()) {
            while (links.next()) {
                const int row = rowOfId.value(links.value(0).toString(), -1);
                if (row >= 0)
                    Tab::links(result[row]).append(links.value(1).toString());
            }
        }
    }
    return result;
}

} // namespace

template<typename T> QList<T> MissionRecords<T>::forMission(const QString &missionId) const
{
    return forOwner(missionId);
}

template<typename T> QList<T> MissionRecords<T>::forOwner(const QString &ownerId) const
{
    return select<T>(m_db, QStringLiteral("r.%1 = ?").arg(ownerColumn<T>()), ownerId);
}

template<typename T> std::optional<T> MissionRecords<T>::find(const QString &id) const
{
    const QList<T> found = select<T>(m_db, QStringLiteral("r.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<T>(found.constFirst());
}

template<typename T> bool MissionRecords<T>::save(T &value, QString *error)
{
    const FieldErrors errors = value.validate();
    if (!errors.isEmpty()) {
        Sql::setError(error, joinMessages(errors));
        return false;
    }
    T written = value;
    ColumnWriter writer;
    Table<T>::fields(writer, std::as_const(written));
    TransactionGuard guard(m_db);
    if (!guard.started(error)
        || !Sql::upsert(m_db, QLatin1String(Table<T>::name), written.meta, writer.columns, error))
        return false;
    if constexpr (hasLinks<T>) {
        const LinkTable &link = Table<T>::link;
        if (!Sql::writeLinks(m_db, QLatin1String(link.table), QLatin1String(link.owner),
                             QLatin1String(link.other), written.meta.id, Table<T>::links(written),
                             written.meta.demo, error))
            return false;
    }
    if (!guard.commit(error))
        return false;
    value = written;
    return true;
}

template<typename T> bool MissionRecords<T>::remove(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, QLatin1String(Table<T>::name), id, true, error);
}

template<typename T> bool MissionRecords<T>::restore(const QString &id, QString *error)
{
    return Sql::setDeleted(m_db, QLatin1String(Table<T>::name), id, false, error);
}

FieldErrors ConsultationSession::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    Check::requiredDate(errors, QStringLiteral("date"), tr("Date"), date);
    if (place.trimmed().isEmpty() && notes.trimmed().isEmpty())
        errors.append({QStringLiteral("place"),
                       tr("Say where the session took place, or what it was in the notes.")});
    Check::maxLength(errors, QStringLiteral("place"), tr("Place"), place, Limits::Name);
    Check::plainText(errors, QStringLiteral("place"), tr("Place"), place);
    checkCount(errors, "female", tr("Women attending"), female);
    checkCount(errors, "male", tr("Men attending"), male);
    checkCount(errors, "otherOrUnrecorded", tr("Others attending"), otherOrUnrecorded);
    Check::maxLength(errors, QStringLiteral("notes"), tr("Notes"), notes, Limits::LongText);
    return errors;
}

FieldErrors Finding::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    checkRequiredText(errors, "text", tr("Text"), text, Limits::ShortText);
    Check::maxLength(errors, QStringLiteral("grouping"), tr("Group"), grouping, Limits::Name);
    checkCount(errors, "votes", tr("Votes"), votes, 10000);
    return errors;
}

FieldErrors LegislationItem::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    checkRequiredText(errors, "instrument", tr("Instrument"), instrument, Limits::Name);
    Check::maxLength(errors, QStringLiteral("article"), tr("Article"), article, Limits::Name);
    Check::maxLength(errors, QStringLiteral("characteristics"), tr("Protected characteristics"),
                     characteristics, Limits::ShortText);
    Check::maxLength(errors, QStringLiteral("gaps"), tr("Gaps"), gaps, Limits::LongText);
    return errors;
}

FieldErrors CapacityAssessment::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    Check::requiredDate(errors, QStringLiteral("assessedOn"), tr("Assessment date"), assessedOn);
    const bool scoreOk = Check::scale(errors, QStringLiteral("score"), tr("Score"), score, 0, 4);
    const bool targetOk =
        Check::scale(errors, QStringLiteral("target"), tr("Target score"), target, 0, 4);
    if (scoreOk && targetOk && target < score) {
        errors.append(
            {QStringLiteral("target"),
             tr("The target score (%1) is below the score (%2).").arg(target).arg(score)});
    }
    Check::maxLength(errors, QStringLiteral("evidence"), tr("Evidence"), evidence,
                     Limits::LongText);
    return errors;
}

QString CapacityAssessment::scoreLabel(int score)
{
    switch (score) {
    case 0:
        return tr("0 absent");
    case 1:
        return tr("1 ad hoc");
    case 2:
        return tr("2 developing");
    case 3:
        return tr("3 established");
    case 4:
        return tr("4 institutionalised");
    }
    return tr("Not assessed");
}

QList<CapacityProfileEntry> capacityProfile(const QList<CapacityAssessment> &assessments)
{
    QList<CapacityProfileEntry> profile;
    for (const CapacityDimension dimension : enumValues<CapacityDimension>()) {
        CapacityProfileEntry entry;
        entry.dimension = dimension;
        QDate earliest;
        for (const CapacityAssessment &a : assessments) {
            if (a.dimension != dimension || a.meta.deleted)
                continue;
            if (entry.baseline < 0 || a.assessedOn < earliest) {
                entry.baseline = a.score;
                earliest = a.assessedOn;
            }
            if (entry.current < 0 || a.assessedOn >= entry.assessedOn) {
                entry.current = a.score;
                entry.target = a.target;
                entry.assessedOn = a.assessedOn;
            }
        }
        profile.append(entry);
    }
    return profile;
}

FieldErrors Trainee::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    checkRequiredText(errors, "name", tr("Name"), name, Limits::Name);
    Check::maxLength(errors, QStringLiteral("agency"), tr("Agency"), agency, Limits::Name);
    Check::maxLength(errors, QStringLiteral("region"), tr("Region"), region, Limits::Name);
    for (const auto &[field, label, score] :
         {std::tuple {"preScore", tr("Pre-test score"), preScore},
          std::tuple {"postScore", tr("Post-test score"), postScore}}) {
        if (score && (*score < 0 || *score > 100)) {
            errors.append({QLatin1String(field),
                           tr("%1 must be between 0 and 100 (it is %2).").arg(label).arg(*score)});
        }
    }
    Check::plausibleDate(errors, QStringLiteral("certifiedOn"), tr("Certification date"),
                         certifiedOn);
    if (reaction && (*reaction < 1 || *reaction > 5)) {
        errors.append({QStringLiteral("reaction"),
                       tr("Reaction must be between 1 and 5 (it is %1).").arg(*reaction)});
    }
    return errors;
}

FieldErrors TrainingSession::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    Check::maxLength(errors, QStringLiteral("title"), tr("Title"), title, Limits::Name);
    Check::plainText(errors, QStringLiteral("title"), tr("Title"), title);
    Check::maxLength(errors, QStringLiteral("venue"), tr("Venue"), venue, Limits::Name);
    // A session with neither says nothing anyone could find again.
    if (title.trimmed().isEmpty() && venue.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the session a title or a venue.")});
    Check::requiredDate(errors, QStringLiteral("startDate"), tr("Start date"), startDate);
    if (Check::plausibleDate(errors, QStringLiteral("endDate"), tr("End date"), endDate)
        && startDate.isValid())
        Check::dateOrder(errors, QStringLiteral("endDate"), tr("Start date"), startDate,
                         tr("End date"), endDate);
    checkCount(errors, "female", tr("Women trained"), female);
    checkCount(errors, "male", tr("Men trained"), male);
    checkCount(errors, "otherOrUnrecorded", tr("Others trained"), otherOrUnrecorded);
    return errors;
}

FieldErrors Material::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    checkRequiredText(errors, "title", tr("Title"), title, Limits::Name);
    Check::maxLength(errors, QStringLiteral("language"), tr("Language"), language, Limits::Code);
    Check::maxLength(errors, QStringLiteral("version"), tr("Version"), version, Limits::Code);
    Check::maxLength(errors, QStringLiteral("feedback"), tr("Feedback"), feedback,
                     Limits::LongText);
    return errors;
}

FieldErrors FollowUpActivity::validate() const
{
    FieldErrors errors;
    checkMission(errors, missionId);
    if (title.trimmed().isEmpty() && notes.trimmed().isEmpty())
        errors.append({QStringLiteral("title"),
                       tr("Give the activity a title, or say what it was in the notes.")});
    Check::maxLength(errors, QStringLiteral("title"), tr("Title"), title, Limits::Name);
    Check::plainText(errors, QStringLiteral("title"), tr("Title"), title);
    Check::requiredDate(errors, QStringLiteral("date"), tr("Date"), date);
    checkCount(errors, "reached", tr("People reached"), reached, 10000000);
    Check::maxLength(errors, QStringLiteral("notes"), tr("Notes"), notes, Limits::LongText);
    return errors;
}

QList<CascadeBranch> cascade(const QList<Trainee> &trainees, const QList<TrainingSession> &sessions)
{
    QList<CascadeBranch> branches;
    for (const Trainee &t : trainees) {
        if (t.role != TraineeRole::Trainer)
            continue;
        CascadeBranch branch;
        branch.trainer = t;
        for (const TrainingSession &s : sessions) {
            if (s.leadTrainerId != t.meta.id)
                continue;
            branch.sessions.append(s);
            if (s.held)
                branch.reached += s.headcount();
            else
                ++branch.planned;
        }
        if (t.certified() || !branch.sessions.isEmpty())
            branches.append(branch);
    }
    return branches;
}

// After the tr() calls above: lupdate loses its place after explicit instantiations.
template class MissionRecords<ConsultationSession>;
template class MissionRecords<Finding>;
template class MissionRecords<LegislationItem>;
template class MissionRecords<CapacityAssessment>;
template class MissionRecords<Trainee>;
template class MissionRecords<TrainingSession>;
template class MissionRecords<Material>;
template class MissionRecords<FollowUpActivity>;
template class MissionRecords<RiskAction>;
template class MissionRecords<Indicator>;
template class MissionRecords<IndicatorValue>;
template class MissionRecords<IndicatorTarget>;
