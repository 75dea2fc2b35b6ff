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
/// labels (its topics and tags). It keeps no copy of the texts: its content
/// is the view `knowledge_fts_source` over knowledge_item, read only for
/// snippets. Triggers on knowledge_item keep it in step, whoever writes the
/// row (the store, or the sync applying pulled rows): a new or edited item
/// is indexed anew, a tombstoned or removed one leaves the index. Every
/// connection that writes knowledge_item therefore needs the tokenizer;
/// Store::Connection installs it, and a connection without it cannot write
/// an item at all (SQLite refuses the statement; nothing changes).
///
/// A search asks the index alone first (MATCH, ranked by bm25 with the
/// title weighted above the body, LIMIT), and reads and filters the items
/// after, by their rowids: one statement that joins the index with a filter
/// lets SQLite's planner walk the filter and probe the index per row, which
/// is a thousand times slower on a large base. A search that matches more
/// than RankWindow items ranks the newest RankWindow of them (of the
/// filtered items, with a filter that leaves too few among the best).
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
    /// A search that matches more items than this ranks only the newest
    /// this many (by rowid: the last to arrive or be written here). bm25
    /// must score every match it ranks: at 250,000 items a common word
    /// matches most of them and costs hundreds of milliseconds, where
    /// finding the newest matches costs a fraction of that.
    static constexpr int RankWindow = 5000;
    /// A filtered walk tests this many matches at a time against a filter
    /// on topic or period.
    static constexpr int WalkBatch = 1000;

    explicit KnowledgeIndex(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// For tests: rank only the newest @p items matches.
    void setRankWindow(int items) { m_rankWindow = std::max(1, items); }

    /// The migration step that makes, fills and maintains the index.
    static QStringList schema();

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
    /// The filtered walk: the items that pass the filter, then the index's
    /// matches in rank order among them.
    Model::Result<QList<Candidate>> walk(const QString &match, const Model::KnowledgeSearch &search, int limit);
    Model::Result<QList<Model::KnowledgeHit>> hits(const QString &match, QList<Candidate> chosen);

    QSqlDatabase m_db;
    int m_rankWindow = RankWindow;
};

} // namespace Store
