#include "servertrust.h"

#include "serverschema.h"

#include "model/synctables.h"

namespace Sync::ServerTrust {

namespace {

using Model::SyncSchema::Rights;
using Model::SyncSchema::Scope;

QStringList split(const char *script)
{
    return ServerSchema::splitScript(script);
}

QString scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::Directory:
        return QStringLiteral("directory");
    case Scope::People:
        return QStringLiteral("people");
    case Scope::Project:
        break;
    }
    return QStringLiteral("project");
}

QString rightsKey(Rights rights)
{
    switch (rights) {
    case Rights::MembersAppend:
        return QStringLiteral("append");
    case Rights::ParticipantsComment:
        return QStringLiteral("comment");
    case Rights::LeadEdits:
        break;
    }
    return QStringLiteral("lead");
}

// What the server knows of each synced table to check a change: its scope,
// project column and rights, from model/synctables.cpp.
QStringList describeTables()
{
    QStringList sql{QStringLiteral(
        "DO $$ BEGIN IF to_regclass('regie_sync_table') IS NULL THEN CREATE TABLE regie_sync_table (tbl text PRIMARY "
        "KEY, scope text NOT NULL, project_column text, rights text NOT NULL); END IF; END $$")};
    for (const auto &t : Model::SyncSchema::tables()) {
        sql << QStringLiteral("INSERT INTO regie_sync_table VALUES ('%1', '%2', %3, '%4') ON CONFLICT (tbl) DO UPDATE "
                              "SET scope = excluded.scope, project_column = excluded.project_column, rights = "
                              "excluded.rights")
                   .arg(t.name, scopeKey(t.scope),
                        t.scope == Scope::Project ? QStringLiteral("'%1'").arg(t.projectColumn) : QStringLiteral("NULL"),
                        rightsKey(t.rights));
    }
    return sql;
}

// Fills created_by_org where it is empty (rows an administrator loaded), then
// requires it: organisations made themselves, people their organisation,
// projects the organisation of their first lead term (or lead), and other
// rows the organisation of whoever last changed them, else their project's.
// Nobody's organisation (the zero id) stands where none is known, so that
// no user inherits a right from a guess. Triggers are off meanwhile: this
// is no edit, and the stamp would put the old value back.
QStringList fillCreators()
{
    QStringList sql;
    for (const auto &t : Model::SyncSchema::tables()) {
        QString from;
        if (t.name == QLatin1String("organisation")) {
            from = QStringLiteral("id");
        } else if (t.name == QLatin1String("person")) {
            from = QStringLiteral("organisation_id");
        } else if (t.name == QLatin1String("project")) {
            from = QStringLiteral(
                "coalesce((SELECT l.organisation_id FROM lead_term l WHERE l.project_id = x.id ORDER BY l.from_date, "
                "l.created_at LIMIT 1), (SELECT l.organisation_id FROM participation l WHERE l.project_id = x.id AND "
                "l.role = 'lead' ORDER BY l.joined_on LIMIT 1), regie_nobody())");
        } else {
            from = QStringLiteral("coalesce((SELECT o.organisation_id FROM person o WHERE o.id = x.changed_by), "
                                  "(SELECT p.created_by_org FROM project p WHERE p.id = x.%1), regie_nobody())")
                       .arg(t.projectColumn);
        }
        sql << QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(t.name)
            << QStringLiteral("UPDATE %1 x SET created_by_org = %2 WHERE created_by_org IS NULL").arg(t.name, from)
            << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(t.name)
            << QStringLiteral("ALTER TABLE %1 ALTER COLUMN created_by_org SET NOT NULL").arg(t.name);
    }
    return sql;
}

// Step 5, in order: the owner role, the limits, the helpers, the checks and
// the push that applies them.
const char *const Trust = R"sql(
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regie_owner') THEN
    CREATE ROLE regie_owner NOLOGIN;
  END IF;
END $$;
--
GRANT USAGE, CREATE ON SCHEMA public TO regie_owner;
--
INSERT INTO regie_meta VALUES ('statement_timeout', '@STATEMENT@'), ('lock_timeout', '@LOCK@'),
  ('idle_in_transaction_session_timeout', '@IDLE@') ON CONFLICT (key) DO NOTHING;
--
ALTER TABLE regie_sync_column ADD COLUMN max_length integer NOT NULL DEFAULT 8000;
--
-- A logo travels as hex: two characters a byte, 512 KB at most (as locally).
UPDATE regie_sync_column SET max_length = 2 * 524288 + 2 WHERE col = 'logo';
--
-- A text as a UUID, or NULL: a malformed id is refused, never an error
-- that ends the whole batch.
CREATE FUNCTION regie_uuid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN t ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN t::uuid END
$$;
--
CREATE FUNCTION regie_nobody() RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT '00000000-0000-0000-0000-000000000000'::uuid
$$;
--
-- The LOGIN role's own limits; regie_watermark() enforces them also on a
-- session that lifted them with SET.
CREATE FUNCTION regie_set_limits(login name) RETURNS void LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  k text;
BEGIN
  FOREACH k IN ARRAY ARRAY['statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout'] LOOP
    EXECUTE format('ALTER ROLE %I SET %s = %L', login, k, (SELECT value FROM regie_meta WHERE key = k));
  END LOOP;
END $$;
--
-- Ends users' sessions that hold a transaction open, or run one statement,
-- for longer than the limits: they would hold the feed's watermark, and
-- with it every laptop's pull, back.
CREATE FUNCTION regie_end_stalled_sessions() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  idle interval := (SELECT value::interval FROM regie_meta WHERE key = 'idle_in_transaction_session_timeout');
  busy interval := (SELECT value::interval FROM regie_meta WHERE key = 'statement_timeout');
  s record;
  ended integer := 0;
BEGIN
  FOR s IN SELECT a.pid FROM pg_stat_activity a
            WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
              AND a.usename IN (SELECT role_name FROM regie_user)
              AND ((a.state LIKE 'idle in transaction%' AND a.state_change < now() - idle)
                OR (a.state = 'active' AND a.query_start < now() - busy)) LOOP
    BEGIN
      IF pg_terminate_backend(s.pid) THEN
        ended := ended + 1;
      END IF;
    EXCEPTION WHEN insufficient_privilege THEN
      NULL;
    END;
  END LOOP;
  RETURN ended;
END $$;
--
CREATE OR REPLACE FUNCTION regie_watermark() RETURNS xid8 LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM regie_end_stalled_sessions();
  RETURN pg_snapshot_xmin(pg_current_snapshot());
END $$;
--
CREATE OR REPLACE FUNCTION regie_stamp() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  r jsonb;
BEGIN
  NEW.sync_txid := pg_current_xact_id();
  NEW.updated_at := now();
  NEW.changed_by := coalesce(regie_my_person(), NEW.changed_by);
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
    NEW.created_at := coalesce(NEW.created_at, now());
    NEW.created_by_org := regie_my_org();
    IF NEW.created_by_org IS NULL THEN
      -- An administrator's import: keep what it names, else derive it.
      r := to_jsonb(NEW);
      NEW.created_by_org := coalesce(regie_uuid(r->>'created_by_org'), CASE TG_TABLE_NAME
        WHEN 'organisation' THEN regie_uuid(r->>'id')
        WHEN 'person' THEN regie_uuid(r->>'organisation_id')
        ELSE (SELECT p.created_by_org FROM project p WHERE p.id = regie_uuid(r->>'project_id')) END, regie_nobody());
    END IF;
  ELSE
    NEW.id := OLD.id;
    NEW.version := OLD.version + 1;
    NEW.created_at := OLD.created_at;
    NEW.created_by_org := OLD.created_by_org;
  END IF;
  RETURN NEW;
END $$;
--
-- created_by_org no longer decides alone: a project nobody leads may be
-- started only by the organisation the server recorded as its creator.
CREATE OR REPLACE FUNCTION regie_may_start(project uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT regie_my_role() IN ('lead', 'member')
     AND EXISTS (SELECT 1 FROM project p WHERE p.id = project AND p.created_by_org = regie_my_org())
     AND NOT EXISTS (SELECT 1 FROM participation l WHERE l.project_id = project AND l.role = 'lead'
                      AND l.left_on IS NULL AND NOT l.deleted)
$$;
--
-- The projects whose push batch makes an organisation lead: only there may
-- the current lead step down (a hand-over), as regie_begin_batch records.
CREATE TABLE regie_batch_handover (txid xid8 NOT NULL, project_id uuid NOT NULL);
--
CREATE INDEX regie_batch_handover_txid ON regie_batch_handover (txid);
--
CREATE OR REPLACE FUNCTION regie_begin_batch(changes jsonb) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  DELETE FROM regie_batch_handover WHERE ctid IN (
    SELECT ctid FROM regie_batch_handover WHERE txid < pg_snapshot_xmin(pg_current_snapshot())
    FOR UPDATE SKIP LOCKED);
  INSERT INTO regie_batch_handover (txid, project_id)
    SELECT DISTINCT pg_current_xact_id(), t.project_id FROM jsonb_array_elements(changes) c
      JOIN participation t ON t.id = regie_uuid(c->>'id')
     WHERE c->>'table' = 'participation' AND jsonb_typeof(c->'fields') = 'object' AND c->'fields'->>'role' = 'lead'
       AND regie_may_lead(t.project_id);
  DELETE FROM regie_batch_rights WHERE ctid IN (
    SELECT ctid FROM regie_batch_rights WHERE txid < pg_snapshot_xmin(pg_current_snapshot())
    FOR UPDATE SKIP LOCKED);
  INSERT INTO regie_batch_rights (txid, project_id)
    SELECT DISTINCT pg_current_xact_id(), x FROM (
      SELECT regie_uuid(c->>'id') AS x FROM jsonb_array_elements(changes) c WHERE c->>'table' = 'project'
      UNION SELECT regie_uuid(c->'fields'->>'project_id') FROM jsonb_array_elements(changes) c
       WHERE jsonb_typeof(c->'fields') = 'object' AND c->'fields' ? 'project_id'
      UNION SELECT t.project_id FROM jsonb_array_elements(changes) c
       JOIN participation t ON t.id = regie_uuid(c->>'id') WHERE c->>'table' = 'participation'
      UNION SELECT t.project_id FROM jsonb_array_elements(changes) c
       JOIN lead_term t ON t.id = regie_uuid(c->>'id') WHERE c->>'table' = 'lead_term'
    ) s WHERE x IS NOT NULL AND regie_may_lead(x);
$$;
--
-- Whether the caller may read row @p r of @p target: the read policies,
-- asked explicitly where the owner's rights pass them by.
CREATE FUNCTION regie_may_see(target text, r jsonb) RETURNS boolean LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp AS $$
DECLARE
  t regie_sync_table;
  o uuid;
BEGIN
  SELECT * INTO t FROM regie_sync_table WHERE tbl = target;
  IF t.scope = 'directory' THEN
    RETURN true;
  ELSIF t.scope = 'people' THEN
    o := regie_uuid(r->>'organisation_id');
    RETURN o = regie_my_org() OR o = ANY (regie_partner_orgs());
  END IF;
  RETURN coalesce(regie_uuid(r->>t.project_column) = ANY (regie_visible_projects()), false);
END $$;
--
-- Whether the caller's organisation speaks for organisation @p o: it is
-- its own, or one without users that it made or works with.
CREATE FUNCTION regie_speaks_for(o uuid) RETURNS boolean LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT o = regie_my_org()
      OR (NOT regie_org_has_users(o)
          AND (EXISTS (SELECT 1 FROM organisation x WHERE x.id = o AND x.created_by_org = regie_my_org())
               OR o = ANY (regie_partner_orgs())))
$$;
--
CREATE FUNCTION regie_refuse(message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING MESSAGE = message, ERRCODE = 'insufficient_privilege';
END $$;
--
-- Every rule of docs/SYNC.md's rules table, for one write: @p cur is the
-- row as the server has it (NULL for an insert), @p nrow as it would be.
-- Raises with the reason where the caller may not.
CREATE FUNCTION regie_check_write(target text, cur jsonb, nrow jsonb) RETURNS void LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp AS $$
DECLARE
  t regie_sync_table;
  my_role text := regie_my_role();
  org uuid := regie_my_org();
  me uuid := regie_my_person();
  p uuid;
  o uuid;
  k text;
  ref text;
  regie boolean;
BEGIN
  SELECT * INTO t FROM regie_sync_table WHERE tbl = target;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'regie: % is not a synced table', target USING ERRCODE = 'undefined_table';
  END IF;
  IF my_role IS NULL OR my_role NOT IN ('lead', 'member', 'external') THEN
    PERFORM regie_refuse('regie: your role on this server only reads');
  END IF;
  IF cur IS NOT NULL THEN
    IF t.scope = 'project' AND target <> 'project' AND (nrow->t.project_column) IS DISTINCT FROM (cur->t.project_column) THEN
      PERFORM regie_refuse('regie: a row stays in its project');
    END IF;
    IF target IN ('person', 'participation') AND (nrow->'organisation_id') IS DISTINCT FROM (cur->'organisation_id') THEN
      PERFORM regie_refuse('regie: a row stays with its organisation');
    END IF;
  END IF;

  IF t.scope = 'directory' THEN
    IF my_role = 'external' OR (cur IS NOT NULL AND NOT coalesce(regie_speaks_for(regie_uuid(cur->>'id')), false)) THEN
      PERFORM regie_refuse('regie: an organisation is changed by its own people, or, without users, by those who work with it');
    END IF;
    RETURN;
  ELSIF t.scope = 'people' THEN
    IF my_role = 'external' OR NOT coalesce(regie_speaks_for(regie_uuid(coalesce(cur, nrow)->>'organisation_id')), false) THEN
      PERFORM regie_refuse('regie: a person is changed only by their own organisation');
    END IF;
    RETURN;
  END IF;

  p := regie_uuid(nrow->>t.project_column);
  IF t.rights = 'append' THEN
    IF cur IS NOT NULL THEN
      PERFORM regie_refuse('regie: hours and measurements are only added, never changed');
    END IF;
    IF my_role = 'external' OR NOT coalesce(p = ANY (regie_visible_projects()), false) THEN
      PERFORM regie_refuse('regie: you may not change this row');
    END IF;
    IF regie_uuid(nrow->>'person_id') IS DISTINCT FROM me
       OR (nrow ? 'organisation_id' AND regie_uuid(nrow->>'organisation_id') IS DISTINCT FROM org) THEN
      PERFORM regie_refuse('regie: hours and measurements are logged in your own name and organisation');
    END IF;
  ELSIF t.rights = 'comment' THEN
    IF NOT coalesce(p = ANY (regie_visible_projects()), false) OR regie_uuid(nrow->>'person_id') IS DISTINCT FROM me
       OR (cur IS NOT NULL AND regie_uuid(cur->>'person_id') IS DISTINCT FROM me) THEN
      PERFORM regie_refuse('regie: you may not change this row');
    END IF;
  ELSE
    -- The regie's plan, the project itself, who takes part and who led.
    IF target = 'project' AND cur IS NULL THEN
      regie := my_role IN ('lead', 'member'); -- the server records the caller's organisation as its creator
    ELSE
      regie := my_role IN ('lead', 'member') AND p IS NOT NULL AND (regie_may_lead(p) OR regie_may_start(p));
    END IF;
    IF target = 'participation' AND NOT regie THEN
      -- Partners keep their own part up to date, nothing more.
      IF cur IS NULL OR my_role NOT IN ('lead', 'member') OR regie_uuid(cur->>'organisation_id') IS DISTINCT FROM org
         OR cur->>'left_on' IS NOT NULL OR (cur->'deleted') = 'true'::jsonb THEN
        PERFORM regie_refuse('regie: you may not change this row');
      END IF;
      FOR k IN SELECT col FROM regie_sync_column
                WHERE tbl = 'participation' AND col NOT IN ('brings', 'gets', 'priorities', 'mandate') LOOP
        IF (nrow->k) IS DISTINCT FROM (cur->k) THEN
          PERFORM regie_refuse('regie: only the organisation with the regie changes who takes part, in which role and until when');
        END IF;
      END LOOP;
    ELSIF NOT regie THEN
      PERFORM regie_refuse('regie: you may not change this row');
    END IF;
    -- The regie is handed over, never dropped: the current lead steps down
    -- only in a batch that makes another organisation lead.
    IF target = 'participation' AND cur IS NOT NULL AND cur->>'role' = 'lead' AND cur->>'left_on' IS NULL
       AND (cur->'deleted') = 'false'::jsonb
       AND (nrow->>'left_on' IS NOT NULL OR (nrow->'deleted') = 'true'::jsonb
            OR (nrow->>'role' IS DISTINCT FROM 'lead'
                AND NOT EXISTS (SELECT 1 FROM regie_batch_handover h WHERE h.txid = pg_current_xact_id()
                                 AND h.project_id = p)))
       AND EXISTS (SELECT 1 FROM project x WHERE x.id = p AND x.status <> 'idea') THEN
      PERFORM regie_refuse('regie: the lead organisation leaves a project only by handing over the regie');
    END IF;
  END IF;

  -- A row refers only to goals, milestones, evaluations and entries of its own project.
  FOR k, ref IN SELECT * FROM (VALUES ('goal_id', 'goal'), ('milestone_id', 'milestone'),
                                      ('evaluation_id', 'evaluation'), ('corrects_id', 'progress_entry')) v LOOP
    IF nrow->>k IS NOT NULL AND EXISTS (SELECT 1 FROM regie_sync_column c WHERE c.tbl = target AND c.col = k) THEN
      EXECUTE format('SELECT project_id FROM %I WHERE id = $1', ref) INTO o USING regie_uuid(nrow->>k);
      IF o IS NOT NULL AND o IS DISTINCT FROM p THEN
        PERFORM regie_refuse('regie: a row may only refer to rows of its own project');
      END IF;
    END IF;
  END LOOP;
END $$;
--
-- Applies one change: fields whose server value is still the client's base
-- take the client's value; a field changed on both sides is a conflict and
-- keeps the server's value. Runs inside regie_push, as the owner: every
-- rule is checked here by regie_check_write, none is left to a policy.
CREATE OR REPLACE FUNCTION regie_apply_change(c jsonb) RETURNS jsonb LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  target text := c->>'table';
  rid uuid := regie_uuid(c->>'id');
  op text := c->>'op';
  fields jsonb := coalesce(c->'fields', '{}');
  base jsonb := coalesce(c->'base', '{}');
  cur jsonb;
  upd jsonb := '{}';
  conflicts jsonb := '[]';
  k text;
  cols text;
  vals text;
  most integer;
  deleting boolean;
  status text;
BEGIN
  IF rid IS NULL THEN
    RAISE EXCEPTION 'regie: a change names its row by a UUID' USING ERRCODE = 'invalid_text_representation';
  END IF;
  IF op IS NULL OR op NOT IN ('insert', 'update') THEN
    RAISE EXCEPTION 'regie: a change is an insert or an update' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF jsonb_typeof(fields) <> 'object' OR jsonb_typeof(base) <> 'object' THEN
    RAISE EXCEPTION 'regie: a change carries its fields and base as objects' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  FOR k IN SELECT jsonb_object_keys(fields) LOOP
    SELECT max_length INTO most FROM regie_sync_column WHERE regie_sync_column.tbl = target AND col = k;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'regie: % is not a field of %', k, target USING ERRCODE = 'undefined_column';
    END IF;
    IF jsonb_typeof(fields->k) = 'string' AND length(fields->>k) > most THEN
      RAISE EXCEPTION 'regie: % is longer than the server keeps (% characters)', k, most
        USING ERRCODE = 'string_data_right_truncation';
    END IF;
  END LOOP;
  IF fields ? 'deleted' AND jsonb_typeof(fields->'deleted') <> 'boolean' THEN
    RAISE EXCEPTION 'regie: deleted is true or false' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE id = $1 FOR UPDATE', target) INTO cur USING rid;
  IF cur IS NOT NULL AND NOT regie_may_see(target, cur) THEN
    RAISE EXCEPTION 'regie: this row does not exist on the server or you may not see it' USING ERRCODE = 'no_data_found';
  END IF;
  IF cur IS NULL THEN
    IF op <> 'insert' THEN
      RAISE EXCEPTION 'regie: this row does not exist on the server or you may not see it'
        USING ERRCODE = 'no_data_found';
    END IF;
    fields := fields || jsonb_build_object('id', rid, 'created_at', c->'created_at');
    PERFORM regie_check_write(target, NULL, fields);
    SELECT string_agg(quote_ident(key), ', '), string_agg('r.' || quote_ident(key), ', ')
      INTO cols, vals FROM jsonb_object_keys(fields) AS key;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM jsonb_populate_record(NULL::%I, $1) r', target, cols, vals, target)
      USING fields;
    RETURN jsonb_build_object('change_id', c->'change_id', 'status', 'applied', 'version', 1);
  END IF;

  -- Whether the caller may make this change at all, whatever merges.
  PERFORM regie_check_write(target, cur, cur || fields);
  deleting := (fields->'deleted') = 'true'::jsonb AND (cur->'deleted') = 'false'::jsonb;
  IF deleting THEN
    -- A delete carries the whole row as it was seen: anything changed on
    -- the server since is an edit the deleting user has not seen.
    FOR k IN SELECT jsonb_object_keys(base) LOOP
      IF k <> 'deleted' AND (cur->k) IS DISTINCT FROM (base->k) THEN
        conflicts := conflicts || jsonb_build_object('field', 'deleted', 'base', 'false'::jsonb,
                       'server', 'false'::jsonb, 'client', fields, 'edited', k);
        EXIT;
      END IF;
    END LOOP;
    IF jsonb_array_length(conflicts) = 0 THEN
      upd := jsonb_build_object('deleted', true);
    END IF;
  ELSIF (cur->'deleted') = 'true'::jsonb AND (fields->'deleted') IS DISTINCT FROM 'false'::jsonb THEN
    -- An edit of a row deleted on the server: keep it deleted, ask the user.
    conflicts := jsonb_build_array(jsonb_build_object('field', 'deleted', 'base', 'false'::jsonb,
                   'server', 'true'::jsonb, 'client', fields));
  ELSE
    FOR k IN SELECT jsonb_object_keys(fields) LOOP
      IF (cur->k) = (fields->k) THEN
        CONTINUE;
      ELSIF base ? k AND (cur->k) = (base->k) THEN
        upd := upd || jsonb_build_object(k, fields->k);
      ELSE
        conflicts := conflicts || jsonb_build_object('field', k, 'base', base->k, 'server', cur->k,
                       'client', fields->k);
      END IF;
    END LOOP;
  END IF;

  IF upd <> '{}' THEN
    SELECT string_agg(format('%I = r.%I', key, key), ', ') INTO cols FROM jsonb_object_keys(upd) AS key;
    EXECUTE format('UPDATE %I AS t SET %s FROM jsonb_populate_record(NULL::%I, $1) AS r WHERE t.id = $2',
                   target, cols, target) USING upd, rid;
  END IF;
  IF jsonb_array_length(conflicts) > 0 THEN
    INSERT INTO regie_conflict (change_id, tbl, row_id, field, base, server, client, person_id)
      SELECT regie_uuid(c->>'change_id'), target, rid, x->>'field', x->'base', x->'server', x->'client', regie_my_person()
        FROM jsonb_array_elements(conflicts) x;
    status := 'conflict';
  ELSE
    status := 'applied';
  END IF;
  EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE id = $1', target) INTO cur USING rid;
  RETURN jsonb_build_object('change_id', c->'change_id', 'status', status, 'conflicts', conflicts,
                            'row', cur - 'sync_txid' - 'created_by_org');
END $$;
--
-- The only way users write. Runs as the owner with a fixed search_path;
-- takes the batch as json, so that a change the server cannot hold (a NUL
-- character, a broken surrogate) is refused alone. A change that is not
-- well formed, names another user's change id, or breaks a rule is
-- answered "rejected" with its reason; the rest of the batch applies.
-- Waiting for a lock, a deadlock or a cancel fails the whole batch instead,
-- since the laptop sends it again.
CREATE FUNCTION regie_push(changes json) RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET lock_timeout = '@LOCK@' AS $$
DECLARE
  me uuid := regie_my_person();
  good jsonb;
  raw json;
  c jsonb;
  cid uuid;
  cidtext text;
  prior record;
  res jsonb;
  seen jsonb;
  keep boolean;
  results jsonb := '[]';
BEGIN
  IF me IS NULL THEN
    RAISE EXCEPTION 'regie: % is not a Regie user on this server', session_user
      USING ERRCODE = 'insufficient_privilege', HINT = 'not_a_user';
  END IF;
  IF json_typeof(changes) IS DISTINCT FROM 'array' THEN
    RAISE EXCEPTION 'regie: a push is an array of changes' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  BEGIN
    good := changes::jsonb;
  EXCEPTION WHEN OTHERS THEN
    -- Some change holds what jsonb cannot: keep the others for the batch rights.
    good := '[]';
    FOR raw IN SELECT value FROM json_array_elements(changes) LOOP
      BEGIN
        good := good || jsonb_build_array(raw::jsonb);
      EXCEPTION WHEN OTHERS THEN
        NULL;
      END;
    END LOOP;
  END;
  PERFORM regie_begin_batch((SELECT coalesce(jsonb_agg(x), '[]') FROM jsonb_array_elements(good) x
                              WHERE jsonb_typeof(x) = 'object'));
  FOR raw IN SELECT value FROM json_array_elements(changes) LOOP
    c := NULL;
    cid := NULL;
    keep := false;
    BEGIN
      cidtext := raw->>'change_id';
    EXCEPTION WHEN OTHERS THEN
      cidtext := NULL;
    END;
    BEGIN
      c := raw::jsonb;
      IF jsonb_typeof(c) <> 'object' THEN
        RAISE EXCEPTION 'regie: a change is an object' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      cid := regie_uuid(c->>'change_id');
      IF cid IS NULL THEN
        RAISE EXCEPTION 'regie: a change needs a change_id that is a UUID' USING ERRCODE = 'invalid_text_representation';
      END IF;
      SELECT a.result, a.person_id INTO prior FROM regie_applied_change a WHERE a.change_id = cid;
      IF FOUND THEN
        IF prior.person_id IS DISTINCT FROM me THEN
          RAISE EXCEPTION 'regie: this change id was used by someone else' USING ERRCODE = 'unique_violation';
        END IF;
        results := results || jsonb_build_array(prior.result);
        CONTINUE;
      END IF;
      keep := true;
      IF NOT EXISTS (SELECT 1 FROM regie_sync_table WHERE tbl = c->>'table') THEN
        RAISE EXCEPTION 'regie: % is not a synced table', c->>'table' USING ERRCODE = 'undefined_table';
      END IF;
      res := regie_apply_change(c);
    EXCEPTION
      WHEN lock_not_available OR deadlock_detected OR serialization_failure OR admin_shutdown THEN
        RAISE;
      WHEN OTHERS THEN
        res := jsonb_build_object('change_id', coalesce(to_jsonb(cid::text), to_jsonb(cidtext)), 'status', 'rejected',
                                  'code', SQLSTATE, 'message', SQLERRM);
        -- Show the client the row as the server has it, where it may see it.
        IF keep THEN
          BEGIN
            EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE id = $1', c->>'table') INTO seen
              USING regie_uuid(c->>'id');
            IF seen IS NOT NULL AND regie_may_see(c->>'table', seen) THEN
              res := res || jsonb_build_object('row', seen - 'sync_txid' - 'created_by_org');
            END IF;
          EXCEPTION WHEN OTHERS THEN
            NULL;
          END;
        END IF;
    END;
    IF keep THEN
      INSERT INTO regie_applied_change (change_id, person_id, result) VALUES (cid, me, res - 'row');
    END IF;
    results := results || jsonb_build_array(res);
  END LOOP;
  RETURN results;
END $$;
--
-- Older clients send jsonb: the same push.
CREATE OR REPLACE FUNCTION regie_push(changes jsonb) RETURNS jsonb LANGUAGE sql AS $$
  SELECT regie_push(changes::json)
$$;
)sql";

// Each run of migrate() ends with this, whatever step it reached.
const char *const LockDown = R"sql(
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT c.oid::regclass AS t FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') LOOP
    EXECUTE format('ALTER TABLE %s OWNER TO regie_owner', r.t);
    EXECUTE format('REVOKE ALL ON %s FROM PUBLIC, regie_users', r.t);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p
            WHERE p.pronamespace = 'public'::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO regie_owner', r.f);
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC, regie_users', r.f);
  END LOOP;
  -- Reading stays in row-level security; no policy lets anyone write.
  FOR r IN SELECT policyname, tablename FROM pg_policies
            WHERE schemaname = 'public' AND cmd IN ('INSERT', 'UPDATE', 'DELETE') LOOP
    EXECUTE format('DROP POLICY %I ON %I', r.policyname, r.tablename);
  END LOOP;
  FOR r IN SELECT u.role_name FROM regie_user u JOIN pg_roles g ON g.rolname = u.role_name LOOP
    PERFORM regie_set_limits(r.role_name);
  END LOOP;
  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $$;
--
-- To end sessions that keep everyone waiting (regie_watermark), the owner
-- must see and signal other users' sessions. Only a superuser can grant it;
-- a restore onto a new cluster needs it again.
DO $$ BEGIN
  IF NOT pg_has_role('regie_owner', 'pg_signal_backend', 'MEMBER')
     OR NOT pg_has_role('regie_owner', 'pg_read_all_stats', 'MEMBER') THEN
    GRANT pg_signal_backend, pg_read_all_stats TO regie_owner;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'regie: run regie-admin upgrade as a superuser once, so that the server can end stalled sessions';
END $$;
--
-- Large objects are writes outside the push: in this database nobody but
-- the administrator makes them. (The functions belong to the bootstrap
-- superuser: only a superuser can take them away.)
DO $$ BEGIN
  REVOKE EXECUTE ON FUNCTION lo_create(oid), lo_creat(integer), lo_from_bytea(oid, bytea) FROM PUBLIC;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'regie: run regie-admin upgrade as a superuser once, so that users cannot make large objects';
END $$;
--
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, regie_users;
--
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
--
GRANT SELECT ON regie_meta, regie_applied_change, regie_conflict TO regie_users;
--
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT tbl FROM regie_sync_table WHERE to_regclass(tbl) IS NOT NULL LOOP
    EXECUTE format('GRANT SELECT ON %I TO regie_users', r.tbl);
  END LOOP;
END $$;
--
GRANT EXECUTE ON FUNCTION regie_push(json), regie_push(jsonb), regie_hello(integer), regie_watermark(), regie_horizon(),
  regie_my_person(), regie_my_org(), regie_my_role(), regie_org_has_users(uuid), regie_visible_projects(),
  regie_partner_orgs(), regie_uuid(text) TO regie_users;
)sql";

QString withLimits(const char *script)
{
    return QString::fromUtf8(script)
        .replace(QStringLiteral("@STATEMENT@"), QString::fromLatin1(StatementTimeout))
        .replace(QStringLiteral("@LOCK@"), QString::fromLatin1(LockTimeout))
        .replace(QStringLiteral("@IDLE@"), QString::fromLatin1(IdleInTransactionTimeout));
}

} // namespace

QStringList statements()
{
    // regie_sync_table first: the checks declare variables of its row type.
    return describeTables() + split(withLimits(Trust).toUtf8().constData()) + fillCreators();
}

QStringList lockDown()
{
    // A table a later step declares is described, read and locked down here.
    return describeTables() + split(LockDown);
}

} // namespace Sync::ServerTrust
