#pragma once

#include "model/knowledge.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Store {

/// Searching the knowledge base in Dutch on this laptop.
///
/// `knowledge_fts` is an FTS5 index with the `regie_dutch` tokenizer
/// (Store::DutchTokenizer) over each live item's title, summary, body and
/// labels (its topics and tags); `knowledge_fts_head` holds the same items'
/// title, summary and labels alone (Store::KnowledgeHeadIndex). Neither
/// keeps a copy of the texts: their content is read from views over
/// knowledge_item, for snippets only. Triggers keep them in step with the
/// rows (Store::KnowledgeIndexSchema), whoever writes them. Every connection
/// that writes knowledge_item therefore needs the tokenizer;
/// Store::Connection installs it, and a connection without it cannot write
/// an item at all (SQLite refuses the statement; nothing changes).
///
/// A search asks the index alone first (MATCH, ranked by bm25 with the
/// title weighted above the body, LIMIT), and reads and filters the items
/// after, by their rowids: one statement that joins the index with a filter
/// lets SQLite's planner walk the filter and probe the index per row, which
/// is a thousand times slower on a large base.
///
/// bm25 has no early stop: it scores every match it ranks, about a
/// microsecond each, and a common word is in nearly every item. A search
/// that matches more than RankWindow items therefore ranks candidates only:
/// the items whose head matches (those with the words in their title or
/// labels first, at most HeadWindow) and the newest RankWindow matches,
/// scored by the same bm25 over the full index in one pass. An item titled
/// by a common word thus competes however old it is; what is lost is an old
/// item that holds the words in its body alone. A prefix that many terms
/// start with stands for its most frequent terms.
///
/// Snippets are made only for the hits shown.
class KnowledgeIndex
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    /// bm25 weights of the columns title, summary, body and labels.
    static constexpr double TitleWeight = 10.0;
    static constexpr double SummaryWeight = 4.0;
    static constexpr double BodyWeight = 1.0;
    static constexpr double LabelWeight = 5.0;
    /// With a filter, this many index candidates per hit asked for are read
    /// and filtered before the search walks the filtered items instead.
    static constexpr int CandidatesPerHit = 20;
    static constexpr int MinimumCandidates = 200;
    static constexpr int MaximumLimit = 200;
    /// A search that matches more items than this ranks only candidates:
    /// the newest this many matches (by rowid: the last to arrive or be
    /// written here), and at most HeadWindow items whose head matches.
    static constexpr int RankWindow = 1000;
    static constexpr int HeadWindow = 1500;
    /// A filtered walk tests this many matches at a time against a filter
    /// on topic or period.
    static constexpr int WalkBatch = 1000;

    explicit KnowledgeIndex(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// For tests: rank all matches up to @p items, and then candidates:
    /// the newest @p items and @p heads items whose head matches.
    void setRankWindow(int items, int heads = HeadWindow)
    {
        m_rankWindow = std::max(1, items);
        m_headWindow = std::max(0, heads);
    }

    Model::Result<QList<Model::KnowledgeHit>> search(const Model::KnowledgeSearch &search);

    /// Turns a snippet with @p open and @p close around the matched words
    /// into rich text: those words in <b>…</b>, everything else escaped.
    static QString richSnippet(const QString &marked, QChar open, QChar close);

private:
    struct Candidate {
        qint64 rowid = 0;
        double rank = 0;
        QString snippet; ///< the matched words between char(1) and char(2)
        bool hasSnippet = false;
    };
    /// The best @p limit matches from the index alone (no limit: all of
    /// them) with a rowid from @p from on, with their snippets if
    /// @p snippets: FTS5 makes those only for the rows the LIMIT lets through.
    Model::Result<QList<Candidate>> ranked(const QString &match, int limit, qint64 from, bool snippets = false);
    /// The rowid from which the window of newest matches starts; 0 when
    /// there are no more matches than the window holds.
    Model::Result<qint64> windowStart(const QString &match);
    /// The newest matches (unranked, newest first), at most @p count of them
    /// that are in @p wanted (all of them if @p wanted is empty).
    Model::Result<QList<qint64>> newest(const QString &match, const QSet<qint64> &wanted, int count);
    /// Reads the snippets of @p chosen in one pass over the matches.
    Model::Status readSnippets(const QString &match, QList<Candidate> &chosen);
    /// Those of @p candidates that pass @p search's filter, in their order.
    Model::Result<QList<Candidate>> passing(const QList<Candidate> &candidates, const Model::KnowledgeSearch &search);
    /// A search with more than the window's matches (from @p from on): the
    /// candidates ranked, then filtered.
    Model::Result<QList<Model::KnowledgeHit>> searchCommon(const QString &match, const Model::KnowledgeSearch &search,
                                                           int limit, qint64 from);
    /// The matches among @p rowids and those from @p from on (none if 0),
    /// with their bm25, best first: one unranked pass over the matches.
    Model::Result<QList<Candidate>> score(const QString &match, const QList<qint64> &rowids, qint64 from);
    /// The filtered walk: the newest matches among the items that pass the
    /// filter, and @p also, in rank order.
    Model::Result<QList<Candidate>> walk(const QString &match, const Model::KnowledgeSearch &search, int limit,
                                         const QList<qint64> &also);
    Model::Result<QList<Model::KnowledgeHit>> hits(const QString &match, QList<Candidate> chosen);

    QSqlDatabase m_db;
    int m_rankWindow = RankWindow;
    int m_headWindow = HeadWindow;
};

} // namespace Store
