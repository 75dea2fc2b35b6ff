#include "writecontext.h"

#include <QDateTime>

namespace Store {

void WriteContext::begin(int tables)
{
    m_stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_changes = Model::ChangeSet{tables, {}};
}

void WriteContext::close()
{
    m_rows.reset();
    m_connection.close();
}

RowWriter &WriteContext::rows()
{
    if (!m_rows)
        m_rows = std::make_unique<RowWriter>(m_connection.database());
    return *m_rows;
}

QString WriteContext::now() const
{
    // One write, one moment: created_at and updated_at of a new row, and
    // every row a write touches, carry the same time.
    return m_stamp.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : m_stamp;
}

} // namespace Store
