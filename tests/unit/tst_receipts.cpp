#include "Database.h"
#include "DemoData.h"
#include "EngagementRepository.h"
#include "FieldPackage.h"
#include "MissionRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

namespace {

using Preview = FieldPackage::Preview;

// A package of `from` (every record), with its id.
std::pair<QByteArray, QString> packageOf(Database &from, bool redacted = false)
{
    FieldPackage::ExportOptions options;
    options.redacted = redacted;
    QString error;
    const QByteArray payload = FieldPackage::exportAll(from, options, &error);
    if (payload.isEmpty())
        qWarning() << "export:" << error;
    return {payload,
            QJsonDocument::fromJson(payload).object().value(QStringLiteral("package")).toString()};
}

QByteArray edited(const QByteArray &receipt, const QString &key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(receipt).object();
    root.insert(key, value);
    return QJsonDocument(root).toJson();
}

int undeliveredCount(Database &db)
{
    const std::optional<FieldPackage::Undelivered> left = FieldPackage::undelivered(db);
    return left ? left->records : -1;
}

} // namespace

// Receipts and the import report: a laptop started from headquarters' package knows what has not
// reached headquarters yet; headquarters' receipt for the laptop's package marks what it carried
// as delivered, and nothing else; a receipt that does not match is refused; each import keeps who
// took it in, when, and how each conflict was decided, and can be reported.
class TestReceipts : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<Database> m_hq;
    std::unique_ptr<Database> m_laptop;

private Q_SLOTS:
    void init()
    {
        pinClock();
        qputenv("USER", "amira");
        m_dir = std::make_unique<TempFolder>();
        m_hq = createDatabase(m_dir->path(QStringLiteral("hq.sqlite")));
        QString error;
        QVERIFY2(DemoData::load(*m_hq, &error), qPrintable(error));
        m_laptop = createDatabase(m_dir->path(QStringLiteral("laptop.sqlite")));
        const QByteArray start = packageOf(*m_hq).first;
        QVERIFY2(FieldPackage::apply(*m_laptop, start, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_laptop.reset();
        m_hq.reset();
        m_dir.reset();
    }

    void aLaptopKnowsWhatHasNotReachedHeadquartersUntilItsReceiptComes()
    {
        // Started from headquarters' package: headquarters is home, and has everything.
        const std::optional<FieldPackage::Undelivered> start = FieldPackage::undelivered(*m_laptop);
        QVERIFY(start);
        QCOMPARE(start->homeName, QStringLiteral("hq"));
        QCOMPARE(start->records, 0);
        // Headquarters held records before it took any: it has no home.
        QVERIFY(!FieldPackage::undelivered(*m_hq));

        QList<Stakeholder> people = StakeholderRepository(*m_laptop).all();
        Stakeholder first = people.at(0);
        first.notes = QStringLiteral("Asked for the Romani-language leaflet; call after 14:00.");
        QVERIFY(StakeholderRepository(*m_laptop).save(first));
        Mission mission;
        mission.code = QStringLiteral("HR-2027");
        mission.title = QStringLiteral("Hate crime refresher, Osijek");
        mission.sites = {TestSupport::siteIn(QStringLiteral("Croatia"))};
        QString error;
        QVERIFY2(MissionRepository(*m_laptop).save(mission, &error), qPrintable(error));
        const std::optional<FieldPackage::Undelivered> edited =
            FieldPackage::undelivered(*m_laptop);
        QCOMPARE(edited->records, 3); // with the mission's site
        QCOMPARE(edited->tables.value(QStringLiteral("stakeholders")), 1);
        QCOMPARE(edited->tables.value(QStringLiteral("missions")), 1);

        const auto [payload, packageId] = packageOf(*m_laptop);
        QCOMPARE(undeliveredCount(*m_laptop), 3); // sent, not yet confirmed
        // Changed after the package was made: still not there once the receipt comes.
        Stakeholder second = people.at(1);
        second.organisation = QStringLiteral("Osijek-Baranja Police Administration");
        QVERIFY(StakeholderRepository(*m_laptop).save(second));

        const std::optional<Preview> atHq = FieldPackage::apply(*m_hq, payload, &error);
        QVERIFY2(atHq, qPrintable(error));
        const QByteArray receipt = FieldPackage::receipt(*m_hq, packageId, &error);
        QVERIFY2(!receipt.isEmpty(), qPrintable(error));
        // Counts and a hash, never a record's contents.
        QVERIFY(!receipt.contains("Romani-language"));
        QVERIFY(!receipt.contains(first.name.toUtf8()));
        QVERIFY(!receipt.contains("HR-2027"));

        const std::optional<FieldPackage::ReceiptResult> marked =
            FieldPackage::importReceipt(*m_laptop, receipt, &error);
        QVERIFY2(marked, qPrintable(error));
        QCOMPARE(marked->packageId, packageId);
        QCOMPARE(marked->receivedByName, QStringLiteral("hq"));
        QVERIFY(!marked->alreadyRecorded);
        QVERIFY(marked->records > 700);
        const std::optional<FieldPackage::Undelivered> left = FieldPackage::undelivered(*m_laptop);
        QCOMPARE(left->records, 1);
        QCOMPARE(left->tables.keys(), QStringList {QStringLiteral("stakeholders")});

        // The same receipt again changes nothing and says so.
        const std::optional<FieldPackage::ReceiptResult> again =
            FieldPackage::importReceipt(*m_laptop, receipt, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(again->alreadyRecorded);
        QCOMPARE(undeliveredCount(*m_laptop), 1);

        // Headquarters' next package brings the edit back as it is here: delivered.
        QVERIFY2(FieldPackage::apply(*m_laptop, packageOf(*m_hq).first, &error), qPrintable(error));
        QCOMPARE(undeliveredCount(*m_laptop), 1); // headquarters does not have it yet
        QVERIFY2(FieldPackage::apply(*m_hq, packageOf(*m_laptop).first, &error), qPrintable(error));
        QVERIFY2(FieldPackage::apply(*m_laptop, packageOf(*m_hq).first, &error), qPrintable(error));
        QCOMPARE(undeliveredCount(*m_laptop), 0);
    }

    void aReceiptThatDoesNotMatchIsRefusedAndMarksNothing()
    {
        Stakeholder someone = StakeholderRepository(*m_laptop).all().constFirst();
        someone.notes = QStringLiteral("Moved to the ministry.");
        QVERIFY(StakeholderRepository(*m_laptop).save(someone));
        const auto [payload, packageId] = packageOf(*m_laptop);
        QString error;
        QVERIFY2(FieldPackage::apply(*m_hq, payload, &error), qPrintable(error));
        const QByteArray receipt = FieldPackage::receipt(*m_hq, packageId, &error);
        QVERIFY2(!receipt.isEmpty(), qPrintable(error));

        const auto refused = [&](const QByteArray &bytes, const QString &why) {
            QString message;
            if (FieldPackage::importReceipt(*m_laptop, bytes, &message))
                return false;
            if (!message.contains(why) || !message.contains(QStringLiteral("Nothing was marked"))) {
                qWarning() << message;
                return false;
            }
            return undeliveredCount(*m_laptop) == 1;
        };
        QVERIFY(refused("not json at all", QStringLiteral("not a receipt")));
        QVERIFY(refused(payload, QStringLiteral("not a receipt")));
        QVERIFY(refused(edited(receipt, QStringLiteral("payloadSha256"), QString(64, u'0')),
                        QStringLiteral("does not match")));
        QVERIFY(refused(edited(receipt, QStringLiteral("package"), QStringLiteral("a-package")),
                        QStringLiteral("no record of making")));
        QVERIFY(refused(edited(receipt, QStringLiteral("origin"), QStringLiteral("elsewhere")),
                        QStringLiteral("made by another database")));
        QVERIFY(refused(edited(receipt, QStringLiteral("format"), 9), QStringLiteral("newer")));
        // Headquarters made no such package: a receipt for it is not headquarters' to take.
        QVERIFY(!FieldPackage::importReceipt(*m_hq, receipt, &error));
        // No receipt for a package never imported.
        QVERIFY(FieldPackage::receipt(*m_laptop, packageId, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("No import")));

        // A redacted handover's receipt is recorded, but marks nothing delivered: it carried only
        // part of each record.
        const auto [redacted, redactedId] = packageOf(*m_laptop, true);
        std::unique_ptr<Database> next = createDatabase(m_dir->path(QStringLiteral("next.sqlite")));
        QVERIFY2(FieldPackage::apply(*next, redacted, &error), qPrintable(error));
        const std::optional<FieldPackage::ReceiptResult> partial = FieldPackage::importReceipt(
            *m_laptop, FieldPackage::receipt(*next, redactedId, &error), &error);
        QVERIFY2(partial, qPrintable(error));
        QVERIFY(partial->redacted);
        QCOMPARE(partial->records, 0);
        QCOMPARE(undeliveredCount(*m_laptop), 1);
        // Another organisation's redacted handover never becomes home.
        QVERIFY(!FieldPackage::undelivered(*next));
    }

    void theImportReportKeepsWhoWhenAndEachDecision()
    {
        const QString id = StakeholderRepository(*m_hq).all().constFirst().meta.id;
        Stakeholder there = *StakeholderRepository(*m_hq).find(id);
        there.notes = QStringLiteral("Headquarters: moved to Split.");
        QVERIFY(StakeholderRepository(*m_hq).save(there));
        Stakeholder here = *StakeholderRepository(*m_laptop).find(id);
        here.notes = QStringLiteral("Laptop: still in Čakovec.");
        QVERIFY(StakeholderRepository(*m_laptop).save(here));

        const auto [payload, packageId] = packageOf(*m_laptop);
        FieldPackage::Decisions decisions;
        decisions.fields.insert(FieldPackage::Decisions::key(QStringLiteral("stakeholders"), id,
                                                             QStringLiteral("notes")),
                                {FieldPackage::Take::Incoming, {}});
        QString error;
        FieldPackage::ImportUndo undo;
        QVERIFY2(FieldPackage::apply(*m_hq, payload, decisions, &error, &undo), qPrintable(error));

        FieldPackage::HistoryEntry imported;
        for (const FieldPackage::HistoryEntry &entry : FieldPackage::history(*m_hq)) {
            if (entry.imported)
                imported = entry;
        }
        QVERIFY(imported.imported);
        QCOMPARE(imported.packageId, packageId);
        QCOMPARE(imported.by, QStringLiteral("amira"));
        QCOMPARE(imported.peerName, QStringLiteral("laptop"));
        QCOMPARE(imported.at, QStringLiteral("2026-11-23T09:00:00.000Z"));
        QCOMPARE(imported.tables.value(QStringLiteral("stakeholders")).conflicts, 1);
        QCOMPARE(imported.decisions.size(), 1);
        QCOMPARE(imported.decisions.constFirst().take, QStringLiteral("incoming"));
        QCOMPARE(imported.decisions.constFirst().title, there.name);
        const QString report = FieldPackage::historyReport(imported);
        QVERIFY(report.contains(QStringLiteral("amira")));
        QVERIFY(report.contains(QStringLiteral("2026-11-23 09:00 UTC")));
        QVERIFY(report.contains(QStringLiteral("took the incoming value")));
        // Which side was kept, never the values: notes may name people.
        QVERIFY(!report.contains(QStringLiteral("Split")));
        QVERIFY(!report.contains(QStringLiteral("Čakovec")));
        // Nor a title taken from a sensitive field: an engagement is known by its purpose.
        const QString engagement = Repository<Engagement>(*m_hq).all().constFirst().meta.id;
        for (Database *side : {m_hq.get(), m_laptop.get()}) {
            Engagement changed = *EngagementRepository(*side).find(engagement);
            changed.purpose = side == m_hq.get() ? QStringLiteral("Met the victim's family")
                                                 : QStringLiteral("Met the victim's lawyer");
            QVERIFY(EngagementRepository(*side).save(changed));
        }
        const auto [second, secondId] = packageOf(*m_laptop);
        QVERIFY2(FieldPackage::apply(*m_hq, second, taking(FieldPackage::Take::Here), &error),
                 qPrintable(error));
        for (const FieldPackage::HistoryEntry &entry : FieldPackage::history(*m_hq)) {
            if (entry.packageId == secondId) {
                QVERIFY(!entry.decisions.isEmpty());
                QVERIFY(!FieldPackage::historyReport(entry).contains(u"victim"));
            }
        }

        // The laptop's history holds the package it made, and its receipt once it comes.
        FieldPackage::HistoryEntry made;
        for (const FieldPackage::HistoryEntry &entry : FieldPackage::history(*m_laptop)) {
            if (!entry.imported && entry.packageId == packageId)
                made = entry;
        }
        QCOMPARE(made.packageId, packageId);
        QCOMPARE(made.by, QStringLiteral("amira"));
        QVERIFY(made.peer.isEmpty());
        QVERIFY(FieldPackage::importReceipt(
            *m_laptop, FieldPackage::receipt(*m_hq, packageId, &error), &error));
        for (const FieldPackage::HistoryEntry &entry : FieldPackage::history(*m_laptop)) {
            if (!entry.imported && entry.packageId == packageId)
                made = entry;
        }
        QCOMPARE(made.peerName, QStringLiteral("hq"));
        QVERIFY(FieldPackage::historyReport(made).contains(QStringLiteral("Receipt")));

        // Undo takes the report back with the import, and what it marked delivered.
        QVERIFY2(FieldPackage::undoImport(*m_hq, undo, &error), qPrintable(error));
        for (const FieldPackage::HistoryEntry &entry : FieldPackage::history(*m_hq))
            QVERIFY(entry.packageId != packageId);
        QSqlQuery marked(m_hq->connection());
        QVERIFY(marked.exec(QStringLiteral("SELECT count(*) FROM delivered")) && marked.next());
        QCOMPARE(marked.value(0).toInt(), 0);
    }
};

IP_TEST_MAIN(TestReceipts)
#include "tst_receipts.moc"
