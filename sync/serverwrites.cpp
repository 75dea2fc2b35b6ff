#include "serverwrites.h"

namespace Sync::ServerTrust {

const char *const WriteChecks = R"sql(
-- Whether the caller may read row @p r of @p target: the read policies,
-- asked explicitly where the owner's rights pass them by.
CREATE OR REPLACE FUNCTION regie_may_see(target text, r jsonb) RETURNS boolean LANGUAGE plpgsql STABLE
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
  ELSIF t.scope = 'knowledge' THEN
    -- Server step 8: an item by its visibility, the rest by their item;
    -- step 10: an offer to be asked by everyone.
    IF target = 'knowledge_expert' THEN
      RETURN true;
    ELSIF target = 'knowledge_item' THEN
      RETURN regie_item_readable(regie_uuid(r->>'organisation_id'), r->>'visibility', r->>'status',
                                 regie_uuid(r->>'project_id'));
    END IF;
    RETURN regie_item_id_readable(regie_uuid(r->>'item_id'));
  END IF;
  RETURN coalesce(regie_uuid(r->>t.project_column) = ANY (regie_visible_projects()), false);
END $$;
--
-- Whether the caller's organisation speaks for organisation @p o: it is
-- its own, or one without users that it made or works with.
CREATE OR REPLACE FUNCTION regie_speaks_for(o uuid) RETURNS boolean LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT o = regie_my_org()
      OR (NOT regie_org_has_users(o)
          AND (EXISTS (SELECT 1 FROM organisation x WHERE x.id = o AND x.created_by_org = regie_my_org())
               OR o = ANY (regie_partner_orgs())))
$$;
--
CREATE OR REPLACE FUNCTION regie_refuse(message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING MESSAGE = message, ERRCODE = 'insufficient_privilege';
END $$;
--
-- Every rule of docs/SYNC.md's rules table, for one write: @p cur is the
-- row as the server has it (NULL for an insert), @p nrow as it would be.
-- Raises with the reason where the caller may not.
CREATE OR REPLACE FUNCTION regie_check_write(target text, cur jsonb, nrow jsonb) RETURNS void LANGUAGE plpgsql STABLE
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
  IF target = 'knowledge_attachment' THEN
    PERFORM regie_check_attachment(cur, nrow); -- server step 9
    RETURN;
  END IF;
  IF t.scope = 'knowledge' THEN
    IF target IN ('knowledge_expert', 'knowledge_consultation') THEN
      PERFORM regie_check_experts(target, cur, nrow); -- server step 10
    ELSE
      PERFORM regie_check_knowledge(target, cur, nrow); -- server step 8
    END IF;
    RETURN;
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
    -- Server step 11: what a correcting measurement names.
    IF target = 'measurement' AND (nrow ? 'corrects_id' OR nrow ? 'withdrawn') THEN
      PERFORM regie_check_measurement(nrow);
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
      -- A correction names a row of its own table.
      EXECUTE format('SELECT project_id FROM %I WHERE id = $1', CASE WHEN k = 'corrects_id' THEN target ELSE ref END)
        INTO o USING regie_uuid(nrow->>k);
      IF o IS NOT NULL AND o IS DISTINCT FROM p THEN
        PERFORM regie_refuse('regie: a row may only refer to rows of its own project');
      END IF;
    END IF;
  END LOOP;
END $$;
)sql";

const char *const Push = R"sql(
-- The row @p rid of @p target as the caller may see it, without the
-- server's own bookkeeping: what an answer shows of the server's state.
CREATE OR REPLACE FUNCTION regie_visible_row(target text, rid uuid) RETURNS jsonb LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp AS $$
DECLARE
  r jsonb;
BEGIN
  IF rid IS NULL OR NOT EXISTS (SELECT 1 FROM regie_sync_table WHERE tbl = target) THEN
    RETURN NULL;
  END IF;
  EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE id = $1', target) INTO r USING rid;
  IF r IS NULL OR NOT regie_may_see(target, r) THEN
    RETURN NULL;
  END IF;
  RETURN r - 'sync_txid' - 'created_by_org' - 'search_vector';
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
  IF (fields->'deleted') = 'true'::jsonb AND (cur->'deleted') = 'true'::jsonb THEN
    -- Deleted here as well: the same end, not a conflict.
    fields := fields - 'deleted';
  END IF;
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
  ELSIF (cur->'deleted') = 'true'::jsonb AND (fields->'deleted') IS DISTINCT FROM 'false'::jsonb AND fields <> '{}' THEN
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
  -- A row written comes back to the laptop in the feed; one left as it was
  -- (a conflict, or the value the server already held) comes with the
  -- answer, so that the laptop takes the server's values and version.
  IF upd = '{}' OR status = 'conflict' THEN
    RETURN jsonb_build_object('change_id', c->'change_id', 'status', status, 'conflicts', conflicts,
                              'row', regie_visible_row(target, rid));
  END IF;
  RETURN jsonb_build_object('change_id', c->'change_id', 'status', status, 'conflicts', conflicts);
END $$;
--
-- The only way users write. Runs as the owner with a fixed search_path;
-- takes the batch as json, so that a change the server cannot hold (a NUL
-- character, a broken surrogate) is refused alone. A change that is not
-- well formed, names another user's change id, or breaks a rule is
-- answered "rejected" with its reason; the rest of the batch applies.
-- Waiting for a lock, a deadlock or a cancel fails the whole batch instead,
-- since the laptop sends it again. Blobs are compared and answered in hex,
-- as laptops send them, whatever bytea_output the session has (Qt's
-- driver sets escape).
CREATE OR REPLACE FUNCTION regie_push(changes json) RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET lock_timeout = '@LOCK@' SET bytea_output = 'hex' AS $$
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
        -- The first answer may never have arrived: everything it said,
        -- with the row as the server has it now.
        res := prior.result;
        seen := regie_visible_row(c->>'table', regie_uuid(c->>'id'));
        IF seen IS NOT NULL THEN
          res := res || jsonb_build_object('row', seen);
        END IF;
        results := results || jsonb_build_array(res);
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
            seen := regie_visible_row(c->>'table', regie_uuid(c->>'id'));
            IF seen IS NOT NULL THEN
              res := res || jsonb_build_object('row', seen);
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

} // namespace Sync::ServerTrust
