#include "MigrationSteps.h"

// Indexes for the portfolio's figures, which otherwise read the whole risk register at every
// open (bench portfolio at 4x: 80,000 risks, 0.3 s for each mission's top risk).
Migration MigrationSteps::version14()
{
    return {14,
            {
                // Open risks with their scores and titles: counting them by score and finding
                // each mission's top risk read this index alone.
                QStringLiteral("CREATE INDEX risks_open_score ON risks(mission_id, likelihood, "
                               "impact, title) WHERE deleted = 0 AND state = 'open'"),
                // Risks that came true (issues).
                QStringLiteral("CREATE INDEX risks_occurred ON risks(mission_id) WHERE deleted = "
                               "0 AND state = 'occurred'"),
            }};
}
