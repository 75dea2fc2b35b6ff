#include "syncusers.h"

#include "testlib/laptop.h"
#include "testlib/region.h"

#include "sync/serverconnection.h"
#include "sync/serverknowledgesearch.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Model;
using namespace Qt::StringLiterals;

/// The server's Dutch search of the knowledge base (server step 8,
/// regie_search_knowledge): stemming and folded accents, the read rules in
/// its answers, and the GIN index in its plan, each asked as a signed-in user.
class ServerKnowledgeSearchTest : public QObject, SyncUsers
{
    Q_OBJECT

    QUuid m_project = QUuid::createUuid();

    static QString id(const QUuid &u) { return u.toString(QUuid::WithoutBraces); }

    void adminExec(const QString &sql)
    {
        QSqlQuery q(admin());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
    }

    QUuid addItem(const Organisation &org, const QString &title, const QString &body, const QString &status = u"published"_s,
                  const QString &visibility = u"everyone"_s, bool deleted = false)
    {
        const QUuid item = QUuid::createUuid();
        adminExec(u"INSERT INTO knowledge_item (id, kind, title, summary, body, organisation_id, project_id, status, "
                  "visibility, deleted, created_by_org) VALUES ('%1', 'practice', '%2', 'Samenvatting', '%3', '%4', %5, "
                  "'%6', '%7', %8, '%4')"_s
                      .arg(id(item), title, body, id(org.id),
                           visibility == "partners"_L1 ? u"'%1'"_s.arg(id(m_project)) : u"NULL"_s, status, visibility,
                           deleted ? u"true"_s : u"false"_s));
        return item;
    }

    /// The ids @p login's search for @p text finds, through the client's call.
    QList<QUuid> search(const QString &login, const QString &text, QList<Sync::ServerKnowledgeHit> *hits = nullptr)
    {
        Sync::ServerConnection server;
        if (!server.open(TestLib::serverSettings(*m_server, m_db, login)).ok())
            qFatal("%s cannot sign in", qPrintable(login));
        const auto found = Sync::ServerKnowledgeSearch(server).search(text, 100);
        if (!found.ok())
            qFatal("search: %s", qPrintable(found.error().message));
        QList<QUuid> ids;
        for (const auto &h : found.value())
            ids << h.itemId;
        if (hits)
            *hits = found.value();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { startServer(); }

    void init()
    {
        nextDatabase();
        addUsers();
        // Project P of Dordrecht, with Zwijndrecht as partner; Papendrecht is not in it.
        adminExec(u"INSERT INTO project (id, name, purpose, urgency, status, created_by_org) VALUES "
                  "('%1', 'Schone Oevers', 'Doel', 'Nu', 'active', '%2')"_s.arg(id(m_project), id(m_dordrecht.id)));
        adminExec(u"INSERT INTO participation (id, project_id, organisation_id, role, joined_on) VALUES "
                  "(gen_random_uuid(), '%1', '%2', 'lead', '2026-01-01'), "
                  "(gen_random_uuid(), '%1', '%3', 'partner', '2026-01-01')"_s
                      .arg(id(m_project), id(m_dordrecht.id), id(m_zwijndrecht.id)));
    }

    void cleanup() { closeDatabase(); }

    void cleanupTestCase() { stopServer(); }

    void shouldFindDutchWordsWhateverTheirFormOrAccents_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("title");
        QTest::newRow("samenwerken finds samenwerking") << u"samenwerken"_s << u"Samenwerking tussen gemeenten"_s;
        QTest::newRow("wijken finds wijk") << u"wijken"_s << u"Een wijk vol groen"_s;
        QTest::newRow("ideeen finds ideeën") << u"ideeen"_s << u"Nieuwe ideeën voor het buurthuis"_s;
        QTest::newRow("ideeën finds ideeën") << u"ideeën"_s << u"Nieuwe ideeën voor het buurthuis"_s;
        QTest::newRow("cafe finds café") << u"cafe"_s << u"Het café als ontmoetingsplek"_s;
        QTest::newRow("financiele finds financiële") << u"financiele steun"_s << u"Financiële steun voor verenigingen"_s;
        QTest::newRow("a phrase") << u"\"tussen gemeenten\""_s << u"Samenwerking tussen gemeenten"_s;
    }

    void shouldFindDutchWordsWhateverTheirFormOrAccents()
    {
        QFETCH(QString, query);
        QFETCH(QString, title);
        // GIVEN a few shared practices
        QHash<QString, QUuid> items;
        for (const QString &t : {u"Samenwerking tussen gemeenten"_s, u"Een wijk vol groen"_s,
                                 u"Nieuwe ideeën voor het buurthuis"_s, u"Het café als ontmoetingsplek"_s,
                                 u"Financiële steun voor verenigingen"_s})
            items.insert(t, addItem(m_dordrecht, t, u"Verslag: "_s + t.toLower()));
        // WHEN Bram of Zwijndrecht searches
        QList<Sync::ServerKnowledgeHit> hits;
        const QList<QUuid> found = search(m_bram, query, &hits);
        // THEN the item comes first, and only it
        QCOMPARE(found, QList<QUuid>{items.value(title)});
        // AND its snippet marks the word that matched, escaped for rich text
        QVERIFY2(hits.first().snippet.contains(u"<b>"_s), qPrintable(hits.first().snippet));
        QCOMPARE(hits.first().title, title);
    }

    void shouldFindOnlyWhatTheUserMayRead()
    {
        // GIVEN Dordrecht's items about a "kadeschouw" of every visibility, and a deleted one
        const QUuid everyone = addItem(m_dordrecht, u"Kadeschouw voor iedereen"_s, u"De kadeschouw"_s);
        const QUuid draft = addItem(m_dordrecht, u"Kadeschouw, concept"_s, u"De kadeschouw"_s, u"draft"_s);
        const QUuid own = addItem(m_dordrecht, u"Kadeschouw intern"_s, u"De kadeschouw"_s, u"published"_s, u"organisation"_s);
        const QUuid partners = addItem(m_dordrecht, u"Kadeschouw voor partners"_s, u"De kadeschouw"_s, u"published"_s,
                                       u"partners"_s);
        addItem(m_dordrecht, u"Kadeschouw weg"_s, u"De kadeschouw"_s, u"published"_s, u"everyone"_s, true);
        // AND a draft of Zwijndrecht itself
        const QUuid bramsDraft = addItem(m_zwijndrecht, u"Onze kadeschouw"_s, u"De kadeschouw"_s, u"draft"_s);
        auto sorted = [](QList<QUuid> ids) {
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        // THEN Anna (Dordrecht) finds all of Dordrecht's live ones, drafts and its own included
        QCOMPARE(sorted(search(m_anna, u"kadeschouw"_s)), sorted({everyone, draft, own, partners}));
        // AND Bram (Zwijndrecht, a partner of the project) the shared one, the partners' one and his own draft
        QCOMPARE(sorted(search(m_bram, u"kadeschouw"_s)), sorted({everyone, partners, bramsDraft}));
        // AND Piet (Papendrecht, not in the project) only the one for everyone
        QCOMPARE(search(m_piet, u"kadeschouw"_s), QList<QUuid>{everyone});
    }

    void shouldUseTheIndexUnderTheReadRules()
    {
        // GIVEN 20,000 items of three organisations, and a few about a "kadeschouw"
        adminExec(u"INSERT INTO knowledge_item (id, kind, title, summary, body, organisation_id, status, visibility, "
                  "created_by_org) SELECT gen_random_uuid(), 'lesson', 'Les ' || i, 'Over ' || w, "
                  "'Wat wij leerden over ' || w || ' in de wijk, nummer ' || i, o, "
                  "CASE WHEN i % 7 = 0 THEN 'draft' ELSE 'published' END, "
                  "CASE WHEN i % 5 = 0 THEN 'organisation' ELSE 'everyone' END, o "
                  "FROM generate_series(1, 20000) i, "
                  "LATERAL (SELECT (ARRAY['jeugdzorg', 'warmtenet', 'armoede', 'participatie', 'omgevingswet', "
                  "'schuldhulpverlening', 'zorgverzekeraar', 'bewonersavond', 'energiearmoede', 'wijkteam'])"
                  "[1 + i % 10] AS w, (ARRAY['%1', '%2', '%3']::uuid[])[1 + i % 3] AS o) x"_s
                      .arg(id(m_dordrecht.id), id(m_zwijndrecht.id), id(m_papendrecht.id)));
        for (int i = 0; i < 5; ++i)
            addItem(m_dordrecht, u"Kadeschouw %1"_s.arg(i), u"De kadeschouw"_s);
        adminExec(u"ANALYZE knowledge_item"_s);
        // WHEN Bram's search is explained as he would run it, through the function
        adminExec(u"GRANT EXECUTE ON FUNCTION regie_explain_search_knowledge(text, integer) TO %1"_s.arg(m_bram));
        Sync::ServerConnection server;
        QVERIFY(server.open(TestLib::serverSettings(*m_server, m_db, m_bram)).ok());
        QSqlQuery q(server.database());
        QVERIFY2(q.exec(u"SELECT * FROM regie_explain_search_knowledge('kadeschouw', 20)"_s), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(0).toString();
        const QString text = plan.join(u'\n');
        qInfo("through regie_search_knowledge:\n%s", qPrintable(text));
        // THEN it reads the GIN index, never the whole table
        QVERIFY2(text.contains(u"Index Scan on knowledge_item_search"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Seq Scan on knowledge_item"_s), qPrintable(text));
        // AND the search finds the five, as fast as a search should
        QCOMPARE(search(m_bram, u"kadeschouw"_s).size(), 5);
        // AND the user's own statement under row-level security may not be planned so
        // (`@@` is not leakproof): why the search runs as the owner
        QVERIFY(q.exec(u"EXPLAIN SELECT id FROM knowledge_item WHERE search_vector @@ "
                       "websearch_to_tsquery('regie_dutch_unaccent', 'kadeschouw')"_s));
        QStringList direct;
        while (q.next())
            direct << q.value(0).toString();
        qInfo("as the user under row-level security:\n%s", qPrintable(direct.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(ServerKnowledgeSearchTest)
#include "serverknowledgesearchtest.moc"
