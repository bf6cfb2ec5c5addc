#include "DuplicatesDialog.h"
#include "Edits.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

DuplicatesDialog::DuplicatesDialog(Edits &edits, Database &db, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_fields(new QTableWidget(this))
    , m_keepFirst(new QRadioButton(this))
    , m_keepSecond(new QRadioButton(this))
    , m_showSensitive(new QCheckBox(tr("&Show sensitive values"), this))
    , m_explanation(new QLabel(this))
    , m_done(new QLabel(this))
    , m_combine(new QPushButton(tr("&Combine"), this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Combine Duplicates"));
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fields->setObjectName(QStringLiteral("duplicateFields"));
    m_fields->setColumnCount(3);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setWordWrap(true);
    m_fields->verticalHeader()->hide();
    // Rows follow the text as the columns widen or narrow (a long note takes more lines).
    m_fields->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_keepFirst->setChecked(true);
    m_showSensitive->setObjectName(QStringLiteral("showSensitive"));
    m_combine->setObjectName(QStringLiteral("combineButton"));
    m_explanation->setWordWrap(true);
    m_done->setObjectName(QStringLiteral("combineResult"));
    m_done->setWordWrap(true);
    m_explanation->setText(
        tr("The record kept takes the other one's values where it has none; every other value "
           "the other one held is kept in the field history, and everything that named it "
           "names the record kept. Its id stays known, so a package that still uses it lands "
           "on the record kept. Edit › Undo takes a combination back."));

    auto *listLabel = new QLabel(tr("&Possibly the same:"), this);
    listLabel->setBuddy(m_list);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list);

    auto *keep = new QGroupBox(tr("Keep"), this);
    auto *keepLayout = new QVBoxLayout(keep);
    keepLayout->addWidget(m_keepFirst);
    keepLayout->addWidget(m_keepSecond);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_fields, 1);
    rightLayout->addWidget(m_showSensitive);
    rightLayout->addWidget(keep);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({300, 600});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_combine, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_combine, &QPushButton::clicked, this, &DuplicatesDialog::combineSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicatesDialog::showPair);
    connect(m_showSensitive, &QCheckBox::toggled, this, &DuplicatesDialog::showPair);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_explanation);
    layout->addWidget(m_done);
    layout->addWidget(buttons);
    reload(0);
    resize(900, 560);
}

void DuplicatesDialog::reload(int row)
{
    m_pairs = FieldPackage::possibleDuplicates(m_db);
    // Each pair is weighed afresh: the older kept, sensitive values hidden again.
    m_keepFirst->setChecked(true);
    const QSignalBlocker sensitive(m_showSensitive);
    m_showSensitive->setChecked(false);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const FieldPackage::Duplicate &pair : std::as_const(m_pairs))
        m_list->addItem(
            tr("%1: %2 / %3").arg(FieldPackage::typeLabel(pair.table), pair.hereTitle, pair.title));
    if (m_pairs.isEmpty()) {
        m_list->addItem(tr("No records here look alike."));
        m_list->item(0)->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(std::clamp(row, 0, int(m_pairs.size()) - 1));
    }
    showPair();
}

void DuplicatesDialog::showPair()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_pairs.size();
    m_combine->setEnabled(any);
    m_keepFirst->setEnabled(any);
    m_keepSecond->setEnabled(any);
    m_fields->setRowCount(0);
    if (!any) {
        m_keepFirst->setText(tr("The first record"));
        m_keepSecond->setText(tr("The second record"));
        return;
    }
    const FieldPackage::Duplicate &pair = m_pairs.at(row);
    m_keepFirst->setText(tr("&First: %1 (the older)").arg(pair.hereTitle));
    m_keepSecond->setText(tr("S&econd: %1").arg(pair.title));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("First"), tr("Second")});
    const QList<FieldPackage::FieldView> first =
        FieldPackage::fieldsOf(m_db, pair.table, pair.hereId);
    const QList<FieldPackage::FieldView> second =
        FieldPackage::fieldsOf(m_db, pair.table, pair.incomingId);
    const auto shown = [this](const FieldPackage::FieldView &field) {
        if (field.sensitive && !m_showSensitive->isChecked() && !field.text.isEmpty())
            return tr("(hidden)");
        return field.text.isEmpty() ? tr("(empty)") : field.text;
    };
    m_fields->setRowCount(int(first.size()));
    for (int r = 0; r < first.size() && r < second.size(); ++r) {
        m_fields->setItem(r, 0, new QTableWidgetItem(first.at(r).label));
        auto *a = new QTableWidgetItem(shown(first.at(r)));
        auto *b = new QTableWidgetItem(shown(second.at(r)));
        if (first.at(r).text != second.at(r).text) {
            // Where they differ, in bold: the value the record kept loses goes to the history.
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            b->setFont(bold);
        }
        m_fields->setItem(r, 1, a);
        m_fields->setItem(r, 2, b);
    }
}

bool DuplicatesDialog::combineSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return false;
    const FieldPackage::Duplicate pair = m_pairs.at(row);
    const bool first = m_keepFirst->isChecked();
    QString error;
    if (!m_edits.combineRecords(pair.table, first ? pair.hereId : pair.incomingId,
                                first ? pair.incomingId : pair.hereId, &error)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The two records could not be combined: %1").arg(error));
        return false;
    }
    reload(row);
    m_list->setFocus();
    m_done->setText(tr("Combined: “%1” is kept.").arg(first ? pair.hereTitle : pair.title));
    return true;
}
