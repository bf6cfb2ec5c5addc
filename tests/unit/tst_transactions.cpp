#include "MissionRepository.h"
#include "SqlSupport.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"
#include "TransactionGuard.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

namespace {
Mission mission(const QString &code)
{
    Mission m;
    m.code = code;
    m.title = QStringLiteral("Mission %1").arg(code);
    return m;
}
} // namespace

// Every write runs in a transaction that rolls back unless committed, and guards nest.
class TestTransactions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<TestSupport::TempFolder>();
        m_db = createDatabase(m_dir->path(QStringLiteral("tx.sqlite")));
        QVERIFY(m_db->isOpen());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void rollsBackUnlessCommitted()
    {
        QSignalSpy spy(m_db.get(), &Database::recordsChanged);
        {
            TransactionGuard guard(*m_db);
            QVERIFY(guard.isActive());
            Mission m = mission(QStringLiteral("GONE-1"));
            QVERIFY(MissionRepository(*m_db).save(m));
        } // no commit: an error path returned early
        QCOMPARE(MissionRepository(*m_db).count(), 0);
        QCOMPARE(spy.count(), 0); // nothing changed, so nothing to refresh
        QCOMPARE(m_db->transactionDepth(), 0);
    }

    void commitsOnce()
    {
        QSignalSpy spy(m_db.get(), &Database::recordsChanged);
        {
            TransactionGuard guard(*m_db);
            for (int i = 0; i < 3; ++i) {
                Mission m = mission(QStringLiteral("KEEP-%1").arg(i));
                QVERIFY(MissionRepository(*m_db).save(m));
            }
            QCOMPARE(spy.count(), 0);
            QVERIFY(guard.commit());
        }
        QCOMPARE(MissionRepository(*m_db).count(), 3);
        QCOMPARE(spy.count(), 1);
    }

    void innerRollbackKeepsOuterWork()
    {
        TransactionGuard outer(*m_db);
        Mission kept = mission(QStringLiteral("OUTER-1"));
        QVERIFY(MissionRepository(*m_db).save(kept));
        {
            TransactionGuard inner(*m_db);
            QCOMPARE(m_db->transactionDepth(), 2);
            Mission dropped = mission(QStringLiteral("INNER-1"));
            QVERIFY(MissionRepository(*m_db).save(dropped));
            inner.rollback();
        }
        QVERIFY(outer.commit());
        const QList<Mission> all = MissionRepository(*m_db).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().code, QStringLiteral("OUTER-1"));
    }

    void failureHalfwayLeavesNoHalfRecord()
    {
        // A stakeholder and its first snapshot are written together; make the snapshot fail.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_snapshot BEFORE INSERT ON stakeholder_snapshots "
            "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
        Stakeholder s;
        s.name = QStringLiteral("Ana Anić");
        QString error;
        QVERIFY(!StakeholderRepository(*m_db).save(s, &error));
        QVERIFY2(error.contains(QStringLiteral("simulated failure")), qPrintable(error));
        QCOMPARE(StakeholderRepository(*m_db).count(), 0);
        QCOMPARE(m_db->transactionDepth(), 0);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER refuse_snapshot")));
        QVERIFY(StakeholderRepository(*m_db).save(s, &error));
        QCOMPARE(StakeholderRepository(*m_db).count(), 1);
    }

    void failedSaveKeepsEarlierValues()
    {
        MissionRepository missions(*m_db);
        Mission m = mission(QStringLiteral("SAFE-1"));
        QVERIFY(missions.save(m));
        Mission edited = m;
        edited.title.clear();
        QString error;
        QVERIFY(!missions.save(edited, &error));
        QCOMPARE(missions.find(m.meta.id)->title, m.title);
    }

private:
    std::unique_ptr<TestSupport::TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
};

IP_TEST_MAIN(TestTransactions)
#include "tst_transactions.moc"
