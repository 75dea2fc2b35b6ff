#include "serversteps.h"

#include "serverschema.h"

#include <QStringList>

#include <algorithm>

namespace Sync::ServerSteps {

namespace {

QString serverType(Model::SyncSchema::Type type)
{
    switch (type) {
    case Model::SyncSchema::Type::Text:
        return QStringLiteral("text NOT NULL DEFAULT ''");
    case Model::SyncSchema::Type::Uuid:
        return QStringLiteral("uuid");
    case Model::SyncSchema::Type::Date:
        return QStringLiteral("date");
    case Model::SyncSchema::Type::Flag:
        return QStringLiteral("boolean NOT NULL DEFAULT false");
    case Model::SyncSchema::Type::Blob:
        return QStringLiteral("bytea");
    case Model::SyncSchema::Type::Number:
        return QStringLiteral("double precision");
    }
    return {};
}

// Who may see and change the rows of a table: written once per scope, so a
// table declared in model/synctables.cpp gets its policies with it.
QStringList policies(const Model::SyncSchema::Table &t)
{
    const QString n = t.name;
    // Users only read (server step 5 locks every write away from them); the
    // write policies of steps 1 to 4 are dropped there.
    QStringList sql{QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(n),
                    QStringLiteral("GRANT SELECT ON %1 TO regie_users").arg(n)};
    switch (t.scope) {
    case Model::SyncSchema::Scope::Directory:
        sql << QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT TO regie_users USING (true)").arg(n)
            << QStringLiteral("CREATE POLICY %1_add ON %1 FOR INSERT TO regie_users WITH CHECK (regie_my_role() IN "
                              "('lead', 'member'))")
                   .arg(n)
            << QStringLiteral("CREATE POLICY %1_change ON %1 FOR UPDATE TO regie_users"
                              " USING (regie_my_role() IN ('lead', 'member') AND (id = regie_my_org() OR NOT "
                              "regie_org_has_users(id)))")
                   .arg(n);
        break;
    case Model::SyncSchema::Scope::People:
        sql << QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT TO regie_users USING (organisation_id = "
                              "regie_my_org() OR organisation_id IN (SELECT unnest(regie_partner_orgs())))")
                   .arg(n)
            << QStringLiteral("CREATE POLICY %1_add ON %1 FOR INSERT TO regie_users WITH CHECK (regie_my_role() IN "
                              "('lead', 'member') AND (organisation_id = regie_my_org() OR NOT "
                              "regie_org_has_users(organisation_id)))")
                   .arg(n)
            << QStringLiteral("CREATE POLICY %1_change ON %1 FOR UPDATE TO regie_users USING (regie_my_role() IN "
                              "('lead', 'member') AND (organisation_id = regie_my_org() OR NOT "
                              "regie_org_has_users(organisation_id)))")
                   .arg(n);
        break;
    case Model::SyncSchema::Scope::Project: {
        const QString p = t.projectColumn;
        const QString visible = QStringLiteral("%1 IN (SELECT unnest(regie_visible_projects()))").arg(p);
        sql << QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT TO regie_users USING (%2)").arg(n, visible);
        switch (t.rights) {
        case Model::SyncSchema::Rights::LeadEdits: {
            const QString lead = QStringLiteral("(regie_may_lead(%1) OR regie_may_start(%1))").arg(p);
            sql << QStringLiteral("CREATE POLICY %1_add ON %1 FOR INSERT TO regie_users WITH CHECK %2").arg(n, lead)
                << QStringLiteral("CREATE POLICY %1_change ON %1 FOR UPDATE TO regie_users USING %2 WITH CHECK %2")
                       .arg(n, lead);
            break;
        }
        case Model::SyncSchema::Rights::MembersAppend:
            // Appended by whoever works on the project; never changed, so
            // logging offline never conflicts.
            sql << QStringLiteral("CREATE POLICY %1_add ON %1 FOR INSERT TO regie_users WITH CHECK "
                                  "(regie_my_role() IN ('lead', 'member') AND %2)")
                       .arg(n, visible);
            break;
        case Model::SyncSchema::Rights::ParticipantsComment:
            sql << QStringLiteral("CREATE POLICY %1_add ON %1 FOR INSERT TO regie_users WITH CHECK "
                                  "(regie_my_role() IN ('lead', 'member', 'external') AND person_id = "
                                  "regie_my_person() AND %2)")
                       .arg(n, visible)
                << QStringLiteral("CREATE POLICY %1_change ON %1 FOR UPDATE TO regie_users USING (person_id = "
                                  "regie_my_person() AND %2) WITH CHECK (person_id = regie_my_person() AND %2)")
                       .arg(n, visible);
            break;
        }
        break;
    }
    case Model::SyncSchema::Scope::Knowledge:
        // The knowledge base's policies are written by its own server step.
        break;
    }
    return sql;
}

// Step 2: tombstones do not pile up for ever. Purging them sets a horizon;
// a laptop whose cursor is older than it may have missed a delete and reads
// everything again (docs/SYNC.md, "Tombstones and the horizon").
const char *const Housekeeping = R"sql(
INSERT INTO regie_meta VALUES ('tombstone_horizon', '0')
--
CREATE FUNCTION regie_horizon() RETURNS xid8 LANGUAGE sql STABLE AS $$
  SELECT value::xid8 FROM regie_meta WHERE key = 'tombstone_horizon'
$$;
--
GRANT EXECUTE ON FUNCTION regie_horizon() TO regie_users;
)sql";

// regie_purge(keep): removes rows deleted longer than @p keep ago, children
// before parents, and the rows of purged projects with them. A row still
// referenced (a person with a lead term, say) stays until what refers to it
// goes. Run by the owner (regie-admin purge), never by users. A step that
// adds synced tables makes it again with them.
} // namespace

QString purgeFunction(const QList<Model::SyncSchema::Table> &tables)
{
    QString body;
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        QString condition = QStringLiteral("deleted AND updated_at < now() - keep");
        if (it->scope == Model::SyncSchema::Scope::Project && it->name != QLatin1String("project"))
            condition = QStringLiteral("(%1 OR %2 IN (SELECT id FROM project WHERE deleted AND updated_at < now() - keep))")
                            .arg(condition, it->projectColumn);
        else if (it->scope == Model::SyncSchema::Scope::Knowledge
                 && std::any_of(it->fields.cbegin(), it->fields.cend(),
                                [](const Model::SyncSchema::Column &c) { return c.name == QLatin1String("item_id"); }))
            // Versions, reuse and consultations go with their item.
            condition = QStringLiteral("(%1 OR item_id IN (SELECT id FROM knowledge_item WHERE deleted AND updated_at < "
                                       "now() - keep))")
                            .arg(condition);
        body += QStringLiteral(
                    "  FOR r IN SELECT id, sync_txid FROM %1 WHERE %2 AND sync_txid < below LOOP\n"
                    "    BEGIN\n"
                    "      DELETE FROM %1 WHERE id = r.id;\n"
                    "      purged := purged + 1;\n"
                    "      top := greatest(top, r.sync_txid::text::numeric);\n"
                    "    EXCEPTION WHEN foreign_key_violation THEN\n"
                    "      NULL;\n"
                    "    END;\n"
                    "  END LOOP;\n")
                    .arg(it->name, condition);
    }
    return QStringLiteral("CREATE OR REPLACE FUNCTION regie_purge(keep interval) RETURNS bigint LANGUAGE plpgsql "
                          "SET search_path = public, pg_temp AS $$\n"
                          "DECLARE\n"
                          "  below xid8 := regie_watermark();\n"
                          "  purged bigint := 0;\n"
                          "  top numeric := -1;\n"
                          "  r record;\n"
                          "BEGIN\n"
                          "%1"
                          "  IF purged > 0 THEN\n"
                          "    UPDATE regie_meta SET value = greatest(value::numeric, top + 1)::text\n"
                          "      WHERE key = 'tombstone_horizon';\n"
                          "  END IF;\n"
                          "  DELETE FROM regie_applied_change WHERE applied_at < now() - keep;\n"
                          "  DELETE FROM regie_conflict WHERE created_at < now() - keep;\n"
                          "  DELETE FROM regie_batch_rights WHERE txid < below;\n"
                          "  RETURN purged;\n"
                          "END $$")
        .arg(body);
}

namespace {

// Step 3: goals, measurements, milestones, progress and evaluations. The
// tables come from their declarations; here are the rules they keep on the
// server as in the local store.
const char *const Plan = R"sql(
ALTER TABLE goal ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ALTER COLUMN project_id SET NOT NULL,
  ADD CHECK (length(btrim(title)) > 0 AND length(title) <= 200),
  ADD CHECK (length(description) <= 4000 AND length(indicator) <= 400 AND length(unit) <= 40)
--
ALTER TABLE goal_partner ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (goal_id) REFERENCES goal (id),
  ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN goal_id SET NOT NULL, ALTER COLUMN organisation_id SET NOT NULL
--
ALTER TABLE measurement ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (goal_id) REFERENCES goal (id),
  ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN goal_id SET NOT NULL,
  ALTER COLUMN value SET NOT NULL, ALTER COLUMN measured_on SET NOT NULL,
  ADD CHECK (length(note) <= 2000)
--
ALTER TABLE milestone ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
  ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN due_date SET NOT NULL,
  ADD CHECK (length(btrim(title)) > 0 AND length(title) <= 200),
  ADD CHECK (length(description) <= 4000),
  ADD CHECK (status IN ('planned', 'in_progress', 'done', 'missed'))
--
ALTER TABLE milestone_goal ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (milestone_id) REFERENCES milestone (id),
  ADD FOREIGN KEY (goal_id) REFERENCES goal (id),
  ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN milestone_id SET NOT NULL, ALTER COLUMN goal_id SET NOT NULL
--
ALTER TABLE progress_entry ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  ADD FOREIGN KEY (milestone_id) REFERENCES milestone (id),
  ADD FOREIGN KEY (corrects_id) REFERENCES progress_entry (id),
  ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN entry_date SET NOT NULL,
  ALTER COLUMN organisation_id SET NOT NULL,
  ADD CHECK (hours IS NULL OR (hours >= -24 AND hours <= 24)),
  ADD CHECK (percent IS NULL OR (percent >= 0 AND percent <= 100)),
  ADD CHECK (length(note) <= 2000)
--
CREATE INDEX progress_entry_project ON progress_entry (project_id, entry_date)
--
CREATE INDEX measurement_goal ON measurement (goal_id, measured_on)
--
ALTER TABLE evaluation ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN planned_on SET NOT NULL,
  ADD CHECK (kind IN ('interim', 'closing')),
  ADD CHECK (status IN ('planned', 'held')),
  ADD CHECK (length(findings) <= 8000 AND length(lessons) <= 8000)
--
ALTER TABLE evaluation_score ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
  ADD FOREIGN KEY (goal_id) REFERENCES goal (id),
  ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN evaluation_id SET NOT NULL, ALTER COLUMN goal_id SET NOT NULL,
  ADD CHECK (status IN ('on_track', 'at_risk', 'off_track', 'reached')),
  ADD CHECK (length(remark) <= 2000)
--
ALTER TABLE evaluation_comment ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
  ALTER COLUMN project_id SET NOT NULL, ALTER COLUMN evaluation_id SET NOT NULL, ALTER COLUMN person_id SET NOT NULL,
  ADD CHECK (length(btrim(comment)) > 0 AND length(comment) <= 4000)
--
ALTER TABLE decision ADD FOREIGN KEY (project_id) REFERENCES project (id),
  ADD FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
  ALTER COLUMN project_id SET NOT NULL,
  ADD CHECK (subject IN ('', 'goal_target', 'milestone_due')),
  ADD CHECK (length(btrim(text)) > 0 AND length(text) <= 4000 AND length(reason) <= 4000)
)sql";

// Step 4: the closing rule and read-only closed projects, enforced on the
// server as the local store does, so that a laptop with an older Regie (or
// a hand-edited file) cannot close a project without its lessons, nor
// change the plan of a closed one.
const char *const Closing = R"sql(
CREATE FUNCTION regie_guard_closing() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW.status IN ('completed', 'stopped') AND OLD.status NOT IN ('completed', 'stopped')
     AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = NEW.id AND NOT e.deleted
                     AND e.kind = 'closing' AND e.held_on IS NOT NULL AND btrim(e.lessons) <> '') THEN
    RAISE EXCEPTION 'regie: a project is completed or stopped only after a closing evaluation with the lessons learned'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--
CREATE TRIGGER project_closing BEFORE UPDATE OF status ON project FOR EACH ROW
  EXECUTE FUNCTION regie_guard_closing();
--
-- On the tables the regie edits (see statements(4)).
CREATE FUNCTION regie_guard_closed_plan() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  -- A project that arrives closed in this same push (a laptop's import of
  -- finished projects) brings its plan with it; later writes are refused.
  IF regie_my_person() IS NOT NULL
     AND EXISTS (SELECT 1 FROM project p WHERE p.id = NEW.project_id AND p.status IN ('completed', 'stopped')
                 AND p.sync_txid <> pg_current_xact_id()) THEN
    RAISE EXCEPTION 'regie: the project is closed; its plan stays as it was' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
)sql";

} // namespace

QStringList syncTables(const QStringList &names)
{
    QStringList sql;
    // As their step made them: columns added later come with their own step.
    for (const auto &t : Model::SyncSchema::tablesAsFirstMade(names)) {
        QStringList columns{QStringLiteral("id uuid PRIMARY KEY")};
        for (const auto &c : t.fields)
            columns << c.name + QLatin1Char(' ') + serverType(c.type);
        columns << QStringLiteral("created_at timestamptz NOT NULL DEFAULT now()")
                << QStringLiteral("updated_at timestamptz NOT NULL DEFAULT now()")
                << QStringLiteral("changed_by uuid") << QStringLiteral("deleted boolean NOT NULL DEFAULT false")
                << QStringLiteral("version bigint NOT NULL DEFAULT 1") << QStringLiteral("created_by_org uuid")
                << QStringLiteral("sync_txid xid8 NOT NULL DEFAULT pg_current_xact_id()");
        sql << QStringLiteral("CREATE TABLE %1 (%2)").arg(t.name, columns.join(QStringLiteral(", ")))
            << QStringLiteral("CREATE INDEX %1_feed ON %1 (sync_txid, id)").arg(t.name)
            << QStringLiteral("CREATE TRIGGER %1_stamp BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "regie_stamp()")
                   .arg(t.name);
        for (const auto &c : t.syncedColumns())
            sql << QStringLiteral("INSERT INTO regie_sync_column (tbl, col) VALUES ('%1', '%2')").arg(t.name, c.name);
    }
    return sql;
}

QStringList syncPolicies(const QStringList &names)
{
    QStringList sql;
    for (const auto &t : Model::SyncSchema::tables(names))
        sql << policies(t);
    return sql;
}

QStringList housekeeping()
{
    return ServerSchema::splitScript(Housekeeping);
}

QStringList planRules()
{
    return ServerSchema::splitScript(Plan);
}

QStringList closing()
{
    // The plan the regie edits is guarded. What happened in the field is
    // not: hours and measurements logged offline before the project
    // closed still arrive (they are only ever added), and reflection
    // goes on after closing.
    QStringList sql = ServerSchema::splitScript(Closing);
    for (const Model::SyncSchema::Table &t : Model::SyncSchema::tables(Model::SyncSchema::planTables())) {
        if (t.rights == Model::SyncSchema::Rights::LeadEdits)
            sql << QStringLiteral("CREATE TRIGGER %1_closed BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW "
                                  "EXECUTE FUNCTION regie_guard_closed_plan()")
                       .arg(t.name);
    }
    return sql;
}

} // namespace Sync::ServerSteps
