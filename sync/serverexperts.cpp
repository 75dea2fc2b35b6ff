#include "serverexperts.h"

#include "serverschema.h"
#include "serversteps.h"
#include "servertrust.h"
#include "serverwrites.h"

#include "model/synctables.h"

namespace Sync::ServerExperts {

namespace {

// One offer per person (its id is made from the person's, so two laptops
// of one person write the same row), the rules the local store also keeps,
// and who may read: everyone an offer, a consultation those who may read
// its item.
const char *const Tables = R"sql(
ALTER TABLE knowledge_expert ALTER COLUMN person_id SET NOT NULL, ALTER COLUMN organisation_id SET NOT NULL,
  ALTER COLUMN since SET NOT NULL,
  ADD FOREIGN KEY (person_id) REFERENCES person (id),
  ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  ADD CHECK (length(topics) <= 4000 AND length(note) <= 2000)
--
CREATE UNIQUE INDEX knowledge_expert_person ON knowledge_expert (person_id)
--
ALTER TABLE knowledge_consultation ALTER COLUMN item_id SET NOT NULL, ALTER COLUMN organisation_id SET NOT NULL,
  ALTER COLUMN opened_on SET NOT NULL,
  ADD FOREIGN KEY (item_id) REFERENCES knowledge_item (id),
  ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id)
--
CREATE INDEX knowledge_consultation_item ON knowledge_consultation (item_id)
--
ALTER TABLE knowledge_expert ENABLE ROW LEVEL SECURITY
--
ALTER TABLE knowledge_consultation ENABLE ROW LEVEL SECURITY
--
CREATE POLICY knowledge_expert_read ON knowledge_expert FOR SELECT TO regie_users USING (true)
--
CREATE POLICY knowledge_consultation_read ON knowledge_consultation FOR SELECT TO regie_users
  USING (EXISTS (SELECT 1 FROM knowledge_item i WHERE i.id = knowledge_consultation.item_id OFFSET 0))
)sql";

// What regie_check_write() asks of an offer or a consultation: @p cur as
// the server has it (NULL for an insert), @p nrow as it would be.
const char *const Writing = R"sql(
CREATE FUNCTION regie_check_experts(target text, cur jsonb, nrow jsonb) RETURNS void LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp AS $$
DECLARE
  org uuid := regie_my_org();
  k text;
  bad_day boolean;
BEGIN
  IF regie_my_role() IS DISTINCT FROM 'lead' AND regie_my_role() IS DISTINCT FROM 'member' THEN
    PERFORM regie_refuse('regie: only leads and members write in the knowledge base');
  END IF;
  IF regie_uuid(nrow->>'organisation_id') IS DISTINCT FROM org THEN
    PERFORM regie_refuse(CASE target WHEN 'knowledge_expert'
      THEN 'regie: an offer to be asked is made by the person''s own organisation'
      ELSE 'regie: a consultation is recorded by the organisation that opened the item' END);
  END IF;
  IF target = 'knowledge_expert' THEN
    IF cur IS NOT NULL AND ((nrow->'person_id') IS DISTINCT FROM (cur->'person_id')
                            OR (nrow->'organisation_id') IS DISTINCT FROM (cur->'organisation_id')) THEN
      PERFORM regie_refuse('regie: an offer to be asked stays with its person');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM person x WHERE x.id = regie_uuid(nrow->>'person_id') AND x.organisation_id = org
                    AND NOT x.deleted) THEN
      PERFORM regie_refuse('regie: an offer to be asked is made by the person''s own organisation');
    END IF;
    RETURN;
  END IF;
  -- knowledge_consultation: only ever added. The same row sent again (a
  -- second laptop of the same person, a lost answer) changes nothing.
  IF cur IS NOT NULL THEN
    FOREACH k IN ARRAY ARRAY['item_id', 'organisation_id', 'opened_on', 'deleted'] LOOP
      IF (nrow->k) IS DISTINCT FROM (cur->k) THEN
        PERFORM regie_refuse('regie: a consultation is only added, never changed');
      END IF;
    END LOOP;
    RETURN;
  END IF;
  IF (nrow->'deleted') = 'true'::jsonb THEN
    PERFORM regie_refuse('regie: a consultation is only added, never changed');
  END IF;
  IF NOT regie_item_id_readable(regie_uuid(nrow->>'item_id')) THEN
    PERFORM regie_refuse('regie: a consultation is recorded of a knowledge item you may read');
  END IF;
  -- A date as laptops write it (yyyy-mm-dd), no later than tomorrow
  -- (clocks and time zones differ by a day at most).
  bad_day := CASE WHEN length(nrow->>'opened_on') = 10 AND translate(nrow->>'opened_on', '0123456789', '') = '--'
                 THEN (nrow->>'opened_on')::date > current_date + 1 ELSE true END;
  IF bad_day THEN
    PERFORM regie_refuse('regie: a consultation is recorded on the day the item was opened');
  END IF;
END $$
)sql";

QStringList split(const char *script)
{
    return ServerSchema::splitScript(script);
}

} // namespace

QStringList statements()
{
    const QStringList experts = Model::SyncSchema::expertTables();
    // The stamp and the checks are made again: they know the new tables now
    // (who made a row, who may see and write it).
    QStringList sql = ServerSteps::syncTables(experts) + split(Tables) + ServerTrust::stampFunction()
        + split(ServerTrust::WriteChecks) + split(Writing);
    for (const QString &t : experts)
        sql << QStringLiteral("ALTER TABLE %1 ALTER COLUMN created_by_org SET NOT NULL").arg(t);
    sql << ServerSteps::purgeFunction(Model::SyncSchema::tables());
    return sql;
}

} // namespace Sync::ServerExperts
