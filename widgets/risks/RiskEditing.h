#pragma once

#include "Risk.h"

#include <QCoreApplication>

#include <optional>

class Edits;
class QWidget;

// The risk editor and the questions around it, for the Risks page and the mission editor's
// Risks tab alike. Its strings are the Risks page's.
class RiskEditing
{
    Q_DECLARE_TR_FUNCTIONS(RisksPage)

public:
    // A new risk (of `missionId`, if given), assessed today, to review in three months.
    static Risk blank(const QString &missionId = {});
    // The risk `id` as the editor opens it: a change of its scores is today's assessment.
    static std::optional<Risk> forEditing(Edits &edits, const QString &id);
    // Opens the editor on `risk`; the id saved, or empty when cancelled.
    static QString edit(Edits &edits, const Risk &risk, const QString &title, QWidget *parent);
    // Asks, then deletes the risk `id` (one undo step); false when not deleted.
    static bool remove(Edits &edits, const QString &id, QWidget *parent);
};
