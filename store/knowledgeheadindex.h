#pragma once

#include "model/result.h"

#include <QList>
#include <QSqlDatabase>

namespace Store {

/// The small search index over each knowledge item's head: its title,
/// summary and labels (`knowledge_fts_head`, step 14; made and kept in step
/// by Store::KnowledgeIndexSchema), about a fourteenth of the text the full
/// index holds. Store::KnowledgeIndex asks it two things that would cost too
/// much in the full index at a quarter of a million items:
///
/// - which items hold a too common word where users look for it first (in
///   the title and labels, then the summary), so that those compete for the
///   first page however old they are;
/// - which terms a prefix stands for: FTS5 merges the doclists of every term
///   that starts with a prefix, in full, in every statement; the vocabulary
///   of the head index tells cheaply which terms those are and in how many
///   items each is.
class KnowledgeHeadIndex
{
public:
    /// A prefix shorter than this (folded) stands for no other terms.
    static constexpr int MinimumPrefix = 3;
    /// A prefix whose terms are in at most this many heads together stays a
    /// prefix: merging their doclists costs little.
    static constexpr int PrefixBudget = 2000;
    /// Otherwise it stands for this many of its terms, those in most items.
    static constexpr int PrefixTerms = 3;

    explicit KnowledgeHeadIndex(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// What stands for the prefix @p word in a MATCH expression (see
    /// Store::KnowledgeQuery::PrefixExpander): the prefix itself when it is
    /// cheap, its most frequent terms when it is not, empty when it is too
    /// short to stand for anything but the whole word.
    Model::Result<QString> expandPrefix(const QString &word);

    /// The rowids of items whose head matches @p match: first those whose
    /// title or labels match, newest first, then those whose summary does,
    /// at most @p count in all.
    Model::Result<QList<qint64>> candidates(const QString &match, int count);

private:
    QSqlDatabase m_db;
};

} // namespace Store
