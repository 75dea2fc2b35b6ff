#include "attacker.h"

#include "model/synctables.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace AttackMatrix {

using Model::SyncSchema::Scope;

namespace {

bool enumerated(const QString &field)
{
    return QStringList{u"kind"_s, u"status"_s, u"role"_s, u"subject"_s}.contains(field);
}

} // namespace

void Attacker::attackDirectly(const Subject &s)
{
    // Every bookkeeping table the server has, whichever step made it.
    QStringList tables;
    QSqlQuery q(admin());
    q.exec(u"SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' "
           "AND relname LIKE 'regie\\_%'"_s);
    while (q.next())
        tables << q.value(0).toString();
    if (tables.size() < 8)
        m_tally.breaches << u"the server's bookkeeping tables were not found"_s;
    for (const auto &t : Model::SyncSchema::tables())
        tables << t.name;
    for (const QString &t : std::as_const(tables)) {
        for (const QString &sql :
             {u"INSERT INTO %1 DEFAULT VALUES"_s, u"INSERT INTO %1 SELECT * FROM %1"_s, u"UPDATE %1 SET %2 = %2"_s,
              u"DELETE FROM %1"_s, u"TRUNCATE %1"_s, u"LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE"_s,
              u"LOCK TABLE %1 IN ROW EXCLUSIVE MODE"_s, u"LOCK TABLE %1 IN SHARE MODE"_s,
              u"SELECT 1 FROM %1 FOR UPDATE"_s, u"SELECT 1 FROM %1 FOR KEY SHARE"_s})
            refuseDirect(s, QString(sql).replace(u"%2"_s, tableColumn(t)).replace(u"%1"_s, t));
    }
    // The server's inner functions, and ways round the owner.
    for (const QString &sql :
         {u"SELECT regie_apply_change('{\"table\": \"project\"}'::jsonb)"_s, u"SELECT regie_begin_batch('[]'::jsonb)"_s,
          u"SELECT regie_purge('0 days'::interval)"_s, u"SELECT regie_set_limits(current_user)"_s,
          u"SELECT regie_end_stalled_sessions()"_s, u"SELECT regie_check_write('project', NULL, '{}'::jsonb)"_s,
          u"SELECT regie_may_see('project', '{}'::jsonb)"_s, u"SELECT regie_may_lead(gen_random_uuid())"_s,
          u"SELECT regie_may_start(gen_random_uuid())"_s, u"SELECT regie_refuse('x')"_s,
          u"SELECT regie_refresh_visible(ARRAY(SELECT id FROM project))"_s,
          u"INSERT INTO regie_my_projects VALUES (gen_random_uuid())"_s, u"DELETE FROM regie_my_projects"_s,
          u"UPDATE regie_my_projects SET project_id = gen_random_uuid()"_s,
          u"SET ROLE regie_owner"_s, u"SET SESSION AUTHORIZATION regie_owner"_s,
          u"CREATE TEMP TABLE regie_shadow (id uuid)"_s, u"CREATE TABLE public.regie_shadow (id uuid)"_s,
          u"CREATE FUNCTION public.regie_my_org2() RETURNS uuid LANGUAGE sql AS 'SELECT NULL::uuid'"_s,
          u"CREATE POLICY everything ON project FOR SELECT USING (true)"_s,
          u"ALTER TABLE project DISABLE ROW LEVEL SECURITY"_s, u"SELECT * FROM pg_authid"_s,
          u"SELECT lo_create(0)"_s, u"COPY project FROM STDIN"_s})
        refuseDirect(s, sql);
}

// A column of @p table to write to (any will do: the write must fail).
QString Attacker::tableColumn(const QString &table)
{
    static const QHash<QString, QString> columns = {{u"regie_batch_handover"_s, u"project_id"_s},
        {u"regie_user"_s, u"project_role"_s},   {u"regie_applied_change"_s, u"result"_s},
        {u"regie_conflict"_s, u"field"_s},      {u"regie_batch_rights"_s, u"project_id"_s},
        {u"regie_meta"_s, u"value"_s},          {u"regie_sync_column"_s, u"col"_s},
        {u"regie_sync_table"_s, u"rights"_s},   {u"regie_visible"_s, u"organisation_id"_s},
        {u"regie_visibility"_s, u"epoch"_s}};
    return columns.value(table, u"deleted"_s);
}

void Attacker::attackReads(const Subject &s)
{
    const bool inP = s.inP(w);
    const QSet<QUuid> projects = inP ? QSet<QUuid>{w.p} : QSet<QUuid>{w.q};
    const QSet<QUuid> orgs = inP ? QSet<QUuid>{w.dordrecht, w.zwijndrecht, w.papendrecht, w.platform, w.waterboard}
                                 : QSet<QUuid>{w.sliedrecht};
    for (const auto &t : Model::SyncSchema::tables()) {
        QSqlQuery q(s.db);
        bool held = q.exec(u"SELECT to_jsonb(t)::text FROM %1 t"_s.arg(t.name));
        QString leak;
        while (held && q.next()) {
            const QJsonObject row = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            if (t.scope == Scope::People)
                held = orgs.contains(QUuid::fromString(row.value(u"organisation_id"_s).toString()));
            else if (t.scope == Scope::Project)
                held = projects.contains(QUuid::fromString(row.value(t.projectColumn).toString()));
            if (!held)
                leak = row.value(u"id"_s).toString();
        }
        count(held, u"%1 read %2 row %3"_s.arg(s.login, t.name, leak));
    }
    auto none = [&](const QString &sql) {
        QSqlQuery q(s.db);
        const bool ran = q.exec(sql);
        count(!ran || !q.next() || q.value(0).toInt() == 0, u"%1: %2"_s.arg(s.login, sql));
    };
    none(u"SELECT count(*) FROM regie_user"_s);
    none(u"SELECT count(*) FROM regie_batch_rights"_s);
    none(u"SELECT count(*) FROM regie_visible"_s);
    none(u"SELECT count(*) FROM regie_visibility"_s);
    // Who sees what: only one's own organisation's projects, and its own epoch.
    none(u"SELECT count(*) FROM regie_my_projects WHERE project_id NOT IN (SELECT id FROM project)"_s);
    none(u"SELECT count(*) FROM project WHERE id NOT IN (SELECT project_id FROM regie_my_projects)"_s);
    none(u"SELECT count(*) FROM (SELECT regie_visibility_epoch() AS e) s WHERE e IS NULL OR "
         "split_part(e, ':', 1)::uuid IS DISTINCT FROM regie_my_org()"_s);
    none(u"SELECT count(*) FROM pg_authid"_s);
    none(u"SELECT count(*) FROM regie_applied_change WHERE person_id IS DISTINCT FROM regie_my_person()"_s);
    none(u"SELECT count(*) FROM regie_conflict WHERE person_id IS DISTINCT FROM regie_my_person()"_s);
    // Statistics would show values of rows row-level security hides.
    none(u"SELECT count(*) FROM pg_stats WHERE schemaname = 'public' AND tablename IN "
         "(SELECT tbl FROM regie_sync_table)"_s);
    none(u"SELECT count(*) FROM pg_stats WHERE schemaname = 'public' AND tablename IN ('person', 'project', "
         "'progress_entry')"_s);
    none(u"SELECT count(*) FROM pg_stat_activity WHERE usename <> current_user AND query <> '' "
         "AND query <> '<insufficient privilege>'"_s);
}

void Attacker::attackThroughPush(const Subject &s)
{
    const bool lm = s.writes();
    const bool regie = s.regieOf(w);
    const bool part = lm && s.inP(w);
    const bool outsiderLead = s.login == "sliedrecht_lead"_L1;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto base = [&](const QString &table, const QUuid &id, const QStringList &fields) {
        const QJsonObject row = serverRow(table, id);
        QJsonObject b;
        for (const QString &f : fields)
            b.insert(f, row.value(f));
        return b;
    };
    auto update = [&](const QString &what, const QString &table, const QUuid &id, const QJsonObject &fields, bool allowed) {
        expect(what, s, change(table, id, u"update"_s, fields, base(table, id, fields.keys())), allowed);
    };
    auto insert = [&](const QString &what, const QString &table, const QJsonObject &fields, bool allowed) {
        expect(what, s, change(table, QUuid::createUuid(), u"insert"_s, fields), allowed);
    };
    const QString me = uid(s.person);
    const QString someoneElse = uid(s.login == "dordrecht_lead"_L1 ? subject(u"zwijndrecht_member"_s).person
                                                                   : subject(u"dordrecht_lead"_s).person);
    const QUuid ownPart = s.org == w.dordrecht      ? w.leadPart
                          : s.org == w.papendrecht  ? w.papendrechtPart
                          : s.org == w.platform     ? w.platformPart
                                                    : w.zwijndrechtPart;
    auto inP = [&](QJsonObject o) {
        o.insert(u"project_id"_s, uid(w.p));
        return o;
    };

    // The directory and people.
    update(u"rename Dordrecht"_s, u"organisation"_s, w.dordrecht, {{u"name"_s, u"Dordt"_s}}, lm && s.org == w.dordrecht);
    update(u"rename Sliedrecht"_s, u"organisation"_s, w.sliedrecht, {{u"name"_s, u"Sliedrecht!"_s}}, lm && s.org == w.sliedrecht);
    update(u"rename the water board, which has no users"_s, u"organisation"_s, w.waterboard,
           {{u"name"_s, u"Waterschap Rivierenland"_s}}, lm && s.inP(w));
    insert(u"add an organisation"_s, u"organisation"_s, {{u"name"_s, u"Nieuw"_s}, {u"kind"_s, u"other"_s}}, lm);
    insert(u"add a colleague"_s, u"person"_s, {{u"organisation_id"_s, uid(s.org)}, {u"name"_s, u"Collega"_s}}, lm);
    insert(u"add a person to Dordrecht"_s, u"person"_s, {{u"organisation_id"_s, uid(w.dordrecht)}, {u"name"_s, u"Indringer"_s}},
           lm && s.org == w.dordrecht);
    insert(u"add a contact at the water board"_s, u"person"_s,
           {{u"organisation_id"_s, uid(w.waterboard)}, {u"name"_s, u"Contact"_s}}, lm && s.inP(w));
    update(u"change the water board's contact"_s, u"person"_s, w.waterboardContact, {{u"email"_s, u"ander@example.nl"_s}},
           lm && s.inP(w));
    update(u"change the e-mail of Dordrecht's lead"_s, u"person"_s, subject(u"dordrecht_lead"_s).person,
           {{u"email"_s, u"gekaapt@example.nl"_s}}, lm && s.org == w.dordrecht);
    update(u"move Sliedrecht's lead into one's organisation"_s, u"person"_s, subject(u"sliedrecht_lead"_s).person,
           {{u"organisation_id"_s, uid(s.org)}}, outsiderLead); // for Sliedrecht itself: nothing changes

    // The project, who takes part, who leads.
    update(u"change P's slogan"_s, u"project"_s, w.p, {{u"slogan"_s, u"Van mij"_s}}, regie);
    update(u"change Q's slogan"_s, u"project"_s, w.q, {{u"slogan"_s, u"Van mij"_s}}, outsiderLead);
    update(u"delete P"_s, u"project"_s, w.p, {{u"deleted"_s, true}}, regie);
    insert(u"start a project"_s, u"project"_s,
           {{u"name"_s, u"Nieuw idee"_s}, {u"purpose"_s, u"Doel"_s}, {u"urgency"_s, u"Nu"_s}, {u"status"_s, u"idea"_s}}, lm);
    insert(u"let Sliedrecht join P"_s, u"participation"_s,
           inP({{u"organisation_id"_s, uid(w.sliedrecht)}, {u"role"_s, u"partner"_s}, {u"joined_on"_s, today}}), regie);
    insert(u"make Sliedrecht lead of P"_s, u"participation"_s,
           inP({{u"organisation_id"_s, uid(w.sliedrecht)}, {u"role"_s, u"lead"_s}, {u"joined_on"_s, today}}), false);
    update(u"say what one's organisation brings"_s, u"participation"_s, ownPart, {{u"brings"_s, u"Twee ambtenaren"_s}},
           lm && s.inP(w));
    update(u"end Zwijndrecht's part"_s, u"participation"_s, w.zwijndrechtPart, {{u"left_on"_s, today}}, regie);
    update(u"leave on one's own"_s, u"participation"_s, ownPart, {{u"left_on"_s, today}}, regie && ownPart != w.leadPart);
    update(u"remove the regie's participation"_s, u"participation"_s, w.leadPart, {{u"deleted"_s, true}}, false);
    update(u"make the water board a second lead"_s, u"participation"_s, w.waterboardPart, {{u"role"_s, u"lead"_s}}, false);
    update(u"change one's own role"_s, u"participation"_s, ownPart, {{u"role"_s, u"external"_s}},
           regie && ownPart != w.leadPart);
    {
        // A hand-over: the lead steps down in the batch that makes another lead.
        const QJsonArray r = push(s, {change(u"participation"_s, w.leadPart, u"update"_s, {{u"role"_s, u"partner"_s}},
                                             base(u"participation"_s, w.leadPart, {u"role"_s})),
                                      change(u"participation"_s, w.papendrechtPart, u"update"_s, {{u"role"_s, u"lead"_s}},
                                             base(u"participation"_s, w.papendrechtPart, {u"role"_s}))});
        const bool applied = r.size() == 2 && r.at(0).toObject().value(u"status"_s).toString() == "applied"_L1
            && r.at(1).toObject().value(u"status"_s).toString() == "applied"_L1;
        const bool none = r.size() == 2 && r.at(0).toObject().value(u"status"_s).toString() == "rejected"_L1
            && r.at(1).toObject().value(u"status"_s).toString() == "rejected"_L1;
        count(regie ? applied : none, u"hand-over by %1: %2"_s.arg(s.login, QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)).left(300)));
    }
    insert(u"record a past lead term"_s, u"lead_term"_s,
           inP({{u"organisation_id"_s, uid(w.zwijndrecht)}, {u"from_date"_s, u"2025-01-01"_s}, {u"until_date"_s, u"2025-06-01"_s}}),
           regie);
    update(u"end the open lead term"_s, u"lead_term"_s, w.term, {{u"until_date"_s, today}}, regie);

    // The regie's plan.
    update(u"rename P's goal"_s, u"goal"_s, w.goal, {{u"title"_s, u"Andere kades"_s}}, regie);
    insert(u"add a goal to P"_s, u"goal"_s, inP({{u"title"_s, u"Extra doel"_s}}), regie);
    update(u"rename Q's goal"_s, u"goal"_s, w.goalQ, {{u"title"_s, u"Over"_s}}, outsiderLead);
    update(u"delete P's goal"_s, u"goal"_s, w.goal, {{u"deleted"_s, true}}, regie);
    insert(u"tag a goal with a partner"_s, u"goal_partner"_s,
           inP({{u"goal_id"_s, uid(w.goal)}, {u"organisation_id"_s, uid(w.papendrecht)}}), regie);
    update(u"move P's milestone"_s, u"milestone"_s, w.milestone, {{u"due_date"_s, u"2026-12-01"_s}}, regie);
    insert(u"link a milestone to a goal"_s, u"milestone_goal"_s,
           inP({{u"milestone_id"_s, uid(w.milestone)}, {u"goal_id"_s, uid(w.goal)}}), regie);
    insert(u"link P's milestone to Q's goal"_s, u"milestone_goal"_s,
           inP({{u"milestone_id"_s, uid(w.milestone)}, {u"goal_id"_s, uid(w.goalQ)}}), false);
    insert(u"decide in Q on P's evaluation"_s, u"decision"_s,
           {{u"project_id"_s, uid(w.q)}, {u"evaluation_id"_s, uid(w.evaluation)}, {u"text"_s, u"Overnemen"_s}}, false);
    update(u"rewrite the findings"_s, u"evaluation"_s, w.evaluation, {{u"findings"_s, u"Anders"_s}}, regie);
    insert(u"score a goal"_s, u"evaluation_score"_s,
           inP({{u"evaluation_id"_s, uid(w.evaluation)}, {u"goal_id"_s, uid(w.goal)}, {u"status"_s, u"at_risk"_s}}), regie);
    insert(u"record a decision"_s, u"decision"_s, inP({{u"evaluation_id"_s, uid(w.evaluation)}, {u"text"_s, u"Bijsturen"_s}}),
           regie);

    // What happened in the field, in one's own name.
    insert(u"log a measurement"_s, u"measurement"_s,
           inP({{u"goal_id"_s, uid(w.goal)}, {u"value"_s, 5}, {u"measured_on"_s, today}, {u"person_id"_s, me}}), part);
    insert(u"log a measurement in another's name"_s, u"measurement"_s,
           inP({{u"goal_id"_s, uid(w.goal)}, {u"value"_s, 5}, {u"measured_on"_s, today}, {u"person_id"_s, someoneElse}}), false);
    update(u"change a measurement"_s, u"measurement"_s, w.measurement, {{u"value"_s, 40}}, false);
    // Corrections (server step 11): a new measurement of the same goal naming the one it replaces.
    auto correcting = [&](const QUuid &project, const QUuid &goal, const QUuid &corrects, const QString &person) {
        QJsonObject f{{u"project_id"_s, uid(project)}, {u"goal_id"_s, uid(goal)}, {u"value"_s, 6},
                      {u"measured_on"_s, today}, {u"person_id"_s, person}, {u"withdrawn"_s, false}};
        f.insert(u"corrects_id"_s, corrects.isNull() ? QJsonValue() : QJsonValue(uid(corrects)));
        return f;
    };
    auto withdrawing = [&](QJsonObject f) {
        f.insert(u"withdrawn"_s, true);
        return f;
    };
    insert(u"correct a measurement"_s, u"measurement"_s, correcting(w.p, w.goal, w.measurement, me), part);
    insert(u"correct a correction"_s, u"measurement"_s, correcting(w.p, w.goal, w.correction, me), part);
    insert(u"withdraw a measurement"_s, u"measurement"_s, withdrawing(correcting(w.p, w.goal, w.correction, me)), part);
    insert(u"correct a measurement under another goal"_s, u"measurement"_s, correcting(w.p, w.goal2, w.measurement, me),
           false);
    insert(u"correct Q's measurement from P"_s, u"measurement"_s, correcting(w.p, w.goal, w.measurementQ, me), false);
    insert(u"correct Q's measurement in Q"_s, u"measurement"_s, correcting(w.q, w.goalQ, w.measurementQ, me),
           outsiderLead);
    insert(u"correct a measurement in another's name"_s, u"measurement"_s,
           correcting(w.p, w.goal, w.measurement, someoneElse), false);
    insert(u"correct a measurement that is not there"_s, u"measurement"_s,
           correcting(w.p, w.goal, QUuid::createUuid(), me), false);
    insert(u"withdraw a measurement without naming it"_s, u"measurement"_s,
           withdrawing(correcting(w.p, w.goal, {}, me)), false);
    update(u"correct a measurement in place"_s, u"measurement"_s, w.measurement, {{u"corrects_id"_s, uid(w.correction)}},
           false);
    insert(u"log hours"_s, u"progress_entry"_s,
           inP({{u"entry_date"_s, today}, {u"person_id"_s, me}, {u"organisation_id"_s, uid(s.org)}, {u"hours"_s, 1.5}}), part);
    insert(u"log hours for another organisation"_s, u"progress_entry"_s,
           inP({{u"entry_date"_s, today}, {u"person_id"_s, me},
                {u"organisation_id"_s, uid(s.org == w.dordrecht ? w.zwijndrecht : w.dordrecht)}, {u"hours"_s, 8}}),
           false);
    insert(u"log hours in another's name"_s, u"progress_entry"_s,
           inP({{u"entry_date"_s, today}, {u"person_id"_s, someoneElse}, {u"organisation_id"_s, uid(s.org)}, {u"hours"_s, 8}}),
           false);
    update(u"change logged hours"_s, u"progress_entry"_s, w.progress, {{u"hours"_s, 20}}, false);
    update(u"delete logged hours"_s, u"progress_entry"_s, w.progress, {{u"deleted"_s, true}}, false);
    const bool reflector = s.role == "external"_L1 && s.org == w.platform;
    insert(u"comment on the evaluation"_s, u"evaluation_comment"_s,
           inP({{u"evaluation_id"_s, uid(w.evaluation)}, {u"person_id"_s, me}, {u"comment"_s, u"Scherp"_s}}), part || reflector);
    insert(u"comment in another's name"_s, u"evaluation_comment"_s,
           inP({{u"evaluation_id"_s, uid(w.evaluation)}, {u"person_id"_s, someoneElse}, {u"comment"_s, u"Namens"_s}}), false);
    update(u"rewrite the reflector's comment"_s, u"evaluation_comment"_s, w.comment, {{u"comment"_s, u"Herschreven"_s}},
           reflector);
}

void Attacker::attackWithHostileText()
{
    const Subject &lead = subject(u"dordrecht_lead"_s);
    const Subject &reflector = subject(u"platform_reflector"_s);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // Markers replaced in the JSON text: a NUL and a lone surrogate, which no
    // QString-made JSON carries as such.
    const QStringList hostile = {u"'); DROP TABLE project; --"_s, u"$$ \\ \" ` %s %n"_s, u"\u202Eslecht\u202C \u200F"_s,
                                 u"Zuid-Hollandse ë ĳ 🚲"_s, u"a@NUL@b"_s, QString(100 * 1024, u'x'), u"@SURROGATE@"_s};
    auto good = [](const QString &h) { return !h.contains("@NUL@"_L1) && !h.contains("@SURROGATE@"_L1) && h.size() < 8000; };
    for (const auto &t : Model::SyncSchema::tables()) {
        for (const auto &c : t.fields) {
            if (c.type != Model::SyncSchema::Type::Text)
                continue;
            for (const QString &h : hostile) {
                const Subject &s = t.rights == Model::SyncSchema::Rights::ParticipantsComment ? reflector : lead;
                QJsonObject hostileChange;
                QUuid rowId;
                if (t.rights == Model::SyncSchema::Rights::MembersAppend) {
                    rowId = QUuid::createUuid();
                    QJsonObject f = {{u"project_id"_s, uid(w.p)}, {u"person_id"_s, uid(s.person)}, {c.name, h}};
                    if (t.name == "measurement"_L1) {
                        f.insert(u"goal_id"_s, uid(w.goal));
                        f.insert(u"value"_s, 1);
                        f.insert(u"measured_on"_s, today);
                    } else {
                        f.insert(u"entry_date"_s, today);
                        f.insert(u"organisation_id"_s, uid(s.org));
                        f.insert(u"hours"_s, 1);
                    }
                    hostileChange = change(t.name, rowId, u"insert"_s, f);
                } else {
                    const QHash<QString, QUuid> rows = {
                        {u"organisation"_s, w.dordrecht},     {u"person"_s, s.person},         {u"project"_s, w.p},
                        {u"participation"_s, w.zwijndrechtPart}, {u"goal"_s, w.goal},          {u"milestone"_s, w.milestone},
                        {u"evaluation"_s, w.evaluation},      {u"evaluation_score"_s, w.score}, {u"evaluation_comment"_s, w.comment},
                        {u"decision"_s, w.decision}};
                    rowId = rows.value(t.name);
                    if (rowId.isNull())
                        continue;
                    const QJsonObject row = serverRow(t.name, rowId);
                    hostileChange = change(t.name, rowId, u"update"_s, {{c.name, h}}, {{c.name, row.value(c.name)}});
                }
                // The change that follows it in the same batch must arrive all the same.
                const QJsonObject valid = s.role == "external"_L1
                    ? change(u"evaluation_comment"_s, QUuid::createUuid(), u"insert"_s,
                             {{u"project_id"_s, uid(w.p)}, {u"evaluation_id"_s, uid(w.evaluation)},
                              {u"person_id"_s, uid(s.person)}, {u"comment"_s, u"Geldig"_s}})
                    : change(u"organisation"_s, QUuid::createUuid(), u"insert"_s, {{u"name"_s, u"Geldig"_s}, {u"kind"_s, u"other"_s}});
                QByteArray json = QJsonDocument(QJsonArray{hostileChange, valid}).toJson(QJsonDocument::Compact);
                json.replace("@NUL@", "\\u0000").replace("@SURROGATE@", "\\ud800");
                QString stored;
                bool readBack = false;
                const QJsonArray r = pushRaw(s, json, false, nullptr, [&] {
                    QSqlQuery q(s.db);
                    readBack = q.exec(u"SELECT %1 FROM %2 WHERE id = '%3'"_s.arg(c.name, t.name, uid(rowId))) && q.next();
                    if (readBack)
                        stored = q.value(0).toString();
                });
                const bool expected = good(h) && !enumerated(c.name);
                const QString status = r.size() == 2 ? r.at(0).toObject().value(u"status"_s).toString() : QString();
                const bool verbatim = readBack && stored == h;
                const QString what = u"%1.%2 = %3…"_s.arg(t.name, c.name, h.left(12));
                if (expected)
                    count(status == "applied"_L1 && verbatim, u"hostile text not kept verbatim: %1 (%2)"_s.arg(what, status));
                else
                    count(status == "rejected"_L1 && !(readBack && stored == h), u"hostile text taken: %1 (%2)"_s.arg(what, status));
                count(r.size() == 2 && r.at(1).toObject().value(u"status"_s).toString() == "applied"_L1,
                      u"the change after %1 did not arrive"_s.arg(what));
            }
        }
    }
}

void Attacker::attackWithMalformedChanges()
{
    for (const QString &login : {u"dordrecht_lead"_s, u"zwijndrecht_member"_s}) {
        const Subject &s = subject(login);
        const QString validJson = QString::fromUtf8(
            QJsonDocument(change(u"organisation"_s, QUuid::createUuid(), u"insert"_s, {{u"name"_s, u"Geldig"_s}, {u"kind"_s, u"other"_s}}))
                .toJson(QJsonDocument::Compact));
        const QString id = uid(QUuid::createUuid());
        const QString goal = uid(w.goal);
        const QStringList bad = {
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"niet-een-uuid\", \"op\": \"update\", \"fields\": {}}"_s.arg(id),
            u"{\"change_id\": \"x'; DROP TABLE goal; --\", \"table\": \"goal\", \"id\": \"%1\", \"op\": \"update\"}"_s.arg(goal),
            u"{\"table\": \"goal\", \"id\": \"%1\", \"op\": \"update\"}"_s.arg(goal),
            u"{\"change_id\": \"%1\", \"table\": \"pg_authid\", \"id\": \"%1\", \"op\": \"insert\", \"fields\": {}}"_s.arg(id),
            u"{\"change_id\": \"%1\", \"table\": \"regie_user\", \"id\": \"%1\", \"op\": \"insert\", \"fields\": {}}"_s.arg(id),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%2\", \"op\": \"update\", \"fields\": {\"created_by_org\": \"%1\"}}"_s.arg(id, goal),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%2\", \"op\": \"update\", \"fields\": {\"version\": 99}}"_s.arg(id, goal),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%2\", \"op\": \"update\", \"fields\": {\"gehackt\": 1}}"_s.arg(id, goal),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%1\", \"op\": \"insert\", \"fields\": {\"project_id\": \"%2\", \"title\": \"x\", \"due_date\": \"gisteren\"}}"_s.arg(id, uid(w.p)),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%1\", \"op\": \"insert\", \"fields\": {\"project_id\": \"%2\", \"title\": \"x\", \"target\": \"veel\"}}"_s.arg(id, uid(w.p)),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%2\", \"op\": \"update\", \"fields\": {\"deleted\": \"ja\"}}"_s.arg(id, goal),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%2\", \"op\": \"update\", \"fields\": [1, 2]}"_s.arg(id, goal),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%2\", \"op\": \"delete\", \"fields\": {}}"_s.arg(id, goal),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%2\", \"op\": \"update\", \"fields\": {\"title\": \"a\\u0000b\"}}"_s.arg(id, goal),
            u"{\"change_id\": \"%1\", \"table\": \"goal\", \"id\": \"%2\", \"op\": \"update\", \"fields\": {\"title\": \"\\udc00\"}}"_s.arg(id, goal),
            u"5"_s, u"null"_s, u"[\"change\"]"_s};
        for (const QString &b : bad) {
            const QJsonArray r = pushRaw(s, u"[%1, %2]"_s.arg(b, validJson).toUtf8(), false, nullptr);
            count(r.size() == 2 && r.at(0).toObject().value(u"status"_s).toString() == "rejected"_L1
                      && r.at(1).toObject().value(u"status"_s).toString() == "applied"_L1,
                  u"malformed change not isolated for %1: %2 → %3"_s.arg(login, b.left(60),
                                                                        QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)).left(200)));
        }
        // A batch that is no batch at all fails alone and changes nothing.
        for (const QString &sql : {u"SELECT regie_push('{}'::json)"_s, u"SELECT regie_push('[{'::json)"_s,
                                   u"SELECT regie_push(convert_from('\\x5b7b226e223a22c328227d5d'::bytea, 'UTF8')::json)"_s})
            refuseDirect(s, sql);
    }
}

void Attacker::attackChangeIds()
{
    const Subject &bram = subject(u"zwijndrecht_member"_s);
    const Subject &piet = subject(u"papendrecht_member"_s);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto hours = [&](const Subject &s) {
        return change(u"progress_entry"_s, QUuid::createUuid(), u"insert"_s,
                      {{u"project_id"_s, uid(w.p)}, {u"entry_date"_s, today}, {u"person_id"_s, uid(s.person)},
                       {u"organisation_id"_s, uid(s.org)}, {u"hours"_s, 3}, {u"note"_s, u"Vertrouwelijk overleg"_s}});
    };
    const QJsonObject first = hours(bram);
    const QJsonArray answered = push(bram, {first}, true);
    count(answered.size() == 1 && answered.at(0).toObject().value(u"status"_s).toString() == "applied"_L1,
          u"Bram's own hours were refused"_s);
    // Piet sends his own change under Bram's change id.
    QJsonObject stolen = hours(piet);
    stolen.insert(u"change_id"_s, first.value(u"change_id"_s));
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QJsonArray r = push(piet, {stolen}, true);
        const QJsonObject o = r.isEmpty() ? QJsonObject() : r.at(0).toObject();
        count(o.value(u"status"_s).toString() == "rejected"_L1 && o.value(u"message"_s).toString().contains("someone else"_L1)
                  && !QJsonDocument(r).toJson().contains(first.value(u"id"_s).toString().toUtf8()),
              u"another user's change id was answered or applied"_s);
    }
    // Bram's replay answers as the first time, with the row as it is now
    // (the first answer may have been lost), and applies nothing twice.
    const QJsonArray again = push(bram, {first}, true);
    QJsonObject replayed = again.isEmpty() ? QJsonObject() : again.at(0).toObject();
    const bool withRow = replayed.value(u"row"_s).toObject().value(u"id"_s) == first.value(u"id"_s);
    replayed.remove(u"row"_s);
    count(again.size() == 1 && replayed == answered.at(0).toObject() && withRow, u"a replay answered differently"_s);
    QSqlQuery q(admin());
    count(q.exec(u"SELECT count(*) FROM progress_entry WHERE id = '%1' OR id = '%2'"_s.arg(first.value(u"id"_s).toString(),
                                                                                          stolen.value(u"id"_s).toString()))
              && q.next() && q.value(0).toInt() == 1,
          u"a replayed or stolen change id wrote a row"_s);
}

} // namespace AttackMatrix
