#pragma once

#include "Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What the wall shows during an agenda item: the agenda itself, where the mission stands (the
// stage overview and the chosen charts), or the stage's board.
enum class AgendaShows { Agenda, Progress, Board };

// One item of a workshop's agenda, the minutes it has and what it shows.
struct AgendaItem
{
    QString title;
    int minutes = 10;
    AgendaShows shows = AgendaShows::Board;
};

// What a workshop presents and captures: the mission and stage in hand, the agenda, the dot
// voting rules, the charts shown after the board, and how the wall looks.
struct WorkshopPlan
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopPlan)

public:
    QString missionId;
    Stage stage = Stage::Consultation;
    QList<AgendaItem> agenda;
    int participants = 12;
    int dotsEach = 3;
    QStringList charts; // object names of the mission dashboard's charts
    double scale = 1.8; // type size against the desk's; at least 1.6
    bool dark = false;

    static constexpr double MinimumScale = 1.6;

    int totalMinutes() const;
    // A 90-minute agenda suited to the stage's workshop.
    static QList<AgendaItem> defaultAgenda(Stage stage);
    // The charts worth showing the room at this stage.
    static QStringList defaultCharts(Stage stage);
    static QString showsLabel(AgendaShows shows);
    // The charts a workshop can show, by object name, with their titles.
    static QList<QPair<QString, QString>> availableCharts();
};
