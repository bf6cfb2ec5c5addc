#pragma once

#include "EditorDialog.h"
#include "Stakeholder.h"

class Edits;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

// Creates or edits one stakeholder. The Details tab is saved with Save (one undoable step; a new
// stakeholder can be linked to a mission in the same step). For an existing stakeholder, the
// Missions and Engagements tabs list its links and its engagement log; each change there is its
// own undoable step, saved at once.
class StakeholderEditor : public EditorDialog
{
    Q_OBJECT

public:
    StakeholderEditor(Edits &edits, const Stakeholder &stakeholder, QWidget *parent = nullptr,
                      const QString &missionId = {});

    Stakeholder value() const;
    Stakeholder stakeholder() const { return m_stakeholder; }
    QTabWidget *tabs() const { return m_tabs; }
    void accept() override;

    // The engagement log's actions, public so that they can be driven from the keyboard and tests.
    void logEngagement();
    void editEngagement();
    void deleteEngagement();
    void addLink();
    // Links to several missions at once, picked in a list (LinkMissionsDialog).
    void linkSeveral();
    void removeLink();
    // Asks for a new role for the current link; `role` given skips the question (tests).
    void changeRole(const QString &role = {});

private:
    QWidget *createDetailsTab(const QString &missionId);
    QWidget *createMissionsTab();
    QWidget *createEngagementsTab();
    void load(const Stakeholder &stakeholder);
    void changed(const QString &field);
    void refreshLinks();
    void refreshEngagements();
    QList<QPair<QString, QString>> linkedMissions() const;
    QString currentEngagementId() const;

    Edits &m_edits;
    Stakeholder m_stakeholder;
    QTabWidget *m_tabs;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_protected = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_sex = nullptr;
    QSpinBox *m_power = nullptr;
    QSpinBox *m_interest = nullptr;
    QComboBox *m_attitude = nullptr;
    QSpinBox *m_trust = nullptr;
    class DateEdit *m_positionAsOf = nullptr;
    QLabel *m_quadrant = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_linkMission = nullptr;
    QLineEdit *m_linkRole = nullptr;
    QTableWidget *m_links = nullptr;
    QComboBox *m_addMission = nullptr;
    QLineEdit *m_addRole = nullptr;
    QTableWidget *m_engagements = nullptr;
};
