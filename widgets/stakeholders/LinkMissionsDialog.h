#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

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

    // What OK does with the ticked missions and the role: empty when done, else why not (the
    // dialog then stays open with it, nothing lost).
    void setLink(std::function<QString(const QStringList &, const QString &)> link);

    void accept() override;

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLineEdit *m_role;
    QLabel *m_error;
    std::function<QString(const QStringList &, const QString &)> m_link;
};
