#include "ConflictReviewDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using Take = FieldPackage::Take;

namespace {

enum Column { FieldColumn, BaseColumn, HereColumn, IncomingColumn, DecisionColumn, ColumnCount };

} // namespace

ConflictReviewDialog::ConflictReviewDialog(const QList<FieldPackage::Conflict> &conflicts,
                                           const FieldPackage::Decisions &decisions,
                                           QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_decisions(decisions)
    , m_records(new QListWidget)
    , m_fields(new QTableWidget(0, ColumnCount))
    , m_recordLabel(new QLabel)
    , m_keepField(new QPushButton(tr("&Keep This Computer's")))
    , m_takeField(new QPushButton(tr("&Take Incoming")))
    , m_keepRecord(new QPushButton(tr("Keep &Record as Here")))
    , m_takeRecord(new QPushButton(tr("Take Record as &Incoming")))
    , m_edited(new QPlainTextEdit)
    , m_useEdited(new QPushButton(tr("&Use Edited Value")))
    , m_showSensitive(new QCheckBox(tr("&Show sensitive values")))
    , m_status(new QLabel)
{
    setWindowTitle(tr("Review Conflicts"));
    setObjectName(QStringLiteral("conflictReviewDialog"));

    auto *intro = new QLabel(
        tr("These records were changed both on this computer and where the package comes from. "
           "Choose, field by field, which value to keep. The value not kept is not lost: it goes "
           "to the record's field history."));
    intro->setWordWrap(true);

    m_records->setObjectName(QStringLiteral("conflictRecords"));
    m_records->setMinimumWidth(220);
    m_records->setWordWrap(true); // a long title wraps rather than hides behind a scroll bar
    m_records->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_records->setResizeMode(QListView::Adjust);
    auto *recordsLabel = new QLabel(tr("R&ecords:"));
    recordsLabel->setBuddy(m_records);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(recordsLabel);
    leftLayout->addWidget(m_records);

    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("Last shared"), tr("This computer"), tr("Incoming"), tr("Decision")});
    m_fields->verticalHeader()->hide();
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(DecisionColumn,
                                                       QHeaderView::ResizeToContents);
    m_recordLabel->setWordWrap(true);
    auto *fieldsLabel = new QLabel(tr("&Fields in conflict:"));
    fieldsLabel->setBuddy(m_fields);

    m_keepField->setObjectName(QStringLiteral("keepFieldButton"));
    m_takeField->setObjectName(QStringLiteral("takeFieldButton"));
    m_keepRecord->setObjectName(QStringLiteral("keepRecordButton"));
    m_takeRecord->setObjectName(QStringLiteral("takeRecordButton"));
    m_useEdited->setObjectName(QStringLiteral("useEditedButton"));
    m_edited->setObjectName(QStringLiteral("editedValue"));
    m_edited->setTabChangesFocus(true);
    m_edited->setMaximumHeight(m_edited->fontMetrics().lineSpacing() * 5);
    auto *editedLabel = new QLabel(tr("E&dited value (text fields):"));
    editedLabel->setBuddy(m_edited);

    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_keepField);
    fieldButtons->addWidget(m_takeField);
    fieldButtons->addStretch();
    fieldButtons->addWidget(m_keepRecord);
    fieldButtons->addWidget(m_takeRecord);
    auto *editedRow = new QHBoxLayout;
    editedRow->addWidget(m_edited, 1);
    editedRow->addWidget(m_useEdited, 0, Qt::AlignTop);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_recordLabel);
    rightLayout->addWidget(fieldsLabel);
    rightLayout->addWidget(m_fields, 1);
    rightLayout->addLayout(fieldButtons);
    rightLayout->addWidget(editedLabel);
    rightLayout->addLayout(editedRow);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *allMine = new QPushButton(tr("Keep &All of This Computer's"));
    allMine->setObjectName(QStringLiteral("keepAllButton"));
    auto *allIncoming = new QPushButton(tr("Take All I&ncoming"));
    allIncoming->setObjectName(QStringLiteral("takeAllButton"));
    m_showSensitive->setObjectName(QStringLiteral("showSensitive"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(allMine);
    bottom->addWidget(allIncoming);
    bottom->addStretch();
    bottom->addWidget(m_showSensitive);

    auto *buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(tr("Use These Decisi&ons"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("useDecisionsButton"));
    buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setObjectName(QStringLiteral("conflictStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(buttons);
    layout->addLayout(footer);

    for (int i = 0; i < m_conflicts.size(); ++i) {
        m_records->addItem(QString());
        refreshRecord(i);
    }

    connect(m_records, &QListWidget::currentRowChanged, this, &ConflictReviewDialog::showRecord);
    connect(m_fields, &QTableWidget::currentCellChanged, this, [this](int row) { showField(row); });
    connect(m_keepField, &QPushButton::clicked, this,
            [this] { decide(m_records->currentRow(), m_fields->currentRow(), Take::Here); });
    connect(m_takeField, &QPushButton::clicked, this,
            [this] { decide(m_records->currentRow(), m_fields->currentRow(), Take::Incoming); });
    connect(m_keepRecord, &QPushButton::clicked, this,
            [this] { decideRecord(m_records->currentRow(), Take::Here); });
    connect(m_takeRecord, &QPushButton::clicked, this,
            [this] { decideRecord(m_records->currentRow(), Take::Incoming); });
    connect(m_useEdited, &QPushButton::clicked, this,
            [this] { decide(m_records->currentRow(), m_fields->currentRow(), Take::Value); });
    connect(allMine, &QPushButton::clicked, this, [this] { decideAll(Take::Here); });
    connect(allIncoming, &QPushButton::clicked, this, [this] { decideAll(Take::Incoming); });
    connect(m_showSensitive, &QCheckBox::toggled, this,
            [this] { showRecord(m_records->currentRow()); });

    m_records->setCurrentRow(0);
    refreshStatus();
    resize(1000, 560);
}

QString ConflictReviewDialog::key(int record, int field) const
{
    const FieldPackage::Conflict &conflict = m_conflicts.at(record);
    return FieldPackage::Decisions::key(conflict.table, conflict.id,
                                        conflict.fields.at(field).column);
}

QString ConflictReviewDialog::shown(const FieldPackage::FieldConflict &field,
                                    const QJsonValue &value) const
{
    const QString text = FieldPackage::displayValue(m_conflicts.at(m_records->currentRow()).table,
                                                    field.column, value);
    if (field.sensitive && !m_showSensitive->isChecked() && !text.isEmpty())
        return tr("(hidden)");
    return text.isEmpty() ? tr("(empty)") : text;
}

void ConflictReviewDialog::showRecord(int row)
{
    m_fields->setRowCount(0);
    const bool valid = row >= 0 && row < m_conflicts.size();
    for (QWidget *w : {static_cast<QWidget *>(m_keepRecord), static_cast<QWidget *>(m_takeRecord)})
        w->setEnabled(valid);
    if (!valid) {
        showField(-1);
        return;
    }
    const FieldPackage::Conflict &conflict = m_conflicts.at(row);
    m_recordLabel->setText(
        conflict.editAgainstDeletion
            ? tr("<b>%1: %2</b><br>Edited on one side and deleted on the other. Unless you "
                 "choose otherwise, the record is kept with its edits.")
                  .arg(FieldPackage::typeLabel(conflict.table).toHtmlEscaped(),
                       conflict.title.toHtmlEscaped())
            : tr("<b>%1: %2</b>")
                  .arg(FieldPackage::typeLabel(conflict.table).toHtmlEscaped(),
                       conflict.title.toHtmlEscaped()));
    m_fields->setRowCount(int(conflict.fields.size()));
    for (int i = 0; i < conflict.fields.size(); ++i) {
        const FieldPackage::FieldConflict &field = conflict.fields.at(i);
        const QString decision = [&] {
            const auto it = m_decisions.fields.constFind(key(row, i));
            if (it == m_decisions.fields.cend())
                return field.column == u"deleted" ? tr("Keep the record") : tr("Not decided");
            switch (it->take) {
            case Take::Here:
                return tr("This computer's");
            case Take::Incoming:
                return tr("Incoming");
            case Take::Value:
                return tr("Edited");
            }
            return QString();
        }();
        QString label = field.label;
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper(); // a heading, not a word in a sentence
        const QStringList cells {label,
                                 field.hasBase ? shown(field, field.base) : tr("(not known)"),
                                 shown(field, field.here), shown(field, field.incoming), decision};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_fields->setItem(i, c, item);
        }
    }
    m_fields->resizeRowsToContents();
    m_fields->setCurrentCell(0, FieldColumn);
    showField(0);
}

void ConflictReviewDialog::showField(int row)
{
    const int record = m_records->currentRow();
    const bool valid = record >= 0 && record < m_conflicts.size() && row >= 0
        && row < m_conflicts.at(record).fields.size();
    m_keepField->setEnabled(valid);
    m_takeField->setEnabled(valid);
    const FieldPackage::FieldConflict *field =
        valid ? &m_conflicts.at(record).fields.at(row) : nullptr;
    // Only text can be edited into a merged value; a sensitive one once it is shown.
    const bool text = field && field->here.isString() && field->incoming.isString()
        && (!field->sensitive || m_showSensitive->isChecked());
    m_edited->setEnabled(text);
    m_useEdited->setEnabled(text);
    if (!text) {
        m_edited->clear();
        return;
    }
    const auto it = m_decisions.fields.constFind(key(record, row));
    m_edited->setPlainText(it != m_decisions.fields.cend() && it->take == Take::Value
                               ? it->value.toString()
                               : field->here.toString());
}

void ConflictReviewDialog::decide(int record, int field, Take take)
{
    if (record < 0 || record >= m_conflicts.size() || field < 0
        || field >= m_conflicts.at(record).fields.size())
        return;
    FieldPackage::Choice choice {take, {}};
    if (take == Take::Value)
        choice.value = m_edited->toPlainText().trimmed();
    m_decisions.fields.insert(key(record, field), choice);
    refreshRecord(record);
    showRecord(record);
    // On to the next field still open, so that a record is decided key after key.
    const int next = std::min(field + 1, int(m_conflicts.at(record).fields.size()) - 1);
    m_fields->setCurrentCell(next, FieldColumn);
    refreshStatus();
}

void ConflictReviewDialog::decideRecord(int record, Take take)
{
    if (record < 0 || record >= m_conflicts.size())
        return;
    for (int i = 0; i < m_conflicts.at(record).fields.size(); ++i)
        m_decisions.fields.insert(key(record, i), {take, {}});
    refreshRecord(record);
    showRecord(record);
    refreshStatus();
}

void ConflictReviewDialog::decideAll(Take take)
{
    for (int record = 0; record < m_conflicts.size(); ++record) {
        for (int i = 0; i < m_conflicts.at(record).fields.size(); ++i) {
            if (m_conflicts.at(record).fields.at(i).column != u"deleted")
                m_decisions.fields.insert(key(record, i), {take, {}});
        }
        refreshRecord(record);
    }
    showRecord(m_records->currentRow());
    refreshStatus();
}

void ConflictReviewDialog::refreshRecord(int record)
{
    const FieldPackage::Conflict &conflict = m_conflicts.at(record);
    int open = 0;
    for (int i = 0; i < conflict.fields.size(); ++i) {
        if (conflict.fields.at(i).column != u"deleted"
            && !m_decisions.fields.contains(key(record, i)))
            ++open;
    }
    const QString state = open == 0 ? tr("decided") : tr("%n to decide", nullptr, open);
    m_records->item(record)->setText(
        tr("%1: %2 (%3)").arg(FieldPackage::typeLabel(conflict.table), conflict.title, state));
}

int ConflictReviewDialog::undecided() const
{
    int open = 0;
    for (int record = 0; record < m_conflicts.size(); ++record) {
        for (int i = 0; i < m_conflicts.at(record).fields.size(); ++i) {
            if (m_conflicts.at(record).fields.at(i).column != u"deleted"
                && !m_decisions.fields.contains(key(record, i)))
                ++open;
        }
    }
    return open;
}

void ConflictReviewDialog::refreshStatus()
{
    const int open = undecided();
    m_status->setText(open == 0 ? tr("Every conflict is decided.")
                                : tr("%n field(s) still to decide.", nullptr, open));
    m_ok->setEnabled(open == 0);
}
