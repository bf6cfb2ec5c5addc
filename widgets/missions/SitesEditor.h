#pragma once

#include "Mission.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

// A mission's sites as a small editable table: country, city, institution, one row each, in
// order. Rows keep the record they were loaded from, so a save changes those records.
class SitesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SitesEditor(const QStringList &knownCountries, QWidget *parent = nullptr);

    void setSites(const QList<MissionSite> &sites);
    // The rows with a country, city or institution typed, in order (blank rows are left out),
    // then the loaded sites whose rows were removed, marked deleted.
    QList<MissionSite> sites() const;

Q_SIGNALS:
    void edited();

private:
    void addRow(const MissionSite &site, int loaded);
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_remove;
    QStringList m_knownCountries;
    QList<MissionSite> m_loaded; // as loaded; each row names its index here, or -1
    QList<int> m_removed; // loaded sites whose rows were removed
};
