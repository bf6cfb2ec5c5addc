#pragma once

#include "ProgrammeDashboard.h"
#include "RecordLink.h"

#include <QWidget>

class Database;
class QAbstractItemModel;
class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QTableView;

// One programme's dashboard: who runs it and what it replaced, its missions by status, by stage
// (the open ones) and by outcome, a timeline of its missions and its events, its missions in a
// table (Enter shows one's dashboard), and its risks: those that came true, marked apart, and the
// open ones by score (Enter opens the risk). Redrawn when the data changes.
class ProgrammeDashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeDashboardView(Database &db, QWidget *parent = nullptr);

    void setProgramme(const QString &programmeId);
    QString programmeId() const { return m_programmeId; }
    const ProgrammeDashboard &data() const { return m_data; }
    QCustomPlot *plot(const QString &objectName) const;
    QComboBox *programmes() const { return m_programmes; }
    QTableView *missions() const { return m_missionView; }
    QListWidget *risks() const { return m_risks; }
    QLabel *summary() const { return m_summary; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void missionActivated(const QString &missionId);
    void recordActivated(const RecordLink &link);

private:
    void reloadProgrammes();
    void drawTimeline();
    void showTimelineTip(QMouseEvent *event);

    Database &m_db;
    QString m_programmeId;
    ProgrammeDashboard m_data;
    QComboBox *m_programmes;
    QLabel *m_summary;
    QList<QCustomPlot *> m_plots;
    QAbstractItemModel *m_missionModel;
    QTableView *m_missionView;
    QListWidget *m_risks;
    QList<QPair<double, QString>> m_timelineTips; // row, text of each mission and event
};
