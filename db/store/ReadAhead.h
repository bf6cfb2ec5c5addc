#pragma once

#include "Database.h"

#include <functional>
#include <future>
#include <optional>
#include <utility>

// A read started aside (Database::readAside) ahead of the one who will want it: the window reads
// its list of missions meanwhile. The next take() has its result if it asks for the same state of
// the same database (Database::generation) and the same `Key` (the day, say); any other take()
// has nothing, and the caller reads itself. Used in the window's thread only.
template<typename R, typename Key> class ReadAhead
{
public:
    using Read = std::function<std::optional<R>(const QSqlDatabase &)>;

    // Returns the result as it will come: nothing when it could not be read aside. Nothing is
    // started inside a transaction, whose writes another connection cannot see.
    std::shared_future<std::optional<R>> start(Database &db, const Key &key, Read read)
    {
        m_pending = {};
        if (db.transactionDepth() > 0 || !db.isOpen())
            return {};
        m_pending = {db.generation(), key, db.template readAside<R>(std::move(read))};
        return m_pending.result;
    }

    // Waits for the read if it has not ended. Whatever it gave, it is taken once.
    std::optional<R> take(const Database &db, const Key &key)
    {
        Pending pending = std::exchange(m_pending, {});
        if (!pending.result.valid() || pending.generation != db.generation()
            || !(pending.key == key))
            return std::nullopt;
        return pending.result.get();
    }

private:
    struct Pending
    {
        quint64 generation = 0;
        Key key {};
        std::shared_future<std::optional<R>> result;
    };
    Pending m_pending;
};
