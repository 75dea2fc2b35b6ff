#include "transaction.h"

#include "storelogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Store {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock up front, so a transaction never fails
    // half-way because another connection started writing.
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        qCWarning(lcStore) << "BEGIN failed:" << q.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcStore) << "COMMIT failed:" << q.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace Store
