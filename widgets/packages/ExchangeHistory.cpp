#include "ExchangeHistory.h"
#include "AppSettings.h"
#include "Database.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString localTime(const QString &stored)
{
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : stored;
}

bool writeText(QWidget *parent, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    QMessageBox::warning(parent, ExchangeHistoryDialog::tr("Exchange History"),
                         ExchangeHistoryDialog::tr("%1 could not be written: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

} // namespace

ExchangeHistoryDialog::ExchangeHistoryDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_report(new QPlainTextEdit(this))
    , m_home(new QComboBox(this))
    , m_saveReport(new QPushButton(tr("Save &Report…"), this))
    , m_saveReceipt(new QPushButton(tr("Save Re&ceipt…"), this))
{
    setWindowTitle(tr("Exchange History"));
    m_list->setObjectName(QStringLiteral("exchangeList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("With"), tr("By"), tr("Records")});
    m_list->header()->setStretchLastSection(true);
    m_report->setObjectName(QStringLiteral("exchangeReport"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_home->setObjectName(QStringLiteral("homeChoice"));
    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    m_saveReceipt->setObjectName(QStringLiteral("saveReceipt"));

    auto *homeLabel = new QLabel(tr("&Home, whose deliveries the status bar follows:"), this);
    homeLabel->setBuddy(m_home);
    auto *homeRow = new QHBoxLayout;
    homeRow->addWidget(homeLabel);
    homeRow->addWidget(m_home, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_report);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveReceipt, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveReport, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every field package made here and imported here. An import's "
                                "receipt goes back to the database that made the package, which "
                                "imports it (File › Import Receipt) to know what has arrived."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(homeRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ExchangeHistoryDialog::showSelected);
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        const FieldPackage::HistoryEntry *entry = selected();
        if (!entry)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Report"),
            QDir(AppSettings::lastDirectory())
                .filePath(tr("exchange-%1.txt").arg(entry->packageId.left(8))),
            tr("Text files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            saveReport(path);
    });
    connect(m_saveReceipt, &QPushButton::clicked, this, [this] {
        const FieldPackage::HistoryEntry *entry = selected();
        if (!entry)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Receipt"),
            QDir(AppSettings::lastDirectory())
                .filePath(tr("receipt-%1.json").arg(entry->packageId.left(8))),
            tr("Receipts (*.json);;All files (*)"));
        if (!path.isEmpty())
            saveReceipt(path);
    });
    connect(m_home, &QComboBox::activated, this, [this] {
        QString error;
        if (!FieldPackage::setHome(m_db, m_home->currentData().toString(), &error))
            QMessageBox::warning(this, windowTitle(), error);
        Q_EMIT homeChanged();
    });
    fill();
    resize(900, 600);
}

void ExchangeHistoryDialog::fill()
{
    m_entries = FieldPackage::history(m_db);
    m_list->clear();
    for (const FieldPackage::HistoryEntry &entry : std::as_const(m_entries)) {
        int records = 0;
        for (const FieldPackage::TableCounts &counts : entry.tables)
            records += counts.added + counts.updated + counts.conflicts;
        const QString what = entry.imported ? tr("Imported export %1").arg(entry.sequence)
            : entry.redacted ? tr("Made a redacted handover (export %1)").arg(entry.sequence)
                             : tr("Made export %1").arg(entry.sequence);
        const QString with = entry.imported ? entry.peerName
            : entry.peer.isEmpty()          ? tr("No receipt yet")
                                            : tr("Receipt from %1").arg(entry.peerName);
        const QString count = entry.imported
            ? tr("%1 new or changed, %2 decided").arg(records).arg(entry.decisions.size())
            : (entry.missions.isEmpty() ? tr("All missions") : entry.missions.join(u", "));
        auto *item =
            new QTreeWidgetItem(m_list,
                                {localTime(entry.at), what, with,
                                 entry.by.isEmpty() ? tr("(not recorded)") : entry.by, count});
        item->setToolTip(1, entry.packageId);
    }
    for (int column = 0; column < m_list->columnCount() - 1; ++column)
        m_list->resizeColumnToContents(column);

    m_home->clear();
    m_home->addItem(tr("No one"), QString());
    for (const FieldPackage::ExchangePeer &peer : FieldPackage::exchangePeers(m_db)) {
        m_home->addItem(peer.name.isEmpty() ? peer.store : peer.name, peer.store);
        if (peer.home)
            m_home->setCurrentIndex(m_home->count() - 1);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

const FieldPackage::HistoryEntry *ExchangeHistoryDialog::selected() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void ExchangeHistoryDialog::showSelected()
{
    const FieldPackage::HistoryEntry *entry = selected();
    m_report->setPlainText(
        entry ? FieldPackage::historyReport(*entry)
              : tr("Nothing was exchanged yet: File › Export Field Package makes a package, File › "
                   "Import Field Package takes one in."));
    m_saveReport->setEnabled(entry != nullptr);
    m_saveReceipt->setEnabled(entry && entry->imported);
}

bool ExchangeHistoryDialog::saveReport(const QString &path)
{
    const FieldPackage::HistoryEntry *entry = selected();
    if (!entry || !writeText(this, path, FieldPackage::historyReport(*entry).toUtf8()))
        return false;
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    return true;
}

bool ExchangeHistoryDialog::saveReceipt(const QString &path)
{
    const FieldPackage::HistoryEntry *entry = selected();
    if (!entry || !entry->imported)
        return false;
    QString error;
    const QByteArray receipt = FieldPackage::receipt(m_db, entry->packageId, &error);
    if (receipt.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    if (!writeText(this, path, receipt))
        return false;
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    return true;
}

DeliveryStatus::DeliveryStatus(QWidget *parent)
    : QLabel(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("deliveryStatus"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(800);
    connect(m_timer, &QTimer::timeout, this, &DeliveryStatus::refresh);
    hide();
}

void DeliveryStatus::setDatabase(Database *db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    hide();
    if (!db)
        return;
    connect(db, &Database::recordsChanged, m_timer, qOverload<>(&QTimer::start));
    connect(db, &QObject::destroyed, this, &QWidget::hide); // closed
    m_timer->start();
}

void DeliveryStatus::refresh()
{
    m_timer->stop();
    const std::optional<FieldPackage::Undelivered> left =
        m_db && m_db->isOpen() ? FieldPackage::undelivered(*m_db) : std::nullopt;
    if (!left) {
        hide();
        return;
    }
    if (left->records == 0) {
        setText(tr("Everything is at %1").arg(left->homeName));
        setToolTip(tr("Every record here is as %1 last had it.").arg(left->homeName));
    } else {
        setText(tr("%n record(s) not yet at %1", nullptr, left->records).arg(left->homeName));
        QStringList lines {
            tr("Changed here since %1 last had them, or never sent:").arg(left->homeName)};
        for (auto it = left->tables.cbegin(); it != left->tables.cend(); ++it)
            lines.append(
                QStringLiteral("%1: %2").arg(FieldPackage::typeLabel(it.key())).arg(it.value()));
        lines.append(QString());
        lines.append(tr("Export a field package for %1, and import the receipt it sends back "
                        "(File › Import Receipt), to mark them delivered.")
                         .arg(left->homeName));
        setToolTip(lines.join(u'\n'));
    }
    show();
}
