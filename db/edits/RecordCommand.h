#pragma once

// The undo machinery of the edits layer, shared by its .cpp files: one command per user
// operation, and the templates that save or delete a described record as one.

#include "Database.h"
#include "Edits.h"
#include "EngagementRepository.h"
#include "MissionRepository.h"
#include "RiskRepository.h"
#include "SqlSupport.h"
#include "StakeholderRepository.h"
#include "TransactionGuard.h"
#include <QUndoCommand>
#include <QUndoStack>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

// A change to one record: `apply` moves it to the state after, `revert` back to the state
// before. The first run happens before the command reaches the stack (runFirst); a command
// refused there never reaches it, so the redo history stays whole.
class RecordCommand : public QUndoCommand
{
public:
    using Step = std::function<bool(QString *error)>;

    RecordCommand(const QString &text, Step apply, Step revert, Edits *edits)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
        , m_edits(edits)
    {
    }

    // Applies the change once, before the command is pushed; the redo that QUndoStack::push
    // runs then does nothing. False, with the reason, when it was refused.
    bool runFirst(QString *refusal)
    {
        QString error;
        if (!m_apply(&error)) {
            if (refusal)
                *refusal = error.isEmpty() ? Edits::tr("The change could not be saved.") : error;
            return false;
        }
        m_applied = true;
        return true;
    }

    // Consecutive changes of one field of one record (a spin box held down, a date stepped day
    // by day) become one step: the first one's "before" with the last one's "after".
    void setMergeKey(const QString &key) { m_mergeKey = key; }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const RecordCommand *>(other);
        if (!next || next->m_mergeKey != m_mergeKey)
            return false;
        m_apply = next->m_apply;
        setText(next->text());
        return true;
    }

    void redo() override
    {
        if (std::exchange(m_applied, false))
            return; // done by runFirst
        QString error;
        if (!m_apply(&error))
            Q_EMIT m_edits->failed(error);
    }

    void undo() override
    {
        QString error;
        if (!m_revert(&error))
            Q_EMIT m_edits->failed(error);
    }

private:
    Step m_apply;
    Step m_revert;
    Edits *m_edits;
    bool m_applied = false;
    QString m_mergeKey;
};

namespace EditsSupport {

// The undo text for an edit of `after` compared with `before`: one changed field is named.
template<typename T>
QString changeText(const std::optional<T> &before, const T &after, const QString &createText,
                   const QString &oneFieldText, const QString &manyFieldsText)
{
    if (!before)
        return createText;
    const QStringList fields = Repository<T>::changedFields(after, *before);
    if (fields.size() == 1)
        return oneFieldText.arg(Repository<T>::fieldLabel(fields.constFirst()));
    return manyFieldsText;
}

} // namespace EditsSupport

template<typename Store, typename T, typename Text>
bool Edits::saveRecord(T &value, const FieldErrors &errors, Text text, QString *error)
{
    if (!errors.isEmpty()) {
        if (error)
            *error = joinMessages(errors);
        return false;
    }
    Store repository(m_db);
    const std::optional<T> before =
        value.meta.id.isEmpty() ? std::nullopt : repository.find(value.meta.id);
    QString mergeKey;
    if (before) {
        const QStringList fields = Repository<T>::changedFields(value, *before);
        // A store that writes parts with the record (a mission's sites) says whether they moved.
        bool samePartsToo = true;
        if constexpr (requires { Store::sameParts(value, *before); })
            samePartsToo = Store::sameParts(value, *before);
        if (fields.isEmpty() && samePartsToo)
            return true; // nothing to do, nothing to undo
        if (fields.size() == 1 && samePartsToo)
            mergeKey = value.meta.id + u'/' + fields.constFirst();
    }
    if (value.meta.id.isEmpty())
        value.meta.id = newRecordId();
    // The parts get their ids now, so that a save redone writes the same records.
    if constexpr (requires { Store::nameParts(value); })
        Store::nameParts(value);
    const T after = value;
    // What undo writes back: the state before, and for a store that writes parts with the record,
    // what takes back the parts this change added.
    std::optional<T> restoredState = before;
    if constexpr (requires { Store::undoState(*before, after); }) {
        if (before)
            restoredState = Store::undoState(*before, after);
    }
    Database &db = m_db;
    // The first save names the version the form read, so that a row changed meanwhile (another
    // window, an import) is refused. Undo and redo restore a state the user asks for by name,
    // with no such check.
    auto first = std::make_shared<bool>(true);
    auto *command = new RecordCommand(
        text(before, after),
        [&db, after, first](QString *e) {
            T written = after;
            if (!std::exchange(*first, false))
                written.meta.version = 0;
            return Store(db).save(written, e);
        },
        [&db, before = restoredState, id = after.meta.id](QString *e) {
            if (!before)
                return Store(db).remove(id, e);
            T restored = *before;
            restored.meta.version = 0;
            return Store(db).save(restored, e);
        },
        this);
    command->setMergeKey(mergeKey);
    if (!push(command, error))
        return false;
    // As written (times, flags); should the read fail, as it was handed over.
    const std::optional<T> written = repository.find(after.meta.id);
    value = written ? *written : after;
    return true;
}

template<typename Store, typename Text>
bool Edits::deleteRecord(const QString &id, Text text, const QString &missing, QString *error)
{
    const auto record = Store(m_db).find(id);
    if (!record) {
        if (error)
            *error = missing;
        return false;
    }
    Database &db = m_db;
    return push(new RecordCommand(
                    text(*record), [&db, id](QString *e) { return Store(db).remove(id, e); },
                    [&db, id](QString *e) { return Store(db).restore(id, e); }, this),
                error);
}
