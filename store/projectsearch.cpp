#include "projectsearch.h"

#include "model/text.h"
#include "model/types.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

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

// The folded texts of the projects @p which selects from `project p`: name
// and slogan (search_key, as the list always matched them), the current
// regie, ambition and purpose, one per line. Folded texts hold no line breaks
// (sortKey() simplifies white space), so no match runs from one into the next.
QString projectRows(const QString &which)
{
    return QStringLiteral(
               "INSERT INTO search_text (owner, project_id, body) SELECT p.id, p.id, p.search_key || char(10) || "
               "coalesce((SELECT o.name_key FROM participation l JOIN organisation o ON o.id = l.organisation_id "
               "WHERE l.project_id = p.id AND l.role = 'lead' AND l.left_on IS NULL AND l.deleted = 0), '') "
               "|| char(10) || regie_fold(p.ambition) || char(10) || regie_fold(p.purpose) "
               "FROM project p WHERE p.deleted = 0 AND %1;")
        .arg(which);
}

// Statements that make the rows of the projects whose ids @p ids lists anew.
QString refreshProjects(const QString &ids)
{
    return QStringLiteral("DELETE FROM search_text WHERE owner IN (%1); ").arg(ids)
        + projectRows(QStringLiteral("p.id IN (%1)").arg(ids));
}

// The row of one goal or milestone (the trigger's NEW row), made anew.
QString refreshItem()
{
    return QStringLiteral("DELETE FROM search_text WHERE owner = NEW.id; "
                          "INSERT INTO search_text (owner, project_id, body) "
                          "SELECT NEW.id, NEW.project_id, regie_fold(NEW.title) WHERE NEW.deleted = 0;");
}

QString currentLeadOf(const QString &organisation)
{
    return QStringLiteral("SELECT project_id FROM participation WHERE organisation_id = %1 AND role = 'lead' "
                          "AND left_on IS NULL AND deleted = 0")
        .arg(organisation);
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
    const QString item = refreshItem();
    QStringList s = {
        // One row per live project, goal and milestone; owner is its id.
        QStringLiteral("CREATE TABLE search_text (id INTEGER PRIMARY KEY, owner TEXT NOT NULL UNIQUE, "
                       "project_id TEXT NOT NULL, body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX search_text_project ON search_text (project_id)"),
        // The texts are folded already: the tokenizer keeps them as they are.
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(body, content = 'search_text', "
                       "content_rowid = 'id', tokenize = 'trigram case_sensitive 1')"),
        projectRows(QStringLiteral("1")).chopped(1),
        QStringLiteral("INSERT INTO search_text (owner, project_id, body) "
                       "SELECT id, project_id, regie_fold(title) FROM goal WHERE deleted = 0"),
        QStringLiteral("INSERT INTO search_text (owner, project_id, body) "
                       "SELECT id, project_id, regie_fold(title) FROM milestone WHERE deleted = 0"),
        QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')"),
        // The index follows its texts.
        QStringLiteral("CREATE TRIGGER search_text_insert AFTER INSERT ON search_text BEGIN "
                       "INSERT INTO search_index (rowid, body) VALUES (NEW.id, NEW.body); END"),
        QStringLiteral("CREATE TRIGGER search_text_delete AFTER DELETE ON search_text BEGIN "
                       "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', OLD.id, OLD.body); END"),
        QStringLiteral("CREATE TRIGGER search_text_update AFTER UPDATE ON search_text BEGIN "
                       "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', OLD.id, OLD.body); "
                       "INSERT INTO search_index (rowid, body) VALUES (NEW.id, NEW.body); END"),
        // The texts follow the rows they come from, whoever writes them.
        QStringLiteral("CREATE TRIGGER search_project_insert AFTER INSERT ON project BEGIN %1 END")
            .arg(refreshProjects(QStringLiteral("NEW.id"))),
        QStringLiteral("CREATE TRIGGER search_project_update AFTER UPDATE ON project WHEN "
                       "OLD.search_key IS NOT NEW.search_key OR OLD.ambition IS NOT NEW.ambition OR "
                       "OLD.purpose IS NOT NEW.purpose OR OLD.deleted IS NOT NEW.deleted BEGIN %1 END")
            .arg(refreshProjects(QStringLiteral("NEW.id"))),
        QStringLiteral("CREATE TRIGGER search_project_delete AFTER DELETE ON project BEGIN "
                       "DELETE FROM search_text WHERE owner = OLD.id; END"),
        // The regie: a lead came, went or changed.
        QStringLiteral("CREATE TRIGGER search_lead_insert AFTER INSERT ON participation WHEN NEW.role = 'lead' "
                       "BEGIN %1 END")
            .arg(refreshProjects(QStringLiteral("NEW.project_id"))),
        QStringLiteral("CREATE TRIGGER search_lead_update AFTER UPDATE ON participation WHEN "
                       "(OLD.role = 'lead' OR NEW.role = 'lead') AND (OLD.role IS NOT NEW.role OR "
                       "OLD.left_on IS NOT NEW.left_on OR OLD.deleted IS NOT NEW.deleted OR "
                       "OLD.organisation_id IS NOT NEW.organisation_id OR OLD.project_id IS NOT NEW.project_id) "
                       "BEGIN %1 %2 END")
            .arg(refreshProjects(QStringLiteral("OLD.project_id")), refreshProjects(QStringLiteral("NEW.project_id"))),
        QStringLiteral("CREATE TRIGGER search_lead_delete AFTER DELETE ON participation WHEN OLD.role = 'lead' "
                       "BEGIN %1 END")
            .arg(refreshProjects(QStringLiteral("OLD.project_id"))),
        QStringLiteral("CREATE TRIGGER search_regie_rename AFTER UPDATE ON organisation WHEN "
                       "OLD.name_key IS NOT NEW.name_key BEGIN %1 END")
            .arg(refreshProjects(currentLeadOf(QStringLiteral("NEW.id")))),
    };
    for (const QLatin1String table : {QLatin1String("goal"), QLatin1String("milestone")}) {
        s << QStringLiteral("CREATE TRIGGER search_%1_insert AFTER INSERT ON %1 BEGIN %2 END").arg(table, item)
          << QStringLiteral("CREATE TRIGGER search_%1_update AFTER UPDATE ON %1 WHEN OLD.title IS NOT NEW.title OR "
                            "OLD.deleted IS NOT NEW.deleted OR OLD.project_id IS NOT NEW.project_id BEGIN %2 END")
                 .arg(table, item)
          << QStringLiteral("CREATE TRIGGER search_%1_delete AFTER DELETE ON %1 BEGIN "
                            "DELETE FROM search_text WHERE owner = OLD.id; END")
                 .arg(table);
    }
    return s;
}

QString ProjectSearch::filter(const Model::ProjectQuery &query)
{
    if (!hasText(query))
        return {};
    if (indexed(Model::sortKey(query.text)))
        return QStringLiteral(" AND p.id IN (SELECT s.project_id FROM search_text s WHERE s.id IN "
                              "(SELECT rowid FROM search_index WHERE search_index MATCH :search))");
    return scanFilter();
}

QString ProjectSearch::scanFilter()
{
    return QStringLiteral(" AND p.id IN (SELECT project_id FROM search_text WHERE body LIKE :search ESCAPE '\\')");
}

QString ProjectSearch::pattern(const Model::ProjectQuery &query)
{
    const QString key = Model::sortKey(query.text);
    return indexed(key) ? matchPattern(key) : likeOf(key);
}

QString ProjectSearch::likePattern(const Model::ProjectQuery &query)
{
    return likeOf(Model::sortKey(query.text));
}

void ProjectSearch::bind(QSqlQuery &q, const Model::ProjectQuery &query)
{
    if (hasText(query))
        q.bindValue(QStringLiteral(":search"), pattern(query));
}

} // namespace Store
