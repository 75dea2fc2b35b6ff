#include "reusestore.h"

#include "knowledgerows.h"
#include "model/knowledgevalidation.h"
#include "model/synctables.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

using namespace Rows;

namespace {

const SyncSchema::Table &reuseTable()
{
    return *SyncSchema::table(u"reuse"_s);
}

} // namespace

Result<QList<Reuse>> ReuseStore::reuses(const QUuid &itemId)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    // A null item asks for every record: what the reuse overview counts.
    q.prepare(reuseSelect() + (itemId.isNull() ? u" WHERE r.deleted = 0"_s : u" WHERE r.item_id = ? AND r.deleted = 0"_s)
              + u" ORDER BY r.reused_on, r.created_at, r.id"_s);
    if (!itemId.isNull())
        q.addBindValue(idText(itemId));
    if (!q.exec())
        return dbError(q);
    QList<Reuse> all;
    const auto read = reuseReader(q.record());
    while (q.next())
        all.append(read(q));
    return all;
}

Result<Reuse> ReuseStore::stored(const QUuid &id)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(reuseSelect() + u" WHERE r.id = ?"_s);
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return Reuse{};
    return reuseReader(q.record())(q);
}

Result<Reuse> ReuseStore::saveReuse(const Reuse &reuse)
{
    m_context.begin(ChangeSet::Knowledge);
    if (const auto issues = validate(reuse); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The record of reuse could not be saved."));
    QSqlQuery q(m_context.database());
    q.prepare(u"SELECT 1 FROM knowledge_item WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(idText(reuse.itemId));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return error(Error::NotFound, tr("The knowledge item no longer exists."));
    q.finish();
    const auto before = stored(reuse.id);
    if (!before.ok())
        return before.error();
    const bool exists = !before.value().id.isNull();
    if (exists && before.value().meta.deleted)
        return error(Error::NotFound, tr("This record of reuse no longer exists."));
    if (exists && (before.value().itemId != reuse.itemId || before.value().organisationId != reuse.organisationId))
        return rule(tr("A record of reuse stays with its item and its organisation."));

    Reuse written = reuse;
    if (written.personId.isNull())
        written.personId = exists ? before.value().personId : m_context.actor();
    const QVariantMap row = values(written);
    if (exists) {
        if (values(before.value()) == row) {
            m_context.setChangedIds({});
            return before.value();
        }
        if (auto updated = m_context.rows().update(reuseTable(), row, m_context, u"id = ?"_s, {idText(reuse.id)});
            !updated.ok())
            return updated.error();
    } else {
        QVariantMap inserted = row;
        RowWriter::addBookkeeping(inserted, SyncMeta{}, m_context);
        if (auto added = m_context.rows().write(reuseTable(), inserted, RowWriter::Mode::Insert); !added.ok())
            return added.error();
    }
    const auto answer = stored(reuse.id);
    if (!answer.ok())
        return answer.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The record of reuse could not be saved."));
    m_context.setChangedIds({reuse.id});
    return answer.value();
}

Status ReuseStore::setReuseDeleted(const QUuid &id, bool deleted)
{
    m_context.begin(ChangeSet::Knowledge);
    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The record of reuse could not be saved."));
    const auto found = stored(id);
    if (!found.ok())
        return found.error();
    if (found.value().id.isNull())
        return error(Error::NotFound, tr("This record of reuse no longer exists."));
    if (auto r = m_context.rows().setDeleted(reuseTable(), id, deleted, m_context); !r.ok())
        return r.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The record of reuse could not be saved."));
    m_context.setChangedIds({id});
    return Done{};
}

} // namespace Store
