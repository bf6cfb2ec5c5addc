#include "RestoreBackupDialog.h"
#include "Database.h"
#include "Inspection.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { Taken, Missions, Stakeholders, State, Where, ColumnCount };
constexpr int PathRole = Qt::UserRole;
constexpr int SoundRole = Qt::UserRole + 1;
constexpr int TakenRole = Qt::UserRole + 2;
} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath,
                                         const QString &secondBackupDirectory, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_note(new QLabel(this))
    , m_restore(nullptr)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));

    auto *intro = new QLabel(tr("Choose the backup of %1 to go back to. The current file, and any "
                                "-wal beside it, is moved aside under a new name, never deleted.")
                                 .arg(QDir::toNativeSeparators(databasePath)),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Taken"), tr("Missions"), tr("Stakeholders"), tr("State"), tr("Folder")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString secondFolder =
        Database::secondBackupDirectoryFor(databasePath, secondBackupDirectory);
    for (const Database::Backup &backup :
         Database::backupsOf(databasePath, secondBackupDirectory)) {
        const Inspection inspection = Inspection::of(backup.path);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Taken, QLocale().toString(backup.taken.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(Taken, QDir::toNativeSeparators(backup.path));
        if (inspection.isSound()) {
            item->setText(Missions, QLocale().toString(inspection.missions));
            item->setText(Stakeholders, QLocale().toString(inspection.stakeholders));
            item->setText(State, tr("Sound"));
        } else {
            item->setText(State, tr("Cannot be used"));
            item->setToolTip(State, inspection.error.message);
            item->setDisabled(true);
        }
        item->setTextAlignment(Missions, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Stakeholders, Qt::AlignRight | Qt::AlignVCenter);
        const bool second = !secondFolder.isEmpty()
            && QFileInfo(backup.path).absolutePath() == QFileInfo(secondFolder).absoluteFilePath();
        item->setText(Where, second ? tr("Second folder") : tr("Beside the database"));
        item->setData(Taken, PathRole, backup.path);
        item->setData(Taken, SoundRole, inspection.isSound());
        item->setData(Taken, TakenRole, backup.taken);
    }
    QApplication::restoreOverrideCursor();

    m_note->setWordWrap(true);
    if (m_list->topLevelItemCount() == 0) {
        m_note->setText(
            tr("There is no backup of this database yet. A backup is taken after it is "
               "opened, when it changed since the last one, and once it is checked sound."));
    } else {
        m_note->setText(tr("Backups are listed newest first, in the order they were taken."));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateButton);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_restore->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(Taken, SoundRole).toBool()) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }
    updateButton();
    m_list->setFocus();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 90),
           fontMetrics().height() * 22);
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(Taken, SoundRole).toBool())
        return {};
    return item->data(Taken, PathRole).toString();
}

QDateTime RestoreBackupDialog::selectedTaken() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(Taken, TakenRole).toDateTime() : QDateTime();
}

int RestoreBackupDialog::backupCount() const
{
    return m_list->topLevelItemCount();
}

void RestoreBackupDialog::updateButton()
{
    m_restore->setEnabled(!selectedBackup().isEmpty());
}
