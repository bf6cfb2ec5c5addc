#include "Aliases.h"
#include "ConflictReviewDialog.h"
#include "Database.h"
#include "DemoData.h"
#include "DuplicatesDialog.h"
#include "Edits.h"
#include "ExchangeHistory.h"
#include "FieldPackage.h"
#include "FieldPackageActions.h"
#include "GuiTestSupport.h"
#include "Keys.h"
#include "KeysDialog.h"
#include "MissionRepository.h"
#include "PackageFile.h"
#include "PackageImportDialog.h"
#include "RiskRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;

// File › Export Field Package and File › Import Field Package as a person goes through them: the
// passphrase asked, the preview before anything is written, the conflicts decided in the review
// with sensitive values masked, and the records in afterwards.
class TestFieldPackages : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<Database> m_hq;
    std::unique_ptr<Database> m_laptop;
    QWidget m_window;

    // Answers the passphrase prompt with `passphrase`.
    static void answerPassphrase(const QString &passphrase)
    {
        GuiTest::whenModalShown([passphrase](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            QCOMPARE(input->textEchoMode(), QLineEdit::Password);
            input->setTextValue(passphrase);
            input->accept();
        });
    }

    // Answers the file dialog that asks where to save (or what to open) with `target`.
    static void answerSaveAs(const QString &target, bool *asked = nullptr)
    {
        GuiTest::whenModalShown([target, asked](QWidget *next) {
            auto *files = qobject_cast<QFileDialog *>(next);
            QVERIFY(files);
            if (asked)
                *asked = true;
            files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(target);
            QMetaObject::invokeMethod(files, &QDialog::accept);
        });
    }

    QString sealedPackage(Database &from)
    {
        PackageFile::Seal seal;
        seal.passphrase = "field trip 2026";
        seal.minimumKdf = true;
        const QString path = m_dir->path(QStringLiteral("from-hq.ippkg"));
        QString error;
        const QByteArray payload =
            FieldPackage::exportAll(from, FieldPackage::ExportOptions(), &error);
        if (payload.isEmpty() || !PackageFile::write(path, payload, seal, &error))
            qWarning() << error;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, QStringLiteral("en"));
        FieldPackageActions::minimumKdfForTests = true;
    }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        m_hq = createDatabase(m_dir->path(QStringLiteral("hq.sqlite")));
        QString error;
        QVERIFY2(DemoData::load(*m_hq, &error), qPrintable(error));
        m_laptop = createDatabase(m_dir->path(QStringLiteral("laptop.sqlite")));
    }

    void cleanup()
    {
        m_laptop.reset();
        m_hq.reset();
        m_dir.reset();
    }

    void exportAsksForAPassphraseTwiceAndSealsEveryRecord()
    {
        const QString target = m_dir->path(QStringLiteral("out.ippkg"));
        bool asked = false;
        GuiTest::whenModalShown([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("packageExportDialog"));
            GuiTest::child<QLineEdit>(dialog, "passphrase")->setText(QStringLiteral("short"));
            GuiTest::child<QLineEdit>(dialog, "repeatPassphrase")->setText(QStringLiteral("short"));
            GuiTest::child<QPushButton>(dialog, "exportButton")->click();
            // Too short: said, and the dialog stays.
            QVERIFY(dialog->isVisible());
            QVERIFY(GuiTest::child<QLabel>(dialog, "exportMessage")->text().contains(u"10"));
            GuiTest::child<QLineEdit>(dialog, "passphrase")
                ->setText(QStringLiteral("Zagreb, Osijek, Vukovar"));
            GuiTest::child<QLineEdit>(dialog, "repeatPassphrase")
                ->setText(QStringLiteral("Zagreb, Osijek, Vukovar!"));
            GuiTest::child<QPushButton>(dialog, "exportButton")->click();
            QVERIFY(dialog->isVisible());
            QVERIFY(GuiTest::child<QLabel>(dialog, "exportMessage")->text().contains(u"differ"));
            GuiTest::child<QLineEdit>(dialog, "repeatPassphrase")
                ->setText(QStringLiteral("Zagreb, Osijek, Vukovar"));
            answerSaveAs(target, &asked);
            GuiTest::child<QPushButton>(dialog, "exportButton")->click();
        });
        const QString done = FieldPackageActions::exportPackage(&m_window, *m_hq);
        QVERIFY(asked);
        QVERIFY2(done.contains(u"out.ippkg"), qPrintable(done));
        QString error;
        const std::optional<PackageFile::Opened> opened =
            PackageFile::read(target, {"Zagreb, Osijek, Vukovar", {}, {}}, &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(!readFile(target).contains("Croatia"));
        QVERIFY(FieldPackage::apply(*m_laptop, opened->payload, &error));
        QCOMPARE(MissionRepository(*m_laptop).all().size(), 5);
    }

    // Croatia alone: checking a mission chooses "only the missions checked"; none checked is
    // said, not sent as everything.
    void exportOfChosenMissionsCarriesOnlyThem()
    {
        const QString target = m_dir->path(QStringLiteral("croatia.ippkg"));
        GuiTest::whenModalShown([&](QWidget *dialog) {
            auto *every = GuiTest::child<QRadioButton>(dialog, "everyMission");
            auto *chosen = GuiTest::child<QRadioButton>(dialog, "chosenMissions");
            auto *missions = GuiTest::child<QListWidget>(dialog, "missionChoice");
            QVERIFY(every->isChecked());
            QCOMPARE(missions->count(), 5);
            chosen->setChecked(true);
            GuiTest::child<QLineEdit>(dialog, "passphrase")
                ->setText(QStringLiteral("Vukovar 1991!"));
            GuiTest::child<QLineEdit>(dialog, "repeatPassphrase")
                ->setText(QStringLiteral("Vukovar 1991!"));
            GuiTest::child<QPushButton>(dialog, "exportButton")->click();
            QVERIFY(dialog->isVisible());
            QVERIFY(
                GuiTest::child<QLabel>(dialog, "exportMessage")->text().contains(u"at least one"));
            every->setChecked(true);
            for (int i = 0; i < missions->count(); ++i) {
                if (missions->item(i)->text().startsWith(u"HR-HC-01"))
                    missions->item(i)->setCheckState(Qt::Checked);
            }
            QVERIFY(chosen->isChecked());
            answerSaveAs(target);
            GuiTest::child<QPushButton>(dialog, "exportButton")->click();
        });
        const QString done = FieldPackageActions::exportPackage(&m_window, *m_hq);
        QVERIFY2(done.contains(u"HR-HC-01"), qPrintable(done));
        QString error;
        const std::optional<PackageFile::Opened> opened =
            PackageFile::read(target, {"Vukovar 1991!", {}, {}}, &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(FieldPackage::apply(*m_laptop, opened->payload, &error));
        QStringList codes;
        for (const Mission &m : MissionRepository(*m_laptop).all())
            codes.append(m.code);
        QVERIFY(codes.contains(QStringLiteral("HR-HC-01")));
        QVERIFY(!codes.contains(QStringLiteral("BA-HC-01")));
    }

    // The redacted handover says what it leaves out and lists the free text that still goes.
    void redactedHandoverSaysWhatGoesAndWhatNot()
    {
        const QString target = m_dir->path(QStringLiteral("handover.ippkg"));
        GuiTest::whenModalShown([&](QWidget *dialog) {
            auto *redacted = GuiTest::child<QCheckBox>(dialog, "redacted");
            auto *note = GuiTest::child<QLabel>(dialog, "redactedNote");
            auto *freeText = GuiTest::child<QListWidget>(dialog, "freeText");
            QVERIFY(!note->isVisible());
            redacted->setChecked(true);
            QVERIFY(note->isVisible());
            QVERIFY(note->text().contains(u"e-mail"));
            QVERIFY(freeText->count() > 0);
            const int everything = freeText->count();
            auto *missions = GuiTest::child<QListWidget>(dialog, "missionChoice");
            for (int i = 0; i < missions->count(); ++i) {
                if (missions->item(i)->text().startsWith(u"BA-HC-01"))
                    missions->item(i)->setCheckState(Qt::Checked);
            }
            QVERIFY(freeText->count() < everything);
            QVERIFY(GuiTest::child<QLabel>(dialog, "freeTextCount")
                        ->text()
                        .contains(QString::number(freeText->count())));
            GuiTest::child<QLineEdit>(dialog, "passphrase")
                ->setText(QStringLiteral("Sarajevo 2026"));
            GuiTest::child<QLineEdit>(dialog, "repeatPassphrase")
                ->setText(QStringLiteral("Sarajevo 2026"));
            answerSaveAs(target);
            GuiTest::child<QPushButton>(dialog, "exportButton")->click();
        });
        const QString done = FieldPackageActions::exportPackage(&m_window, *m_hq);
        QVERIFY2(done.contains(u"redacted"), qPrintable(done));
        QString error;
        const std::optional<PackageFile::Opened> opened =
            PackageFile::read(target, {"Sarajevo 2026", {}, {}}, &error);
        QVERIFY2(opened, qPrintable(error));
        const QJsonObject root = QJsonDocument::fromJson(opened->payload).object();
        QVERIFY(root.value(QStringLiteral("redacted")).toBool());
        for (const Stakeholder &s : StakeholderRepository(*m_hq).all()) {
            if (!s.email.isEmpty())
                QVERIFY(!opened->payload.contains(s.email.toUtf8()));
        }
        // The preview says it is a redacted handover.
        const std::optional<FieldPackage::Preview> preview =
            FieldPackage::preview(*m_laptop, opened->payload, &error);
        QVERIFY2(preview, qPrintable(error));
        QUndoStack stack;
        Edits edits(*m_laptop, &stack);
        PackageImportDialog dialog(edits, opened->payload, *preview, target);
        QVERIFY(GuiTest::child<QLabel>(&dialog, "previewIntro")->text().contains(u"redacted"));
    }

    void theReceiptComesBackThroughTheExchangeHistory()
    {
        QString error;
        QVERIFY(FieldPackage::apply(*m_laptop, FieldPackage::exportAll(*m_hq), &error));
        DeliveryStatus status;
        status.setDatabase(m_laptop.get());
        status.refresh();
        QVERIFY(!status.isHidden());
        QCOMPARE(status.text(), QStringLiteral("Everything is at hq"));
        Stakeholder someone = StakeholderRepository(*m_laptop).all().constFirst();
        someone.notes = QStringLiteral("Prefers meetings in Vukovar.");
        QVERIFY(StakeholderRepository(*m_laptop).save(someone));
        QTRY_COMPARE(status.text(), QStringLiteral("1 record not yet at hq")); // counted again
        QVERIFY(status.toolTip().contains(u"Stakeholder: 1"));

        // Headquarters imports the laptop's package; its history saves the receipt.
        QVERIFY(FieldPackage::apply(*m_hq, FieldPackage::exportAll(*m_laptop), &error));
        ExchangeHistoryDialog history(*m_hq, &m_window);
        QTreeWidget *list = history.list();
        QCOMPARE(list->topLevelItemCount(), 2); // the package it made, the one it imported
        QTreeWidgetItem *imported = nullptr;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(1).startsWith(u"Imported"))
                imported = list->topLevelItem(row);
        }
        QVERIFY(imported);
        QCOMPARE(imported->text(2), QStringLiteral("laptop"));
        list->setCurrentItem(imported);
        auto *report = GuiTest::child<QPlainTextEdit>(&history, "exchangeReport");
        QVERIFY(report->toPlainText().contains(u"Field package imported"));
        QVERIFY(!report->toPlainText().contains(u"Vukovar")); // never a value
        QVERIFY(GuiTest::child<QPushButton>(&history, "saveReceipt")->isEnabled());
        const QString receipt = m_dir->path(QStringLiteral("receipt.json"));
        QVERIFY(history.saveReceipt(receipt));
        QVERIFY(!readFile(receipt).contains("Vukovar"));

        // The laptop imports it: the stakeholder reached headquarters.
        const QString done = FieldPackageActions::importReceipt(&m_window, *m_laptop, receipt);
        QVERIFY2(done.contains(u"marked as delivered"), qPrintable(done));
        status.refresh();
        QCOMPARE(status.text(), QStringLiteral("Everything is at hq"));
        // A package is not a receipt: said so, nothing marked.
        GuiTest::whenModalShown([](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(u"not a receipt"));
            qobject_cast<QMessageBox *>(box)->accept();
        });
        QVERIFY(FieldPackageActions::importReceipt(&m_window, *m_laptop, sealedPackage(*m_hq))
                    .isEmpty());
    }

    void importPreviewsThenTheReviewDecidesTheConflicts()
    {
        QString error;
        QVERIFY(FieldPackage::apply(*m_laptop, FieldPackage::exportAll(*m_hq), &error));
        QVERIFY(FieldPackage::apply(*m_hq, FieldPackage::exportAll(*m_laptop), &error));
        // The same stakeholder changed on both sides; headquarters also changes a mission.
        const QString id = StakeholderRepository(*m_hq).all().constFirst().meta.id;
        Stakeholder there = *StakeholderRepository(*m_hq).find(id);
        there.phone = QStringLiteral("+385 1 555 0111");
        QVERIFY(StakeholderRepository(*m_hq).save(there));
        Stakeholder here = *StakeholderRepository(*m_laptop).find(id);
        here.phone = QStringLiteral("+385 91 555 0222");
        QVERIFY(StakeholderRepository(*m_laptop).save(here));
        Mission mission = MissionRepository(*m_hq).all().constFirst();
        mission.handoverNotes = QStringLiteral("Handed over in Zagreb.");
        QVERIFY(MissionRepository(*m_hq).save(mission));
        const QString path = sealedPackage(*m_hq);
        QUndoStack stack;
        Edits edits(*m_laptop, &stack);

        // A wrong passphrase is refused with its reason.
        answerPassphrase(QStringLiteral("guess"));
        GuiTest::whenModalShown([](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(u"passphrase"));
            qobject_cast<QMessageBox *>(box)->accept();
        });
        QVERIFY(FieldPackageActions::importPackage(&m_window, edits, path).isEmpty());

        bool previewed = false;
        bool reviewed = false;
        answerPassphrase(QStringLiteral("field trip 2026"));
        GuiTest::whenModalShown([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("packageImportDialog"));
            previewed = true;
            auto *table = GuiTest::child<QTableWidget>(dialog, "previewTable");
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("All records"));
            QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1")); // updated: the mission
            QCOMPARE(table->item(0, 4)->text(), QStringLiteral("1")); // conflicts
            auto *import = GuiTest::child<QPushButton>(dialog, "importButton");
            QVERIFY(!import->isEnabled()); // the conflict is not decided yet
            QVERIFY(GuiTest::child<QLabel>(dialog, "previewStatus")->text().contains(u"decide"));
            GuiTest::whenModalShown([&](QWidget *review) {
                QCOMPARE(review->objectName(), QStringLiteral("conflictReviewDialog"));
                reviewed = true;
                auto *fields = GuiTest::child<QTableWidget>(review, "conflictFields");
                QCOMPARE(fields->rowCount(), 1);
                // The phone is about a person: hidden until shown on purpose.
                QCOMPARE(fields->item(0, 2)->text(), QStringLiteral("(hidden)"));
                QVERIFY(!fields->item(0, 3)->text().contains(u"0222"));
                GuiTest::child<QCheckBox>(review, "showSensitive")->setChecked(true);
                fields = GuiTest::child<QTableWidget>(review, "conflictFields");
                QCOMPARE(fields->item(0, 2)->text(), here.phone);
                QCOMPARE(fields->item(0, 3)->text(), there.phone);
                auto *use = GuiTest::child<QPushButton>(review, "useDecisionsButton");
                QVERIFY(!use->isEnabled());
                GuiTest::child<QPushButton>(review, "takeFieldButton")->click();
                QVERIFY(use->isEnabled());
                use->click();
            });
            GuiTest::child<QPushButton>(dialog, "reviewConflictsButton")->click();
            QVERIFY(import->isEnabled());
            import->click();
        });
        const QString done = FieldPackageActions::importPackage(&m_window, edits, path);
        QVERIFY(previewed);
        QVERIFY(reviewed);
        QVERIFY2(done.contains(u"1 updated"), qPrintable(done));
        QCOMPARE(StakeholderRepository(*m_laptop).find(id)->phone, there.phone);
        QCOMPARE(MissionRepository(*m_laptop).find(mission.meta.id)->handoverNotes,
                 mission.handoverNotes);

        // One step takes the whole import back, and redo brings it again.
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(StakeholderRepository(*m_laptop).find(id)->phone, here.phone);
        QVERIFY(MissionRepository(*m_laptop).find(mission.meta.id)->handoverNotes
                != mission.handoverNotes);
        stack.redo();
        QCOMPARE(StakeholderRepository(*m_laptop).find(id)->phone, there.phone);

        // The same package again: said, nothing changes.
        answerPassphrase(QStringLiteral("field trip 2026"));
        GuiTest::whenModalShown([](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(u"imported before"));
            qobject_cast<QMessageBox *>(box)->accept();
        });
        QVERIFY(FieldPackageActions::importPackage(&m_window, edits, path).isEmpty());
    }

    void aMissionMadeTwiceIsCombinedFromThePreview()
    {
        QString error;
        QVERIFY(FieldPackage::apply(*m_laptop, FieldPackage::exportAll(*m_hq), &error));
        Mission mine;
        mine.code = QStringLiteral("HR-2027");
        mine.title = QStringLiteral("Refresher, Osijek (typed on the laptop)");
        QVERIFY2(MissionRepository(*m_laptop).save(mine, &error), qPrintable(error));
        Risk risk;
        risk.missionId = mine.meta.id;
        risk.title = QStringLiteral("Trainers reassigned before the course");
        QVERIFY(RiskRepository(*m_laptop).save(risk));
        Mission theirs;
        theirs.code = QStringLiteral("HR-2027");
        theirs.title = QStringLiteral("Hate crime refresher, Osijek");
        QVERIFY2(MissionRepository(*m_hq).save(theirs, &error), qPrintable(error));
        const QString path = sealedPackage(*m_laptop);
        QUndoStack stack;
        Edits edits(*m_hq, &stack);

        bool asked = false;
        bool previewedAgain = false;
        answerPassphrase(QStringLiteral("field trip 2026"));
        GuiTest::whenModalShown([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("packageImportDialog"));
            QVERIFY(!GuiTest::child<QPushButton>(dialog, "importButton")->isEnabled());
            QVERIFY(GuiTest::child<QLabel>(dialog, "previewStatus")->text().contains(u"Combine"));
            auto *combine = GuiTest::child<QPushButton>(dialog, "combineDuplicatesButton");
            QVERIFY(combine->isVisible());
            QVERIFY(!GuiTest::child<QPushButton>(dialog, "reviewConflictsButton")->isVisible());
            GuiTest::whenModalShown([&](QWidget *box) {
                auto *question = qobject_cast<QMessageBox *>(box);
                QVERIFY(question);
                QVERIFY(question->text().contains(u"HR-2027"));
                asked = true;
                question->button(QMessageBox::Yes)->click();
            });
            combine->click();
            // Previewed again: the laptop's mission lands on the one here, its title a conflict.
            GuiTest::whenModalShown([&](QWidget *again) {
                QCOMPARE(again->objectName(), QStringLiteral("packageImportDialog"));
                previewedAgain = true;
                QVERIFY(
                    !GuiTest::child<QPushButton>(again, "combineDuplicatesButton")->isVisible());
                GuiTest::whenModalShown([](QWidget *review) {
                    GuiTest::child<QPushButton>(review, "keepAllButton")->click();
                    GuiTest::child<QPushButton>(review, "useDecisionsButton")->click();
                });
                GuiTest::child<QPushButton>(again, "reviewConflictsButton")->click();
                auto *import = GuiTest::child<QPushButton>(again, "importButton");
                QVERIFY(import->isEnabled());
                import->click();
            });
        });
        const QString done = FieldPackageActions::importPackage(&m_window, edits, path);
        QVERIFY(asked);
        QVERIFY(previewedAgain);
        QVERIFY2(!done.isEmpty(), qPrintable(done));
        QCOMPARE(MissionRepository(*m_hq).find(theirs.meta.id)->title, theirs.title);
        QCOMPARE(RiskRepository(*m_hq).forMission(theirs.meta.id).size(), 1);
        QCOMPARE(Aliases::resolved(*m_hq).value(mine.meta.id), theirs.meta.id);
        // The combination and the import are two steps back.
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QVERIFY(Aliases::resolved(*m_hq).isEmpty());
        QVERIFY(RiskRepository(*m_hq).forMission(theirs.meta.id).isEmpty());
    }

    void duplicatesAreCombinedSideBySide()
    {
        StakeholderRepository people(*m_hq);
        Stakeholder older;
        older.name = QStringLiteral("Ivana Horvat");
        older.organisation = QStringLiteral("Zagreb Police Directorate");
        QVERIFY(people.save(older));
        Stakeholder newer;
        newer.name = QStringLiteral("IVANA HORVAT");
        newer.organisation = QStringLiteral("zagreb police directorate");
        newer.phone = QStringLiteral("+385 1 555 0199");
        QVERIFY(people.save(newer));
        const int before = people.count();
        QUndoStack stack;
        Edits edits(*m_hq, &stack);
        DuplicatesDialog dialog(edits, *m_hq, &m_window);
        QCOMPARE(dialog.pairs().size(), 1);
        const FieldPackage::Duplicate pair = dialog.pairs().constFirst();
        auto *fields = GuiTest::child<QTableWidget>(&dialog, "duplicateFields");
        // Made at the same pinned instant: which one is listed first is known by its id.
        const bool newerFirst = pair.hereId == newer.meta.id;
        QString phones;
        for (int r = 0; r < fields->rowCount(); ++r) {
            if (fields->item(r, 0)->text() == u"phone")
                phones = fields->item(r, 1)->text() + u'/' + fields->item(r, 2)->text();
        }
        QCOMPARE(phones,
                 newerFirst ? QStringLiteral("(hidden)/(empty)")
                            : QStringLiteral("(empty)/(hidden)"));
        GuiTest::child<QCheckBox>(&dialog, "showSensitive")->setChecked(true);
        for (int r = 0; r < fields->rowCount(); ++r) {
            if (fields->item(r, 0)->text() == u"phone")
                QCOMPARE(fields->item(r, newerFirst ? 1 : 2)->text(), newer.phone);
        }
        // Keep the one with the phone: the other's name goes to the field history.
        GuiTest::child<QRadioButton>(&dialog, newerFirst ? "keepFirst" : "keepSecond")
            ->setChecked(true);
        GuiTest::child<QPushButton>(&dialog, "combineButton")->click();
        QCOMPARE(dialog.pairs().size(), 0);
        QVERIFY(GuiTest::child<QLabel>(&dialog, "combineResult")->text().contains(u"kept"));
        QCOMPARE(people.count(), before - 1);
        const Stakeholder kept = *people.find(newer.meta.id);
        QCOMPARE(kept.phone, newer.phone);
        QCOMPARE(kept.name, newer.name);
        QVERIFY(!people.find(older.meta.id));
        QVERIFY(!GuiTest::child<QPushButton>(&dialog, "combineButton")->isEnabled());
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(people.count(), before);
    }

    void keysAreMadeBackedUpRestoredAndRevokedInTheWindow()
    {
        KeysDialog dialog(*m_laptop, &m_window);
        auto *own = GuiTest::child<QLabel>(&dialog, "ownKey");
        auto *message = GuiTest::child<QLabel>(&dialog, "keysMessage");
        QVERIFY(own->text().contains(u"No key pair yet"));
        QVERIFY(!GuiTest::child<QPushButton>(&dialog, "backUpKeyPair")->isEnabled());
        // Two passphrases that differ make nothing.
        answerPassphrase(QStringLiteral("Kovačić 2026 ključ"));
        GuiTest::whenModalShown([](QWidget *second) {
            qobject_cast<QInputDialog *>(second)->setTextValue(QStringLiteral("something else"));
            qobject_cast<QInputDialog *>(second)->accept();
        });
        dialog.makeKeyPair();
        QVERIFY(message->text().contains(u"differ"));
        QVERIFY(!Keys::ownPublicKey(*m_laptop));
        answerPassphrase(QStringLiteral("Kovačić 2026 ključ"));
        GuiTest::whenModalShown([](QWidget *second) {
            qobject_cast<QInputDialog *>(second)->setTextValue(
                QStringLiteral("Kovačić 2026 ključ"));
            qobject_cast<QInputDialog *>(second)->accept();
        });
        dialog.makeKeyPair();
        const std::optional<QByteArray> key = Keys::ownPublicKey(*m_laptop);
        QVERIFY(key);
        QVERIFY2(own->text().contains(Keys::fingerprint(*key)), qPrintable(own->text()));
        QVERIFY(!GuiTest::child<QPushButton>(&dialog, "makeKeyPair")->isEnabled());

        const QString backup = m_dir->path(QStringLiteral("laptop.ipkey"));
        answerSaveAs(backup);
        dialog.backUp();
        QVERIFY2(QFileInfo::exists(backup), qPrintable(message->text()));
        const QString publicKey = m_dir->path(QStringLiteral("laptop.pub"));
        answerSaveAs(publicKey);
        dialog.savePublicKey();
        QVERIFY(message->text().contains(Keys::fingerprint(*key)));

        // Headquarters adds the laptop to its address book, after checking the fingerprint, and
        // revokes it when the laptop is lost.
        KeysDialog atHq(*m_hq, &m_window);
        answerSaveAs(publicKey);
        GuiTest::whenModalShown([&](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(Keys::fingerprint(*key)));
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        atHq.addPeer();
        auto *peers = GuiTest::child<QTreeWidget>(&atHq, "peerList");
        QCOMPARE(peers->topLevelItemCount(), 1);
        peers->setCurrentItem(peers->topLevelItem(0));
        QVERIFY(GuiTest::child<QPushButton>(&atHq, "revokePeer")->isEnabled());
        GuiTest::whenModalShown([](QWidget *box) {
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        atHq.revokePeer();
        QVERIFY(Keys::peer(*m_hq, Keys::fingerprint(*key))->revoked);
        QVERIFY(!GuiTest::child<QPushButton>(&atHq, "revokePeer")->isEnabled());

        // The replacement laptop takes the key pair in from the backup.
        std::unique_ptr<Database> replacement =
            createDatabase(m_dir->path(QStringLiteral("replacement.sqlite")));
        KeysDialog fresh(*replacement, &m_window);
        answerSaveAs(backup);
        answerPassphrase(QStringLiteral("Kovačić 2026 ključ"));
        fresh.restore();
        QCOMPARE(Keys::ownPublicKey(*replacement), key);
        QVERIFY(GuiTest::child<QLabel>(&fresh, "ownKey")->text().contains(Keys::fingerprint(*key)));
    }

    void theProgressWindowsCancelStopsAnExport()
    {
        QString error;
        {
            FieldPackageActions::Progress progress(&m_window, QStringLiteral("Gathering"));
            auto *dialog = m_window.findChild<QProgressDialog *>(QStringLiteral("packageProgress"));
            QVERIFY(dialog);
            QCOMPARE(dialog->windowModality(), Qt::ApplicationModal);
            QVERIFY(FieldPackage::exportAll(*m_hq, {}, &error).size() > 0);
            QVERIFY(dialog->maximum() > 0);
            QCOMPARE(dialog->value(), dialog->maximum() - 1); // the last table's step
            dialog->cancel();
            QVERIFY(FieldPackage::exportAll(*m_hq, {}, &error).isEmpty());
            QCOMPARE(error, FieldPackage::ProgressScope::cancelled());
        }
        QVERIFY(!m_window.findChild<QProgressDialog *>(QStringLiteral("packageProgress")));
        QVERIFY(FieldPackage::exportAll(*m_hq, {}, &error).size() > 0);
    }

    // On a slow run the progress window shows before the preview; the answer meant for the
    // preview must wait for it (the sanitizers' CI run once answered the progress window).
    void aProgressWindowIsNotTheDialogAnswered()
    {
        QProgressDialog progress(QStringLiteral("Comparing"), QStringLiteral("Cancel"), 0, 10,
                                 &m_window);
        progress.setWindowModality(Qt::ApplicationModal);
        QString answered;
        GuiTest::whenModalShown([&](QWidget *box) {
            answered = box->objectName();
            qobject_cast<QDialog *>(box)->accept();
        });
        progress.show();
        QTest::qWait(100); // the answer looks every 20 ms
        progress.close();
        QMessageBox box(QMessageBox::Information, QStringLiteral("Preview"), QStringLiteral("x"),
                        QMessageBox::Ok, &m_window);
        box.setObjectName(QStringLiteral("previewBox"));
        box.exec();
        QCOMPARE(answered, QStringLiteral("previewBox"));
    }

    void theReviewWorksFromTheKeyboard()
    {
        FieldPackage::Conflict conflict;
        conflict.table = QStringLiteral("findings");
        conflict.id = QStringLiteral("f1");
        conflict.title = QStringLiteral("Victims report to NGOs");
        conflict.fields.append({QStringLiteral("text"), QStringLiteral("text"), false, true,
                                QStringLiteral("old"), QStringLiteral("mine"),
                                QStringLiteral("theirs")});
        ConflictReviewDialog dialog({conflict}, {});
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.undecided(), 1);
        // Alt+N takes all incoming; Alt+K keeps this computer's for the current field.
        // Through the window, as the keyboard sends them; a button's mnemonic clicks it after
        // its short press animation.
        QTest::keyClick(dialog.windowHandle(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(dialog.undecided(), 0);
        QCOMPARE(dialog.decisions().fields.constBegin()->take, FieldPackage::Take::Incoming);
        QTest::keyClick(dialog.windowHandle(), Qt::Key_K, Qt::AltModifier);
        QTRY_COMPARE(dialog.decisions().fields.constBegin()->take, FieldPackage::Take::Here);
        // An edited value, typed and used.
        auto *edited = GuiTest::child<QPlainTextEdit>(&dialog, "editedValue");
        edited->setPlainText(QStringLiteral("mine and theirs"));
        QTest::keyClick(dialog.windowHandle(), Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(dialog.decisions().fields.constBegin()->take, FieldPackage::Take::Value);
        QCOMPARE(dialog.decisions().fields.constBegin()->value.toString(),
                 QStringLiteral("mine and theirs"));
        QVERIFY(GuiTest::mnemonicClashes(&dialog).isEmpty());
    }
};

IP_GUI_TEST_MAIN(TestFieldPackages)
#include "tst_fieldpackages.moc"
