#include "Charts.h"
#include "DateEdit.h"
#include "Dates.h"
#include "DemoData.h"
#include "GuiTestSupport.h"
#include "MissionDashboardView.h"
#include "MissionReport.h"
#include "MissionRepository.h"
#include "PagedDocument.h"
#include "PortfolioReport.h"
#include "ReportDialog.h"
#include "RiskRepository.h"
#include "StakeholderRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QtTest>
#include <qcustomplot.h>

using namespace TestSupport;
using namespace GuiTest;

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
        QVERIFY(text.contains(QStringLiteral("Annex B: stakeholders")));
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

    // Every table's header repeats on each page, no row is split across two pages, no line is
    // cut, and no heading ends a page; each page of the PDF that holds risk rows shows the risk
    // table's header. Checked on the pages as laid out for A4, and on the PDF's text page by page.
    void pagesKeepRowsWholeAndRepeatHeaders()
    {
        for (const bool sensitive : {false, true}) {
            QPdfWriter writer(m_dir->path(QStringLiteral("layout.pdf")));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(150);
            QTextDocument document;
            const PagedDocument pages =
                MissionReport(*m_db, m_croatia, sensitive).layOut(document, &writer);
            const int rows = checkPages(document, pages);
            QVERIFY(rows > 20);
            QVERIFY(pages.pages().size() > 2);
        }

        // In the PDF itself: a page with a risk's score ("4 × 5 = 20") shows the header too.
        const QString pdf = m_dir->path(QStringLiteral("pages.pdf"));
        QVERIFY(MissionReport(*m_db, m_croatia, false).writePdf(pdf));
        int riskPages = 0;
        for (int pageNumber = 1;; ++pageNumber) {
            QProcess process;
            process.start(QStringLiteral("pdftotext"),
                          {QStringLiteral("-f"), QString::number(pageNumber), QStringLiteral("-l"),
                           QString::number(pageNumber), QStringLiteral("-raw"), pdf,
                           QStringLiteral("-")});
            QVERIFY(process.waitForFinished(60000));
            if (process.exitCode() != 0)
                break; // past the last page
            const QString text = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(text.contains(QStringLiteral("Page %1 of ").arg(pageNumber)),
                     qPrintable(text.right(200)));
            if (text.contains(QStringLiteral(" × "))) {
                ++riskPages;
                QVERIFY2(text.contains(QStringLiteral("Residual")), qPrintable(text.left(300)));
            }
            QVERIFY(pageNumber < 100);
        }
        QVERIFY(riskPages >= 1);
    }

    // Rows of several tall cells, a row taller than a page and many short ones, on a small page:
    // rows still whole (the tall one cut only between lines), headers on every page, headings
    // with their tables. Printing a range prints just those pages, numbered as in the whole.
    void longRowsStayWholeAndRangesPrint()
    {
        Mission mission;
        mission.code = QStringLiteral("XX-LONG");
        mission.title = QStringLiteral("Long rows");
        QVERIFY(MissionRepository(*m_db).save(mission));
        const QString words = QStringLiteral("word ").repeated(35);
        for (int i = 0; i < 30; ++i) {
            Risk risk;
            risk.missionId = mission.meta.id;
            risk.title = QStringLiteral("Risk %1 ").arg(i) + (i % 3 == 0 ? words : QString())
                + (i == 4 ? QStringLiteral("فقدان ثقة المجتمعات المتضررة") : QString());
            risk.owner = i % 3 == 1 ? QStringLiteral("Owner ") + words : QStringLiteral("Owner");
            risk.mitigation = i == 7 ? QStringLiteral("Мера ").repeated(1500)
                                     : QStringLiteral("Mitigation %1").arg(i);
            risk.likelihood = 1 + i % 5;
            risk.impact = 1 + (i * 2) % 5;
            QVERIFY(RiskRepository(*m_db).save(risk));
        }
        QPdfWriter writer(m_dir->path(QStringLiteral("long.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setResolution(150);
        QTextDocument document;
        const PagedDocument pages =
            MissionReport(*m_db, mission.meta.id, false).layOut(document, &writer);
        QVERIFY(checkPages(document, pages) >= 60);
        QVERIFY(pages.pages().size() > 4);

        if (qEnvironmentVariableIsSet("IP_DUMP_REPORT")) { // for looking at it by hand
            QPdfWriter whole(QDir::temp().filePath(QStringLiteral("long.pdf")));
            whole.setPageSize(QPageSize(QPageSize::A5));
            whole.setResolution(150);
            MissionReport(*m_db, mission.meta.id, false).print(&whole);
        }
        const QString pdf = m_dir->path(QStringLiteral("range.pdf"));
        {
            QPdfWriter range(pdf);
            range.setPageSize(QPageSize(QPageSize::A5));
            range.setResolution(150);
            MissionReport(*m_db, mission.meta.id, false).print(&range, {2, 3, 99});
        }
        QCOMPARE(pdfPageText(pdf, 3), QString()); // two pages only
        QVERIFY(
            pdfPageText(pdf, 1).contains(QStringLiteral("Page 2 of %1").arg(pages.pages().size())));
        QVERIFY(pdfPageText(pdf, 2).contains(QStringLiteral("Page 3 of ")));
    }

    // The period is asked for with the report: days the wrong way round or not days at all are
    // explained and nothing is written; the sensitive fields stay out unless ticked, with a
    // warning when they are. A report of a narrower period counts only what happened in it.
    void thePeriodIsAskedForAndChecked()
    {
        const ReportPeriod whole = ReportPeriod::forMission(*m_db, m_croatia);
        ReportDialog dialog(QStringLiteral("Mission Report"), whole, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.includeSensitive());
        auto *warning = child<QLabel>(&dialog, "sensitiveWarning");
        QVERIFY(!warning->isVisible());
        child<QCheckBox>(&dialog, "includeSensitiveCheck")->setChecked(true);
        QVERIFY(warning->isVisible());
        QVERIFY(dialog.includeSensitive());

        typeDate(child<DateEdit>(&dialog, "reportFromEdit"), QStringLiteral("2026-07-01"));
        typeDate(child<DateEdit>(&dialog, "reportToEdit"), QStringLiteral("2026-04-01"));
        QTest::mouseClick(child<QPushButton>(&dialog, "writeReportButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *error = child<QLabel>(&dialog, "errorLabel");
        // The dialog grew for the message: every label has the height its text needs.
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
        }
        QCOMPARE(error->text(),
                 QStringLiteral("The period ends (2026-04-01) before it starts (2026-07-01)."));
        typeDate(child<DateEdit>(&dialog, "reportToEdit"), QStringLiteral("2026-02-31"));
        QTest::mouseClick(child<QPushButton>(&dialog, "writeReportButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("End of the period:")),
                 qPrintable(error->text()));
        typeDate(child<DateEdit>(&dialog, "reportToEdit"), QStringLiteral("2027-01-31"));
        QTest::mouseClick(child<QPushButton>(&dialog, "writeReportButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("The period ends after today")),
                 qPrintable(error->text()));
        QVERIFY(mnemonicClashes(&dialog).isEmpty());
        QTest::mouseClick(child<QPushButton>(&dialog, "wholePeriodButton"), Qt::LeftButton);
        QCOMPARE(dialog.period().from, whole.from);
        typeDate(child<DateEdit>(&dialog, "reportFromEdit"), QStringLiteral("2026-06-01"));
        typeDate(child<DateEdit>(&dialog, "reportToEdit"), QStringLiteral("2026-06-30"));
        QTest::mouseClick(child<QPushButton>(&dialog, "writeReportButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QTextDocument document;
        MissionReport(*m_db, m_croatia, false, dialog.period()).build(document);
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Reporting period: 2026-06-01 to 2026-06-30.")));
        QVERIFY(text.contains(QStringLiteral("2026-06-24")));
        QVERIFY(!text.contains(QStringLiteral("2026-05-12"))); // a session in May
        QVERIFY(text.contains(QStringLiteral("Indicators on 2026-06-30")));
    }

    // A report across missions adds up the missions' own figures (the same as their reports),
    // names no stakeholder, lays out like the mission reports and can be stopped.
    void thePortfolioReportAddsUpTheMissions()
    {
        QStringList ids;
        int trained = 0;
        int sessions = 0;
        const ReportPeriod period {QDate(2025, 1, 1), QDate(2026, 11, 23)};
        for (const Mission &m : MissionRepository(*m_db).all()) {
            if (m.code.startsWith(QStringLiteral("XX-")))
                continue; // made by the other tests
            ids.append(m.meta.id);
            const MissionFigures f = MissionFigures::compute(*m_db, m.meta.id, period);
            trained += f.trainedInPeriod.total();
            sessions += static_cast<int>(f.sessionsInPeriod.size());
        }
        QVERIFY(ids.size() >= 3);
        QVERIFY(trained > 0);
        const PortfolioReport report(*m_db, ids, QStringLiteral("Programme report: LEOP-2"),
                                     QStringLiteral("The missions shown in the list."), period);
        QTextDocument document;
        QList<int> seen;
        QVERIFY(report.build(document, [&seen](int done, int) {
            seen.append(done);
            return true;
        }));
        QCOMPARE(seen.size(), ids.size() + 1);
        QCOMPARE(seen.last(), ids.size());
        const QString text = document.toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Programme report: LEOP-2")));
        QVERIFY(text.contains(QStringLiteral("Reporting period: 2025-01-01 to 2026-11-23.")));
        QVERIFY2(text.contains(QStringLiteral("Training sessions held\n%1").arg(sessions)),
                 qPrintable(text.left(1500)));
        QVERIFY(text.contains(
            QStringLiteral("People trained in those sessions, every tier\n%1 (").arg(trained)));
        QVERIFY(text.contains(QStringLiteral("HR-HC-01")));
        for (const Stakeholder &s : StakeholderRepository(*m_db).all())
            QVERIFY2(!text.contains(s.name) || s.name == s.organisation, qPrintable(s.name));

        QPdfWriter writer(m_dir->path(QStringLiteral("portfolio.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        const PagedDocument pages(document, &writer, 100);
        QVERIFY(checkPages(document, pages) > ids.size());

        // Stopped at the second mission: nothing is written.
        const QString stopped = m_dir->path(QStringLiteral("stopped.pdf"));
        QString error;
        QVERIFY(!report.writePdf(stopped, &error, [](int done, int) { return done < 1; }));
        QVERIFY(error.isEmpty());
        QVERIFY(!QFile::exists(stopped));
        QVERIFY2(report.writePdf(stopped, &error), qPrintable(error));
        QVERIFY(!(QFileInfo(stopped).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
        if (qEnvironmentVariableIsSet("IP_DUMP_REPORT")) { // for looking at it by hand
            QFile::remove(QDir::temp().filePath(QStringLiteral("portfolio.pdf")));
            QFile::copy(stopped, QDir::temp().filePath(QStringLiteral("portfolio.pdf")));
        }
    }

    // A section with nothing in it says so in one line: no table of headers alone.
    void emptySectionsSaySoInALine()
    {
        Mission empty;
        empty.code = QStringLiteral("XX-EMPTY");
        empty.title = QStringLiteral("Nothing yet");
        QVERIFY(MissionRepository(*m_db).save(empty));
        QTextDocument document;
        MissionReport(*m_db, empty.meta.id, false).build(document);
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QStringLiteral("No risk is recorded for this mission.")));
        QVERIFY(text.contains(QStringLiteral("No indicator is defined for this mission.")));
        QVERIFY(text.contains(QStringLiteral("No stakeholder is linked to this mission.")));
        QVERIFY(!text.contains(QStringLiteral("Residual")));
        QVERIFY(!text.contains(QStringLiteral("Achieved")));
    }

    void reportToAnUnwritablePlaceSaysWhy()
    {
        QString error;
        QVERIFY(!MissionReport(*m_db, m_croatia, false)
                     .writePdf(QStringLiteral("/nonexistent-folder/report.pdf"), &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
    }

    // Date axes tick on the first of a month, fewer of them where there is less room, on the
    // calendar's quarters and years when months are too many.
    void monthTicksFitTheirRoom()
    {
        const auto dates = [](const QSharedPointer<QCPAxisTickerText> &ticks) {
            QList<QDate> days;
            for (auto it = ticks->ticks().cbegin(); it != ticks->ticks().cend(); ++it)
                days.append(QCPAxisTickerDateTime::keyToDateTime(it.key()).toUTC().date());
            return days;
        };
        const QList<QDate> monthly =
            dates(Charts::monthTicks(QDate(2026, 1, 10), QDate(2026, 6, 30), 12));
        QCOMPARE(monthly.size(), 6);
        QCOMPARE(monthly.first(), QDate(2026, 1, 1));
        const QList<QDate> quarterly =
            dates(Charts::monthTicks(QDate(2025, 3, 10), QDate(2027, 6, 30), 12));
        QVERIFY(quarterly.size() <= 12);
        for (const QDate &day : quarterly)
            QVERIFY2(day.day() == 1 && (day.month() - 1) % 3 == 0, qPrintable(isoDate(day)));
        const QList<QDate> yearly =
            dates(Charts::monthTicks(QDate(2020, 3, 10), QDate(2027, 6, 30), 4));
        QVERIFY(yearly.size() <= 4);
        for (const QDate &day : yearly)
            QCOMPARE(day.month(), 1);
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
    // Checks the laid-out pages: every line of text on one page, every table row on one page,
    // a table's header above each page that starts inside it, a heading on the page of what
    // follows it. Returns the number of table rows checked (0 after a failure).
    static int checkPages(QTextDocument &document, const PagedDocument &pages)
    {
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        int rows = 0;
        bool ok = true;
        const auto fail = [&ok](const QString &why) {
            qWarning().noquote() << why;
            ok = false;
        };
        // A block's lines: their extents, each on one page.
        const auto lines = [&](const QTextBlock &block) {
            const QRectF rect = layout->blockBoundingRect(block);
            const QTextLayout *text = block.layout();
            qreal top = rect.top();
            qreal bottom = rect.bottom();
            for (int i = 0; i < text->lineCount(); ++i) {
                const QTextLine line = text->lineAt(i);
                if (i == 0)
                    top = rect.top() + line.y();
                bottom = rect.top() + line.y() + line.height();
                if (pages.pageHolding(rect.top() + line.y(), bottom) < 0)
                    fail(QStringLiteral("a line is cut: %1 at %2-%3")
                             .arg(block.text().left(40))
                             .arg(rect.top() + line.y())
                             .arg(bottom));
            }
            return std::pair<qreal, qreal> {top, bottom};
        };
        QTextBlock heading;
        const auto afterHeading = [&](qreal top, qreal bottom) {
            if (heading.isValid()
                && pages.pageHolding(lines(heading).first, lines(heading).second)
                    != pages.pageHolding(top, bottom))
                fail(QStringLiteral("a heading ends a page: ") + heading.text());
            heading = QTextBlock();
        };
        for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                if (table->format().headerRowCount() != 1)
                    fail(QStringLiteral("a table has no header row"));
                const QRectF frame = layout->frameBoundingRect(table);
                qreal firstRowTop = frame.bottom();
                qreal lastRowBottom = frame.top();
                for (int row = 1; row < table->rows(); ++row) {
                    qreal top = 1e12;
                    qreal bottom = 0;
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        for (QTextFrame::iterator b = cell.begin(); !b.atEnd(); ++b) {
                            const auto [first, last] = lines(b.currentBlock());
                            top = std::min(top, first);
                            bottom = std::max(bottom, last);
                        }
                    }
                    ++rows;
                    firstRowTop = std::min(firstRowTop, top);
                    lastRowBottom = std::max(lastRowBottom, bottom);
                    const QString name = table->cellAt(row, 0).firstCursorPosition().block().text();
                    if (row == 1)
                        afterHeading(top, bottom);
                    if (bottom - top < pages.pageHeight() && pages.pageHolding(top, bottom) < 0)
                        fail(QStringLiteral("a row is split: ") + name.left(40));
                }
                for (const PagedDocument::Page &page : pages.pages()) {
                    const bool inside = page.top > firstRowTop && page.top < lastRowBottom;
                    if (inside
                        && !(page.headerTop == frame.top() && page.headerBottom > page.headerTop))
                        fail(QStringLiteral("a page inside a table has no header"));
                }
            } else if (it.currentBlock().blockFormat().headingLevel() > 0) {
                heading = it.currentBlock();
            } else if (!it.currentBlock().text().trimmed().isEmpty()) {
                const auto [top, bottom] = lines(it.currentBlock());
                afterHeading(top, bottom);
            }
        }
        return ok ? rows : 0;
    }

    QString pdfPageText(const QString &pdf, int page)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                       QString::number(page), QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

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
