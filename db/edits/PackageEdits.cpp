#include "Aliases.h"
#include "FieldPackage.h"
#include "RecordCommand.h"

#include <memory>

bool Edits::importPackage(const QByteArray &payload, const FieldPackage::Decisions &decisions,
                          FieldPackage::Preview *applied, QString *error)
{
    // What the import wrote, filled by each run and read by the undo that follows it.
    auto written = std::make_shared<FieldPackage::ImportUndo>();
    auto result = std::make_shared<std::optional<FieldPackage::Preview>>();
    Database &db = m_db;
    auto *command = new RecordCommand(
        tr("Import Field Package"),
        [&db, payload, decisions, written, result](QString *e) {
            *written = {};
            *result = FieldPackage::apply(db, payload, decisions, e, written.get());
            return result->has_value();
        },
        [&db, written](QString *e) { return FieldPackage::undoImport(db, *written, e); }, this);
    if (!push(command, error))
        return false;
    if (applied && *result)
        *applied = **result;
    return true;
}

bool Edits::combineRecords(const QString &table, const QString &keepId, const QString &goneId,
                           QString *error)
{
    auto written = std::make_shared<FieldPackage::ImportUndo>();
    Database &db = m_db;
    auto *command = new RecordCommand(
        tr("Combine Duplicates"),
        [&db, table, keepId, goneId, written](QString *e) {
            *written = {};
            return Aliases::combine(db, table, keepId, goneId, written.get(), e);
        },
        [&db, written](QString *e) { return FieldPackage::undoImport(db, *written, e); }, this);
    return push(command, error);
}
