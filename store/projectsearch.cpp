#include "projectsearch.h"

#include "model/text.h"
#include "model/types.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Store {

namespace {

// sqlite3 calls this for regie_fold(text) in the triggers and the fill.
void fold(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded
        = text ? Model::sortKey(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8() : QByteArray();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// Each text's row id says whose it is: the project's own rowid shifted left
// by KeyBits, plus a number within the project (0 for the project's own
// texts). A search then reads the matching projects from the index alone,
// without looking each match up. (VACUUM may renumber the rowids of a table
// without an INTEGER PRIMARY KEY; Regie never runs it.)
constexpr int KeyBits = 20;

// The folded texts of the projects @p which selects from `project p`: name
// and slogan (search_key, as the list always matched them), ambition and
// purpose, one per line. Folded texts hold no line breaks (sortKey()
// simplifies white space), so no match runs from one into the next.
QString projectRows(const QString &which)
{
    return QStringLiteral("INSERT INTO search_text (id, owner, project_id, body) SELECT p.rowid << %1, p.id, p.id, "
                          "p.search_key || char(10) || regie_fold(p.ambition) || char(10) || regie_fold(p.purpose) "
                          "FROM project p WHERE p.deleted = 0 AND %2;")
        .arg(KeyBits)
        .arg(which);
}

// The regie of a project is the row of its current lead participation, so
// that a project and its lead, written one after the other, only add rows:
// FTS5 takes added rows in bulk, but each removal flushes what it holds.
QString leads(const QString &which)
{
    return QStringLiteral("SELECT l.id AS owner, l.project_id AS project_id, o.name_key AS body "
                          "FROM participation l JOIN organisation o ON o.id = l.organisation_id "
                          "WHERE l.role = 'lead' AND l.left_on IS NULL AND l.deleted = 0 AND %1")
        .arg(which);
}

QString titles(const QString &table, const QString &which)
{
    return QStringLiteral("SELECT id AS owner, project_id, regie_fold(title) AS body FROM %1 WHERE deleted = 0 AND %2")
        .arg(table, which);
}

// Rows for the texts @p source selects (owner, project_id, body), numbered
// after the last row their project has.
QString itemRows(const QString &source)
{
    return QStringLiteral("INSERT INTO search_text (id, owner, project_id, body) "
                          "SELECT max(p.rowid << %1, coalesce((SELECT s.id FROM search_text s "
                          "WHERE s.id < ((p.rowid + 1) << %1) ORDER BY s.id DESC LIMIT 1), 0)) "
                          "+ row_number() OVER (PARTITION BY x.project_id ORDER BY x.owner), x.owner, x.project_id, x.body "
                          "FROM (%2) x JOIN project p ON p.id = x.project_id;")
        .arg(KeyBits)
        .arg(source);
}

QString everyItem(const QString &projectId)
{
    return leads(QStringLiteral("l.project_id = %1").arg(projectId)) + QStringLiteral(" UNION ALL ")
        + titles(QStringLiteral("goal"), QStringLiteral("project_id = %1").arg(projectId))
        + QStringLiteral(" UNION ALL ")
        + titles(QStringLiteral("milestone"), QStringLiteral("project_id = %1").arg(projectId));
}

// The trigger's row (NEW) made anew: its text removed and, if live, written again.
QString refresh(const QString &rows)
{
    return QStringLiteral("DELETE FROM search_text WHERE owner = NEW.id; ") + rows;
}

// An FTS5 phrase of the folded text: a substring, whatever characters it holds.
QString matchPattern(const QString &key)
{
    return QLatin1Char('"') + QString(key).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString likeOf(const QString &key)
{
    QString out = key;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + out + QLatin1Char('%');
}

bool indexed(const QString &key)
{
    return key.toUcs4().size() >= ProjectSearch::IndexedLength;
}

bool hasText(const Model::ProjectQuery &query)
{
    return !query.text.trimmed().isEmpty();
}

} // namespace

bool ProjectSearch::installFold(sqlite3 *db)
{
    return db
        && sqlite3_create_function_v2(db, "regie_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, &fold, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

bool ProjectSearch::installFold(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    return installFold(*static_cast<sqlite3 *const *>(handle.constData()));
}

QStringList ProjectSearch::schema()
{
    const QString self = QStringLiteral("id = NEW.id");
    QStringList s = {
        // One row per live project, current lead, goal and milestone; owner is its id.
        QStringLiteral("CREATE TABLE search_text (id INTEGER PRIMARY KEY, owner TEXT NOT NULL UNIQUE, "
                       "project_id TEXT NOT NULL, body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX search_text_project ON search_text (project_id)"),
        // The texts are folded already: the tokenizer keeps them as they are.
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(body, content = 'search_text', "
                       "content_rowid = 'id', tokenize = 'trigram case_sensitive 1')"),
        projectRows(QStringLiteral("1")).chopped(1),
        itemRows(leads(QStringLiteral("1")) + QStringLiteral(" UNION ALL ")
                 + titles(QStringLiteral("goal"), QStringLiteral("1")) + QStringLiteral(" UNION ALL ")
                 + titles(QStringLiteral("milestone"), QStringLiteral("1")))
            .chopped(1),
        QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')"),
        // The index follows its texts.
        QStringLiteral("CREATE TRIGGER search_text_insert AFTER INSERT ON search_text BEGIN "
                       "INSERT INTO search_index (rowid, body) VALUES (NEW.id, NEW.body); END"),
        QStringLiteral("CREATE TRIGGER search_text_delete AFTER DELETE ON search_text BEGIN "
                       "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', OLD.id, OLD.body); END"),
        QStringLiteral("CREATE TRIGGER search_text_update AFTER UPDATE ON search_text BEGIN "
                       "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', OLD.id, OLD.body); "
                       "INSERT INTO search_index (rowid, body) VALUES (NEW.id, NEW.body); END"),
        // The texts follow the rows they come from, whoever writes them. A
        // project written again (INSERT OR REPLACE gives it a new rowid)
        // takes its goals', milestones' and lead's texts along.
        QStringLiteral("CREATE TRIGGER search_project_insert AFTER INSERT ON project BEGIN "
                       "DELETE FROM search_text WHERE project_id = NEW.id; %1 %2 END")
            .arg(projectRows(QStringLiteral("p.") + self), itemRows(everyItem(QStringLiteral("NEW.id")))),
        QStringLiteral("CREATE TRIGGER search_project_update AFTER UPDATE ON project WHEN "
                       "OLD.search_key IS NOT NEW.search_key OR OLD.ambition IS NOT NEW.ambition OR "
                       "OLD.purpose IS NOT NEW.purpose OR OLD.deleted IS NOT NEW.deleted BEGIN %1 END")
            .arg(refresh(projectRows(QStringLiteral("p.") + self))),
        QStringLiteral("CREATE TRIGGER search_project_delete AFTER DELETE ON project BEGIN "
                       "DELETE FROM search_text WHERE project_id = OLD.id; END"),
        // The regie: a lead came, went or changed.
        QStringLiteral("CREATE TRIGGER search_lead_insert AFTER INSERT ON participation WHEN NEW.role = 'lead' "
                       "BEGIN %1 END")
            .arg(refresh(itemRows(leads(QStringLiteral("l.") + self)))),
        QStringLiteral("CREATE TRIGGER search_lead_update AFTER UPDATE ON participation WHEN "
                       "(OLD.role = 'lead' OR NEW.role = 'lead') AND (OLD.role IS NOT NEW.role OR "
                       "OLD.left_on IS NOT NEW.left_on OR OLD.deleted IS NOT NEW.deleted OR "
                       "OLD.organisation_id IS NOT NEW.organisation_id OR OLD.project_id IS NOT NEW.project_id) "
                       "BEGIN %1 END")
            .arg(refresh(itemRows(leads(QStringLiteral("l.") + self)))),
        QStringLiteral("CREATE TRIGGER search_lead_delete AFTER DELETE ON participation BEGIN "
                       "DELETE FROM search_text WHERE owner = OLD.id; END"),
        // An organisation that arrives after its participation (a pull in
        // another order), or renames itself.
        QStringLiteral("CREATE TRIGGER search_regie_insert AFTER INSERT ON organisation BEGIN "
                       "DELETE FROM search_text WHERE owner IN (SELECT id FROM participation WHERE organisation_id = "
                       "NEW.id); %1 END")
            .arg(itemRows(leads(QStringLiteral("l.organisation_id = NEW.id")))),
        QStringLiteral("CREATE TRIGGER search_regie_update AFTER UPDATE ON organisation WHEN "
                       "OLD.name_key IS NOT NEW.name_key BEGIN "
                       "UPDATE search_text SET body = NEW.name_key WHERE owner IN (SELECT id FROM participation "
                       "WHERE organisation_id = NEW.id AND role = 'lead' AND left_on IS NULL AND deleted = 0); END"),
    };
    for (const QLatin1String table : {QLatin1String("goal"), QLatin1String("milestone")}) {
        const QString rows = refresh(itemRows(titles(table, self)));
        s << QStringLiteral("CREATE TRIGGER search_%1_insert AFTER INSERT ON %1 BEGIN %2 END").arg(table, rows)
          << QStringLiteral("CREATE TRIGGER search_%1_update AFTER UPDATE ON %1 WHEN OLD.title IS NOT NEW.title OR "
                            "OLD.deleted IS NOT NEW.deleted OR OLD.project_id IS NOT NEW.project_id BEGIN %2 END")
                 .arg(table, rows)
          << QStringLiteral("CREATE TRIGGER search_%1_delete AFTER DELETE ON %1 BEGIN "
                            "DELETE FROM search_text WHERE owner = OLD.id; END")
                 .arg(table);
    }
    return s;
}

QString ProjectSearch::hitsProbe()
{
    return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH :search LIMIT :most)");
}

QString ProjectSearch::projectsProbe()
{
    return QStringLiteral("SELECT coalesce(max(rowid), 0) FROM project");
}

int ProjectSearch::commonHits(qint64 projects, int limit)
{
    // Factor 4: at 200,000 projects and the list's pages of 200 the
    // threshold is 12,649 hits. A text with 1,021 hits there ("sudwest", 757
    // open projects) took 9 ms by sorting its hits and 1.8 s by the walk;
    // one with 51,887 ("zorg") 14 ms by the walk and 5 s by sorting.
    const double meet = std::sqrt(4.0 * double(std::max<qint64>(projects, 0)) * double(std::max(limit, 1)));
    return int(std::min(std::max(meet, double(CommonHits)), double(std::numeric_limits<int>::max())));
}

bool ProjectSearch::isCommon(const QSqlDatabase &db, const Model::ProjectQuery &query)
{
    if (!hasText(query) || !indexed(Model::sortKey(query.text)))
        return false;
    QSqlQuery size(db);
    size.setForwardOnly(true);
    if (!size.exec(projectsProbe()) || !size.next())
        return false;
    const int most = commonHits(size.value(0).toLongLong(), query.limit);
    QSqlQuery probe(db);
    probe.setForwardOnly(true);
    probe.prepare(hitsProbe());
    probe.bindValue(QStringLiteral(":search"), pattern(query, false));
    probe.bindValue(QStringLiteral(":most"), most);
    return probe.exec() && probe.next() && probe.value(0).toInt() >= most;
}

QString ProjectSearch::filter(const Model::ProjectQuery &query, bool common)
{
    if (!hasText(query))
        return {};
    if (!indexed(Model::sortKey(query.text)))
        return scanFilter();
    // A common text: walk the list in name order and look at each project's
    // own texts until the page is full; a page of a text that one project in
    // a few dozen holds reads a few thousand short texts. A rare one: read
    // the index's matches and sort them.
    if (common)
        return QStringLiteral(" AND EXISTS (SELECT 1 FROM search_text s WHERE s.project_id = p.id "
                              "AND s.body LIKE :search ESCAPE '\\')");
    return QStringLiteral(" AND p.rowid IN (SELECT rowid >> %1 FROM search_index WHERE search_index MATCH :search)")
        .arg(KeyBits);
}

QString ProjectSearch::scanFilter()
{
    return QStringLiteral(" AND p.id IN (SELECT project_id FROM search_text WHERE body LIKE :search ESCAPE '\\')");
}

QString ProjectSearch::pattern(const Model::ProjectQuery &query, bool common)
{
    const QString key = Model::sortKey(query.text);
    return indexed(key) && !common ? matchPattern(key) : likeOf(key);
}

QString ProjectSearch::likePattern(const Model::ProjectQuery &query)
{
    return likeOf(Model::sortKey(query.text));
}

void ProjectSearch::bind(QSqlQuery &q, const Model::ProjectQuery &query, bool common)
{
    if (hasText(query))
        q.bindValue(QStringLiteral(":search"), pattern(query, common));
}

} // namespace Store
