#include "expertstore.h"

#include "knowledgerows.h"
#include "model/synctables.h"
#include "rowreaders.h"
#include "rowwriter.h"
#include "sqlsupport.h"
#include "transaction.h"
#include "writecontext.h"

using namespace Model;
using namespace Qt::StringLiterals;

namespace Store {

using namespace Rows;

namespace {

const SyncSchema::Table &expertTable()
{
    return *SyncSchema::table(u"knowledge_expert"_s);
}

const QString &expertSelect()
{
    static const QString sql = u"SELECT "_s + selectList(u"knowledge_expert"_s, u"e"_s) + u" FROM knowledge_expert e"_s;
    return sql;
}

Reader<ExpertOffer> expertReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), person = column(r, "person_id"_L1),
              organisation = column(r, "organisation_id"_L1), topics = column(r, "topics"_L1),
              note = column(r, "note"_L1), since = column(r, "since"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        ExpertOffer e;
        e.id = QUuid::fromString(q.value(id).toString());
        e.personId = QUuid::fromString(q.value(person).toString());
        e.organisationId = QUuid::fromString(q.value(organisation).toString());
        e.topics = fromLines(q.value(topics).toString());
        e.note = q.value(note).toString();
        e.since = toDate(q.value(since));
        e.meta = meta(q);
        return e;
    };
}

QVariantMap values(const ExpertOffer &offer)
{
    return {
        {u"id"_s, idText(offer.id)},
        {u"person_id"_s, idText(offer.personId)},
        {u"organisation_id"_s, idText(offer.organisationId)},
        {u"topics"_s, lines(offer.topics)},
        {u"note"_s, text(offer.note.trimmed())},
        {u"since"_s, dateValue(offer.since)},
    };
}

} // namespace

Result<QList<ExpertOffer>> ExpertStore::expertOffers()
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    if (!q.exec(expertSelect() + u" WHERE e.deleted = 0 ORDER BY e.person_id"_s))
        return dbError(q);
    QList<ExpertOffer> all;
    const auto read = expertReader(q.record());
    while (q.next())
        all.append(read(q));
    return all;
}

Result<ExpertOffer> ExpertStore::stored(const QUuid &id)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(expertSelect() + u" WHERE e.id = ?"_s);
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return ExpertOffer{};
    return expertReader(q.record())(q);
}

Result<ExpertOffer> ExpertStore::saveExpertOffer(const ExpertOffer &offer)
{
    m_context.begin(ChangeSet::Experts);
    if (const auto issues = validate(offer); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The offer to be asked could not be saved."));
    QSqlQuery q(m_context.database());
    q.prepare(u"SELECT organisation_id FROM person WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(idText(offer.personId));
    if (!q.exec())
        return dbError(q);
    if (!q.next() || QUuid::fromString(q.value(0).toString()) != offer.organisationId)
        return rule(tr("An offer to be asked is made for a person of its own organisation."));
    q.finish();

    ExpertOffer written = offer;
    written.id = expertOfferId(offer.personId); // one offer per person, on every laptop
    for (QString &topic : written.topics)
        topic = topic.simplified();
    written.topics.removeDuplicates();
    const auto before = stored(written.id);
    if (!before.ok())
        return before.error();
    const ExpertOffer &old = before.value();
    const bool exists = !old.id.isNull();
    const bool live = exists && !old.meta.deleted;

    if (written.topics.isEmpty()) {
        // Withdrawn: nothing to ask about any more.
        if (live) {
            if (auto r = m_context.rows().setDeleted(expertTable(), written.id, true, m_context); !r.ok())
                return r.error();
        } else {
            m_context.setChangedIds({});
        }
    } else {
        if (live && old.since.isValid())
            written.since = old.since; // offered since the first time, not since the last change
        else if (!written.since.isValid())
            written.since = QDate::fromString(m_context.now().left(10), Qt::ISODate);
        QVariantMap row = values(written);
        if (live && values(old) == row) {
            m_context.setChangedIds({});
            return old;
        }
        if (exists) {
            row.insert(u"deleted"_s, 0); // offered again after withdrawing
            if (auto updated = m_context.rows().update(expertTable(), row, m_context, u"id = ?"_s, {idText(written.id)});
                !updated.ok())
                return updated.error();
        } else {
            RowWriter::addBookkeeping(row, SyncMeta{}, m_context);
            if (auto added = m_context.rows().write(expertTable(), row, RowWriter::Mode::Insert); !added.ok())
                return added.error();
        }
    }
    const auto answer = stored(written.id);
    if (!answer.ok())
        return answer.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The offer to be asked could not be saved."));
    m_context.setChangedIds({written.id});
    return answer.value();
}

} // namespace Store
