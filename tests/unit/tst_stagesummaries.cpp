#include "StageSummaries.h"
#include "TestSupport.h"

#include <QtTest>

// The line above each list of a stage's records, from records made here: every figure below is
// worked out by hand. No translator is installed, so the texts are the English sources (with
// their "(s)").
class TestStageSummaries : public QObject
{
    Q_OBJECT

private:
    static ConsultationSession consultation(bool held, int female, int male, int other)
    {
        ConsultationSession s;
        s.held = held;
        s.female = female;
        s.male = male;
        s.otherOrUnrecorded = other;
        return s;
    }

    static Finding finding(FindingKind kind)
    {
        Finding f;
        f.kind = kind;
        return f;
    }

    static CapacityAssessment assessment(CapacityDimension dimension, QDate on, int score)
    {
        CapacityAssessment c;
        c.dimension = dimension;
        c.assessedOn = on;
        c.score = score;
        c.target = 4;
        return c;
    }

    static Trainee trainee(TraineeRole role, Sex sex, bool certified,
                           std::optional<double> pre = {}, std::optional<double> post = {})
    {
        Trainee t;
        t.role = role;
        t.sex = sex;
        t.certifiedOn = certified ? QDate(2026, 5, 4) : QDate();
        t.preScore = pre;
        t.postScore = post;
        return t;
    }

    static TrainingSession training(bool held, int female, int male)
    {
        TrainingSession s;
        s.held = held;
        s.female = female;
        s.male = male;
        return s;
    }

    static Material material(MaterialStatus status)
    {
        Material m;
        m.status = status;
        return m;
    }

    static FollowUpActivity activity(bool held, int reached)
    {
        FollowUpActivity a;
        a.held = held;
        a.reached = reached;
        return a;
    }

    static Indicator indicator(const QString &id)
    {
        Indicator i;
        i.meta.id = id;
        return i;
    }

    static IndicatorStatus status(Rag rag)
    {
        IndicatorStatus s;
        s.current = 1;
        s.rag = rag;
        return s;
    }

    static IndicatorValue value(std::optional<int> female, std::optional<int> male)
    {
        IndicatorValue v;
        v.female = female;
        v.male = male;
        return v;
    }

private Q_SLOTS:
    void percentRoundsToWholePercents()
    {
        QCOMPARE(StageSummaries::percent(1, 3), 33);
        QCOMPARE(StageSummaries::percent(2, 3), 67);
        QCOMPARE(StageSummaries::percent(1, 2), 50);
        QCOMPARE(StageSummaries::percent(3, 3), 100);
        QCOMPARE(StageSummaries::percent(5, 0), 0);
    }

    void consultationCountsOnlySessionsHeld()
    {
        // Held: 3 + 5 + 2 = 10 people, 3 women; 4 + 1 = 5 people, 4 women. The planned one's 20
        // count for nothing: 15 people, 7 women, 46.7 %.
        const QList<ConsultationSession> sessions {consultation(true, 3, 5, 2),
                                                   consultation(true, 4, 1, 0),
                                                   consultation(false, 10, 10, 0)};
        QCOMPARE(
            StageSummaries::consultation(sessions),
            QStringLiteral("2 of 3 session(s) held; 15 people took part, 47 % of them women."));
        // No headcount is not nobody: no "0 people, 0 % women".
        QCOMPARE(StageSummaries::consultation({}), QStringLiteral("0 of 0 session(s) held."));
        QCOMPARE(StageSummaries::consultation({consultation(true, 0, 0, 0), sessions.at(2)}),
                 QStringLiteral("1 of 2 session(s) held; attendance not recorded."));
    }

    void findingsAreCountedByKindInTheOrderGiven()
    {
        const QList<Finding> findings {
            finding(FindingKind::Concern), finding(FindingKind::Agreement),
            finding(FindingKind::Concern), finding(FindingKind::Challenge)};
        QCOMPARE(
            StageSummaries::findings(
                findings, {FindingKind::Concern, FindingKind::Expectation, FindingKind::Agreement}),
            QStringLiteral("Concern: 2 · Expectation: 0 · Agreement: 1"));
        QCOMPARE(
            StageSummaries::findings(findings, {FindingKind::Challenge, FindingKind::Opportunity}),
            QStringLiteral("Challenge: 1 · Opportunity: 0"));
    }

    void legislationCountsGapsWrittenDown()
    {
        LegislationItem withGap, blank, spaces;
        withGap.gaps = QStringLiteral("No aggravating circumstance for bias");
        spaces.gaps = QStringLiteral("  \n ");
        QCOMPARE(StageSummaries::legislation({withGap, blank, spaces}),
                 QStringLiteral("3 instrument(s) reviewed; 1 with gaps noted."));
    }

    void capacityNamesTheWeakestByTheirLatestScore()
    {
        // Bias indicators rose from 1 to 3; recording is at 0; investigation fell from 2 to 1.
        const QList<CapacityAssessment> assessments {
            assessment(CapacityDimension::BiasIndicators, QDate(2026, 1, 10), 1),
            assessment(CapacityDimension::BiasIndicators, QDate(2026, 6, 10), 3),
            assessment(CapacityDimension::RecordingData, QDate(2026, 1, 10), 0),
            assessment(CapacityDimension::Investigation, QDate(2026, 9, 1), 1),
            assessment(CapacityDimension::Investigation, QDate(2026, 3, 1), 2)};
        QCOMPARE(StageSummaries::capacity(assessments),
                 QStringLiteral("3 of 9 dimensions assessed. Absent or ad hoc: Recording and "
                                "data, Investigation."));
        QCOMPARE(StageSummaries::capacity({}), QStringLiteral("0 of 9 dimensions assessed."));
    }

    void traineesCountCertifiedTrainersWomenAndTheMeanGain()
    {
        // 3 trainers (2 certified), 2 participants; 2 women of 5 (40 %). Tested before and after:
        // +30 and +5, a mean gain of 17.5; the trainer with only a pre-test does not count.
        const QList<Trainee> trainees {
            trainee(TraineeRole::Trainer, Sex::Female, true, 40, 70),
            trainee(TraineeRole::Trainer, Sex::Male, true, 60),
            trainee(TraineeRole::Trainer, Sex::Male, false),
            trainee(TraineeRole::Participant, Sex::Female, false, 50, 55),
            trainee(TraineeRole::Participant, Sex::NotRecorded, false)};
        QCOMPARE(StageSummaries::trainees(trainees, 4),
                 QStringLiteral("2 of 3 trainers certified (target 4). 2 participant(s); women "
                                "are 40 % of trainers and participants. Mean gain from pre- to "
                                "post-test: 17.5 points."));
        QCOMPARE(StageSummaries::trainees(trainees.mid(1, 2)),
                 QStringLiteral("1 of 2 trainers certified. 0 participant(s); women are 0 % of "
                                "trainers and participants."));
        // Nobody's sex recorded: no share of women is made up.
        QCOMPARE(StageSummaries::trainees(trainees.mid(4)),
                 QStringLiteral("0 of 0 trainers certified. 1 participant(s)."));
    }

    void trainingSessionsAgainstTheTargets()
    {
        // Held: 40 trained (10 women) and 20 (5 women): 60, 15 women, 25 %; 60 of 240 is 25 %.
        const QList<TrainingSession> sessions {training(true, 10, 30), training(true, 5, 15),
                                               training(false, 100, 0)};
        QCOMPARE(StageSummaries::trainingSessions(sessions, 240, 30),
                 QStringLiteral("2 of 3 session(s) held; 60 officers trained, 25 % women. 25 % "
                                "of the target of 240 officers. Target share of women: 30 %."));
        QCOMPARE(StageSummaries::trainingSessions(sessions),
                 QStringLiteral("2 of 3 session(s) held; 60 officers trained, 25 % women."));
        QCOMPARE(StageSummaries::trainingSessions({training(true, 0, 0)}),
                 QStringLiteral("1 of 1 session(s) held; attendance not recorded."));
        QCOMPARE(StageSummaries::trainingSessions({training(false, 0, 0)}),
                 QStringLiteral("0 of 1 session(s) held."));
    }

    void materialsReadyAreValidatedOrPublished()
    {
        QCOMPARE(StageSummaries::materials(
                     {material(MaterialStatus::Draft), material(MaterialStatus::Validated),
                      material(MaterialStatus::Published), material(MaterialStatus::Review)}),
                 QStringLiteral("2 of 4 material(s) validated or published."));
    }

    void followUpCountsPeopleReachedByActivitiesHeld()
    {
        QCOMPARE(StageSummaries::followUp(
                     {activity(true, 120), activity(true, 30), activity(false, 500)}),
                 QStringLiteral("2 of 3 follow-up activity(s) held; 150 people reached."));
    }

    void indicatorsByStatus()
    {
        const QHash<QString, IndicatorStatus> statuses {{QStringLiteral("a"), status(Rag::Green)},
                                                        {QStringLiteral("b"), status(Rag::Red)},
                                                        {QStringLiteral("d"), status(Rag::Green)},
                                                        {QStringLiteral("x"), status(Rag::Amber)}};
        // "c" has no value yet, so no status; "x" is not in the list.
        QCOMPARE(StageSummaries::indicators(
                     {indicator(QStringLiteral("a")), indicator(QStringLiteral("b")),
                      indicator(QStringLiteral("c")), indicator(QStringLiteral("d"))},
                     statuses),
                 QStringLiteral("4 indicator(s): 2 green, 0 amber, 1 red."));
    }

    void indicatorValuesShareOfWomenAmongThoseCounted()
    {
        QCOMPARE(StageSummaries::indicatorValues({}),
                 QStringLiteral("Choose an indicator, then add its measured values."));
        // 30 + 10 women, 70 men: 40 of 110, 36.4 %.
        QCOMPARE(StageSummaries::indicatorValues({value(30, 70), value(10, {}), value({}, {})}),
                 QStringLiteral("3 value(s); women 36 % of those counted."));
        QCOMPARE(StageSummaries::indicatorValues({value({}, {}), value({}, {})}),
                 QStringLiteral("2 value(s)."));
    }
};

IP_TEST_MAIN(TestStageSummaries)
#include "tst_stagesummaries.moc"
