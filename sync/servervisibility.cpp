#include "servervisibility.h"

#include "serverschema.h"

#include "model/synctables.h"

namespace Sync::ServerVisibility {

namespace {

const char *const Visibility = R"sql(
CREATE TABLE regie_visible (
  project_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  PRIMARY KEY (project_id, organisation_id)
)
--
CREATE INDEX regie_visible_organisation ON regie_visible (organisation_id, project_id)
--
CREATE TABLE regie_visibility (organisation_id uuid PRIMARY KEY, epoch bigint NOT NULL)
--
-- Makes the rows of @p projects in regie_visible what regie_visible_projects()
-- of step 1 said: the organisations with a current participation, and the
-- creator while nobody leads. Raises the epoch of every organisation whose
-- set changed. One transaction per project at a time (a bulk load locks all),
-- so each computes from what the one before it committed.
CREATE FUNCTION regie_refresh_visible(projects uuid[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF coalesce(cardinality(projects), 0) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(projects) > 32 THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('regie_visible', 0));
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('regie_visible', 0));
    PERFORM pg_advisory_xact_lock(k)
       FROM (SELECT DISTINCT hashtextextended(p::text, 1) AS k FROM unnest(projects) p) s ORDER BY k;
  END IF;
  WITH want AS (
    SELECT l.project_id, l.organisation_id FROM participation l
     WHERE l.project_id = ANY (projects) AND l.left_on IS NULL AND NOT l.deleted
    UNION
    SELECT p.id, p.created_by_org FROM project p
     WHERE p.id = ANY (projects) AND p.created_by_org IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM participation l WHERE l.project_id = p.id AND l.role = 'lead'
                        AND l.left_on IS NULL AND NOT l.deleted)
  ), gone AS (
    DELETE FROM regie_visible v WHERE v.project_id = ANY (projects)
       AND NOT EXISTS (SELECT 1 FROM want w WHERE w.project_id = v.project_id AND w.organisation_id = v.organisation_id)
    RETURNING v.organisation_id
  ), came AS (
    INSERT INTO regie_visible (project_id, organisation_id) SELECT project_id, organisation_id FROM want
    ON CONFLICT DO NOTHING RETURNING organisation_id
  )
  INSERT INTO regie_visibility (organisation_id, epoch)
    SELECT o, 1 FROM (SELECT organisation_id FROM gone UNION SELECT organisation_id FROM came) s(o) ORDER BY o
  ON CONFLICT (organisation_id) DO UPDATE SET epoch = regie_visibility.epoch + 1;
END $$;
--
CREATE FUNCTION regie_participation_moved() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM regie_refresh_visible(ARRAY(SELECT DISTINCT project_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM regie_refresh_visible(ARRAY(SELECT DISTINCT project_id FROM old_rows));
  ELSE
    -- Only what decides visibility: a partner's brings and gets do not.
    PERFORM regie_refresh_visible(ARRAY(
      SELECT DISTINCT x FROM new_rows n JOIN old_rows o ON o.id = n.id, LATERAL (VALUES (n.project_id), (o.project_id)) v(x)
       WHERE (n.project_id, n.organisation_id, n.role, n.left_on, n.deleted)
             IS DISTINCT FROM (o.project_id, o.organisation_id, o.role, o.left_on, o.deleted)));
  END IF;
  RETURN NULL;
END $$;
--
CREATE FUNCTION regie_project_moved() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM regie_refresh_visible(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM regie_refresh_visible(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM regie_refresh_visible(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.created_by_org IS DISTINCT FROM o.created_by_org));
  END IF;
  RETURN NULL;
END $$;
--
CREATE TRIGGER participation_visible_insert AFTER INSERT ON participation REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regie_participation_moved()
--
CREATE TRIGGER participation_visible_update AFTER UPDATE ON participation
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION regie_participation_moved()
--
CREATE TRIGGER participation_visible_delete AFTER DELETE ON participation REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regie_participation_moved()
--
CREATE TRIGGER project_visible_insert AFTER INSERT ON project REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regie_project_moved()
--
CREATE TRIGGER project_visible_update AFTER UPDATE ON project
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION regie_project_moved()
--
CREATE TRIGGER project_visible_delete AFTER DELETE ON project REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regie_project_moved()
--
SELECT regie_refresh_visible(ARRAY(SELECT id FROM project))
--
-- The same set as before, read from the table the triggers keep.
CREATE OR REPLACE FUNCTION regie_visible_projects() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT coalesce(array_agg(project_id ORDER BY project_id), '{}') FROM regie_visible
   WHERE organisation_id = regie_my_org()
$$;
--
CREATE OR REPLACE FUNCTION regie_partner_orgs() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT coalesce(array_agg(DISTINCT l.organisation_id), '{}') FROM participation l
    JOIN regie_visible v ON v.project_id = l.project_id
   WHERE v.organisation_id = regie_my_org() AND NOT l.deleted
$$;
--
-- The caller's own rows of regie_visible, read with the owner's rights
-- (users hold no right on the table itself). The organisation is an
-- InitPlan: computed once per statement, not once per row.
CREATE VIEW regie_my_projects WITH (security_barrier) AS
  SELECT project_id FROM regie_visible WHERE organisation_id = (SELECT regie_my_org())
--
-- "org:epoch": changes whenever the set of projects the caller's
-- organisation sees changes; with the organisation, so that a user moved
-- to another one never meets the same value.
CREATE FUNCTION regie_visibility_epoch() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT s.o::text || ':' || coalesce((SELECT v.epoch FROM regie_visibility v WHERE v.organisation_id = s.o), 0)
    FROM (SELECT regie_my_org() AS o) s
$$;
)sql";

const char *const Grants = R"sql(
DO $$ BEGIN
  IF to_regclass('regie_my_projects') IS NOT NULL THEN
    GRANT SELECT ON regie_my_projects TO regie_users;
    GRANT EXECUTE ON FUNCTION regie_visibility_epoch() TO regie_users;
  END IF;
END $$
)sql";

} // namespace

QStringList statements()
{
    QStringList sql = ServerSchema::splitScript(Visibility);
    // Each row's project looked up by index: flat in the number of visible
    // projects, where `IN (SELECT unnest(regie_visible_projects()))` built
    // the whole set again for every page.
    // OFFSET 0 keeps the look-up per row: without it the planner may turn
    // the EXISTS into a hashed IN over every visible project when it
    // expects many rows. The partners as a scalar sub-select: the planner
    // would otherwise call regie_partner_orgs() while planning, to guess
    // how many rows unnest() yields.
    for (const auto &t : Model::SyncSchema::tables()) {
        if (t.scope == Model::SyncSchema::Scope::Project)
            sql << QStringLiteral("ALTER POLICY %1_read ON %1 USING (EXISTS (SELECT 1 FROM regie_my_projects v WHERE "
                                  "v.project_id = %1.%2 OFFSET 0))")
                       .arg(t.name, t.projectColumn);
        else if (t.scope == Model::SyncSchema::Scope::People)
            sql << QStringLiteral("ALTER POLICY %1_read ON %1 USING (organisation_id = regie_my_org() OR organisation_id "
                                  "= ANY ((SELECT regie_partner_orgs())::uuid[]))")
                       .arg(t.name);
    }
    return sql;
}

QStringList grants()
{
    return ServerSchema::splitScript(Grants);
}

} // namespace Sync::ServerVisibility
