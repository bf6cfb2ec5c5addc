#pragma once

#include "MissionTimeline.h"

#include <QWidget>

class Database;
class QComboBox;
class QCustomPlot;

// A mission's timeline, Gantt-like: the span of each stage reached, the consultation, training
// and follow-up sessions (filled when held, hollow when planned), the MoU and the mission's
// start and end, and a line for today. Zoom by month, by quarter or to the whole mission; drag
// or wheel to move along it. Hovering a marker names it. Once the chart knows its size (on the
// desk, on the wall, at any type size), the date ticks thin out until their labels fit, the
// milestones' names are placed where they overlap nothing (or left out), and today's label keeps
// inside the chart.
class TimelineChart : public QWidget
{
    Q_OBJECT

public:
    enum class Zoom { Month, Quarter, WholeMission };

    TimelineChart(Database &db, const QString &missionId, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    QString missionId() const { return m_missionId; }
    void setMission(const QString &missionId);
    const MissionTimeline &timeline() const { return m_timeline; }
    void setZoom(Zoom zoom);
    Zoom zoom() const { return m_zoom; }
    // The date range shown.
    QPair<QDate, QDate> shownRange() const;
    // Shows or hides the zoom and the hint above the chart (a workshop's wall shows it alone).
    void setControlsShown(bool shown);
    // Months between date ticks, as fitted to the labels' width.
    int monthsPerTick() const { return m_tickStep; }

public Q_SLOTS:
    void refresh();

private:
    void applyZoom();
    // The ticks every `months`, labelled to suit the step.
    void setTicks(int months);
    // On each layout: thins the ticks to fit, places the milestones' names and today's label.
    void fitLabels();
    void showTip(QMouseEvent *event);

    Database &m_db;
    QString m_missionId;
    QCustomPlot *m_plot;
    QComboBox *m_zoomBox;
    QWidget *m_controls;
    MissionTimeline m_timeline;
    Zoom m_zoom = Zoom::WholeMission;
    int m_tickStep = 3;
    int m_leastStep = 3; // the zoom's own step, which fitting only ever widens
    QList<class QCPItemText *> m_milestoneNames;
    QList<QPointF> m_milestoneKeys; // each name's milestone (date key, row)
    QList<QString> m_milestoneTexts;
    class QCPItemText *m_todayLabel = nullptr;
};
