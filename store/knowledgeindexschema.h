#pragma once

#include <QStringList>

namespace Store {

/// The statements that make and maintain the knowledge search's indexes
/// (Store::KnowledgeIndex searches them), one list per migration step.
///
/// - `knowledge_fts` (step 11): each live item's title, summary, body and
///   labels (topics and tags, one per line), external content read from the
///   view `knowledge_fts_source`; from step 12 its body is followed by the
///   words read from the item's attached files.
/// - `knowledge_fts_head` (step 14): the same items' title, summary and
///   labels alone, about a fourteenth of the text, from the view
///   `knowledge_fts_head_source`, and `knowledge_fts_head_vocab` over it (its
///   terms and in how many items each is). The search takes its candidates
///   from it when a word is too common to rank every item that holds it,
///   and expands a prefix into the terms that start with it.
///
/// Triggers on knowledge_item (and, for the body, on the attachment tables)
/// keep both in step with the rows, whoever writes them: the store, or the
/// sync applying pulled rows.
class KnowledgeIndexSchema
{
public:
    /// Step 11: knowledge_fts, filled, and its triggers.
    static QStringList schema();
    /// Step 12: the index takes in the text read from an item's attached
    /// files (attachment_text, by content), after the item's body. The view
    /// and the item's triggers are made again with that body; triggers on
    /// knowledge_attachment and attachment_text take an item out of the
    /// index before its attached text changes and put it back after, so the
    /// index always holds what the view shows.
    static QStringList attachmentSchema();
    /// Step 14: knowledge_fts_head with its vocabulary and triggers, filled;
    /// knowledge_fts is built anew from its view, so that a file indexed by
    /// an older tokenizer holds what today's tokenizer makes of its texts.
    static QStringList headSchema();
};

} // namespace Store
