#include "knowledgestore.h"

#include "knowledgeindex.h"
#include "knowledgerows.h"
#include "model/knowledgenames.h"
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

const SyncSchema::Table &itemTable()
{
    return *SyncSchema::table(u"knowledge_item"_s);
}

const SyncSchema::Table &versionTable()
{
    return *SyncSchema::table(u"knowledge_version"_s);
}

} // namespace

Result<QList<KnowledgeItem>> KnowledgeStore::knowledgeItems(const KnowledgeFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.includeDeleted)
        where << u"k.deleted = 0"_s;
    if (!filter.organisationId.isNull()) {
        where << u"k.organisation_id = ?"_s;
        values << idText(filter.organisationId);
    }
    if (!filter.projectId.isNull()) {
        where << u"k.project_id = ?"_s;
        values << idText(filter.projectId);
    }
    if (!filter.questionId.isNull()) {
        where << u"k.question_id = ?"_s;
        values << idText(filter.questionId);
    }
    if (!filter.kinds.isEmpty()) {
        QStringList kinds;
        for (KnowledgeKind kind : filter.kinds)
            kinds << u"'%1'"_s.arg(KnowledgeNames::key(kind)); // fixed names, never user text
        // A short list walks the index by last change (step 17) and tests the
        // kind on its way ("+": not through the kind index, which would read
        // every item of those kinds and sort them).
        where << u"%1k.kind IN (%2)"_s.arg(filter.limit > 0 ? u"+"_s : QString(), kinds.join(u", "_s));
    }
    if (!filter.topic.trimmed().isEmpty()) {
        // Topics are stored one per line; the whole line must match.
        where << u"instr(char(10) || lower(k.topics) || char(10), char(10) || lower(?) || char(10)) > 0"_s;
        values << filter.topic.simplified();
    }
    QString select = knowledgeItemSelect();
    if (!filter.fullBodies) {
        const QString start = u"substr(k.body, 1, %1) AS body"_s.arg(KnowledgeFilter::BodyStartLength);
        [[maybe_unused]] const qsizetype before = select.size();
        select.replace(u"k.body AS body"_s, start);
        Q_ASSERT_X(select.size() != before, "KnowledgeStore::knowledgeItems", "the select list names no body");
    }
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(select + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s))
              + u" ORDER BY k.updated_at DESC, k.id"_s
              + (filter.limit > 0 ? u" LIMIT %1"_s.arg(filter.limit) : QString()));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    QList<KnowledgeItem> all;
    const auto read = knowledgeItemReader(q.record());
    while (q.next())
        all.append(read(q));
    return all;
}

Result<KnowledgeItem> KnowledgeStore::stored(const QUuid &id)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(knowledgeItemSelect() + u" WHERE k.id = ?"_s);
    q.addBindValue(idText(id));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return KnowledgeItem{};
    return knowledgeItemReader(q.record())(q);
}

Result<KnowledgeItem> KnowledgeStore::knowledgeItem(const QUuid &id)
{
    const auto found = stored(id);
    if (!found.ok())
        return found.error();
    if (found.value().id.isNull() || found.value().meta.deleted)
        return error(Error::NotFound, tr("The knowledge item no longer exists."));
    return found.value();
}

Status KnowledgeStore::checkLinks(const KnowledgeItem &item)
{
    if (!item.questionId.isNull()) {
        const auto question = stored(item.questionId);
        if (!question.ok())
            return question.error();
        if (question.value().id.isNull() || question.value().meta.deleted)
            return error(Error::NotFound, tr("The question this answers no longer exists."));
        if (question.value().kind != KnowledgeKind::Question)
            return rule(tr("An answer answers a question."));
    }
    if (!item.helpedAnswerId.isNull()) {
        const auto answer = stored(item.helpedAnswerId);
        if (!answer.ok())
            return answer.error();
        if (answer.value().id.isNull() || answer.value().meta.deleted || answer.value().questionId != item.id)
            return rule(tr("The answer that helped must be an answer to this question."));
    }
    return Done{};
}

Result<KnowledgeItem> KnowledgeStore::saveKnowledgeItem(const KnowledgeItem &item)
{
    m_context.begin(ChangeSet::Knowledge);
    if (const auto issues = validate(item); !issues.isEmpty())
        return error(Error::Validation, describe(issues));
    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The knowledge item could not be saved."));
    const auto before = stored(item.id);
    if (!before.ok())
        return before.error();
    const bool exists = !before.value().id.isNull();
    if (exists && before.value().meta.deleted)
        return error(Error::NotFound, tr("The knowledge item no longer exists."));
    if (exists && before.value().organisationId != item.organisationId)
        return rule(tr("A knowledge item stays with the organisation that wrote it."));
    if (auto links = checkLinks(item); !links.ok())
        return links.error();

    KnowledgeItem written = item;
    // Published once, published on that day: later edits keep the date.
    if (exists && before.value().publishedOn.isValid())
        written.publishedOn = before.value().publishedOn;
    else if (item.status != KnowledgeStatus::Draft)
        written.publishedOn = item.publishedOn.isValid() ? item.publishedOn : QDate::currentDate();
    else
        written.publishedOn = QDate();
    if (written.authorId.isNull())
        written.authorId = exists ? before.value().authorId : m_context.actor();

    const QVariantMap row = values(written);
    if (exists) {
        if (values(before.value()) == row) {
            m_context.setChangedIds({});
            return before.value(); // nothing changed: no new version either
        }
        if (auto updated = m_context.rows().update(itemTable(), row, m_context, u"id = ?"_s, {idText(item.id)});
            !updated.ok())
            return updated.error();
    } else {
        QVariantMap inserted = row;
        RowWriter::addBookkeeping(inserted, SyncMeta{}, m_context);
        if (auto added = m_context.rows().write(itemTable(), inserted, RowWriter::Mode::Insert); !added.ok())
            return added.error();
    }

    QSqlQuery q(m_context.database());
    q.prepare(u"SELECT coalesce(max(revision), 0) FROM knowledge_version WHERE item_id = ?"_s);
    q.addBindValue(idText(item.id));
    if (!q.exec() || !q.next())
        return dbError(q);
    const QUuid versionId = QUuid::createUuid();
    QVariantMap version = versionValues(written, versionId, qint64(q.value(0).toDouble()) + 1);
    RowWriter::addBookkeeping(version, SyncMeta{}, m_context);
    if (auto kept = m_context.rows().write(versionTable(), version, RowWriter::Mode::Insert); !kept.ok())
        return kept.error();

    const auto answer = stored(item.id);
    if (!answer.ok())
        return answer.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The knowledge item could not be saved."));
    m_context.setChangedIds({item.id, versionId});
    return answer.value();
}

Status KnowledgeStore::setKnowledgeItemDeleted(const QUuid &id, bool deleted)
{
    m_context.begin(ChangeSet::Knowledge);
    Transaction transaction(m_context.database());
    if (!transaction.isActive())
        return error(Error::Storage, tr("The knowledge item could not be saved."));
    const auto found = stored(id);
    if (!found.ok())
        return found.error();
    if (found.value().id.isNull())
        return error(Error::NotFound, tr("The knowledge item no longer exists."));
    if (auto r = m_context.rows().setDeleted(itemTable(), id, deleted, m_context); !r.ok())
        return r.error();
    if (!transaction.commit())
        return error(Error::Storage, tr("The knowledge item could not be saved."));
    m_context.setChangedIds({id});
    return Done{};
}

Result<QList<KnowledgeVersion>> KnowledgeStore::knowledgeVersions(const QUuid &itemId)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(knowledgeVersionSelect() + u" WHERE v.item_id = ? AND v.deleted = 0 ORDER BY v.revision, v.created_at"_s);
    q.addBindValue(idText(itemId));
    if (!q.exec())
        return dbError(q);
    QList<KnowledgeVersion> all;
    const auto read = knowledgeVersionReader(q.record());
    while (q.next())
        all.append(read(q));
    return all;
}

Result<KnowledgeItem> KnowledgeStore::restoreKnowledgeVersion(const QUuid &versionId)
{
    QSqlQuery q(m_context.database());
    q.setForwardOnly(true);
    q.prepare(knowledgeVersionSelect() + u" WHERE v.id = ? AND v.deleted = 0"_s);
    q.addBindValue(idText(versionId));
    if (!q.exec())
        return dbError(q);
    if (!q.next()) {
        m_context.begin(ChangeSet::Knowledge);
        return error(Error::NotFound, tr("This version of the knowledge item no longer exists."));
    }
    const KnowledgeVersion version = knowledgeVersionReader(q.record())(q);
    q.finish();
    const auto current = knowledgeItem(version.itemId);
    if (!current.ok())
        return current.error();
    KnowledgeItem restored = current.value();
    restored.title = version.title;
    restored.summary = version.summary;
    restored.body = version.body;
    restored.topics = version.topics;
    restored.tags = version.tags;
    return saveKnowledgeItem(restored);
}

Result<QList<KnowledgeHit>> KnowledgeStore::searchKnowledge(const KnowledgeSearch &search)
{
    return KnowledgeIndex(m_context.database()).search(search);
}

} // namespace Store
