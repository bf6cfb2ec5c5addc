#pragma once

#include "Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Edits;
class QWidget;

// The planning forms of the LEOP stages, as the tabs the stage navigator shows under a stage:
// consultation sessions and what they raised; orientation's legislation, capacity assessment,
// challenges and opportunities; train-the-trainer's trainers and participants, sessions with
// the cascade, and materials; post-training follow-up. Each tab is a list of records with Add,
// Edit and Delete, every change one undoable step through Edits. Lists are named (objectName)
// after what they hold, e.g. "consultationSessions", for tests and accessibility tools.
namespace StageForms {

struct Tab
{
    QList<Stage> stages; // shown when one of these is selected
    QString title;
    QWidget *widget = nullptr;
};

QList<Tab> create(Edits &edits, const QString &missionId, QWidget *parent);

// The mission's indicators (level, unit, baseline, target, latest value, achievement and RAG)
// above the dated values of the one selected, with their women/men split. Lists are named
// "indicatorList" and "indicatorValues".
QWidget *indicators(Edits &edits, const QString &missionId, QWidget *parent);

} // namespace StageForms
