// The attack matrix's attempts on who may be asked (knowledge_expert) and
// the openings of items (knowledge_consultation), server step 10: every
// subject reads and pushes, each push rolled back, against the rules of
// docs/SYNC.md's rules table.

#include "attacker.h"

#include <QDate>
#include <QJsonDocument>
#include <QSqlQuery>

namespace AttackMatrix {

void Attacker::attackExperts()
{
    // Dordrecht's published item for everyone and one for itself only; an
    // expert of Dordrecht without a login, with her offer; Zwijndrecht's
    // opening of the public item and Dordrecht's of its own.
    const QUuid open = QUuid::createUuid(), own = QUuid::createUuid(), eva = QUuid::createUuid(),
                offer = QUuid::createUuid(), seen = QUuid::createUuid(), seenOwn = QUuid::createUuid();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    adminExec(u"INSERT INTO knowledge_item (id, kind, title, organisation_id, status, visibility, topics) VALUES "
              "('%1', 'practice', 'Warmtenet in de wijk', '%3', 'published', 'everyone', 'Warmtenet'), "
              "('%2', 'lesson', 'Intern: wat misging', '%3', 'published', 'organisation', 'Warmtenet')"_s
                  .arg(uid(open), uid(own), uid(w.dordrecht)));
    adminExec(u"INSERT INTO person (id, organisation_id, name) VALUES ('%1', '%2', 'Eva Expert')"_s.arg(uid(eva), uid(w.dordrecht)));
    adminExec(u"INSERT INTO knowledge_expert (id, person_id, organisation_id, topics, note, since) VALUES "
              "('%1', '%2', '%3', 'Warmtenet', 'Bel gerust', '2026-01-01')"_s
                  .arg(uid(offer), uid(eva), uid(w.dordrecht)));
    adminExec(u"INSERT INTO knowledge_consultation (id, item_id, organisation_id, opened_on) VALUES "
              "('%1', '%2', '%3', '2026-11-01'), ('%4', '%5', '%6', '2026-11-01')"_s
                  .arg(uid(seen), uid(open), uid(w.zwijndrecht), uid(seenOwn), uid(own), uid(w.dordrecht)));

    auto base = [&](const QString &table, const QUuid &id, const QStringList &fields) {
        const QJsonObject row = serverRow(table, id);
        QJsonObject b;
        for (const QString &f : fields)
            b.insert(f, row.value(f));
        return b;
    };
    for (const Subject &s : std::as_const(m_subjects)) {
        // A session an earlier chain ended (a stalled one) signs in again.
        if (!QSqlQuery(s.db).exec(u"SELECT 1"_s)) {
            QSqlDatabase again = s.db; // the same connection
            again.close();
            if (!again.open())
                qFatal("%s cannot sign in again", qPrintable(s.login));
        }
        const bool lm = s.writes();
        const bool dordrecht = s.org == w.dordrecht;
        // Someone of another organisation, and that organisation.
        const Subject &other = subject(s.org == w.sliedrecht ? u"dordrecht_member"_s : u"sliedrecht_lead"_s);
        auto update = [&](const QString &what, const QString &table, const QUuid &id, const QJsonObject &fields,
                          bool allowed) {
            expect(what, s, change(table, id, u"update"_s, fields, base(table, id, fields.keys())), allowed);
        };
        auto insert = [&](const QString &what, const QString &table, const QJsonObject &fields, bool allowed,
                          const QUuid &id = QUuid::createUuid()) {
            expect(what, s, change(table, id, u"insert"_s, fields), allowed);
        };

        // Reading: every offer, and openings only of items one may read.
        {
            QSqlQuery q(s.db);
            count(q.exec(u"SELECT count(*) FROM knowledge_expert WHERE id = '%1'"_s.arg(uid(offer))) && q.next()
                      && q.value(0).toInt() == 1,
                  u"%1 cannot read an offer to be asked"_s.arg(s.login));
            QSqlQuery r(s.db);
            const bool ran = r.exec(u"SELECT count(*) FROM knowledge_consultation WHERE item_id = '%1'"_s.arg(uid(own)))
                && r.next();
            count(ran && r.value(0).toInt() == (dordrecht ? 1 : 0),
                  u"%1 read the openings of an item it may not read"_s.arg(s.login));
        }

        // Offers to be asked.
        insert(u"offer oneself to be asked"_s, u"knowledge_expert"_s,
               {{u"person_id"_s, uid(s.person)}, {u"organisation_id"_s, uid(s.org)}, {u"topics"_s, u"Omgevingswet"_s},
                {u"since"_s, today}},
               lm);
        insert(u"offer someone of another organisation"_s, u"knowledge_expert"_s,
               {{u"person_id"_s, uid(other.person)}, {u"organisation_id"_s, uid(s.org)}, {u"topics"_s, u"Zorg"_s},
                {u"since"_s, today}},
               false);
        insert(u"offer someone in their organisation's name"_s, u"knowledge_expert"_s,
               {{u"person_id"_s, uid(other.person)}, {u"organisation_id"_s, uid(other.org)}, {u"topics"_s, u"Zorg"_s},
                {u"since"_s, today}},
               false);
        insert(u"offer a colleague a second time"_s, u"knowledge_expert"_s,
               {{u"person_id"_s, uid(eva)}, {u"organisation_id"_s, uid(w.dordrecht)}, {u"topics"_s, u"Zorg"_s},
                {u"since"_s, today}},
               false); // one offer per person
        update(u"add a topic to a colleague's offer"_s, u"knowledge_expert"_s, offer,
               {{u"topics"_s, u"Warmtenet\nParticipatie"_s}}, lm && dordrecht);
        update(u"withdraw a colleague's offer"_s, u"knowledge_expert"_s, offer, {{u"deleted"_s, true}}, lm && dordrecht);
        update(u"move an offer to oneself"_s, u"knowledge_expert"_s, offer, {{u"person_id"_s, uid(s.person)}}, false);
        if (!dordrecht)
            update(u"move an offer to one's organisation"_s, u"knowledge_expert"_s, offer,
                   {{u"organisation_id"_s, uid(s.org)}}, false);

        // Openings of items.
        const QJsonObject opening{{u"item_id"_s, uid(open)}, {u"organisation_id"_s, uid(s.org)}, {u"opened_on"_s, today}};
        insert(u"record an opening"_s, u"knowledge_consultation"_s, opening, lm);
        QJsonObject forOther = opening;
        forOther.insert(u"organisation_id"_s, uid(other.org));
        insert(u"record an opening for another organisation"_s, u"knowledge_consultation"_s, forOther, false);
        QJsonObject ofOwn = opening;
        ofOwn.insert(u"item_id"_s, uid(own));
        insert(u"record an opening of an item for its organisation only"_s, u"knowledge_consultation"_s, ofOwn, lm && dordrecht);
        QJsonObject unknown = opening;
        unknown.insert(u"item_id"_s, uid(QUuid::createUuid()));
        insert(u"record an opening of no item"_s, u"knowledge_consultation"_s, unknown, false);
        QJsonObject later = opening;
        later.insert(u"opened_on"_s, QDate::currentDate().addDays(30).toString(Qt::ISODate));
        insert(u"record an opening in the future"_s, u"knowledge_consultation"_s, later, false);
        QJsonObject removed = opening;
        removed.insert(u"deleted"_s, true);
        insert(u"record an opening as deleted"_s, u"knowledge_consultation"_s, removed, false);
        update(u"change when an item was opened"_s, u"knowledge_consultation"_s, seen, {{u"opened_on"_s, today}}, false);
        update(u"delete an opening"_s, u"knowledge_consultation"_s, seen, {{u"deleted"_s, true}}, false);
        update(u"move an opening to another item"_s, u"knowledge_consultation"_s, seen, {{u"item_id"_s, uid(own)}}, false);
        // The same opening sent again (another laptop, a lost answer) changes nothing.
        insert(u"send an opening again"_s, u"knowledge_consultation"_s,
               {{u"item_id"_s, uid(open)}, {u"organisation_id"_s, uid(w.zwijndrecht)}, {u"opened_on"_s, u"2026-11-01"_s}},
               lm && s.org == w.zwijndrecht, seen);
    }

    // Hostile text in an offer's topics and note, each followed in its batch
    // by a valid change that must still apply.
    const Subject &lead = subject(u"dordrecht_lead"_s);
    const QStringList hostile = {u"'); DROP TABLE knowledge_expert; --"_s, u"$$ \\ \" ` %s %n"_s,
                                 u"\u202Eslecht\u202C \u200F"_s, u"Zuid-Hollandse ë ĳ 🚲"_s, u"a@NUL@b"_s,
                                 QString(5000, u'x'), u"@SURROGATE@"_s};
    for (const QString &field : {u"topics"_s, u"note"_s}) {
        for (const QString &h : hostile) {
            const QJsonObject hostileChange = change(u"knowledge_expert"_s, offer, u"update"_s, {{field, h}},
                                                     base(u"knowledge_expert"_s, offer, {field}));
            const QJsonObject valid = change(u"organisation"_s, QUuid::createUuid(), u"insert"_s,
                                             {{u"name"_s, u"Geldig"_s}, {u"kind"_s, u"other"_s}});
            QByteArray json = QJsonDocument(QJsonArray{hostileChange, valid}).toJson(QJsonDocument::Compact);
            json.replace("@NUL@", "\\u0000").replace("@SURROGATE@", "\\ud800");
            QString stored;
            const QJsonArray r = pushRaw(lead, json, false, nullptr, [&] {
                QSqlQuery q(lead.db);
                if (q.exec(u"SELECT %1 FROM knowledge_expert WHERE id = '%2'"_s.arg(field, uid(offer))) && q.next())
                    stored = q.value(0).toString();
            });
            const bool good = !h.contains("@NUL@"_L1) && !h.contains("@SURROGATE@"_L1)
                && h.size() <= (field == "note"_L1 ? 2000 : 4000);
            const QString status = r.size() == 2 ? r.at(0).toObject().value(u"status"_s).toString() : QString();
            const QString what = u"knowledge_expert.%1 = %2…"_s.arg(field, h.left(12));
            if (good)
                count(status == "applied"_L1 && stored == h, u"hostile text not kept verbatim: %1 (%2)"_s.arg(what, status));
            else
                count(status == "rejected"_L1 && stored != h, u"hostile text taken: %1 (%2)"_s.arg(what, status));
            count(r.size() == 2 && r.at(1).toObject().value(u"status"_s).toString() == "applied"_L1,
                  u"the change after %1 did not arrive"_s.arg(what));
        }
    }
}

} // namespace AttackMatrix
