#include "ProgrammesPage.h"
#include "Clock.h"
#include "Database.h"
#include "Dates.h"
#include "Edits.h"
#include "MissionRepository.h"
#include "ProgrammeRepository.h"
#include "RecordEditor.h"
#include "RecordListPanel.h"
#include "StakeholderRepository.h"
#include "TableModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// What the programmes list shows beside each programme's own fields, read once per reload
// rather than once per cell painted.
struct ProgrammeFacts
{
    QHash<QString, int> missions; // by programme id
    QHash<QString, QString> successorCode; // by programme id
};

QList<ListTableModel<Programme>::Column>
programmeColumns(const std::shared_ptr<const ProgrammeFacts> &facts)
{
    using P = Programme;
    using Column = ListTableModel<P>::Column;
    return {
        Column([] { return ProgrammesPage::tr("Code"); }, [](const P &p) { return p.code; }),
        Column([] { return ProgrammesPage::tr("Title"); }, [](const P &p) { return p.title; })
            .tip([](const P &p) { return p.title; }),
        Column([] { return ProgrammesPage::tr("Lead organisation"); },
               [](const P &p) { return p.leadOrganisation; }),
        Column([] { return ProgrammesPage::tr("Status"); },
               [](const P &p) { return enumLabel(p.status); }),
        Column([] { return ProgrammesPage::tr("Outcome"); },
               [](const P &p) {
                   if (p.outcome == MissionOutcome::Open)
                       return QString();
                   return p.outcomeOn.isValid() ? ProgrammesPage::tr("%1 (%2)").arg(
                              enumLabel(p.outcome), isoDate(p.outcomeOn))
                                                : enumLabel(p.outcome);
               }),
        Column([] { return ProgrammesPage::tr("Start"); },
               [](const P &p) { return isoDate(p.startDate); })
            .centred(),
        Column([] { return ProgrammesPage::tr("End"); },
               [](const P &p) { return isoDate(p.endDate); })
            .centred(),
        Column([] { return ProgrammesPage::tr("Missions"); },
               [facts](const P &p) { return QString::number(facts->missions.value(p.meta.id)); })
            .centred(),
        Column([] { return ProgrammesPage::tr("Replaced by"); },
               [facts](const P &p) { return facts->successorCode.value(p.meta.id); }),
    };
}

QList<ListTableModel<ProgrammeEvent>::Column>
eventColumns(const std::shared_ptr<const QHash<QString, QString>> &names)
{
    using E = ProgrammeEvent;
    using Column = ListTableModel<E>::Column;
    return {
        Column([] { return ProgrammesPage::tr("Start"); },
               [](const E &e) { return isoDate(e.startDate); })
            .centred(),
        Column([] { return ProgrammesPage::tr("Event"); }, [](const E &e) { return e.title; }),
        Column([] { return ProgrammesPage::tr("Kind"); },
               [](const E &e) { return enumLabel(e.kind); }),
        Column([] { return ProgrammesPage::tr("Place"); }, [](const E &e) { return e.place(); }),
        Column([] { return ProgrammesPage::tr("Led by"); },
               [names](const E &e) { return names->value(e.leadStakeholderId); }),
        Column([] { return ProgrammesPage::tr("Held"); },
               [](const E &e) {
                   return e.held ? ProgrammesPage::tr("Held, %n people", nullptr, e.participants())
                                 : ProgrammesPage::tr("Planned");
               }),
    };
}

} // namespace

ListTableModel<Programme> *ProgrammesPage::createModel(Edits &edits)
{
    Database &db = edits.database();
    auto facts = std::make_shared<ProgrammeFacts>();
    return new ListTableModel<Programme>(programmeColumns(facts), [&db, facts] {
        *facts = {};
        if (!db.isOpen())
            return QList<Programme>();
        for (const Mission &m : MissionRepository(db).all()) {
            if (!m.programmeId.isEmpty())
                ++facts->missions[m.programmeId];
        }
        const QList<Programme> programmes = ProgrammeRepository(db).all();
        for (const Programme &p : programmes) {
            if (!p.predecessorId.isEmpty())
                facts->successorCode.insert(p.predecessorId, p.code);
        }
        return programmes;
    });
}

ProgrammesPage::ProgrammesPage(Edits &edits, ListTableModel<Programme> *model, QWidget *parent)
    : TablePage(tr("Programmes"), model, parent)
    , m_edits(edits)
    , m_model(model)
    , m_about(new QLabel(this))
{
    setObjectName(QStringLiteral("programmesPage"));
    m_model->setParent(this);
    Database &db = edits.database();
    auto names = std::make_shared<QHash<QString, QString>>();
    m_eventModel = new ListTableModel<ProgrammeEvent>(eventColumns(names), [this, &db, names] {
        if (m_current.isEmpty())
            return QList<ProgrammeEvent>();
        *names = StakeholderRepository(db).displayNames();
        return ProgrammeRepository(db).events(m_current);
    });
    m_events = new RecordListPanel(tr("Events of the programme"), m_eventModel, this);
    m_eventModel->setParent(m_events);
    m_events->setObjectName(QStringLiteral("programmeEvents"));
    m_about->setObjectName(QStringLiteral("programmeAbout"));
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QAction(tr("&New Programme…"), this);
    add->setObjectName(QStringLiteral("newProgrammeAction"));
    add->setShortcut(QKeySequence::New);
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QAction::triggered, this, &ProgrammesPage::newProgramme);
    auto *open = new QAction(tr("&Open Programme…"), this);
    open->setObjectName(QStringLiteral("openProgrammeAction"));
    connect(open, &QAction::triggered, this, &ProgrammesPage::openCurrent);
    auto *remove = new QAction(tr("&Delete Programme"), this);
    remove->setObjectName(QStringLiteral("deleteProgrammeAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ProgrammesPage::deleteCurrent);
    view()->addAction(remove);
    addAction(add);
    setActionsAndFilters({add, open, remove}, {});
    setRowActions({open, remove, nullptr, add});
    connect(view(), &QTableView::activated, this, &ProgrammesPage::openCurrent);

    auto *footer = new QWidget(this);
    auto *layout = new QVBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_about);
    layout->addWidget(m_events, 1);
    setFooterWidget(footer);

    connect(m_events, &RecordListPanel::addRequested, this, [this] {
        if (m_current.isEmpty())
            return;
        ProgrammeEvent e;
        e.programmeId = m_current;
        e.startDate = Clock::today();
        editEvent(e, tr("New Event"));
    });
    connect(m_events, &RecordListPanel::editRequested, this, [this](const QString &id) {
        if (const std::optional<ProgrammeEvent> e =
                ProgrammeRepository(m_edits.database()).findEvent(id))
            editEvent(*e, tr("Edit Event"));
    });
    connect(m_events, &RecordListPanel::deleteRequested, this, [this](const QString &id) {
        QString error;
        if (!m_edits.deleteProgrammeEvent(id, &error))
            QMessageBox::warning(this, tr("Delete Event"), error);
    });
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProgrammesPage::showCurrent);
    connect(&db, &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Programme, RecordKind::ProgrammeTeam,
                              RecordKind::ProgrammeEvent, RecordKind::Mission,
                              RecordKind::MissionSite, RecordKind::Stakeholder}))
            reload();
    });
    ensureCurrent();
    showCurrent();
}

void ProgrammesPage::reload()
{
    const QString current = currentId();
    m_model->reload();
    if (!current.isEmpty())
        selectId(current);
    ensureCurrent();
    showCurrent();
}

void ProgrammesPage::showCurrent()
{
    m_current = currentId();
    m_eventModel->reload();
    m_events->setEnabled(!m_current.isEmpty());
    const std::optional<Programme> p = ProgrammeRepository(m_edits.database()).find(m_current);
    if (!p) {
        m_about->setText(tr("Choose a programme to see its missions, core team and events."));
        return;
    }
    QStringList missions;
    for (const Mission &m : MissionRepository(m_edits.database()).ofProgramme(p->meta.id))
        missions.append(tr("%1 (%2, %3)").arg(m.code, m.countriesText(), enumLabel(m.status)));
    QStringList team;
    for (const QString &id : p->teamIds) {
        if (const std::optional<Stakeholder> s = StakeholderRepository(m_edits.database()).find(id))
            team.append(s->displayName());
    }
    QStringList lines;
    lines.append(
        tr("Missions: %1")
            .arg(missions.isEmpty() ? tr("none yet") : missions.join(QStringLiteral("; "))));
    lines.append(
        tr("Core team: %1").arg(team.isEmpty() ? tr("none yet") : team.join(QStringLiteral(", "))));
    if (!p->partners.isEmpty())
        lines.append(tr("Partners: %1").arg(p->partners));
    if (const std::optional<Programme> before =
            ProgrammeRepository(m_edits.database()).find(p->predecessorId))
        lines.append(tr("Replaced %1.").arg(before->label()));
    m_about->setText(lines.join(QLatin1Char('\n')));
}

void ProgrammesPage::newProgramme()
{
    Programme p;
    p.startDate = Clock::today();
    edit(p, tr("New Programme"));
}

void ProgrammesPage::openCurrent()
{
    if (const std::optional<Programme> p =
            ProgrammeRepository(m_edits.database()).find(currentId()))
        edit(*p, tr("Programme %1").arg(p->code));
}

void ProgrammesPage::deleteCurrent()
{
    const std::optional<Programme> p = ProgrammeRepository(m_edits.database()).find(currentId());
    if (!p)
        return;
    if (QMessageBox::question(
            this, tr("Delete Programme"),
            tr("Delete the programme %1? Its missions stay, on their own.\n\nUndo "
               "(Ctrl+Z) brings it back.")
                .arg(p->code))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_edits.deleteProgramme(p->meta.id, &error))
        QMessageBox::warning(this, tr("Delete Programme"), error);
}

bool ProgrammesPage::edit(const Programme &programme, const QString &title)
{
    Database &db = m_edits.database();
    RecordEditor<Programme> editor(
        programme, [this](Programme &v, QString *e) { return m_edits.saveProgramme(v, e); }, this);
    editor.setObjectName(QStringLiteral("programmeEditor"));
    editor.setWindowTitle(title);
    editor.addText(QStringLiteral("code"), tr("C&ode:"), &Programme::code, tr("e.g. LEOP-2"));
    editor.addText(QStringLiteral("title"), tr("&Title:"), &Programme::title);
    editor.addText(QStringLiteral("leadOrganisation"), tr("&Lead organisation:"),
                   &Programme::leadOrganisation);
    editor.addText(QStringLiteral("partners"), tr("&Partners:"), &Programme::partners);
    editor.addDate(QStringLiteral("startDate"), tr("Sta&rt date:"), &Programme::startDate);
    editor.addDate(QStringLiteral("endDate"), tr("&End date:"), &Programme::endDate);
    editor.addChoice(QStringLiteral("status"), tr("St&atus:"), &Programme::status);
    editor.addChoice(QStringLiteral("outcome"), tr("O&utcome:"), &Programme::outcome);
    editor.addDate(QStringLiteral("outcomeOn"), tr("Outcome &known on:"), &Programme::outcomeOn);
    editor.addText(QStringLiteral("outcomeNote"), tr("Ho&w it ended:"), &Programme::outcomeNote);
    RecordChoices others;
    for (const Programme &p : ProgrammeRepository(db).all()) {
        if (p.meta.id != programme.meta.id)
            others.append({p.meta.id, p.label()});
    }
    editor
        .addReference(QStringLiteral("predecessorId"), tr("Replace&d:"), &Programme::predecessorId,
                      others, tr("None"))
        ->setToolTip(tr("The programme this one took over from; that one then shows this one as "
                        "its successor."));
    RecordChoices people;
    for (const Stakeholder &s : StakeholderRepository(db).all())
        people.append({s.meta.id,
                       s.organisation.isEmpty()
                           ? s.displayName()
                           : tr("%1 — %2").arg(s.displayName(), s.organisation)});
    editor.addChecklist(QStringLiteral("teamIds"), tr("Core tea&m:"), &Programme::teamIds, people)
        ->setToolTip(tr("The trainers and staff the programme shares across its missions: they can "
                        "lead its events."));
    editor.addLongText(QStringLiteral("notes"), tr("&Notes:"), &Programme::notes);
    editor.finish();
    if (editor.exec() != QDialog::Accepted)
        return false;
    reload();
    selectId(editor.saved().meta.id);
    return true;
}

bool ProgrammesPage::editEvent(const ProgrammeEvent &event, const QString &title)
{
    Database &db = m_edits.database();
    RecordEditor<ProgrammeEvent> editor(
        event, [this](ProgrammeEvent &v, QString *e) { return m_edits.saveProgrammeEvent(v, e); },
        this);
    editor.setObjectName(QStringLiteral("programmeEventEditor"));
    editor.setWindowTitle(title);
    editor.addChoice(QStringLiteral("kind"), tr("&Kind:"), &ProgrammeEvent::kind);
    editor.addText(QStringLiteral("title"), tr("&Title:"), &ProgrammeEvent::title,
                   tr("e.g. International seminar on recording bias motives"));
    editor.addText(QStringLiteral("city"), tr("C&ity:"), &ProgrammeEvent::city);
    editor.addText(QStringLiteral("country"), tr("Co&untry:"), &ProgrammeEvent::country);
    editor.addDate(QStringLiteral("startDate"), tr("Sta&rt date:"), &ProgrammeEvent::startDate);
    editor.addDate(QStringLiteral("endDate"), tr("&End date:"), &ProgrammeEvent::endDate);
    // The core team, and whoever led it before leaving the team: a save never drops the lead.
    RecordChoices team;
    const std::optional<Programme> p = ProgrammeRepository(db).find(event.programmeId);
    for (const Stakeholder &s : StakeholderRepository(db).all()) {
        if ((p && p->teamIds.contains(s.meta.id)) || s.meta.id == event.leadStakeholderId)
            team.append({s.meta.id, s.displayName()});
    }
    editor
        .addReference(QStringLiteral("leadStakeholderId"), tr("&Led by:"),
                      &ProgrammeEvent::leadStakeholderId, team, tr("Not named"))
        ->setToolTip(tr("One of the programme's core team."));
    editor.addFlag(QStringLiteral("held"), tr("&Held"), &ProgrammeEvent::held);
    editor.addNumber(QStringLiteral("female"), tr("&Women:"), &ProgrammeEvent::female, 0, 100000);
    editor.addNumber(QStringLiteral("male"), tr("&Men:"), &ProgrammeEvent::male, 0, 100000);
    editor.addNumber(QStringLiteral("otherOrUnrecorded"), tr("&Others or not recorded:"),
                     &ProgrammeEvent::otherOrUnrecorded, 0, 100000);
    editor.addLongText(QStringLiteral("notes"), tr("&Notes:"), &ProgrammeEvent::notes);
    editor.finish();
    if (editor.exec() != QDialog::Accepted)
        return false;
    m_eventModel->reload();
    m_events->selectId(editor.saved().meta.id);
    return true;
}
