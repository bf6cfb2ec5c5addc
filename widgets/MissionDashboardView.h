#pragma once

#include "MissionDashboard.h"

#include <QWidget>

class Database;
class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;

// One mission's dashboard: stage progress, the inherent and residual 5x5 risk heat maps (a click
// on a cell lists its risks), participation by sex per tier, pre- and post-test scores, the
// capacity radar, indicator achievement with its RAG colour, the cascade, and the burn-up of
// officers trained against the target. Redrawn when the data changes.
class MissionDashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit MissionDashboardView(Database &db, QWidget *parent = nullptr);

    void setMission(const QString &missionId);
    QString missionId() const { return m_missionId; }
    const MissionDashboard &data() const { return m_data; }
    QCustomPlot *plot(const QString &objectName) const;
    QListWidget *cellRisks() const { return m_cellRisks; }
    // Keeps the capacity radar round for the radar plot's present size (after a resize, or
    // before rendering it to an image of another size).
    void fitRadar();
    // Lists the risks of a heat-map cell, as a click on it does.
    void showCell(int likelihood, int impact, bool residual);

public Q_SLOTS:
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadMissions();
    void drawStages();
    void drawHeatMap(QCustomPlot *plot, bool residual);
    void drawParticipation();
    void drawScores();
    void drawCapacity();
    void drawIndicators();
    void drawCascade();
    void drawBurnUp();

    Database &m_db;
    QString m_missionId;
    MissionDashboard m_data;
    QComboBox *m_missions;
    QList<QCustomPlot *> m_plots;
    QLabel *m_cellTitle;
    QListWidget *m_cellRisks;
};
