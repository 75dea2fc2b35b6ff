#include "attacker.h"

#include "testlib/laptop.h"

#include "model/synctables.h"
#include "sync/serveradmin.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace AttackMatrix {

Attacker::Attacker(TestLib::PgServer &server, const QString &database)
    : m_server(server)
    , m_db(database)
{
    m_server.createDatabase(m_db);
    QSqlDatabase db = m_server.admin(m_db, u"attack-admin"_s);
    const auto made = Sync::ServerAdmin(db).initialise();
    if (!made.ok())
        qFatal("initialise: %s", qPrintable(made.error().message));
}

Attacker::~Attacker()
{
    for (Subject &s : m_subjects)
        s.db.close();
    m_subjects.clear();
    admin().close();
}

QSqlDatabase Attacker::admin() const
{
    return QSqlDatabase::database(u"attack-admin"_s);
}

void Attacker::count(bool held, const QString &what)
{
    ++m_tally.attempts;
    if (held)
        ++m_tally.held;
    else
        m_tally.breaches << what;
}


void Attacker::adminExec(const QString &sql)
{
    QSqlQuery q(admin());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

QJsonObject Attacker::serverRow(const QString &table, const QUuid &id)
{
    QSqlQuery q(admin());
    if (!q.exec(u"SELECT to_jsonb(t)::text FROM %1 t WHERE id = '%2'"_s.arg(table, uid(id))) || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QString Attacker::fingerprint()
{
    QStringList parts;
    for (const auto &t : Model::SyncSchema::tables()) {
        QSqlQuery q(admin());
        if (q.exec(u"SELECT coalesce(md5(string_agg(to_jsonb(t)::text, ',' ORDER BY id)), '') FROM %1 t"_s.arg(t.name))
            && q.next())
            parts << q.value(0).toString();
    }
    return parts.join(u'/');
}

void Attacker::addSubject(const QString &login, const QUuid &org, const QString &role)
{
    Model::Person person;
    person.id = QUuid::createUuid();
    person.name = login;
    person.email = login + u"@example.nl"_s;
    person.organisationId = org;
    const auto added = Sync::ServerAdmin(admin()).addUser(login, TestLib::Password, person, role);
    if (!added.ok())
        qFatal("addUser: %s", qPrintable(added.error().message));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"attack-"_s + login);
    db.setHostName(u"127.0.0.1"_s);
    db.setPort(m_server.port());
    db.setDatabaseName(m_db);
    db.setUserName(login);
    db.setPassword(TestLib::Password);
    if (!db.open())
        qFatal("%s cannot sign in: %s", qPrintable(login), qPrintable(db.lastError().text()));
    m_subjects.append({login, person.id, org, role, db});
}

const Subject &Attacker::subject(const QString &login) const
{
    for (const Subject &s : m_subjects) {
        if (s.login == login)
            return s;
    }
    qFatal("no subject %s", qPrintable(login));
}

void Attacker::buildWorld()
{
    const QString orgs = u"INSERT INTO organisation (id, name, kind) VALUES ('%1', 'Dordrecht', 'municipality'), "
                         "('%2', 'Zwijndrecht', 'municipality'), ('%3', 'Papendrecht', 'municipality'), "
                         "('%4', 'Burgerplatform', 'citizens'), ('%5', 'Waterschap', 'other'), "
                         "('%6', 'Sliedrecht', 'municipality')"_s
                             .arg(uid(w.dordrecht), uid(w.zwijndrecht), uid(w.papendrecht), uid(w.platform),
                                  uid(w.waterboard), uid(w.sliedrecht));
    adminExec(orgs);
    for (const QString &role : {u"lead"_s, u"member"_s, u"viewer"_s}) {
        addSubject(u"dordrecht_"_s + role, w.dordrecht, role);
        addSubject(u"zwijndrecht_"_s + role, w.zwijndrecht, role);
        addSubject(u"papendrecht_"_s + role, w.papendrecht, role);
    }
    addSubject(u"platform_reflector"_s, w.platform, u"external"_s);
    addSubject(u"sliedrecht_lead"_s, w.sliedrecht, u"lead"_s);
    adminExec(u"INSERT INTO person (id, organisation_id, name) VALUES ('%1', '%2', 'Contact waterschap')"_s.arg(
        uid(w.waterboardContact), uid(w.waterboard)));
    adminExec(u"INSERT INTO project (id, name, purpose, urgency, status, created_by_org) VALUES "
              "('%1', 'Schone Oevers', 'Doel', 'Nu', 'active', '%2'), ('%3', 'Eigen Haven', 'Doel', 'Nu', 'active', '%4')"_s
                  .arg(uid(w.p), uid(w.dordrecht), uid(w.q), uid(w.sliedrecht)));
    adminExec(u"INSERT INTO participation (id, project_id, organisation_id, role, joined_on) VALUES "
              "('%1', '%7', '%8', 'lead', '2026-01-01'), ('%2', '%7', '%9', 'partner', '2026-01-01'), "
              "('%3', '%7', '%10', 'partner', '2026-01-01'), ('%4', '%7', '%11', 'external', '2026-01-01'), "
              "('%5', '%7', '%12', 'partner', '2026-01-01'), ('%6', '%13', '%14', 'lead', '2026-01-01')"_s
                  .arg(uid(w.leadPart), uid(w.zwijndrechtPart), uid(w.papendrechtPart), uid(w.platformPart),
                       uid(w.waterboardPart), uid(w.sliedrechtPart), uid(w.p), uid(w.dordrecht), uid(w.zwijndrecht))
                  .arg(uid(w.papendrecht), uid(w.platform), uid(w.waterboard), uid(w.q), uid(w.sliedrecht)));
    adminExec(u"INSERT INTO lead_term (id, project_id, organisation_id, from_date) VALUES ('%1', '%2', '%3', '2026-01-01')"_s
                  .arg(uid(w.term), uid(w.p), uid(w.dordrecht)));
    adminExec(u"INSERT INTO goal (id, project_id, title, unit, target) VALUES ('%1', '%2', 'Schone kades', 'km', 12), "
              "('%3', '%4', 'Eigen doel', 'km', 3)"_s
                  .arg(uid(w.goal), uid(w.p), uid(w.goalQ), uid(w.q)));
    adminExec(u"INSERT INTO goal_partner (id, project_id, goal_id, organisation_id) VALUES ('%1', '%2', '%3', '%4')"_s
                  .arg(uid(w.goalPartner), uid(w.p), uid(w.goal), uid(w.zwijndrecht)));
    adminExec(u"INSERT INTO milestone (id, project_id, title, due_date, status) VALUES ('%1', '%2', 'Kade af', "
              "'2026-09-01', 'planned')"_s.arg(uid(w.milestone), uid(w.p)));
    adminExec(u"INSERT INTO milestone_goal (id, project_id, milestone_id, goal_id) VALUES ('%1', '%2', '%3', '%4')"_s
                  .arg(uid(w.milestoneGoal), uid(w.p), uid(w.milestone), uid(w.goal)));
    adminExec(u"INSERT INTO evaluation (id, project_id, kind, planned_on, held_on, status, findings) VALUES "
              "('%1', '%2', 'interim', '2026-06-01', '2026-06-01', 'held', 'Op koers')"_s
                  .arg(uid(w.evaluation), uid(w.p)));
    adminExec(u"INSERT INTO evaluation_score (id, project_id, evaluation_id, goal_id, status, remark) VALUES "
              "('%1', '%2', '%3', '%4', 'on_track', 'Goed')"_s
                  .arg(uid(w.score), uid(w.p), uid(w.evaluation), uid(w.goal)));
    adminExec(u"INSERT INTO evaluation_comment (id, project_id, evaluation_id, person_id, comment) VALUES "
              "('%1', '%2', '%3', '%4', 'Meer bewoners betrekken')"_s
                  .arg(uid(w.comment), uid(w.p), uid(w.evaluation), uid(subject(u"platform_reflector"_s).person)));
    adminExec(u"INSERT INTO decision (id, project_id, evaluation_id, text, reason) VALUES ('%1', '%2', '%3', "
              "'Doel bijstellen', 'Te hoog')"_s.arg(uid(w.decision), uid(w.p), uid(w.evaluation)));
    adminExec(u"INSERT INTO progress_entry (id, project_id, entry_date, person_id, organisation_id, hours, note) VALUES "
              "('%1', '%2', '2026-05-01', '%3', '%4', 2, 'Schouw')"_s
                  .arg(uid(w.progress), uid(w.p), uid(subject(u"zwijndrecht_member"_s).person), uid(w.zwijndrecht)));
    adminExec(u"INSERT INTO measurement (id, project_id, goal_id, value, measured_on, person_id) VALUES "
              "('%1', '%2', '%3', 4, '2026-05-01', '%4')"_s
                  .arg(uid(w.measurement), uid(w.p), uid(w.goal), uid(subject(u"dordrecht_lead"_s).person)));
    adminExec(u"INSERT INTO goal (id, project_id, title, unit, target) VALUES ('%1', '%2', 'Minder zwerfafval', 'kg', 50)"_s
                  .arg(uid(w.goal2), uid(w.p)));
    adminExec(u"INSERT INTO measurement (id, project_id, goal_id, value, measured_on, person_id, corrects_id) VALUES "
              "('%1', '%2', '%3', 5, '2026-05-01', '%4', '%5'), ('%6', '%7', '%8', 1, '2026-05-01', '%9', NULL)"_s
                  .arg(uid(w.correction), uid(w.p), uid(w.goal), uid(subject(u"dordrecht_lead"_s).person), uid(w.measurement),
                       uid(w.measurementQ), uid(w.q), uid(w.goalQ), uid(subject(u"sliedrecht_lead"_s).person)));
    adminExec(u"ANALYZE"_s);
}

// Sends @p changes as one push by @p s; rolls it back unless @p commit.
QJsonArray Attacker::push(const Subject &s, const QJsonArray &changes, bool commit, QString *failure)
{
    return pushRaw(s, QJsonDocument(changes).toJson(QJsonDocument::Compact), commit, failure);
}

QJsonArray Attacker::pushRaw(const Subject &s, const QByteArray &json, bool commit, QString *failure,
                             const std::function<void()> &inside)
{
    QSqlQuery q(s.db);
    if (!commit)
        q.exec(u"BEGIN"_s);
    q.prepare(u"SELECT regie_push(?::json)::text"_s);
    q.addBindValue(QString::fromUtf8(json));
    QJsonArray results;
    if (q.exec() && q.next())
        results = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    else if (failure)
        *failure = q.lastError().text();
    if (inside)
        inside();
    if (!commit)
        QSqlQuery(s.db).exec(u"ROLLBACK"_s);
    return results;
}

// One push attempt: the change either takes effect or is refused, and
// must do what @p allowed says.
void Attacker::expect(const QString &what, const Subject &s, const QJsonObject &c, bool allowed)
{
    ++m_tally.attempts;
    const QJsonArray r = push(s, {c});
    const QString status = r.isEmpty() ? u"failed"_s : r.first().toObject().value(u"status"_s).toString();
    const bool tookEffect = status == "applied"_L1 || status == "conflict"_L1;
    if (tookEffect && !allowed)
        m_tally.breaches << u"%1 by %2: %3"_s.arg(what, s.login, status);
    else if (!tookEffect && allowed)
        m_tally.wrongRefusals << u"%1 by %2: %3"_s.arg(what, s.login, r.isEmpty() ? status : r.first().toObject().value(u"message"_s).toString());
    else
        ++m_tally.held;
}

// A direct statement that must fail: users hold no right to write, lock
// or run the server's inner functions.
void Attacker::refuseDirect(const Subject &s, const QString &sql)
{
    QSqlQuery q(s.db);
    q.exec(u"BEGIN"_s);
    const bool ran = q.exec(sql);
    QSqlQuery(s.db).exec(u"ROLLBACK"_s);
    count(!ran, u"%1 by %2 ran"_s.arg(sql, s.login));
}

} // namespace AttackMatrix
