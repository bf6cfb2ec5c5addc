#include "Charts.h"
#include "DemoData.h"
#include "Edits.h"
#include "EditsFixture.h"
#include "GuiTestSupport.h"
#include "LabelFitter.h"
#include "MissionDashboardView.h"
#include "MissionRepository.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WorkshopWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QtTest>
#include <qcustomplot.h>

#include <algorithm>

using namespace TestSupport;

// Every chart a workshop can show, on a 1024x768 projector at 1.6, 2.2 and 3 times the desk's
// type, in the light and the dark theme, with the demo's busiest missions: no tick labels that
// overlap, no title wider than its chart, no desk control (zoom, chooser) on the wall.
// IP_DUMP_WALL=folder saves each view as a PNG there, for looking at by hand.
class TestWallCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, QStringLiteral("en"));
        m_f = std::make_unique<EditsFixture>(QStringLiteral("wall.sqlite"));
        QString error;
        QVERIFY2(DemoData::load(m_f->db(), &error), qPrintable(error));
    }

    void cleanupTestCase() { m_f.reset(); }

    void chartsHoldOnTheWall_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("dark");
        for (const char *code : {"HR-HC-01", "BA-HC-01", "PL-HC-01"}) {
            for (const double scale : {1.6, 2.2, 3.0}) {
                for (const bool dark : {false, true}) {
                    const QString name = QStringLiteral("%1 at %2x, %3")
                                             .arg(QLatin1String(code))
                                             .arg(scale)
                                             .arg(dark ? u"dark" : u"light");
                    QTest::newRow(qPrintable(name)) << QString::fromLatin1(code) << scale << dark;
                }
            }
        }
    }

    void chartsHoldOnTheWall()
    {
        QFETCH(QString, code);
        QFETCH(double, scale);
        QFETCH(bool, dark);
        WorkshopPlan plan;
        for (const Mission &m : MissionRepository(m_f->db()).all()) {
            if (m.code == code)
                plan.missionId = m.meta.id;
        }
        QVERIFY(!plan.missionId.isEmpty());
        plan.stage = Stage::Consultation;
        plan.agenda = WorkshopPlan::defaultAgenda(plan.stage);
        for (const auto &[name, title] : WorkshopPlan::availableCharts())
            plan.charts.append(name);
        plan.scale = scale;
        plan.dark = dark;
        WorkshopWindow wall(m_f->edits(), plan);
        wall.resize(1024, 768);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        const QString dump = qEnvironmentVariable("IP_DUMP_WALL");
        for (int i = 0; i < plan.charts.size(); ++i) {
            const QString chart = plan.charts.at(i);
            wall.showView(WorkshopWindow::FirstChartView + i);
            QCoreApplication::processEvents();
            MissionDashboardView *view = wall.charts().at(i);
            QCustomPlot *plot = view->plot(chart);
            QVERIFY2(plot, qPrintable(chart));
            for (int k = 0; k < 6; ++k) { // each fitting replots once more, queued
                plot->replot(QCustomPlot::rpImmediateRefresh);
                QCoreApplication::processEvents();
            }
            if (!dump.isEmpty()) {
                QDir().mkpath(dump);
                wall.grab().save(QStringLiteral("%1/%2-%3-%4-%5.png")
                                     .arg(dump, code, QString::number(scale, 'f', 1),
                                          dark ? u"dark" : u"light", chart));
            }
            // No desk control on the wall.
            for (QWidget *control : view->findChildren<QWidget *>()) {
                if (qobject_cast<QComboBox *>(control) || qobject_cast<QAbstractButton *>(control))
                    QVERIFY2(!control->isVisible(),
                             qPrintable(chart + QStringLiteral(": ") + control->objectName()));
            }
            QVERIFY2(plot->isVisible(), qPrintable(chart));
            checkTitle(chart, plot);
            for (QCPAxis *axis : plot->axisRect()->axes())
                checkTickLabels(chart, axis);
            checkTexts(chart, plot);
        }
    }

    // What the fitter took away comes back when there is room again: the chart's own title,
    // axis label and number of ticks.
    void fittingGivesBackWhatTheChartSet()
    {
        QCustomPlot plot;
        LabelFitter::keepApart(&plot);
        QFont large = plot.xAxis->tickLabelFont();
        large.setPointSizeF(large.pointSizeF() * 3);
        plot.xAxis->setTickLabelFont(large);
        plot.xAxis->setLabelFont(large);
        plot.xAxis->setRange(0, 15000);
        plot.xAxis->setLabel(QStringLiteral("Officers reached by the cascade, all tiers"));
        plot.plotLayout()->insertRow(0);
        auto *title = new QCPTextElement(&plot,
                                         QStringLiteral("Cascade: officers reached by 30 "
                                                        "trainers, 3611 in all"));
        plot.plotLayout()->addElement(0, 0, title);
        const int asked = plot.xAxis->ticker()->tickCount();
        plot.resize(260, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        for (int i = 0; i < 10; ++i) // the fitted replots are queued, one after another
            QCoreApplication::processEvents();
        QVERIFY(plot.xAxis->ticker()->tickCount() < asked);
        QVERIFY(title->text().contains(u'\n'));
        QVERIFY(plot.xAxis->label().contains(u'\n'));
        checkTickLabels(QStringLiteral("narrow"), plot.xAxis);
        plot.resize(1900, 300);
        plot.replot();
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(plot.xAxis->ticker()->tickCount(), asked);
        QCOMPARE(title->text(),
                 QStringLiteral("Cascade: officers reached by 30 trainers, 3611 in all"));
        QCOMPARE(plot.xAxis->label(), QStringLiteral("Officers reached by the cascade, all tiers"));
    }

    // A chart rendered at another size than its window's (a report's page, a saved image) is
    // fitted to that size before it is drawn: settle() lays it out until nothing changes, with
    // no event loop and the plot never shown. Saving a chart does so too, and gives the window
    // its own size back.
    void aChartIsFittedToTheSizeItIsRenderedAt()
    {
        QCustomPlot plot;
        LabelFitter::keepApart(&plot);
        QFont large = plot.xAxis->tickLabelFont();
        large.setPointSizeF(large.pointSizeF() * 2);
        plot.xAxis->setTickLabelFont(large);
        plot.xAxis->setRange(0, 15000);
        plot.plotLayout()->insertRow(0);
        const QString whole =
            QStringLiteral("Cascade: officers reached by 30 trainers, 3611 in all");
        auto *title = new QCPTextElement(&plot, whole);
        plot.plotLayout()->addElement(0, 0, title);
        plot.resize(1200, 400);
        plot.setViewport(QRect(0, 0, 240, 300));
        LabelFitter::settle(&plot);
        QVERIFY(title->text().contains(u'\n'));
        checkTickLabels(QStringLiteral("rendered narrow"), plot.xAxis);

        plot.setViewport(QRect(0, 0, 1200, 400));
        LabelFitter::settle(&plot);
        QCOMPARE(title->text(), whole);
        TempFolder folder;
        QString error;
        QVERIFY2(Charts::saveChart(&plot, folder.path(QStringLiteral("narrow.png")),
                                   Charts::ImageFormat::Png, QSize(240, 300), &error),
                 qPrintable(error));
        QCOMPARE(plot.viewport(), QRect(0, 0, 1200, 400));
        QCOMPARE(title->text(), whole);
    }

    // A chart that undoes the fitting at every layout (it sets its title whole again) is not
    // fitted for ever: the replots stop.
    void aChartThatUndoesTheFittingIsNotChased()
    {
        QCustomPlot plot;
        LabelFitter::keepApart(&plot);
        plot.plotLayout()->insertRow(0);
        const QString whole = QStringLiteral("A title far too long for so narrow a chart to hold");
        auto *title = new QCPTextElement(&plot, whole);
        plot.plotLayout()->addElement(0, 0, title);
        connect(&plot, &QCustomPlot::afterLayout, title, [title, whole] { title->setText(whole); });
        int replots = 0;
        connect(&plot, &QCustomPlot::afterReplot, &plot, [&replots] { ++replots; });
        plot.resize(200, 200);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        for (int i = 0; i < 40; ++i)
            QCoreApplication::processEvents();
        const int settled = replots;
        QVERIFY2(settled < 40, qPrintable(QString::number(settled)));
        for (int i = 0; i < 40; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(replots, settled);
    }

private:
    // Every text drawn on the chart (a value, a name, a note) lies whole within the plot, and
    // within its frame if it keeps to it, and covers no other text nor the legend.
    static void checkTexts(const QString &chart, QCustomPlot *plot)
    {
        QList<QPair<QRectF, QString>> seen;
        if (plot->legend->visible())
            seen.append({QRectF(plot->legend->outerRect()), QStringLiteral("the legend")});
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto *text = qobject_cast<QCPItemText *>(plot->item(i));
            if (!text || !text->visible() || text->text().isEmpty())
                continue;
            const QRectF box = LabelFitter::boxOf(text).adjusted(1, 1, -1, -1);
            const QRectF frame =
                text->clipToAxisRect() ? QRectF(plot->axisRect()->rect()) : QRectF(plot->rect());
            QVERIFY2(
                frame.adjusted(-1, -1, 1, 1).contains(box),
                qPrintable(
                    QStringLiteral("%1: \"%2\" runs out of its frame").arg(chart, text->text())));
            for (const auto &[other, name] : std::as_const(seen))
                QVERIFY2(
                    !other.intersects(box),
                    qPrintable(
                        QStringLiteral("%1: \"%2\" covers \"%3\"").arg(chart, text->text(), name)));
            seen.append({box, text->text()});
        }
    }

    static void checkTitle(const QString &chart, QCustomPlot *plot)
    {
        if (plot->plotLayout()->elementCount() == 0)
            return;
        auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0));
        if (!title || !title->visible())
            return;
        int needed = 0; // its widest line
        for (const QString &line : title->text().split(u'\n'))
            needed = std::max(needed, QFontMetrics(title->font()).horizontalAdvance(line));
        QVERIFY2(needed <= plot->width(),
                 qPrintable(QStringLiteral("%1: title \"%2\" needs %3 of %4")
                                .arg(chart, title->text())
                                .arg(needed)
                                .arg(plot->width())));
    }

    // The tick labels drawn on `axis` (those within its range) keep clear of each other.
    static void checkTickLabels(const QString &chart, QCPAxis *axis)
    {
        if (!axis->visible() || !axis->tickLabels() || axis->tickLabelRotation() != 0)
            return;
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        const QFontMetrics metrics(axis->tickLabelFont());
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        QList<QPair<double, double>> spans; // from, to along the axis, in pixels
        for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
            if (labels.at(i).isEmpty() || !axis->range().contains(ticks.at(i)))
                continue;
            const QRect box =
                metrics.boundingRect(QRect(0, 0, 10000, 10000), Qt::AlignCenter, labels.at(i));
            const double at = axis->coordToPixel(ticks.at(i));
            const double half = (horizontal ? box.width() : box.height()) / 2.0;
            spans.append({at - half, at + half});
        }
        std::sort(spans.begin(), spans.end());
        for (int i = 1; i < spans.size(); ++i) {
            QVERIFY2(spans.at(i).first >= spans.at(i - 1).second - 1,
                     qPrintable(QStringLiteral("%1: %2 axis labels %3 and %4 overlap")
                                    .arg(chart, horizontal ? u"horizontal" : u"vertical")
                                    .arg(i - 1)
                                    .arg(i)));
        }
    }

    std::unique_ptr<EditsFixture> m_f;
};

IP_GUI_TEST_MAIN(TestWallCharts)
#include "tst_wallcharts.moc"
