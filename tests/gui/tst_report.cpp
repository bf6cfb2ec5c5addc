#include "Charts.h"
#include "DemoData.h"
#include "GuiTestSupport.h"
#include "MissionDashboardView.h"
#include "MissionReport.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QImage>
#include <QProcess>
#include <QtTest>
#include <qcustomplot.h>

using namespace TestSupport;

// The mission report as a PDF read back with pdftotext, and charts saved as PNG and PDF.
class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, QStringLiteral("en"));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: scripts/setup.sh installs poppler-utils");
        m_dir = std::make_unique<TempFolder>();
        const QString path = m_dir->path(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoData::createFile(path, &error), qPrintable(error));
        m_db = std::make_unique<Database>();
        OpenError openError;
        QVERIFY(m_db->open(path, Database::Mode::OpenExisting, quietOptions(), &openError));
        for (const Mission &m : MissionRepository(*m_db).all()) {
            if (m.code == u"HR-HC-01")
                m_croatia = m.meta.id;
        }
        QVERIFY(!m_croatia.isEmpty());
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void reportLeavesSensitiveFieldsOutUnlessAsked()
    {
        const QString text = reportText(false);
        QVERIFY(text.contains(QStringLiteral("Combating hate crime: police training in Croatia")));
        // Table cells wrap (and a row may run onto the next page), so compare the start of each
        // title with the spaces taken out.
        QString packed = text;
        packed.remove(u' ');
        for (const Risk &r : RiskRepository(*m_db).forMission(m_croatia))
            QVERIFY2(packed.contains(QString(r.title).remove(u' ').left(24)), qPrintable(r.title));
        QVERIFY(text.contains(QStringLiteral("Stakeholders")));
        QVERIFY(text.contains(QStringLiteral("Policijska akademija")));
        // No contact detail, no rating, no protected name.
        QVERIFY(!text.contains(QStringLiteral("demo.mup@example.org")));
        QVERIFY(!text.contains(QStringLiteral("555 0101")));
        QVERIFY(!text.contains(QStringLiteral("Dragana")));
        QVERIFY(!text.contains(QStringLiteral("Attitude")));

        QString full = reportText(true);
        full.remove(u' ');
        QVERIFY(full.contains(QStringLiteral("demo.mup@example.org")));
        QVERIFY(full.contains(QStringLiteral("Dragana")));
    }

    void reportToAnUnwritablePlaceSaysWhy()
    {
        QString error;
        QVERIFY(!MissionReport(*m_db, m_croatia, false)
                     .writePdf(QStringLiteral("/nonexistent-folder/report.pdf"), &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
    }

    void chartsSaveAsPngAndPdfAtTheChosenSize()
    {
        MissionDashboardView view(*m_db);
        view.resize(1200, 900);
        view.setMission(m_croatia);
        QCustomPlot *plot = view.plot(QStringLiteral("heatMapChart"));
        const QString png = m_dir->path(QStringLiteral("heat.png"));
        QString error;
        QVERIFY2(Charts::saveChart(plot, png, Charts::ImageFormat::Png, QSize(1000, 640), &error),
                 qPrintable(error));
        QCOMPARE(QImage(png).size(), QSize(1000, 640));
        const QString pdf = m_dir->path(QStringLiteral("heat.pdf"));
        QVERIFY2(Charts::saveChart(plot, pdf, Charts::ImageFormat::Pdf, QSize(800, 500), &error),
                 qPrintable(error));
        QVERIFY(readFile(pdf).startsWith("%PDF"));
        QVERIFY(!Charts::saveChart(plot, png, Charts::ImageFormat::Png, QSize(20, 20), &error));
        QVERIFY(error.contains(QStringLiteral("100")));
        QCOMPARE(QImage(png).size(), QSize(1000, 640)); // the earlier file is untouched
    }

private:
    QString reportText(bool sensitive)
    {
        const QString pdf =
            m_dir->path(sensitive ? QStringLiteral("full.pdf") : QStringLiteral("safe.pdf"));
        QString error;
        if (!MissionReport(*m_db, m_croatia, sensitive).writePdf(pdf, &error)) {
            qWarning() << error;
            return {};
        }
        // Only its owner may read a report.
        if (QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther)) {
            qWarning() << "the report is readable by others";
            return {};
        }
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        if (!process.waitForFinished(60000))
            return {};
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        if (qEnvironmentVariableIsSet("IP_DUMP_REPORT")) { // for looking at it by hand
            qInfo().noquote() << text;
            QFile::remove(QDir::temp().filePath(QFileInfo(pdf).fileName()));
            QFile::copy(pdf, QDir::temp().filePath(QFileInfo(pdf).fileName()));
        }
        return text.simplified();
    }

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_croatia;
};

IP_GUI_TEST_MAIN(TestReport)
#include "tst_report.moc"
