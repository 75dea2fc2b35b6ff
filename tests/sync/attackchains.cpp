#include "attacker.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace AttackMatrix {

namespace {

QString status(const QJsonArray &r, int i = 0)
{
    return r.size() > i ? r.at(i).toObject().value(u"status"_s).toString() : u"failed"_s;
}

} // namespace

// The chains of writes that once got past the rules, committed one after
// the other as an attacker would.
void Attacker::attackChains()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto scalar = [&](const QString &sql) {
        QSqlQuery q(admin());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    };
    auto refused = [&](const Subject &s, const QJsonObject &c, const QString &what) {
        count(status(push(s, {c}, true)) == "rejected"_L1, what);
    };
    auto base = [&](const QString &table, const QUuid &id, const QString &field) {
        return QJsonObject{{field, serverRow(table, id).value(field)}};
    };
    const Subject &leadA = subject(u"dordrecht_lead"_s);
    const Subject &memberA = subject(u"dordrecht_member"_s);
    const Subject &leadB = subject(u"zwijndrecht_lead"_s);
    const Subject &memberB = subject(u"zwijndrecht_member"_s);
    const Subject &leadC = subject(u"papendrecht_lead"_s);
    const Subject &outsider = subject(u"sliedrecht_lead"_s);

    // 1. Takeover: the lead's participation ended from inside, then an
    // unrelated municipality makes itself lead.
    refuseDirect(memberA, u"UPDATE participation SET left_on = current_date WHERE id = '%1'"_s.arg(uid(w.leadPart)));
    for (const Subject *s : {&memberA, &leadA})
        refused(*s, change(u"participation"_s, w.leadPart, u"update"_s, {{u"left_on"_s, today}}, base(u"participation"_s, w.leadPart, u"left_on"_s)),
                u"%1 ended the regie's participation"_s.arg(s->login));
    refused(outsider,
            change(u"participation"_s, QUuid::createUuid(), u"insert"_s,
                   {{u"project_id"_s, uid(w.p)}, {u"organisation_id"_s, uid(outsider.org)}, {u"role"_s, u"lead"_s},
                    {u"joined_on"_s, today}}),
            u"an outsider made itself lead"_s);
    refused(outsider,
            change(u"goal"_s, w.goal, u"update"_s, {{u"title"_s, u"Gekaapt"_s}}, base(u"goal"_s, w.goal, u"title"_s)),
            u"an outsider rewrote a goal"_s);
    count(scalar(u"SELECT organisation_id FROM participation WHERE project_id = '%1' AND role = 'lead' AND left_on IS NULL "
                 "AND NOT deleted"_s.arg(uid(w.p)))
              == uid(w.dordrecht),
          u"the regie of P changed hands"_s);

    // 2. A removed partner lets itself back in.
    count(status(push(leadA, {change(u"participation"_s, w.zwijndrechtPart, u"update"_s, {{u"left_on"_s, today}},
                                     base(u"participation"_s, w.zwijndrechtPart, u"left_on"_s))},
                      true))
              == "applied"_L1,
          u"the regie could not end a partner's participation"_s);
    refuseDirect(leadB, u"UPDATE participation SET left_on = NULL"_s);
    refused(leadB, change(u"participation"_s, w.zwijndrechtPart, u"update"_s, {{u"left_on"_s, QJsonValue::Null}}, {{u"left_on"_s, today}}),
            u"a removed partner re-admitted itself"_s);
    refused(memberB, change(u"participation"_s, w.zwijndrechtPart, u"update"_s, {{u"deleted"_s, false}}, {{u"deleted"_s, false}}),
            u"a removed partner touched its old participation"_s);
    {
        QSqlQuery q(leadB.db);
        count(q.exec(u"SELECT count(*) FROM goal"_s) && q.next() && q.value(0).toInt() == 0,
              u"a removed partner still reads the plan"_s);
    }

    // 3. People of other organisations read and overwritten.
    refuseDirect(leadC, u"UPDATE person SET organisation_id = regie_my_org()"_s);
    refuseDirect(leadC, u"UPDATE person SET email = 'x@example.nl'"_s);
    const QString email = scalar(u"SELECT email FROM person WHERE id = '%1'"_s.arg(uid(outsider.person)));
    refused(leadC, change(u"person"_s, outsider.person, u"update"_s, {{u"email"_s, u"x@example.nl"_s}}, {{u"email"_s, email}}),
            u"someone changed a person they cannot see"_s);
    refused(leadC, change(u"person"_s, leadA.person, u"update"_s, {{u"organisation_id"_s, uid(leadC.org)}},
                          {{u"organisation_id"_s, uid(w.dordrecht)}}),
            u"someone moved a partner's person into their own organisation"_s);
    refused(leadC, change(u"person"_s, leadA.person, u"update"_s, {{u"email"_s, u"x@example.nl"_s}}, base(u"person"_s, leadA.person, u"email"_s)),
            u"someone changed a partner's person"_s);
    count(scalar(u"SELECT email FROM person WHERE id = '%1'"_s.arg(uid(outsider.person))) == email,
          u"a person's e-mail changed"_s);

    // 5. Hours and measurements in someone else's name.
    const int before = scalar(u"SELECT count(*) FROM progress_entry"_s).toInt();
    refused(memberB, change(u"progress_entry"_s, QUuid::createUuid(), u"insert"_s,
                            {{u"project_id"_s, uid(w.p)}, {u"entry_date"_s, today}, {u"person_id"_s, uid(leadA.person)},
                             {u"organisation_id"_s, uid(w.dordrecht)}, {u"hours"_s, 9}}),
            u"hours were logged in another's name"_s);
    refused(leadC, change(u"measurement"_s, QUuid::createUuid(), u"insert"_s,
                          {{u"project_id"_s, uid(w.p)}, {u"goal_id"_s, uid(w.goal)}, {u"value"_s, 99}, {u"measured_on"_s, today},
                           {u"person_id"_s, uid(leadA.person)}}),
            u"a measurement was logged in another's name"_s);
    count(scalar(u"SELECT count(*) FROM progress_entry"_s).toInt() == before, u"forged hours arrived"_s);

    // 6. One bad change must not stop the queue: the good ones around it arrive.
    {
        QList<QJsonObject> good;
        for (int i = 0; i < 3; ++i)
            good << change(u"goal"_s, QUuid::createUuid(), u"insert"_s, {{u"project_id"_s, uid(w.p)}, {u"title"_s, u"Goed %1"_s.arg(i)}});
        const QString goal = uid(QUuid::createUuid());
        auto text = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
        const QString batch = u"[%1, {\"change_id\": \"%2\", \"table\": \"goal\", \"id\": \"%3\", \"op\": \"insert\", "
                              "\"fields\": {\"project_id\": \"%4\", \"title\": \"NUL\\u0000\"}}, "
                              "{\"change_id\": \"%5\", \"table\": \"goal\", \"id\": \"geen-uuid\", \"op\": \"insert\"}, "
                              "{\"change_id\": \"geen-uuid\", \"table\": \"goal\", \"id\": \"%6\", \"op\": \"insert\"}, %7, "
                              "{\"change_id\": \"%8\", \"table\": \"goal\", \"id\": \"%9\", \"op\": \"insert\", "
                              "\"fields\": {\"onbekend\": 1}}, %10]"_s
                                  .arg(text(good[0]), uid(QUuid::createUuid()), goal, uid(w.p), uid(QUuid::createUuid()),
                                       uid(QUuid::createUuid()), text(good[1]), uid(QUuid::createUuid()))
                                  .arg(uid(QUuid::createUuid()), text(good[2]));
        const QJsonArray r = pushRaw(leadA, batch.toUtf8(), true, nullptr);
        const QStringList expected = {u"applied"_s, u"rejected"_s, u"rejected"_s, u"rejected"_s,
                                      u"applied"_s, u"rejected"_s, u"applied"_s};
        QStringList got;
        for (int i = 0; i < r.size(); ++i)
            got << status(r, i);
        count(got == expected, u"a poisoned batch answered %1"_s.arg(got.join(u',')));
        count(scalar(u"SELECT count(*) FROM goal WHERE title LIKE 'Goed %'"_s).toInt() == 3, u"good changes were lost"_s);
    }

    // 4. Nobody holds everyone back: not by locking (refused above), not by
    // a transaction left open with its limits lifted.
    for (const QString &login : {leadA.login, memberB.login}) {
        const QString settings = scalar(u"SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting WHERE setrole = '%1'::regrole"_s.arg(login));
        count(settings.contains("statement_timeout=60s"_L1) && settings.contains("lock_timeout=10s"_L1)
                  && settings.contains("idle_in_transaction_session_timeout=30s"_L1),
              u"%1 has no limits: %2"_s.arg(login, settings));
    }
    {
        QSqlQuery a(admin());
        a.exec(u"UPDATE regie_meta SET value = '1s' WHERE key IN ('idle_in_transaction_session_timeout', 'statement_timeout')"_s);
        const Subject &stall = subject(u"papendrecht_viewer"_s);
        QSqlQuery q(stall.db);
        q.exec(u"SET idle_in_transaction_session_timeout = 0"_s);
        q.exec(u"SET statement_timeout = 0"_s);
        q.exec(u"BEGIN"_s);
        const bool held = q.exec(u"SELECT pg_current_xact_id()::text"_s) && q.next();
        const QString xid = held ? q.value(0).toString() : QString();
        // Others keep syncing: the watermark passes the stalled transaction.
        bool moved = false;
        QDeadlineTimer deadline(15000);
        while (!moved && !deadline.hasExpired()) {
            QThread::msleep(300);
            QSqlQuery m(leadA.db);
            moved = m.exec(u"SELECT regie_watermark() > '%1'::xid8"_s.arg(xid)) && m.next() && m.value(0).toBool();
        }
        count(held && moved, u"an idle transaction held the watermark (xid %1)"_s.arg(xid));
        QSqlQuery after(stall.db);
        count(!after.exec(u"SELECT 1"_s), u"the stalled session lived on"_s);
        a.exec(u"UPDATE regie_meta SET value = '30s' WHERE key = 'idle_in_transaction_session_timeout'"_s);
        a.exec(u"UPDATE regie_meta SET value = '60s' WHERE key = 'statement_timeout'"_s);
    }
}

} // namespace AttackMatrix
