#include "TrainTheTrainerForms.h"
#include "Clock.h"
#include "Curriculum.h"
#include "Dates.h"
#include "ProgrammeRepository.h"
#include "Scales.h"
#include "StageRecords.h"
#include "StageSummaries.h"
#include "StakeholderRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>

RecordChoices TrainTheTrainerForms::moduleChoices(Database &db, const QString &missionId)
{
    RecordChoices choices;
    for (const TrainingModule &m : ModuleRepository(db).forMission(missionId))
        choices.append({m.meta.id, tr("%1 %2").arg(m.code, m.title)});
    return choices;
}

QHash<QString, QString> TrainTheTrainerForms::moduleCodes(Database &db, const QString &missionId)
{
    QHash<QString, QString> codes;
    for (const TrainingModule &m : ModuleRepository(db).forMission(missionId))
        codes.insert(m.meta.id, m.code);
    return codes;
}

QWidget *TrainTheTrainerForms::missionTarget(const QString &name, const QString &label,
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
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("10,000,000")) + 48);
    return box;
}

RecordListPanel *TrainTheTrainerForms::trainees()
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
        f.addText(QStringLiteral("agency"), tr("&Agency:"), &P::agency, tr("e.g. Police Academy"));
        f.addText(QStringLiteral("region"), tr("Re&gion:"), &P::region, tr("e.g. Split"));
        f.addChoice(QStringLiteral("sex"), tr("&Sex:"), &P::sex);
        f.addScore(QStringLiteral("preScore"), tr("&Pre-test score (0-100):"), &P::preScore,
                   tr("Not tested"));
        f.addScore(QStringLiteral("postScore"), tr("P&ost-test score (0-100):"), &P::postScore,
                   tr("Not tested"));
        f.addDate(QStringLiteral("certifiedOn"), tr("&Certified on:"), &P::certifiedOn);
        f.addOptionalCount(QStringLiteral("reaction"), tr("R&eaction, end-of-course survey (1-5):"),
                           &P::reaction, Scales::RatingMin, Scales::RatingMax, tr("No answer"));
        f.addFlag(QStringLiteral("applied"),
                  tr("Found applying the training at a &follow-up (3-6 months on)"), &P::applied);
    };
    spec.describe = [](const P &p) { return p.name; };
    spec.summary = [&db, missionId](const QList<P> &rows) {
        const std::optional<Mission> m = MissionRepository(db).find(missionId);
        return StageSummaries::trainees(rows, m ? m->trainersTarget : std::nullopt);
    };
    spec.kinds = {RecordKind::Trainee, RecordKind::Mission};
    RecordListPanel *panel = list(spec);
    panel->setHeaderWidget(missionTarget(QStringLiteral("trainersTarget"),
                                         tr("National trainers to &certify:"),
                                         &Mission::trainersTarget, Scales::HeadcountMax));
    return panel;
}

RecordListPanel *TrainTheTrainerForms::trainingSessions()
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
        ListSpec<S>::Column([] { return tr("Tier"); }, [](const S &s) { return enumLabel(s.tier); })
            .sortBy([](const S &s) { return static_cast<int>(s.tier); }),
        {[] { return tr("Title"); }, [](const S &s) { return s.title; }},
        {[] { return tr("Venue"); }, [](const S &s) { return s.venue; }},
        {[] { return tr("Lead trainer"); },
         [trainers](const S &s) {
             if (!s.leadStakeholderId.isEmpty())
                 return tr("%1 (core team)").arg(trainers->value(s.leadStakeholderId));
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
        {[] { return tr("Held"); }, [](const S &s) { return s.held ? tr("Held") : tr("Planned"); }},
        ListSpec<S>::Column([] { return tr("Women"); }, [](const S &s) { return s.female; })
            .centred(),
        ListSpec<S>::Column([] { return tr("Total"); }, [](const S &s) { return s.headcount(); })
            .centred(),
    };
    spec.load = [&db, missionId, trainers, codes] {
        trainers->clear();
        for (const Trainee &t : MissionRecords<Trainee>(db).forMission(missionId))
            trainers->insert(t.meta.id, t.name);
        QList<S> sessions = MissionRecords<S>(db).forMission(missionId);
        if (std::any_of(sessions.cbegin(), sessions.cend(),
                        [](const S &s) { return !s.leadStakeholderId.isEmpty(); }))
            trainers->insert(StakeholderRepository(db).displayNames());
        *codes = moduleCodes(db, missionId);
        return sessions;
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
                    {t.meta.id, t.region.isEmpty() ? t.name : tr("%1 (%2)").arg(t.name, t.region)});
        }
        f.addReference(QStringLiteral("leadTrainerId"), tr("&Lead trainer:"), &S::leadTrainerId,
                       leads, tr("International team"));
        // Or one of the programme's trainers shared across its missions (and whoever led the
        // session before leaving the core team: a save never drops the lead).
        const std::optional<Mission> mission = MissionRepository(db).find(missionId);
        const std::optional<Programme> programme = mission && !mission->programmeId.isEmpty()
            ? ProgrammeRepository(db).find(mission->programmeId)
            : std::nullopt;
        const QString lead = f.saved().leadStakeholderId;
        if (programme || !lead.isEmpty()) {
            RecordChoices team;
            for (const Stakeholder &person : StakeholderRepository(db).all()) {
                if ((programme && programme->teamIds.contains(person.meta.id))
                    || person.meta.id == lead)
                    team.append({person.meta.id, person.displayName()});
            }
            f.addReference(QStringLiteral("leadStakeholderId"), tr("&Core-team lead:"),
                           &S::leadStakeholderId, team, tr("None"))
                ->setToolTip(tr("One of the programme's core team, when they rather than a "
                                "trainer of the mission lead the session."));
        }
        RecordChoices sites;
        for (const MissionSite &site : mission ? mission->sites : QList<MissionSite>())
            sites.append({site.meta.id, site.label()});
        // A site removed from the mission since stays the session's until changed here.
        const QString held = f.saved().siteId;
        if (!held.isEmpty()
            && std::none_of(sites.cbegin(), sites.cend(),
                            [&held](const RecordChoice &c) { return c.id == held; }))
            sites.append({held, tr("A site no longer listed for the mission")});
        f.addReference(QStringLiteral("siteId"), tr("Held &at site:"), &S::siteId, sites,
                       tr("Not named"))
            ->setToolTip(tr("Which of the mission's sites the session was held at; the venue "
                            "above says where exactly."));
        f.addChecklist(QStringLiteral("moduleIds"), tr("&Modules covered:"), &S::moduleIds,
                       moduleChoices(db, missionId));
        f.addNumber(QStringLiteral("female"), tr("&Women trained:"), &S::female, 0,
                    Scales::HeadcountMax);
        f.addNumber(QStringLiteral("male"), tr("&Men trained:"), &S::male, 0, Scales::HeadcountMax);
        f.addNumber(QStringLiteral("otherOrUnrecorded"), tr("&Others or not recorded:"),
                    &S::otherOrUnrecorded, 0, Scales::HeadcountMax);
    };
    spec.describe = [](const S &s) {
        return tr("the %1 session of %2").arg(enumLabel(s.tier), isoDate(s.startDate));
    };
    spec.summary = [&db, missionId](const QList<S> &rows) {
        const std::optional<Mission> m = MissionRepository(db).find(missionId);
        return m ? StageSummaries::trainingSessions(rows, m->officersTarget, m->womenShareTarget)
                 : StageSummaries::trainingSessions(rows);
    };
    spec.kinds = {RecordKind::TrainingSession, RecordKind::SessionModule, RecordKind::Trainee,
                  RecordKind::Module,          RecordKind::Mission,       RecordKind::Stakeholder};
    RecordListPanel *panel = list(spec);
    auto *targets = new QWidget(m_parent);
    auto *row = new QHBoxLayout(targets);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(missionTarget(QStringLiteral("officersTarget"),
                                 tr("Officers the cascade should &reach:"),
                                 &Mission::officersTarget, Scales::ReachedMax));
    QWidget *women =
        missionTarget(QStringLiteral("womenShareTarget"), tr("Share of &women to reach (%):"),
                      &Mission::womenShareTarget, 100);
    row->addWidget(women);
    row->addStretch(1);
    panel->setHeaderWidget(targets);
    return panel;
}

QWidget *TrainTheTrainerForms::cascadeTree()
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

RecordListPanel *TrainTheTrainerForms::materials()
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
        {[] { return tr("Feedback"); }, [](const M &m) { return m.feedback.section(u'\n', 0, 0); }},
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
        f.addText(QStringLiteral("title"), tr("&Title:"), &M::title, tr("e.g. Trainer's manual"));
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
    spec.summary = [](const QList<M> &rows) { return StageSummaries::materials(rows); };
    spec.kinds = {RecordKind::Material, RecordKind::Module};
    return list(spec);
}
