#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
struct Mission;

// Picks several missions to link a stakeholder to at once, in one role: the missions it is not
// linked to yet, ticked in a list that a filter narrows (by code, title or country).
class LinkMissionsDialog : public QDialog
{
    Q_OBJECT

public:
    LinkMissionsDialog(const QList<Mission> &missions, QWidget *parent = nullptr);

    QStringList missionIds() const; // the ticked ones, in the list's order
    QString role() const;

    void accept() override;

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLineEdit *m_role;
    QLabel *m_error;
};
