#include "serverattachments.h"

#include "serverschema.h"
#include "serversteps.h"
#include "servertrust.h"
#include "serverwrites.h"

#include "model/knowledgeattachment.h"
#include "model/synctables.h"

namespace Sync::ServerAttachments {

namespace {

// The rules the local store also keeps, the content's tables (row-level
// security on and no policy: only the functions below reach them), and
// reading that follows the item.
const char *const Tables = R"sql(
ALTER TABLE knowledge_attachment ALTER COLUMN item_id SET NOT NULL, ALTER COLUMN sha256 SET NOT NULL,
  ALTER COLUMN organisation_id SET NOT NULL, ALTER COLUMN byte_size SET NOT NULL,
  ADD FOREIGN KEY (item_id) REFERENCES knowledge_item (id),
  ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  ADD CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  ADD CHECK (byte_size >= 0 AND byte_size <= @MAX@ AND byte_size = trunc(byte_size)),
  ADD CHECK (length(btrim(file_name)) > 0 AND length(file_name) <= @NAME@),
  ADD CHECK (length(media_type) <= @MEDIA@),
  ADD CHECK (text_status IN ('pending', 'text', 'no_text'))
--
CREATE INDEX knowledge_attachment_item ON knowledge_attachment (item_id)
--
CREATE INDEX knowledge_attachment_sha256 ON knowledge_attachment (sha256)
--
CREATE TABLE attachment_blob (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size bigint NOT NULL CHECK (byte_size >= 0 AND byte_size <= @MAX@),
  complete boolean NOT NULL DEFAULT false,
  created_by_org uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now())
--
CREATE TABLE attachment_chunk (
  sha256 text NOT NULL REFERENCES attachment_blob (sha256) ON DELETE CASCADE,
  n integer NOT NULL CHECK (n >= 0),
  data bytea NOT NULL CHECK (length(data) <= @CHUNK@),
  PRIMARY KEY (sha256, n))
--
ALTER TABLE attachment_blob ENABLE ROW LEVEL SECURITY
--
ALTER TABLE attachment_chunk ENABLE ROW LEVEL SECURITY
--
ALTER TABLE knowledge_attachment ENABLE ROW LEVEL SECURITY
--
CREATE POLICY knowledge_attachment_read ON knowledge_attachment FOR SELECT TO regie_users
  USING (EXISTS (SELECT 1 FROM knowledge_item i WHERE i.id = knowledge_attachment.item_id OFFSET 0))
)sql";

// What regie_check_write() asks of an attachment row: @p cur as the server
// has it (NULL for an insert), @p nrow as it would be.
const char *const Writing = R"sql(
CREATE FUNCTION regie_check_attachment(cur jsonb, nrow jsonb) RETURNS void LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp AS $$
DECLARE
  org uuid := regie_my_org();
  item knowledge_item;
  hash text := nrow->>'sha256';
  size double precision;
BEGIN
  IF regie_my_role() IS DISTINCT FROM 'lead' AND regie_my_role() IS DISTINCT FROM 'member' THEN
    PERFORM regie_refuse('regie: only leads and members write in the knowledge base');
  END IF;
  IF cur IS NOT NULL AND ((nrow->'item_id') IS DISTINCT FROM (cur->'item_id')
                          OR (nrow->'sha256') IS DISTINCT FROM (cur->'sha256')
                          OR (nrow->'byte_size') IS DISTINCT FROM (cur->'byte_size')
                          OR (nrow->'organisation_id') IS DISTINCT FROM (cur->'organisation_id')) THEN
    PERFORM regie_refuse('regie: an attachment stays with its item and its content');
  END IF;
  SELECT * INTO item FROM knowledge_item x WHERE x.id = regie_uuid(nrow->>'item_id');
  IF NOT FOUND OR item.organisation_id IS DISTINCT FROM org OR regie_uuid(nrow->>'organisation_id') IS DISTINCT FROM org THEN
    PERFORM regie_refuse('regie: files are attached by the organisation of the knowledge item');
  END IF;
  IF hash IS NULL OR hash !~ '^[0-9a-f]{64}$' THEN
    PERFORM regie_refuse('regie: an attachment is named by its SHA-256 in 64 lowercase hex digits');
  END IF;
  IF jsonb_typeof(nrow->'byte_size') IS DISTINCT FROM 'number' THEN
    PERFORM regie_refuse('regie: an attachment says how large it is');
  END IF;
  size := (nrow->>'byte_size')::double precision;
  IF size < 0 OR size > @MAX@ OR size <> trunc(size) THEN
    PERFORM regie_refuse('regie: an attachment is at most @MAX@ bytes');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM attachment_blob b WHERE b.sha256 = hash AND b.complete AND b.byte_size = size) THEN
    PERFORM regie_refuse('regie: the attachment''s content is not on the server (yet)');
  END IF;
END $$
--
-- What the server holds of a content: NULL, or its size, whether it is
-- whole, and which chunks it has (so an upload resumes where it stopped).
CREATE FUNCTION regie_blob_state(hash text) RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF regie_my_role() IS DISTINCT FROM 'lead' AND regie_my_role() IS DISTINCT FROM 'member' THEN
    PERFORM regie_refuse('regie: only leads and members write in the knowledge base');
  END IF;
  IF hash IS NULL OR hash !~ '^[0-9a-f]{64}$' THEN
    PERFORM regie_refuse('regie: an attachment is named by its SHA-256 in 64 lowercase hex digits');
  END IF;
  RETURN (SELECT jsonb_build_object('byte_size', b.byte_size, 'complete', b.complete, 'chunks',
                 CASE WHEN b.complete THEN '[]'::jsonb ELSE coalesce((SELECT jsonb_agg(c.n ORDER BY c.n)
                   FROM attachment_chunk c WHERE c.sha256 = b.sha256), '[]'::jsonb) END)
            FROM attachment_blob b WHERE b.sha256 = hash);
END $$
--
-- Keeps chunk @p part of the content @p hash of @p total bytes. Every chunk
-- but the last is whole; a chunk sent again replaces the one kept. A
-- content already whole is left alone.
CREATE FUNCTION regie_put_chunk(hash text, total bigint, part integer, bytes bytea) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  top integer;
  b attachment_blob;
BEGIN
  IF regie_my_role() IS DISTINCT FROM 'lead' AND regie_my_role() IS DISTINCT FROM 'member' THEN
    PERFORM regie_refuse('regie: only leads and members write in the knowledge base');
  END IF;
  IF hash IS NULL OR hash !~ '^[0-9a-f]{64}$' THEN
    PERFORM regie_refuse('regie: an attachment is named by its SHA-256 in 64 lowercase hex digits');
  END IF;
  IF total IS NULL OR total < 0 OR total > @MAX@ THEN
    PERFORM regie_refuse('regie: an attachment is at most @MAX@ bytes');
  END IF;
  top := greatest(((total + @CHUNK@ - 1) / @CHUNK@)::integer - 1, 0);
  IF part IS NULL OR part < 0 OR part > top OR bytes IS NULL
     OR length(bytes) <> (CASE WHEN part = top THEN total - part::bigint * @CHUNK@ ELSE @CHUNK@ END) THEN
    PERFORM regie_refuse('regie: a chunk of an attachment has the wrong place or size');
  END IF;
  INSERT INTO attachment_blob (sha256, byte_size, created_by_org) VALUES (hash, total, regie_my_org())
    ON CONFLICT (sha256) DO NOTHING;
  SELECT * INTO b FROM attachment_blob x WHERE x.sha256 = hash FOR UPDATE;
  IF b.byte_size <> total THEN
    PERFORM regie_refuse('regie: this content was sent before with another size');
  END IF;
  IF b.complete THEN
    RETURN;
  END IF;
  INSERT INTO attachment_chunk (sha256, n, data) VALUES (hash, part, bytes)
    ON CONFLICT (sha256, n) DO UPDATE SET data = excluded.data;
END $$
--
-- Checks the content @p hash: 'complete' when its chunks are all there and
-- hash to it (it is usable from now on), 'missing' while chunks lack,
-- 'mismatch' when they do not hash to it (they are thrown away: send again).
CREATE FUNCTION regie_finish_blob(hash text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  b attachment_blob;
  expected integer;
  have integer;
BEGIN
  IF regie_my_role() IS DISTINCT FROM 'lead' AND regie_my_role() IS DISTINCT FROM 'member' THEN
    PERFORM regie_refuse('regie: only leads and members write in the knowledge base');
  END IF;
  SELECT * INTO b FROM attachment_blob x WHERE x.sha256 = hash FOR UPDATE;
  IF NOT FOUND THEN
    RETURN 'missing';
  END IF;
  IF b.complete THEN
    RETURN 'complete';
  END IF;
  expected := greatest(((b.byte_size + @CHUNK@ - 1) / @CHUNK@)::integer, 1);
  SELECT count(*) INTO have FROM attachment_chunk c WHERE c.sha256 = hash AND c.n < expected;
  IF have < expected THEN
    RETURN 'missing';
  END IF;
  IF encode(sha256(coalesce((SELECT string_agg(c.data, ''::bytea ORDER BY c.n) FROM attachment_chunk c
                              WHERE c.sha256 = hash AND c.n < expected), ''::bytea)), 'hex') <> hash THEN
    DELETE FROM attachment_chunk c WHERE c.sha256 = hash;
    RETURN 'mismatch';
  END IF;
  UPDATE attachment_blob x SET complete = true WHERE x.sha256 = hash;
  RETURN 'complete';
END $$
--
-- Chunk @p part of a whole content, for someone who may read a live item it
-- is attached to; NULL past its end.
CREATE FUNCTION regie_get_chunk(hash text, part integer) RETURNS bytea LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM knowledge_attachment a JOIN knowledge_item i ON i.id = a.item_id
                  WHERE a.sha256 = hash AND NOT a.deleted AND NOT i.deleted
                    AND regie_item_readable(i.organisation_id, i.visibility, i.status, i.project_id)) THEN
    PERFORM regie_refuse('regie: you may not read this attachment');
  END IF;
  RETURN (SELECT c.data FROM attachment_chunk c JOIN attachment_blob b ON b.sha256 = c.sha256
           WHERE c.sha256 = hash AND c.n = part AND b.complete);
END $$
)sql";

QString filled(const char *script)
{
    using namespace Model::AttachmentLimits;
    return QString::fromUtf8(script)
        .replace(QStringLiteral("@MAX@"), QString::number(MaxBytes))
        .replace(QStringLiteral("@CHUNK@"), QString::number(ChunkBytes))
        .replace(QStringLiteral("@NAME@"), QString::number(FileNameLength))
        .replace(QStringLiteral("@MEDIA@"), QString::number(MediaTypeLength));
}

QStringList split(const QString &script)
{
    return ServerSchema::splitScript(script.toUtf8().constData());
}

} // namespace

QStringList grants()
{
    return {QStringLiteral(
        "DO $$ BEGIN IF to_regprocedure('regie_get_chunk(text, integer)') IS NOT NULL THEN GRANT EXECUTE ON "
        "FUNCTION regie_blob_state(text), regie_put_chunk(text, bigint, integer, bytea), regie_finish_blob(text), "
        "regie_get_chunk(text, integer) TO regie_users; END IF; END $$")};
}

QStringList statements()
{
    const QStringList attachments = Model::SyncSchema::attachmentTables();
    // The checks and the push are made again: regie_check_write() sends
    // attachment rows to regie_check_attachment() now.
    QStringList sql = ServerSteps::syncTables(attachments) + split(filled(Tables)) + ServerTrust::stampFunction()
        + split(QString::fromUtf8(ServerTrust::WriteChecks)) + split(filled(Writing)) + ServerTrust::pushFunctions();
    for (const QString &t : attachments)
        sql << QStringLiteral("ALTER TABLE %1 ALTER COLUMN created_by_org SET NOT NULL").arg(t);
    sql << ServerSteps::purgeFunction(Model::SyncSchema::tables());
    return sql;
}

} // namespace Sync::ServerAttachments
