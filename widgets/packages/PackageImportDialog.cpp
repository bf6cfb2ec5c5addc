#include "PackageImportDialog.h"
#include "ConflictReviewDialog.h"
#include "Edits.h"
#include "FieldPackageActions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using Counts = FieldPackage::TableCounts;

struct CountColumn
{
    const char *title;
    int Counts::*field;
};

const CountColumn s_columns[] {
    {QT_TRANSLATE_NOOP("PackageImportDialog", "New"), &Counts::added},
    {QT_TRANSLATE_NOOP("PackageImportDialog", "Updated"), &Counts::updated},
    {QT_TRANSLATE_NOOP("PackageImportDialog", "Unchanged"), &Counts::unchanged},
    {QT_TRANSLATE_NOOP("PackageImportDialog", "Conflicts"), &Counts::conflicts},
    {QT_TRANSLATE_NOOP("PackageImportDialog", "Possible duplicates"), &Counts::duplicates},
    {QT_TRANSLATE_NOOP("PackageImportDialog", "Rejected"), &Counts::rejected},
};

} // namespace

PackageImportDialog::PackageImportDialog(Edits &edits, const QByteArray &payload,
                                         const FieldPackage::Preview &preview,
                                         const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_payload(payload)
    , m_preview(preview)
    , m_table(new QTableWidget(0, int(std::size(s_columns)) + 1))
    , m_problems(new QPlainTextEdit)
    , m_status(new QLabel)
{
    setWindowTitle(tr("Import Field Package"));
    setObjectName(QStringLiteral("packageImportDialog"));
    const QString from = preview.originName.isEmpty()
        ? source
        : tr("%1 (export %2 of %3)").arg(source).arg(preview.sequence).arg(preview.originName);
    QString introText = tr("<p>What importing <b>%1</b> would change here. Nothing has been "
                           "written yet.</p>")
                            .arg(from.toHtmlEscaped());
    if (preview.redacted)
        introText += tr("<p>A redacted handover: its sender withheld contact details, ratings, "
                        "attitudes, notes, accounts of engagements and protected names. What "
                        "this computer holds of them stays as it is; new people come in not "
                        "rated.</p>");
    auto *intro = new QLabel(introText);
    intro->setObjectName(QStringLiteral("previewIntro"));
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("previewTable"));
    QStringList headers {tr("Kind of record")};
    for (const CountColumn &column : s_columns)
        headers.append(tr(column.title));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Totals first, then each kind of record the package holds.
    QList<std::pair<QString, Counts>> rows;
    Counts total;
    for (auto it = preview.tables.cbegin(); it != preview.tables.cend(); ++it) {
        if (it->incoming == 0)
            continue;
        rows.append({FieldPackage::typeLabel(it.key()), *it});
        for (const CountColumn &column : s_columns)
            total.*column.field += (*it).*column.field;
    }
    // What changes first, then what comes in unchanged; each alphabetically.
    const auto changes = [](const Counts &c) {
        return c.added + c.updated + c.conflicts + c.duplicates + c.rejected > 0;
    };
    std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        if (changes(a.second) != changes(b.second))
            return changes(a.second);
        return a.first.localeAwareCompare(b.first) < 0;
    });
    rows.prepend({tr("All records"), total});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        auto *name = new QTableWidgetItem(rows.at(r).first);
        QFont font = name->font();
        font.setBold(r == 0);
        name->setFont(font);
        m_table->setItem(r, 0, name);
        for (int c = 0; c < int(std::size(s_columns)); ++c) {
            const int value = rows.at(r).second.*s_columns[c].field;
            auto *item = new QTableWidgetItem(value ? QLocale().toString(value) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFont(font);
            m_table->setItem(r, c + 1, item);
        }
    }

    auto *problemsLabel = new QLabel(tr("&What needs a look:"));
    problemsLabel->setBuddy(m_problems);
    m_problems->setObjectName(QStringLiteral("previewProblems"));
    m_problems->setReadOnly(true);
    m_problems->setTabChangesFocus(true);
    QStringList lines;
    for (const FieldPackage::Conflict &conflict : std::as_const(preview.conflicts))
        lines.append(
            tr("Conflict: %1 “%2”").arg(FieldPackage::typeLabel(conflict.table), conflict.title));
    for (const FieldPackage::Duplicate &duplicate : std::as_const(preview.duplicates))
        lines.append(duplicate.blocking
                         ? tr("Possible duplicate, not imported until the two are combined: %1 "
                              "“%2”")
                               .arg(FieldPackage::typeLabel(duplicate.table), duplicate.title)
                         : tr("Possible duplicate, imported and flagged: %1 “%2”")
                               .arg(FieldPackage::typeLabel(duplicate.table), duplicate.title));
    for (const QString &rejection : std::as_const(preview.rejections))
        lines.append(tr("Rejected: %1").arg(rejection));
    m_problems->setPlainText(lines.isEmpty() ? tr("Nothing: every record can come in as it is.")
                                             : lines.join(u'\n'));

    auto *buttons = new QDialogButtonBox;
    m_review = buttons->addButton(tr("&Review Conflicts…"), QDialogButtonBox::ActionRole);
    m_review->setObjectName(QStringLiteral("reviewConflictsButton"));
    m_combine =
        buttons->addButton(tr("Com&bine With the Ones Here…"), QDialogButtonBox::ActionRole);
    m_combine->setObjectName(QStringLiteral("combineDuplicatesButton"));
    connect(m_combine, &QPushButton::clicked, this, &PackageImportDialog::combine);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    connect(m_review, &QPushButton::clicked, this, &PackageImportDialog::review);
    connect(buttons, &QDialogButtonBox::accepted, this, &PackageImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 2);
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    refresh();
    resize(760, 560);
}

void PackageImportDialog::refresh()
{
    // Here, after the layout: a button box shows every button it lays out.
    m_review->setVisible(!m_preview.conflicts.isEmpty());
    m_combine->setVisible(m_preview.blockingDuplicates() > 0);
    int undecided = 0;
    for (const FieldPackage::Conflict &conflict : std::as_const(m_preview.conflicts)) {
        for (const FieldPackage::FieldConflict &field : conflict.fields) {
            if (field.column != u"deleted"
                && !m_decisions.fields.contains(
                    FieldPackage::Decisions::key(conflict.table, conflict.id, field.column)))
                ++undecided;
        }
    }
    const int blocking = m_preview.blockingDuplicates();
    const int rejected = m_preview.total(&Counts::rejected);
    QStringList why;
    if (blocking)
        why.append(tr("%n record(s) repeat one here (the same mission code, say) and cannot come "
                      "in until the two are combined: Combine With the Ones Here.",
                      nullptr, blocking));
    if (rejected)
        why.append(tr("%n row(s) cannot be read by this version.", nullptr, rejected));
    if (undecided)
        why.append(tr("%n field(s) changed on both sides are still to decide: Review Conflicts.",
                      nullptr, undecided));
    m_status->setText(why.isEmpty() ? tr("Ready: Import writes all of it in one step.")
                                    : why.join(u' '));
    m_import->setEnabled(why.isEmpty());
    if (!why.isEmpty() && !undecided)
        m_import->setToolTip(tr("Nothing can be imported from this package as it stands."));
}

void PackageImportDialog::review()
{
    ConflictReviewDialog dialog(m_preview.conflicts, m_decisions, this);
    if (dialog.exec() == QDialog::Accepted)
        m_decisions = dialog.decisions();
    refresh();
    if (m_import->isEnabled())
        m_import->setFocus();
}

void PackageImportDialog::accept()
{
    if (!m_import->isEnabled())
        return;
    QString error;
    FieldPackage::Preview applied;
    bool done = false;
    {
        FieldPackageActions::Progress progress(this, tr("Importing…"));
        done = m_edits.importPackage(m_payload, m_decisions, &applied, &error);
        if (!done && progress.wasCanceled())
            return; // nothing was written; the decisions stay for another try
    }
    if (done)
        m_applied = applied;
    if (!done) {
        QMessageBox::warning(this, windowTitle(), error);
        return; // nothing was written; the decisions stay for another try
    }
    QDialog::accept();
}

void PackageImportDialog::combine()
{
    QStringList lines;
    for (const FieldPackage::Duplicate &duplicate : std::as_const(m_preview.duplicates)) {
        if (duplicate.blocking)
            lines.append(tr("• %1 “%2” of the package becomes “%3” here")
                             .arg(FieldPackage::typeLabel(duplicate.table), duplicate.title,
                                  duplicate.hereTitle));
    }
    const auto answer = QMessageBox::question(
        this, tr("Combine With the Ones Here"),
        tr("Each of these records was made twice, once here and once where the package comes "
           "from:\n%1\n\nCombined, the package's record lands on the one here; where the two "
           "differ, you decide in the conflict review. Everything that named it in the package "
           "names the one here. Edit › Undo takes the combination back.")
            .arg(lines.join(u'\n')),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    for (const FieldPackage::Duplicate &duplicate : std::as_const(m_preview.duplicates)) {
        QString error;
        if (duplicate.blocking
            && !m_edits.combineRecords(duplicate.table, duplicate.hereId, duplicate.incomingId,
                                       &error)) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("The records could not be combined: %1").arg(error));
            break;
        }
    }
    done(Combined);
}
