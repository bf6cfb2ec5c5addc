#pragma once

#include "MissionDashboard.h"
#include "RecordKind.h"
#include "RecordLink.h"

#include <QWidget>

class Database;
class PowerInterestGrid;
class QComboBox;
class TimelineChart;
class QCustomPlot;
class QLabel;
class QListWidget;

// One mission's dashboard: stage progress, the timeline, the inherent and residual 5x5 risk heat
// maps (a click on a cell lists its risks), the power/interest grid, participation by sex per tier
// against the women's share target, the Kirkpatrick funnel and pre- and post-test scores, the
// capacity radar, indicator achievement with its RAG colour, the cascade, and the burn-up of
// officers trained against the target. Every bar, cell and point has a tooltip; a click on one
// opens the record behind it (recordActivated). Redrawn when the data changes.
class MissionDashboardView : public QWidget
{
    Q_OBJECT

public:
    // WhenShown: behind another tab of a window on screen, the charts wait to be shown before
    // they are drawn (with every change made meanwhile), so that opening the Dashboards page
    // does not draw a mission's thirteen charts nobody sees yet.
    enum class Drawing { AtOnce, WhenShown };
    explicit MissionDashboardView(Database &db, QWidget *parent = nullptr,
                                  Drawing drawing = Drawing::AtOnce);

    void setMission(const QString &missionId);
    QString missionId() const { return m_missionId; }
    const MissionDashboard &data() const { return m_data; }
    // A chart by object name, including the timeline's ("timelinePlot") and the grid's
    // ("powerInterestPlot").
    QCustomPlot *plot(const QString &objectName) const;
    QListWidget *cellRisks() const { return m_cellRisks; }
    // The risks that came true (issues), listed apart: the heat maps show open risks only.
    QLabel *issues() const { return m_issues; }
    TimelineChart *timeline() const { return m_timeline; }
    PowerInterestGrid *grid() const { return m_grid; }
    // Keeps the capacity radar round for the radar plot's present size (after a resize, or
    // before rendering it to an image of another size).
    void fitRadar();
    // Lists the risks of a heat-map cell, as a click on it does.
    void showCell(int likelihood, int impact, bool residual);
    // Shows one chart alone, filling the view, with no mission chooser (a workshop's slide).
    void showOnly(const QString &objectName);
    // Hides the charts' sensitive content from a wall: the power/interest grid places no one,
    // counting only stakeholder types per quadrant. Unsafe, its title says what is shown.
    void setWallSafe(bool safe);
    // The kinds of record a chart (by object name) is drawn from: a change to none of them leaves
    // it as it is.
    static RecordKinds inputsOf(const QString &chart);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void recordActivated(const RecordLink &link);
    // Every chart was drawn again.
    void redrawn();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reloadMissions();
    // Behind another tab of a window on screen, and asked to wait (Drawing::WhenShown).
    bool waitsToBeShown() const;
    // Computes the figures again and redraws the charts drawn from a kind in `changed`.
    void redraw(RecordKinds changed);
    RecordLink link(RecordLink::Kind kind, const QString &id = {},
                    Stage stage = Stage::Consultation) const;
    void open(const RecordLink &link);

    Database &m_db;
    QString m_missionId;
    MissionDashboard m_data;
    bool m_drawnWhenShown = false;
    RecordKinds m_pending; // changes not drawn yet, while hidden
    bool m_missionsPending = false; // the chooser to fill when shown
    QComboBox *m_missions;
    QWidget *m_bar;
    QList<QCustomPlot *> m_plots;
    QLabel *m_cellTitle;
    QLabel *m_issues;
    QListWidget *m_cellRisks;
    TimelineChart *m_timeline;
    PowerInterestGrid *m_grid;
};
