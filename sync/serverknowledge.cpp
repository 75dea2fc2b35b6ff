#include "serverknowledge.h"

#include "serverschema.h"
#include "serversteps.h"
#include "servertrust.h"
#include "serverwrites.h"

#include "model/knowledgenames.h"
#include "model/knowledgevalidation.h"
#include "model/synctables.h"

namespace Sync::ServerKnowledge {

namespace {

// The rules the local store also keeps, the indexes the policies and the
// laptops' questions use, and the search's text configuration: Dutch
// stemming over unaccented words, so that "financiele" finds "financiële"
// and a snippet still marks the accented word.
const char *const Tables = R"sql(
CREATE EXTENSION IF NOT EXISTS unaccent
--
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'regie_dutch_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION regie_dutch_unaccent (COPY = pg_catalog.dutch);
    ALTER TEXT SEARCH CONFIGURATION regie_dutch_unaccent
      ALTER MAPPING FOR hword, hword_part, word, asciihword, hword_asciipart, asciiword WITH unaccent, dutch_stem;
  END IF;
END $$
--
ALTER TABLE knowledge_item ALTER COLUMN organisation_id SET NOT NULL,
  ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  ADD FOREIGN KEY (author_id) REFERENCES person (id),
  ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (question_id) REFERENCES knowledge_item (id),
  ADD FOREIGN KEY (helped_answer_id) REFERENCES knowledge_item (id),
  ADD CHECK (kind IN (@KINDS@)),
  ADD CHECK (status IN (@STATUSES@)),
  ADD CHECK (visibility IN (@VISIBILITIES@)),
  ADD CHECK (length(btrim(title)) > 0 AND length(title) <= @TITLE@),
  ADD CHECK (length(summary) <= @SUMMARY@ AND length(body) <= @BODY@),
  ADD CHECK ((kind = 'answer') = (question_id IS NOT NULL)),
  ADD CHECK (helped_answer_id IS NULL OR kind = 'question'),
  ADD CHECK (visibility <> 'partners' OR project_id IS NOT NULL)
--
ALTER TABLE knowledge_item ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('regie_dutch_unaccent'::regconfig, title), 'A')
  || setweight(to_tsvector('regie_dutch_unaccent'::regconfig, summary), 'B')
  || setweight(to_tsvector('regie_dutch_unaccent'::regconfig, body), 'C')) STORED
--
CREATE INDEX knowledge_item_search ON knowledge_item USING gin (search_vector)
--
CREATE INDEX knowledge_item_organisation ON knowledge_item (organisation_id)
--
CREATE INDEX knowledge_item_project ON knowledge_item (project_id) WHERE project_id IS NOT NULL
--
CREATE INDEX knowledge_item_question ON knowledge_item (question_id) WHERE question_id IS NOT NULL
--
ALTER TABLE knowledge_version ALTER COLUMN item_id SET NOT NULL, ALTER COLUMN revision SET NOT NULL,
  ADD FOREIGN KEY (item_id) REFERENCES knowledge_item (id),
  ADD CHECK (revision >= 1 AND revision = trunc(revision)),
  ADD CHECK (status IN (@STATUSES@)),
  ADD CHECK (visibility IN (@VISIBILITIES@)),
  ADD CHECK (length(title) <= @TITLE@ AND length(summary) <= @SUMMARY@ AND length(body) <= @BODY@)
--
CREATE UNIQUE INDEX knowledge_version_revision ON knowledge_version (item_id, revision)
--
ALTER TABLE reuse ALTER COLUMN item_id SET NOT NULL, ALTER COLUMN organisation_id SET NOT NULL,
  ALTER COLUMN reused_on SET NOT NULL,
  ADD FOREIGN KEY (item_id) REFERENCES knowledge_item (id),
  ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  ADD FOREIGN KEY (person_id) REFERENCES person (id),
  ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD CHECK (status IN (@REUSE@)),
  ADD CHECK (reason IN (@REASONS@)),
  ADD CHECK (length(note) <= @NOTE@ AND length(outcome) <= @NOTE@)
--
CREATE INDEX reuse_item ON reuse (item_id)
--
CREATE INDEX reuse_organisation ON reuse (organisation_id)
--
UPDATE regie_sync_column SET max_length = @BODY@ WHERE tbl IN ('knowledge_item', 'knowledge_version') AND col = 'body'
)sql";

// Who may read: the item's own organisation always (its drafts too); once
// it is no draft, everyone for 'everyone', and for 'partners' the
// organisations that take part in its source project. Versions and reuse
// records follow their item.
const char *const Reading = R"sql(
ALTER TABLE knowledge_item ENABLE ROW LEVEL SECURITY
--
ALTER TABLE knowledge_version ENABLE ROW LEVEL SECURITY
--
ALTER TABLE reuse ENABLE ROW LEVEL SECURITY
--
CREATE POLICY knowledge_item_read ON knowledge_item FOR SELECT TO regie_users USING (
  organisation_id = (SELECT regie_my_org())
  OR (status <> 'draft' AND (visibility = 'everyone'
      OR (visibility = 'partners'
          AND EXISTS (SELECT 1 FROM regie_my_projects v WHERE v.project_id = knowledge_item.project_id OFFSET 0)))))
--
CREATE POLICY knowledge_version_read ON knowledge_version FOR SELECT TO regie_users
  USING (EXISTS (SELECT 1 FROM knowledge_item i WHERE i.id = knowledge_version.item_id OFFSET 0))
--
CREATE POLICY reuse_read ON reuse FOR SELECT TO regie_users
  USING (EXISTS (SELECT 1 FROM knowledge_item i WHERE i.id = reuse.item_id OFFSET 0))
--
-- The same rules for the push and the search, which run as the owner.
CREATE FUNCTION regie_item_readable(org uuid, vis text, st text, proj uuid) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce(org = regie_my_org(), false)
      OR (st <> 'draft' AND (vis = 'everyone'
          OR (vis = 'partners' AND EXISTS (SELECT 1 FROM regie_visible v WHERE v.project_id = proj
                                            AND v.organisation_id = regie_my_org()))))
$$
--
CREATE FUNCTION regie_item_id_readable(item uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT coalesce((SELECT regie_item_readable(i.organisation_id, i.visibility, i.status, i.project_id)
                     FROM knowledge_item i WHERE i.id = item), false)
$$
)sql";

// What regie_check_write() asks of a knowledge row: @p cur as the server
// has it (NULL for an insert), @p nrow as it would be.
const char *const Writing = R"sql(
CREATE FUNCTION regie_check_knowledge(target text, cur jsonb, nrow jsonb) RETURNS void LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp AS $$
DECLARE
  org uuid := regie_my_org();
  me uuid := regie_my_person();
  rid uuid := regie_uuid(nrow->>'id');
  o uuid := regie_uuid(nrow->>'organisation_id');
  p uuid := regie_uuid(nrow->>'project_id');
  q uuid;
  item knowledge_item;
  top double precision;
BEGIN
  IF regie_my_role() IS DISTINCT FROM 'lead' AND regie_my_role() IS DISTINCT FROM 'member' THEN
    PERFORM regie_refuse('regie: only leads and members write in the knowledge base');
  END IF;
  IF target = 'knowledge_item' THEN
    IF cur IS NOT NULL AND (nrow->'organisation_id') IS DISTINCT FROM (cur->'organisation_id') THEN
      PERFORM regie_refuse('regie: a knowledge item stays with its organisation');
    END IF;
    IF o IS DISTINCT FROM org THEN
      PERFORM regie_refuse('regie: a knowledge item is written by its own organisation');
    END IF;
    IF cur IS NOT NULL AND ((nrow->'question_id') IS DISTINCT FROM (cur->'question_id')
                            OR (nrow->'kind') IS DISTINCT FROM (cur->'kind'))
       AND (cur->>'kind' IN ('question', 'answer') OR nrow->>'kind' IN ('question', 'answer')) THEN
      PERFORM regie_refuse('regie: a question stays a question and an answer stays with its question');
    END IF;
    IF nrow->>'kind' = 'answer' THEN
      q := regie_uuid(nrow->>'question_id');
      IF cur IS NULL AND NOT EXISTS (SELECT 1 FROM knowledge_item x WHERE x.id = q AND x.kind = 'question'
                                      AND NOT x.deleted AND regie_item_readable(x.organisation_id, x.visibility,
                                                                                x.status, x.project_id)) THEN
        PERFORM regie_refuse('regie: an answer answers a question you may read');
      END IF;
    END IF;
    IF nrow->>'helped_answer_id' IS NOT NULL
       AND (cur IS NULL OR (nrow->'helped_answer_id') IS DISTINCT FROM (cur->'helped_answer_id'))
       AND (nrow->>'kind' IS DISTINCT FROM 'question'
            OR NOT EXISTS (SELECT 1 FROM knowledge_item a WHERE a.id = regie_uuid(nrow->>'helped_answer_id')
                            AND a.kind = 'answer' AND a.question_id = rid AND NOT a.deleted)) THEN
      PERFORM regie_refuse('regie: the answer that helped is an answer to this question');
    END IF;
    IF nrow->>'author_id' IS NOT NULL AND (cur IS NULL OR (nrow->'author_id') IS DISTINCT FROM (cur->'author_id'))
       AND NOT EXISTS (SELECT 1 FROM person x WHERE x.id = regie_uuid(nrow->>'author_id') AND x.organisation_id = org) THEN
      PERFORM regie_refuse('regie: the author of a knowledge item works for its organisation');
    END IF;
    -- A source project, and the partners it shows the item to, are the
    -- organisation's own: asked when they change, so an item stays editable.
    IF p IS NOT NULL AND (cur IS NULL OR (nrow->'project_id') IS DISTINCT FROM (cur->'project_id')
                          OR (nrow->'visibility') IS DISTINCT FROM (cur->'visibility'))
       AND NOT EXISTS (SELECT 1 FROM participation l WHERE l.project_id = p AND l.organisation_id = org
                        AND NOT l.deleted AND (l.left_on IS NULL OR nrow->>'visibility' <> 'partners')) THEN
      PERFORM regie_refuse('regie: a knowledge item comes from a project its organisation takes part in');
    END IF;
  ELSIF target = 'knowledge_version' THEN
    IF cur IS NOT NULL THEN
      PERFORM regie_refuse('regie: a kept version of a knowledge item is never changed');
    END IF;
    SELECT * INTO item FROM knowledge_item x WHERE x.id = regie_uuid(nrow->>'item_id');
    IF NOT FOUND OR item.organisation_id IS DISTINCT FROM org THEN
      PERFORM regie_refuse('regie: versions are kept of your own organisation''s knowledge items');
    END IF;
    SELECT max(v.revision) INTO top FROM knowledge_version v WHERE v.item_id = item.id;
    IF jsonb_typeof(nrow->'revision') IS DISTINCT FROM 'number' OR (nrow->>'revision')::double precision <= coalesce(top, 0) THEN
      PERFORM regie_refuse('regie: a new version of a knowledge item comes after the ones kept');
    END IF;
  ELSE
    IF cur IS NOT NULL AND ((nrow->'organisation_id') IS DISTINCT FROM (cur->'organisation_id')
                            OR (nrow->'item_id') IS DISTINCT FROM (cur->'item_id')) THEN
      PERFORM regie_refuse('regie: a reuse record stays with its item and organisation');
    END IF;
    IF o IS DISTINCT FROM org THEN
      PERFORM regie_refuse('regie: reuse is recorded by the organisation that reuses');
    END IF;
    IF cur IS NULL AND NOT regie_item_id_readable(regie_uuid(nrow->>'item_id')) THEN
      PERFORM regie_refuse('regie: reuse is recorded of a knowledge item you may read');
    END IF;
    IF p IS NOT NULL AND (cur IS NULL OR (nrow->'project_id') IS DISTINCT FROM (cur->'project_id'))
       AND NOT EXISTS (SELECT 1 FROM participation l WHERE l.project_id = p AND l.organisation_id = org
                        AND NOT l.deleted) THEN
      PERFORM regie_refuse('regie: reuse is recorded in a project of your own organisation');
    END IF;
    IF nrow->>'person_id' IS NOT NULL AND (cur IS NULL OR (nrow->'person_id') IS DISTINCT FROM (cur->'person_id'))
       AND regie_uuid(nrow->>'person_id') IS DISTINCT FROM me THEN
      PERFORM regie_refuse('regie: reuse is recorded in your own name');
    END IF;
  END IF;
END $$
)sql";

// The search runs as the owner, whom row-level security does not hold, so
// that `@@` can use the GIN index; the read rules are in its WHERE clause.
// Snippets are escaped for rich text; only the marks are tags.
const char *const Search = R"sql(
WITH s AS (SELECT websearch_to_tsquery('regie_dutch_unaccent', $1) AS q, regie_my_org() AS me),
hits AS (
  SELECT i.id, i.title, i.summary, i.body, i.kind, i.organisation_id, ts_rank(i.search_vector, s.q) AS rank, s.q
    FROM knowledge_item i, s
   WHERE i.search_vector @@ s.q AND NOT i.deleted
     AND (i.organisation_id = s.me OR (i.status <> 'draft' AND (i.visibility = 'everyone'
          OR (i.visibility = 'partners' AND EXISTS (SELECT 1 FROM regie_visible v WHERE v.project_id = i.project_id
                                                     AND v.organisation_id = s.me)))))
   ORDER BY rank DESC, i.id
   LIMIT $2)
SELECT h.id, h.title, h.rank,
       replace(replace(replace(replace(replace(replace(
         ts_headline('regie_dutch_unaccent', translate(h.summary || E'\n' || h.body, chr(2) || chr(3), ''), h.q,
                     'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=8, MaxFragments=2'),
         '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), chr(2), '<b>'), chr(3), '</b>'),
       h.kind, h.organisation_id
  FROM hits h ORDER BY h.rank DESC, h.id
)sql";

const char *const SearchFunctions = R"sql(
CREATE FUNCTION regie_search_knowledge(query text, hits integer) RETURNS TABLE (item_id uuid, title text, rank real,
  snippet text, kind text, organisation_id uuid) LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN QUERY EXECUTE @SEARCH@ USING query, least(greatest(coalesce(hits, 20), 1), 100);
END $$
--
-- The plan of the same statement as the search makes it (as the owner, for
-- the caller), for the administrator and the tests; granted to nobody.
CREATE FUNCTION regie_explain_search_knowledge(query text, hits integer) RETURNS SETOF text LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN QUERY EXECUTE 'EXPLAIN ' || @SEARCH@ USING query, least(greatest(coalesce(hits, 20), 1), 100);
END $$
)sql";

QString names(const QStringList &keys)
{
    QStringList quoted;
    for (const QString &k : keys)
        quoted << QLatin1Char('\'') + k + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

QString filled(const char *script)
{
    using namespace Model::KnowledgeNames;
    return QString::fromUtf8(script)
        .replace(QStringLiteral("@KINDS@"), names(kindKeys()))
        .replace(QStringLiteral("@STATUSES@"), names(statusKeys()))
        .replace(QStringLiteral("@VISIBILITIES@"), names(visibilityKeys()))
        .replace(QStringLiteral("@REUSE@"), names(reuseStatusKeys()))
        .replace(QStringLiteral("@REASONS@"), names(reuseReasonKeys()))
        .replace(QStringLiteral("@TITLE@"), QString::number(Model::Limits::TitleLength))
        .replace(QStringLiteral("@SUMMARY@"), QString::number(Model::KnowledgeLimits::SummaryLength))
        .replace(QStringLiteral("@BODY@"), QString::number(Model::KnowledgeLimits::BodyLength))
        .replace(QStringLiteral("@NOTE@"), QString::number(Model::KnowledgeLimits::ReuseNoteLength));
}

QStringList split(const QString &script)
{
    return ServerSchema::splitScript(script.toUtf8().constData());
}

} // namespace

QStringList grants()
{
    return {QStringLiteral(
        "DO $$ BEGIN IF to_regprocedure('regie_search_knowledge(text, integer)') IS NOT NULL THEN GRANT EXECUTE ON "
        "FUNCTION regie_search_knowledge(text, integer) TO regie_users; END IF; END $$")};
}

QString searchStatement()
{
    return QString::fromUtf8(Search).trimmed();
}

QStringList statements()
{
    const QStringList knowledge = Model::SyncSchema::knowledgeBaseTables();
    QString search = QString::fromUtf8(SearchFunctions);
    search.replace(QStringLiteral("@SEARCH@"), QStringLiteral("$q$") + searchStatement() + QStringLiteral("$q$"));
    // The stamp, the checks and the push are made again: they know the
    // knowledge tables now (who made a row, who may see and write it, and
    // answers without the search vector).
    QStringList sql = ServerSteps::syncTables(knowledge) + split(filled(Tables)) + split(QString::fromUtf8(Reading))
        + ServerTrust::stampFunction() + split(QString::fromUtf8(ServerTrust::WriteChecks))
        + split(QString::fromUtf8(Writing)) + ServerTrust::pushFunctions() + split(search);
    for (const QString &t : knowledge)
        sql << QStringLiteral("ALTER TABLE %1 ALTER COLUMN created_by_org SET NOT NULL").arg(t);
    // The tables of step 8 and before; later steps make it again with theirs.
    sql << ServerSteps::purgeFunction(Model::SyncSchema::tables(
        Model::SyncSchema::firstSyncedTables() + Model::SyncSchema::planTables() + knowledge));
    return sql;
}

} // namespace Sync::ServerKnowledge
