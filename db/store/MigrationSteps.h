#pragma once

#include "Migrations.h"

// The schema steps, for db/store only: the older ones are in Migrations.cpp, the later ones in
// files of their own (MigrationsProgrammes.cpp, MigrationsFigures.cpp, MigrationsWorkshop.cpp),
// with the helpers they share.
namespace MigrationSteps {
// The columns every table carries (see RecordMeta).
QString recordColumns();
// CREATE TABLE `name` with the record columns and `columns`.
QString table(const char *name, const char *columns);

// Programmes, sites, mission links and outcomes, risk states, sessions led by a programme's
// trainers.
Migration version13();
// Indexes for the portfolio's figures (MigrationsFigures.cpp).
Migration version14();
// The post-training stage's kinds of finding and the day a finding was noted
// (MigrationsWorkshop.cpp).
Migration version15();
// The day a need was noted (MigrationsWorkshop.cpp).
Migration version16();
// Indexes for what the portfolio shows first: overdue risk reviews and actions, open risks by
// band, live stakeholders (MigrationsFigures.cpp).
Migration version17();
} // namespace MigrationSteps
