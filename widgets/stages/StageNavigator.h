#pragma once

#include "Enums.h"

#include <QWidget>

#include <optional>

class Edits;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTabWidget;
class TraceabilityPanel;

// Inside a mission: the five LEOP stages side by side with their state and computed progress,
// the current one highlighted and the MoU milestone shown; below, the chosen stage's exit
// criteria to tick, add or remove, its planning forms (StageForms, TraceabilityPanel), and the
// move to another stage. Every change is undoable.
class StageNavigator : public QWidget
{
    Q_OBJECT

public:
    StageNavigator(Edits &edits, const QString &missionId, QWidget *parent = nullptr);

    Stage selectedStage() const { return m_selected; }
    void selectStage(Stage stage);
    QListWidget *criteriaList() const { return m_criteria; }
    QPushButton *stageButton(Stage stage) const;
    QTabWidget *detailTabs() const { return m_details; }
    TraceabilityPanel *traceability() const { return m_traceability; }
    // Adds a criterion to the selected stage; toggles the one at `row`.
    bool addCriterion(const QString &text);
    void toggleCriterion(int row);
    // Moves the mission to the stage after the current one, asking on which day (today unless
    // said otherwise) and, when criteria are unmet, why (MoveStageDialog). Returns whether it
    // moved.
    bool moveToNextStage();
    // Asks on which day the selected criterion was met, and ticks it so dated.
    void dateSelectedCriterion();
    // When each stage began (StageDatesDialog).
    void editStageDates();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void currentStageChanged(Stage stage);

private:
    void removeSelectedCriterion();
    std::optional<struct StageCriterion> criterionOf(const QListWidgetItem *item) const;

    Edits &m_edits;
    QString m_missionId;
    Stage m_selected = Stage::Consultation;
    QList<QPushButton *> m_cards;
    QList<QProgressBar *> m_bars;
    QList<QLabel *> m_percents; // beside each bar
    QLabel *m_mou;
    QLabel *m_stageTitle;
    QLabel *m_measures;
    QLabel *m_problem = nullptr; // why the default criteria are missing, when they are
    QListWidget *m_criteria;
    QLineEdit *m_newCriterion;
    QPushButton *m_next;
    QTabWidget *m_details;
    TraceabilityPanel *m_traceability;
    QList<QList<Stage>> m_stageTabs; // the stages each detail tab after the first belongs to
    bool m_refreshing = false;
};
