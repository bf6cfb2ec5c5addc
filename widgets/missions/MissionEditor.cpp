#include "MissionEditor.h"
#include "Clock.h"
#include "Database.h"
#include "DateEdit.h"
#include "Dates.h"
#include "Edits.h"
#include "EngagementEditor.h"
#include "EngagementRepository.h"
#include "FormSupport.h"
#include "MissionRepository.h"
#include "Palette.h"
#include "ProgrammeRepository.h"
#include "RecordListPanel.h"
#include "RiskEditing.h"
#include "RiskRepository.h"
#include "Settings.h"
#include "SitesEditor.h"
#include "StageForms.h"
#include "StageNavigator.h"
#include "StakeholderRepository.h"
#include "TableModel.h"
#include "TimelineChart.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

#include <cmath>

MissionEditor::MissionEditor(Edits &edits, const Mission &mission, QWidget *parent)
    : EditorDialog(parent)
    , m_edits(edits)
    , m_mission(mission)
    , m_code(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_programme(new QComboBox(this))
    , m_sites(nullptr)
    , m_lead(new QLineEdit(this))
    , m_counterpart(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_start(new DateEdit(this))
    , m_end(new DateEdit(this))
    , m_mouStatus(new QComboBox(this))
    , m_mouDate(new DateEdit(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_context(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_predecessors(new QListWidget(this))
    , m_outcomeOn(new DateEdit(this))
    , m_outcomeNote(new QLineEdit(this))
    , m_handover(new QPlainTextEdit(this))
    , m_archived(new QCheckBox(tr("Archi&ved (hidden from the missions list)"), this))
{
    setObjectName(QStringLiteral("missionEditor"));
    setWindowTitle(mission.meta.id.isEmpty() ? tr("New Mission")
                                             : tr("Mission %1").arg(mission.code));

    const QList<QPair<QWidget *, const char *>> names {
        {m_code, "missionCodeEdit"},
        {m_title, "missionTitleEdit"},
        {m_programme, "missionProgrammeCombo"},
        {m_lead, "missionLeadEdit"},
        {m_counterpart, "missionCounterpartEdit"},
        {m_status, "missionStatusCombo"},
        {m_stage, "missionStageCombo"},
        {m_start, "missionStartEdit"},
        {m_end, "missionEndEdit"},
        {m_mouStatus, "missionMouStatusCombo"},
        {m_mouDate, "missionMouDateEdit"},
        {m_budget, "missionBudgetEdit"},
        {m_currency, "missionCurrencyCombo"},
        {m_context, "missionContextCombo"},
        {m_outcome, "missionOutcomeCombo"},
        {m_predecessors, "missionPredecessorsList"},
        {m_outcomeOn, "missionOutcomeDateEdit"},
        {m_outcomeNote, "missionOutcomeNoteEdit"},
        {m_handover, "missionHandoverEdit"},
        {m_archived, "missionArchivedCheck"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));

    m_fields = {
        {QStringLiteral("code"), m_code},
        {QStringLiteral("title"), m_title},
        {QStringLiteral("programmeId"), m_programme},
        {QStringLiteral("leadOrganisation"), m_lead},
        {QStringLiteral("nationalCounterpart"), m_counterpart},
        {QStringLiteral("startDate"), m_start},
        {QStringLiteral("endDate"), m_end},
        {QStringLiteral("mouDate"), m_mouDate},
        {QStringLiteral("budgetMinor"), m_budget},
        {QStringLiteral("currency"), m_currency},
        {QStringLiteral("predecessorIds"), m_predecessors},
        {QStringLiteral("outcomeOn"), m_outcomeOn},
        {QStringLiteral("outcomeNote"), m_outcomeNote},
        {QStringLiteral("handoverNotes"), m_handover},
        {QStringLiteral("outcome"), m_outcome},
    };
    setFields(m_fields);

    m_code->setMaxLength(Limits::Code);
    m_code->setPlaceholderText(tr("e.g. HR-HC-02"));
    m_title->setPlaceholderText(tr("What the mission is for, in a few words"));
    Form::fillCombo<MissionStatus>(m_status);
    Form::fillCombo<Stage>(m_stage);
    Form::fillCombo<MouStatus>(m_mouStatus);
    Form::fillCombo<MissionContext>(m_context);
    Form::fillCombo<MissionOutcome>(m_outcome);
    m_budget->setRange(-0.01, 1e12);
    m_budget->setDecimals(2);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setSpecialValueText(tr("Not set"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("CHF"),
                          QStringLiteral("GBP"), QStringLiteral("PLN"), QStringLiteral("BAM"),
                          QStringLiteral("RSD")});
    m_handover->setTabChangesFocus(true);
    m_handover->setPlaceholderText(
        tr("What the next team must know: open cases, contacts, lessons learned"));

    // Completion from the countries and organisations already in the portfolio.
    QSet<QString> organisations;
    for (const Mission &other : MissionRepository(edits.database()).all()) {
        organisations.insert(other.leadOrganisation);
        if (other.meta.id == mission.meta.id)
            continue;
        auto *item =
            new QListWidgetItem(tr("%1 — %2").arg(other.code, other.title), m_predecessors);
        item->setData(Qt::UserRole, other.meta.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_predecessors->setToolTip(tr("Tick every mission this one took over from: their handover "
                                  "notes and lessons are this one's starting point."));
    m_predecessors->setMaximumHeight(m_predecessors->sizeHintForRow(0) * 4 + 8);
    m_programme->addItem(tr("None (a mission on its own)"), QString());
    for (const Programme &p : ProgrammeRepository(edits.database()).all())
        m_programme->addItem(p.label(), p.meta.id);
    // A programme deleted since stays named, so that a save does not drop the mission from it
    // (undoing the deletion brings it back whole).
    if (!mission.programmeId.isEmpty() && m_programme->findData(mission.programmeId) < 0) {
        const std::optional<Programme> gone =
            Repository<Programme>(edits.database()).findAny(mission.programmeId);
        m_programme->addItem(tr("%1 (deleted)").arg(gone ? gone->label() : mission.programmeId),
                             mission.programmeId);
    }
    m_sites = new SitesEditor(MissionRepository(edits.database()).countries(), this);
    m_fields.insert(QStringLiteral("sites"), m_sites);
    setFields(m_fields);
    m_outcomeNote->setPlaceholderText(tr("How it ended, in a sentence"));
    auto completer = [this](const QSet<QString> &values) {
        QStringList list(values.cbegin(), values.cend());
        list.removeAll(QString());
        list.sort(Qt::CaseInsensitive);
        auto *c = new QCompleter(list, this);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setFilterMode(Qt::MatchContains);
        return c;
    };
    m_lead->setCompleter(completer(organisations));

    auto *left = new QFormLayout;
    left->addRow(tr("C&ode:"), m_code);
    left->addRow(tr("&Title:"), m_title);
    left->addRow(tr("Part o&f programme:"), m_programme);
    left->addRow(tr("&Lead organisation:"), m_lead);
    left->addRow(tr("&National counterpart:"), m_counterpart);
    left->addRow(tr("Conte&xt:"), m_context);
    left->addRow(tr("&Predecessors:"), m_predecessors);

    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_currency);
    auto *right = new QFormLayout;
    right->addRow(tr("St&atus:"), m_status);
    right->addRow(tr("Current sta&ge:"), m_stage);
    right->addRow(tr("Sta&rt date:"), m_start);
    right->addRow(tr("&End date:"), m_end);
    right->addRow(tr("&MoU:"), m_mouStatus);
    right->addRow(tr("MoU &date:"), m_mouDate);
    right->addRow(tr("O&utcome:"), m_outcome);
    right->addRow(tr("Outcome &known on:"), m_outcomeOn);
    right->addRow(tr("Ho&w it ended:"), m_outcomeNote);
    auto *budgetLabel = new QLabel(tr("&Budget:"), this);
    budgetLabel->setBuddy(m_budget);
    right->addRow(budgetLabel, budgetRow);

    QDialogButtonBox *buttons = createButtons();

    auto *details = new QWidget(this);
    auto *grid = new QGridLayout(details);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setHorizontalSpacing(24);
    auto *sitesLabel = new QLabel(tr("S&ites:"), this);
    sitesLabel->setBuddy(m_sites);
    grid->addWidget(sitesLabel, 1, 0, 1, 2);
    grid->addWidget(m_sites, 2, 0, 1, 2);
    auto *handoverLabel = new QLabel(tr("&Handover notes:"), this);
    handoverLabel->setBuddy(m_handover);
    grid->addWidget(handoverLabel, 3, 0, 1, 2);
    grid->addWidget(m_handover, 4, 0, 1, 2);
    grid->addWidget(m_archived, 5, 0, 1, 2);
    grid->setRowStretch(2, 1);
    grid->setRowStretch(4, 1);

    auto *outer = new QVBoxLayout(this);
    if (mission.meta.id.isEmpty()) {
        outer->addWidget(details, 1);
    } else {
        // An existing mission also shows who is involved and every contact with them.
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("missionTabs"));
        Form::focusPageOnClick(m_tabs);
        m_stages = new StageNavigator(edits, mission.meta.id, this);
        m_tabs->addTab(m_stages, tr("Stages"));
        m_tabs->addTab(new TimelineChart(edits.database(), mission.meta.id, this), tr("Timeline"));
        m_tabs->addTab(StageForms::indicators(edits, mission.meta.id, this), tr("Indicators"));
        // On a small screen the details scroll rather than push the buttons off it.
        auto *scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("missionDetailsScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(details);
        m_tabs->addTab(scroll, tr("Details"));
        // Stages change on the Stages tab, where the exit criteria are checked.
        m_stage->setEnabled(false);
        m_stage->setToolTip(tr("Move between stages on the Stages tab."));
        connect(m_stages, &StageNavigator::currentStageChanged, this, [this](Stage stage) {
            m_mission.currentStage = stage;
            Form::setComboValue(m_stage, stage);
        });
        // The Stages tab saves the mission too (a stage move, a target, the curriculum flag):
        // what this form does not show, and the version, follow the store, so Save neither
        // writes the old values back nor is refused as if another window had changed it.
        connect(&edits.database(), &Database::recordsChanged, this, [this](RecordKinds kinds) {
            if (!kinds.contains(RecordKind::Mission))
                return;
            if (const std::optional<Mission> fresh =
                    MissionRepository(m_edits.database()).find(m_mission.meta.id))
                m_mission = *fresh;
        });
        m_tabs->addTab(createPeopleTab(), tr("Stakeholders"));
        m_tabs->addTab(createEngagementsTab(), tr("Engagements"));
        m_tabs->addTab(createRisksTab(), tr("Risks"));
        outer->addWidget(m_tabs, 1);
        // The records of the other tabs are saved as they are added; only the details wait for
        // Save, so leaving without it is closing, not cancelling.
        auto *saved = new QLabel(tr("Records added on the other tabs are saved at once. Save "
                                    "keeps the changes to the details."),
                                 this);
        saved->setObjectName(QStringLiteral("savedAtOnceNote"));
        saved->setWordWrap(true);
        outer->addWidget(saved);
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    }
    outer->addWidget(errorLabel());
    outer->addWidget(buttons);

    load(mission);

    // Tab order follows the reading order: the left column, then the right, then the notes.
    const QList<QWidget *> order {
        m_code,         m_title,    m_programme, m_lead,        m_counterpart, m_context,
        m_predecessors, m_status,   m_stage,     m_start,       m_end,         m_mouStatus,
        m_mouDate,      m_outcome,  m_outcomeOn, m_outcomeNote, m_budget,      m_currency,
        m_sites,        m_handover, m_archived};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    auto watch = [this](QWidget *widget, const QString &field) {
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            connect(line, &QLineEdit::textEdited, this, [this, field] { touch(field); });
        else if (auto *date = qobject_cast<DateEdit *>(widget))
            connect(date, &DateEdit::edited, this, [this, field] { touch(field); });
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            connect(combo, &QComboBox::currentTextChanged, this, [this, field] { touch(field); });
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field] { touch(field); });
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            connect(text, &QPlainTextEdit::textChanged, this, [this, field] { touch(field); });
        else if (auto *list = qobject_cast<QListWidget *>(widget))
            connect(list, &QListWidget::itemChanged, this, [this, field] { touch(field); });
        else if (auto *sites = qobject_cast<SitesEditor *>(widget))
            connect(sites, &SitesEditor::edited, this, [this, field] { touch(field); });
    };
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        watch(it.value(), it.key());
    // A signed MoU needs its date: changing the status re-checks the date field.
    connect(m_mouStatus, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("mouDate")); });
    connect(m_start, &DateEdit::edited, this, [this] { touch(QStringLiteral("endDate")); });
    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("outcomeOn")); });

    m_code->setFocus();
    resize(std::max(sizeHint().width(), 860), std::max(sizeHint().height(), 560));
    if (m_tabs) {
        // The stages, needs and modules want room: most of the screen, on a laptop too.
        const QRect available = screen()->availableGeometry();
        resize(std::min(available.width() * 9 / 10, 1280),
               std::min(available.height() * 9 / 10, 860));
    }
}

QWidget *MissionEditor::createPeopleTab()
{
    auto *tab = new QWidget(this);
    auto *table = new QTableWidget(tab);
    table->setObjectName(QStringLiteral("missionStakeholdersTable"));
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Type"), tr("Role")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    StakeholderRepository stakeholders(m_edits.database());
    QHash<QString, QString> roles;
    for (const StakeholderLink &link : stakeholders.linksForMission(m_mission.meta.id))
        roles.insert(link.stakeholderId, link.role);
    const QList<Stakeholder> people = stakeholders.forMission(m_mission.meta.id);
    table->setRowCount(static_cast<int>(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const Stakeholder &s = people.at(row);
        table->setItem(row, 0, new QTableWidgetItem(s.displayName()));
        table->setItem(row, 1, new QTableWidgetItem(s.organisation));
        table->setItem(row, 2, new QTableWidgetItem(enumLabel(s.type)));
        table->setItem(row, 3, new QTableWidgetItem(roles.value(s.meta.id)));
    }
    table->resizeColumnsToContents();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Link stakeholders to this mission from their own record, on "
                                    "the Stakeholders page."),
                                 tab));
    layout->addWidget(table, 1);
    return tab;
}

QWidget *MissionEditor::createRisksTab()
{
    // The mission's own risks, with the Risks page's editor; the register as a whole, its
    // filters and each risk's actions and history stay on that page.
    using Column = ListTableModel<Risk>::Column;
    const RiskBandLimits bands = SettingsRepository(m_edits.database()).riskBands();
    const QString missionId = m_mission.meta.id;
    Edits &edits = m_edits;
    auto *model = new ListTableModel<Risk>(
        {Column([] { return tr("Risk"); }, [](const Risk &r) { return r.title; })
             .tip([](const Risk &r) { return r.description; }),
         Column([] { return tr("Category"); }, [](const Risk &r) { return enumLabel(r.category); }),
         Column([] { return tr("Owner"); }, [](const Risk &r) { return r.owner; }),
         Column([] { return tr("Score"); }, [](const Risk &r) { return r.score(); }).centred(),
         Column([] { return tr("Rating"); },
                [bands](const Risk &r) {
                    return enumLabel(riskBand(r.score(), bands.mediumFrom, bands.highFrom));
                })
             .sortBy([](const Risk &r) { return r.score(); }),
         Column([] { return tr("Review"); }, [](const Risk &r) { return isoDate(r.reviewDate); })
             .centred(),
         Column([] { return tr("State"); }, [](const Risk &r) { return enumLabel(r.state); })},
        [&edits, missionId] { return RiskRepository(edits.database()).forMission(missionId); });
    auto *panel = new RecordListPanel(tr("Risks of this mission"), model, this);
    model->setParent(panel);
    panel->setObjectName(QStringLiteral("missionRisks"));
    const auto update = [panel, model] {
        model->reload();
        int open = 0;
        for (const Risk &r : model->rows())
            open += r.isOpen() ? 1 : 0;
        panel->setSummary(
            tr("%n open risk(s) of %1. The Risks page has every risk, with its actions and "
               "history.",
               nullptr, open)
                .arg(model->rowCount()));
    };
    update();
    panel->setReloader(update);
    connect(&edits.database(), &Database::recordsChanged, panel, [update](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Risk, RecordKind::Setting}))
            update();
    });
    connect(panel, &RecordListPanel::addRequested, panel, [panel, &edits, missionId] {
        const QString saved =
            RiskEditing::edit(edits, RiskEditing::blank(missionId), tr("New Risk"), panel);
        if (!saved.isEmpty())
            panel->selectId(saved);
    });
    connect(panel, &RecordListPanel::editRequested, panel, [panel, &edits](const QString &id) {
        if (const std::optional<Risk> risk = RiskEditing::forEditing(edits, id)) {
            const QString saved = RiskEditing::edit(edits, *risk, tr("Edit Risk"), panel);
            if (!saved.isEmpty())
                panel->selectId(saved);
        }
    });
    connect(panel, &RecordListPanel::deleteRequested, panel,
            [panel, &edits](const QString &id) { RiskEditing::remove(edits, id, panel); });
    return panel;
}

QWidget *MissionEditor::createEngagementsTab()
{
    auto *tab = new QWidget(this);
    m_engagements = new QTableWidget(tab);
    m_engagements->setObjectName(QStringLiteral("missionEngagementsTable"));
    m_engagements->setColumnCount(5);
    m_engagements->setHorizontalHeaderLabels(
        {tr("Date"), tr("Stakeholder"), tr("Type"), tr("Purpose"), tr("Follow-up")});
    m_engagements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_engagements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_engagements->verticalHeader()->hide();
    m_engagements->horizontalHeader()->setStretchLastSection(true);
    m_engagements->setAlternatingRowColors(true);
    m_engagementWith = new QComboBox(tab);
    m_engagementWith->setObjectName(QStringLiteral("engagementWithCombo"));
    for (const Stakeholder &s :
         StakeholderRepository(m_edits.database()).forMission(m_mission.meta.id))
        m_engagementWith->addItem(s.displayName(), s.meta.id);
    auto *log = new QPushButton(tr("&Log Engagement…"), tab);
    log->setObjectName(QStringLiteral("logEngagementButton"));
    log->setEnabled(m_engagementWith->count() > 0);
    connect(log, &QPushButton::clicked, this, &MissionEditor::logEngagement);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("With:"), tab));
    row->addWidget(m_engagementWith, 1);
    row->addWidget(log);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_engagements, 1);
    layout->addLayout(row);
    refreshEngagements();
    return tab;
}

void MissionEditor::refreshEngagements()
{
    if (!m_engagements)
        return;
    StakeholderRepository stakeholders(m_edits.database());
    const QList<Engagement> log =
        EngagementRepository(m_edits.database()).forMission(m_mission.meta.id);
    const QDate today = Clock::today();
    m_engagements->setRowCount(static_cast<int>(log.size()));
    for (int row = 0; row < log.size(); ++row) {
        const Engagement &e = log.at(row);
        const std::optional<Stakeholder> who = stakeholders.find(e.stakeholderId);
        m_engagements->setItem(row, 0, new QTableWidgetItem(e.date.toString(Qt::ISODate)));
        m_engagements->setItem(row, 1, new QTableWidgetItem(who ? who->displayName() : QString()));
        m_engagements->setItem(row, 2, new QTableWidgetItem(enumLabel(e.type)));
        m_engagements->setItem(row, 3, new QTableWidgetItem(e.purpose));
        auto *follow = new QTableWidgetItem(e.followUpDate.toString(Qt::ISODate));
        if (e.followUpOverdue(today)) {
            follow->setText(tr("%1 — overdue").arg(e.followUpDate.toString(Qt::ISODate)));
            follow->setForeground(Palette::Vermillion.darker(120));
            QFont bold = follow->font();
            bold.setBold(true);
            follow->setFont(bold);
        } else if (e.followUpDone && e.followUpDate.isValid()) {
            follow->setText(tr("%1, done").arg(e.followUpDate.toString(Qt::ISODate)));
        }
        m_engagements->setItem(row, 4, follow);
    }
    m_engagements->resizeColumnsToContents();
}

void MissionEditor::logEngagement()
{
    Engagement e;
    e.stakeholderId = m_engagementWith->currentData().toString();
    e.missionId = m_mission.meta.id;
    e.date = Clock::today();
    EngagementEditor editor(
        m_edits, e, {{m_mission.meta.id, tr("%1 — %2").arg(m_mission.code, m_mission.title)}},
        this);
    if (editor.exec() == QDialog::Accepted)
        refreshEngagements();
}

void MissionEditor::load(const Mission &m)
{
    m_code->setText(m.code);
    m_title->setText(m.title);
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(m.programmeId)));
    m_sites->setSites(m.sites);
    m_outcomeOn->setValue(m.outcomeOn);
    m_outcomeNote->setText(m.outcomeNote);
    m_lead->setText(m.leadOrganisation);
    m_counterpart->setText(m.nationalCounterpart);
    Form::setComboValue(m_status, m.status);
    Form::setComboValue(m_stage, m.currentStage);
    Form::setComboValue(m_mouStatus, m.mouStatus);
    Form::setComboValue(m_context, m.context);
    Form::setComboValue(m_outcome, m.outcome);
    m_start->setValue(m.startDate);
    m_end->setValue(m.endDate);
    m_mouDate->setValue(m.mouDate);
    m_budget->setValue(m.budgetMinor ? static_cast<double>(*m.budgetMinor) / 100.0
                                     : m_budget->minimum());
    m_currency->setCurrentText(m.currency);
    for (int i = 0; i < m_predecessors->count(); ++i) {
        QListWidgetItem *item = m_predecessors->item(i);
        item->setCheckState(m.predecessorIds.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_handover->setPlainText(m.handoverNotes);
    m_archived->setChecked(m.archived);
}

Mission MissionEditor::value() const
{
    Mission m = m_mission;
    m.code = m_code->text().trimmed();
    m.title = m_title->text().trimmed();
    m.programmeId = m_programme->currentData().toString();
    m.sites = m_sites->sites();
    m.outcomeOn = m_outcomeOn->value();
    m.outcomeNote = m_outcomeNote->text().trimmed();
    m.leadOrganisation = m_lead->text().trimmed();
    m.nationalCounterpart = m_counterpart->text().trimmed();
    m.status = Form::comboValue(m_status, MissionStatus::Planned);
    m.currentStage = Form::comboValue(m_stage, Stage::Consultation);
    m.mouStatus = Form::comboValue(m_mouStatus, MouStatus::None);
    m.context = Form::comboValue(m_context, MissionContext::Stable);
    m.outcome = Form::comboValue(m_outcome, MissionOutcome::Open);
    m.startDate = m_start->value();
    m.endDate = m_end->value();
    m.mouDate = m_mouDate->value();
    if (m_budget->value() < 0)
        m.budgetMinor.reset();
    else
        m.budgetMinor = static_cast<qint64>(std::llround(m_budget->value() * 100.0));
    m.currency = m_currency->currentText().trimmed().toUpper();
    // In the order stored (a list in another order would read as a change), new ones after.
    QStringList ticked;
    for (int i = 0; i < m_predecessors->count(); ++i) {
        if (m_predecessors->item(i)->checkState() == Qt::Checked)
            ticked.append(m_predecessors->item(i)->data(Qt::UserRole).toString());
    }
    m.predecessorIds.removeIf([&ticked](const QString &id) { return !ticked.contains(id); });
    for (const QString &id : std::as_const(ticked)) {
        if (!m.predecessorIds.contains(id))
            m.predecessorIds.append(id);
    }
    m.handoverNotes = m_handover->toPlainText();
    m.archived = m_archived->isChecked();
    return m;
}

void MissionEditor::touch(const QString &field)
{
    EditorDialog::touch(field, MissionRepository(m_edits.database()).check(value()));
}

void MissionEditor::accept()
{
    Mission edited = value();
    if (!checkAndSave(
            MissionRepository(m_edits.database()).check(edited),
            [this, &edited](QString *failure) { return m_edits.saveMission(edited, failure); }))
        return;
    m_mission = edited;
    QDialog::accept();
}

void MissionEditor::reveal(const RecordLink &link)
{
    if (!m_tabs || !m_stages)
        return;
    QString panelName;
    switch (link.kind) {
    case RecordLink::Kind::Stage:
        break;
    case RecordLink::Kind::Capacity:
        panelName = QStringLiteral("capacityAssessments");
        break;
    case RecordLink::Kind::Trainee:
        panelName = QStringLiteral("traineeRoster");
        break;
    case RecordLink::Kind::Indicator:
        panelName = QStringLiteral("indicatorList");
        break;
    case RecordLink::Kind::Risk:
    case RecordLink::Kind::Stakeholder:
        return; // they have pages of their own
    }
    if (link.kind == RecordLink::Kind::Trainee)
        m_stages->selectStage(Stage::TrainTheTrainer);
    else if (link.kind == RecordLink::Kind::Capacity)
        m_stages->selectStage(Stage::Orientation);
    else if (link.kind == RecordLink::Kind::Stage)
        m_stages->selectStage(link.stage);
    m_tabs->setCurrentWidget(m_stages);
    auto *panel = panelName.isEmpty() ? nullptr : findChild<RecordListPanel *>(panelName);
    if (!panel)
        return;
    // Bring forward every tab between this dialog and the panel.
    for (QWidget *child = panel; child && child != this; child = child->parentWidget()) {
        QWidget *stack = child->parentWidget();
        auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(child) >= 0)
            tabs->setCurrentWidget(child);
    }
    if (link.id.isEmpty())
        return;
    panel->selectId(link.id);
    if (panel->currentId() == link.id)
        QTimer::singleShot(0, panel->editAction(), &QAction::trigger);
}
