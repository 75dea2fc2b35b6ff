#include "knowledgeexperts.h"

#include "text.h"

#include <QHash>

#include <algorithm>

namespace Model {

namespace {

bool onTopic(const QStringList &topics, const QString &key)
{
    return std::any_of(topics.cbegin(), topics.cend(), [&key](const QString &t) { return sortKey(t) == key; });
}

int weight(const KnowledgeExpert &e)
{
    return 3 * e.written + 2 * e.answered + e.adopted;
}

} // namespace

QList<KnowledgeExpert> knowledgeExperts(const QString &topic, const QList<KnowledgeItem> &items,
                                        const QList<Reuse> &reuses, const QSet<QUuid> &willing)
{
    const QString key = sortKey(topic.trimmed());
    QHash<QUuid, KnowledgeExpert> people;
    const auto person = [&people](const QUuid &id) -> KnowledgeExpert & {
        KnowledgeExpert &e = people[id];
        e.personId = id;
        return e;
    };
    if (key.isEmpty())
        return {};

    QSet<QUuid> questions;
    QSet<QUuid> itemsOnTopic;
    for (const KnowledgeItem &item : items) {
        if (item.meta.deleted || !onTopic(item.topics, key))
            continue;
        itemsOnTopic.insert(item.id);
        if (item.kind == KnowledgeKind::Question)
            questions.insert(item.id);
    }
    for (const KnowledgeItem &item : items) {
        if (item.meta.deleted || item.authorId.isNull())
            continue;
        if (item.kind == KnowledgeKind::Answer) {
            if (questions.contains(item.questionId) || itemsOnTopic.contains(item.id))
                ++person(item.authorId).answered;
        } else if (itemsOnTopic.contains(item.id)) {
            ++person(item.authorId).written;
        }
    }
    for (const Reuse &r : reuses) {
        if (r.meta.deleted || r.personId.isNull() || !itemsOnTopic.contains(r.itemId))
            continue;
        if (r.status == ReuseStatus::Adopted || r.status == ReuseStatus::Adapted)
            ++person(r.personId).adopted;
    }
    for (const QUuid &id : willing) {
        if (!id.isNull())
            person(id).willing = true;
    }

    QList<KnowledgeExpert> list = people.values();
    std::sort(list.begin(), list.end(), [](const KnowledgeExpert &a, const KnowledgeExpert &b) {
        if (a.willing != b.willing)
            return a.willing;
        if (weight(a) != weight(b))
            return weight(a) > weight(b);
        return a.personId < b.personId;
    });
    return list;
}

} // namespace Model
