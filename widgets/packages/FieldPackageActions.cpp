#include "FieldPackageActions.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Database.h"
#include "DuplicatesDialog.h"
#include "Edits.h"
#include "ExchangeHistory.h"
#include "FieldPackage.h"
#include "Keys.h"
#include "KeysDialog.h"
#include "MissionRepository.h"
#include "PackageFile.h"
#include "PackageImportDialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStatusBar>
#include <QUuid>
#include <QVBoxLayout>

namespace {

QString packageFilter()
{
    return FieldPackageActions::tr("Field packages (*.ippkg);;All files (*)");
}

// How a package is sealed: to a passphrase, or to recipients' keys and signed with this
// database's key.
class ExportDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(FieldPackageActions)

public:
    ExportDialog(Database &db, QWidget *parent)
        : QDialog(parent)
        , m_db(db)
        , m_everything(new QRadioButton(tr("E&very mission, with the portfolio-level risks")))
        , m_chosen(new QRadioButton(tr("Only the &missions checked, with their stakeholders:")))
        , m_missions(new QListWidget)
        , m_redacted(new QCheckBox(tr("Re&dacted handover, for another organisation")))
        , m_redactedNote(new QLabel)
        , m_freeTextCount(new QLabel)
        , m_freeText(new QListWidget)
        , m_byPassphrase(new QRadioButton(tr("Protect with a &passphrase")))
        , m_byKeys(new QRadioButton(tr("Seal to &recipients' keys, signed by this database")))
        , m_passphrase(new QLineEdit)
        , m_repeat(new QLineEdit)
        , m_recipients(new QListWidget)
        , m_addKey(new QPushButton(tr("Add Public &Key File…")))
        , m_keyPassphrase(new QLineEdit)
        , m_message(new QLabel)
    {
        setWindowTitle(tr("Export Field Package"));
        setObjectName(QStringLiteral("packageExportDialog"));
        auto *intro = new QLabel(
            tr("<p>A package holds the missions' records: stakeholders with their contact "
               "details and ratings, engagements, risks, every stage's records, indicators, the "
               "rating settings, and deleted records, so that deletions travel too. It is "
               "encrypted: only someone with the passphrase, or a recipient whose key you choose, "
               "can open it, and any change on the way is detected.</p>"));
        intro->setWordWrap(true);
        m_everything->setObjectName(QStringLiteral("everyMission"));
        m_chosen->setObjectName(QStringLiteral("chosenMissions"));
        m_missions->setObjectName(QStringLiteral("missionChoice"));
        auto *scope = new QButtonGroup(this);
        scope->addButton(m_everything);
        scope->addButton(m_chosen);
        for (const Mission &mission : MissionRepository(db).all()) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 \u2014 %2").arg(mission.code, mission.title));
            item->setData(Qt::UserRole, mission.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_missions->addItem(item);
        }
        m_missions->setMaximumHeight(m_missions->fontMetrics().lineSpacing() * 6);
        // Checking a mission is choosing to send only some.
        connect(m_missions, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
            if (item->checkState() == Qt::Checked)
                m_chosen->setChecked(true);
        });
        connect(m_chosen, &QRadioButton::toggled, this, &ExportDialog::refresh);
        m_redacted->setObjectName(QStringLiteral("redacted"));
        m_redactedNote->setObjectName(QStringLiteral("redactedNote"));
        m_redactedNote->setWordWrap(true);
        m_redactedNote->setText(
            tr("Left out, each marked as withheld: e-mail, phone and address; power, interest, "
               "attitude and trust; notes on people and accounts of engagements; protected "
               "names; the history of earlier values."));
        m_freeTextCount->setObjectName(QStringLiteral("freeTextCount"));
        m_freeTextCount->setWordWrap(true);
        m_freeText->setObjectName(QStringLiteral("freeText"));
        m_freeText->setWordWrap(true);
        m_freeText->setTextElideMode(Qt::ElideRight);
        m_freeText->setMinimumHeight(m_freeText->fontMetrics().lineSpacing() * 5);
        m_missions->setMinimumHeight(m_missions->fontMetrics().lineSpacing() * 5);
        connect(m_redacted, &QCheckBox::toggled, this, &ExportDialog::refreshFreeText);
        connect(m_chosen, &QRadioButton::toggled, this, &ExportDialog::refreshFreeText);
        connect(m_missions, &QListWidget::itemChanged, this, &ExportDialog::refreshFreeText);
        m_byPassphrase->setObjectName(QStringLiteral("byPassphrase"));
        m_byKeys->setObjectName(QStringLiteral("byKeys"));
        m_passphrase->setObjectName(QStringLiteral("passphrase"));
        m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
        m_keyPassphrase->setObjectName(QStringLiteral("keyPassphrase"));
        m_recipients->setObjectName(QStringLiteral("recipients"));
        for (QLineEdit *edit : {m_passphrase, m_repeat, m_keyPassphrase})
            edit->setEchoMode(QLineEdit::Password);
        auto *group = new QButtonGroup(this);
        group->addButton(m_byPassphrase);
        group->addButton(m_byKeys);

        auto *passphraseForm = new QFormLayout;
        passphraseForm->addRow(tr("Pass&phrase (at least 10 characters):"), m_passphrase);
        passphraseForm->addRow(tr("Repeat &it:"), m_repeat);
        auto *keysForm = new QFormLayout;
        keysForm->addRow(tr("Re&cipients:"), m_recipients);
        keysForm->addRow(QString(), m_addKey);
        keysForm->addRow(tr("&This database's key passphrase:"), m_keyPassphrase);
        m_recipients->setMaximumHeight(m_recipients->fontMetrics().lineSpacing() * 6);
        for (const Peer &peer : Repository<Peer>(db).all()) {
            if (peer.revoked)
                continue;
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(peer.name, peer.fingerprint));
            item->setData(Qt::UserRole, peer.publicKey);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_recipients->addItem(item);
        }
        m_hasKey = Keys::ownPublicKey(db).has_value();
        if (!m_hasKey) {
            m_byKeys->setEnabled(false);
            m_byKeys->setToolTip(tr("This database has no key pair yet: File › Keys and "
                                    "Address Book makes one."));
        }
        m_message->setObjectName(QStringLiteral("exportMessage"));
        m_message->setWordWrap(true);
        m_message->setStyleSheet(QStringLiteral("color: palette(highlight)"));

        auto *buttons = new QDialogButtonBox;
        QPushButton *save = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
        save->setObjectName(QStringLiteral("exportButton"));
        buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
        connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_byPassphrase, &QRadioButton::toggled, this, &ExportDialog::refresh);
        connect(m_addKey, &QPushButton::clicked, this, &ExportDialog::addKey);

        // What goes on the left, how it is sealed on the right: short enough for a 1024x768
        // projector or an old laptop.
        auto *what = new QGroupBox(tr("What goes"));
        auto *whatLayout = new QVBoxLayout(what);
        whatLayout->addWidget(m_everything);
        whatLayout->addWidget(m_chosen);
        whatLayout->addWidget(m_missions);
        whatLayout->addWidget(m_redacted);
        whatLayout->addWidget(m_redactedNote);
        whatLayout->addWidget(m_freeTextCount);
        whatLayout->addWidget(m_freeText, 1);
        auto *how = new QGroupBox(tr("How it is sealed"));
        auto *howLayout = new QVBoxLayout(how);
        howLayout->addWidget(m_byPassphrase);
        howLayout->addLayout(passphraseForm);
        howLayout->addWidget(m_byKeys);
        howLayout->addLayout(keysForm);
        howLayout->addStretch();
        auto *columns = new QHBoxLayout;
        columns->addWidget(what, 1);
        columns->addWidget(how, 1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(columns);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
        m_everything->setChecked(true);
        m_byPassphrase->setChecked(true);
        refresh();
        refreshFreeText();
        const QRect screen =
            parent ? parent->screen()->availableGeometry() : QRect(0, 0, 1024, 768);
        resize(std::min(940, screen.width() - 40),
               std::min(std::max(sizeHint().height(), 640), screen.height() - 60));
    }

    void accept() override
    {
        redacted = m_redacted->isChecked();
        missions = m_chosen->isChecked() ? checkedMissions() : QStringList();
        if (m_chosen->isChecked()) {
            if (missions.isEmpty())
                return say(tr("Check at least one mission, or send every mission."), m_missions);
        }
        if (m_byPassphrase->isChecked()) {
            if (m_passphrase->text().size() < 10)
                return say(tr("The passphrase needs at least 10 characters."), m_passphrase);
            if (m_passphrase->text() != m_repeat->text())
                return say(tr("The two passphrases differ; type them again."), m_repeat);
            seal.passphrase = m_passphrase->text().toUtf8();
        } else {
            seal.recipients.clear();
            for (int i = 0; i < m_recipients->count(); ++i) {
                if (m_recipients->item(i)->checkState() == Qt::Checked)
                    seal.recipients.append(QByteArray::fromBase64(
                        m_recipients->item(i)->data(Qt::UserRole).toString().toLatin1()));
            }
            if (seal.recipients.isEmpty())
                return say(tr("Choose at least one recipient."), m_recipients);
            QString error;
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const std::optional<KeyPair> own =
                Keys::unlock(m_db, m_keyPassphrase->text().toUtf8(), &error);
            QApplication::restoreOverrideCursor();
            if (!own)
                return say(error, m_keyPassphrase);
            seal.signerPublic = own->publicKey;
            seal.signerSecret = own->secretKey;
        }
        QDialog::accept();
    }

    PackageFile::Seal seal;
    QStringList missions; // codes; empty: every mission
    bool redacted = false;

private:
    void say(const QString &message, QWidget *field)
    {
        m_message->setText(message);
        field->setFocus();
    }

    QStringList checkedMissions() const
    {
        QStringList codes;
        for (int i = 0; i < m_missions->count(); ++i) {
            if (m_missions->item(i)->checkState() == Qt::Checked)
                codes.append(m_missions->item(i)->data(Qt::UserRole).toString());
        }
        return codes;
    }

    // What a redacted handover leaves out, said plainly, and the free text it still carries, for
    // the person to review: it may name people.
    void refreshFreeText()
    {
        const bool redacting = m_redacted->isChecked();
        m_redactedNote->setVisible(redacting);
        m_freeTextCount->setVisible(redacting);
        m_freeText->setVisible(redacting);
        m_freeText->clear();
        if (!redacting)
            return;
        FieldPackage::ExportOptions options;
        options.redacted = true;
        if (m_chosen->isChecked())
            options.missions = checkedMissions();
        QApplication::setOverrideCursor(Qt::WaitCursor); // reads every record of a portfolio
        const QList<FieldPackage::FreeText> texts =
            m_chosen->isChecked() && options.missions.isEmpty()
            ? QList<FieldPackage::FreeText>()
            : FieldPackage::freeText(m_db, options);
        for (const FieldPackage::FreeText &text : texts) {
            auto *item = new QListWidgetItem(
                tr("%1 \u201c%2\u201d, %3: %4").arg(text.type, text.record, text.field, text.text));
            item->setToolTip(text.text);
            m_freeText->addItem(item);
        }
        QApplication::restoreOverrideCursor();
        m_freeTextCount->setText(tr("%n piece(s) of free text still go with it and may name "
                                    "people: review them, and change them first if they must "
                                    "not leave.",
                                    nullptr, int(texts.size())));
    }

    void refresh()
    {
        m_missions->setEnabled(m_chosen->isChecked() || m_missions->count() == 0);
        const bool passphrase = m_byPassphrase->isChecked();
        m_passphrase->setEnabled(passphrase);
        m_repeat->setEnabled(passphrase);
        m_recipients->setEnabled(!passphrase);
        m_addKey->setEnabled(!passphrase && m_hasKey);
        m_keyPassphrase->setEnabled(!passphrase);
        m_message->clear();
    }

    void addKey()
    {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Add a Recipient's Public Key"), AppSettings::lastDirectory(),
            tr("Public keys (*.pub *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        const auto key = Keys::readPublicKeyFile(path, &error);
        if (!key || !Keys::remember(m_db, key->first, key->second, &error))
            return say(error, m_addKey);
        auto *item =
            new QListWidgetItem(tr("%1 (%2)").arg(key->first, Keys::fingerprint(key->second)));
        item->setData(Qt::UserRole, QString::fromLatin1(key->second.toBase64()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        m_recipients->addItem(item);
    }

    Database &m_db;
    bool m_hasKey = false;
    QRadioButton *m_everything;
    QRadioButton *m_chosen;
    QListWidget *m_missions;
    QCheckBox *m_redacted;
    QLabel *m_redactedNote;
    QLabel *m_freeTextCount;
    QListWidget *m_freeText;
    QRadioButton *m_byPassphrase;
    QRadioButton *m_byKeys;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QListWidget *m_recipients;
    QPushButton *m_addKey;
    QLineEdit *m_keyPassphrase;
    QLabel *m_message;
};

} // namespace

QString FieldPackageActions::exportPackage(QWidget *parent, Database &db)
{
    ExportDialog dialog(db, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString suggested = QDir(AppSettings::lastDirectory())
                                  .filePath(tr("%1-%2.ippkg")
                                                .arg(QFileInfo(db.path()).completeBaseName(),
                                                     Clock::today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Field Package"), suggested,
                                                      packageFilter());
    if (path.isEmpty())
        return {};
    PackageFile::Seal seal = dialog.seal;
    seal.minimumKdf = minimumKdfForTests;
    FieldPackage::ExportOptions options;
    options.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.missions = dialog.missions;
    options.redacted = dialog.redacted;
    const QJsonObject header = FieldPackage::clearHeader(options.packageId);
    for (auto it = header.begin(); it != header.end(); ++it)
        seal.header.insert(it.key(), it.value());
    if (!seal.signerPublic.isEmpty())
        seal.header.insert(QStringLiteral("senderName"), QFileInfo(db.path()).completeBaseName());
    QString error;
    bool cancelled = false;
    QByteArray payload;
    {
        Progress progress(parent, tr("Gathering the records…"));
        payload = FieldPackage::exportAll(db, options, &error);
        cancelled = progress.wasCanceled();
    }
    if (payload.isEmpty() && cancelled)
        return tr("Export cancelled; nothing was written.");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = !payload.isEmpty() && PackageFile::write(path, payload, seal, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        if (!payload.isEmpty())
            FieldPackage::forgetExport(db, options.packageId);
        QMessageBox::warning(parent, tr("Export Field Package"),
                             tr("The package could not be written: %1").arg(error));
        return {};
    }
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    const QString file = QDir::toNativeSeparators(path);
    if (options.redacted)
        return options.missions.isEmpty()
            ? tr("A redacted handover of every mission was sealed into %1.").arg(file)
            : tr("A redacted handover of %1 was sealed into %2.")
                  .arg(options.missions.join(QStringLiteral(", ")), file);
    if (!options.missions.isEmpty())
        return tr("The missions %1 were sealed into %2.")
            .arg(options.missions.join(QStringLiteral(", ")), file);
    return tr("Every record was sealed into %1.").arg(file);
}

QString FieldPackageActions::importPackage(QWidget *parent, Edits &edits, const QString &given)
{
    Database &db = edits.database();
    const QString title = tr("Import Field Package");
    const QString path = given.isEmpty()
        ? QFileDialog::getOpenFileName(parent, title, AppSettings::lastDirectory(), packageFilter())
        : given;
    if (path.isEmpty())
        return {};
    QString error;
    const std::optional<QJsonObject> header = PackageFile::peek(path, &error);
    if (!header) {
        QMessageBox::warning(parent, title, error);
        return {};
    }
    PackageFile::Unlock unlock;
    std::optional<KeyPair> own;
    if (header->contains(QStringLiteral("recipients"))) {
        if (!Keys::ownPublicKey(db)) {
            QMessageBox::warning(parent, title,
                                 tr("This package is sealed to its recipients' keys, and this "
                                    "database has no key pair: it cannot be one of them."));
            return {};
        }
        const QByteArray secret =
            askSecret(parent, title,
                      tr("The package is sealed to this database's key. Its key "
                         "passphrase:"));
        if (secret.isEmpty())
            return {};
        QApplication::setOverrideCursor(Qt::WaitCursor);
        own = Keys::unlock(db, secret, &error);
        QApplication::restoreOverrideCursor();
        if (!own) {
            QMessageBox::warning(parent, title, error);
            return {};
        }
        unlock.ownPublic = own->publicKey;
        unlock.ownSecret = own->secretKey;
    } else {
        unlock.passphrase = askSecret(parent, title, tr("The package's passphrase:"));
        if (unlock.passphrase.isEmpty())
            return {};
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<PackageFile::Opened> opened = PackageFile::read(path, unlock, &error);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox::warning(parent, title, error);
        return {};
    }
    const QString fingerprint =
        opened->sender.isEmpty() ? QString() : Keys::fingerprint(opened->sender);
    const QString senderName = opened->header.value(QStringLiteral("senderName")).toString();
    switch (Keys::senderStatus(db, opened->sender)) {
    case Keys::Sender::Revoked:
        QMessageBox::warning(parent, title,
                             tr("The package is signed by %1 (%2), whose key was revoked: it is "
                                "refused, and nothing was written.")
                                 .arg(senderName, fingerprint));
        return {};
    case Keys::Sender::Unknown: {
        QMessageBox ask(QMessageBox::Question, title,
                        tr("The package is signed by “%1”, a key this database does not know "
                           "yet.\n\nIts fingerprint is\n\n%2\n\nCheck it with the sender, by "
                           "phone or in person, before you trust it.")
                            .arg(senderName, fingerprint),
                        QMessageBox::NoButton, parent);
        QPushButton *trust = ask.addButton(tr("&Trust and Continue"), QMessageBox::AcceptRole);
        ask.addButton(tr("&Cancel"), QMessageBox::RejectRole);
        ask.exec();
        if (ask.clickedButton() != trust)
            return {};
        break;
    }
    case Keys::Sender::Known:
    case Keys::Sender::Unsigned:
        break;
    }
    std::optional<FieldPackage::Preview> imported;
    // Previewed again after the person combines records the package repeats.
    for (int result = PackageImportDialog::Combined; result == PackageImportDialog::Combined;) {
        std::optional<FieldPackage::Preview> preview;
        {
            Progress progress(parent, tr("Comparing the package with this database…"));
            preview = FieldPackage::preview(db, opened->payload, &error);
            if (!preview && progress.wasCanceled())
                return {};
        }
        if (!preview) {
            QMessageBox::warning(parent, title, error);
            return {};
        }
        if (preview->alreadyImported) {
            QMessageBox::information(parent, title,
                                     tr("This package was imported before; nothing changed."));
            return {};
        }
        PackageImportDialog dialog(edits, opened->payload, *preview, QFileInfo(path).fileName(),
                                   parent);
        result = dialog.exec();
        imported = dialog.applied();
    }
    if (!imported)
        return {};
    if (!fingerprint.isEmpty() && !Keys::peer(db, fingerprint)
        && !Keys::remember(db, senderName, opened->sender, &error))
        QMessageBox::warning(parent, title,
                             tr("The records are in, but the sender could not be added to the "
                                "address book: %1")
                                 .arg(error));
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    const FieldPackage::Preview &applied = *imported;
    return tr("Imported %1: %2 new records, %3 updated, %4 conflicts decided. Ctrl+Z takes it "
              "back; File › Exchange History saves its receipt.")
        .arg(QFileInfo(path).fileName())
        .arg(applied.total(&FieldPackage::TableCounts::added))
        .arg(applied.total(&FieldPackage::TableCounts::updated))
        .arg(applied.total(&FieldPackage::TableCounts::conflicts));
}

QString FieldPackageActions::importReceipt(QWidget *parent, Database &db, const QString &given)
{
    const QString title = tr("Import Receipt");
    const QString path = given.isEmpty()
        ? QFileDialog::getOpenFileName(parent, title, AppSettings::lastDirectory(),
                                       tr("Receipts (*.json);;All files (*)"))
        : given;
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            parent, title,
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    QString error;
    // A receipt is a few hundred bytes: a large file is not one, and is not read whole.
    const std::optional<FieldPackage::ReceiptResult> result =
        FieldPackage::importReceipt(db, file.read(1024 * 1024), &error);
    if (!result) {
        QMessageBox::warning(parent, title, error);
        return {};
    }
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    if (result->alreadyRecorded)
        return tr("This receipt was imported before; nothing changed.");
    if (result->redacted)
        return tr("%1 received the redacted handover. It carried part of each record, so none is "
                  "marked as delivered.")
            .arg(result->receivedByName);
    return tr("%1 received the package: %n record(s) marked as delivered there.", nullptr,
              result->records)
        .arg(result->receivedByName);
}

QList<QAction *> FieldPackageActions::addReceiptActions(QMenu *menu, QMainWindow *window,
                                                        std::function<Edits *()> edits,
                                                        DeliveryStatus *status)
{
    QAction *receipt = menu->addAction(tr("Import R&eceipt…"), window, [=] {
        Edits *e = edits();
        if (const QString done = e ? importReceipt(window, e->database()) : QString();
            !done.isEmpty())
            window->statusBar()->showMessage(done, 10000);
        status->refresh();
    });
    receipt->setObjectName(QStringLiteral("importReceiptAction"));
    QAction *history = menu->addAction(tr("Exchange &History…"), window, [=] {
        if (Edits *e = edits())
            ExchangeHistoryDialog(e->database(), window).exec();
        status->refresh();
    });
    history->setObjectName(QStringLiteral("exchangeHistoryAction"));
    QAction *duplicates = menu->addAction(tr("Combine D&uplicates…"), window, [=] {
        if (Edits *e = edits())
            DuplicatesDialog(*e, e->database(), window).exec();
        status->refresh();
    });
    duplicates->setObjectName(QStringLiteral("combineDuplicatesAction"));
    QAction *keys = menu->addAction(tr("&Keys and Address Book…"), window, [=] {
        if (Edits *e = edits())
            KeysDialog(e->database(), window).exec();
    });
    keys->setObjectName(QStringLiteral("keysAction"));
    return {receipt, history, duplicates, keys};
}

QByteArray FieldPackageActions::askSecret(QWidget *parent, const QString &title,
                                          const QString &label)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.resize(std::max(dialog.sizeHint().width(), 440), dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted ? dialog.textValue().toUtf8() : QByteArray();
}

FieldPackageActions::Progress::Progress(QWidget *parent, const QString &label)
    : m_dialog(label, tr("Cancel"), 0, 100, parent)
    , m_scope([this](qint64 done, qint64 total) {
        if (m_dialog.maximum() != int(total))
            m_dialog.setMaximum(int(total));
        m_dialog.setValue(int(std::min(done, total))); // shows it, and lets the window repaint
        return !m_dialog.wasCanceled();
    })
{
    m_dialog.setObjectName(QStringLiteral("packageProgress"));
    m_dialog.setWindowTitle(tr("Field Package"));
    // Every window waits, the workshop's too: a change made meanwhile would land inside the
    // export's or import's transaction.
    m_dialog.setWindowModality(Qt::ApplicationModal);
    m_dialog.setMinimumDuration(400);
    m_dialog.setAutoReset(false);
    m_dialog.setAutoClose(false);
    m_dialog.setValue(0);
}
