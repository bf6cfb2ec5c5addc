#include "Curriculum.h"
#include "MissionRepository.h"
#include "MissionTimeline.h"
#include "StageProgress.h"
#include "StageRecords.h"
#include "StageRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"

#include <QtTest>

using namespace TestSupport;

// The records of the stage forms: storage round trips, the linked ids they carry, what each
// refuses, and the figures computed from them (capacity profile, cascade, progress).
class TestStageRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("stages.sqlite")));
        Mission m;
        m.code = QStringLiteral("HR-HC-09");
        m.title = QStringLiteral("Stage records test");
        QVERIFY(MissionRepository(*m_db).save(m));
        m_mission = m.meta.id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void consultationSessionRoundTripWithAttendees()
    {
        const QString a = stakeholder(QStringLiteral("Ministarstvo unutarnjih poslova"));
        const QString b = stakeholder(QStringLiteral("Romsko srce Međimurja"));
        const QString c = stakeholder(QStringLiteral("Duga Zagreb"));
        MissionRecords<ConsultationSession> sessions(*m_db);
        ConsultationSession s;
        s.missionId = m_mission;
        s.date = QDate(2025, 3, 12);
        s.place = QStringLiteral("Čakovec");
        s.format = ConsultationFormat::FocusGroup;
        s.held = true;
        s.female = 7;
        s.male = 4;
        s.notes = QStringLiteral("Line one\nline two");
        s.attendeeIds = {a, b};
        QVERIFY(sessions.save(s));
        QVERIFY(!s.meta.id.isEmpty());

        std::optional<ConsultationSession> read = sessions.find(s.meta.id);
        QVERIFY(read);
        QCOMPARE(read->date, QDate(2025, 3, 12));
        QCOMPARE(read->place, QStringLiteral("Čakovec"));
        QCOMPARE(read->format, ConsultationFormat::FocusGroup);
        QVERIFY(read->held);
        QCOMPARE(read->headcount(), 11);
        QCOMPARE(read->notes, QStringLiteral("Line one\nline two"));
        QCOMPARE(read->attendeeIds, (QStringList {a, b}));

        // Replacing the attendees: b leaves, c comes; a keeps its link row.
        read->attendeeIds = {a, c};
        QVERIFY(sessions.save(*read));
        QCOMPARE(sessions.find(s.meta.id)->attendeeIds, (QStringList {a, c}));
        QCOMPARE(rawScalar(m_path(),
                           QStringLiteral("SELECT count(*) FROM consultation_attendees WHERE "
                                          "stakeholder_id = '%1'")
                               .arg(a)),
                 QStringLiteral("1"));
        // Nothing is erased: the link to b is marked deleted and can be taken back.
        QCOMPARE(rawScalar(m_path(),
                           QStringLiteral("SELECT deleted FROM consultation_attendees "
                                          "WHERE stakeholder_id = '%1'")
                               .arg(b)),
                 QStringLiteral("1"));
        read->attendeeIds = {a, b};
        QVERIFY(sessions.save(*read));
        QCOMPARE(sessions.find(s.meta.id)->attendeeIds, (QStringList {a, b}));

        QCOMPARE(sessions.forMission(m_mission).size(), 1);
        QVERIFY(sessions.remove(s.meta.id));
        QVERIFY(sessions.forMission(m_mission).isEmpty());
        QVERIFY(!sessions.find(s.meta.id));
        QVERIFY(sessions.restore(s.meta.id));
        QCOMPARE(sessions.forMission(m_mission).constFirst().attendeeIds, (QStringList {a, b}));
    }

    void everyKindRoundTrips()
    {
        Finding f;
        f.missionId = m_mission;
        f.kind = FindingKind::Challenge;
        f.text = QStringLiteral("Тurnover of trained officers");
        f.grouping = QStringLiteral("Institutional");
        f.votes = 6;
        QVERIFY(MissionRecords<Finding>(*m_db).save(f));
        QCOMPARE(MissionRecords<Finding>(*m_db).find(f.meta.id)->votes, 6);
        QVERIFY(MissionRecords<Finding>(*m_db).find(f.meta.id)->sessionId.isEmpty());

        LegislationItem l;
        l.missionId = m_mission;
        l.instrument = QStringLiteral("Kodeks karny");
        l.article = QStringLiteral("Art. 119");
        l.approach = LegislationApproach::SubstantiveOffence;
        QVERIFY(MissionRecords<LegislationItem>(*m_db).save(l));
        QCOMPARE(MissionRecords<LegislationItem>(*m_db).find(l.meta.id)->approach,
                 LegislationApproach::SubstantiveOffence);

        Trainee t;
        t.missionId = m_mission;
        t.name = QStringLiteral("Ivana Horvat");
        t.region = QStringLiteral("Zagreb");
        t.sex = Sex::Female;
        t.preScore = 52.5;
        t.certifiedOn = QDate(2026, 3, 20);
        t.reaction = 4;
        t.applied = true;
        QVERIFY(MissionRecords<Trainee>(*m_db).save(t));
        const Trainee readTrainee = *MissionRecords<Trainee>(*m_db).find(t.meta.id);
        QCOMPARE(readTrainee.reaction, std::optional<int>(4));
        QVERIFY(readTrainee.applied);
        QCOMPARE(readTrainee.preScore, std::optional<double>(52.5));
        QCOMPARE(readTrainee.postScore, std::nullopt);
        QVERIFY(readTrainee.certified());
        QCOMPARE(readTrainee.sex, Sex::Female);

        TrainingModule module;
        module.missionId = m_mission;
        module.code = QStringLiteral("HR-M1");
        module.title = QStringLiteral("What makes a crime a hate crime");
        QVERIFY(ModuleRepository(*m_db).save(module));
        TrainingSession s;
        s.missionId = m_mission;
        s.tier = TrainingTier::Local;
        s.startDate = QDate(2026, 5, 12);
        s.venue = QStringLiteral("Osijek");
        s.leadTrainerId = t.meta.id;
        s.moduleIds = {module.meta.id};
        QVERIFY(MissionRecords<TrainingSession>(*m_db).save(s));
        const TrainingSession readSession = *MissionRecords<TrainingSession>(*m_db).find(s.meta.id);
        QCOMPARE(readSession.leadTrainerId, t.meta.id);
        QCOMPARE(readSession.moduleIds, QStringList {module.meta.id});
        QVERIFY(!readSession.endDate.isValid());

        Material m;
        m.missionId = m_mission;
        m.title = QStringLiteral("Priručnik za trenere");
        m.moduleId = module.meta.id;
        m.status = MaterialStatus::Validated;
        QVERIFY(MissionRecords<Material>(*m_db).save(m));
        QCOMPARE(MissionRecords<Material>(*m_db).find(m.meta.id)->moduleId, module.meta.id);

        Need need;
        need.missionId = m_mission;
        need.statement = QStringLiteral("Recognise bias indicators");
        need.findingIds = {f.meta.id};
        QVERIFY(NeedRepository(*m_db).save(need));
        QCOMPARE(NeedRepository(*m_db).find(need.meta.id)->findingIds, QStringList {f.meta.id});

        FollowUpActivity a;
        a.missionId = m_mission;
        a.type = FollowUpType::Mentoring;
        a.title = QStringLiteral("Mentoring in Split");
        a.date = QDate(2026, 7, 8);
        a.reached = 9;
        a.needIds = {need.meta.id};
        QVERIFY(MissionRecords<FollowUpActivity>(*m_db).save(a));
        QCOMPARE(MissionRecords<FollowUpActivity>(*m_db).find(a.meta.id)->needIds,
                 QStringList {need.meta.id});

        // A record of another mission does not show here.
        Mission other;
        other.code = QStringLiteral("PL-HC-09");
        other.title = QStringLiteral("Other");
        QVERIFY(MissionRepository(*m_db).save(other));
        QVERIFY(MissionRecords<Material>(*m_db).forMission(other.meta.id).isEmpty());
    }

    void missionTargetsRoundTrip()
    {
        Mission m = *MissionRepository(*m_db).find(m_mission);
        m.trainersTarget = 9;
        m.officersTarget = 1200;
        m.embeddedInCurriculum = true;
        QVERIFY(MissionRepository(*m_db).save(m));
        const Mission read = *MissionRepository(*m_db).find(m_mission);
        QCOMPARE(read.trainersTarget, std::optional<int>(9));
        QCOMPARE(read.officersTarget, std::optional<int>(1200));
        QVERIFY(read.embeddedInCurriculum);
        QCOMPARE(Repository<Mission>::changedFields(read, m), QStringList());
        m.trainersTarget = -3;
        QVERIFY(joinMessages(m.validate()).contains(QStringLiteral("between 0 and 100,000")));
    }

    void badInputIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("session without date") << "session"
                                              << "date"
                                              << "Date is required";
        QTest::newRow("negative count") << "count"
                                        << "female"
                                        << "between 0 and 100000";
        QTest::newRow("finding empty") << "finding"
                                       << "text"
                                       << "Text is required";
        QTest::newRow("finding huge") << "hugeFinding"
                                      << "text"
                                      << "limit is 500";
        QTest::newRow("legislation empty") << "legislation"
                                           << "instrument"
                                           << "Instrument is required";
        QTest::newRow("score off scale") << "capacity"
                                         << "score"
                                         << "between 0 and 4";
        QTest::newRow("target below score") << "capacityTarget"
                                            << "target"
                                            << "below the score";
        QTest::newRow("test score") << "trainee"
                                    << "postScore"
                                    << "between 0 and 100";
        QTest::newRow("reaction off the scale") << "reaction"
                                                << "reaction"
                                                << "between 1 and 5";
        QTest::newRow("session ends first") << "training"
                                            << "endDate"
                                            << "before start date";
        // Blank records, once accepted with only the date the form fills in.
        QTest::newRow("blank training session") << "blankTraining"
                                                << "title"
                                                << "title or a venue";
        QTest::newRow("blank consultation") << "blankConsultation"
                                            << "place"
                                            << "where the session took place";
        QTest::newRow("blank follow-up") << "blankFollowUp"
                                         << "title"
                                         << "Give the activity a title";
        QTest::newRow("material untitled") << "material"
                                           << "title"
                                           << "Title is required";
        QTest::newRow("control characters") << "control"
                                            << "title"
                                            << "control character";
    }

    void badInputIsRefusedWithAMessage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QString, message);
        FieldErrors errors;
        QString saveError;
        const auto attempt = [&](auto record) {
            record.missionId = m_mission;
            errors = record.validate();
            using T = decltype(record);
            QVERIFY(!MissionRecords<T>(*m_db).save(record, &saveError));
            QVERIFY(record.meta.id.isEmpty());
            QVERIFY(MissionRecords<T>(*m_db).forMission(m_mission).isEmpty());
        };
        if (kind == QLatin1String("session")) {
            attempt(ConsultationSession());
        } else if (kind == QLatin1String("count")) {
            ConsultationSession s;
            s.date = QDate(2026, 1, 1);
            s.female = -1;
            attempt(s);
        } else if (kind == QLatin1String("finding")) {
            attempt(Finding());
        } else if (kind == QLatin1String("hugeFinding")) {
            Finding f;
            f.text = repeated(QStringLiteral("ab"), 300);
            attempt(f);
        } else if (kind == QLatin1String("legislation")) {
            attempt(LegislationItem());
        } else if (kind == QLatin1String("capacity")) {
            CapacityAssessment c;
            c.assessedOn = QDate(2026, 1, 1);
            c.score = 7;
            c.target = 4;
            attempt(c);
        } else if (kind == QLatin1String("capacityTarget")) {
            CapacityAssessment c;
            c.assessedOn = QDate(2026, 1, 1);
            c.score = 3;
            c.target = 1;
            attempt(c);
        } else if (kind == QLatin1String("trainee")) {
            Trainee t;
            t.name = QStringLiteral("Luka Marić");
            t.postScore = 140;
            attempt(t);
        } else if (kind == QLatin1String("reaction")) {
            Trainee t;
            t.name = QStringLiteral("Luka Marić");
            t.reaction = 6;
            attempt(t);
        } else if (kind == QLatin1String("training")) {
            TrainingSession s;
            s.startDate = QDate(2026, 5, 12);
            s.endDate = QDate(2026, 5, 1);
            attempt(s);
        } else if (kind == QLatin1String("blankTraining")) {
            TrainingSession s;
            s.startDate = QDate(2026, 5, 12);
            s.held = true;
            attempt(s);
        } else if (kind == QLatin1String("blankConsultation")) {
            ConsultationSession s;
            s.date = QDate(2026, 5, 12);
            attempt(s);
        } else if (kind == QLatin1String("blankFollowUp")) {
            FollowUpActivity a;
            a.date = QDate(2026, 5, 12);
            attempt(a);
        } else if (kind == QLatin1String("material")) {
            attempt(Material());
        } else if (kind == QLatin1String("control")) {
            FollowUpActivity a;
            a.date = QDate(2026, 1, 1);
            a.title = QStringLiteral("Refresher\x01");
            attempt(a);
        }
        QVERIFY2(joinMessages(errors).contains(message), qPrintable(joinMessages(errors)));
        QVERIFY(std::any_of(errors.cbegin(), errors.cend(),
                            [&](const FieldError &e) { return e.field == field; }));
        QVERIFY(saveError.contains(message));
    }

    void capacityProfileKeepsBaselineAndLatest()
    {
        const auto assess = [this](CapacityDimension d, QDate on, int score, int target) {
            CapacityAssessment c;
            c.missionId = m_mission;
            c.dimension = d;
            c.assessedOn = on;
            c.score = score;
            c.target = target;
            QVERIFY(MissionRecords<CapacityAssessment>(*m_db).save(c));
        };
        // Entered out of order on purpose.
        assess(CapacityDimension::RecordingData, QDate(2026, 10, 1), 3, 4);
        assess(CapacityDimension::RecordingData, QDate(2025, 5, 20), 2, 4);
        assess(CapacityDimension::BiasIndicators, QDate(2025, 5, 20), 1, 3);
        const QList<CapacityProfileEntry> profile =
            capacityProfile(MissionRecords<CapacityAssessment>(*m_db).forMission(m_mission));
        QCOMPARE(profile.size(), 9);
        const CapacityProfileEntry recording =
            profile.at(static_cast<int>(CapacityDimension::RecordingData));
        QCOMPARE(recording.baseline, 2);
        QCOMPARE(recording.current, 3);
        QCOMPARE(recording.target, 4);
        QCOMPARE(recording.assessedOn, QDate(2026, 10, 1));
        QCOMPARE(profile.at(static_cast<int>(CapacityDimension::BiasIndicators)).current, 1);
        QCOMPARE(profile.at(static_cast<int>(CapacityDimension::Investigation)).current, -1);
    }

    void cascadeCountsOfficersReachedByEachTrainer()
    {
        const auto trainer = [this](const QString &name, bool certified) {
            Trainee t;
            t.missionId = m_mission;
            t.name = name;
            if (certified)
                t.certifiedOn = QDate(2026, 3, 20);
            [&] { QVERIFY(MissionRecords<Trainee>(*m_db).save(t)); }();
            return t.meta.id;
        };
        const QString horvat = trainer(QStringLiteral("Ivana Horvat"), true);
        const QString maric = trainer(QStringLiteral("Luka Marić"), true);
        trainer(QStringLiteral("Not yet certified"), false);
        const auto session = [this](const QString &lead, bool held, int female, int male) {
            TrainingSession s;
            s.missionId = m_mission;
            s.tier = TrainingTier::Local;
            s.startDate = QDate(2026, 6, 1);
            s.venue = QStringLiteral("Split");
            s.leadTrainerId = lead;
            s.held = held;
            s.female = female;
            s.male = male;
            QVERIFY(MissionRecords<TrainingSession>(*m_db).save(s));
        };
        session(horvat, true, 6, 16);
        session(horvat, true, 5, 17);
        session(horvat, false, 0, 0);
        session(maric, true, 4, 18);
        session(QString(), true, 4, 5); // the international team's course

        const QList<CascadeBranch> branches =
            cascade(MissionRecords<Trainee>(*m_db).forMission(m_mission),
                    MissionRecords<TrainingSession>(*m_db).forMission(m_mission));
        QCOMPARE(branches.size(), 2); // the uncertified trainer leads nothing yet
        QCOMPARE(branches.at(0).trainer.name, QStringLiteral("Ivana Horvat"));
        QCOMPARE(branches.at(0).reached, 44);
        QCOMPARE(branches.at(0).planned, 1);
        QCOMPARE(branches.at(0).sessions.size(), 3);
        QCOMPARE(branches.at(1).reached, 22);
    }

    void progressFollowsTheRecords()
    {
        const auto stage = [this](Stage s) {
            for (const StageStatus &status : StageProgress::compute(*m_db, m_mission)) {
                if (status.stage == s)
                    return status;
            }
            return StageStatus();
        };
        ConsultationSession held;
        held.missionId = m_mission;
        held.date = QDate(2026, 1, 10);
        held.place = QStringLiteral("Zagreb");
        held.held = true;
        QVERIFY(MissionRecords<ConsultationSession>(*m_db).save(held));
        ConsultationSession planned = held;
        planned.meta = {};
        planned.held = false;
        QVERIFY(MissionRecords<ConsultationSession>(*m_db).save(planned));
        // No criteria in this database: the sessions are the only measure.
        QCOMPARE(stage(Stage::Consultation).progress, 0.5);
        planned.held = true;
        QVERIFY(MissionRecords<ConsultationSession>(*m_db).save(planned));
        QCOMPARE(stage(Stage::Consultation).progress, 1.0);

        FollowUpActivity a;
        a.missionId = m_mission;
        a.title = QStringLiteral("Refresher");
        a.date = QDate(2026, 7, 8);
        QVERIFY(MissionRecords<FollowUpActivity>(*m_db).save(a));
        QCOMPARE(stage(Stage::PostTraining).progress, 0.0);
        a.held = true;
        QVERIFY(MissionRecords<FollowUpActivity>(*m_db).save(a));
        QCOMPARE(stage(Stage::PostTraining).progress, 1.0);
    }

    void timelineSpansFollowTheRecordedMoves()
    {
        Mission m = *MissionRepository(*m_db).find(m_mission);
        m.startDate = QDate(2025, 3, 1);
        m.endDate = QDate(2027, 6, 30);
        m.mouStatus = MouStatus::Signed;
        m.mouDate = QDate(2025, 4, 14);
        m.currentStage = Stage::Curriculum;
        QVERIFY(MissionRepository(*m_db).save(m));
        const auto move = [this](Stage from, Stage to, QDate on) {
            StageTransition t;
            t.missionId = m_mission;
            t.from = from;
            t.to = to;
            t.happenedAt = QDateTime(on, QTime(12, 0), Qt::UTC);
            QVERIFY(StageRepository(*m_db).recordPastTransition(t));
        };
        move(Stage::Consultation, Stage::Orientation, QDate(2025, 5, 5));
        move(Stage::Orientation, Stage::Curriculum, QDate(2025, 9, 15));
        ConsultationSession early;
        early.missionId = m_mission;
        early.date = QDate(2025, 2, 10); // before the mission's start
        early.place = QStringLiteral("Zagreb");
        early.held = true;
        QVERIFY(MissionRecords<ConsultationSession>(*m_db).save(early));
        TrainingSession planned;
        planned.missionId = m_mission;
        planned.startDate = QDate(2027, 1, 20);
        planned.venue = QStringLiteral("Split");
        QVERIFY(MissionRecords<TrainingSession>(*m_db).save(planned));

        const QDate today(2026, 11, 21);
        const MissionTimeline t = MissionTimeline::compute(*m_db, m_mission, today);
        QCOMPARE(t.spans.size(), 3); // stages reached so far
        QCOMPARE(t.spans.at(0).start, QDate(2025, 2, 10));
        QCOMPARE(t.spans.at(0).end, QDate(2025, 5, 5));
        QCOMPARE(t.spans.at(1).start, QDate(2025, 5, 5));
        QCOMPARE(t.spans.at(1).end, QDate(2025, 9, 15));
        QVERIFY(t.spans.at(2).current);
        QCOMPARE(t.spans.at(2).end, today);
        // Events: one consultation, one planned training session, start, MoU and end.
        QCOMPARE(t.events.size(), 5);
        QCOMPARE(std::count_if(t.events.cbegin(), t.events.cend(),
                               [](const MissionTimeline::Event &e) { return !e.done; }),
                 2); // the planned session and the end still ahead
        QCOMPARE(t.first(), QDate(2025, 2, 10));
        QCOMPARE(t.last(), QDate(2027, 6, 30));

        // Once the mission is closed, its last stage ends with the mission, not today.
        m.status = MissionStatus::Closed;
        m.endDate = QDate(2026, 6, 30);
        QVERIFY(MissionRepository(*m_db).save(m));
        const MissionTimeline closed = MissionTimeline::compute(*m_db, m_mission, today);
        QCOMPARE(closed.spans.at(2).end, QDate(2026, 6, 30));
        // And its timeline spans the mission, not up to today.
        QVERIFY(MissionRecords<TrainingSession>(*m_db).remove(planned.meta.id));
        const MissionTimeline course = MissionTimeline::compute(*m_db, m_mission, today);
        QCOMPARE(course.first(), QDate(2025, 2, 10));
        QCOMPARE(course.last(), QDate(2026, 6, 30));
    }

private:
    QString m_path() const { return m_dir->path(QStringLiteral("stages.sqlite")); }

    QString stakeholder(const QString &name)
    {
        Stakeholder s;
        s.name = name;
        [&] { QVERIFY(StakeholderRepository(*m_db).save(s)); }();
        return s.meta.id;
    }

    std::unique_ptr<TestSupport::TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_mission;
};

IP_TEST_MAIN(TestStageRecords)
#include "tst_stagerecords.moc"
