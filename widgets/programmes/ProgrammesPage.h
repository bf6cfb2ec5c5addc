#pragma once

#include "Programme.h"
#include "TablePage.h"

class Edits;
class RecordListPanel;
class QLabel;
template<typename T> class ListTableModel;

// The programmes of the portfolio: each with its lead organisation, status, outcome, missions and
// successor; under the list, the chosen programme's events (seminars, meetings) and who its
// missions and core team are. New (Ctrl+N), Open (Enter), Delete (Del), each undoable.
class ProgrammesPage : public TablePage
{
    Q_OBJECT

public:
    // The list's model, for the page to own.
    static ListTableModel<Programme> *createModel(Edits &edits);
    ProgrammesPage(Edits &edits, ListTableModel<Programme> *model, QWidget *parent = nullptr);

    void newProgramme();
    void openCurrent();
    void deleteCurrent();
    // The programme editor and the event editor; true when saved.
    bool edit(const Programme &programme, const QString &title);
    bool editEvent(const ProgrammeEvent &event, const QString &title);

private:
    void reload();
    void showCurrent();

    Edits &m_edits;
    ListTableModel<Programme> *m_model;
    ListTableModel<ProgrammeEvent> *m_eventModel;
    RecordListPanel *m_events;
    QLabel *m_about;
    QString m_current;
};
