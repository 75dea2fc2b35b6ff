#include "attacker.h"

#include "model/knowledgevalidation.h"
#include "model/validation.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

// The knowledge base's rules (docs/SYNC.md, rules table, server step 8),
// one attempt per rule and subject: what each may read, through the tables,
// the push's answers and the search, and what each may write.
namespace AttackMatrix {

namespace {

QString text(const QJsonArray &r, int i = 0)
{
    return r.size() > i ? r.at(i).toObject().value(u"status"_s).toString() : u"failed"_s;
}

} // namespace

bool Attacker::takesPart(const QUuid &org, const QUuid &project) const
{
    if (project == w.p)
        return org == w.dordrecht || org == w.zwijndrecht || org == w.papendrecht || org == w.platform
            || org == w.waterboard;
    return project == w.q && org == w.sliedrecht;
}

bool Attacker::mayReadItem(const Subject &s, const QUuid &item) const
{
    const KnowledgeWorld::Item i = k.items.value(item);
    if (i.org == s.org)
        return true;
    if (i.status == "draft"_L1)
        return false;
    return i.visibility == "everyone"_L1 || (i.visibility == "partners"_L1 && takesPart(s.org, i.project));
}

void Attacker::buildKnowledgeWorld()
{
    auto item = [&](const QUuid &id, const QString &kind, const QUuid &org, const QString &status, const QString &vis,
                    const QUuid &project, const QString &title, const QUuid &question = {}) {
        k.items.insert(id, {org, status, vis, project, title});
        auto value = [](const QUuid &u) { return u.isNull() ? u"NULL"_s : u"'%1'"_s.arg(uid(u)); };
        adminExec(u"INSERT INTO knowledge_item (id, kind, title, summary, body, organisation_id, project_id, question_id, "
                  "status, visibility, created_by_org) VALUES ('%1', '%2', '%3', 'Kort', 'Verslag van de oeverschouw', "
                  "'%4', %5, %6, '%7', '%8', '%4')"_s
                      .arg(uid(id), kind, title, uid(org), value(project), value(question), status, vis));
    };
    item(k.everyone, u"practice"_s, w.dordrecht, u"published"_s, u"everyone"_s, {}, u"Oevers schoon met bewoners"_s);
    item(k.draft, u"lesson"_s, w.dordrecht, u"draft"_s, u"everyone"_s, {}, u"Geheim concept van Dordrecht"_s);
    item(k.organisationOnly, u"lesson"_s, w.dordrecht, u"published"_s, u"organisation"_s, {}, u"Alleen voor Dordrecht"_s);
    item(k.partners, u"lesson"_s, w.dordrecht, u"published"_s, u"partners"_s, w.p, u"Voor de partners van Schone Oevers"_s);
    item(k.partnersQ, u"practice"_s, w.sliedrecht, u"published"_s, u"partners"_s, w.q, u"Voor de partners van Eigen Haven"_s);
    item(k.question, u"question"_s, w.dordrecht, u"published"_s, u"everyone"_s, {}, u"Hoe vinden jullie vrijwilligers?"_s);
    item(k.answer, u"answer"_s, w.zwijndrecht, u"published"_s, u"everyone"_s, {}, u"Via de wijkvereniging"_s, k.question);
    item(k.questionQ, u"question"_s, w.sliedrecht, u"published"_s, u"everyone"_s, {}, u"Wie heeft een kadeplan?"_s);
    item(k.answerQ, u"answer"_s, w.papendrecht, u"published"_s, u"everyone"_s, {}, u"Wij, sinds vorig jaar"_s, k.questionQ);
    item(k.hiddenQuestion, u"question"_s, w.sliedrecht, u"published"_s, u"organisation"_s, {}, u"Interne vraag van Sliedrecht"_s);

    auto version = [&](const QUuid &itemId, int revision) {
        const QUuid id = QUuid::createUuid();
        k.versions.insert(id, itemId);
        const KnowledgeWorld::Item i = k.items.value(itemId);
        adminExec(u"INSERT INTO knowledge_version (id, item_id, revision, title, summary, body, status, visibility, "
                  "created_by_org) VALUES ('%1', '%2', %3, '%4', 'Kort', 'Verslag van de oeverschouw', '%5', '%6', '%7')"_s
                      .arg(uid(id), uid(itemId))
                      .arg(revision)
                      .arg(i.title, i.status, i.visibility, uid(i.org)));
        return id;
    };
    k.everyoneFirst = version(k.everyone, 1);
    k.everyoneSecond = version(k.everyone, 2);
    for (const QUuid &i : {k.draft, k.organisationOnly, k.partners, k.partnersQ})
        version(i, 1);

    auto reuse = [&](const QUuid &itemId, const QUuid &org, const QString &status) {
        const QUuid id = QUuid::createUuid();
        k.reuses.insert(id, itemId);
        adminExec(u"INSERT INTO reuse (id, item_id, organisation_id, status, reused_on, note, created_by_org) VALUES "
                  "('%1', '%2', '%3', '%4', '2026-06-01', 'Over: %5', '%3')"_s
                      .arg(uid(id), uid(itemId), uid(org), status, k.items.value(itemId).title));
        return id;
    };
    k.reuseEveryone = reuse(k.everyone, w.zwijndrecht, u"adapted"_s);
    reuse(k.partners, w.papendrecht, u"considering"_s);
    reuse(k.partnersQ, w.sliedrecht, u"adopted"_s);
    reuse(k.organisationOnly, w.dordrecht, u"adopted"_s);
    reuse(k.draft, w.dordrecht, u"considering"_s);
    adminExec(u"ANALYZE knowledge_item, knowledge_version, reuse"_s);
}

void Attacker::attackKnowledgeReads(const Subject &s)
{
    // Read more than the rules allow is a breach; less, a wrong refusal.
    auto judge = [&](bool read, bool allowed, const QString &what) {
        ++m_tally.attempts;
        if (read && !allowed)
            m_tally.breaches << u"%1 read %2"_s.arg(s.login, what);
        else if (!read && allowed)
            m_tally.wrongRefusals << u"%1 could not read %2"_s.arg(s.login, what);
        else
            ++m_tally.held;
    };
    auto ids = [&](const QString &sql) {
        QSet<QUuid> found;
        QSqlQuery q(s.db);
        if (!q.exec(sql))
            m_tally.breaches << u"%1: %2 failed: %3"_s.arg(s.login, sql, q.lastError().text());
        while (q.next())
            found.insert(QUuid::fromString(q.value(0).toString()));
        return found;
    };
    const QSet<QUuid> items = ids(u"SELECT id FROM knowledge_item"_s);
    const QSet<QUuid> versions = ids(u"SELECT id FROM knowledge_version"_s);
    const QSet<QUuid> reuses = ids(u"SELECT id FROM reuse"_s);
    const QSet<QUuid> found = ids(u"SELECT item_id FROM regie_search_knowledge('oeverschouw', 100)"_s);
    for (auto i = k.items.cbegin(); i != k.items.cend(); ++i) {
        judge(items.contains(i.key()), mayReadItem(s, i.key()), u"the item \"%1\""_s.arg(i->title));
        judge(found.contains(i.key()), mayReadItem(s, i.key()), u"the item \"%1\" through the search"_s.arg(i->title));
    }
    for (auto v = k.versions.cbegin(); v != k.versions.cend(); ++v)
        judge(versions.contains(v.key()), mayReadItem(s, v.value()),
              u"a version of \"%1\""_s.arg(k.items.value(v.value()).title));
    for (auto r = k.reuses.cbegin(); r != k.reuses.cend(); ++r)
        judge(reuses.contains(r.key()), mayReadItem(s, r.value()),
              u"a reuse record of \"%1\""_s.arg(k.items.value(r.value()).title));

    // The push's answer to a change of a row one may not read shows nothing of it.
    auto probe = [&](const QString &table, const QUuid &id, const QString &field, const QString &secret) {
        const QJsonArray r = push(s, {change(table, id, u"update"_s, {{field, u"Gelezen"_s}}, {{field, secret}})});
        const QByteArray answer = QJsonDocument(r).toJson(QJsonDocument::Compact);
        count(text(r) == "rejected"_L1 && !r.at(0).toObject().contains(u"row"_s) && !answer.contains(secret.toUtf8()),
              u"%1's answer to a change of a hidden %2 row showed it: %3"_s.arg(s.login, table,
                                                                           QString::fromUtf8(answer).left(200)));
    };
    for (auto i = k.items.cbegin(); i != k.items.cend(); ++i) {
        if (mayReadItem(s, i.key()))
            continue;
        probe(u"knowledge_item"_s, i.key(), u"title"_s, i->title);
        for (auto v = k.versions.cbegin(); v != k.versions.cend(); ++v) {
            if (v.value() == i.key())
                probe(u"knowledge_version"_s, v.key(), u"title"_s, i->title);
        }
        for (auto r = k.reuses.cbegin(); r != k.reuses.cend(); ++r) {
            if (r.value() == i.key())
                probe(u"reuse"_s, r.key(), u"note"_s, u"Over: "_s + i->title);
        }
    }

    // The rules' own functions answer only inside the push and the search.
    const QString hidden = uid(k.draft);
    for (const QString &sql :
         {u"SELECT regie_item_id_readable('%1')"_s.arg(hidden),
          u"SELECT regie_item_readable(gen_random_uuid(), 'everyone', 'draft', NULL)"_s,
          u"SELECT regie_check_knowledge('knowledge_item', NULL, '{}'::jsonb)"_s,
          u"SELECT * FROM regie_explain_search_knowledge('oeverschouw', 10)"_s})
        refuseDirect(s, sql);
}

void Attacker::attackKnowledgeThroughPush(const Subject &s)
{
    const bool lm = s.writes();
    const bool dordrecht = lm && s.org == w.dordrecht;
    const bool sliedrecht = lm && s.org == w.sliedrecht;
    const bool inP = lm && takesPart(s.org, w.p);
    const QString me = uid(s.person);
    const QUuid otherOrg = s.org == w.dordrecht ? w.zwijndrecht : w.dordrecht;
    const QString otherPerson = uid(subject(s.org == w.dordrecht ? u"zwijndrecht_lead"_s : u"dordrecht_lead"_s).person);
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
    auto item = [&](const QJsonObject &extra) {
        QJsonObject f = {{u"kind"_s, u"practice"_s},     {u"title"_s, u"Onze aanpak"_s},
                         {u"summary"_s, u"Kort"_s},       {u"body"_s, u"Zo deden wij het"_s},
                         {u"organisation_id"_s, uid(s.org)}, {u"author_id"_s, me},
                         {u"status"_s, u"published"_s},  {u"visibility"_s, u"everyone"_s}};
        for (auto i = extra.begin(); i != extra.end(); ++i)
            f.insert(i.key(), i.value());
        return f;
    };
    auto version = [&](const QUuid &itemId, const QJsonValue &revision, const QJsonObject &extra = {}) {
        QJsonObject f = {{u"item_id"_s, uid(itemId)}, {u"revision"_s, revision}, {u"title"_s, u"Bewerkt"_s},
                         {u"status"_s, u"published"_s}, {u"visibility"_s, u"everyone"_s}};
        for (auto i = extra.begin(); i != extra.end(); ++i)
            f.insert(i.key(), i.value());
        return f;
    };
    auto reuse = [&](const QUuid &itemId, const QJsonObject &extra = {}) {
        QJsonObject f = {{u"item_id"_s, uid(itemId)}, {u"organisation_id"_s, uid(s.org)}, {u"person_id"_s, me},
                         {u"status"_s, u"adapted"_s},  {u"reused_on"_s, u"2026-07-01"_s},
                         {u"note"_s, u"Kleinere schaal, want minder vrijwilligers"_s}};
        for (auto i = extra.begin(); i != extra.end(); ++i)
            f.insert(i.key(), i.value());
        return f;
    };

    // Items: one's own organisation's, never another's.
    insert(u"write an item of one's own organisation"_s, u"knowledge_item"_s, item({}), lm);
    insert(u"write an item for another organisation"_s, u"knowledge_item"_s,
           item({{u"organisation_id"_s, uid(otherOrg)}}), false);
    insert(u"write an item by an author of another organisation"_s, u"knowledge_item"_s,
           item({{u"author_id"_s, otherPerson}}), false);
    update(u"edit Dordrecht's item"_s, u"knowledge_item"_s, k.everyone, {{u"title"_s, u"Herschreven"_s}}, dordrecht);
    update(u"edit Dordrecht's draft"_s, u"knowledge_item"_s, k.draft, {{u"body"_s, u"Herschreven"_s}}, dordrecht);
    update(u"publish Dordrecht's draft"_s, u"knowledge_item"_s, k.draft, {{u"status"_s, u"published"_s}}, dordrecht);
    update(u"delete Dordrecht's own-organisation item"_s, u"knowledge_item"_s, k.organisationOnly, {{u"deleted"_s, true}},
           dordrecht);
    update(u"edit Sliedrecht's partners' item"_s, u"knowledge_item"_s, k.partnersQ, {{u"summary"_s, u"Anders"_s}},
           sliedrecht);
    update(u"move an item to another organisation"_s, u"knowledge_item"_s, k.everyone,
           {{u"organisation_id"_s, uid(s.org == w.dordrecht ? w.zwijndrecht : s.org)}}, false);
    update(u"take over Zwijndrecht's answer"_s, u"knowledge_item"_s, k.answer,
           {{u"organisation_id"_s, uid(s.org == w.zwijndrecht ? w.dordrecht : s.org)}}, false);

    // Visibility 'partners' and source projects: only projects one's organisation takes part in.
    insert(u"share with the partners of P"_s, u"knowledge_item"_s,
           item({{u"visibility"_s, u"partners"_s}, {u"project_id"_s, uid(w.p)}}), inP);
    insert(u"share with the partners of Q"_s, u"knowledge_item"_s,
           item({{u"visibility"_s, u"partners"_s}, {u"project_id"_s, uid(w.q)}}), sliedrecht);
    insert(u"name Q as the source project"_s, u"knowledge_item"_s, item({{u"project_id"_s, uid(w.q)}}), sliedrecht);
    insert(u"share with partners without a project"_s, u"knowledge_item"_s, item({{u"visibility"_s, u"partners"_s}}),
           false);
    update(u"share Dordrecht's item with the partners of Q"_s, u"knowledge_item"_s, k.everyone,
           {{u"visibility"_s, u"partners"_s}, {u"project_id"_s, uid(w.q)}}, false);
    update(u"narrow Dordrecht's item to the partners of P"_s, u"knowledge_item"_s, k.everyone,
           {{u"visibility"_s, u"partners"_s}, {u"project_id"_s, uid(w.p)}}, dordrecht);

    // Questions and answers.
    insert(u"answer a question one may read"_s, u"knowledge_item"_s,
           item({{u"kind"_s, u"answer"_s}, {u"question_id"_s, uid(k.question)}}), lm);
    insert(u"answer a question one may not read"_s, u"knowledge_item"_s,
           item({{u"kind"_s, u"answer"_s}, {u"question_id"_s, uid(k.hiddenQuestion)}}), sliedrecht);
    insert(u"answer a draft of Dordrecht's"_s, u"knowledge_item"_s,
           item({{u"kind"_s, u"answer"_s}, {u"question_id"_s, uid(k.draft)}}), false);
    insert(u"answer without a question"_s, u"knowledge_item"_s, item({{u"kind"_s, u"answer"_s}}), false);
    update(u"move an answer to another question"_s, u"knowledge_item"_s, k.answer,
           {{u"question_id"_s, uid(k.questionQ)}}, false);
    update(u"turn a question into a practice"_s, u"knowledge_item"_s, k.question, {{u"kind"_s, u"practice"_s}}, false);
    update(u"turn a practice into an answer"_s, u"knowledge_item"_s, k.everyone,
           {{u"kind"_s, u"answer"_s}, {u"question_id"_s, uid(k.question)}}, false);
    update(u"mark the answer that helped one's own question"_s, u"knowledge_item"_s, k.question,
           {{u"helped_answer_id"_s, uid(k.answer)}}, dordrecht);
    update(u"mark an answer to another question as the one that helped"_s, u"knowledge_item"_s, k.question,
           {{u"helped_answer_id"_s, uid(k.answerQ)}}, false);
    update(u"mark a question as the answer that helped"_s, u"knowledge_item"_s, k.question,
           {{u"helped_answer_id"_s, uid(k.questionQ)}}, false);
    update(u"mark what helped Sliedrecht's question"_s, u"knowledge_item"_s, k.questionQ,
           {{u"helped_answer_id"_s, uid(k.answerQ)}}, sliedrecht);
    update(u"mark what helped a practice"_s, u"knowledge_item"_s, k.everyone, {{u"helped_answer_id"_s, uid(k.answer)}},
           false);

    // Kept versions: appended by the item's organisation, never rewritten.
    insert(u"keep a new version of Dordrecht's item"_s, u"knowledge_version"_s, version(k.everyone, 3), dordrecht);
    insert(u"keep a version with the last revision again"_s, u"knowledge_version"_s, version(k.everyone, 2), false);
    insert(u"keep a version with a lower revision"_s, u"knowledge_version"_s, version(k.everyone, 1), false);
    insert(u"keep a version with a broken revision"_s, u"knowledge_version"_s, version(k.everyone, 3.5), false);
    insert(u"keep a version without a revision"_s, u"knowledge_version"_s, version(k.everyone, u"drie"_s), false);
    insert(u"keep a version of Sliedrecht's item"_s, u"knowledge_version"_s, version(k.partnersQ, 2), sliedrecht);
    insert(u"keep a version of an item that is not there"_s, u"knowledge_version"_s, version(QUuid::createUuid(), 1),
           false);
    update(u"rewrite a kept version"_s, u"knowledge_version"_s, k.everyoneFirst, {{u"body"_s, u"Vervalst"_s}}, false);
    update(u"renumber a kept version"_s, u"knowledge_version"_s, k.everyoneFirst, {{u"revision"_s, 9}}, false);
    update(u"delete a kept version"_s, u"knowledge_version"_s, k.everyoneSecond, {{u"deleted"_s, true}}, false);

    // Reuse: recorded by the organisation that reuses, of items it may read.
    insert(u"record reuse of a shared item"_s, u"reuse"_s, reuse(k.everyone), lm);
    insert(u"record reuse for another organisation"_s, u"reuse"_s,
           reuse(k.everyone, {{u"organisation_id"_s, uid(otherOrg)}}), false);
    insert(u"record reuse in another's name"_s, u"reuse"_s, reuse(k.everyone, {{u"person_id"_s, otherPerson}}), false);
    insert(u"record reuse of Dordrecht's draft"_s, u"reuse"_s, reuse(k.draft), dordrecht);
    insert(u"record reuse of Dordrecht's own-organisation item"_s, u"reuse"_s, reuse(k.organisationOnly), dordrecht);
    insert(u"record reuse of P's partners' item"_s, u"reuse"_s, reuse(k.partners), inP);
    insert(u"record reuse of Q's partners' item"_s, u"reuse"_s, reuse(k.partnersQ), sliedrecht);
    insert(u"record reuse of an item that is not there"_s, u"reuse"_s, reuse(QUuid::createUuid()), false);
    insert(u"record reuse in P"_s, u"reuse"_s, reuse(k.everyone, {{u"project_id"_s, uid(w.p)}}), inP);
    insert(u"record reuse in Q"_s, u"reuse"_s, reuse(k.everyone, {{u"project_id"_s, uid(w.q)}}), sliedrecht);
    insert(u"record an unknown reason"_s, u"reuse"_s,
           reuse(k.everyone, {{u"status"_s, u"not_adopted"_s}, {u"reason"_s, u"geen zin"_s}}), false);
    insert(u"record a known reason"_s, u"reuse"_s,
           reuse(k.everyone, {{u"status"_s, u"not_adopted"_s}, {u"reason"_s, u"no_budget"_s}}), lm);
    const bool zwijndrecht = lm && s.org == w.zwijndrecht;
    update(u"write the outcome of Zwijndrecht's reuse"_s, u"reuse"_s, k.reuseEveryone,
           {{u"outcome"_s, u"Werkt goed"_s}}, zwijndrecht);
    update(u"delete Zwijndrecht's reuse record"_s, u"reuse"_s, k.reuseEveryone, {{u"deleted"_s, true}}, zwijndrecht);
    update(u"move a reuse record to another organisation"_s, u"reuse"_s, k.reuseEveryone,
           {{u"organisation_id"_s, uid(s.org == w.zwijndrecht ? w.dordrecht : s.org)}}, false);
    update(u"move a reuse record to another item"_s, u"reuse"_s, k.reuseEveryone, {{u"item_id"_s, uid(k.question)}},
           false);
    update(u"move a reuse record into Q"_s, u"reuse"_s, k.reuseEveryone, {{u"project_id"_s, uid(w.q)}}, false);
    update(u"sign another's name under a reuse record"_s, u"reuse"_s, k.reuseEveryone, {{u"person_id"_s, otherPerson}},
           false);

    // Sizes: what the server keeps, and no more.
    using namespace Model;
    insert(u"a title as long as allowed"_s, u"knowledge_item"_s,
           item({{u"title"_s, QString(Limits::TitleLength, u't')}}), lm);
    insert(u"a title too long"_s, u"knowledge_item"_s, item({{u"title"_s, QString(Limits::TitleLength + 1, u't')}}),
           false);
    insert(u"a blank title"_s, u"knowledge_item"_s, item({{u"title"_s, u"   "_s}}), false);
    insert(u"a summary too long"_s, u"knowledge_item"_s,
           item({{u"summary"_s, QString(KnowledgeLimits::SummaryLength + 1, u's')}}), false);
    insert(u"a text too long"_s, u"knowledge_item"_s,
           item({{u"body"_s, QString(KnowledgeLimits::BodyLength + 1, u'b')}}), false);
    insert(u"topics too long"_s, u"knowledge_item"_s, item({{u"topics"_s, QString(8001, u'o')}}), false);
    insert(u"a version's text too long"_s, u"knowledge_version"_s,
           version(k.everyone, 3, {{u"body"_s, QString(KnowledgeLimits::BodyLength + 1, u'b')}}), false);
    insert(u"a reuse note too long"_s, u"reuse"_s,
           reuse(k.everyone, {{u"note"_s, QString(KnowledgeLimits::ReuseNoteLength + 1, u'n')}}), false);
    insert(u"an outcome too long"_s, u"reuse"_s,
           reuse(k.everyone, {{u"outcome"_s, QString(KnowledgeLimits::ReuseNoteLength + 1, u'n')}}), false);
    insert(u"an unknown kind"_s, u"knowledge_item"_s, item({{u"kind"_s, u"roddel"_s}}), false);
    insert(u"an unknown visibility"_s, u"knowledge_item"_s, item({{u"visibility"_s, u"iedereen"_s}}), false);
}

void Attacker::attackKnowledgeWithHostileText()
{
    const QStringList hostile = {u"'); DROP TABLE knowledge_item; --"_s, u"$$ \\ \" ` %s %n"_s,
                                 u"\u202Eslecht\u202C \u200F"_s, u"ideeën café naïef 🚲"_s, u"a@NUL@b"_s,
                                 QString(100 * 1024, u'x'), u"@SURROGATE@"_s};
    const Subject &lead = subject(u"dordrecht_lead"_s);
    const Subject &partner = subject(u"zwijndrecht_lead"_s);
    const QHash<QString, int> limits = {
        {u"title"_s, Model::Limits::TitleLength},           {u"summary"_s, Model::KnowledgeLimits::SummaryLength},
        {u"body"_s, Model::KnowledgeLimits::BodyLength},     {u"topics"_s, 8000},
        {u"tags"_s, 8000},                                   {u"note"_s, Model::KnowledgeLimits::ReuseNoteLength},
        {u"outcome"_s, Model::KnowledgeLimits::ReuseNoteLength}, {u"reason"_s, 0}};
    struct Target {
        QString table;
        QString field;
    };
    QList<Target> targets;
    for (const QString &f : {u"title"_s, u"summary"_s, u"body"_s, u"topics"_s, u"tags"_s}) {
        targets.append({u"knowledge_item"_s, f});
        targets.append({u"knowledge_version"_s, f});
    }
    for (const QString &f : {u"note"_s, u"outcome"_s, u"reason"_s})
        targets.append({u"reuse"_s, f});
    for (const Target &t : std::as_const(targets)) {
        for (const QString &h : hostile) {
            const Subject &s = t.table == "reuse"_L1 ? partner : lead;
            QUuid rowId;
            QJsonObject hostileChange;
            if (t.table == "knowledge_version"_L1) {
                rowId = QUuid::createUuid();
                hostileChange = change(t.table, rowId, u"insert"_s,
                                       {{u"item_id"_s, uid(k.everyone)}, {u"revision"_s, 3}, {u"title"_s, u"Versie"_s},
                                        {u"status"_s, u"published"_s}, {u"visibility"_s, u"everyone"_s}, {t.field, h}});
            } else {
                rowId = t.table == "reuse"_L1 ? k.reuseEveryone : k.everyone;
                hostileChange = change(t.table, rowId, u"update"_s, {{t.field, h}},
                                       {{t.field, serverRow(t.table, rowId).value(t.field)}});
            }
            const QJsonObject valid = change(u"organisation"_s, QUuid::createUuid(), u"insert"_s,
                                             {{u"name"_s, u"Geldig"_s}, {u"kind"_s, u"other"_s}});
            QByteArray json = QJsonDocument(QJsonArray{hostileChange, valid}).toJson(QJsonDocument::Compact);
            json.replace("@NUL@", "\\u0000").replace("@SURROGATE@", "\\ud800");
            QString stored;
            bool readBack = false;
            const QJsonArray r = pushRaw(s, json, false, nullptr, [&] {
                QSqlQuery q(s.db);
                readBack = q.exec(u"SELECT %1 FROM %2 WHERE id = '%3'"_s.arg(t.field, t.table, uid(rowId))) && q.next();
                if (readBack)
                    stored = q.value(0).toString();
            });
            const bool expected = !h.contains("@NUL@"_L1) && !h.contains("@SURROGATE@"_L1) && h.size() <= limits.value(t.field);
            const QString what = u"%1.%2 = %3…"_s.arg(t.table, t.field, h.left(12));
            if (expected)
                count(text(r) == "applied"_L1 && readBack && stored == h,
                      u"hostile text not kept verbatim: %1 (%2)"_s.arg(what, text(r)));
            else
                count(text(r) == "rejected"_L1 && !(readBack && stored == h),
                      u"hostile text taken: %1 (%2)"_s.arg(what, text(r)));
            count(text(r, 1) == "applied"_L1, u"the change after %1 did not arrive"_s.arg(what));
        }
    }
}

} // namespace AttackMatrix
