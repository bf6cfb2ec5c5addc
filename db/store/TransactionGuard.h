#pragma once

#include <QString>

class Database;

// Runs the writes in its scope as one transaction, rolled back unless commit() is reached.
// Guards nest (inner ones are savepoints), so a repository can be called inside a larger change.
class TransactionGuard
{
public:
    explicit TransactionGuard(Database &db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_depth > 0 && !m_finished; }
    QString error() const { return m_error; }
    // Whether the transaction began; if not, `error` says why. Check before writing.
    bool started(QString *error) const;
    bool commit(QString *error = nullptr);
    void rollback();

private:
    Database &m_db;
    int m_depth = 0;
    bool m_finished = false;
    QString m_error;
};
