#include "servertrust.h"

#include "serverschema.h"
#include "serverattachments.h"
#include "serverknowledge.h"
#include "servervisibility.h"
#include "serverwrites.h"

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
    case Scope::Knowledge:
        return QStringLiteral("knowledge");
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
        // A table of a later step joins when its step made it.
        sql << QStringLiteral("INSERT INTO regie_sync_table SELECT '%1', '%2', %3, '%4' WHERE to_regclass('%1') IS NOT "
                              "NULL ON CONFLICT (tbl) DO UPDATE "
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
    // The tables of steps 1 and 3: later ones require it from their own step.
    for (const auto &t : Model::SyncSchema::tables(Model::SyncSchema::firstSyncedTables() + Model::SyncSchema::planTables())) {
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
// Stamps every write with the server's bookkeeping; made again by each
// step that changes it (5: created_by_org from the login; 6: created_at
// never in the future).
const char *const Stamp = R"sql(
CREATE OR REPLACE FUNCTION regie_stamp() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  r jsonb;
BEGIN
  NEW.sync_txid := pg_current_xact_id();
  NEW.updated_at := now();
  NEW.changed_by := coalesce(regie_my_person(), NEW.changed_by);
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
    -- When the user made the row, by the laptop's clock, but never later
    -- than the server's: a clock running ahead makes no rows in the future.
    NEW.created_at := least(coalesce(NEW.created_at, now()), now());
    NEW.created_by_org := regie_my_org();
    IF NEW.created_by_org IS NULL THEN
      -- An administrator's import: keep what it names, else derive it. No
      -- branch may read a table a later step makes (knowledge_item): the
      -- whole expression is planned at once, on servers of every step.
      r := to_jsonb(NEW);
      NEW.created_by_org := coalesce(regie_uuid(r->>'created_by_org'), CASE TG_TABLE_NAME
        WHEN 'organisation' THEN regie_uuid(r->>'id')
        WHEN 'person' THEN regie_uuid(r->>'organisation_id')
        WHEN 'knowledge_item' THEN regie_uuid(r->>'organisation_id')
        WHEN 'reuse' THEN regie_uuid(r->>'organisation_id')
        WHEN 'knowledge_attachment' THEN regie_uuid(r->>'organisation_id')
        WHEN 'knowledge_expert' THEN regie_uuid(r->>'organisation_id')
        WHEN 'knowledge_consultation' THEN regie_uuid(r->>'organisation_id')
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
)sql";

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
    return describeTables() + split(withLimits(Trust).toUtf8().constData()) + stampFunction() + split(WriteChecks)
        + pushFunctions() + fillCreators();
}

QStringList stampFunction()
{
    return split(Stamp);
}

QStringList pushFunctions()
{
    return split(withLimits(Push).toUtf8().constData());
}

QStringList lockDown()
{
    // A table a later step declares is described, read and locked down here.
    return describeTables() + split(LockDown) + ServerVisibility::grants() + ServerKnowledge::grants()
        + ServerAttachments::grants();
}

} // namespace Sync::ServerTrust
