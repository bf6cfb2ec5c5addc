#pragma once

#include "EditorDialog.h"

#include "Mission.h"
#include "RecordLink.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class Edits;
class DateEdit;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class StageNavigator;
class QTableWidget;
class QListWidget;
class SitesEditor;

// Creates or edits one mission. Fields with a problem are marked as soon as they are touched,
// with a message saying what to fix; OK saves through Edits (one undoable step) and stays open,
// losing nothing, when the save is refused.
class MissionEditor : public EditorDialog
{
    Q_OBJECT

public:
    MissionEditor(Edits &edits, const Mission &mission, QWidget *parent = nullptr);

    // The fields as they stand.
    Mission value() const;
    // The mission as saved (its id is set once OK succeeded).
    Mission mission() const { return m_mission; }

    void accept() override;
    QTabWidget *tabs() const { return m_tabs; }
    StageNavigator *stages() const { return m_stages; }
    // Shows the record a chart linked to: its tab, its stage and its form, the record selected
    // and (for a trainee or an indicator) its editor opened once this dialog runs.
    void reveal(const RecordLink &link);
    // The mission's engagement log: log one with a linked stakeholder, refresh the list.
    void logEngagement();

private:
    QWidget *createPeopleTab();
    QWidget *createEngagementsTab();
    QWidget *createRisksTab();
    void refreshEngagements();
    void load(const Mission &mission);
    void touch(const QString &field);

    Edits &m_edits;
    Mission m_mission;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QComboBox *m_programme;
    SitesEditor *m_sites;
    QLineEdit *m_lead;
    QLineEdit *m_counterpart;
    QComboBox *m_status;
    QComboBox *m_stage;
    DateEdit *m_start;
    DateEdit *m_end;
    QComboBox *m_mouStatus;
    DateEdit *m_mouDate;
    QDoubleSpinBox *m_budget;
    QComboBox *m_currency;
    QComboBox *m_context;
    QComboBox *m_outcome;
    QListWidget *m_predecessors;
    DateEdit *m_outcomeOn;
    QLineEdit *m_outcomeNote;
    QPlainTextEdit *m_handover;
    QCheckBox *m_archived;
    QTabWidget *m_tabs = nullptr;
    StageNavigator *m_stages = nullptr;
    QTableWidget *m_engagements = nullptr;
    QComboBox *m_engagementWith = nullptr;
    QHash<QString, QWidget *> m_fields;
};
