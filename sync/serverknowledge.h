#pragma once

#include <QStringList>

/// Server step 8: the knowledge base (docs/SYNC.md, "The knowledge base").
/// knowledge_item, knowledge_version and reuse with their rules, read
/// policies that follow an item's visibility (everyone, the partners of its
/// source project, or its own organisation), the push's checks of who may
/// write what, and the Dutch full-text search: a generated tsvector over the
/// unaccented title, summary and body with a GIN index, searched through
/// regie_search_knowledge(), which applies the read rules itself so that the
/// index can be used (`@@` is not leakproof, so under row-level security the
/// planner could not).
namespace Sync::ServerKnowledge {

QStringList statements();

/// Grants of what step 8 adds, for the lock-down (nothing before step 8).
QStringList grants();

/// The search's statement as regie_search_knowledge() runs it, with `$1`
/// the query text and `$2` the number of hits: EXPLAIN of it shows the plan.
QString searchStatement();

} // namespace Sync::ServerKnowledge
