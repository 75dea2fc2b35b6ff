#include "consultationstore.h"

#include "model/expertoffer.h"
#include "model/synctables.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

Status ConsultationStore::recordConsultation(const QUuid &itemId, const QDate &day)
{
    m_context.begin(ChangeSet::Consultations);
    m_context.setChangedIds({});
    const QUuid person = m_context.actor();
    if (person.isNull() || !day.isValid())
        return Done{}; // nobody to count yet
    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The opening of the item could not be recorded."));
    QSqlQuery q(m_context.database());
    q.prepare(u"SELECT 1 FROM knowledge_item WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(idText(itemId));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The knowledge item no longer exists."));
    q.finish();
    q.prepare(u"SELECT organisation_id FROM person WHERE id = ?"_s);
    q.addBindValue(idText(person));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return Done{};
    const QString organisation = q.value(0).toString();
    q.finish();

    const QUuid id = consultationId(itemId, person, day);
    q.prepare(u"SELECT 1 FROM knowledge_consultation WHERE id = ?"_s);
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (q.next())
        return Done{}; // opened today already: counted once
    q.finish();
    QVariantMap row{{u"id"_s, idText(id)},
                    {u"item_id"_s, idText(itemId)},
                    {u"organisation_id"_s, organisation},
                    {u"opened_on"_s, day.toString(Qt::ISODate)}};
    RowWriter::addBookkeeping(row, SyncMeta{}, m_context);
    if (auto added = m_context.rows().write(*SyncSchema::table(u"knowledge_consultation"_s), row, RowWriter::Mode::Insert);
        !added.ok())
        return added.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The opening of the item could not be recorded."));
    m_context.setChangedIds({id});
    return Done{};
}

Result<QHash<QUuid, int>> ConsultationStore::consultationCounts()
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    // Counted from the consultations' index, then matched to their items.
    if (!q.exec(u"SELECT c.item_id, count(*) FROM knowledge_consultation c JOIN knowledge_item i ON i.id = c.item_id"
                " WHERE c.deleted = 0 AND i.deleted = 0 AND c.organisation_id <> i.organisation_id"
                " GROUP BY c.item_id"_s))
        return dbError(q);
    QHash<QUuid, int> counts;
    while (q.next())
        counts.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toInt());
    return counts;
}

} // namespace Store
