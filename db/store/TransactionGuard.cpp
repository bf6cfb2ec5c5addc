#include "TransactionGuard.h"
#include "Database.h"

TransactionGuard::TransactionGuard(Database &db)
    : m_db(db)
{
    m_depth = m_db.beginTransaction(&m_error);
}

TransactionGuard::~TransactionGuard()
{
    if (isActive())
        rollback();
}

bool TransactionGuard::started(QString *error) const
{
    if (m_depth > 0)
        return true;
    if (error)
        *error = m_error;
    return false;
}

bool TransactionGuard::commit(QString *error)
{
    if (!isActive())
        return false;
    m_finished = true;
    if (m_db.commitTransaction(m_depth, &m_error))
        return true;
    if (error)
        *error = m_error;
    return false;
}

void TransactionGuard::rollback()
{
    if (!isActive())
        return;
    m_finished = true;
    m_db.rollbackTransaction(m_depth);
}
