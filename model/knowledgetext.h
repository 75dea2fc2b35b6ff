#pragma once

#include "knowledge.h"

#include <QList>
#include <QString>

namespace Model {

/// What the knowledge base's values are called on screen (Dutch at run time).
QString displayName(KnowledgeKind kind);
QString displayName(KnowledgeStatus status);
QString displayName(KnowledgeVisibility visibility);

/// The kinds a user writes (an answer is written under its question).
QList<KnowledgeKind> writableKinds();

/// Topics and tags as typed: separated by commas or semicolons, trimmed,
/// without empty ones or repeats (ignoring case).
QStringList splitTags(const QString &text);
QString joinTags(const QStringList &tags);

} // namespace Model
