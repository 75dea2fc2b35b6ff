#include "knowledgeindexschema.h"

#include "knowledgeindex.h"

using namespace Qt::StringLiterals;

namespace Store {

namespace {

// The labels column: topics and tags, one per line.
QString labels(const char *row)
{
    return QStringLiteral("%1.topics || char(10) || %1.tags").arg(QLatin1String(row));
}

QString columns(const char *row)
{
    return QStringLiteral("%1.title, %1.summary, %1.body, ").arg(QLatin1String(row)) + labels(row);
}

} // namespace

QStringList KnowledgeIndexSchema::schema()
{
    const QString changed = u"OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary OR OLD.body IS NOT "
                            "NEW.body OR OLD.topics IS NOT NEW.topics OR OLD.tags IS NOT NEW.tags OR "
                            "OLD.deleted IS NOT NEW.deleted"_s;
    const QString add = u"INSERT INTO knowledge_fts (rowid, title, summary, body, labels) SELECT NEW.rowid, %1 "
                        "WHERE NEW.deleted = 0;"_s.arg(columns("NEW"));
    const QString remove = u"INSERT INTO knowledge_fts (knowledge_fts, rowid, title, summary, body, labels) "
                           "SELECT 'delete', OLD.rowid, %1 WHERE OLD.deleted = 0;"_s.arg(columns("OLD"));
    return {
        // The texts the index holds, as it holds them: live items only.
        u"CREATE VIEW knowledge_fts_source AS SELECT k.rowid AS item_rowid, k.title AS title, k.summary AS summary, "
        "k.body AS body, %1 AS labels FROM knowledge_item k WHERE k.deleted = 0"_s.arg(labels("k")),
        u"CREATE VIRTUAL TABLE knowledge_fts USING fts5(title, summary, body, labels, "
        "content = 'knowledge_fts_source', content_rowid = 'item_rowid', tokenize = 'regie_dutch')"_s,
        u"INSERT INTO knowledge_fts (knowledge_fts, rank) VALUES ('rank', 'bm25(%1, %2, %3, %4)')"_s
            .arg(KnowledgeIndex::TitleWeight)
            .arg(KnowledgeIndex::SummaryWeight)
            .arg(KnowledgeIndex::BodyWeight)
            .arg(KnowledgeIndex::LabelWeight),
        u"INSERT INTO knowledge_fts (knowledge_fts) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER knowledge_fts_insert AFTER INSERT ON knowledge_item BEGIN %1 END"_s.arg(add),
        u"CREATE TRIGGER knowledge_fts_update AFTER UPDATE ON knowledge_item WHEN %1 BEGIN %2 %3 END"_s.arg(
            changed, remove, add),
        u"CREATE TRIGGER knowledge_fts_delete AFTER DELETE ON knowledge_item BEGIN %1 END"_s.arg(remove),
    };
}

namespace {

// The texts of an item's live attachments (step 12), one per line after
// its body: what the index holds as the body column.
QString attachedText(const QString &itemId, const QString &without = u"NULL"_s)
{
    return u"coalesce((SELECT char(10) || group_concat(t.body, char(10) ORDER BY a.created_at, a.id) "
           "FROM knowledge_attachment a JOIN attachment_text t ON t.sha256 = a.sha256 "
           "WHERE a.item_id = %1 AND a.deleted = 0 AND t.status = 'text' AND a.id IS NOT %2), '')"_s.arg(itemId,
                                                                                                     without);
}

// Takes the items @p items picks (SQL over knowledge_item k giving rowids)
// out of the index, or puts them in again, as the view shows them now.
QString reindex(const QString &items, bool remove)
{
    return remove ? u"INSERT INTO knowledge_fts (knowledge_fts, rowid, title, summary, body, labels) SELECT 'delete', "
                    "s.item_rowid, s.title, s.summary, s.body, s.labels FROM knowledge_fts_source s "
                    "WHERE s.item_rowid IN (%1);"_s.arg(items)
                  : u"INSERT INTO knowledge_fts (rowid, title, summary, body, labels) SELECT s.item_rowid, s.title, "
                    "s.summary, s.body, s.labels FROM knowledge_fts_source s WHERE s.item_rowid IN (%1);"_s.arg(items);
}

} // namespace

QStringList KnowledgeIndexSchema::attachmentSchema()
{
    const QString newBody = u"NEW.body || "_s + attachedText(u"NEW.id"_s);
    const QString oldBody = u"OLD.body || "_s + attachedText(u"OLD.id"_s);
    const QString labelsOf = u"%1.topics || char(10) || %1.tags"_s;
    const QString add = u"INSERT INTO knowledge_fts (rowid, title, summary, body, labels) SELECT NEW.rowid, NEW.title, "
                        "NEW.summary, %1, %2 WHERE NEW.deleted = 0;"_s.arg(newBody, labelsOf.arg(u"NEW"_s));
    const QString remove = u"INSERT INTO knowledge_fts (knowledge_fts, rowid, title, summary, body, labels) "
                           "SELECT 'delete', OLD.rowid, OLD.title, OLD.summary, %1, %2 WHERE OLD.deleted = 0;"_s.arg(
                               oldBody, labelsOf.arg(u"OLD"_s));
    const QString changed = u"OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary OR OLD.body IS NOT "
                            "NEW.body OR OLD.topics IS NOT NEW.topics OR OLD.tags IS NOT NEW.tags OR "
                            "OLD.deleted IS NOT NEW.deleted"_s;
    // The items an attachment row belongs to, and those a text's content is attached to.
    const auto itemsOf = [](const QString &row) {
        return u"SELECT k.rowid FROM knowledge_item k WHERE k.id = %1.item_id"_s.arg(row);
    };
    const auto itemsWith = [](const QString &row) {
        return u"SELECT k.rowid FROM knowledge_item k JOIN knowledge_attachment a ON a.item_id = k.id "
               "WHERE a.sha256 = %1.sha256 AND a.deleted = 0"_s.arg(row);
    };
    const auto hasText = [](const QString &row) {
        return u"EXISTS (SELECT 1 FROM attachment_text t WHERE t.sha256 = %1.sha256 AND t.status = 'text')"_s.arg(row);
    };
    const QString attachmentMoved = u"(OLD.deleted IS NOT NEW.deleted OR OLD.item_id IS NOT NEW.item_id OR "
                                    "OLD.sha256 IS NOT NEW.sha256 OR OLD.created_at IS NOT NEW.created_at) AND (%1 OR %2)"_s
                                        .arg(hasText(u"OLD"_s), hasText(u"NEW"_s));
    const QString bothItems = u"SELECT k.rowid FROM knowledge_item k WHERE k.id IN (OLD.item_id, NEW.item_id)"_s;
    const QString textChanged = u"OLD.status IS NOT NEW.status OR OLD.body IS NOT NEW.body OR OLD.sha256 IS NOT NEW.sha256"_s;
    const QString textItems = itemsWith(u"OLD"_s) + u" UNION "_s + itemsWith(u"NEW"_s);
    return {
        u"CREATE TABLE attachment_text (sha256 TEXT PRIMARY KEY NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('text', 'no_text')),"
        " body TEXT NOT NULL DEFAULT '',"
        " extracted_at TEXT NOT NULL) WITHOUT ROWID"_s,
        u"DROP TRIGGER knowledge_fts_insert"_s,
        u"DROP TRIGGER knowledge_fts_update"_s,
        u"DROP TRIGGER knowledge_fts_delete"_s,
        u"DROP VIEW knowledge_fts_source"_s,
        u"CREATE VIEW knowledge_fts_source AS SELECT k.rowid AS item_rowid, k.title AS title, k.summary AS summary, "
        "k.body || %1 AS body, %2 AS labels FROM knowledge_item k WHERE k.deleted = 0"_s.arg(attachedText(u"k.id"_s),
                                                                                           labels("k")),
        u"CREATE TRIGGER knowledge_fts_insert AFTER INSERT ON knowledge_item BEGIN %1 END"_s.arg(add),
        u"CREATE TRIGGER knowledge_fts_update AFTER UPDATE ON knowledge_item WHEN %1 BEGIN %2 %3 END"_s.arg(
            changed, remove, add),
        u"CREATE TRIGGER knowledge_fts_delete AFTER DELETE ON knowledge_item BEGIN %1 END"_s.arg(remove),
        // An attachment with text joins or leaves its item's body: out before, in after.
        // A new one is taken out with the body it did not have yet, after
        // the insert: a BEFORE INSERT trigger would also fire for an upsert
        // (the sync's) that turns into an update.
        u"CREATE TRIGGER attachment_fts_insert AFTER INSERT ON knowledge_attachment WHEN %1 BEGIN "
        "INSERT INTO knowledge_fts (knowledge_fts, rowid, title, summary, body, labels) SELECT 'delete', k.rowid, "
        "k.title, k.summary, k.body || %2, %3 FROM knowledge_item k WHERE k.id = NEW.item_id AND k.deleted = 0; %4 END"_s
            .arg(hasText(u"NEW"_s), attachedText(u"k.id"_s, u"NEW.id"_s), labels("k"), reindex(itemsOf(u"NEW"_s), false)),
        u"CREATE TRIGGER attachment_fts_update_before BEFORE UPDATE ON knowledge_attachment WHEN %1 BEGIN %2 END"_s.arg(
            attachmentMoved, reindex(bothItems, true)),
        u"CREATE TRIGGER attachment_fts_update_after AFTER UPDATE ON knowledge_attachment WHEN %1 BEGIN %2 END"_s.arg(
            attachmentMoved, reindex(bothItems, false)),
        u"CREATE TRIGGER attachment_fts_delete_before BEFORE DELETE ON knowledge_attachment WHEN %1 BEGIN %2 END"_s.arg(
            hasText(u"OLD"_s), reindex(itemsOf(u"OLD"_s), true)),
        u"CREATE TRIGGER attachment_fts_delete_after AFTER DELETE ON knowledge_attachment WHEN %1 BEGIN %2 END"_s.arg(
            hasText(u"OLD"_s), reindex(itemsOf(u"OLD"_s), false)),
        // A text read (or read again) changes the body of every item its content is attached to.
        u"CREATE TRIGGER attachment_text_insert_before BEFORE INSERT ON attachment_text BEGIN %1 END"_s.arg(
            reindex(itemsWith(u"NEW"_s), true)),
        u"CREATE TRIGGER attachment_text_insert_after AFTER INSERT ON attachment_text BEGIN %1 END"_s.arg(
            reindex(itemsWith(u"NEW"_s), false)),
        u"CREATE TRIGGER attachment_text_update_before BEFORE UPDATE ON attachment_text WHEN %1 BEGIN %2 END"_s.arg(
            textChanged, reindex(textItems, true)),
        u"CREATE TRIGGER attachment_text_update_after AFTER UPDATE ON attachment_text WHEN %1 BEGIN %2 END"_s.arg(
            textChanged, reindex(textItems, false)),
        u"CREATE TRIGGER attachment_text_delete_before BEFORE DELETE ON attachment_text BEGIN %1 END"_s.arg(
            reindex(itemsWith(u"OLD"_s), true)),
        u"CREATE TRIGGER attachment_text_delete_after AFTER DELETE ON attachment_text BEGIN %1 END"_s.arg(
            reindex(itemsWith(u"OLD"_s), false)),
    };
}

QStringList KnowledgeIndexSchema::headSchema()
{
    const QString head = u"%1.title, %1.summary, "_s + labels("%1");
    const QString changed = u"OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary OR OLD.topics IS NOT "
                            "NEW.topics OR OLD.tags IS NOT NEW.tags OR OLD.deleted IS NOT NEW.deleted"_s;
    const QString add = u"INSERT INTO knowledge_fts_head (rowid, title, summary, labels) SELECT NEW.rowid, %1 "
                        "WHERE NEW.deleted = 0;"_s.arg(head.arg(u"NEW"_s));
    const QString remove = u"INSERT INTO knowledge_fts_head (knowledge_fts_head, rowid, title, summary, labels) "
                           "SELECT 'delete', OLD.rowid, %1 WHERE OLD.deleted = 0;"_s.arg(head.arg(u"OLD"_s));
    return {
        u"CREATE VIEW knowledge_fts_head_source AS SELECT k.rowid AS item_rowid, k.title AS title, "
        "k.summary AS summary, %1 AS labels FROM knowledge_item k WHERE k.deleted = 0"_s.arg(labels("k")),
        u"CREATE VIRTUAL TABLE knowledge_fts_head USING fts5(title, summary, labels, "
        "content = 'knowledge_fts_head_source', content_rowid = 'item_rowid', tokenize = 'regie_dutch')"_s,
        u"INSERT INTO knowledge_fts_head (knowledge_fts_head, rank) VALUES ('rank', 'bm25(%1, %2, %3)')"_s
            .arg(KnowledgeIndex::TitleWeight)
            .arg(KnowledgeIndex::SummaryWeight)
            .arg(KnowledgeIndex::LabelWeight),
        u"CREATE VIRTUAL TABLE knowledge_fts_head_vocab USING fts5vocab(knowledge_fts_head, row)"_s,
        u"INSERT INTO knowledge_fts_head (knowledge_fts_head) VALUES ('rebuild')"_s,
        u"INSERT INTO knowledge_fts (knowledge_fts) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER knowledge_fts_head_insert AFTER INSERT ON knowledge_item BEGIN %1 END"_s.arg(add),
        u"CREATE TRIGGER knowledge_fts_head_update AFTER UPDATE ON knowledge_item WHEN %1 BEGIN %2 %3 END"_s.arg(
            changed, remove, add),
        u"CREATE TRIGGER knowledge_fts_head_delete AFTER DELETE ON knowledge_item BEGIN %1 END"_s.arg(remove),
    };
}

} // namespace Store
