#include "WorkshopBoard.h"
#include "Clock.h"
#include "Curriculum.h"
#include "Database.h"
#include "Edits.h"
#include "NoteCards.h"
#include "StageRecords.h"
#include "Validation.h"
#include "WorkshopPlan.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

QList<WorkshopBoard::Column> WorkshopBoard::columnsFor(Stage stage)
{
    switch (stage) {
    case Stage::Consultation:
        return {{false, FindingKind::Concern, tr("Concerns")},
                {false, FindingKind::Expectation, tr("Expectations")},
                {false, FindingKind::Agreement, tr("Agreements")}};
    case Stage::Orientation:
        return {{false, FindingKind::Challenge, tr("Challenges")},
                {false, FindingKind::Opportunity, tr("Opportunities")},
                {true, FindingKind::Concern, tr("Needs")}};
    case Stage::Curriculum:
        return {{true, FindingKind::Concern, tr("Priorities (needs)")}};
    case Stage::TrainTheTrainer:
        return {{false, FindingKind::Concern, tr("Concerns")},
                {false, FindingKind::Agreement, tr("Agreements")}};
    case Stage::PostTraining:
        return {{false, FindingKind::Lesson, tr("Lessons learned")},
                {false, FindingKind::ResourceRequest, tr("Resources asked for")},
                {false, FindingKind::NextStep, tr("Next steps")}};
    }
    return {};
}

WorkshopBoard::WorkshopBoard(Edits &edits, const QString &missionId, Stage stage, int participants,
                             int dotsEach, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_missionId(missionId)
    , m_day(Clock::today())
    , m_columns(columnsFor(stage))
    , m_entry(new QLineEdit(this))
    , m_voter(new QLabel(this))
    , m_messageTimer(new QTimer(this))
    , m_participants(std::max(1, participants))
    , m_dotsEach(std::max(1, dotsEach))
{
    setObjectName(QStringLiteral("workshopBoard"));
    // Titles in one row, notes in the next, so every column's notes start at the same height.
    m_columnsLayout = new QGridLayout;
    m_columnsLayout->setHorizontalSpacing(10);
    m_columnsLayout->setVerticalSpacing(4);
    m_columnsLayout->setRowStretch(1, 1);
    for (int i = 0; i < m_columns.size(); ++i) {
        auto *header = new QLabel(this);
        header->setObjectName(QStringLiteral("boardHeader"));
        header->setWordWrap(true); // a narrow column's title wraps rather than being cut
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("boardColumn%1").arg(i));
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setResizeMode(QListView::Adjust);
        list->setSpacing(2);
        auto *cards = new NoteCards(list);
        list->setItemDelegate(cards);
        m_cards.append(cards);
        list->setAccessibleName(m_columns.at(i).title);
        list->installEventFilter(this);
        connect(list, &QListWidget::currentRowChanged, this, [this, i] {
            if (m_lists.at(i)->hasFocus())
                setCurrentColumn(i);
        });
        header->setBuddy(list);
        m_columnsLayout->addWidget(header, 0, i, Qt::AlignBottom);
        m_columnsLayout->addWidget(list, 1, i);
        m_columnsLayout->setColumnStretch(i, 1);
        m_lists.append(list);
        m_headers.append(header);
    }
    m_entry->setObjectName(QStringLiteral("noteEntry"));
    // No longer than a finding may be, so a note typed is always a note that can be saved.
    m_entry->setMaxLength(Limits::ShortText);
    m_entry->installEventFilter(this);
    m_voter->setObjectName(QStringLiteral("voterStatus"));
    m_voter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_voter->setWordWrap(true);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(8000);
    connect(m_messageTimer, &QTimer::timeout, this, &WorkshopBoard::updateVoter);

    // One row under the notes: the entry, and who is voting.
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_voter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_columnsLayout, 1);
    layout->addLayout(entryRow);

    connect(&edits, &Edits::dotMoved, this, &WorkshopBoard::moveDot);
    connect(&edits.database(), &Database::recordsChanged, this, [this](RecordKinds kinds) {
        if (kinds.intersects({RecordKind::Finding, RecordKind::Need}))
            reload();
    });
    reload();
    setCurrentColumn(0);
    setParticipant(1);
    installEventFilter(this); // to fit the text beside the entry to a new width
}

void WorkshopBoard::reload()
{
    // Notes per column, ranked by votes (then as they were written).
    QList<QList<Note>> notes(m_columns.size());
    const QList<Finding> findings =
        MissionRecords<Finding>(m_edits.database()).forMission(m_missionId);
    const QList<Need> needs = NeedRepository(m_edits.database()).forMission(m_missionId);
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns.at(i);
        if (c.need) {
            for (const Need &n : needs)
                notes[i].append({n.meta.id, n.statement, n.targetGroup, n.votes});
        } else {
            for (const Finding &f : findings) {
                if (f.kind == c.kind)
                    notes[i].append({f.meta.id, f.text, f.grouping, f.votes});
            }
        }
        std::stable_sort(notes[i].begin(), notes[i].end(),
                         [](const Note &a, const Note &b) { return a.votes > b.votes; });
    }
    // The note in hand, and the notes there were, to follow an undo or redo.
    const QString inHand = currentNote();
    const QSet<QString> before = m_present;
    m_present.clear();
    m_groups.clear();
    for (const QList<Note> &column : std::as_const(notes)) {
        for (const Note &n : column) {
            m_present.insert(n.id);
            m_groups.insert(n.id, n.group);
        }
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        QListWidget *list = m_lists.at(i);
        const QString keep =
            list->currentItem() ? list->currentItem()->data(Qt::UserRole).toString() : QString();
        const QSignalBlocker block(list);
        list->clear();
        for (const Note &n : std::as_const(notes.at(i))) {
            QString text = n.text;
            if (!n.group.isEmpty() && !m_columns.at(i).need)
                text = tr("[%1] %2").arg(n.group, text);
            if (n.votes > 0)
                text += QStringLiteral("  ") + QString(std::min(n.votes, 12), QChar(0x25CF))
                    + QStringLiteral(" %1").arg(n.votes);
            auto *item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, n.id);
            item->setData(Qt::UserRole + 1, n.votes);
            if (n.id == keep)
                list->setCurrentItem(item);
        }
        if (!list->currentItem() && list->count() > 0)
            list->setCurrentRow(0);
    }
    // A note that came back (an undone delete, a redone add) is the one in hand; otherwise the
    // note in hand stays so, in whichever column it is now (an undone move).
    const QSet<QString> added = QSet<QString>(m_present).subtract(before);
    if (added.size() == 1)
        selectNote(*added.cbegin());
    else if (!inHand.isEmpty() && m_present.contains(inHand))
        selectNote(inHand);
    updateHeaders();
    arrange();
    updateVoter();
}

void WorkshopBoard::arrange()
{
    // The columns share the width by how much is written in them, so a column the room fills
    // gets the room it needs; an empty one keeps enough for its title.
    for (int i = 0; i < m_lists.size(); ++i) {
        qsizetype written = 0;
        for (int row = 0; row < m_lists.at(i)->count(); ++row)
            written += m_lists.at(i)->item(row)->text().size();
        m_columnsLayout->setColumnStretch(
            i, 3 + static_cast<int>(std::min<qsizetype>(written / 40, 200)));
        // And never so narrow that a word of a note must be broken to fit.
        QFont floor = m_lists.at(i)->font();
        floor.setPointSizeF(std::min(floor.pointSizeF(), floorPointSize()));
        int widest = 0;
        for (int row = 0; row < m_lists.at(i)->count(); ++row)
            widest =
                std::max(widest, NoteCards::widestWord(m_lists.at(i)->item(row)->text(), floor));
        m_lists.at(i)->setMinimumWidth(
            std::min(width() / 3, widest + NoteCards::margins(m_lists.at(i))));
    }
    m_columnsLayout->activate();
    for (int i = 0; i < m_lists.size(); ++i)
        fitColumn(i);
}

void WorkshopBoard::fitColumn(int column)
{
    QListWidget *list = m_lists.at(column);
    const double wall = list->font().pointSizeF();
    m_cards.at(column)->fit(wall, floorPointSize());
    if (list->currentItem())
        list->scrollToItem(list->currentItem());
}

double WorkshopBoard::floorPointSize()
{
    return QApplication::font().pointSizeF() * WorkshopPlan::MinimumScale;
}

NoteCards::Fit WorkshopBoard::fitOf(int column) const
{
    return m_cards.at(column)->currentFit();
}

void WorkshopBoard::updateHeaders()
{
    for (int i = 0; i < m_columns.size(); ++i) {
        // Rich text rather than a font of its own, so the header keeps the wall's type size.
        const QString title =
            tr("%1 (%2)").arg(m_columns.at(i).title).arg(m_lists.at(i)->count()).toHtmlEscaped();
        m_headers.at(i)->setText(i == m_current ? QStringLiteral("<b><u>▶ %1</u></b>").arg(title)
                                                : title);
    }
    if (!m_columns.isEmpty()) {
        const QString title = m_columns.at(m_current).title;
        m_entry->setPlaceholderText(tr("Type, then Enter: adds to %1 · F1 keys").arg(title));
        m_entry->setAccessibleName(tr("Add to %1").arg(title));
    }
}

void WorkshopBoard::setCurrentColumn(int column)
{
    if (m_columns.isEmpty())
        return;
    m_current = std::clamp(column, 0, static_cast<int>(m_columns.size()) - 1);
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setActive(i == m_current);
    updateHeaders();
}

QString WorkshopBoard::currentNote() const
{
    if (m_lists.isEmpty())
        return {};
    const QListWidgetItem *item = m_lists.at(m_current)->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void WorkshopBoard::selectNote(const QString &id)
{
    for (int i = 0; i < m_lists.size(); ++i) {
        for (int row = 0; row < m_lists.at(i)->count(); ++row) {
            if (m_lists.at(i)->item(row)->data(Qt::UserRole).toString() == id) {
                setCurrentColumn(i);
                m_lists.at(i)->setCurrentRow(row);
                return;
            }
        }
    }
}

bool WorkshopBoard::addNote(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty() || m_columns.isEmpty())
        return false;
    const Column &c = m_columns.at(m_current);
    QString error;
    QString id;
    if (c.need) {
        Need n;
        n.missionId = m_missionId;
        n.statement = trimmed;
        n.notedOn = m_day;
        if (!m_edits.saveNeed(n, &error)) {
            showStatus(error);
            return false;
        }
        id = n.meta.id;
    } else {
        Finding f;
        f.missionId = m_missionId;
        f.kind = c.kind;
        f.text = trimmed;
        f.notedOn = m_day;
        if (!m_edits.saveStageRecord(f, &error)) {
            showStatus(error);
            return false;
        }
        id = f.meta.id;
    }
    selectNote(id);
    showStatus(tr("Added. Ctrl+Z takes it back."));
    return true;
}

bool WorkshopBoard::addTypedNote()
{
    if (m_entry->text().trimmed().isEmpty())
        return false;
    if (!addNote(m_entry->text()))
        return false; // the text stays in the entry, to be corrected
    m_entry->clear();
    return true;
}

int WorkshopBoard::given(int participant, const QString &note) const
{
    return static_cast<int>(std::count_if(m_dots.cbegin(), m_dots.cend(), [&](const Dot &d) {
        return d.participant == participant && d.note == note;
    }));
}

bool WorkshopBoard::vote(int delta)
{
    const QString id = currentNote();
    if (id.isEmpty())
        return false;
    if (delta > 0 && dotsLeft(m_participant) <= 0) {
        showStatus(
            tr("Participant %1 has used all %n dot(s).", nullptr, m_dotsEach).arg(m_participant));
        return false;
    }
    if (delta < 0 && given(m_participant, id) <= 0) {
        showStatus(tr("Participant %1 has no dot on this note.").arg(m_participant));
        return false;
    }
    // The tally follows the command (Edits::dotMoved), on undo and redo as well.
    QString error;
    if (!m_edits.giveDot(id, m_participant, delta, &error)) {
        showStatus(error);
        return false;
    }
    selectNote(id);
    setParticipant(m_participant);
    return true;
}

void WorkshopBoard::moveDot(const QString &note, int participant, int delta)
{
    if (delta > 0) {
        m_dots.append({participant, note});
    } else {
        for (qsizetype i = m_dots.size() - 1; i >= 0; --i) {
            if (m_dots.at(i).participant == participant && m_dots.at(i).note == note) {
                m_dots.removeAt(i);
                break;
            }
        }
    }
    setParticipant(m_participant); // the dots left, as the status line says them
}

int WorkshopBoard::dotsLeft(int participant) const
{
    // Dots on a deleted note come back to their voter (and go again if the note does).
    const qsizetype used = std::count_if(m_dots.cbegin(), m_dots.cend(), [&](const Dot &d) {
        return d.participant == participant && m_present.contains(d.note);
    });
    return std::max(0, m_dotsEach - static_cast<int>(used));
}

void WorkshopBoard::setParticipant(int participant)
{
    m_participant = (participant - 1 + m_participants) % m_participants + 1;
    m_messageTimer->stop(); // the voter matters more now than the last message
    updateVoter();
}

void WorkshopBoard::updateVoter()
{
    if (m_messageTimer->isActive())
        return;
    setSideText(tr("Voter %1 of %2: %n dot(s) left", nullptr, dotsLeft(m_participant))
                    .arg(m_participant)
                    .arg(m_participants),
                false);
}

void WorkshopBoard::setSideText(const QString &text, bool bold)
{
    // Beside the entry, in at most 60 % of the width; a long message wraps rather than being
    // cut short.
    QFont font = m_voter->font();
    font.setBold(bold);
    const int room = width() * 3 / 5;
    const int needed = QFontMetrics(font).horizontalAdvance(text) + 2 * m_voter->margin() + 4;
    m_voter->setFixedWidth(std::max(1, std::min(needed, room)));
    m_voter->setText(bold ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped())
                          : text.toHtmlEscaped());
    m_side = text;
    m_sideBold = bold;
}

bool WorkshopBoard::moveNote(int step)
{
    const QString id = currentNote();
    if (id.isEmpty())
        return false;
    int target = m_current + step;
    while (target >= 0 && target < m_columns.size() && m_columns.at(target).need)
        target += step;
    if (m_columns.at(m_current).need || target < 0 || target >= m_columns.size()) {
        showStatus(tr("This note cannot move that way."));
        return false;
    }
    std::optional<Finding> f = MissionRecords<Finding>(m_edits.database()).find(id);
    if (!f)
        return false;
    f->kind = m_columns.at(target).kind;
    QString error;
    if (!m_edits.saveStageRecord(*f, &error)) {
        showStatus(error);
        return false;
    }
    selectNote(id);
    showStatus(tr("Moved to %1.").arg(m_columns.at(target).title));
    return true;
}

bool WorkshopBoard::setGroup(const QString &group)
{
    const QString id = currentNote();
    if (id.isEmpty())
        return false;
    QString error;
    bool saved = false;
    if (m_columns.at(m_current).need) {
        std::optional<Need> n = NeedRepository(m_edits.database()).find(id);
        if (n) {
            n->targetGroup = group.simplified();
            saved = m_edits.saveNeed(*n, &error);
        }
    } else if (std::optional<Finding> f = MissionRecords<Finding>(m_edits.database()).find(id)) {
        f->grouping = group.simplified();
        saved = m_edits.saveStageRecord(*f, &error);
    }
    if (!saved)
        showStatus(error);
    selectNote(id);
    return saved;
}

QString WorkshopBoard::groupOf(const QString &id) const
{
    return m_groups.value(id);
}

void WorkshopBoard::askGroup()
{
    const QString id = currentNote();
    if (id.isEmpty())
        return;
    // In the wall's type and a third of its width, so the room can read what is typed; the
    // group the note has is there to keep or change.
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("groupDialog"));
    dialog.setWindowTitle(tr("Group"));
    dialog.setLabelText(tr("Group of this note (empty: none):"));
    dialog.setTextValue(groupOf(id));
    // A font set on the dialog alone does not reach its label and field under the wall's style
    // sheet (which names the family): the size goes in a style sheet of its own.
    dialog.setFont(font());
    dialog.setStyleSheet(
        QStringLiteral("* { font-size: %1pt; }").arg(QFontInfo(font()).pointSizeF(), 0, 'f', 1));
    dialog.resize(std::max(dialog.sizeHint().width(), width() / 3), dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        setGroup(dialog.textValue());
    // Back to the wall, whatever the window system made active meanwhile.
    window()->activateWindow();
    m_lists.at(m_current)->setFocus();
}

bool WorkshopBoard::deleteNote()
{
    const QString id = currentNote();
    if (id.isEmpty())
        return false;
    QString error;
    const bool done = m_columns.at(m_current).need ? m_edits.deleteNeed(id, &error)
                                                   : m_edits.deleteStageRecord<Finding>(id, &error);
    showStatus(done ? tr("Deleted. Ctrl+Z brings it back.") : error);
    return done;
}

QString WorkshopBoard::status() const
{
    return m_status;
}

void WorkshopBoard::showStatus(const QString &text)
{
    // In the voter's place for a few seconds.
    m_status = text;
    m_messageTimer->start();
    setSideText(text, true);
}

bool WorkshopBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == this) {
        setSideText(m_side, m_sideBold);
        return false;
    }
    if (event->type() == QEvent::Resize) {
        const qsizetype column = m_lists.indexOf(watched);
        if (column >= 0)
            fitColumn(static_cast<int>(column));
        return false;
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_entry) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                addTypedNote();
                return true;
            }
            // Tab changes the voter wherever the facilitator is typing.
            if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
                return handleKey(key);
            // With nothing typed, the keys that act on notes act on them from here too.
            // (+ needs Shift on many keyboards.)
            const auto modifiers = key->modifiers() & ~Qt::ShiftModifier & ~Qt::KeypadModifier;
            if (m_entry->text().isEmpty() && modifiers == Qt::NoModifier
                && (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus
                    || key->key() == Qt::Key_Equal || key->key() == Qt::Key_Home
                    || key->key() == Qt::Key_End || key->key() == Qt::Key_Up
                    || key->key() == Qt::Key_Down)) {
                handleKey(key);
                m_entry->setFocus();
                return true;
            }
            // With nothing typed, the arrows choose the column, as they do on the notes.
            if ((key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)
                && key->modifiers() == Qt::NoModifier && m_entry->text().isEmpty()) {
                setCurrentColumn(m_current + (key->key() == Qt::Key_Left ? -1 : 1));
                return true;
            }
            // With a note half typed, they go to the notes, for voting and moving.
            if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && !m_lists.isEmpty()) {
                m_lists.at(m_current)->setFocus();
                return true;
            }
            return false;
        }
        if (handleKey(key))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool WorkshopBoard::handleKey(QKeyEvent *event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl)
            moveNote(step);
        else
            setCurrentColumn(m_current + step);
        m_lists.at(m_current)->setFocus();
        return true;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End: {
        // Row by row through the sub-columns too, which the list's own keys would not do.
        QListWidget *list = m_lists.at(m_current);
        int row = list->currentRow();
        if (event->key() == Qt::Key_Up)
            --row;
        else if (event->key() == Qt::Key_Down)
            ++row;
        else
            row = event->key() == Qt::Key_Home ? 0 : list->count() - 1;
        if (row >= 0 && row < list->count())
            list->setCurrentRow(row);
        list->setFocus();
        return true;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        vote(1);
        return true;
    case Qt::Key_Minus:
        vote(-1);
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        setParticipant(m_participant + (shift || event->key() == Qt::Key_Backtab ? -1 : 1));
        return true;
    case Qt::Key_G:
        if (!ctrl)
            break;
        askGroup();
        return true;
    case Qt::Key_Delete:
        deleteNote();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_entry->setFocus();
        return true;
    default:
        break;
    }
    // Typing starts a note.
    if (!ctrl && !event->text().isEmpty() && event->text().at(0).isPrint()
        && event->key() != Qt::Key_Space) {
        m_entry->setFocus();
        m_entry->insert(event->text());
        return true;
    }
    return false;
}
