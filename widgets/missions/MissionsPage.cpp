#include "MissionsPage.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Edits.h"
#include "FormSupport.h"
#include "MissionEditor.h"
#include "MissionReport.h"
#include "MissionRepository.h"
#include "MissionTableModel.h"
#include "PortfolioReport.h"
#include "ReportDialog.h"
#include "SearchFilterModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString s_any; // the "all" entry of a filter has no data
}

MissionsPage::MissionsPage(Edits &edits, MissionTableModel *model, QWidget *parent)
    : TablePage(tr("Missions"), model, parent)
    , m_edits(edits)
    , m_model(model)
    , m_status(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_country(new QComboBox(this))
    , m_lead(new QComboBox(this))
    , m_programme(new QComboBox(this))
    , m_showArchived(new QCheckBox(tr("Show arc&hived"), this))
    , m_new(new QAction(tr("&New Mission…"), this))
    , m_open(new QAction(tr("&Open Mission…"), this))
    , m_duplicate(new QAction(tr("D&uplicate Mission"), this))
    , m_archive(new QAction(tr("&Archive Mission"), this))
    , m_delete(new QAction(tr("&Delete Mission…"), this))
    , m_report(new QAction(tr("Mission &Report (PDF)…"), this))
    , m_print(new QAction(tr("&Print Mission Report…"), this))
    , m_portfolioReport(new QAction(tr("Por&tfolio Report (PDF)…"), this))
{
    m_portfolioReport->setObjectName(QStringLiteral("portfolioReportAction"));
    m_portfolioReport->setToolTip(tr("A PDF report across the missions shown in the list: "
                                     "filter by programme for a programme's report"));
    connect(m_portfolioReport, &QAction::triggered, this, &MissionsPage::reportShown);
    m_report->setObjectName(QStringLiteral("missionReportAction"));
    m_print->setObjectName(QStringLiteral("printReportAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_report, &QAction::triggered, this, &MissionsPage::reportCurrent);
    connect(m_print, &QAction::triggered, this, &MissionsPage::printCurrent);
    setObjectName(QStringLiteral("missionsPage"));
    m_new->setObjectName(QStringLiteral("newMissionAction"));
    m_new->setShortcut(QKeySequence::New); // Ctrl+N: a new item in the list at hand
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_open->setObjectName(QStringLiteral("openMissionAction"));
    m_duplicate->setObjectName(QStringLiteral("duplicateMissionAction"));
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_archive->setObjectName(QStringLiteral("archiveMissionAction"));
    m_archive->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_delete->setObjectName(QStringLiteral("deleteMissionAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_new, m_delete}); // these keys act on this page only
    connect(m_new, &QAction::triggered, this, &MissionsPage::newMission);
    connect(m_open, &QAction::triggered, this, &MissionsPage::openCurrent);
    connect(m_duplicate, &QAction::triggered, this, &MissionsPage::duplicateCurrent);
    connect(m_archive, &QAction::triggered, this, &MissionsPage::toggleArchiveCurrent);
    connect(m_delete, &QAction::triggered, this, &MissionsPage::deleteCurrent);

    const QList<QPair<QComboBox *, const char *>> filters {
        {m_status, "statusFilter"}, {m_stage, "stageFilter"},         {m_country, "countryFilter"},
        {m_lead, "leadFilter"},     {m_programme, "programmeFilter"},
    };
    for (const auto &[combo, name] : filters) {
        combo->setObjectName(QLatin1String(name));
        combo->setMinimumContentsLength(8);
        connect(combo, &QComboBox::currentIndexChanged, this, &MissionsPage::applyFilters);
    }
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));
    connect(m_showArchived, &QCheckBox::toggled, this, &MissionsPage::applyFilters);
    setActionsAndFilters({m_new, m_open, m_duplicate, m_archive, m_delete},
                         {m_status, m_stage, m_country, m_lead, m_programme, m_showArchived});
    setRowActions(
        {m_open, m_duplicate, m_archive, m_delete, nullptr, m_report, m_print, nullptr, m_new});

    m_status->addItem(tr("Any status"), s_any);
    for (const MissionStatus status : enumValues<MissionStatus>())
        m_status->addItem(enumLabel(status), enumCode(status));
    m_stage->addItem(tr("Any stage"), s_any);
    for (const Stage stage : enumValues<Stage>())
        m_stage->addItem(tr("%1. %2").arg(stageNumber(stage)).arg(enumLabel(stage)),
                         enumCode(stage));
    m_status->setAccessibleName(tr("Filter by status"));
    m_stage->setAccessibleName(tr("Filter by stage"));
    m_country->setAccessibleName(tr("Filter by country (any of a mission's sites)"));
    m_lead->setAccessibleName(tr("Filter by lead organisation"));
    m_programme->setAccessibleName(tr("Filter by programme"));

    connect(view(), &QTableView::activated, this, &MissionsPage::openCurrent);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MissionsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshChoices();
        ensureCurrentAndActions();
    });
    refreshChoices();
    applyFilters();
    ensureCurrentAndActions();
}

void MissionsPage::ensureCurrentAndActions()
{
    ensureCurrent();
    updateActions();
}

QList<QAction *> MissionsPage::missionActions() const
{
    return {m_new, m_open, m_duplicate, m_archive, m_delete, m_report, m_print, m_portfolioReport};
}

void MissionsPage::refreshChoices()
{
    // Countries and organisations come from the data; keep the user's choice when it still exists.
    const auto refill = [](QComboBox *combo, const QString &anyText, QStringList values) {
        const QString chosen = combo->currentData().toString();
        values.removeAll(QString());
        values.removeDuplicates();
        values.sort(Qt::CaseInsensitive);
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(anyText, s_any);
        for (const QString &value : values)
            combo->addItem(value, value);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    QStringList countries, leads, programmes;
    for (const Mission &m : m_model->rows()) {
        countries.append(m.countries());
        leads.append(m.leadOrganisation);
        programmes.append(m_model->programmeCode(m));
    }
    refill(m_country, tr("Any country"), countries);
    refill(m_lead, tr("Any lead organisation"), leads);
    refill(m_programme, tr("Any programme"), programmes);
    applyFilters();
}

void MissionsPage::applyFilters()
{
    const QString status = m_status->currentData().toString();
    const QString stage = m_stage->currentData().toString();
    const QString country = m_country->currentData().toString();
    const QString lead = m_lead->currentData().toString();
    const QString programme = m_programme->currentData().toString();
    const bool archived = m_showArchived->isChecked();
    proxy()->setRowFilter([=, this](int row) {
        const Mission &m = m_model->rowAt(row);
        return (archived || !m.archived) && (status.isEmpty() || enumCode(m.status) == status)
            && (stage.isEmpty() || enumCode(m.currentStage) == stage)
            && (country.isEmpty() || m.countries().contains(country))
            && (lead.isEmpty() || m.leadOrganisation == lead)
            && (programme.isEmpty() || m_model->programmeCode(m) == programme);
    });
    ensureCurrentAndActions();
}

void MissionsPage::updateActions()
{
    const QString id = currentId();
    const bool has = !id.isEmpty();
    for (QAction *action : {m_open, m_duplicate, m_archive, m_delete, m_report, m_print})
        action->setEnabled(has);
    const int row = has ? m_model->rowOfId(id) : -1;
    m_archive->setText(row >= 0 && m_model->rowAt(row).archived ? tr("Un&archive Mission")
                                                                : tr("&Archive Mission"));
}

void MissionsPage::showError(const QString &text)
{
    QMessageBox::warning(this, tr("Missions"), text);
}

void MissionsPage::newMission()
{
    Mission fresh;
    fresh.startDate = Clock::today();
    MissionEditor editor(m_edits, fresh, this);
    if (editor.exec() == QDialog::Accepted) {
        selectId(editor.mission().meta.id);
        Q_EMIT message(tr("Mission %1 created.").arg(editor.mission().code));
    }
}

void MissionsPage::openCurrent()
{
    const std::optional<Mission> mission = MissionRepository(m_edits.database()).find(currentId());
    if (!mission)
        return;
    MissionEditor editor(m_edits, *mission, this);
    if (editor.exec() == QDialog::Accepted)
        selectId(mission->meta.id);
}

void MissionsPage::duplicateCurrent()
{
    QString error;
    const QString id = m_edits.duplicateMission(currentId(), &error);
    if (id.isEmpty()) {
        showError(error);
        return;
    }
    selectId(id);
    openCurrent(); // the copy needs at least its own title
}

void MissionsPage::toggleArchiveCurrent()
{
    const QString id = currentId();
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const bool archive = !m_model->rowAt(row).archived;
    QString error;
    if (!m_edits.setMissionArchived(id, archive, &error)) {
        showError(error);
        return;
    }
    Q_EMIT message(archive ? tr("Mission archived. Ctrl+Z undoes it; \"Show archived\" lists it.")
                           : tr("Mission restored from the archive."));
}

void MissionsPage::deleteCurrent()
{
    const QString id = currentId();
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const Mission &mission = m_model->rowAt(row);
    QMessageBox ask(QMessageBox::Question, tr("Delete Mission"),
                    tr("Delete mission %1, \"%2\"?").arg(mission.code, mission.title),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("confirmDeleteDialog"));
    ask.setInformativeText(tr("Its stakeholders and engagements stay. You can undo this with "
                              "Edit > Undo (Ctrl+Z)."));
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() != QMessageBox::Yes)
        return;
    const QString code = mission.code;
    QString error;
    if (!m_edits.deleteMission(id, &error)) {
        showError(error);
        return;
    }
    Q_EMIT message(tr("Mission %1 deleted. Ctrl+Z brings it back.").arg(code));
}

void MissionsPage::reportCurrent()
{
    const int row = m_model->rowOfId(currentId());
    if (row < 0)
        return;
    const Mission mission = m_model->rowAt(row);
    ReportDialog ask(tr("Mission Report"),
                     ReportPeriod::forMission(m_edits.database(), mission.meta.id), true, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Mission Report"),
        QDir(AppSettings::lastDirectory()).filePath(tr("%1 report.pdf").arg(mission.code)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written =
        MissionReport(m_edits.database(), mission.meta.id, ask.includeSensitive(), ask.period())
            .writePdf(path, &error);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(this, tr("Mission Report"), error);
    else
        Q_EMIT message(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
}

void MissionsPage::printCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    ReportDialog ask(tr("Print Mission Report"), ReportPeriod::forMission(m_edits.database(), id),
                     true, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The pages asked for ("1-3, 5"), or all of them.
    QList<int> pages;
    if (printer.printRange() == QPrinter::PageRange) {
        for (const QPageRanges::Range &range : printer.pageRanges().toRangeList()) {
            for (int page = range.from; page <= range.to; ++page)
                pages.append(page);
        }
    }
    MissionReport(m_edits.database(), id, ask.includeSensitive(), ask.period())
        .print(&printer, pages);
}

void MissionsPage::reportShown()
{
    QStringList ids;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        ids.append(m_model->rowAt(proxy()->mapToSource(proxy()->index(row, 0)).row()).meta.id);
    if (ids.isEmpty()) {
        Q_EMIT message(tr("No mission is shown in the list: change the filters first."));
        return;
    }
    // What the list shows says what the report covers: a programme's missions make its report.
    QStringList filters;
    for (const QComboBox *combo : {m_status, m_stage, m_country, m_lead, m_programme}) {
        if (!combo->currentData().toString().isEmpty())
            filters.append(combo->currentText());
    }
    const QString programme = m_programme->currentData().toString();
    const QString title = programme.isEmpty()
        ? tr("Portfolio report")
        : tr("Programme report: %1").arg(m_programme->currentText());
    const QString search = searchField()->text().trimmed();
    if (!search.isEmpty())
        filters.append(tr("search \"%1\"").arg(search));
    const QString scope = filters.isEmpty()
        ? QString()
        : tr("The missions shown in the list: %1.").arg(filters.join(QStringLiteral("; ")));
    Database &db = m_edits.database();
    ReportDialog ask(tr("Portfolio Report"), PortfolioReport::wholeCourse(db, ids), false, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Portfolio Report"),
        QDir(AppSettings::lastDirectory())
            .filePath(programme.isEmpty() ? tr("Portfolio report.pdf")
                                          : tr("%1 report.pdf").arg(programme)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Counting %n mission(s)…", nullptr, static_cast<int>(ids.size())),
                             tr("&Stop"), 0, static_cast<int>(ids.size()), this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const bool written = PortfolioReport(db, ids, title, scope, ask.period())
                             .writePdf(path, &error, [&progress](int done, int) {
                                 progress.setValue(done);
                                 return !progress.wasCanceled();
                             });
    progress.reset();
    if (written)
        Q_EMIT message(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    else if (!error.isEmpty())
        QMessageBox::warning(this, tr("Portfolio Report"), error);
    else
        Q_EMIT message(tr("The report was stopped; nothing was written."));
}
