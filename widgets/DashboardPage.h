#pragma once

#include <QWidget>

class Database;
class QCustomPlot;

// Portfolio charts: where the open missions stand in the LEOP stages, and how their risks rate.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Database &db, QWidget *parent = nullptr);

    QCustomPlot *stageChart() const { return m_stages; }
    QCustomPlot *riskChart() const { return m_risks; }
    void refresh();

private:
    Database &m_db;
    QCustomPlot *m_stages;
    QCustomPlot *m_risks;
};
