#pragma once

#include "knowledge.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace Model {

/// Someone who knows about a topic ("wie weet hiervan?"): what they wrote,
/// answered and took up on it, and whether they said they may be asked.
struct KnowledgeExpert {
    QUuid personId;
    int written = 0; ///< items on the topic they wrote (not answers)
    int answered = 0; ///< answers to questions on the topic
    int adopted = 0; ///< items on the topic their reuse records took up
    bool willing = false; ///< said they are willing to be asked about it
};

/// The people who know about @p topic, most to ask first: those willing to
/// be asked, then by what they did (writing weighs most, then answering,
/// then taking up). Topics compare without case and diacritics. An answer
/// counts for the topics of its question. Tombstoned items and records are
/// left out, and so are people not known (a null id).
QList<KnowledgeExpert> knowledgeExperts(const QString &topic, const QList<KnowledgeItem> &items,
                                        const QList<Reuse> &reuses, const QSet<QUuid> &willing);

} // namespace Model
