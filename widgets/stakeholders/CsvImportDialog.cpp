#include "CsvImportDialog.h"
#include "AppSettings.h"
#include "Database.h"
#include "Edits.h"
#include "MissionRepository.h"
#include "SearchFilterModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace {
constexpr qint64 s_maxFileSize = 50 * 1024 * 1024;
constexpr int s_previewRows = 6;

// A widget whose contents scroll when the dialog is small (a 1024x768 screen).
QWidget *scrolling(QWidget *contents, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(contents);
    return area;
}

void clearLayout(QWidget *box)
{
    delete box->layout();
    qDeleteAll(box->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}
} // namespace

CsvImportDialog::CsvImportDialog(Edits &edits, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_file(new QLabel(this))
    , m_separator(new QComboBox(this))
    , m_header(new QCheckBox(tr("First row holds the column &names"), this))
    , m_preview(new QTableWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_mappingBox(new QWidget)
    , m_valuesBox(new QWidget)
    , m_othersBox(new QWidget)
    , m_kind(new QComboBox(this))
    , m_mission(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(this))
    , m_import(nullptr)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import Stakeholders from CSV"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    // The header and four rows in sight, with room for the scroll bar.
    m_preview->setMinimumHeight((fontMetrics().height() + 8) * 6 + 4);
    m_tabs->setObjectName(QStringLiteral("choiceTabs"));
    m_tabs->addTab(scrolling(m_mappingBox, m_tabs), tr("&Columns"));
    m_tabs->addTab(scrolling(m_valuesBox, m_tabs), QString());
    m_tabs->addTab(scrolling(m_othersBox, m_tabs), QString());
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("As each row says, or from what it holds"),
                    static_cast<int>(StakeholderImport::KindRule::FollowData));
    m_kind->addItem(tr("Every row is a person"),
                    static_cast<int>(StakeholderImport::KindRule::AllPersons));
    m_kind->addItem(tr("Every row is a group"),
                    static_cast<int>(StakeholderImport::KindRule::AllGroups));
    m_kind->setToolTip(tr("A row with no name but an organisation, a row named as its "
                          "organisation, or one whose type names an organisation (an NGO, a "
                          "consultancy) with no other organisation given, is taken as a group."));
    m_mission->setObjectName(QStringLiteral("linkMissionCombo"));
    m_mission->addItem(tr("Do not link"), QString());
    for (const Mission &m : MissionRepository(edits.database()).all()) {
        if (!m.archived)
            m_mission->addItem(tr("%1 — %2").arg(m.code, m.title), m.meta.id);
    }
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemTable"));
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->verticalHeader()->hide();
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *source = new QGroupBox(tr("1. The file"), this);
    auto *sourceLayout = new QGridLayout(source);
    sourceLayout->addWidget(m_file, 0, 0, 1, 4);
    sourceLayout->addWidget(new QLabel(tr("Separator:"), source), 1, 0);
    sourceLayout->addWidget(m_separator, 1, 1);
    sourceLayout->addWidget(m_header, 1, 2);
    sourceLayout->setColumnStretch(3, 1);
    sourceLayout->addWidget(m_preview, 2, 0, 1, 4);

    auto *fields = new QGroupBox(tr("2. What the file means"), this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(m_tabs, 1);
    auto *rules = new QFormLayout;
    rules->addRow(tr("&Groups or persons:"), m_kind);
    rules->addRow(tr("&Link everyone imported to:"), m_mission);
    fieldsLayout->addLayout(rules);

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
    columns->addWidget(fields, 2);
    columns->addWidget(check, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source, 0);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_separator, &QComboBox::currentIndexChanged, this, &CsvImportDialog::reparse);
    connect(m_header, &QCheckBox::toggled, this, [this] {
        startChoices();
        rebuildMapping();
        rebuildOtherColumns();
        rebuildValues();
        recheck();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_options.kind = static_cast<StakeholderImport::KindRule>(m_kind->currentData().toInt());
        rebuildValues();
        recheck();
    });
    // Roomy at a desk, and within a 1024x768 screen.
    const QScreen *shown = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = shown ? shown->availableGeometry().size() - QSize(24, 48) : QSize(1040, 700);
    resize(QSize(1040, 700).boundedTo(room));
}

QComboBox *CsvImportDialog::valueCombo(const QString &field, const QString &text) const
{
    return m_valuesBox->findChild<QComboBox *>(
        QStringLiteral("value:%1:%2").arg(field, SearchFilterModel::fold(text.trimmed())));
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

QStringList CsvImportDialog::header() const
{
    return m_document.rows.isEmpty() ? QStringList() : m_document.rows.constFirst().fields;
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
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
    startChoices();
    rebuildMapping();
    rebuildOtherColumns();
    rebuildValues();
    recheck();
    // Values to choose come first: they hold rows back until chosen.
    if (m_openValues > 0)
        m_tabs->setCurrentIndex(1);
}

void CsvImportDialog::startChoices()
{
    const QStringList names = header();
    m_remembered = false;
    // What values mean does not hang on columns: it outlives a change of separator or header.
    const auto values = std::exchange(m_options.values, {});
    m_options = {};
    m_options.values = values;
    if (m_header->isChecked() && !names.isEmpty()) {
        const QJsonObject saved = AppSettings::importChoices(StakeholderImport::headerKey(names));
        if (!saved.isEmpty()) {
            m_options = StakeholderImport::fromJson(saved, static_cast<int>(names.size()));
            m_remembered = true;
        } else {
            m_options.mapping = StakeholderImport::guessMapping(names);
        }
    }
    m_options.hasHeader = m_header->isChecked();
    // Nothing in the file is lost unless the user says so: columns the app has no field for go
    // into the notes until unticked.
    if (!m_remembered)
        m_options.toNotes =
            StakeholderImport::unmappedColumns(m_document, m_options.hasHeader, m_options.mapping);
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_options.kind)));
}

void CsvImportDialog::rebuildMapping()
{
    clearLayout(m_mappingBox);
    m_mapping.clear();
    const QStringList names = header();
    auto *form = new QFormLayout(m_mappingBox);
    for (const StakeholderImport::Field &field : StakeholderImport::fields()) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(field.key + QStringLiteral("Column"));
        combo->addItem(tr("(not in the file)"), -1);
        for (int column = 0; column < names.size(); ++column) {
            const QString name =
                m_header->isChecked() ? names.at(column) : tr("column %1").arg(column + 1);
            combo->addItem(tr("%1: %2").arg(QString::number(column + 1), name), column);
        }
        combo->setCurrentIndex(
            std::max(0, combo->findData(m_options.mapping.value(field.key, -1))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key = field.key, combo] {
            const int column = combo->currentData().toInt();
            const int before = m_options.mapping.value(key, -1);
            if (column >= 0) {
                m_options.mapping.insert(key, column);
                m_options.toNotes.removeAll(column); // a field takes it now
            } else {
                m_options.mapping.remove(key);
            }
            // A column no field takes any more goes into the notes until unticked.
            if (before >= 0 && before != column && !m_options.mapping.values().contains(before)
                && !m_options.toNotes.contains(before))
                m_options.toNotes.append(before);
            rebuildOtherColumns();
            rebuildValues();
            recheck();
        });
        form->addRow(field.required ? tr("%1 (required):").arg(field.label)
                                    : tr("%1:").arg(field.label),
                     combo);
        m_mapping.insert(field.key, combo);
    }
}

void CsvImportDialog::rebuildOtherColumns()
{
    clearLayout(m_othersBox);
    auto *layout = new QVBoxLayout(m_othersBox);
    const QList<int> others =
        StakeholderImport::unmappedColumns(m_document, m_options.hasHeader, m_options.mapping);
    auto *intro =
        new QLabel(others.isEmpty() ? tr("Every column of the file is taken by a field.")
                                    : tr("The app has no field for these columns. Ticked ones go "
                                         "into each stakeholder's notes as \"Column: value\"; the "
                                         "others are left out."),
                   m_othersBox);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const int column : others) {
        auto *box = new QCheckBox(
            tr("Add \"%1\" (column %2) to the notes")
                .arg(StakeholderImport::columnName(m_document, m_options.hasHeader, column),
                     QString::number(column + 1)),
            m_othersBox);
        box->setObjectName(QStringLiteral("toNotes%1").arg(column));
        box->setChecked(m_options.toNotes.contains(column));
        connect(box, &QCheckBox::toggled, this, [this, column](bool on) {
            m_options.toNotes.removeAll(column);
            if (on)
                m_options.toNotes.append(column);
            recheck();
        });
        layout->addWidget(box);
    }
    layout->addStretch(1);
    m_tabs->setTabText(2, tr("&Other columns (%1)").arg(others.size()));
}

void CsvImportDialog::rebuildValues()
{
    clearLayout(m_valuesBox);
    const QList<StakeholderImport::UnknownValue> unknown =
        StakeholderImport::unknownValues(m_document, m_options);
    auto *grid = new QGridLayout(m_valuesBox);
    auto *intro =
        new QLabel(unknown.isEmpty() ? tr("The app knows every value in the file's choice columns.")
                                     : tr("Choose what each of these values means; the choice "
                                          "applies to every row that holds it."),
                   m_valuesBox);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 2);
    QHash<QString, QString> fieldLabels;
    for (const StakeholderImport::Field &field : StakeholderImport::fields())
        fieldLabels.insert(field.key, field.label);
    int row = 1;
    for (const StakeholderImport::UnknownValue &value : unknown) {
        auto *label = new QLabel(
            tr("%1 \"%2\"\n%n row(s), the first on line %3", nullptr, value.rows)
                .arg(fieldLabels.value(value.field), value.text, QString::number(value.firstLine)),
            m_valuesBox);
        label->setWordWrap(true);
        auto *combo = new QComboBox(m_valuesBox);
        combo->setObjectName(QStringLiteral("value:%1:%2").arg(value.field, value.folded));
        combo->addItem(tr("Choose what it means…"));
        for (const auto &[code, text] : StakeholderImport::choicesFor(value.field))
            combo->addItem(text, QVariant::fromValue(QStringLiteral("map:") + code));
        if (StakeholderImport::canLeaveEmpty(value.field))
            combo->addItem(tr("Leave it empty"), QStringLiteral("empty"));
        combo->addItem(tr("Skip these rows"), QStringLiteral("skip"));
        const StakeholderImport::ValueChoice chosen =
            m_options.values.value(value.field).value(value.folded);
        const QString current = chosen.action == StakeholderImport::ValueChoice::MapTo
            ? QStringLiteral("map:") + chosen.code
            : chosen.action == StakeholderImport::ValueChoice::LeaveEmpty ? QStringLiteral("empty")
            : chosen.action == StakeholderImport::ValueChoice::SkipRow    ? QStringLiteral("skip")
                                                                          : QString();
        combo->setCurrentIndex(current.isEmpty() ? 0 : std::max(0, combo->findData(current)));
        label->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, field = value.field, folded = value.folded, combo] {
                    const QString picked = combo->currentData().toString();
                    StakeholderImport::ValueChoice choice;
                    if (picked.startsWith(QLatin1String("map:")))
                        choice = {StakeholderImport::ValueChoice::MapTo, picked.mid(4)};
                    else if (picked == u"empty")
                        choice.action = StakeholderImport::ValueChoice::LeaveEmpty;
                    else if (picked == u"skip")
                        choice.action = StakeholderImport::ValueChoice::SkipRow;
                    if (choice.action == StakeholderImport::ValueChoice::Unresolved)
                        m_options.values[field].remove(folded);
                    else
                        m_options.values[field].insert(folded, choice);
                    recheck();
                });
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(row, 1);
}

void CsvImportDialog::recheck()
{
    // The values tab's title counts what is still to choose.
    int &open = m_openValues;
    open = 0;
    int total = 0;
    for (const StakeholderImport::UnknownValue &value :
         StakeholderImport::unknownValues(m_document, m_options)) {
        ++total;
        if (m_options.values.value(value.field).value(value.folded).action
            == StakeholderImport::ValueChoice::Unresolved)
            ++open;
    }
    m_tabs->setTabText(
        1, open > 0 ? tr("&Values to choose (%1)").arg(open) : tr("&Values (%1)").arg(total));

    if (!m_options.mapping.contains(QStringLiteral("name"))) {
        m_result = {};
        m_problems->clear();
        m_problems->setRowCount(0);
        m_summary->setText(tr("Choose the column that holds the names."));
        m_import->setText(tr("&Import"));
        m_import->setEnabled(false);
        return;
    }
    m_result = StakeholderImport::prepare(m_document, m_options);
    showProblems();
    QSet<int> badLines;
    for (const StakeholderImport::Problem &problem : std::as_const(m_result.problems))
        badLines.insert(problem.line);
    const int ready = static_cast<int>(m_result.ready.size());
    QStringList parts;
    parts.append(tr("%n stakeholder(s) ready to import.", nullptr, ready));
    if (!badLines.isEmpty())
        parts.append(tr("%n row(s) with a problem, below, will be left out: choose what their "
                        "values mean, or mend them in the file and open it again.",
                        nullptr, static_cast<int>(badLines.size())));
    if (m_result.groupsFromData > 0)
        parts.append(
            tr("%n row(s) taken as groups from what they hold.", nullptr, m_result.groupsFromData));
    if (m_result.skipped > 0)
        parts.append(tr("%n row(s) skipped as you chose.", nullptr, m_result.skipped));
    if (m_remembered)
        parts.append(tr("The choices made for the last file with these columns are used "
                        "again."));
    m_summary->setText(parts.join(u' '));
    m_import->setText(tr("&Import %n Stakeholder(s)", nullptr, ready));
    m_import->setEnabled(ready > 0);
}

void CsvImportDialog::showProblems()
{
    // Every row with a problem, with its fields as the file has them and what is wrong, wrapped.
    std::map<int, QStringList> byLine;
    for (const StakeholderImport::Problem &problem : std::as_const(m_result.problems))
        byLine[problem.line].append(problem.message);
    QHash<int, const Csv::Row *> rows;
    int columns = 0;
    for (const Csv::Row &row : std::as_const(m_document.rows)) {
        if (byLine.count(row.line) > 0) {
            rows.insert(row.line, &row);
            columns = std::max(columns, static_cast<int>(row.fields.size()));
        }
    }
    const QStringList names = m_header->isChecked() ? header() : QStringList();
    m_problems->clear();
    m_problems->setColumnCount(2 + columns);
    QStringList labels {tr("Line"), tr("What is wrong")};
    for (int c = 0; c < columns; ++c)
        labels.append(c < names.size() ? names.at(c) : tr("column %1").arg(c + 1));
    m_problems->setHorizontalHeaderLabels(labels);
    m_problems->setRowCount(static_cast<int>(byLine.size()));
    int r = 0;
    for (const auto &[line, messages] : byLine) {
        auto *number = new QTableWidgetItem(QString::number(line));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        m_problems->setItem(r, 0, number);
        auto *what = new QTableWidgetItem(messages.join(u'\n'));
        what->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_problems->setItem(r, 1, what);
        if (const Csv::Row *row = rows.value(line)) {
            for (int c = 0; c < row->fields.size(); ++c) {
                auto *item = new QTableWidgetItem(row->fields.at(c));
                item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
                m_problems->setItem(r, 2 + c, item);
            }
        }
        ++r;
    }
    m_problems->resizeColumnToContents(0);
    m_problems->setColumnWidth(1, fontMetrics().averageCharWidth() * 42);
    for (int c = 2; c < m_problems->columnCount(); ++c) {
        m_problems->resizeColumnToContents(c);
        m_problems->setColumnWidth(c, std::min(m_problems->columnWidth(c), 220));
    }
    m_problems->resizeRowsToContents();
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
    if (m_header->isChecked() && !header().isEmpty())
        AppSettings::setImportChoices(StakeholderImport::headerKey(header()),
                                      StakeholderImport::toJson(m_options));
    QDialog::accept();
}
