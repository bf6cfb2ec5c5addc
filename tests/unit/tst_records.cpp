#include "Curriculum.h"
#include "EngagementRepository.h"
#include "FieldHistory.h"
#include "Keys.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"
#include "RecordKind.h"
#include "RiskRepository.h"
#include "Settings.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"

#include <QtTest>

#include <type_traits>

using namespace TestSupport;

namespace {

// Fills every described field with a value other than its default, in any alphabet: what a walk
// of the description sets, a store that forgot a column would lose.
class Filler
{
public:
    explicit Filler(const QHash<QString, QString> &refs)
        : m_refs(refs)
    {
    }
    void operator()(const char *column, QString &v, const char * = nullptr, int = 0)
    {
        const QString c = QLatin1String(column);
        v = m_refs.contains(c) ? m_refs.value(c) : QStringLiteral("Ђурђевак %1 ٱلسلام").arg(c);
    }
    void operator()(const char *, QDate &v, const char * = nullptr, int = 0)
    {
        v = QDate(2026, 3, 4);
    }
    void operator()(const char *, QDateTime &v, const char * = nullptr, int = 0)
    {
        v = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    }
    void operator()(const char *, bool &v, const char * = nullptr, int = 0) { v = !v; }
    void operator()(const char *, int &v, const char * = nullptr, int = 0) { v = v == 2 ? 3 : 2; }
    void operator()(const char *, double &v, const char * = nullptr, int = 0) { v = 2.5; }
    template<typename E>
    requires std::is_enum_v<E>
    void operator()(const char *, E &v, const char * = nullptr, int = 0)
    {
        for (const E value : enumValues<E>()) {
            if (value != v) {
                v = value;
                break;
            }
        }
    }
    template<typename V>
    void operator()(const char *, std::optional<V> &v, const char * = nullptr, int = 0)
    {
        if constexpr (std::is_enum_v<V>)
            v = enumValues<V>().constLast();
        else
            v = V(2);
    }
    template<typename V>
    void operator()(const char *, NullWhen<V> v, const char * = nullptr, int = 0)
    {
        v.value = 2;
    }
    void ref(const char *column, QString &v, const char * = nullptr, int = 0)
    {
        v = m_refs.value(QLatin1String(column));
    }

private:
    QHash<QString, QString> m_refs;
};

} // namespace

// The record descriptions (db/store/Describe.h): every described type round-trips a record with
// every field set, names a table the change signal knows, and a save of a row changed meanwhile
// is refused with what it now holds.
class TestRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("records.sqlite")));
        QVERIFY(m_db && m_db->isOpen());
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void everyDescribedTypeRoundTrips()
    {
        // The records others point at.
        Mission mission;
        mission.code = QStringLiteral("RT-1");
        mission.title = QStringLiteral("Round trip");
        QVERIFY(MissionRepository(*m_db).save(mission));
        Stakeholder stakeholder;
        stakeholder.name = QStringLiteral("Ana");
        QVERIFY(StakeholderRepository(*m_db).save(stakeholder));
        Programme programme;
        programme.code = QStringLiteral("P-1");
        programme.title = QStringLiteral("Programme");
        QVERIFY(ProgrammeRepository(*m_db).save(programme));
        Mission sited;
        sited.code = QStringLiteral("RT-2");
        sited.title = QStringLiteral("Sited");
        sited.sites = {TestSupport::siteIn(QStringLiteral("Hungary"))};
        QVERIFY(MissionRepository(*m_db).save(sited));
        Risk risk;
        risk.title = QStringLiteral("Risk");
        QVERIFY(RiskRepository(*m_db).save(risk));
        Indicator indicator;
        indicator.missionId = mission.meta.id;
        indicator.name = QStringLiteral("Indicator");
        QVERIFY(MissionRecords<Indicator>(*m_db).write(indicator));
        TrainingModule module;
        module.missionId = mission.meta.id;
        module.code = QStringLiteral("M1");
        module.title = QStringLiteral("Module");
        QVERIFY(ModuleRepository(*m_db).save(module));
        Trainee trainee;
        trainee.missionId = mission.meta.id;
        trainee.name = QStringLiteral("Trainer");
        QVERIFY(MissionRecords<Trainee>(*m_db).write(trainee));
        ConsultationSession session;
        session.missionId = mission.meta.id;
        session.date = QDate(2026, 1, 2);
        session.place = QStringLiteral("Sarajevo");
        QVERIFY(MissionRecords<ConsultationSession>(*m_db).save(session));
        Finding finding;
        finding.missionId = mission.meta.id;
        finding.text = QStringLiteral("Finding");
        QVERIFY(MissionRecords<Finding>(*m_db).save(finding));
        Need need;
        need.missionId = mission.meta.id;
        need.statement = QStringLiteral("Need");
        QVERIFY(NeedRepository(*m_db).save(need));
        m_refs = {
            {QStringLiteral("mission_id"), mission.meta.id},
            {QStringLiteral("programme_id"), programme.meta.id},
            {QStringLiteral("predecessor_id"), programme.meta.id},
            {QStringLiteral("lead_stakeholder_id"), stakeholder.meta.id},
            {QStringLiteral("site_id"), sited.sites.at(0).meta.id},
            {QStringLiteral("stakeholder_id"), stakeholder.meta.id},
            {QStringLiteral("risk_id"), risk.meta.id},
            {QStringLiteral("indicator_id"), indicator.meta.id},
            {QStringLiteral("module_id"), module.meta.id},
            {QStringLiteral("need_id"), need.meta.id},
            {QStringLiteral("lead_trainer_id"), trainee.meta.id},
            {QStringLiteral("session_id"), session.meta.id},
        };
        m_links = {
            {QStringLiteral("consultation_attendees"), {stakeholder.meta.id}},
            {QStringLiteral("session_modules"), {module.meta.id}},
            {QStringLiteral("followup_needs"), {need.meta.id}},
            {QStringLiteral("need_findings"), {finding.meta.id}},
            {QStringLiteral("mission_predecessors"), {sited.meta.id}},
            {QStringLiteral("programme_team"), {stakeholder.meta.id}},
        };
        roundTrip<Mission>();
        roundTrip<MissionSite>();
        roundTrip<Programme>();
        roundTrip<ProgrammeEvent>();
        roundTrip<Stakeholder>();
        roundTrip<StakeholderLink>();
        roundTrip<StakeholderSnapshot>();
        roundTrip<Engagement>();
        roundTrip<Risk>();
        roundTrip<RiskAssessment>();
        roundTrip<RiskAction>();
        roundTrip<StageCriterion>();
        roundTrip<StageTransition>();
        roundTrip<ConsultationSession>();
        roundTrip<Finding>();
        roundTrip<LegislationItem>();
        roundTrip<CapacityAssessment>();
        roundTrip<Need>();
        roundTrip<TrainingModule>();
        roundTrip<Trainee>();
        roundTrip<TrainingSession>();
        roundTrip<Material>();
        roundTrip<FollowUpActivity>();
        roundTrip<Indicator>();
        roundTrip<IndicatorValue>();
        roundTrip<IndicatorTarget>();
        roundTrip<ModuleNeed>();
        roundTrip<Setting>();
        roundTrip<OwnKey>();
        roundTrip<Peer>();
        roundTrip<FieldChange>();
    }

    void aStaleSaveIsRefusedWithWhatTheRowHoldsNow()
    {
        Mission mine;
        mine.code = QStringLiteral("ST-1");
        mine.title = QStringLiteral("Opened in this window");
        QVERIFY(MissionRepository(*m_db).save(mine));
        QCOMPARE(mine.meta.version, 1);
        // Another window (or an import) changes it meanwhile.
        Mission theirs = *MissionRepository(*m_db).find(mine.meta.id);
        theirs.endDate = QDate(2027, 6, 30);
        QVERIFY(MissionRepository(*m_db).save(theirs));
        QCOMPARE(theirs.meta.version, 2);
        // This window's save names version 1: refused, and nothing of it is written.
        mine.title = QStringLiteral("Changed here");
        QString error;
        QVERIFY(!MissionRepository(*m_db).save(mine, &error));
        QVERIFY2(error.contains(QStringLiteral("changed elsewhere")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("end date: now “2027-06-30”")), qPrintable(error));
        const Mission stored = *MissionRepository(*m_db).find(mine.meta.id);
        QCOMPARE(stored.title, QStringLiteral("Opened in this window"));
        QCOMPARE(stored.endDate, QDate(2027, 6, 30));
        QCOMPARE(stored.meta.version, 2);
        // Read again, the change goes through.
        Mission again = stored;
        again.title = QStringLiteral("Changed here");
        QVERIFY(MissionRepository(*m_db).save(again));
        QCOMPARE(again.meta.version, 3);
        // A delete raises the version too (the field packages merge by it).
        QVERIFY(MissionRepository(*m_db).remove(again.meta.id));
        QVERIFY(MissionRepository(*m_db).restore(again.meta.id));
        QCOMPARE(MissionRepository(*m_db).find(again.meta.id)->meta.version, 5);
    }

    void fetchReadsChosenColumnsOfChosenIds()
    {
        QVERIFY(addMissions(*m_db, QStringLiteral("F"), 1200, 5));
        QStringList ids;
        for (const Mission &m : MissionRepository(*m_db).all())
            ids.append(m.meta.id);
        const QStringList wanted = {ids.at(3), ids.at(700), ids.at(1199)};
        const QList<Mission> some =
            Repository<Mission>(*m_db).fetch(wanted, {QStringLiteral("code")});
        QCOMPARE(some.size(), 3);
        for (const Mission &m : some) {
            QVERIFY(wanted.contains(m.meta.id));
            QVERIFY(m.code.startsWith(QStringLiteral("F-")));
            QVERIFY(m.title.isEmpty()); // not read
            QVERIFY(m.meta.version >= 1);
        }
        QCOMPARE(Repository<Mission>(*m_db).fetch(ids).size(), 1200); // past one page of ids
    }

    void descriptionsNameSensitiveFields()
    {
        QStringList sensitive;
        for (const FieldInfo &f : Repository<Stakeholder>::fields()) {
            if (f.sensitive())
                sensitive.append(f.key);
        }
        for (const char *key : {"name", "power", "interest", "attitude", "trust", "email", "phone",
                                "address", "notes"})
            QVERIFY2(sensitive.contains(QLatin1String(key)), key);
        QVERIFY(!sensitive.contains(QStringLiteral("organisation")));
        QCOMPARE(Repository<Mission>::fieldLabel(QStringLiteral("endDate")),
                 QStringLiteral("end date"));
        QCOMPARE(Repository<Mission>::changedFields(Mission(), Mission()), QStringList());
    }

private:
    template<typename T> void roundTrip()
    {
        const QByteArray type = Table<T>::name;
        QVERIFY2(RecordKindTables::kindOf(QLatin1String(Table<T>::name)) != RecordKind::Count,
                 type.constData());
        T record;
        Filler filler(m_refs);
        Table<T>::fields(filler, record);
        if constexpr (requires { Table<T>::link; })
            Table<T>::links(record) = m_links.value(QLatin1String(Table<T>::link.table));
        QString error;
        QVERIFY2(Repository<T>(*m_db).write(record, &error),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(type), error)));
        const std::optional<T> read = Repository<T>(*m_db).find(record.meta.id);
        QVERIFY2(read, type.constData());
        QVERIFY2(Repository<T>::changedFields(*read, record).isEmpty(),
                 qPrintable(QStringLiteral("%1 lost %2")
                                .arg(QLatin1String(type),
                                     Repository<T>::changedFields(*read, record).join(u','))));
        QCOMPARE(read->meta.version, 1);
        // Every field was set away from its default, so each shows up as changed against one.
        const T blank;
        QCOMPARE(Repository<T>::changedFields(*read, blank).size(),
                 Repository<T>::fields().size() + (requires { Table<T>::link; } ? 1 : 0));
    }

    QHash<QString, QString> m_refs;
    QHash<QString, QStringList> m_links;
    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
};

IP_TEST_MAIN(TestRecords)
#include "tst_records.moc"
