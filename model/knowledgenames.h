#pragma once

#include "knowledge.h"

#include <QString>
#include <QStringList>

/// The stored names of the knowledge base's values, as the local store and
/// the server keep them in text columns: the one place that maps them.
namespace Model::KnowledgeNames {

QString key(KnowledgeKind kind);
QString key(KnowledgeStatus status);
QString key(KnowledgeVisibility visibility);
QString key(ReuseStatus status);

/// The value stored as @p key; @p ok (if given) says whether it is known.
/// An unknown name gives the first value (Lesson, Draft, Everyone, Considering).
KnowledgeKind kindFromKey(const QString &key, bool *ok = nullptr);
KnowledgeStatus statusFromKey(const QString &key, bool *ok = nullptr);
KnowledgeVisibility visibilityFromKey(const QString &key, bool *ok = nullptr);
ReuseStatus reuseStatusFromKey(const QString &key, bool *ok = nullptr);

/// Every stored name, in the order of the enum: what the server's CHECKs allow.
QStringList kindKeys();
QStringList statusKeys();
QStringList visibilityKeys();
QStringList reuseStatusKeys();

} // namespace Model::KnowledgeNames
