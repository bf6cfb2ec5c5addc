#include "PreferencesDialog.h"
#include "AppSettings.h"
#include "FormSupport.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_secondBackups(new QLineEdit(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const auto &[code, name] : Translations::available())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));

    auto *note = new QLabel(tr("A new language applies the next time Intervention Planner "
                               "starts."),
                            this);
    note->setWordWrap(true);
    m_secondBackups->setObjectName(QStringLiteral("secondBackupsEdit"));
    m_secondBackups->setText(QDir::toNativeSeparators(AppSettings::secondBackupDirectory()));
    m_secondBackups->setPlaceholderText(tr("None"));
    Form::addClearButton(m_secondBackups);
    m_secondBackups->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Second Backup Folder"),
            m_secondBackups->text().isEmpty() ? QDir::homePath() : m_secondBackups->text());
        if (!dir.isEmpty())
            m_secondBackups->setText(QDir::toNativeSeparators(dir));
    });
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_secondBackups, 1);
    backupRow->addWidget(browse);
    auto *backupNote = new QLabel(tr("Each time a database opens, its backup is copied here too. "
                                     "Choose a USB stick or another drive, so a lost or broken "
                                     "laptop does not take the backups with it."),
                                  this);
    backupNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    auto *backupLabel = new QLabel(tr("Second &backup folder:"), this);
    backupLabel->setBuddy(m_secondBackups);
    form->addRow(backupLabel, backupRow);
    form->addRow(backupNote);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setSecondBackupDirectory(
        QDir::fromNativeSeparators(m_secondBackups->text().trimmed()));
    QDialog::accept();
}
