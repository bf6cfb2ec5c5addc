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

// Indexes for what the portfolio shows as the window first opens a file: the oldest 500 open
// risks past their review read every risk (a fifth of the first paint at 4x), and actions not
// done were read in due-date order through every action; counting open risks by score read the
// titles in risks_open_score, and counting stakeholders read every stakeholder.
Migration MigrationSteps::version17()
{
    return {17,
            {
                QStringLiteral("CREATE INDEX risks_open_band ON risks(likelihood, impact) WHERE "
                               "deleted = 0 AND state = 'open'"),
                QStringLiteral("CREATE INDEX stakeholders_live ON stakeholders(deleted)"),
                QStringLiteral("CREATE INDEX risks_open_review ON risks(review_date) WHERE "
                               "deleted = 0 AND state = 'open'"),
                QStringLiteral("CREATE INDEX risk_actions_open_due ON risk_actions(due_date) "
                               "WHERE deleted = 0 AND done = 0"),
            }};
}
