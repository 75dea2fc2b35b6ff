#include "servermeasurements.h"

#include "serverschema.h"
#include "serverwrites.h"

namespace Sync::ServerMeasurements {

namespace {

// The columns the local store has since its step 15, the rule, and the
// checks made again: regie_check_write() sends measurements that correct
// to regie_check_measurement() now.
const char *const Corrections = R"sql(
ALTER TABLE measurement ADD COLUMN corrects_id uuid REFERENCES measurement (id),
  ADD COLUMN withdrawn boolean NOT NULL DEFAULT false,
  ADD CHECK (NOT withdrawn OR corrects_id IS NOT NULL)
--
CREATE INDEX measurement_corrects ON measurement (corrects_id) WHERE corrects_id IS NOT NULL
--
INSERT INTO regie_sync_column (tbl, col) VALUES ('measurement', 'corrects_id'), ('measurement', 'withdrawn')
--
-- What a measurement @p nrow that corrects must name: a measurement of the
-- same goal, in the same project, that the server has. A correction of a
-- correction is allowed (undo and redo write them), and so are two that
-- replace the same one: laptops correct offline, the later one stands.
CREATE FUNCTION regie_check_measurement(nrow jsonb) RETURNS void LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp AS $$
DECLARE
  c record;
BEGIN
  IF nrow->>'corrects_id' IS NULL THEN
    IF (nrow->'withdrawn') = 'true'::jsonb THEN
      PERFORM regie_refuse('regie: only a correction withdraws a measurement');
    END IF;
    RETURN;
  END IF;
  SELECT m.project_id, m.goal_id, m.deleted INTO c FROM measurement m WHERE m.id = regie_uuid(nrow->>'corrects_id');
  IF NOT FOUND OR c.deleted OR c.project_id IS DISTINCT FROM regie_uuid(nrow->>'project_id')
     OR c.goal_id IS DISTINCT FROM regie_uuid(nrow->>'goal_id') THEN
    PERFORM regie_refuse('regie: a correction names a measurement of the same goal');
  END IF;
END $$;
)sql";

} // namespace

QStringList statements()
{
    return ServerSchema::splitScript(Corrections) + ServerSchema::splitScript(ServerTrust::WriteChecks);
}

} // namespace Sync::ServerMeasurements
