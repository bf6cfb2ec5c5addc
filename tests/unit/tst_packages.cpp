#include "Database.h"
#include "DemoData.h"
#include "EngagementRepository.h"
#include "FieldPackage.h"
#include "Keys.h"
#include "MissionRepository.h"
#include "PackageFile.h"
#include "Settings.h"
#include "StageRecords.h"
#include "StakeholderRepository.h"
#include "StakeholderTableModel.h"
#include "TestSupport.h"
#include "Withheld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtEndian>
#include <QtTest>

using namespace TestSupport;

namespace {

PackageFile::Seal testSeal(const QByteArray &passphrase = "correct horse battery staple")
{
    PackageFile::Seal seal;
    seal.passphrase = passphrase;
    seal.minimumKdf = true; // fast under sanitizers; real packages use Argon2id's moderate limits
    seal.header = {{QStringLiteral("packageId"), QStringLiteral("test")}};
    return seal;
}

// Where each chunk of a sealed package begins (after the header and the stream header).
QList<qsizetype> chunkStarts(const QByteArray &bytes)
{
    qsizetype at = 8 + 4;
    const quint32 headerLength = qFromBigEndian<quint32>(bytes.constData() + at);
    at += 4 + qsizetype(headerLength) + 24;
    QList<qsizetype> starts;
    while (at < bytes.size()) {
        starts.append(at);
        at += 4 + qsizetype(qFromBigEndian<quint32>(bytes.constData() + at));
    }
    return starts;
}

} // namespace

// Field packages, first step: the sealed file refuses every kind of damage with its own message,
// and a whole database travels into a new one and back unchanged, every record type included.
class TestPackages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealedContentsComeBackWhole()
    {
        QByteArray payload(200 * 1024, '\0'); // several chunks
        QRandomGenerator generator(7);
        for (char &c : payload)
            c = char(generator.bounded(256));
        QString error;
        const std::optional<QByteArray> sealed = PackageFile::seal(payload, testSeal(), &error);
        QVERIFY2(sealed, qPrintable(error));
        QVERIFY(!sealed->contains(payload.left(64))); // not in clear
        const std::optional<PackageFile::Opened> opened =
            PackageFile::open(*sealed, "correct horse battery staple", &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(opened->payload, payload);
        QCOMPARE(opened->header.value(QStringLiteral("packageId")).toString(), u"test");
        // An empty payload is a package too.
        const std::optional<QByteArray> empty = PackageFile::seal({}, testSeal(), &error);
        QVERIFY(empty);
        QVERIFY(PackageFile::open(*empty, "correct horse battery staple", &error));
        // Never without a passphrase.
        QVERIFY(!PackageFile::seal(payload, testSeal(""), &error));
        QVERIFY(error.contains(u"passphrase"));
    }

    void damagedPackagesAreRefusedWithTheirReason()
    {
        QByteArray payload(150 * 1024, 'x');
        QString error;
        const QByteArray sealed = *PackageFile::seal(payload, testSeal(), &error);
        const QList<qsizetype> chunks = chunkStarts(sealed);
        QCOMPARE(chunks.size(), 3);
        const auto refused = [](const QByteArray &bytes, const char *expected,
                                const QByteArray &passphrase = "correct horse battery staple") {
            QString why;
            const bool opened = PackageFile::open(bytes, passphrase, &why).has_value();
            if (opened || !why.contains(QLatin1String(expected)))
                qWarning("expected a refusal saying \"%s\", got: %s", expected,
                         opened ? "opened" : qPrintable(why));
            return !opened && why.contains(QLatin1String(expected));
        };
        QVERIFY(refused(sealed, "passphrase is not the one", "wrong passphrase"));
        QVERIFY(refused(QByteArray("PK\x03\x04 a zip file"), "not an Intervention Planner"));
        QVERIFY(refused(sealed.left(20), "ends inside its header"));
        QVERIFY(refused(sealed.left(chunks.at(0) - 10), "ends before its contents"));
        QVERIFY(refused(sealed.left(chunks.at(1) + 100), "part 2 of it is missing"));
        QVERIFY(refused(sealed.left(chunks.at(2)), "part 3 of it is missing")); // no FINAL part
        QByteArray flipped = sealed;
        flipped[chunks.at(1) + 50] = char(flipped.at(chunks.at(1) + 50) ^ 0x01);
        QVERIFY(refused(flipped, "part 2 does not verify"));
        // Chunks 1 and 2 hold the same number of bytes: swapped, they no longer verify.
        QByteArray reordered = sealed.left(chunks.at(0))
            + sealed.mid(chunks.at(1), chunks.at(2) - chunks.at(1))
            + sealed.mid(chunks.at(0), chunks.at(1) - chunks.at(0)) + sealed.mid(chunks.at(2));
        QCOMPARE(reordered.size(), sealed.size());
        QVERIFY(refused(reordered, "does not verify"));
        QVERIFY(refused(sealed + "tail", "bytes after its end"));
        // The clear header is bound to the contents: changing what it says is seen.
        QByteArray relabelled = sealed;
        const qsizetype label = relabelled.indexOf("\"test\"");
        QVERIFY(label > 0);
        relabelled[label + 1] = 'b';
        QVERIFY(refused(relabelled, "part 1 does not verify"));
        // A newer format names the version it needs.
        QByteArray newer = sealed;
        qToBigEndian<quint32>(PackageFile::Format + 1, newer.data() + 8);
        QVERIFY(refused(newer, "newer version"));
    }

    void packagesSealedToRecipientsOpenOnlyThereAndNameTheirSender()
    {
        TempFolder dir;
        std::unique_ptr<Database> hq = createDatabase(dir.path(QStringLiteral("hq.sqlite")));
        std::unique_ptr<Database> laptop =
            createDatabase(dir.path(QStringLiteral("laptop.sqlite")));
        std::unique_ptr<Database> other = createDatabase(dir.path(QStringLiteral("other.sqlite")));
        QString error;
        for (Database *db : {hq.get(), laptop.get(), other.get()})
            QVERIFY2(Keys::generate(*db, "key passphrase", true, &error), qPrintable(error));
        // One pair per database, never replaced; the secret never opens with another passphrase.
        QVERIFY(!Keys::generate(*hq, "another", true, &error));
        QVERIFY(error.contains(Keys::fingerprint(*Keys::ownPublicKey(*hq))));
        QVERIFY(!Keys::unlock(*hq, "wrong", &error));
        QVERIFY(error.contains(u"not this database's"));
        const std::optional<KeyPair> sender = Keys::unlock(*hq, "key passphrase", &error);
        const std::optional<KeyPair> mine = Keys::unlock(*laptop, "key passphrase", &error);
        const std::optional<KeyPair> theirs = Keys::unlock(*other, "key passphrase", &error);
        QVERIFY(sender && mine && theirs);
        QCOMPARE(Keys::fingerprint(sender->publicKey).size(), 19); // "3F2A 9C01 77B4 E0D2"

        PackageFile::Seal seal;
        seal.header = {{QStringLiteral("packageId"), QStringLiteral("to the laptop")}};
        seal.signerPublic = sender->publicKey;
        seal.signerSecret = sender->secretKey;
        seal.recipients = {mine->publicKey};
        const QByteArray payload(100 * 1024, 'r');
        const std::optional<QByteArray> sealed = PackageFile::seal(payload, seal, &error);
        QVERIFY2(sealed, qPrintable(error));
        const PackageFile::Unlock laptopKey {{}, mine->publicKey, mine->secretKey};
        const std::optional<PackageFile::Opened> opened =
            PackageFile::open(*sealed, laptopKey, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(opened->payload, payload);
        QCOMPARE(opened->sender, sender->publicKey);

        const auto refused = [&](const QByteArray &bytes, const PackageFile::Unlock &unlock,
                                 const QString &expected) {
            QString why;
            const bool wasOpened = PackageFile::open(bytes, unlock, &why).has_value();
            if (wasOpened || !why.contains(expected))
                qWarning("expected \"%s\", got: %s", qPrintable(expected),
                         wasOpened ? "opened" : qPrintable(why));
            return !wasOpened && why.contains(expected);
        };
        QVERIFY(refused(
            *sealed, {{}, theirs->publicKey, theirs->secretKey},
            QStringLiteral("made for other recipients (%1), not for this database (%2)")
                .arg(Keys::fingerprint(mine->publicKey), Keys::fingerprint(theirs->publicKey))));
        QVERIFY(refused(*sealed, PackageFile::Unlock {"a passphrase", {}, {}},
                        QStringLiteral("unlock this database's key")));
        QByteArray flipped = *sealed;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x20);
        QVERIFY(refused(flipped, laptopKey,
                        QStringLiteral("signature (by %1) does not match")
                            .arg(Keys::fingerprint(sender->publicKey))));
        QVERIFY(refused(sealed->left(sealed->size() - 68), laptopKey,
                        QStringLiteral("signature is missing")));
        // A forger who re-signs with their own key shows their own fingerprint, which the
        // address book does not know: the caller refuses it (tst_commandline).
        PackageFile::Seal forged = seal;
        forged.signerPublic = theirs->publicKey;
        forged.signerSecret = theirs->secretKey;
        const std::optional<PackageFile::Opened> fromForger =
            PackageFile::open(*PackageFile::seal(payload, forged, &error), laptopKey, &error);
        QVERIFY(fromForger);
        QCOMPARE(fromForger->sender, theirs->publicKey);
        // No recipients without a signature.
        PackageFile::Seal unsigned_ = seal;
        unsigned_.signerSecret.clear();
        QVERIFY(!PackageFile::seal(payload, unsigned_, &error));

        // Public key files and the address book.
        const QString keyFile = dir.path(QStringLiteral("laptop.pub"));
        QVERIFY(
            writeFile(keyFile, Keys::publicKeyFile(mine->publicKey, QStringLiteral("Laptop Ž"))));
        const auto read = Keys::readPublicKeyFile(keyFile, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->first, QStringLiteral("Laptop Ž"));
        QCOMPARE(read->second, mine->publicKey);
        QVERIFY(writeFile(keyFile, "not a key"));
        QVERIFY(!Keys::readPublicKeyFile(keyFile, &error));
        QVERIFY(Keys::remember(*hq, QStringLiteral("Laptop"), mine->publicKey, &error));
        QVERIFY(Keys::remember(*hq, QStringLiteral("Laptop"), mine->publicKey, &error)); // once
        QCOMPARE(Repository<Peer>(*hq).all().size(), 1);
        QVERIFY(Keys::revoke(*hq, Keys::fingerprint(mine->publicKey), &error));
        QVERIFY(Keys::peer(*hq, Keys::fingerprint(mine->publicKey))->revoked);
        // Keys never travel in a package.
        QVERIFY(!FieldPackage::exportAll(*hq).contains("own_keys"));
        QVERIFY(!FieldPackage::exportAll(*hq).contains(sender->publicKey.toBase64()));
    }

    void aKeyPairComesBackFromItsBackup()
    {
        TempFolder dir;
        std::unique_ptr<Database> lost = createDatabase(dir.path(QStringLiteral("lost.sqlite")));
        QString error;
        QVERIFY(Keys::backupFile(*lost, &error).isEmpty()); // no key pair yet
        QVERIFY(error.contains(u"no key pair"));
        QVERIFY2(Keys::generate(*lost, "Ključ 7", true, &error), qPrintable(error));
        const std::optional<KeyPair> pair = Keys::unlock(*lost, "Ključ 7", &error);
        QVERIFY(pair);
        const QString path = dir.path(QStringLiteral("laptop-key.backup"));
        QVERIFY2(Keys::writeBackup(*lost, path, &error), qPrintable(error));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QVERIFY(QFile::permissions(path) & QFile::ReadOwner);
        const QByteArray backup = readFile(path);
        // The secret half is never in the file in clear, in any spelling.
        QVERIFY(!backup.contains(pair->secretKey.toBase64()));
        QVERIFY(!backup.contains(pair->secretKey.toHex()));
        QVERIFY(!backup.contains(pair->secretKey));
        QVERIFY(backup.contains(Keys::fingerprint(pair->publicKey).toLatin1()));

        // The replacement laptop: a wrong passphrase, a damaged file or another file are
        // refused, and nothing is written.
        std::unique_ptr<Database> replacement =
            createDatabase(dir.path(QStringLiteral("replacement.sqlite")));
        QVERIFY(!Keys::restoreBackup(*replacement, backup, "Kljuc 7", &error));
        QVERIFY2(error.contains(u"does not open"), qPrintable(error));
        QByteArray damaged = backup;
        const qsizetype at = damaged.indexOf("sealed_secret") + 20;
        damaged[at] = damaged.at(at) == 'A' ? 'B' : 'A';
        QVERIFY(!Keys::restoreBackup(*replacement, damaged, "Ključ 7", &error));
        // Another key pair's public half with this secret, or a derivation asking for hours:
        // refused, the second before any work is done.
        std::unique_ptr<Database> stranger =
            createDatabase(dir.path(QStringLiteral("stranger.sqlite")));
        QVERIFY(Keys::generate(*stranger, "Ključ 7", true, &error));
        QJsonObject swapped = QJsonDocument::fromJson(backup).object();
        swapped.insert(QStringLiteral("public_key"),
                       QString::fromLatin1(Keys::ownPublicKey(*stranger)->toBase64()));
        QVERIFY(
            !Keys::restoreBackup(*replacement, QJsonDocument(swapped).toJson(), "Ključ 7", &error));
        QVERIFY2(error.contains(u"do not belong together"), qPrintable(error));
        QJsonObject greedy = QJsonDocument::fromJson(backup).object();
        QJsonObject kdf = greedy.value(QStringLiteral("kdf")).toObject();
        kdf.insert(QStringLiteral("ops"), 4e9);
        greedy.insert(QStringLiteral("kdf"), kdf);
        QVERIFY(
            !Keys::restoreBackup(*replacement, QJsonDocument(greedy).toJson(), "Ključ 7", &error));
        QVERIFY2(error.contains(u"key derivation"), qPrintable(error));
        QVERIFY(!Keys::writeBackup(*lost, dir.path(QStringLiteral("lost.sqlite-wal")), &error));
        QVERIFY(!Keys::restoreBackup(*replacement, "{\"kind\": \"a package\"}", "Ključ 7", &error));
        QVERIFY2(error.contains(u"not a backed-up"), qPrintable(error));
        QVERIFY(!Keys::ownPublicKey(*replacement));

        // The right passphrase: the same key pair, which opens what was sealed to the lost one.
        const std::optional<QString> restored =
            Keys::restoreBackup(*replacement, backup, "Ključ 7", &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(*restored, Keys::fingerprint(pair->publicKey));
        const std::optional<KeyPair> again = Keys::unlock(*replacement, "Ključ 7", &error);
        QVERIFY(again);
        QCOMPARE(again->secretKey, pair->secretKey);
        PackageFile::Seal seal;
        seal.signerPublic = pair->publicKey;
        seal.signerSecret = pair->secretKey;
        seal.recipients = {pair->publicKey};
        const std::optional<QByteArray> sealed = PackageFile::seal("records", seal, &error);
        QVERIFY(sealed);
        QVERIFY(PackageFile::open(*sealed, {{}, again->publicKey, again->secretKey}, &error));
        // Taken in twice: nothing changes. A database with a pair of its own keeps it.
        QVERIFY(Keys::restoreBackup(*replacement, backup, "Ključ 7", &error));
        QCOMPARE(Repository<OwnKey>(*replacement).all().size(), 1);
        std::unique_ptr<Database> other = createDatabase(dir.path(QStringLiteral("other.sqlite")));
        QVERIFY(Keys::generate(*other, "another", true, &error));
        QVERIFY(!Keys::restoreBackup(*other, backup, "Ključ 7", &error));
        QVERIFY2(error.contains(u"never replaced"), qPrintable(error));
    }

    void aLongExportOrImportShowsProgressAndCancelsWithNothingWritten()
    {
        TempFolder dir;
        const QString hqPath = dir.path(QStringLiteral("hq.sqlite"));
        std::unique_ptr<Database> hq = createDatabase(hqPath);
        QString error;
        QVERIFY2(DemoData::load(*hq, &error), qPrintable(error));
        // Reported as it goes, up to all of it, with no step backwards.
        qint64 last = -1;
        qint64 all = 0;
        bool forwards = true;
        QByteArray payload;
        {
            FieldPackage::ProgressScope scope([&](qint64 done, qint64 total) {
                forwards = forwards && done >= last && done <= total;
                last = done;
                all = total;
                return true;
            });
            payload = FieldPackage::exportAll(*hq, {}, &error);
        }
        QVERIFY(!payload.isEmpty());
        QVERIFY(forwards);
        QVERIFY(all > 0 && last > all / 2);

        // Cancelled: no package, and the export is not counted.
        const int exports = FieldPackage::history(*hq).size();
        {
            FieldPackage::ProgressScope scope([](qint64 done, qint64) { return done < 5; });
            QVERIFY(FieldPackage::exportAll(*hq, {}, &error).isEmpty());
        }
        QCOMPARE(error, FieldPackage::ProgressScope::cancelled());
        QCOMPARE(FieldPackage::history(*hq).size(), exports);

        // An import cancelled half way writes nothing: the file is as it was.
        const QString laptopPath = dir.path(QStringLiteral("laptop.sqlite"));
        std::unique_ptr<Database> laptop = createDatabase(laptopPath);
        laptop->checkpoint(nullptr);
        const QByteArray before = digest(laptopPath);
        // Cancelled half way through the second walk, the one that writes (the first previews).
        bool writing = false;
        qint64 previous = 0;
        {
            FieldPackage::ProgressScope outer([](qint64, qint64) { return true; });
            FieldPackage::ProgressScope scope([&](qint64 done, qint64 total) {
                writing = writing || done < previous;
                previous = done;
                return !(writing && done > total / 2);
            });
            QVERIFY(!FieldPackage::apply(*laptop, payload, &error));
        }
        QVERIFY(writing);
        QCOMPARE(error, FieldPackage::ProgressScope::cancelled());
        QCOMPARE(StakeholderRepository(*laptop).count(), 0);
        laptop->checkpoint(nullptr);
        QCOMPARE(digest(laptopPath), before);
        // Out of the scopes, nothing is asked and it goes through.
        QVERIFY2(FieldPackage::apply(*laptop, payload, &error), qPrintable(error));
        QVERIFY(StakeholderRepository(*laptop).count() > 0);
    }

    void aWholeDatabaseTravelsToANewOneAndBack()
    {
        TempFolder dir;
        std::unique_ptr<Database> headquarters =
            createDatabase(dir.path(QStringLiteral("hq.sqlite")));
        QString error;
        QVERIFY2(DemoData::load(*headquarters, &error), qPrintable(error));
        // A deletion travels as a tombstone.
        const Mission deleted = MissionRepository(*headquarters).all().constLast();
        QVERIFY(MissionRepository(*headquarters).remove(deleted.meta.id, &error));

        const QByteArray payload = FieldPackage::exportAll(*headquarters);
        const QString path = dir.path(QStringLiteral("croatia.ippkg"));
        PackageFile::Seal seal = testSeal();
        QVERIFY2(PackageFile::write(path, payload, seal, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const std::optional<PackageFile::Opened> opened =
            PackageFile::read(path, {seal.passphrase, {}, {}}, &error);
        QVERIFY2(opened, qPrintable(error));

        std::unique_ptr<Database> laptop =
            createDatabase(dir.path(QStringLiteral("laptop.sqlite")));
        const std::optional<FieldPackage::Preview> preview =
            FieldPackage::preview(*laptop, opened->payload, &error);
        QVERIFY2(preview, qPrintable(error));
        QVERIFY(preview->canApply());
        const int records = preview->total(&FieldPackage::TableCounts::incoming);
        QCOMPARE(preview->total(&FieldPackage::TableCounts::added), records);
        QVERIFY(records > 300);
        const std::optional<FieldPackage::Preview> applied =
            FieldPackage::apply(*laptop, opened->payload, &error);
        QVERIFY2(applied, qPrintable(error));
        QCOMPARE(applied->total(&FieldPackage::TableCounts::added), records);

        // Every record of every type, deleted ones included, is on the laptop as it was.
        QCOMPARE(FieldPackage::exportAll(*laptop).size() > 0, true);
        const QJsonObject there =
            QJsonDocument::fromJson(payload).object().value(QStringLiteral("tables")).toObject();
        const QJsonObject here = QJsonDocument::fromJson(FieldPackage::exportAll(*laptop))
                                     .object()
                                     .value(QStringLiteral("tables"))
                                     .toObject();
        QCOMPARE(here.keys(), there.keys());
        for (const QString &table : there.keys()) {
            QJsonArray a = there.value(table).toArray();
            QJsonArray b = here.value(table).toArray();
            QCOMPARE(b.size(), a.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QJsonObject x = a.at(i).toObject();
                QJsonObject y = b.at(i).toObject();
                x.remove(QStringLiteral("updated_at")); // bookkeeping: the time of the import
                y.remove(QStringLiteral("updated_at"));
                QVERIFY2(x == y,
                         qPrintable(table + u' ' + x.value(QStringLiteral("id")).toString()));
            }
        }
        QVERIFY(!MissionRepository(*laptop).find(deleted.meta.id));
        QCOMPARE(MissionRepository(*laptop).all().size(),
                 MissionRepository(*headquarters).all().size());

        // The same package again changes nothing and succeeds.
        const std::optional<FieldPackage::Preview> again =
            FieldPackage::apply(*laptop, opened->payload, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(again->alreadyImported);
        QVERIFY(again->changesNothing());
    }

    // Croatia to a laptop: its records, its stakeholders with their snapshots, the rating
    // settings; nothing of another mission, no portfolio-level risk; and it lands in an empty
    // database whole (every record it refers to came along).
    void aPackageOfOneMissionCarriesWhatItNeedsAndNothingElse()
    {
        TempFolder dir;
        std::unique_ptr<Database> hq = createDatabase(dir.path(QStringLiteral("hq.sqlite")));
        QString error;
        QVERIFY2(DemoData::load(*hq, &error), qPrintable(error));
        Mission croatia;
        for (const Mission &m : MissionRepository(*hq).all()) {
            if (m.code == u"HR-HC-01")
                croatia = m;
        }
        QVERIFY(!croatia.meta.id.isEmpty());
        QVERIFY(SettingsRepository(*hq).setRiskBands({6, 13}, &error));
        FieldPackage::ExportOptions options;
        options.missions = {QStringLiteral("HR-HC-01")};
        const QByteArray payload = FieldPackage::exportAll(*hq, options, &error);
        QVERIFY2(!payload.isEmpty(), qPrintable(error));
        const QJsonObject root = QJsonDocument::fromJson(payload).object();
        QCOMPARE(root.value(QStringLiteral("missions")).toArray().size(), 1);
        const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        const QJsonArray missions = tables.value(QStringLiteral("missions")).toArray();
        // Croatia, and the pilots it follows as records alone (its predecessors refer to them).
        QStringList codes;
        for (const QJsonValue &m : missions)
            codes.append(m.toObject().value(QStringLiteral("code")).toString());
        codes.sort();
        QCOMPARE(codes,
                 QStringList({QStringLiteral("ES-PILOT-05"), QStringLiteral("HR-HC-01"),
                              QStringLiteral("HU-PILOT-05")}));
        // The pilots come with their sites (where a mission was is part of it), and nothing else
        // of theirs.
        QSet<QString> sitedMissions;
        for (const QJsonValue &s : tables.value(QStringLiteral("mission_sites")).toArray())
            sitedMissions.insert(s.toObject().value(QStringLiteral("mission_id")).toString());
        QCOMPARE(sitedMissions.size(), 3);
        // Its programme comes with it, with the programme's events, core team and own risks (and
        // the programme it replaced, as a record it refers to).
        QStringList programmes;
        for (const QJsonValue &p : tables.value(QStringLiteral("programmes")).toArray())
            programmes.append(p.toObject().value(QStringLiteral("code")).toString());
        programmes.sort();
        QCOMPARE(programmes, QStringList({QStringLiteral("LEOP-2"), QStringLiteral("LEOP-2005")}));
        QVERIFY(tables.value(QStringLiteral("programme_events")).toArray().size() >= 4);
        QStringList riskTitles;
        for (const QJsonValue &r : tables.value(QStringLiteral("risks")).toArray())
            riskTitles.append(r.toObject().value(QStringLiteral("title")).toString());
        QVERIFY(riskTitles.contains(
            QStringLiteral("Core trainers leave before the cascade is self-sustaining")));
        QSet<QString> stakeholders;
        for (const QJsonValue &s : tables.value(QStringLiteral("stakeholders")).toArray())
            stakeholders.insert(s.toObject().value(QStringLiteral("id")).toString());
        QSet<QString> linked;
        for (const StakeholderLink &link :
             Repository<StakeholderLink>(*hq).forOwner(croatia.meta.id))
            linked.insert(link.stakeholderId);
        QVERIFY(!linked.isEmpty());
        QVERIFY(stakeholders.contains(linked));
        QVERIFY(stakeholders.size() < StakeholderRepository(*hq).all().size());
        for (const QString &table : tables.keys()) {
            for (const QJsonValue &value : tables.value(table).toArray()) {
                const QJsonObject row = value.toObject();
                // A record of a mission is Croatia's; one of no mission is its programme's.
                if (row.contains(QStringLiteral("mission_id"))) {
                    const QString mission = row.value(QStringLiteral("mission_id")).toString();
                    const QString programme = row.value(QStringLiteral("programme_id")).toString();
                    QVERIFY2(mission == croatia.meta.id
                                 || (mission.isEmpty() && programme == croatia.programmeId)
                                 || (table == u"mission_sites" && sitedMissions.contains(mission)),
                             qPrintable(table));
                }
                if (table == u"stakeholder_snapshots")
                    QVERIFY(stakeholders.contains(
                        row.value(QStringLiteral("stakeholder_id")).toString()));
            }
        }
        QVERIFY(!tables.value(QStringLiteral("risks")).toArray().isEmpty());
        QVERIFY(!tables.value(QStringLiteral("risk_assessments")).toArray().isEmpty());
        QVERIFY(!tables.value(QStringLiteral("settings")).toArray().isEmpty());

        std::unique_ptr<Database> laptop =
            createDatabase(dir.path(QStringLiteral("laptop.sqlite")));
        const std::optional<FieldPackage::Preview> applied =
            FieldPackage::apply(*laptop, payload, &error);
        QVERIFY2(applied, qPrintable(error));
        QCOMPARE(MissionRepository(*laptop).all().size(), 3);
        QCOMPARE(StakeholderRepository(*laptop).all().size(), stakeholders.size());
        QSqlQuery orphans(laptop->connection());
        QVERIFY(orphans.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!orphans.next());
        QCOMPARE(SettingsRepository(*laptop).riskBands().highFrom, 13);

        // A code that names no mission says so and counts no export.
        options.missions = {QStringLiteral("HR-HC-01"), QStringLiteral("XX-NONE")};
        QVERIFY(FieldPackage::exportAll(*hq, options, &error).isEmpty());
        QVERIFY2(error.contains(u"XX-NONE"), qPrintable(error));
    }

    // Bosnia and Herzegovina handed over to another organisation: the decrypted package holds no
    // contact detail, rating, attitude, note, account of an engagement or protected name; the new
    // database has the stakeholders, not rated, and knows those fields were withheld; and the
    // same package over a database with the full data blanks nothing, nor does a package back
    // from the new database.
    void aRedactedHandoverHoldsNoContactRatingOrProtectedName()
    {
        TempFolder dir;
        std::unique_ptr<Database> hq = createDatabase(dir.path(QStringLiteral("hq.sqlite")));
        QString error;
        QVERIFY2(DemoData::load(*hq, &error), qPrintable(error));
        QString bosnia;
        for (const Mission &m : MissionRepository(*hq).all()) {
            if (m.code == u"BA-HC-01")
                bosnia = m.meta.id;
        }
        QList<Stakeholder> people = StakeholderRepository(*hq).forMission(bosnia);
        QVERIFY(people.size() >= 3);
        // A victim who reported a hate crime, protected, with every detail filled in.
        Stakeholder &victim = people.first();
        victim.nameProtected = true;
        victim.name = QStringLiteral("Emina Hodžić-Vrlo");
        victim.email = QStringLiteral("emina.hv@example.org");
        victim.phone = QStringLiteral("+387 61 555 0199");
        victim.address = QStringLiteral("Ulica Zmaja od Bosne 77");
        victim.notes = QStringLiteral("Called the chief of police a blocker");
        QVERIFY2(StakeholderRepository(*hq).save(victim, &error), qPrintable(error));
        const QList<Stakeholder> before = StakeholderRepository(*hq).forMission(bosnia);

        FieldPackage::ExportOptions options;
        options.missions = {QStringLiteral("BA-HC-01")};
        options.redacted = true;
        const QByteArray made = FieldPackage::exportAll(*hq, options, &error);
        QVERIFY2(!made.isEmpty(), qPrintable(error));
        const QString path = dir.path(QStringLiteral("handover.ippkg"));
        QVERIFY2(PackageFile::write(path, made, testSeal(), &error), qPrintable(error));
        const std::optional<PackageFile::Opened> opened =
            PackageFile::read(path, {testSeal().passphrase, {}, {}}, &error);
        QVERIFY2(opened, qPrintable(error));
        const QByteArray &contents = opened->payload;
        QVERIFY(contents.contains("BA-HC-01"));
        for (const Stakeholder &s : StakeholderRepository(*hq).forMission(bosnia)) {
            for (const QString &secret : {s.email, s.phone, s.address, s.notes}) {
                if (!secret.isEmpty())
                    QVERIFY2(!contents.contains(secret.toUtf8()), qPrintable(secret));
            }
            if (s.nameProtected)
                QVERIFY(!contents.contains(s.name.toUtf8()));
            for (const Engagement &e : EngagementRepository(*hq).forStakeholder(s.meta.id)) {
                if (!e.outcome.isEmpty())
                    QVERIFY(!contents.contains(e.outcome.toUtf8()));
            }
        }
        const QJsonObject tables =
            QJsonDocument::fromJson(contents).object().value(QStringLiteral("tables")).toObject();
        QVERIFY(tables.value(QStringLiteral("field_history")).toArray().isEmpty());
        for (const QString &table :
             {QStringLiteral("stakeholders"), QStringLiteral("stakeholder_snapshots")}) {
            QVERIFY(!tables.value(table).toArray().isEmpty());
            for (const QJsonValue &row : tables.value(table).toArray()) {
                for (const char *rating : {"power", "interest", "attitude", "trust"})
                    QVERIFY2(Withheld::isMarker(row.toObject().value(QLatin1String(rating))),
                             rating);
            }
        }

        // The next mission starts from it: the people are there, not rated, nothing sensitive.
        std::unique_ptr<Database> next = createDatabase(dir.path(QStringLiteral("next.sqlite")));
        const std::optional<FieldPackage::Preview> landed =
            FieldPackage::apply(*next, opened->payload, &error);
        QVERIFY2(landed, qPrintable(error));
        QVERIFY(landed->redacted);
        const std::optional<Stakeholder> there = StakeholderRepository(*next).find(victim.meta.id);
        QVERIFY(there);
        QVERIFY(there->name.isEmpty());
        QVERIFY(there->email.isEmpty());
        QCOMPARE(there->power, 0);
        QCOMPARE(there->attitude, std::nullopt);
        QVERIFY(there->withheld.contains(QStringLiteral("name")));
        QVERIFY(there->withheld.contains(QStringLiteral("power")));
        QVERIFY2(there->validate().isEmpty(), "a withheld name fails no required-field check");
        // Shown as withheld, not as never rated, in the list as in the editor.
        QCOMPARE(there->ratingShown("power", there->power), QStringLiteral("Withheld"));
        QCOMPARE(there->attitudeShown(), QStringLiteral("Withheld"));
        StakeholderTableModel list(*next);
        bool listed = false;
        for (int row = 0; row < list.rowCount(); ++row) {
            if (list.rowAt(row).id.toString() != there->meta.id)
                continue;
            listed = true;
            QCOMPARE(list.index(row, 0).data().toString(), there->displayName());
            QVERIFY(
                list.index(row, 0).data().toString().startsWith(QStringLiteral("Name withheld")));
            for (int column = 2; column < list.columnCount(); ++column)
                QCOMPARE(list.index(row, column).data().toString(),
                         column == 2 ? enumLabel(there->type) : QStringLiteral("Withheld"));
        }
        QVERIFY(listed);
        QVERIFY(!there->placed());

        // Over the full data, the same handover blanks nothing.
        const auto unchanged = [&](Database &db) {
            for (const Stakeholder &s : before) {
                const std::optional<Stakeholder> held = StakeholderRepository(db).find(s.meta.id);
                if (!held || held->name != s.name || held->power != s.power
                    || held->attitude != s.attitude || held->email != s.email
                    || held->notes != s.notes)
                    return false;
            }
            return true;
        };
        std::unique_ptr<Database> full = createDatabase(dir.path(QStringLiteral("full.sqlite")));
        QVERIFY(FieldPackage::apply(*full, FieldPackage::exportAll(*hq), &error));
        QVERIFY(unchanged(*full));
        const QByteArray again = FieldPackage::exportAll(*hq, options, &error);
        QVERIFY2(FieldPackage::apply(*full, again, &error), qPrintable(error));
        QVERIFY(unchanged(*full));

        // A package back from the next mission carries the markers on: nothing blanked at
        // headquarters.
        const QByteArray back = FieldPackage::exportAll(*next);
        QVERIFY(!back.contains("emina.hv"));
        const std::optional<FieldPackage::Preview> returned =
            FieldPackage::apply(*hq, back, &error);
        QVERIFY2(returned, qPrintable(error));
        QCOMPARE(returned->total(&FieldPackage::TableCounts::conflicts), 0);
        QVERIFY(unchanged(*hq));
        QCOMPARE(StakeholderRepository(*hq).find(victim.meta.id)->name, victim.name);
    }

    void aRecordChangedOnBothSidesWritesNothing()
    {
        TempFolder dir;
        std::unique_ptr<Database> headquarters =
            createDatabase(dir.path(QStringLiteral("hq.sqlite")));
        QString error;
        QVERIFY(DemoData::load(*headquarters, &error));
        std::unique_ptr<Database> laptop =
            createDatabase(dir.path(QStringLiteral("laptop.sqlite")));
        QVERIFY(FieldPackage::apply(*laptop, FieldPackage::exportAll(*headquarters), &error));
        // Both sides change the same stakeholder; headquarters also adds a finding.
        Stakeholder here = StakeholderRepository(*laptop).all().constFirst();
        here.notes = QStringLiteral("Met on the laptop");
        QVERIFY(StakeholderRepository(*laptop).save(here, &error));
        Stakeholder there = *StakeholderRepository(*headquarters).find(here.meta.id);
        there.notes = QStringLiteral("Met at headquarters");
        QVERIFY(StakeholderRepository(*headquarters).save(there, &error));
        Finding added;
        added.missionId = MissionRepository(*headquarters).all().constFirst().meta.id;
        added.text = QStringLiteral("New at headquarters");
        QVERIFY(MissionRecords<Finding>(*headquarters).save(added, &error));
        const int findings = int(MissionRecords<Finding>(*laptop).all().size());

        const QByteArray payload = FieldPackage::exportAll(*headquarters);
        const std::optional<FieldPackage::Preview> preview =
            FieldPackage::preview(*laptop, payload, &error);
        QVERIFY(preview);
        QCOMPARE(preview->total(&FieldPackage::TableCounts::conflicts), 1);
        QCOMPARE(preview->tables.value(QStringLiteral("stakeholders")).conflicts, 1);
        QCOMPARE(preview->tables.value(QStringLiteral("findings")).added, 1);
        QVERIFY(preview->problems.join(u'\n').contains(here.meta.id));
        QVERIFY(!FieldPackage::apply(*laptop, payload, &error));
        QVERIFY2(error.contains(u"differ") && error.endsWith(u"Nothing was written."),
                 qPrintable(error));
        QCOMPARE(StakeholderRepository(*laptop).find(here.meta.id)->notes,
                 QStringLiteral("Met on the laptop"));
        QCOMPARE(MissionRecords<Finding>(*laptop).all().size(), findings);
    }

    // A package sealed by the first version that wrote them (schema 7, the demo with one
    // intermediate target added by hand), kept as it was: every later version must still open it
    // and land all of its records. A schema step that breaks it fails here.
    void theFirstPackageEverWrittenStillImports()
    {
        QString error;
        const std::optional<PackageFile::Opened> opened =
            PackageFile::read(fixturePath(QStringLiteral("package-v1.ippkg")),
                              {"fixture passphrase", {}, {}}, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(opened->header.value(QStringLiteral("schema")).toInt(), 7);
        TempFolder dir;
        std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("new.sqlite")));
        const std::optional<FieldPackage::Preview> applied =
            FieldPackage::apply(*db, opened->payload, &error);
        QVERIFY2(applied, qPrintable(error));
        // 752 records, and the 5 sites its missions' host countries became (before schema 13's
        // sites were made of them on import, the countries were lost).
        QCOMPARE(applied->total(&FieldPackage::TableCounts::added), 757);
        QCOMPARE(applied->tables.value(QStringLiteral("mission_sites")).added, 5);
        for (const Mission &m : MissionRepository(*db).all())
            QVERIFY2(!m.sites.isEmpty(), qPrintable(m.code));
        QCOMPARE(applied->tables.value(QStringLiteral("indicator_targets")).added, 7);
        QStringList codes;
        for (const Mission &m : MissionRepository(*db).all())
            codes.append(m.code);
        QCOMPARE(codes,
                 (QStringList {QStringLiteral("BA-HC-01"), QStringLiteral("ES-PILOT-05"),
                               QStringLiteral("HR-HC-01"), QStringLiteral("HU-PILOT-05"),
                               QStringLiteral("PL-HC-01")}));
        QVERIFY(!PackageFile::read(fixturePath(QStringLiteral("package-v1.ippkg")),
                                   {"guess", {}, {}}, &error));
    }

    void theSameMissionMadeOnTwoComputersIsAPossibleDuplicateNotAnError()
    {
        // Two databases that each loaded the demo hold the same missions under other ids.
        TempFolder dir;
        std::unique_ptr<Database> one = createDatabase(dir.path(QStringLiteral("one.sqlite")));
        std::unique_ptr<Database> two = createDatabase(dir.path(QStringLiteral("two.sqlite")));
        QString error;
        QVERIFY(DemoData::load(*one, &error));
        QVERIFY(DemoData::load(*two, &error));
        const QByteArray payload = FieldPackage::exportAll(*one);
        const std::optional<FieldPackage::Preview> preview =
            FieldPackage::preview(*two, payload, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->tables.value(QStringLiteral("missions")).duplicates, 5);
        QVERIFY(preview->blockingDuplicates() >= 5); // the missions, and any setting by its key
        QVERIFY(preview->problems.join(u'\n').contains(u"has the same code"));
        QVERIFY(!FieldPackage::apply(*two, payload, &error));
        QVERIFY2(!error.contains(u"UNIQUE"), qPrintable(error));
        QCOMPARE(MissionRepository(*two).all().size(), 5);
        // A package that holds one record twice has the second left out.
        QJsonObject root = QJsonDocument::fromJson(FieldPackage::exportAll(*one)).object();
        QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        QJsonArray findings = tables.value(QStringLiteral("findings")).toArray();
        findings.append(findings.at(0));
        tables.insert(QStringLiteral("findings"), findings);
        root.insert(QStringLiteral("tables"), tables);
        std::unique_ptr<Database> fresh = createDatabase(dir.path(QStringLiteral("fresh.sqlite")));
        const std::optional<FieldPackage::Preview> twice =
            FieldPackage::preview(*fresh, QJsonDocument(root).toJson(), &error);
        QVERIFY(twice);
        QCOMPARE(twice->tables.value(QStringLiteral("findings")).rejected, 1);
        QVERIFY(!twice->canApply());
    }

    void aPayloadFromANewerSchemaIsRefused()
    {
        TempFolder dir;
        std::unique_ptr<Database> db = createDatabase(dir.path(QStringLiteral("db.sqlite")));
        QJsonObject root = QJsonDocument::fromJson(FieldPackage::exportAll(*db)).object();
        // Stamped with the schema of its records, not of the file: schema 14 added indexes only,
        // and a build of schema 13 must still import what this one exports.
        QCOMPARE(root.value(QStringLiteral("schema")).toInt(), FieldPackage::RecordsSchema);
        QCOMPARE(FieldPackage::RecordsSchema, 13);
        QVERIFY(Database::latestSchemaVersion() >= FieldPackage::RecordsSchema);
        root.insert(QStringLiteral("schema"), FieldPackage::RecordsSchema + 1);
        QString error;
        QVERIFY(!FieldPackage::preview(*db, QJsonDocument(root).toJson(), &error));
        QVERIFY2(
            error.contains(QStringLiteral("data format %1").arg(FieldPackage::RecordsSchema + 1)),
            qPrintable(error));
        QVERIFY(!FieldPackage::preview(*db, "{\"kind\": \"something else\"}", &error));
        QVERIFY(error.contains(u"not records"));
    }
};

IP_TEST_MAIN(TestPackages)
#include "tst_packages.moc"
