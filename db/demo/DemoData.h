#pragma once

#include <QString>

class Database;

// The embedded demo portfolio (resources/demo/demo.json): fictional missions in Croatia, Bosnia
// and Herzegovina and Poland, and the Budapest and Madrid pilots, every record marked as demo.
namespace DemoData {
// Fills an open database with the demo portfolio, in one transaction: all of it or nothing.
bool load(Database &db, QString *error = nullptr);
// Loads from another JSON document of the same form (used by tests for bad input).
bool loadFrom(Database &db, const QByteArray &json, QString *error = nullptr);
// Writes a fresh demo database at `path`, replacing an earlier one there.
bool createFile(const QString &path, QString *error = nullptr);
} // namespace DemoData
