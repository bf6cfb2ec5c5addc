#include "StakeholderEditor.h"
#include "Clock.h"
#include "Database.h"
#include "DateEdit.h"
#include "Edits.h"
#include "EngagementEditor.h"
#include "EngagementRepository.h"
#include "FormSupport.h"
#include "LinkMissionsDialog.h"
#include "MissionRepository.h"
#include "Palette.h"
#include "Scales.h"
#include "StakeholderRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QSpinBox *scale(QWidget *parent, const char *name)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    // Below 1: not rated (or withheld by another organisation); Home or Page Down reaches it.
    spin->setRange(Scales::RatingMin - 1, Scales::RatingMax);
    spin->setSpecialValueText(StakeholderEditor::tr("Not rated"));
    return spin;
}

QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

StakeholderEditor::StakeholderEditor(Edits &edits, const Stakeholder &stakeholder, QWidget *parent,
                                     const QString &missionId)
    : EditorDialog(parent)
    , m_edits(edits)
    , m_stakeholder(stakeholder)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("stakeholderEditor"));
    const bool creating = stakeholder.meta.id.isEmpty();
    setWindowTitle(creating ? tr("New Stakeholder")
                            : tr("Stakeholder %1").arg(stakeholder.displayName()));
    m_tabs->setObjectName(QStringLiteral("stakeholderTabs"));
    m_tabs->addTab(createDetailsTab(missionId), tr("Details"));
    if (!creating) {
        m_tabs->addTab(createMissionsTab(), tr("Missions"));
        m_tabs->addTab(createEngagementsTab(), tr("Engagements"));
    }
    load(stakeholder);

    QDialogButtonBox *buttons = createButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(errorLabel());
    if (!creating) {
        // Links and engagements are saved as they are made; only the details wait for Save.
        auto *saved = new QLabel(tr("Missions and engagements added here are saved at once. Save "
                                    "keeps the changes to the details."),
                                 this);
        saved->setObjectName(QStringLiteral("savedAtOnceNote"));
        saved->setWordWrap(true);
        layout->addWidget(saved);
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    }
    layout->addWidget(buttons);
    m_name->setFocus();
    resize(std::max(sizeHint().width(), 820), std::max(sizeHint().height(), 600));
}

QWidget *StakeholderEditor::createDetailsTab(const QString &missionId)
{
    auto *tab = new QWidget(m_tabs);
    m_kind = new QComboBox(tab);
    m_kind->setObjectName(QStringLiteral("stakeholderKindCombo"));
    Form::fillCombo<StakeholderKind>(m_kind);
    m_name = new QLineEdit(tab);
    m_name->setObjectName(QStringLiteral("stakeholderNameEdit"));
    m_protected = new QCheckBox(tr("&Protect this name"), tab);
    m_protected->setObjectName(QStringLiteral("stakeholderProtectedCheck"));
    m_protected->setToolTip(tr("For someone at risk, such as a victim who reported a hate crime: "
                               "lists, the projector and exports show \"Protected\" and the type "
                               "instead of the name."));
    m_organisation = new QLineEdit(tab);
    m_organisation->setObjectName(QStringLiteral("stakeholderOrganisationEdit"));
    m_type = new QComboBox(tab);
    m_type->setObjectName(QStringLiteral("stakeholderTypeCombo"));
    Form::fillCombo<StakeholderType>(m_type);
    m_sex = new QComboBox(tab);
    m_sex->setObjectName(QStringLiteral("stakeholderSexCombo"));
    Form::fillCombo<Sex>(m_sex);
    // A group has no sex: the field waits, disabled, in case the kind goes back to a person.
    connect(m_kind, &QComboBox::currentIndexChanged, m_sex, [this] {
        const bool person =
            Form::comboValue(m_kind, StakeholderKind::Person) == StakeholderKind::Person;
        m_sex->setEnabled(person);
        m_sex->setToolTip(person ? QString()
                                 : tr("A group has no sex; its people are counted "
                                      "where they are trained"));
    });
    m_power = scale(tab, "stakeholderPowerSpin");
    m_interest = scale(tab, "stakeholderInterestSpin");
    m_trust = scale(tab, "stakeholderTrustSpin");
    m_attitude = new QComboBox(tab);
    m_attitude->setObjectName(QStringLiteral("stakeholderAttitudeCombo"));
    Form::fillCombo<Attitude>(m_attitude);
    m_attitude->addItem(tr("Not rated"), QString());
    m_quadrant = new QLabel(tab);
    m_quadrant->setObjectName(QStringLiteral("stakeholderQuadrantLabel"));
    m_positionAsOf = new DateEdit(tab);
    m_positionAsOf->setObjectName(QStringLiteral("stakeholderPositionAsOf"));
    m_positionAsOf->setValue(Clock::today());
    m_positionAsOf->setToolTip(tr("The day the position above stood: today, or an earlier day when "
                                  "it is entered after the fact. A changed position is kept in "
                                  "the stakeholder's history under this day."));
    m_email = new QLineEdit(tab);
    m_email->setObjectName(QStringLiteral("stakeholderEmailEdit"));
    m_phone = new QLineEdit(tab);
    m_phone->setObjectName(QStringLiteral("stakeholderPhoneEdit"));
    m_address = new QLineEdit(tab);
    m_address->setObjectName(QStringLiteral("stakeholderAddressEdit"));
    m_notes = new QPlainTextEdit(tab);
    m_notes->setObjectName(QStringLiteral("stakeholderNotesEdit"));
    m_notes->setTabChangesFocus(true);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_protected);
    auto *who = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), tab);
    nameLabel->setBuddy(m_name);
    who->addRow(tr("&Kind:"), m_kind);
    who->addRow(nameLabel, nameRow);
    who->addRow(tr("&Organisation:"), m_organisation);
    who->addRow(tr("&Type:"), m_type);
    who->addRow(tr("Se&x:"), m_sex);

    auto *position = new QFormLayout;
    position->addRow(tr("Po&wer (1-5):"), m_power);
    position->addRow(tr("&Interest (1-5):"), m_interest);
    position->addRow(tr("&Attitude:"), m_attitude);
    position->addRow(tr("Tr&ust (1-5):"), m_trust);
    position->addRow(tr("Position as o&f:"), m_positionAsOf);
    position->addRow(tr("Quadrant:"), m_quadrant);

    auto *contact = new QGroupBox(tr("Contact details — sensitive: never shown on the projector "
                                     "or exported unless you choose to"),
                                  tab);
    contact->setObjectName(QStringLiteral("contactGroup"));
    auto *contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("E-&mail:"), m_email);
    contactForm->addRow(tr("P&hone:"), m_phone);
    contactForm->addRow(tr("A&ddress:"), m_address);

    auto *columns = new QHBoxLayout;
    columns->addLayout(who, 3);
    columns->addSpacing(24);
    columns->addLayout(position, 2);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(columns);
    layout->addWidget(contact);
    auto *notesLabel = new QLabel(tr("Not&es:"), tab);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);

    if (m_stakeholder.meta.id.isEmpty()) {
        m_linkMission = new QComboBox(tab);
        m_linkMission->setObjectName(QStringLiteral("stakeholderLinkMissionCombo"));
        m_linkMission->addItem(tr("No mission yet"), QString());
        for (const Mission &m : MissionRepository(m_edits.database()).all()) {
            if (!m.archived)
                m_linkMission->addItem(tr("%1 — %2").arg(m.code, m.title), m.meta.id);
        }
        m_linkMission->setCurrentIndex(std::max(0, m_linkMission->findData(missionId)));
        m_linkRole = new QLineEdit(tab);
        m_linkRole->setObjectName(QStringLiteral("stakeholderLinkRoleEdit"));
        m_linkRole->setPlaceholderText(tr("Role in the mission, e.g. MoU signatory"));
        auto *link = new QFormLayout;
        link->addRow(tr("&Link to mission:"), m_linkMission);
        link->addRow(tr("&Role:"), m_linkRole);
        layout->addLayout(link);
    }

    const QHash<QString, QWidget *> fields = {
        {QStringLiteral("name"), m_name},   {QStringLiteral("organisation"), m_organisation},
        {QStringLiteral("power"), m_power}, {QStringLiteral("interest"), m_interest},
        {QStringLiteral("trust"), m_trust}, {QStringLiteral("email"), m_email},
        {QStringLiteral("phone"), m_phone}, {QStringLiteral("address"), m_address},
        {QStringLiteral("notes"), m_notes}, {QStringLiteral("positionAsOf"), m_positionAsOf},
    };
    setFields(fields);
    const QList<QWidget *> order {m_kind,         m_name,  m_protected, m_organisation, m_type,
                                  m_sex,          m_power, m_interest,  m_attitude,     m_trust,
                                  m_positionAsOf, m_email, m_phone,     m_address,      m_notes};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    for (QLineEdit *line : {m_name, m_organisation, m_email, m_phone, m_address}) {
        const QString field = fields.key(line);
        connect(line, &QLineEdit::textEdited, this, [this, field] { changed(field); });
    }
    for (QSpinBox *spin : {m_power, m_interest, m_trust}) {
        const QString field = fields.key(spin);
        connect(spin, &QSpinBox::valueChanged, this, [this, field] { changed(field); });
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { changed(QStringLiteral("notes")); });
    connect(m_positionAsOf, &DateEdit::edited, this,
            [this] { changed(QStringLiteral("positionAsOf")); });
    return tab;
}

QWidget *StakeholderEditor::createMissionsTab()
{
    auto *tab = new QWidget(m_tabs);
    m_links = table(tab, "linksTable", {tr("Mission"), tr("Title"), tr("Role")});
    m_addMission = new QComboBox(tab);
    m_addMission->setObjectName(QStringLiteral("addLinkMissionCombo"));
    for (const Mission &m : MissionRepository(m_edits.database()).all())
        m_addMission->addItem(tr("%1 — %2").arg(m.code, m.title), m.meta.id);
    m_addRole = new QLineEdit(tab);
    m_addRole->setObjectName(QStringLiteral("addLinkRoleEdit"));
    m_addRole->setPlaceholderText(tr("Role"));
    auto *add = new QPushButton(tr("&Link"), tab);
    add->setObjectName(QStringLiteral("addLinkButton"));
    auto *remove = new QPushButton(tr("&Unlink"), tab);
    remove->setObjectName(QStringLiteral("removeLinkButton"));
    auto *several = new QPushButton(tr("Link to Se&veral…"), tab);
    several->setObjectName(QStringLiteral("linkSeveralButton"));
    several->setToolTip(tr("Tick several missions and link them all at once, in one role: one "
                           "step to undo"));
    connect(several, &QPushButton::clicked, this, &StakeholderEditor::linkSeveral);
    auto *role = new QPushButton(tr("Change &Role…"), tab);
    role->setObjectName(QStringLiteral("changeRoleButton"));
    connect(role, &QPushButton::clicked, this, [this] { changeRole(); });
    connect(m_links, &QTableWidget::itemActivated, this, [this] { changeRole(); });
    connect(add, &QPushButton::clicked, this, &StakeholderEditor::addLink);
    connect(m_addRole, &QLineEdit::returnPressed, this, &StakeholderEditor::addLink);
    connect(remove, &QPushButton::clicked, this, &StakeholderEditor::removeLink);

    auto *row = new QHBoxLayout;
    row->addWidget(m_addMission, 2);
    row->addWidget(m_addRole, 1);
    row->addWidget(add);
    row->addWidget(several);
    row->addWidget(role);
    row->addWidget(remove);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Each change here is saved at once and can be undone."), tab));
    layout->addWidget(m_links, 1);
    layout->addLayout(row);
    refreshLinks();
    return tab;
}

QWidget *StakeholderEditor::createEngagementsTab()
{
    auto *tab = new QWidget(m_tabs);
    m_engagements = table(tab, "engagementsTable",
                          {tr("Date"), tr("Type"), tr("Mission"), tr("Purpose"), tr("Follow-up")});
    auto *log = new QPushButton(tr("&Log Engagement…"), tab);
    log->setObjectName(QStringLiteral("logEngagementButton"));
    auto *edit = new QPushButton(tr("Ed&it…"), tab);
    auto *remove = new QPushButton(tr("&Delete"), tab);
    connect(log, &QPushButton::clicked, this, &StakeholderEditor::logEngagement);
    connect(edit, &QPushButton::clicked, this, &StakeholderEditor::editEngagement);
    connect(remove, &QPushButton::clicked, this, &StakeholderEditor::deleteEngagement);
    connect(m_engagements, &QTableWidget::itemActivated, this, &StakeholderEditor::editEngagement);
    auto *row = new QHBoxLayout;
    row->addWidget(log);
    row->addWidget(edit);
    row->addWidget(remove);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_engagements, 1);
    layout->addLayout(row);
    refreshEngagements();
    return tab;
}

void StakeholderEditor::load(const Stakeholder &s)
{
    Form::setComboValue(m_kind, s.kind);
    m_name->setText(s.name);
    m_protected->setChecked(s.nameProtected);
    m_organisation->setText(s.organisation);
    Form::setComboValue(m_type, s.type);
    Form::setComboValue(m_sex, s.sex);
    m_power->setValue(s.power);
    m_interest->setValue(s.interest);
    if (s.attitude)
        Form::setComboValue(m_attitude, *s.attitude);
    else
        m_attitude->setCurrentIndex(m_attitude->count() - 1);
    m_trust->setValue(s.trust);
    // A field another organisation's redacted handover withheld says so while it is empty.
    const auto withheld = [&s](const char *column) {
        return s.withheld.contains(QLatin1String(column));
    };
    for (const auto &[spin, column] :
         {std::pair {m_power, "power"}, std::pair {m_interest, "interest"},
          std::pair {m_trust, "trust"}})
        spin->setSpecialValueText(withheld(column) ? tr("Withheld") : tr("Not rated"));
    m_attitude->setItemText(m_attitude->count() - 1,
                            withheld("attitude") ? tr("Withheld") : tr("Not rated"));
    const QString handedOver = tr("Withheld by the organisation that handed this record over");
    for (const auto &[edit, column] : {std::pair {m_email, "email"}, std::pair {m_phone, "phone"},
                                       std::pair {m_address, "address"}})
        edit->setPlaceholderText(withheld(column) ? handedOver : QString());
    m_notes->setPlaceholderText(withheld("notes") ? handedOver : QString());
    m_email->setText(s.email);
    m_phone->setText(s.phone);
    m_address->setText(s.address);
    m_notes->setPlainText(s.notes);
    m_quadrant->setText(s.placed() ? enumLabel(s.quadrant()) : Stakeholder::ratingText(0));
}

Stakeholder StakeholderEditor::value() const
{
    Stakeholder s = m_stakeholder;
    s.kind = Form::comboValue(m_kind, StakeholderKind::Person);
    s.name = m_name->text().trimmed();
    s.nameProtected = m_protected->isChecked();
    s.organisation = m_organisation->text().trimmed();
    s.type = Form::comboValue(m_type, StakeholderType::CivilSociety);
    s.sex = Form::comboValue(m_sex, Sex::NotRecorded);
    s.power = m_power->value();
    s.interest = m_interest->value();
    s.attitude = enumFromCode<Attitude>(m_attitude->currentData().toString());
    s.trust = m_trust->value();
    s.email = m_email->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.address = m_address->text().trimmed();
    s.notes = m_notes->toPlainText();
    s.positionAsOf = m_positionAsOf->value();
    return s;
}

void StakeholderEditor::changed(const QString &field)
{
    const Stakeholder s = value();
    m_quadrant->setText(s.placed() ? enumLabel(s.quadrant()) : Stakeholder::ratingText(0));
    touch(field, s.validate());
}

void StakeholderEditor::accept()
{
    Stakeholder edited = value();
    const QString missionId = m_linkMission ? m_linkMission->currentData().toString() : QString();
    const auto save = [this, &edited, missionId](QString *failure) {
        if (missionId.isEmpty())
            return m_edits.saveStakeholder(edited, failure);
        // A new stakeholder and its first link: one command, one step to undo, all or nothing.
        QList<Edits::NewStakeholder> rows {{edited, m_linkRole->text().trimmed(), 0}};
        if (!m_edits.addStakeholders(rows, missionId,
                                     tr("Add stakeholder %1").arg(edited.displayName()), failure))
            return false;
        edited = rows.constFirst().stakeholder;
        return true;
    };
    if (!checkAndSave(edited.validate(), save))
        return;
    m_stakeholder = edited;
    QDialog::accept();
}

void StakeholderEditor::refreshLinks()
{
    if (!m_links)
        return;
    QHash<QString, Mission> missions;
    for (const Mission &m : MissionRepository(m_edits.database()).all())
        missions.insert(m.meta.id, m);
    const QList<StakeholderLink> links =
        StakeholderRepository(m_edits.database()).linksForStakeholder(m_stakeholder.meta.id);
    m_links->setRowCount(static_cast<int>(links.size()));
    for (int row = 0; row < links.size(); ++row) {
        const StakeholderLink &link = links.at(row);
        const Mission mission = missions.value(link.missionId);
        auto *code = new QTableWidgetItem(mission.code);
        code->setData(Qt::UserRole, link.meta.id);
        m_links->setItem(row, 0, code);
        m_links->setItem(row, 1, new QTableWidgetItem(mission.title));
        m_links->setItem(row, 2, new QTableWidgetItem(link.role));
    }
    m_links->resizeColumnsToContents();
}

QList<QPair<QString, QString>> StakeholderEditor::linkedMissions() const
{
    QList<QPair<QString, QString>> result;
    QHash<QString, Mission> missions;
    for (const Mission &m : MissionRepository(m_edits.database()).all())
        missions.insert(m.meta.id, m);
    for (const StakeholderLink &link :
         StakeholderRepository(m_edits.database()).linksForStakeholder(m_stakeholder.meta.id)) {
        const Mission m = missions.value(link.missionId);
        result.append({m.meta.id, tr("%1 — %2").arg(m.code, m.title)});
    }
    return result;
}

void StakeholderEditor::addLink()
{
    StakeholderLink link;
    link.missionId = m_addMission->currentData().toString();
    link.stakeholderId = m_stakeholder.meta.id;
    link.role = m_addRole->text().trimmed();
    QString failure;
    if (!m_edits.saveLink(link, &failure)) {
        QMessageBox::warning(this, tr("Link"), failure);
        return;
    }
    m_addRole->clear();
    refreshLinks();
}

void StakeholderEditor::linkSeveral()
{
    QSet<QString> linked;
    for (const StakeholderLink &link :
         StakeholderRepository(m_edits.database()).linksForStakeholder(m_stakeholder.meta.id))
        linked.insert(link.missionId);
    QList<Mission> free;
    for (const Mission &m : MissionRepository(m_edits.database()).all()) {
        if (!linked.contains(m.meta.id))
            free.append(m);
    }
    if (free.isEmpty()) {
        QMessageBox::information(this, tr("Link to Missions"),
                                 tr("This stakeholder is linked to every mission already."));
        return;
    }
    // The links are made from the dialog: a refusal (a role too long) is shown there, with what
    // was ticked and typed kept for mending.
    LinkMissionsDialog pick(free, this);
    pick.setLink([this](const QStringList &missionIds, const QString &role) {
        QString failure;
        m_edits.linkToMissions(m_stakeholder.meta.id, missionIds, role, &failure);
        return failure;
    });
    pick.exec();
    refreshLinks();
}

void StakeholderEditor::removeLink()
{
    const int row = m_links->currentRow();
    if (row < 0)
        return;
    QString failure;
    if (!m_edits.deleteLink(m_links->item(row, 0)->data(Qt::UserRole).toString(), &failure))
        QMessageBox::warning(this, tr("Unlink"), failure);
    refreshLinks();
}

void StakeholderEditor::changeRole(const QString &role)
{
    const int row = m_links->currentRow();
    if (row < 0)
        return;
    const QString linkId = m_links->item(row, 0)->data(Qt::UserRole).toString();
    QString newRole = role;
    if (newRole.isEmpty()) {
        bool ok = false;
        newRole = QInputDialog::getText(this, tr("Change Role"),
                                        tr("Role in %1:").arg(m_links->item(row, 0)->text()),
                                        QLineEdit::Normal, m_links->item(row, 2)->text(), &ok);
        if (!ok)
            return;
    }
    for (StakeholderLink link :
         StakeholderRepository(m_edits.database()).linksForStakeholder(m_stakeholder.meta.id)) {
        if (link.meta.id != linkId)
            continue;
        link.role = newRole.trimmed();
        QString failure;
        if (!m_edits.saveLink(link, &failure))
            QMessageBox::warning(this, tr("Change Role"), failure);
    }
    refreshLinks();
}

void StakeholderEditor::refreshEngagements()
{
    if (!m_engagements)
        return;
    QHash<QString, QString> codes;
    for (const Mission &m : MissionRepository(m_edits.database()).all())
        codes.insert(m.meta.id, m.code);
    const QDate today = Clock::today();
    const QList<Engagement> log =
        EngagementRepository(m_edits.database()).forStakeholder(m_stakeholder.meta.id);
    m_engagements->setRowCount(static_cast<int>(log.size()));
    for (int row = 0; row < log.size(); ++row) {
        const Engagement &e = log.at(row);
        auto *date = new QTableWidgetItem(e.date.toString(Qt::ISODate));
        date->setData(Qt::UserRole, e.meta.id);
        m_engagements->setItem(row, 0, date);
        m_engagements->setItem(row, 1, new QTableWidgetItem(enumLabel(e.type)));
        m_engagements->setItem(row, 2, new QTableWidgetItem(codes.value(e.missionId)));
        m_engagements->setItem(row, 3, new QTableWidgetItem(e.purpose));
        QString followUp;
        if (e.followUpDate.isValid()) {
            followUp = e.followUpDone ? tr("%1, done").arg(e.followUpDate.toString(Qt::ISODate))
                                      : e.followUpDate.toString(Qt::ISODate);
        }
        auto *follow = new QTableWidgetItem(followUp);
        if (e.followUpOverdue(today)) {
            follow->setText(tr("%1 — overdue").arg(followUp));
            follow->setForeground(Palette::Vermillion.darker(120));
            QFont bold = follow->font();
            bold.setBold(true);
            follow->setFont(bold);
        }
        m_engagements->setItem(row, 4, follow);
    }
    m_engagements->resizeColumnsToContents();
}

QString StakeholderEditor::currentEngagementId() const
{
    const int row = m_engagements ? m_engagements->currentRow() : -1;
    return row >= 0 ? m_engagements->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void StakeholderEditor::logEngagement()
{
    Engagement e;
    e.stakeholderId = m_stakeholder.meta.id;
    e.date = Clock::today();
    const QList<QPair<QString, QString>> missions = linkedMissions();
    if (!missions.isEmpty())
        e.missionId = missions.constFirst().first;
    EngagementEditor editor(m_edits, e, missions, this);
    if (editor.exec() == QDialog::Accepted)
        refreshEngagements();
}

void StakeholderEditor::editEngagement()
{
    const std::optional<Engagement> e =
        EngagementRepository(m_edits.database()).find(currentEngagementId());
    if (!e)
        return;
    EngagementEditor editor(m_edits, *e, linkedMissions(), this);
    if (editor.exec() == QDialog::Accepted)
        refreshEngagements();
}

void StakeholderEditor::deleteEngagement()
{
    const QString id = currentEngagementId();
    if (id.isEmpty())
        return;
    QString failure;
    if (!m_edits.deleteEngagement(id, &failure))
        QMessageBox::warning(this, tr("Delete Engagement"), failure);
    refreshEngagements();
}
