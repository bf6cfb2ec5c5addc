#pragma once

#include "FieldPackage.h"

#include <QDialog>
#include <QLabel>
#include <QPointer>

class Database;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

// File › Exchange History: every package made here and imported here, newest first, with who did
// it and when; the selected one's report (what came in, how each conflict was decided, never the
// values), which can be saved; an import's receipt, to send back to the database that made the
// package; and which database is home, whose deliveries the status bar follows.
class ExchangeHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ExchangeHistoryDialog(Database &db, QWidget *parent = nullptr);

    // Writes the selected import's receipt to `path`; false with a message shown when it cannot.
    bool saveReceipt(const QString &path);
    bool saveReport(const QString &path);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void homeChanged();

private:
    void fill();
    void showSelected();
    const FieldPackage::HistoryEntry *selected() const;

    Database &m_db;
    QList<FieldPackage::HistoryEntry> m_entries;
    QTreeWidget *m_list;
    QPlainTextEdit *m_report;
    QComboBox *m_home;
    QPushButton *m_saveReport;
    QPushButton *m_saveReceipt;
};

// In the status bar: how many records have not reached home yet ("12 records not yet at hq"),
// with the kinds of record in its tooltip; hidden when this database has no home. Counted a
// moment after the database opens or changes, never while it is being opened.
class DeliveryStatus : public QLabel
{
    Q_OBJECT

public:
    explicit DeliveryStatus(QWidget *parent = nullptr);
    void setDatabase(Database *db);
    // Counts again now.
    void refresh();

private:
    QPointer<Database> m_db;
    QTimer *m_timer;
};
