#pragma once

#include "MissionTimeline.h"

#include <QWidget>

class Database;
class QComboBox;
class QCustomPlot;

// A mission's timeline, Gantt-like: the span of each stage reached, the consultation, training
// and follow-up sessions (filled when held, hollow when planned), the MoU and the mission's
// start and end, and a line for today. Zoom by month, by quarter or to the whole mission; drag
// or wheel to move along it. Hovering a marker names it.
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

public Q_SLOTS:
    void refresh();

private:
    void applyZoom();
    void showTip(QMouseEvent *event);

    Database &m_db;
    QString m_missionId;
    QCustomPlot *m_plot;
    QComboBox *m_zoomBox;
    MissionTimeline m_timeline;
    Zoom m_zoom = Zoom::WholeMission;
};
