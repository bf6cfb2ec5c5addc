#pragma once

#include <QLoggingCategory>

// Logging categories. Log ids, counts and versions only: never names, contact details or ratings.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
