#include "knowledgerows.h"

#include "model/knowledgenames.h"
#include "sqlsupport.h"

using namespace Model;
using namespace Model::KnowledgeNames;
using namespace Qt::StringLiterals;

namespace Store::Rows {

namespace {

QUuid uuid(const QSqlQuery &q, int at)
{
    return QUuid::fromString(q.value(at).toString());
}

} // namespace

QString lines(const QStringList &words)
{
    QStringList kept;
    for (const QString &word : words)
        kept << word.simplified();
    return text(kept.join(QLatin1Char('\n'))); // never null: the column is NOT NULL
}

QStringList fromLines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

const QString &knowledgeItemSelect()
{
    static const QString sql
        = u"SELECT "_s + selectList(u"knowledge_item"_s, u"k"_s) + u" FROM knowledge_item k"_s;
    return sql;
}

Reader<KnowledgeItem> knowledgeItemReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), kind = column(r, "kind"_L1), title = column(r, "title"_L1),
              summary = column(r, "summary"_L1), body = column(r, "body"_L1),
              organisation = column(r, "organisation_id"_L1), author = column(r, "author_id"_L1),
              project = column(r, "project_id"_L1), question = column(r, "question_id"_L1),
              helped = column(r, "helped_answer_id"_L1), status = column(r, "status"_L1),
              visibility = column(r, "visibility"_L1), topics = column(r, "topics"_L1), tags = column(r, "tags"_L1),
              published = column(r, "published_on"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        KnowledgeItem k;
        k.id = uuid(q, id);
        k.kind = kindFromKey(q.value(kind).toString());
        k.title = q.value(title).toString();
        k.summary = q.value(summary).toString();
        k.body = q.value(body).toString();
        k.organisationId = uuid(q, organisation);
        k.authorId = uuid(q, author);
        k.projectId = uuid(q, project);
        k.questionId = uuid(q, question);
        k.helpedAnswerId = uuid(q, helped);
        k.status = statusFromKey(q.value(status).toString());
        k.visibility = visibilityFromKey(q.value(visibility).toString());
        k.topics = fromLines(q.value(topics).toString());
        k.tags = fromLines(q.value(tags).toString());
        k.publishedOn = toDate(q.value(published));
        k.meta = meta(q);
        return k;
    };
}

const QString &knowledgeVersionSelect()
{
    static const QString sql
        = u"SELECT "_s + selectList(u"knowledge_version"_s, u"v"_s) + u" FROM knowledge_version v"_s;
    return sql;
}

Reader<KnowledgeVersion> knowledgeVersionReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), item = column(r, "item_id"_L1), revision = column(r, "revision"_L1),
              title = column(r, "title"_L1), summary = column(r, "summary"_L1), body = column(r, "body"_L1),
              topics = column(r, "topics"_L1), tags = column(r, "tags"_L1), status = column(r, "status"_L1),
              visibility = column(r, "visibility"_L1), changedBy = column(r, "changed_by"_L1),
              created = column(r, "created_at"_L1);
    return [=](const QSqlQuery &q) {
        KnowledgeVersion v;
        v.id = uuid(q, id);
        v.itemId = uuid(q, item);
        v.version = q.value(revision).toLongLong();
        v.title = q.value(title).toString();
        v.summary = q.value(summary).toString();
        v.body = q.value(body).toString();
        v.topics = fromLines(q.value(topics).toString());
        v.tags = fromLines(q.value(tags).toString());
        v.status = statusFromKey(q.value(status).toString());
        v.visibility = visibilityFromKey(q.value(visibility).toString());
        v.changedBy = uuid(q, changedBy);
        v.changedAt = toDateTime(q.value(created));
        return v;
    };
}

const QString &reuseSelect()
{
    static const QString sql = u"SELECT "_s + selectList(u"reuse"_s, u"r"_s) + u" FROM reuse r"_s;
    return sql;
}

Reader<Reuse> reuseReader(const QSqlRecord &r)
{
    const int id = column(r, "id"_L1), item = column(r, "item_id"_L1), organisation = column(r, "organisation_id"_L1),
              person = column(r, "person_id"_L1), project = column(r, "project_id"_L1),
              status = column(r, "status"_L1), date = column(r, "reused_on"_L1), reason = column(r, "reason"_L1),
              note = column(r, "note"_L1),
              outcome = column(r, "outcome"_L1);
    const auto meta = metaReader(r);
    return [=](const QSqlQuery &q) {
        Reuse u;
        u.id = uuid(q, id);
        u.itemId = uuid(q, item);
        u.organisationId = uuid(q, organisation);
        u.personId = uuid(q, person);
        u.projectId = uuid(q, project);
        u.status = reuseStatusFromKey(q.value(status).toString());
        u.date = toDate(q.value(date));
        u.reason = reuseReasonFromKey(q.value(reason).toString());
        u.note = q.value(note).toString();
        u.outcome = q.value(outcome).toString();
        u.meta = meta(q);
        return u;
    };
}

QVariantMap values(const KnowledgeItem &item)
{
    return {
        {u"id"_s, idText(item.id)},
        {u"kind"_s, key(item.kind)},
        {u"title"_s, item.title.trimmed()},
        {u"summary"_s, text(item.summary)},
        {u"body"_s, text(item.body)},
        {u"organisation_id"_s, idValue(item.organisationId)},
        {u"author_id"_s, idValue(item.authorId)},
        {u"project_id"_s, idValue(item.projectId)},
        {u"question_id"_s, idValue(item.questionId)},
        {u"helped_answer_id"_s, idValue(item.helpedAnswerId)},
        {u"status"_s, key(item.status)},
        {u"visibility"_s, key(item.visibility)},
        {u"topics"_s, lines(item.topics)},
        {u"tags"_s, lines(item.tags)},
        {u"published_on"_s, dateValue(item.publishedOn)},
    };
}

QVariantMap versionValues(const KnowledgeItem &item, const QUuid &versionId, qint64 revision)
{
    return {
        {u"id"_s, idText(versionId)},
        {u"item_id"_s, idText(item.id)},
        {u"revision"_s, double(revision)},
        {u"title"_s, item.title.trimmed()},
        {u"summary"_s, text(item.summary)},
        {u"body"_s, text(item.body)},
        {u"topics"_s, lines(item.topics)},
        {u"tags"_s, lines(item.tags)},
        {u"status"_s, key(item.status)},
        {u"visibility"_s, key(item.visibility)},
    };
}

QVariantMap values(const Reuse &reuse)
{
    return {
        {u"id"_s, idText(reuse.id)},
        {u"item_id"_s, idText(reuse.itemId)},
        {u"organisation_id"_s, idValue(reuse.organisationId)},
        {u"person_id"_s, idValue(reuse.personId)},
        {u"project_id"_s, idValue(reuse.projectId)},
        {u"status"_s, key(reuse.status)},
        {u"reused_on"_s, dateValue(reuse.date)},
        {u"reason"_s, key(reuse.reason)},
        {u"note"_s, text(reuse.note.trimmed())},
        {u"outcome"_s, text(reuse.outcome.trimmed())},
    };
}

} // namespace Store::Rows
