#include "Log.h"

Q_LOGGING_CATEGORY(lcDb, "ip.db", QtInfoMsg)
