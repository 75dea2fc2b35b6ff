#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;
struct sqlite3;

namespace Model {
struct ProjectQuery;
}

namespace Store {

/// Finding projects by what users type: a project matches when the text,
/// folded like Model::sortKey() (case and accents), occurs in its name and
/// slogan, its regie's name (the current lead organisation), its ambition or
/// purpose, or the title of one of its goals or milestones.
///
/// The folded texts live in `search_text`, one row per live project, current
/// lead participation (its organisation's name), goal and milestone, kept by
/// triggers on those tables (and on organisation, for the regie's name), so
/// rows written by the sync are found too.
/// An FTS5 trigram index over them answers texts of three characters or
/// more; shorter ones scan the texts with LIKE. Both give the same rows.
///
/// The triggers call `regie_fold()`, which every connection that writes to
/// a Regie file must have: Store::Connection installs it; a raw sqlite3
/// connection calls installFold().
class ProjectSearch
{
public:
    /// Texts of this many characters or more use the index.
    static constexpr int IndexedLength = 3;

    /// Adds `regie_fold(text)` (Model::sortKey) to @p db; false if SQLite refused.
    static bool installFold(sqlite3 *db);
    static bool installFold(const QSqlDatabase &db);

    /// The migration step that makes, fills and maintains the index.
    static QStringList schema();

    /// Index hits from which a text counts as common in any file (see filter()).
    static constexpr int CommonHits = 1000;

    /// Index hits from which a text counts as common in a file of @p projects
    /// projects, for pages of @p limit rows. Reading and sorting every match
    /// costs about one look-up per hit; walking the list in name order reads
    /// about limit × projects / hits projects' texts until the page is full.
    /// The two meet near the square root of their product (with a factor
    /// measured at 200,000 projects, docs/BENCHMARKS.md), and never below
    /// CommonHits.
    static int commonHits(qint64 projects, int limit);

    /// Whether @p query's text is common in @p db: commonHits() or more index
    /// hits. Then a page is found faster by walking the list in name order
    /// than by reading and sorting every match.
    static bool isCommon(const QSqlDatabase &db, const Model::ProjectQuery &query);
    /// " AND ..." for a query on `project p` matching @p query's text;
    /// empty when there is no text. @p common as isCommon() answered (a
    /// count, which reads every match anyway, passes false).
    static QString filter(const Model::ProjectQuery &query, bool common);
    /// Counts a text's index hits, up to :most (bind :search to pattern()).
    static QString hitsProbe();
    /// The number of projects commonHits() takes for @p db's file: the
    /// highest project rowid, read from the table's b-tree in one step.
    static QString projectsProbe();
    /// Binds what filter() asked for.
    static void bind(QSqlQuery &q, const Model::ProjectQuery &query, bool common);
    /// The value filter()'s :search takes: an FTS5 phrase, or a LIKE pattern
    /// for a common text and for texts shorter than IndexedLength.
    static QString pattern(const Model::ProjectQuery &query, bool common = false);
    /// The same matches found by scanning every text with LIKE, for
    /// comparison: " AND p.id IN (...)" with :search bound to likePattern().
    static QString scanFilter();
    static QString likePattern(const Model::ProjectQuery &query);
};

} // namespace Store
