#include <QtTest>
class T : public QObject { Q_OBJECT private Q_SLOTS: void t() { QVERIFY(true); } };
QTEST_MAIN(T)
#include "tst_repositories.moc"
