#include "StageForms.h"
#include "Clock.h"
#include "Curriculum.h"
#include "Database.h"
#include "Dates.h"
#include "Edits.h"
#include "MissionRepository.h"
#include "Palette.h"
#include "RecordEditor.h"
#include "RecordListPanel.h"
#include "Settings.h"
#include "StageRecords.h"
#include "StakeholderRepository.h"
#include "TableModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>

namespace {

int percent(int part, int whole)
{
    return whole > 0 ? static_cast<int>(std::lround(100.0 * part / whole)) : 0;
}

// How one kind of record is listed and edited.
template<typename T> struct ListSpec
{
    using Column = typename TableModel<T>::Column;
    QString name; // objectName of the list; the editor is name + "Editor"
    QString title;
    QString addTitle;
    QString editTitle;
    QList<Column> columns;
    std::function<QList<T>()> load;
    std::function<T()> blank;
    std::function<void(RecordEditor<T> &)> form;
    std::function<QString(const T &)> describe; // in the delete question
    std::function<QString(const QList<T> &)> summary;
    RecordKinds kinds; // the list is read again when one of these changes
};

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(StageForms)

public:
    Builder(Edits &edits, const QString &missionId, QWidget *parent)
        : m_edits(edits)
        , m_db(edits.database())
        , m_missionId(missionId)
        , m_parent(parent)
    {
    }

    QList<StageForms::Tab> tabs()
    {
        return {
            {{Stage::Consultation}, tr("Sessio&ns"), sessions()},
            {{Stage::Consultation},
             tr("Concerns and a&greements"),
             findings(QStringLiteral("consultationFindings"),
                      tr("Concerns, expectations and agreements"),
                      {FindingKind::Concern, FindingKind::Expectation, FindingKind::Agreement})},
            {{Stage::Orientation}, tr("&Legislation"), legislation()},
            {{Stage::Orientation}, tr("C&apacity"), capacity()},
            {{Stage::Orientation},
             tr("C&hallenges and opportunities"),
             findings(QStringLiteral("orientationFindings"), tr("Challenges and opportunities"),
                      {FindingKind::Challenge, FindingKind::Opportunity})},
            {{Stage::TrainTheTrainer}, tr("&Trainers and participants"), trainees()},
            {{Stage::TrainTheTrainer}, tr("Trai&ning sessions"), trainingSessions()},
            {{Stage::TrainTheTrainer}, tr("&Cascade"), cascadeTree()},
            {{Stage::TrainTheTrainer}, tr("Mate&rials"), materials()},
            {{Stage::PostTraining}, tr("&Follow-up"), followUp()},
        };
    }

private:
    template<typename T> RecordListPanel *list(ListSpec<T> spec)
    {
        auto *model = new ListTableModel<T>(spec.columns, spec.load);
        auto *panel = new RecordListPanel(spec.title, model, m_parent);
        model->setParent(panel);
        panel->setObjectName(spec.name);
        Edits &edits = m_edits;
        const auto update = [panel, model, spec] {
            model->reload();
            if (spec.summary)
                panel->setSummary(spec.summary(model->rows()));
        };
        update();
        panel->setReloader(update);
        QObject::connect(&m_db, &Database::recordsChanged, panel,
                         [update, kinds = spec.kinds](RecordKinds changed) {
                             if (changed.intersects(kinds))
                                 update();
                         });
        const auto open = [panel, spec, &edits, missionId = m_missionId](const T &value,
                                                                         const QString &title) {
            RecordEditor<T> editor(
                value, [&edits](T &v, QString *e) { return edits.saveStageRecord(v, e); }, panel);
            editor.setObjectName(spec.name + QStringLiteral("Editor"));
            editor.setWindowTitle(title);
            spec.form(editor);
            // A date outside the mission is kept, with a warning beside it.
            if (const std::optional<Mission> mission =
                    MissionRepository(edits.database()).find(missionId)) {
                for (DateEdit *date : editor.template findChildren<DateEdit *>())
                    date->setExpectedSpan(mission->startDate, mission->endDate);
            }
            editor.finish();
            if (editor.exec() == QDialog::Accepted)
                panel->selectId(editor.saved().meta.id);
        };
        QObject::connect(panel, &RecordListPanel::addRequested, panel,
                         [open, spec] { open(spec.blank(), spec.addTitle); });
        QObject::connect(panel, &RecordListPanel::editRequested, panel,
                         [open, model, spec](const QString &id) {
                             const int row = model->rowOfId(id);
                             if (row >= 0)
                                 open(model->rowAt(row), spec.editTitle);
                         });
        QObject::connect(panel, &RecordListPanel::deleteRequested, panel,
                         [panel, model, spec, &edits](const QString &id) {
                             const int row = model->rowOfId(id);
                             if (row < 0)
                                 return;
                             const auto answer = QMessageBox::question(
                                 panel, spec.title,
                                 tr("Delete %1?\n\nUndo (Ctrl+Z) brings it back.")
                                     .arg(spec.describe(model->rowAt(row))));
                             if (answer != QMessageBox::Yes)
                                 return;
                             QString error;
                             if (!edits.deleteStageRecord<T>(id, &error))
                                 QMessageBox::warning(panel, spec.title, error);
                         });
        return panel;
    }

    // The mission's stakeholders, for attendance.
    static RecordChoices stakeholderChoices(Database &db, const QString &missionId)
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

    static RecordChoices moduleChoices(Database &db, const QString &missionId)
    {
        RecordChoices choices;
        for (const TrainingModule &m : ModuleRepository(db).forMission(missionId))
            choices.append({m.meta.id, tr("%1 %2").arg(m.code, m.title)});
        return choices;
    }

    static QHash<QString, QString> moduleCodes(Database &db, const QString &missionId)
    {
        QHash<QString, QString> codes;
        for (const TrainingModule &m : ModuleRepository(db).forMission(missionId))
            codes.insert(m.meta.id, m.code);
        return codes;
    }

    RecordListPanel *sessions()
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
            {[] { return tr("Held"); },
             [](const S &s) { return s.held ? tr("Held") : tr("Planned"); }},
            ListSpec<S>::Column([] { return tr("Stakeholders"); },
                                [](const S &s) { return s.attendeeIds.size(); })
                .centred()
                .tip([](const S &) { return tr("Stakeholders of the mission who attended"); }),
            ListSpec<S>::Column([] { return tr("Women"); }, [](const S &s) { return s.female; })
                .centred(),
            ListSpec<S>::Column([] { return tr("Men"); }, [](const S &s) { return s.male; })
                .centred(),
            ListSpec<S>::Column([] { return tr("Total"); },
                                [](const S &s) { return s.headcount(); })
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
            f.addNumber(QStringLiteral("female"), tr("&Women attending:"), &S::female, 0, 100000);
            f.addNumber(QStringLiteral("male"), tr("&Men attending:"), &S::male, 0, 100000);
            f.addNumber(QStringLiteral("otherOrUnrecorded"), tr("&Others or not recorded:"),
                        &S::otherOrUnrecorded, 0, 100000);
            f.addLongText(QStringLiteral("notes"), tr("&Notes:"), &S::notes);
        };
        spec.describe = [](const S &s) {
            return tr("the consultation session of %1").arg(isoDate(s.date));
        };
        spec.summary = [](const QList<S> &rows) {
            int held = 0;
            int people = 0;
            int women = 0;
            for (const S &s : rows) {
                if (!s.held)
                    continue;
                ++held;
                people += s.headcount();
                women += s.female;
            }
            return tr("%1 of %n session(s) held; %L2 people took part, %3 % of them women.",
                      nullptr, static_cast<int>(rows.size()))
                .arg(held)
                .arg(people)
                .arg(percent(women, people));
        };
        spec.kinds = {RecordKind::ConsultationSession, RecordKind::ConsultationAttendee};
        return list(spec);
    }

    RecordListPanel *findings(const QString &name, const QString &title,
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
            {[] { return tr("Raised at"); },
             [sessionDates](const F &f) { return sessionDates->value(f.sessionId); }},
        };
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
            return f;
        };
        spec.form = [kinds, sessionDates](RecordEditor<F> &f) {
            f.addChoice(QStringLiteral("kind"), tr("&Kind:"), &F::kind, kinds);
            f.addText(QStringLiteral("text"), tr("&Finding:"), &F::text,
                      tr("e.g. Officers do not know which incidents count as hate crimes"));
            f.addText(QStringLiteral("grouping"), tr("&Group:"), &F::grouping,
                      tr("e.g. Recording"));
            f.addNumber(QStringLiteral("votes"), tr("&Votes:"), &F::votes, 0, 10000);
            RecordChoices sessions;
            for (auto it = sessionDates->cbegin(); it != sessionDates->cend(); ++it)
                sessions.append({it.key(), it.value()});
            std::sort(
                sessions.begin(), sessions.end(),
                [](const RecordChoice &a, const RecordChoice &b) { return a.label < b.label; });
            f.addReference(QStringLiteral("sessionId"), tr("&Raised at:"), &F::sessionId, sessions,
                           tr("No particular session"));
        };
        spec.describe = [](const F &f) { return tr("\"%1\"").arg(f.text); };
        spec.summary = [kinds](const QList<F> &rows) {
            QStringList counts;
            for (const FindingKind kind : kinds) {
                const auto n = std::count_if(rows.cbegin(), rows.cend(),
                                             [kind](const F &f) { return f.kind == kind; });
                counts.append(tr("%1: %2").arg(enumLabel(kind)).arg(n));
            }
            return counts.join(QStringLiteral(" · "));
        };
        spec.kinds = {RecordKind::Finding, RecordKind::ConsultationSession};
        return list(spec);
    }

    RecordListPanel *legislation()
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
            f.addText(QStringLiteral("article"), tr("&Article:"), &L::article,
                      tr("e.g. Art. 87(21)"));
            f.addChoice(QStringLiteral("approach"), tr("A&pproach:"), &L::approach);
            f.addText(QStringLiteral("characteristics"), tr("Protected &characteristics:"),
                      &L::characteristics,
                      tr("e.g. race, ethnicity, religion, sexual orientation"));
            f.addLongText(QStringLiteral("gaps"), tr("&Gaps:"), &L::gaps);
        };
        spec.describe = [](const L &l) { return tr("%1 %2").arg(l.instrument, l.article); };
        spec.summary = [](const QList<L> &rows) {
            const auto gaps = std::count_if(rows.cbegin(), rows.cend(),
                                            [](const L &l) { return !l.gaps.trimmed().isEmpty(); });
            return tr("%n instrument(s) reviewed; %1 with gaps noted.", nullptr,
                      static_cast<int>(rows.size()))
                .arg(gaps);
        };
        spec.kinds = {RecordKind::LegislationItem};
        return list(spec);
    }

    RecordListPanel *capacity()
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
            ListSpec<C>::Column([] { return tr("Gap"); },
                                [](const C &c) { return c.target - c.score; })
                .centred(),
            {[] { return tr("Evidence"); },
             [](const C &c) { return c.evidence.section(u'\n', 0, 0); }},
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
            f.addNumber(QStringLiteral("score"), tr("&Score (0-4):"), &C::score, 0, 4);
            f.addNumber(QStringLiteral("target"), tr("&Target score (0-4):"), &C::target, 0, 4);
            f.addLongText(QStringLiteral("evidence"), tr("&Evidence:"), &C::evidence,
                          tr("What was seen: documents, interviews, incident forms…"));
            f.addNote(tr("0 absent · 1 ad hoc · 2 developing · 3 established · 4 "
                         "institutionalised. Assessing a dimension again adds a row; the first "
                         "one stays as the baseline."));
        };
        spec.describe = [](const C &c) {
            return tr("the assessment of %1 on %2")
                .arg(enumLabel(c.dimension), isoDate(c.assessedOn));
        };
        spec.summary = [](const QList<C> &rows) {
            int assessed = 0;
            QStringList weakest;
            for (const CapacityProfileEntry &e : capacityProfile(rows)) {
                if (e.current < 0)
                    continue;
                ++assessed;
                if (e.current <= 1)
                    weakest.append(enumLabel(e.dimension));
            }
            QString text = tr("%1 of 9 dimensions assessed.").arg(assessed);
            if (!weakest.isEmpty())
                text += QLatin1Char(' ')
                    + tr("Absent or ad hoc: %1.").arg(weakest.join(QStringLiteral(", ")));
            return text;
        };
        spec.kinds = {RecordKind::CapacityAssessment};
        return list(spec);
    }

    // A target of the mission (trainers to certify, officers to reach), edited in place.
    QWidget *missionTarget(const QString &name, const QString &label,
                           std::optional<int> Mission::*member, int high)
    {
        auto *spin = new QSpinBox(m_parent);
        spin->setObjectName(name);
        spin->setRange(0, high);
        spin->setGroupSeparatorShown(true);
        spin->setSpecialValueText(tr("Not set"));
        spin->setAccessibleName(label);
        const QString missionId = m_missionId;
        Edits &edits = m_edits;
        const auto show = [spin, &edits, missionId, member] {
            const std::optional<Mission> m = MissionRepository(edits.database()).find(missionId);
            const QSignalBlocker block(spin);
            spin->setValue(m ? ((*m).*member).value_or(0) : 0);
        };
        show();
        QObject::connect(spin, &QSpinBox::editingFinished, spin, [spin, &edits, missionId, member] {
            std::optional<Mission> m = MissionRepository(edits.database()).find(missionId);
            if (!m)
                return;
            (*m).*member = spin->value() > 0 ? std::optional<int>(spin->value()) : std::nullopt;
            QString error;
            if (!edits.saveMission(*m, &error))
                QMessageBox::warning(spin, tr("Targets"), error);
        });
        QObject::connect(&m_db, &Database::recordsChanged, spin, [show](RecordKinds kinds) {
            if (kinds.contains(RecordKind::Mission))
                show();
        });
        auto *box = new QWidget(m_parent);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto *caption = new QLabel(label, box);
        caption->setBuddy(spin);
        row->addWidget(caption);
        row->addWidget(spin);
        row->addStretch(1);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("10,000,000"))
                              + 48);
        return box;
    }

    RecordListPanel *trainees()
    {
        ListSpec<Trainee> spec;
        spec.name = QStringLiteral("traineeRoster");
        spec.title = tr("Trainers and participants");
        spec.addTitle = tr("Add Trainer or Participant");
        spec.editTitle = tr("Edit Trainer or Participant");
        using P = Trainee;
        const auto score = [](const std::optional<double> &s) {
            return s ? QVariant(QString::number(*s, 'f', 0)) : QVariant();
        };
        spec.columns = {
            {[] { return tr("Name"); }, [](const P &p) { return p.name; }},
            {[] { return tr("Role"); }, [](const P &p) { return enumLabel(p.role); }},
            {[] { return tr("Agency"); }, [](const P &p) { return p.agency; }},
            {[] { return tr("Region"); }, [](const P &p) { return p.region; }},
            {[] { return tr("Sex"); }, [](const P &p) { return enumLabel(p.sex); }},
            ListSpec<P>::Column([] { return tr("Pre-test"); },
                                [score](const P &p) { return score(p.preScore); })
                .sortBy([](const P &p) { return p.preScore.value_or(-1); })
                .centred(),
            ListSpec<P>::Column([] { return tr("Post-test"); },
                                [score](const P &p) { return score(p.postScore); })
                .sortBy([](const P &p) { return p.postScore.value_or(-1); })
                .centred(),
            {[] { return tr("Certified"); }, [](const P &p) { return isoDate(p.certifiedOn); }},
            ListSpec<P>::Column(
                [] { return tr("Reaction"); },
                [](const P &p) { return p.reaction ? QVariant(*p.reaction) : QVariant(); })
                .sortBy([](const P &p) { return p.reaction.value_or(0); })
                .centred(),
            {[] { return tr("Applied"); },
             [](const P &p) { return p.applied ? tr("Yes") : QString(); }},
        };
        const QString missionId = m_missionId;
        Database &db = m_db;
        spec.load = [&db, missionId] { return MissionRecords<P>(db).forMission(missionId); };
        spec.blank = [missionId] {
            P p;
            p.missionId = missionId;
            return p;
        };
        spec.form = [](RecordEditor<P> &f) {
            f.addText(QStringLiteral("name"), tr("&Name:"), &P::name);
            f.addChoice(QStringLiteral("role"), tr("&Role:"), &P::role);
            f.addText(QStringLiteral("agency"), tr("&Agency:"), &P::agency,
                      tr("e.g. Police Academy"));
            f.addText(QStringLiteral("region"), tr("Re&gion:"), &P::region, tr("e.g. Split"));
            f.addChoice(QStringLiteral("sex"), tr("&Sex:"), &P::sex);
            f.addScore(QStringLiteral("preScore"), tr("&Pre-test score (0-100):"), &P::preScore,
                       tr("Not tested"));
            f.addScore(QStringLiteral("postScore"), tr("P&ost-test score (0-100):"), &P::postScore,
                       tr("Not tested"));
            f.addDate(QStringLiteral("certifiedOn"), tr("&Certified on:"), &P::certifiedOn);
            f.addOptionalCount(QStringLiteral("reaction"),
                               tr("R&eaction, end-of-course survey (1-5):"), &P::reaction, 1, 5,
                               tr("No answer"));
            f.addFlag(QStringLiteral("applied"),
                      tr("Found applying the training at a &follow-up (3-6 months on)"),
                      &P::applied);
        };
        spec.describe = [](const P &p) { return p.name; };
        spec.summary = [&db, missionId](const QList<P> &rows) {
            int trainers = 0;
            int certified = 0;
            int women = 0;
            double gain = 0;
            int tested = 0;
            for (const P &p : rows) {
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
            const std::optional<Mission> m = MissionRepository(db).find(missionId);
            QString text = m && m->trainersTarget
                ? tr("%1 of %2 trainers certified (target %3).")
                      .arg(certified)
                      .arg(trainers)
                      .arg(*m->trainersTarget)
                : tr("%1 of %2 trainers certified.").arg(certified).arg(trainers);
            text += QLatin1Char(' ')
                + tr("%n participant(s); women are %1 % of trainers and participants.", nullptr,
                     static_cast<int>(rows.size()) - trainers)
                      .arg(percent(women, static_cast<int>(rows.size())));
            if (tested > 0)
                text += QLatin1Char(' ')
                    + tr("Mean gain from pre- to post-test: %1 points.")
                          .arg(gain / tested, 0, 'f', 1);
            return text;
        };
        spec.kinds = {RecordKind::Trainee, RecordKind::Mission};
        RecordListPanel *panel = list(spec);
        panel->setHeaderWidget(missionTarget(QStringLiteral("trainersTarget"),
                                             tr("National trainers to &certify:"),
                                             &Mission::trainersTarget, 100000));
        return panel;
    }

    RecordListPanel *trainingSessions()
    {
        ListSpec<TrainingSession> spec;
        spec.name = QStringLiteral("trainingSessions");
        spec.title = tr("Training sessions");
        spec.addTitle = tr("Add Training Session");
        spec.editTitle = tr("Edit Training Session");
        using S = TrainingSession;
        const QString missionId = m_missionId;
        Database &db = m_db;
        auto trainers = std::make_shared<QHash<QString, QString>>();
        auto codes = std::make_shared<QHash<QString, QString>>();
        spec.columns = {
            {[] { return tr("Start"); }, [](const S &s) { return isoDate(s.startDate); }},
            {[] { return tr("End"); }, [](const S &s) { return isoDate(s.endDate); }},
            ListSpec<S>::Column([] { return tr("Tier"); },
                                [](const S &s) { return enumLabel(s.tier); })
                .sortBy([](const S &s) { return static_cast<int>(s.tier); }),
            {[] { return tr("Title"); }, [](const S &s) { return s.title; }},
            {[] { return tr("Venue"); }, [](const S &s) { return s.venue; }},
            {[] { return tr("Lead trainer"); },
             [trainers](const S &s) {
                 return s.leadTrainerId.isEmpty() ? tr("International team")
                                                  : trainers->value(s.leadTrainerId);
             }},
            {[] { return tr("Modules"); },
             [codes](const S &s) {
                 QStringList list;
                 for (const QString &id : s.moduleIds)
                     list.append(codes->value(id));
                 list.removeAll(QString());
                 return list.join(QStringLiteral(", "));
             }},
            {[] { return tr("Held"); },
             [](const S &s) { return s.held ? tr("Held") : tr("Planned"); }},
            ListSpec<S>::Column([] { return tr("Women"); }, [](const S &s) { return s.female; })
                .centred(),
            ListSpec<S>::Column([] { return tr("Total"); },
                                [](const S &s) { return s.headcount(); })
                .centred(),
        };
        spec.load = [&db, missionId, trainers, codes] {
            trainers->clear();
            for (const Trainee &t : MissionRecords<Trainee>(db).forMission(missionId))
                trainers->insert(t.meta.id, t.name);
            *codes = moduleCodes(db, missionId);
            return MissionRecords<S>(db).forMission(missionId);
        };
        spec.blank = [missionId] {
            S s;
            s.missionId = missionId;
            s.startDate = Clock::today();
            return s;
        };
        spec.form = [&db, missionId](RecordEditor<S> &f) {
            f.addChoice(QStringLiteral("tier"), tr("&Tier:"), &S::tier);
            f.addText(QStringLiteral("title"), tr("T&itle:"), &S::title,
                      tr("e.g. One-day local course"));
            f.addText(QStringLiteral("venue"), tr("&Venue:"), &S::venue,
                      tr("e.g. Police Academy, Zagreb"));
            f.addDate(QStringLiteral("startDate"), tr("&Start date:"), &S::startDate);
            f.addDate(QStringLiteral("endDate"), tr("&End date:"), &S::endDate);
            f.addFlag(QStringLiteral("held"), tr("&Held (not only planned)"), &S::held);
            RecordChoices leads;
            for (const Trainee &t : MissionRecords<Trainee>(db).forMission(missionId)) {
                if (t.role == TraineeRole::Trainer)
                    leads.append(
                        {t.meta.id,
                         t.region.isEmpty() ? t.name : tr("%1 (%2)").arg(t.name, t.region)});
            }
            f.addReference(QStringLiteral("leadTrainerId"), tr("&Lead trainer:"), &S::leadTrainerId,
                           leads, tr("International team"));
            f.addChecklist(QStringLiteral("moduleIds"), tr("&Modules covered:"), &S::moduleIds,
                           moduleChoices(db, missionId));
            f.addNumber(QStringLiteral("female"), tr("&Women trained:"), &S::female, 0, 100000);
            f.addNumber(QStringLiteral("male"), tr("&Men trained:"), &S::male, 0, 100000);
            f.addNumber(QStringLiteral("otherOrUnrecorded"), tr("&Others or not recorded:"),
                        &S::otherOrUnrecorded, 0, 100000);
        };
        spec.describe = [](const S &s) {
            return tr("the %1 session of %2").arg(enumLabel(s.tier), isoDate(s.startDate));
        };
        spec.summary = [&db, missionId](const QList<S> &rows) {
            int held = 0;
            int trained = 0;
            int women = 0;
            for (const S &s : rows) {
                if (!s.held)
                    continue;
                ++held;
                trained += s.headcount();
                women += s.female;
            }
            const std::optional<Mission> m = MissionRepository(db).find(missionId);
            QString text = tr("%1 of %n session(s) held; %L2 officers trained, %3 % women.",
                              nullptr, static_cast<int>(rows.size()))
                               .arg(held)
                               .arg(trained)
                               .arg(percent(women, trained));
            if (m && m->officersTarget)
                text += QLatin1Char(' ')
                    + tr("%1 % of the target of %L2 officers.")
                          .arg(percent(trained, *m->officersTarget))
                          .arg(*m->officersTarget);
            if (m && m->womenShareTarget)
                text +=
                    QLatin1Char(' ') + tr("Target share of women: %1 %.").arg(*m->womenShareTarget);
            return text;
        };
        spec.kinds = {RecordKind::TrainingSession, RecordKind::SessionModule, RecordKind::Trainee,
                      RecordKind::Module, RecordKind::Mission};
        RecordListPanel *panel = list(spec);
        auto *targets = new QWidget(m_parent);
        auto *row = new QHBoxLayout(targets);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(missionTarget(QStringLiteral("officersTarget"),
                                     tr("Officers the cascade should &reach:"),
                                     &Mission::officersTarget, 10000000));
        QWidget *women =
            missionTarget(QStringLiteral("womenShareTarget"), tr("Share of &women to reach (%):"),
                          &Mission::womenShareTarget, 100);
        row->addWidget(women);
        row->addStretch(1);
        panel->setHeaderWidget(targets);
        return panel;
    }

    // Each certified trainer and the sessions they lead: the cascade.
    QWidget *cascadeTree()
    {
        auto *box = new QWidget(m_parent);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(16, 12, 16, 12);
        auto *title = new QLabel(tr("<b>Cascade</b>: each trainer of the mission with the "
                                    "sessions they lead, and the officers those sessions reached."),
                                 box);
        title->setWordWrap(true);
        auto *tree = new QTreeWidget(box);
        tree->setObjectName(QStringLiteral("cascadeTree"));
        tree->setAccessibleName(tr("Cascade"));
        tree->setHeaderLabels({tr("Trainer and sessions"), tr("Region or venue"),
                               tr("Officers reached"), tr("Planned sessions")});
        tree->setRootIsDecorated(true);
        tree->setAlternatingRowColors(true);
        layout->addWidget(title);
        layout->addWidget(tree, 1);
        Database &db = m_db;
        const QString missionId = m_missionId;
        const auto fill = [tree, &db, missionId] {
            tree->clear();
            const QList<CascadeBranch> branches =
                cascade(MissionRecords<Trainee>(db).forMission(missionId),
                        MissionRecords<TrainingSession>(db).forMission(missionId));
            for (const CascadeBranch &b : branches) {
                auto *item = new QTreeWidgetItem(
                    tree,
                    {b.trainer.certified() ? b.trainer.name
                                           : tr("%1 (not yet certified)").arg(b.trainer.name),
                     b.trainer.region, QString::number(b.reached), QString::number(b.planned)});
                for (const TrainingSession &s : b.sessions) {
                    new QTreeWidgetItem(
                        item,
                        {tr("%1 · %2").arg(isoDate(s.startDate),
                                           s.title.isEmpty() ? enumLabel(s.tier) : s.title),
                         s.venue, s.held ? QString::number(s.headcount()) : QString(),
                         s.held ? QString() : tr("planned")});
                }
            }
            if (branches.isEmpty()) {
                new QTreeWidgetItem(tree,
                                    {tr("No certified trainer yet. Certify trainers under "
                                        "Trainers and participants, then name them as "
                                        "lead trainer of their sessions.")});
            }
            tree->expandAll();
            for (int column = 0; column < tree->columnCount(); ++column)
                tree->resizeColumnToContents(column);
        };
        fill();
        QObject::connect(&m_db, &Database::recordsChanged, tree, [fill](RecordKinds kinds) {
            if (kinds.intersects({RecordKind::Trainee, RecordKind::TrainingSession}))
                fill();
        });
        return box;
    }

    RecordListPanel *materials()
    {
        ListSpec<Material> spec;
        spec.name = QStringLiteral("trainingMaterials");
        spec.title = tr("Materials");
        spec.addTitle = tr("Add Material");
        spec.editTitle = tr("Edit Material");
        using M = Material;
        auto codes = std::make_shared<QHash<QString, QString>>();
        spec.columns = {
            {[] { return tr("Title"); }, [](const M &m) { return m.title; }},
            {[] { return tr("Type"); }, [](const M &m) { return enumLabel(m.type); }},
            {[] { return tr("Module"); }, [codes](const M &m) { return codes->value(m.moduleId); }},
            {[] { return tr("Language"); }, [](const M &m) { return m.language; }},
            {[] { return tr("Version"); }, [](const M &m) { return m.version; }},
            ListSpec<M>::Column([] { return tr("Status"); },
                                [](const M &m) { return enumLabel(m.status); })
                .sortBy([](const M &m) { return static_cast<int>(m.status); }),
            {[] { return tr("Feedback"); },
             [](const M &m) { return m.feedback.section(u'\n', 0, 0); }},
        };
        const QString missionId = m_missionId;
        Database &db = m_db;
        spec.load = [&db, missionId, codes] {
            *codes = moduleCodes(db, missionId);
            return MissionRecords<M>(db).forMission(missionId);
        };
        spec.blank = [missionId] {
            M m;
            m.missionId = missionId;
            return m;
        };
        spec.form = [&db, missionId](RecordEditor<M> &f) {
            f.addText(QStringLiteral("title"), tr("&Title:"), &M::title,
                      tr("e.g. Trainer's manual"));
            f.addChoice(QStringLiteral("type"), tr("T&ype:"), &M::type);
            f.addReference(QStringLiteral("moduleId"), tr("&Module:"), &M::moduleId,
                           moduleChoices(db, missionId), tr("The whole course"));
            f.addText(QStringLiteral("language"), tr("&Language:"), &M::language,
                      tr("e.g. hr, pl, bs/sr/hr"));
            f.addText(QStringLiteral("version"), tr("&Version:"), &M::version, tr("e.g. 1.2"));
            f.addChoice(QStringLiteral("status"), tr("&Status:"), &M::status);
            f.addLongText(QStringLiteral("feedback"), tr("&Feedback from trainers or learners:"),
                          &M::feedback);
        };
        spec.describe = [](const M &m) { return m.title; };
        spec.summary = [](const QList<M> &rows) {
            const auto ready = std::count_if(rows.cbegin(), rows.cend(), [](const M &m) {
                return m.status == MaterialStatus::Validated
                    || m.status == MaterialStatus::Published;
            });
            return tr("%1 of %n material(s) validated or published.", nullptr,
                      static_cast<int>(rows.size()))
                .arg(ready);
        };
        spec.kinds = {RecordKind::Material, RecordKind::Module};
        return list(spec);
    }

    QWidget *embeddedFlag()
    {
        auto *box = new QCheckBox(tr("The course is &embedded in the national academy curriculum"),
                                  m_parent);
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

    RecordListPanel *followUp()
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
            {[] { return tr("Held"); },
             [](const A &a) { return a.held ? tr("Held") : tr("Planned"); }},
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
                        10000000);
            RecordChoices needs;
            for (const Need &n : NeedRepository(db).forMission(missionId))
                needs.append({n.meta.id, n.statement});
            f.addChecklist(QStringLiteral("needIds"), tr("&Needs it serves:"), &A::needIds, needs);
            f.addLongText(QStringLiteral("notes"), tr("N&otes:"), &A::notes);
        };
        spec.describe = [](const A &a) {
            return tr("the %1 of %2").arg(enumLabel(a.type).toLower(), isoDate(a.date));
        };
        spec.summary = [](const QList<A> &rows) {
            int held = 0;
            int reached = 0;
            for (const A &a : rows) {
                if (a.held) {
                    ++held;
                    reached += a.reached;
                }
            }
            return tr("%1 of %n follow-up activity(s) held; %L2 people reached.", nullptr,
                      static_cast<int>(rows.size()))
                .arg(held)
                .arg(reached);
        };
        spec.kinds = {RecordKind::FollowUpActivity, RecordKind::FollowUpNeed};
        RecordListPanel *panel = list(spec);
        panel->setHeaderWidget(embeddedFlag());
        return panel;
    }

public:
    QWidget *indicators()
    {
        auto *box = new QSplitter(Qt::Vertical, m_parent);
        box->setObjectName(QStringLiteral("indicatorsTab"));
        auto selected = std::make_shared<QString>();
        RecordListPanel *top = indicatorList();
        RecordListPanel *values = valueList(selected);
        box->addWidget(top);
        box->addWidget(values);
        box->setFocusProxy(top);
        box->setStretchFactor(0, 3);
        box->setStretchFactor(1, 2);
        const auto follow = [top, values, selected] {
            *selected = top->currentId();
            values->reload();
            values->addAction()->setEnabled(!selected->isEmpty());
        };
        QObject::connect(top->view()->selectionModel(), &QItemSelectionModel::currentChanged,
                         values, follow);
        QObject::connect(top->view()->model(), &QAbstractItemModel::modelReset, values, follow);
        follow();
        return box;
    }

private:
    RecordListPanel *indicatorList()
    {
        ListSpec<Indicator> spec;
        spec.name = QStringLiteral("indicatorList");
        spec.title = tr("Indicators");
        spec.addTitle = tr("Add Indicator");
        spec.editTitle = tr("Edit Indicator");
        using I = Indicator;
        const QString missionId = m_missionId;
        Database &db = m_db;
        // Statuses are computed with the values and thresholds as the list is read.
        auto statuses = std::make_shared<QHash<QString, IndicatorStatus>>();
        const auto number = [](double v) { return QLocale().toString(v, 'g', 10); };
        spec.columns = {
            {[] { return tr("Indicator"); }, [](const I &i) { return i.name; }},
            ListSpec<I>::Column([] { return tr("Level"); },
                                [](const I &i) { return enumLabel(i.level); })
                .sortBy([](const I &i) { return static_cast<int>(i.level); }),
            {[] { return tr("Unit"); }, [](const I &i) { return i.unit; }},
            ListSpec<I>::Column([] { return tr("Baseline"); },
                                [number](const I &i) { return number(i.baseline); })
                .sortBy([](const I &i) { return i.baseline; })
                .centred(),
            ListSpec<I>::Column([] { return tr("Target"); },
                                [number](const I &i) { return number(i.target); })
                .sortBy([](const I &i) { return i.target; })
                .centred(),
            ListSpec<I>::Column([] { return tr("Latest"); },
                                [statuses, number](const I &i) {
                                    const IndicatorStatus st = statuses->value(i.meta.id);
                                    return st.current
                                        ? tr("%1 (%2)").arg(number(*st.current), isoDate(st.asOf))
                                        : QString();
                                })
                .centred(),
            ListSpec<I>::Column([] { return tr("Achievement"); },
                                [statuses](const I &i) {
                                    const IndicatorStatus st = statuses->value(i.meta.id);
                                    return st.achievement
                                        ? QVariant(tr("%1 %").arg(std::lround(*st.achievement)))
                                        : QVariant();
                                })
                .sortBy([statuses](const I &i) {
                    return statuses->value(i.meta.id).achievement.value_or(-1e9);
                })
                .centred(),
            ListSpec<I>::Column([] { return tr("Status"); },
                                [statuses](const I &i) {
                                    const auto rag = statuses->value(i.meta.id).rag;
                                    return rag ? enumLabel(*rag) : tr("No value yet");
                                })
                .decorated([statuses](const I &i) {
                    const auto rag = statuses->value(i.meta.id).rag;
                    if (!rag)
                        return QVariant();
                    return QVariant(*rag == Rag::Green       ? Palette::BluishGreen
                                        : *rag == Rag::Amber ? Palette::Orange
                                                             : Palette::Vermillion);
                }),
        };
        spec.load = [&db, missionId, statuses] {
            const QList<I> rows = MissionRecords<I>(db).forMission(missionId);
            const RagThresholds thresholds = SettingsRepository(db).ragThresholds();
            statuses->clear();
            for (const I &i : rows) {
                statuses->insert(
                    i.meta.id,
                    IndicatorStatus::of(i, MissionRecords<IndicatorValue>(db).forOwner(i.meta.id),
                                        thresholds));
            }
            return rows;
        };
        spec.blank = [missionId] {
            I i;
            i.missionId = missionId;
            i.target = 100;
            return i;
        };
        spec.form = [](RecordEditor<I> &f) {
            f.addText(QStringLiteral("name"), tr("&Indicator:"), &I::name,
                      tr("e.g. Share of incident reports recording the bias motive"));
            f.addChoice(QStringLiteral("level"), tr("&Level:"), &I::level);
            f.addText(QStringLiteral("unit"), tr("&Unit:"), &I::unit, tr("e.g. %, officers"));
            f.addDecimal(QStringLiteral("baseline"), tr("&Baseline:"), &I::baseline);
            f.addDecimal(QStringLiteral("target"), tr("&Target:"), &I::target);
            f.addLongText(QStringLiteral("notes"), tr("&Notes:"), &I::notes,
                          tr("Source of the data, how it is measured…"));
            f.addNote(tr("Achievement = (latest - baseline) ÷ (target - baseline). A rise in "
                         "recorded hate crime can mean better recording, not more crime."));
        };
        spec.describe = [](const I &i) { return tr("the indicator \"%1\"").arg(i.name); };
        spec.summary = [statuses](const QList<I> &rows) {
            int counts[3] = {0, 0, 0};
            for (const I &i : rows) {
                if (const auto rag = statuses->value(i.meta.id).rag)
                    ++counts[static_cast<int>(*rag)];
            }
            return tr("%n indicator(s): %1 green, %2 amber, %3 red.", nullptr,
                      static_cast<int>(rows.size()))
                .arg(counts[static_cast<int>(Rag::Green)])
                .arg(counts[static_cast<int>(Rag::Amber)])
                .arg(counts[static_cast<int>(Rag::Red)]);
        };
        spec.kinds = {RecordKind::Indicator, RecordKind::IndicatorValue, RecordKind::Setting};
        return list(spec);
    }

    RecordListPanel *valueList(std::shared_ptr<QString> selected)
    {
        ListSpec<IndicatorValue> spec;
        spec.name = QStringLiteral("indicatorValues");
        spec.title = tr("Values of the selected indicator");
        spec.addTitle = tr("Add Value");
        spec.editTitle = tr("Edit Value");
        using V = IndicatorValue;
        const auto count = [](const std::optional<int> &n) {
            return n ? QVariant(*n) : QVariant();
        };
        spec.columns = {
            {[] { return tr("Date"); }, [](const V &v) { return isoDate(v.date); }},
            ListSpec<V>::Column([] { return tr("Value"); },
                                [](const V &v) { return QLocale().toString(v.value, 'g', 10); })
                .sortBy([](const V &v) { return v.value; })
                .centred(),
            ListSpec<V>::Column([] { return tr("Women"); },
                                [count](const V &v) { return count(v.female); })
                .centred(),
            ListSpec<V>::Column([] { return tr("Men"); },
                                [count](const V &v) { return count(v.male); })
                .centred(),
        };
        Database &db = m_db;
        spec.load = [&db, selected] {
            return selected->isEmpty() ? QList<V>() : MissionRecords<V>(db).forOwner(*selected);
        };
        spec.blank = [selected] {
            V v;
            v.indicatorId = *selected;
            v.date = Clock::today();
            return v;
        };
        spec.form = [](RecordEditor<V> &f) {
            f.addDate(QStringLiteral("date"), tr("&Date:"), &V::date);
            f.addDecimal(QStringLiteral("value"), tr("&Value:"), &V::value);
            f.addOptionalCount(QStringLiteral("female"), tr("&Women (if counted):"), &V::female);
            f.addOptionalCount(QStringLiteral("male"), tr("&Men (if counted):"), &V::male);
        };
        spec.describe = [](const V &v) { return tr("the value of %1").arg(isoDate(v.date)); };
        spec.summary = [](const QList<V> &rows) {
            if (rows.isEmpty())
                return tr("Choose an indicator, then add its measured values.");
            int women = 0;
            int men = 0;
            for (const V &v : rows) {
                women += v.female.value_or(0);
                men += v.male.value_or(0);
            }
            return women + men > 0 ? tr("%n value(s); women %1 % of those counted.", nullptr,
                                        static_cast<int>(rows.size()))
                                         .arg(percent(women, women + men))
                                   : tr("%n value(s).", nullptr, static_cast<int>(rows.size()));
        };
        spec.kinds = {RecordKind::IndicatorValue};
        return list(spec);
    }

    Edits &m_edits;
    Database &m_db;
    QString m_missionId;
    QWidget *m_parent;
};

} // namespace

QList<StageForms::Tab> StageForms::create(Edits &edits, const QString &missionId, QWidget *parent)
{
    return Builder(edits, missionId, parent).tabs();
}

QWidget *StageForms::indicators(Edits &edits, const QString &missionId, QWidget *parent)
{
    return Builder(edits, missionId, parent).indicators();
}
