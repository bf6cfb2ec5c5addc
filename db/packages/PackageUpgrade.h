#pragma once

#include <QJsonObject>

// A package made by an older version, brought to this version's tables before it is merged, as
// the migrations bring an older database: nothing the sender recorded is dropped on the way.
namespace PackageUpgrade {

// Converts `tables` (table name: array of records) from `schema` to the latest one. From
// schema 12: a mission's host country becomes its sites (split on ';', ids as the migration makes
// them), its predecessor the mission's links (mission_predecessors), and a risk's closed flag its
// state.
void tables(int schema, QJsonObject &tables);

// The same for records the receiving database sent earlier (a package's echoes: table name,
// then record id, then the record or true), which are compared with what is here now.
void echoedTables(int schema, QJsonObject &tables);

} // namespace PackageUpgrade
