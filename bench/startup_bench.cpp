// Measures, on a given database, the time from process start to the first paint of the main
// window showing the portfolio, the stakeholder list and its search, the time to draw the
// portfolio dashboard and one mission's dashboard, and the peak resident memory. Prints one JSON
// object.
//
// Usage: startup_bench DATABASE.sqlite     (QT_QPA_PLATFORM=offscreen works)

#include "BenchSupport.h"
#include "DashboardPage.h"
#include "Database.h"
#include "MainWindow.h"
#include "MissionDashboardView.h"
#include "SearchFilterModel.h"
#include "StakeholdersPage.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

namespace {

// Milliseconds since this process started, from the kernel's own record of the start time.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0;
}

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<void()> done)
        : m_done(std::move(done))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            // Report once the paint has finished.
            QTimer::singleShot(0, watched, std::exchange(m_done, {}));
        }
        return false;
    }

private:
    std::function<void()> m_done;
};

// Handles the events waiting and those they post in turn (work deferred until a page is drawn).
void settle()
{
    for (int round = 0; round < 4; ++round)
        QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    Database::prepareProcess(); // as the app's main() does
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    if (argc != 2) {
        QTextStream(stderr) << "usage: startup_bench DATABASE.sqlite" << Qt::endl;
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QElapsedTimer sinceMain;
    sinceMain.start();

    MainWindow window;
    window.show();
    QElapsedTimer opening;
    opening.start();
    if (!window.openDatabase(path))
        return 1;
    const qint64 openMs = opening.elapsed();
    auto *table = window.findChild<QTableView *>(QStringLiteral("portfolioTable"));
    FirstPaint watcher([&] {
        const qint64 firstPaintMs = sinceMain.elapsed();
        const double sinceStart = msSinceProcessStart();
        const qint64 firstPaintPeakKiB = peakResidentKiB();
        // The kernel brings its high-water mark up to date only now and then (as memory is
        // given back), so that a peak between two updates can go unseen: read after every step
        // too, the highest kept.
        qint64 peakSeenKiB = firstPaintPeakKiB;
        const auto stepDone = [&peakSeenKiB] {
            peakSeenKiB = std::max(peakSeenKiB, peakResidentKiB());
        };
        // The list a planner searches most: every stakeholder, then a name typed letter by letter.
        QElapsedTimer step;
        step.start();
        window.workspace()->showPage(Workspace::Stakeholders);
        StakeholdersPage *stakeholders = window.workspace()->stakeholdersPage();
        QCoreApplication::processEvents();
        const qint64 stakeholderPageMs = step.elapsed();
        stepDone();
        // The page folds its rows' text for the search once it has been drawn: done before the
        // first keystroke (a planner reads the list before typing), and timed apart.
        settle();
        const qint64 stakeholderSearchReadyMs = step.restart();
        stepDone();
        qint64 slowestKeystrokeMs = 0;
        qint64 firstKeystrokeMs = -1;
        const QString typed = QStringLiteral("kovac");
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            step.restart();
            stakeholders->proxy()->setSearchText(typed.left(n));
            QCoreApplication::processEvents();
            slowestKeystrokeMs = std::max(slowestKeystrokeMs, step.elapsed());
            if (firstKeystrokeMs < 0)
                firstKeystrokeMs = step.elapsed();
        }
        // Cleared again: the whole list back, in its order.
        step.restart();
        stakeholders->proxy()->setSearchText({});
        QCoreApplication::processEvents();
        const qint64 clearSearchMs = step.elapsed();
        stepDone();
        // Sorted by each column in turn (the view asks the list to sort, as a click on a header
        // does), then searched again while sorted by the organisation.
        qint64 slowestSortMs = 0;
        QTableView *list = stakeholders->view();
        for (int column = list->model()->columnCount() - 1; column >= 0; --column) {
            step.restart();
            list->sortByColumn(column, Qt::AscendingOrder);
            QCoreApplication::processEvents();
            slowestSortMs = std::max(slowestSortMs, step.elapsed());
        }
        list->sortByColumn(1, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        step.restart();
        stakeholders->proxy()->setSearchText(QStringLiteral("ko"));
        QCoreApplication::processEvents();
        const qint64 sortedKeystrokeMs = step.elapsed();
        stepDone();
        stakeholders->proxy()->setSearchText({});
        list->sortByColumn(0, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        // The risk register of the whole portfolio.
        step.restart();
        window.workspace()->showPage(Workspace::Risks);
        QCoreApplication::processEvents();
        const qint64 risksPageMs = step.elapsed();
        stepDone();
        settle();
        const qint64 risksSearchReadyMs = step.elapsed();
        stepDone();
        // The dashboards: the portfolio's charts, then one mission's (the one with most risks).
        step.restart();
        window.workspace()->showPage(Workspace::Dashboards);
        QCoreApplication::processEvents();
        const qint64 portfolioDashboardMs = step.restart();
        stepDone();
        DashboardPage *dashboards = window.workspace()->dashboardPage();
        dashboards->tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        // Found by one aggregate, so that the benchmark's own reading adds nothing to the peak.
        QString busiest;
        QSqlQuery busiestQuery(window.database()->connection());
        if (busiestQuery.exec(QStringLiteral(
                "SELECT mission_id FROM risks WHERE deleted = 0 AND mission_id IS NOT NULL AND "
                "mission_id <> '' GROUP BY mission_id ORDER BY count(*) DESC, mission_id LIMIT 1"))
            && busiestQuery.next())
            busiest = busiestQuery.value(0).toString();
        // Done with: an open read would keep the close from folding the -wal into the file.
        busiestQuery.finish();
        step.restart();
        dashboards->missionView()->setMission(busiest);
        QCoreApplication::processEvents();
        const qint64 missionDashboardMs = step.elapsed();
        stepDone();
        // The full check and the backup that follow the open, in their thread: how long after the
        // open they end. The benchmark waits for them, so the file is closed cleanly and the
        // next run opens it as a planner's second session does.
        while (window.database()->isCheckingInBackground()) {
            QEventLoop wait; // sleeps until the next event, or 50 ms
            QTimer::singleShot(50, &wait, &QEventLoop::quit);
            wait.exec();
            stepDone();
        }
        const qint64 checksDoneMs = opening.elapsed();
        const QStringList fields {
            QStringLiteral("\"benchmark\": \"startup\""),
            QStringLiteral("\"database\": \"%1\"").arg(path),
            QStringLiteral("\"missions_shown\": %1").arg(table->model()->rowCount()),
            QStringLiteral("\"open_database_ms\": %1").arg(openMs),
            QStringLiteral("\"main_to_first_paint_ms\": %1").arg(firstPaintMs),
            QStringLiteral("\"process_start_to_first_paint_ms\": %1").arg(sinceStart, 0, 'f', 0),
            QStringLiteral("\"stakeholder_page_ms\": %1").arg(stakeholderPageMs),
            QStringLiteral("\"stakeholders_listed\": %1")
                .arg(stakeholders->proxy()->sourceModel()->rowCount()),
            QStringLiteral("\"stakeholder_search_ready_ms\": %1").arg(stakeholderSearchReadyMs),
            QStringLiteral("\"first_search_keystroke_ms\": %1").arg(firstKeystrokeMs),
            QStringLiteral("\"slowest_search_keystroke_ms\": %1").arg(slowestKeystrokeMs),
            QStringLiteral("\"clear_search_ms\": %1").arg(clearSearchMs),
            QStringLiteral("\"slowest_sort_ms\": %1").arg(slowestSortMs),
            QStringLiteral("\"sorted_search_keystroke_ms\": %1").arg(sortedKeystrokeMs),
            QStringLiteral("\"risks_page_ms\": %1").arg(risksPageMs),
            QStringLiteral("\"risks_search_ready_ms\": %1").arg(risksSearchReadyMs),
            QStringLiteral("\"portfolio_dashboard_ms\": %1").arg(portfolioDashboardMs),
            QStringLiteral("\"mission_dashboard_ms\": %1").arg(missionDashboardMs),
            QStringLiteral("\"checks_after_open_done_ms\": %1").arg(checksDoneMs),
            QStringLiteral("\"first_paint_peak_rss_kib\": %1").arg(firstPaintPeakKiB),
            QStringLiteral("\"peak_rss_kib\": %1").arg(std::max(peakSeenKiB, peakResidentKiB())),
        };
        QTextStream(stdout) << u'{' << fields.join(QStringLiteral(", ")) << u'}' << Qt::endl;
        app.quit();
    });
    table->viewport()->installEventFilter(&watcher);
    table->viewport()->update();
    return app.exec();
}
