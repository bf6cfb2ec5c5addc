#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

// Shown when no database is open: start a new one, open one, try the demo, or pick a recent file.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &files);

Q_SIGNALS:
    void newDatabaseRequested();
    void openDatabaseRequested();
    void demoRequested();
    void recentFileRequested(const QString &path);

private:
    QListWidget *m_recent;
    class QLabel *m_recentLabel = nullptr;
};
