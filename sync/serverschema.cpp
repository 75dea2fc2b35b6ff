#include "serverschema.h"

#include "serverconvergence.h"
#include "serverattachments.h"
#include "serverexperts.h"
#include "serverknowledge.h"
#include "servermeasurements.h"
#include "serversteps.h"
#include "servertrust.h"
#include "servervisibility.h"

#include "model/synctables.h"
#include "synclogging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Sync::ServerSchema {

namespace {

// Step 1: the bookkeeping, the identity and rights functions, the synced
// tables with their change feed, the rules the local store also enforces,
// and the push function.
const char *const Foundation = R"sql(
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regie_users') THEN
    CREATE ROLE regie_users NOLOGIN;
  END IF;
END $$;
--
CREATE TABLE regie_meta (key text PRIMARY KEY, value text NOT NULL);
--
GRANT SELECT ON regie_meta TO regie_users;
--
CREATE TABLE regie_sync_column (tbl text NOT NULL, col text NOT NULL, PRIMARY KEY (tbl, col));
--
GRANT SELECT ON regie_sync_column TO regie_users;
--
CREATE TABLE regie_user (
  role_name name PRIMARY KEY,
  person_id uuid NOT NULL UNIQUE,
  organisation_id uuid NOT NULL,
  project_role text NOT NULL DEFAULT 'member' CHECK (project_role IN ('lead', 'member', 'external', 'viewer'))
);
--
CREATE FUNCTION regie_my_person() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT person_id FROM regie_user WHERE role_name = session_user $$;
--
CREATE FUNCTION regie_my_org() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT organisation_id FROM regie_user WHERE role_name = session_user $$;
--
CREATE FUNCTION regie_my_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT project_role FROM regie_user WHERE role_name = session_user $$;
--
CREATE FUNCTION regie_org_has_users(org uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM regie_user WHERE organisation_id = org) $$;
--
-- Stamps every write: the feed position (the writing transaction), the
-- time, who (from the login, never from the client) and the row version.
CREATE FUNCTION regie_stamp() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  NEW.sync_txid := pg_current_xact_id();
  NEW.updated_at := now();
  NEW.changed_by := coalesce(regie_my_person(), NEW.changed_by);
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
    NEW.created_at := coalesce(NEW.created_at, now());
    NEW.created_by_org := coalesce(regie_my_org(), NEW.created_by_org);
  ELSE
    NEW.id := OLD.id;
    NEW.version := OLD.version + 1;
    NEW.created_at := OLD.created_at;
    NEW.created_by_org := OLD.created_by_org;
  END IF;
  RETURN NEW;
END $$;
--
CREATE TABLE regie_applied_change (
  change_id uuid PRIMARY KEY,
  person_id uuid NOT NULL DEFAULT regie_my_person(),
  result jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
--
ALTER TABLE regie_applied_change ENABLE ROW LEVEL SECURITY;
--
GRANT SELECT ON regie_applied_change TO regie_users;
--
CREATE POLICY own_changes ON regie_applied_change TO regie_users
  USING (person_id = regie_my_person()) WITH CHECK (person_id = regie_my_person());
--
CREATE TABLE regie_conflict (
  id bigserial PRIMARY KEY,
  change_id uuid NOT NULL,
  tbl text NOT NULL,
  row_id uuid NOT NULL,
  field text NOT NULL,
  base jsonb,
  server jsonb,
  client jsonb,
  person_id uuid NOT NULL DEFAULT regie_my_person(),
  created_at timestamptz NOT NULL DEFAULT now()
);
--
ALTER TABLE regie_conflict ENABLE ROW LEVEL SECURITY;
--
GRANT SELECT ON regie_conflict TO regie_users;
--
CREATE POLICY own_conflicts ON regie_conflict TO regie_users
  USING (person_id = regie_my_person()) WITH CHECK (person_id = regie_my_person());
--
-- The rights a push batch started with: a hand-over takes the lead away
-- halfway through its own batch, and must still finish.
CREATE TABLE regie_batch_rights (txid xid8 NOT NULL, project_id uuid NOT NULL);
--
CREATE INDEX regie_batch_rights_txid ON regie_batch_rights (txid);
)sql";

// Functions that read the synced tables, so they come after them.
const char *const Rights = R"sql(
CREATE FUNCTION regie_visible_projects() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT coalesce(array_agg(DISTINCT x), '{}') FROM (
    SELECT project_id AS x FROM participation
     WHERE organisation_id = regie_my_org() AND left_on IS NULL AND NOT deleted
    UNION
    SELECT p.id FROM project p
     WHERE p.created_by_org = regie_my_org()
       AND NOT EXISTS (SELECT 1 FROM participation l WHERE l.project_id = p.id AND l.role = 'lead'
                        AND l.left_on IS NULL AND NOT l.deleted)
  ) s
$$;
--
CREATE FUNCTION regie_partner_orgs() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT coalesce(array_agg(DISTINCT organisation_id), '{}') FROM participation
   WHERE project_id IN (SELECT unnest(regie_visible_projects())) AND NOT deleted
$$;
--
-- Whether the caller may change project-level rows of @project: its
-- organisation holds the regie (and the caller is a lead), now or when the
-- running push batch began. Per row: a push touches few rows.
CREATE FUNCTION regie_may_lead(project uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT regie_my_role() = 'lead' AND (
    EXISTS (SELECT 1 FROM participation l WHERE l.project_id = project AND l.organisation_id = regie_my_org()
             AND l.role = 'lead' AND l.left_on IS NULL AND NOT l.deleted)
    OR EXISTS (SELECT 1 FROM project p WHERE p.id = project AND p.created_by_org = regie_my_org()
                AND NOT EXISTS (SELECT 1 FROM participation l WHERE l.project_id = p.id AND l.role = 'lead'
                                 AND l.left_on IS NULL AND NOT l.deleted))
    OR EXISTS (SELECT 1 FROM regie_batch_rights r WHERE r.txid = pg_current_xact_id_if_assigned()
                AND r.project_id = project))
$$;
--
-- A project nobody leads yet may be started (or shaped as an idea) by a
-- lead or member of the organisation that created it.
CREATE FUNCTION regie_may_start(project uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT regie_my_role() IN ('lead', 'member')
     AND NOT EXISTS (SELECT 1 FROM participation l WHERE l.project_id = project AND l.role = 'lead'
                      AND l.left_on IS NULL AND NOT l.deleted)
     AND coalesce((SELECT p.created_by_org = regie_my_org() FROM project p WHERE p.id = project), true)
$$;
--
-- Records the rights the batch starts with, for the projects it touches.
CREATE FUNCTION regie_begin_batch(changes jsonb) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  -- Old rows go by the way, but never make one batch wait for another.
  DELETE FROM regie_batch_rights WHERE ctid IN (
    SELECT ctid FROM regie_batch_rights WHERE txid < pg_snapshot_xmin(pg_current_snapshot())
    FOR UPDATE SKIP LOCKED);
  INSERT INTO regie_batch_rights (txid, project_id)
    SELECT DISTINCT pg_current_xact_id(), x FROM (
      SELECT (c->>'id')::uuid AS x FROM jsonb_array_elements(changes) c WHERE c->>'table' = 'project'
      UNION SELECT (c->'fields'->>'project_id')::uuid FROM jsonb_array_elements(changes) c
       WHERE c->'fields' ? 'project_id'
      UNION SELECT t.project_id FROM jsonb_array_elements(changes) c
       JOIN participation t ON t.id = (c->>'id')::uuid WHERE c->>'table' = 'participation'
      UNION SELECT t.project_id FROM jsonb_array_elements(changes) c
       JOIN lead_term t ON t.id = (c->>'id')::uuid WHERE c->>'table' = 'lead_term'
    ) s WHERE x IS NOT NULL AND regie_may_lead(x);
$$;
--
-- Partners keep their own participation up to date, but only the regie
-- changes who takes part and in which role.
CREATE FUNCTION regie_guard_participation() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF regie_my_person() IS NOT NULL
     AND (NEW.role IS DISTINCT FROM OLD.role OR NEW.project_id IS DISTINCT FROM OLD.project_id
          OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id)
     AND NOT regie_may_lead(OLD.project_id) THEN
    RAISE EXCEPTION 'only the organisation with the regie changes roles in this project'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--
CREATE TRIGGER participation_guard BEFORE UPDATE ON participation FOR EACH ROW
  EXECUTE FUNCTION regie_guard_participation();
--
CREATE POLICY participation_own ON participation FOR UPDATE TO regie_users
  USING (organisation_id = regie_my_org() AND regie_my_role() IN ('lead', 'member'))
  WITH CHECK (organisation_id = regie_my_org());
--
-- The same rules as the local store, so that no client can break them.
ALTER TABLE organisation ADD CHECK (length(btrim(name)) > 0 AND length(name) <= 120),
  ADD CHECK (kind IN ('municipality', 'province', 'company', 'knowledge', 'citizens', 'other'));
--
ALTER TABLE person ADD CHECK (length(btrim(name)) > 0 AND length(name) <= 120),
  ALTER COLUMN organisation_id SET NOT NULL, ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id);
--
ALTER TABLE project ADD CHECK (length(btrim(name)) > 0 AND length(name) <= 120),
  ADD CHECK (status IN ('idea', 'active', 'completed', 'stopped')),
  ADD CHECK (length(purpose) <= 4000 AND length(urgency) <= 4000 AND length(ambition) <= 4000);
--
ALTER TABLE participation ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN organisation_id SET NOT NULL,
  ALTER COLUMN joined_on SET NOT NULL,
  ADD CHECK (role IN ('lead', 'partner', 'external')),
  ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id);
--
CREATE INDEX participation_project ON participation (project_id);
--
CREATE INDEX participation_organisation ON participation (organisation_id) WHERE left_on IS NULL AND NOT deleted;
--
CREATE UNIQUE INDEX participation_one_lead ON participation (project_id)
  WHERE role = 'lead' AND left_on IS NULL AND NOT deleted;
--
ALTER TABLE lead_term ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN organisation_id SET NOT NULL,
  ALTER COLUMN from_date SET NOT NULL,
  ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id);
--
CREATE UNIQUE INDEX lead_term_one_open ON lead_term (project_id) WHERE until_date IS NULL AND NOT deleted;
--
-- The rights functions look projects up by the organisation that made them.
CREATE INDEX project_created_by_org ON project (created_by_org);
--
CREATE FUNCTION regie_hello(protocol integer) RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  minimum integer := (SELECT value::integer FROM regie_meta WHERE key = 'minimum_protocol');
  u regie_user;
BEGIN
  IF protocol < minimum THEN
    RAISE EXCEPTION 'regie: client protocol % is older than the server''s minimum %', protocol, minimum
      USING ERRCODE = 'feature_not_supported', HINT = 'client_too_old';
  END IF;
  SELECT * INTO u FROM regie_user WHERE role_name = session_user;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'regie: % is not a Regie user on this server', session_user
      USING ERRCODE = 'insufficient_privilege', HINT = 'not_a_user';
  END IF;
  RETURN jsonb_build_object(
    'schema', (SELECT value::integer FROM regie_meta WHERE key = 'schema_version'),
    'protocol', (SELECT value::integer FROM regie_meta WHERE key = 'protocol'),
    'person', u.person_id, 'organisation', u.organisation_id, 'role', u.project_role,
    'person_name', (SELECT name FROM person WHERE id = u.person_id),
    'organisation_name', (SELECT name FROM organisation WHERE id = u.organisation_id));
END $$;
--
-- Everything below xmin is finished: no row can still appear under it.
CREATE FUNCTION regie_watermark() RETURNS xid8 LANGUAGE sql STABLE AS $$
  SELECT pg_snapshot_xmin(pg_current_snapshot())
$$;
--
-- Applies one change: fields whose server value is still the client's base
-- take the client's value; a field changed on both sides is a conflict and
-- keeps the server's value. Runs as the caller, so every policy applies.
CREATE FUNCTION regie_apply_change(c jsonb) RETURNS jsonb LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  target text := c->>'table';
  rid uuid := (c->>'id')::uuid;
  op text := c->>'op';
  fields jsonb := coalesce(c->'fields', '{}');
  base jsonb := coalesce(c->'base', '{}');
  cur jsonb;
  upd jsonb := '{}';
  conflicts jsonb := '[]';
  k text;
  cols text;
  vals text;
  deleting boolean;
  status text;
BEGIN
  FOR k IN SELECT jsonb_object_keys(fields) LOOP
    IF NOT EXISTS (SELECT 1 FROM regie_sync_column WHERE regie_sync_column.tbl = target AND col = k) THEN
      RAISE EXCEPTION 'regie: % is not a field of %', k, target USING ERRCODE = 'undefined_column';
    END IF;
  END LOOP;
  EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE id = $1 FOR UPDATE', target) INTO cur USING rid;
  IF cur IS NULL THEN
    -- Locking a row needs the right to change it: tell "may not" from "is not".
    EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE id = $1', target) INTO cur USING rid;
    IF cur IS NOT NULL THEN
      RAISE EXCEPTION 'regie: you may not change this row' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF op <> 'insert' THEN
      RAISE EXCEPTION 'regie: this row does not exist on the server or you may not see it'
        USING ERRCODE = 'no_data_found';
    END IF;
    fields := fields || jsonb_build_object('id', rid, 'created_at', c->'created_at');
    SELECT string_agg(quote_ident(key), ', '), string_agg('r.' || quote_ident(key), ', ')
      INTO cols, vals FROM jsonb_object_keys(fields) AS key;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM jsonb_populate_record(NULL::%I, $1) r', target, cols, vals, target)
      USING fields;
    RETURN jsonb_build_object('change_id', c->'change_id', 'status', 'applied', 'version', 1);
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
    INSERT INTO regie_conflict (change_id, tbl, row_id, field, base, server, client)
      SELECT (c->>'change_id')::uuid, target, rid, x->>'field', x->'base', x->'server', x->'client'
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
-- Applies a batch of changes in order, once: a change id seen before
-- answers with the result it had then. A change the server refuses
-- (rights, rules) is rolled back alone and reported; the rest go on.
CREATE FUNCTION regie_push(changes jsonb) RETURNS jsonb LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  c jsonb;
  prior jsonb;
  res jsonb;
  results jsonb := '[]';
BEGIN
  PERFORM regie_begin_batch(changes);
  FOR c IN SELECT value FROM jsonb_array_elements(changes) LOOP
    SELECT result INTO prior FROM regie_applied_change WHERE change_id = (c->>'change_id')::uuid;
    IF FOUND THEN
      results := results || jsonb_build_array(prior);
      CONTINUE;
    END IF;
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM regie_sync_column WHERE tbl = c->>'table') THEN
        RAISE EXCEPTION 'regie: % is not a synced table', c->>'table' USING ERRCODE = 'undefined_table';
      END IF;
      res := regie_apply_change(c);
    EXCEPTION WHEN OTHERS THEN
      res := jsonb_build_object('change_id', c->'change_id', 'status', 'rejected', 'code', SQLSTATE,
                                'message', SQLERRM);
      -- Show the client the row as the server has it, where it may see it.
      BEGIN
        EXECUTE format('SELECT to_jsonb(t) - ''sync_txid'' - ''created_by_org'' FROM %I t WHERE id = $1',
                       c->>'table') INTO prior USING (c->>'id')::uuid;
        res := res || jsonb_build_object('row', prior);
      EXCEPTION WHEN OTHERS THEN
        NULL;
      END;
    END;
    INSERT INTO regie_applied_change (change_id, result) VALUES ((c->>'change_id')::uuid, res - 'row');
    results := results || jsonb_build_array(res);
  END LOOP;
  RETURN results;
END $$;
--
GRANT EXECUTE ON FUNCTION regie_push(jsonb), regie_hello(integer), regie_watermark() TO regie_users;
)sql";

QStringList split(const char *script)
{
    return splitScript(script);
}

} // namespace

QStringList splitScript(const char *script)
{
    QStringList out;
    for (const QString &part : QString::fromUtf8(script).split(QStringLiteral("\n--\n"))) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

int currentVersion()
{
    return 11;
}

bool hasTable(const Model::SyncSchema::Table &table, int version)
{
    if (Model::SyncSchema::attachmentTables().contains(table.name))
        return version >= 9;
    if (Model::SyncSchema::expertTables().contains(table.name))
        return version >= 10;
    return table.scope != Model::SyncSchema::Scope::Knowledge || version >= 8;
}

bool hasColumn(const Model::SyncSchema::Table &table, const QString &column, int version)
{
    // Step 11: a measurement may correct or withdraw an earlier one.
    if (table.name == QLatin1String("measurement")
        && (column == QLatin1String("corrects_id") || column == QLatin1String("withdrawn")))
        return version >= 11;
    return true;
}

QStringList statements(int step)
{
    if (step == 9)
        return ServerAttachments::statements();
    if (step == 11)
        return ServerMeasurements::statements();
    if (step == 10)
        return ServerExperts::statements();
    if (step == 8)
        return ServerKnowledge::statements();
    if (step == 7)
        return ServerVisibility::statements();
    if (step == 6)
        return ServerConvergence::statements();
    if (step == 5)
        return ServerTrust::statements();
    if (step == 4)
        return ServerSteps::closing();
    if (step == 3) {
        const QStringList plan = Model::SyncSchema::planTables();
        return ServerSteps::syncTables(plan) + ServerSteps::planRules() + ServerSteps::syncPolicies(plan)
            << ServerSteps::purgeFunction(Model::SyncSchema::tables(Model::SyncSchema::firstSyncedTables() + plan));
    }
    if (step == 2)
        return ServerSteps::housekeeping()
            << ServerSteps::purgeFunction(Model::SyncSchema::tables(Model::SyncSchema::firstSyncedTables()));
    if (step != 1)
        return {};
    return split(Foundation) + ServerSteps::syncTables(Model::SyncSchema::firstSyncedTables()) + split(Rights)
        + ServerSteps::syncPolicies(Model::SyncSchema::firstSyncedTables())
        + QStringList{QStringLiteral("INSERT INTO regie_meta VALUES ('protocol', '%1'), ('minimum_protocol', '%2')")
                          .arg(Model::SyncSchema::ProtocolVersion)
                          .arg(MinimumProtocol)};
}

int version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('regie_meta') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT value::integer FROM regie_meta WHERE key = 'schema_version'")))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

namespace {

// Every run ends here from step 5 on: whatever a step added is handed to the
// owner role and kept from users' writes.
Model::Status lockDown(QSqlDatabase &db)
{
    if (!db.transaction())
        return Model::error(Model::Error::Storage, QCoreApplication::translate("Sync", "Cannot start a transaction: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    for (const QString &statement : ServerTrust::lockDown()) {
        if (!q.exec(statement)) {
            const QString message = q.lastError().text();
            qCWarning(lcSync) << "server lock-down failed:" << message << statement;
            db.rollback();
            return Model::error(Model::Error::Storage,
                                QCoreApplication::translate("Sync", "Securing the server database failed: %1").arg(message));
        }
    }
    if (!db.commit())
        return Model::error(Model::Error::Storage,
                            QCoreApplication::translate("Sync", "Securing the server database failed: %1").arg(db.lastError().text()));
    return Model::Done{};
}

} // namespace

Model::Status migrate(QSqlDatabase &db, int target)
{
    const int from = version(db);
    if (from < 0)
        return Model::error(Model::Error::Storage, QCoreApplication::translate("Sync", "The server database cannot be read: %1").arg(db.lastError().text()));
    if (from > currentVersion()) {
        return Model::error(Model::Error::TooNew, QCoreApplication::translate("Sync", "The server database has schema version %1; this Regie knows up "
                                                     "to version %2. Use a newer regie-admin.")
                                                      .arg(from)
                                                      .arg(currentVersion()));
    }
    for (int step = from + 1; step <= target; ++step) {
        if (!db.transaction())
            return Model::error(Model::Error::Storage, QCoreApplication::translate("Sync", "Cannot start a transaction: %1").arg(db.lastError().text()));
        QSqlQuery q(db);
        const QStringList sql = statements(step)
            << QStringLiteral("INSERT INTO regie_meta VALUES ('schema_version', '%1') ON CONFLICT (key) DO UPDATE SET "
                              "value = excluded.value")
                   .arg(step);
        for (const QString &statement : sql) {
            if (!q.exec(statement)) {
                const QString message = q.lastError().text();
                qCWarning(lcSync) << "server migration" << step << "failed:" << message << statement;
                db.rollback();
                return Model::error(Model::Error::Storage,
                                    QCoreApplication::translate("Sync", "Upgrading the server database to version %1 failed: %2").arg(step).arg(message));
            }
        }
        if (!db.commit())
            return Model::error(Model::Error::Storage, QCoreApplication::translate("Sync", "Upgrading the server database to version %1 failed: %2")
                                                           .arg(step)
                                                           .arg(db.lastError().text()));
    }
    if (target >= 5)
        return lockDown(db);
    return Model::Done{};
}

} // namespace Sync::ServerSchema
