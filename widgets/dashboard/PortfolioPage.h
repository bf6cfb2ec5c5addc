#pragma once

#include <QWidget>

class Database;
class MissionTableModel;
class FollowUpTableModel;
class QAbstractItemModel;
class QLabel;
class QTableView;
class TablePage;

// The landing page of an open database: headline figures and the read-only table of missions.
class PortfolioPage : public QWidget
{
    Q_OBJECT

public:
    PortfolioPage(Database &db, MissionTableModel *missions, QWidget *parent = nullptr);

    TablePage *table() const { return m_table; }
    QTableView *followUps() const { return m_followUpView; }
    // Risk reviews and mitigation actions past their date, oldest first.
    QTableView *overdueRisks() const { return m_riskView; }
    void refresh();

private:
    QLabel *addCard(const QString &objectName, const QString &caption);

    Database &m_db;
    TablePage *m_table;
    QWidget *m_cards;
    QLabel *m_active = nullptr;
    QLabel *m_stakeholders = nullptr;
    QLabel *m_highRisks = nullptr;
    QLabel *m_overdue = nullptr;
    FollowUpTableModel *m_followUpModel = nullptr;
    QTableView *m_followUpView;
    QLabel *m_followUpTitle;
    QAbstractItemModel *m_riskModel;
    QTableView *m_riskView;
    QLabel *m_riskTitle;
};
