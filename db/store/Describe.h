#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <type_traits>

// Every record type is described once, next to its value type, by a specialisation of Table<T>:
//
//   template<> struct Table<Mission> {
//       static constexpr const char *name = "missions";          // its table
//       static constexpr const char *context = "Mission";        // of its labels' translations
//       static constexpr const char *order = "code";             // of its lists
//       template<typename Io, typename R> static void fields(Io &io, R &r) {
//           io("code", r.code, QT_TRANSLATE_NOOP("Mission", "code"), Field::Required);
//           io.ref("predecessor_id", r.predecessorId, QT_TRANSLATE_NOOP("Mission", "predecessor"));
//           ...
//       }
//   };
//
// One walk over `fields` names the columns, writes them, reads them back, compares two records
// field by field and lists the fields with their labels and flags (db/store/Repository.h does
// all of that for every type). Optional in a description: `owner` (the column of the record it
// belongs to, when that is not mission_id), `link` and `links()` (a list of ids stored in a link
// table, such as a session's attendees), `unique` (the columns, comma-separated, that a unique
// index keeps distinct among live rows: an import that brings another record with the same
// values meets a possible duplicate, not an SQL error), `alike` (the columns that, equal once case
// and diacritics are folded, suggest that two records made on two computers are the same real
// person or organisation: an import flags them as possible duplicates), `everyPackage` (true for a
// record of the whole database, such as a setting, that a package of some missions carries too),
// `partOfOwner` (true for a part of its mission's record, such as a site, that travels wherever
// the mission goes, even when the mission travels as a record alone).

template<typename T> struct Table;

namespace Field {
// What may be done with a field beyond storing it.
enum Flag : int {
    None = 0,
    Required = 1 << 0,
    // About a person and not for every eye: kept off the workshop wall and out of every export
    // unless the user deliberately includes it; never logged.
    Sensitive = 1 << 1,
    // Sensitive, but a user may choose to show it (a protected name they reveal on purpose).
    Revealable = 1 << 2,
    // A yes that protects a person (a name shown only when revealed): when two records are
    // combined, the kept one is protected if either was.
    Protecting = 1 << 3,
};
} // namespace Field

// A table of links from a record to others (attendees, modules covered, needs served).
struct LinkTable
{
    const char *table;
    const char *owner;
    const char *other;
};

// One field of a description, as FieldList collects it.
struct FieldInfo
{
    QLatin1String column; // end_date
    QString key; // endDate: the name forms and validation use
    const char *label = nullptr; // untranslated; see label()
    int flags = Field::None;
    bool isRef = false; // an id of another record

    bool sensitive() const { return flags & (Field::Sensitive | Field::Revealable); }
};

// A number stored as NULL when it holds `none` (a score of -1: not assessed).
template<typename V> struct NullWhen
{
    V &value;
    std::remove_const_t<V> none;
};
template<typename V> NullWhen<V> nullWhen(V &value, std::remove_const_t<V> none)
{
    return {value, none};
}

// "end_date" -> "endDate".
QString fieldKey(QLatin1String column);
