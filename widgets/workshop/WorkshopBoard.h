#pragma once

#include "Enums.h"
#include "NoteCards.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

class Edits;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

// The board of notes for the stage in hand, in columns (consultation: concerns, expectations,
// agreements; orientation: challenges, opportunities, needs; curriculum: priorities, which are
// needs; train-the-trainer: concerns, agreements; post-training support: lessons learned,
// resources asked for, next steps). Typing a note and Enter adds it to the current column, saved
// at once as the mission's record (a finding noted on the workshop's date, or a need), one undo
// step each. Each column is ranked by votes. After an undo or redo the selection follows the note
// it touched: one that came back, or the one in hand wherever it went.
//
// The notes are cards that flow into sub-columns, and shrink if they must, so a column of them
// fits without scrolling (see NoteCards).
//
// Keys: Left/Right choose the column, Up/Down (Home/End) the note; Ctrl+Left/Right move the note to
// the next column; Ctrl+G names the note's group (asked in the wall's type, with the group it has);
// + and - give or take back the current participant's dot; Tab and Shift+Tab move to the next or
// previous participant; Del deletes the note; any letter starts a new note.
class WorkshopBoard : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        bool need = false; // a need rather than a finding
        FindingKind kind = FindingKind::Concern;
        QString title;
    };
    static QList<Column> columnsFor(Stage stage);

    WorkshopBoard(Edits &edits, const QString &missionId, Stage stage, int participants,
                  int dotsEach, QWidget *parent = nullptr);

    int columnCount() const { return static_cast<int>(m_columns.size()); }
    const Column &column(int index) const { return m_columns.at(index); }
    QListWidget *list(int column) const { return m_lists.at(column); }
    QLineEdit *entry() const { return m_entry; }
    int currentColumn() const { return m_current; }
    void setCurrentColumn(int column);
    // The id of the selected note in the current column, or empty.
    QString currentNote() const;
    void selectNote(const QString &id);

    // Adds `text` to the current column; false (with the reason shown) when it cannot be saved.
    bool addNote(const QString &text);
    // Adds what is typed in the entry, if anything (as Enter does).
    bool addTypedNote();
    // Gives (+1) or takes back (-1) the current participant's dot on the selected note.
    bool vote(int delta);
    int participant() const { return m_participant; }
    void setParticipant(int participant);
    int dotsLeft(int participant) const;
    // Moves the selected note to the column `step` away, among columns of findings.
    bool moveNote(int step);
    bool setGroup(const QString &group);
    // Asks for the selected note's group, in a dialog sized for the wall and filled with the
    // group it has, and sets it.
    void askGroup();
    // The day the workshop's notes are noted on: the day the board opened.
    QDate day() const { return m_day; }
    bool deleteNote();
    QString status() const;
    // How the column's notes are laid out to fit it.
    NoteCards::Fit fitOf(int column) const;

public Q_SLOTS:
    void reload();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Note
    {
        QString id;
        QString text;
        QString group;
        int votes = 0;
    };
    QString groupOf(const QString &id) const;
    bool handleKey(class QKeyEvent *event);
    void showStatus(const QString &text);
    void updateHeaders();
    void arrange();
    void updateVoter();
    void setSideText(const QString &text, bool bold);
    void fitColumn(int column);
    static double floorPointSize();
    int given(int participant, const QString &note) const;
    void moveDot(const QString &note, int participant, int delta);

    Edits &m_edits;
    QString m_missionId;
    QDate m_day;
    QList<Column> m_columns;
    QGridLayout *m_columnsLayout;
    QList<QListWidget *> m_lists;
    QList<NoteCards *> m_cards;
    QList<QLabel *> m_headers;
    QLineEdit *m_entry;
    QLabel *m_voter;
    QTimer *m_messageTimer;
    QString m_status; // what just happened, or why it could not
    QString m_side;
    bool m_sideBold = false;
    int m_current = 0;
    int m_participants;
    int m_dotsEach;
    int m_participant = 1;
    // The dots given in this workshop, in order (kept by Edits::dotMoved); the notes on the
    // board now.
    struct Dot
    {
        int participant;
        QString note;
    };
    QList<Dot> m_dots;
    QSet<QString> m_present;
    QHash<QString, QString> m_groups; // each note's group, for Ctrl+G to start from
};
