#include "CsvImportDialog.h"
#include "Database.h"
#include "Edits.h"
#include "MissionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr qint64 s_maxFileSize = 50 * 1024 * 1024;
constexpr int s_previewRows = 8;
} // namespace

CsvImportDialog::CsvImportDialog(Edits &edits, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_file(new QLabel(this))
    , m_separator(new QComboBox(this))
    , m_header(new QCheckBox(tr("First row holds the column &names"), this))
    , m_preview(new QTableWidget(this))
    , m_mappingBox(new QWidget(this))
    , m_mission(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_import(nullptr)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import Stakeholders from CSV"));
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separator->addItem(tr("Detect"), QString());
    m_separator->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_header->setChecked(true);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_mission->setObjectName(QStringLiteral("linkMissionCombo"));
    m_mission->addItem(tr("Do not link"), QString());
    for (const Mission &m : MissionRepository(edits.database()).all()) {
        if (!m.archived)
            m_mission->addItem(tr("%1 — %2").arg(m.code, m.title), m.meta.id);
    }
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemList"));

    auto *source = new QGroupBox(tr("1. The file"), this);
    auto *sourceLayout = new QGridLayout(source);
    sourceLayout->addWidget(m_file, 0, 0, 1, 4);
    sourceLayout->addWidget(new QLabel(tr("Separator:"), source), 1, 0);
    sourceLayout->addWidget(m_separator, 1, 1);
    sourceLayout->addWidget(m_header, 1, 2);
    sourceLayout->setColumnStretch(3, 1);
    sourceLayout->addWidget(m_preview, 2, 0, 1, 4);

    auto *fields = new QGroupBox(tr("2. Which column holds what"), this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(m_mappingBox);
    auto *missionRow = new QFormLayout;
    missionRow->addRow(tr("Link everyone imported to:"), m_mission);
    fieldsLayout->addLayout(missionRow);

    auto *check = new QGroupBox(tr("3. What will be imported"), this);
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_summary);
    checkLayout->addWidget(m_problems, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(fields, 1);
    columns->addWidget(check, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source, 1);
    layout->addLayout(columns, 2);
    layout->addWidget(buttons);

    connect(m_separator, &QComboBox::currentIndexChanged, this, &CsvImportDialog::reparse);
    connect(m_header, &QCheckBox::toggled, this, [this] {
        rebuildMapping();
        recheck();
    });
    resize(960, 700);
}

bool CsvImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("%1 could not be read: %2").arg(shown, file.errorString());
        return false;
    }
    if (file.size() > s_maxFileSize) {
        m_loadError = tr("%1 is larger than 50 MB; split it into smaller files.").arg(shown);
        return false;
    }
    m_bytes = file.readAll();
    m_file->setText(tr("File: %1").arg(shown));
    reparse();
    if (!m_document.error.isEmpty()) {
        m_loadError = tr("%1: %2").arg(shown, m_document.error);
        return false;
    }
    if (m_document.rows.isEmpty()) {
        m_loadError = tr("%1 holds no rows.").arg(shown);
        return false;
    }
    return true;
}

void CsvImportDialog::reparse()
{
    const QString chosen = m_separator->currentData().toString();
    m_document = Csv::parse(m_bytes, chosen.isEmpty() ? QChar() : chosen.at(0));
    int columns = 0;
    for (const Csv::Row &row : std::as_const(m_document.rows))
        columns = std::max(columns, static_cast<int>(row.fields.size()));
    const int rows = std::min(s_previewRows, static_cast<int>(m_document.rows.size()));
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows);
    QStringList verticalLabels;
    for (int r = 0; r < rows; ++r) {
        const Csv::Row &row = m_document.rows.at(r);
        verticalLabels.append(tr("line %1").arg(row.line));
        for (int c = 0; c < row.fields.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(verticalLabels);
    m_preview->resizeColumnsToContents();
    rebuildMapping();
    recheck();
}

void CsvImportDialog::rebuildMapping()
{
    delete m_mappingBox->layout();
    qDeleteAll(m_mappingBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_mapping.clear();
    QStringList header;
    if (!m_document.rows.isEmpty())
        header = m_document.rows.constFirst().fields;
    const QHash<QString, int> guessed =
        m_header->isChecked() ? StakeholderImport::guessMapping(header) : QHash<QString, int>();
    auto *form = new QFormLayout(m_mappingBox);
    form->setContentsMargins(0, 0, 0, 0);
    for (const StakeholderImport::Field &field : StakeholderImport::fields()) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(field.key + QStringLiteral("Column"));
        combo->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < header.size(); ++column) {
            const QString name =
                m_header->isChecked() ? header.at(column) : tr("column %1").arg(column + 1);
            combo->addItem(tr("%1: %2").arg(column + 1).arg(name), column);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(guessed.value(field.key, -1))));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::recheck);
        form->addRow(field.required ? tr("%1 (required):").arg(field.label)
                                    : tr("%1:").arg(field.label),
                     combo);
        m_mapping.insert(field.key, combo);
    }
}

void CsvImportDialog::recheck()
{
    QHash<QString, int> mapping;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            mapping.insert(it.key(), column);
    }
    m_problems->clear();
    if (!mapping.contains(QStringLiteral("name"))) {
        m_result = {};
        m_summary->setText(tr("Choose the column that holds the names."));
        m_import->setEnabled(false);
        return;
    }
    m_result = StakeholderImport::prepare(m_document, m_header->isChecked(), mapping);
    for (const StakeholderImport::Problem &problem : std::as_const(m_result.problems))
        m_problems->addItem(tr("Line %1: %2").arg(problem.line).arg(problem.message));
    QSet<int> badLines;
    for (const StakeholderImport::Problem &problem : std::as_const(m_result.problems))
        badLines.insert(problem.line);
    const int ready = static_cast<int>(m_result.ready.size());
    m_summary->setText(
        badLines.isEmpty()
            ? tr("%n stakeholder(s) ready to import.", nullptr, ready)
            : tr("%n stakeholder(s) ready to import; %1 row(s) will be left out because of the "
                 "problems below. Mend them in the file and open it again, or import the rest.",
                 nullptr, ready)
                  .arg(badLines.size()));
    m_import->setText(tr("&Import %n Stakeholder(s)", nullptr, ready));
    m_import->setEnabled(ready > 0);
}

void CsvImportDialog::accept()
{
    if (m_result.ready.isEmpty())
        return;
    // One command in Edits: one transaction, one step to undo, all or nothing.
    QList<Edits::NewStakeholder> rows;
    rows.reserve(m_result.ready.size());
    for (const StakeholderImport::Prepared &prepared : std::as_const(m_result.ready))
        rows.append({prepared.stakeholder, prepared.role, prepared.line});
    QString failure;
    if (!m_edits.addStakeholders(
            rows, m_mission->currentData().toString(),
            tr("Import %n stakeholder(s)", nullptr, static_cast<int>(rows.size())), &failure)) {
        m_imported = 0;
        m_summary->setText(tr("Nothing was imported. %1").arg(failure));
        return;
    }
    m_imported = static_cast<int>(rows.size());
    QDialog::accept();
}
