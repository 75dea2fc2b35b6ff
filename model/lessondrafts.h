#pragma once

#include "knowledge.h"
#include "plan.h"
#include "types.h"

#include <QList>
#include <QString>

namespace Model {

/// The lessons of a held evaluation as knowledge items to publish: one item
/// per lesson, since a lesson is what another municipality looks for and
/// reuses on its own. Lessons are the lines of the evaluation's text; list
/// marks ("- ", "* ", "1. ") are dropped and a line that only continues the
/// one before it (indented) stays with it. Each item is a published lesson
/// of @p identity's organisation, linked to @p project, readable by everyone
/// (the default of the knowledge base), titled by its first sentence.
QList<KnowledgeItem> lessonDrafts(const Evaluation &evaluation, const Project &project, const Identity &identity);

/// The lines of @p lessons that are lessons of their own (see lessonDrafts()).
QStringList splitLessons(const QString &lessons);

/// A title for @p lesson: its first sentence, at most @p limit characters,
/// cut at a word with "…" when longer.
QString lessonTitle(const QString &lesson, int limit = 90);

} // namespace Model
