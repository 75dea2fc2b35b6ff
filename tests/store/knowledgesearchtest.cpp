// Searching the knowledge base in Dutch through the local store, on a real
// SQLite file: the index as triggers keep it, ranking, filters, snippets.

#include "model/synctables.h"
#include "store/connection.h"
#include "store/knowledgeheadindex.h"
#include "store/knowledgeindex.h"
#include "store/projectsearch.h"
#include "store/rowwriter.h"
#include "testlib/knowledgestoretestbase.h"

#include <QSqlDatabase>

class KnowledgeSearchTest : public KnowledgeStoreTestBase
{
    Q_OBJECT

    QList<KnowledgeHit> find(const QString &text, Model::KnowledgeSearch search = {})
    {
        search.text = text;
        const auto found = store().knowledge().searchKnowledge(search);
        if (!found.ok())
            qWarning() << text << found.error().message;
        return found.ok() ? found.value() : QList<KnowledgeHit>();
    }

    QStringList titles(const QString &text, const Model::KnowledgeSearch &search = {})
    {
        QStringList out;
        for (const KnowledgeHit &hit : find(text, search))
            out << hit.title;
        return out;
    }

    void addCorpus()
    {
        save(makeItem(u"Regionale samenwerking in het sociaal domein"_s,
                      u"Gemeenten in de regio kopen samen in; dat bespaart tijd."_s));
        save(makeItem(u"Aanpak per wijk"_s, u"Elke wijk kreeg een eigen wijkteam met een vast budget."_s));
        save(makeItem(u"Het café als ontmoetingsplek"_s, u"Ouderen ontmoeten elkaar in het buurtcafé."_s));
        save(makeItem(u"Woningbouwproject aan de rivier"_s, u"Vierhonderd huurwoningen, gebouwd in twee jaar."_s));
        save(makeItem(u"Aardgasvrij"_s, u"Achthonderd woningen gingen van het gas af in vijf jaar."_s));
        save(makeItem(u"Ideeën van bewoners"_s, u"Bewoners droegen plannen aan voor hun straat."_s));
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldFindDutchWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("inflection: samenwerken") << u"samenwerken"_s
                                                 << u"Regionale samenwerking in het sociaal domein"_s;
        QTest::newRow("plural: wijken") << u"wijken"_s << u"Aanpak per wijk"_s;
        QTest::newRow("diacritics typed without") << u"cafe"_s << u"Het café als ontmoetingsplek"_s;
        QTest::newRow("diaeresis typed without") << u"ideeen"_s << u"Ideeën van bewoners"_s;
        QTest::newRow("diacritics typed with") << u"Idééën"_s << u"Ideeën van bewoners"_s;
        QTest::newRow("compound part") << u"rivier woningbouw"_s << u"Woningbouwproject aan de rivier"_s;
        QTest::newRow("prefix") << u"woningbouwpro"_s << u"Woningbouwproject aan de rivier"_s;
        QTest::newRow("phrase") << u"\"van het gas af\""_s << u"Aardgasvrij"_s;
        QTest::newRow("case") << u"AARDGASVRIJ"_s << u"Aardgasvrij"_s;
    }

    void shouldFindDutchWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        // GIVEN a small knowledge base
        addCorpus();
        // WHEN it is searched
        const QStringList found = titles(text);
        // THEN the item is found, first
        QVERIFY2(!found.isEmpty() && found.first() == title, qPrintable(found.join(u" | "_s)));
    }

    void shouldNotMatchPhraseOutOfOrder()
    {
        addCorpus();
        QVERIFY(titles(u"\"gas het van\""_s).isEmpty());
        QCOMPARE(titles(u"gas van"_s), QStringList{u"Aardgasvrij"_s});
    }

    void shouldSurviveHostileInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << u"\""_s;
        QTest::newRow("operators") << u"AND OR NOT ("_s;
        QTest::newRow("column filter") << u"title:wijk"_s;
        QTest::newRow("near") << u"NEAR(wijk café, 2)"_s;
        QTest::newRow("star") << u"*"_s;
        QTest::newRow("sql") << u"'); DROP TABLE knowledge_item; --"_s;
        QTest::newRow("caret and minus") << u"^wijk -café"_s;
        QTest::newRow("control characters") << QString::fromUtf16(u"wijk\u0001\u0000\u0002");
        QTest::newRow("very long") << QString(100000, u'a');
        QTest::newRow("many words") << QStringList(500, u"wijk"_s).join(u' ');
        QTest::newRow("only spaces") << u"   "_s;
    }

    void shouldSurviveHostileInput()
    {
        QFETCH(QString, text);
        addCorpus();
        Model::KnowledgeSearch search;
        search.text = text;
        const auto found = store().knowledge().searchKnowledge(search);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_item"_s), 6);
        QVERIFY(indexIsIntact());
    }

    void shouldRankTitleAboveBody()
    {
        // GIVEN the same word in one item's title and in another's text
        save(makeItem(u"Over iets anders"_s, u"Het zwembad werd gerenoveerd, en nog veel meer."_s));
        save(makeItem(u"Het zwembad"_s, u"Een renovatie met bewoners."_s));
        // WHEN it is searched
        const auto hits = find(u"zwembad"_s);
        // THEN the title match ranks first, with the higher rank
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).title, u"Het zwembad"_s);
        QVERIFY(hits.at(0).rank > hits.at(1).rank);
    }

    void shouldMarkMatchedWordsAndEscapeTheRest()
    {
        // GIVEN an item whose text holds markup
        save(makeItem(u"Veilig"_s,
                      u"Voorbeeld: <script>alert('x')</script> & <b>vet</b> bij de samenwerking tussen buren."_s));
        // WHEN it is found
        const auto hits = find(u"samenwerken"_s);
        // THEN the snippet marks the match and shows the markup as text
        QCOMPARE(hits.size(), 1);
        const QString snippet = hits.first().snippet;
        QVERIFY2(snippet.contains(u"<b>samenwerking</b>"_s), qPrintable(snippet));
        QVERIFY2(snippet.contains(u"&lt;script&gt;"_s), qPrintable(snippet));
        QVERIFY2(snippet.contains(u"&amp;"_s), qPrintable(snippet));
        QVERIFY2(!snippet.contains(u"<script"_s), qPrintable(snippet));
        QCOMPARE(snippet.count(u"<b>"_s), snippet.count(u"</b>"_s));
        QCOMPARE(snippet.count(u"<b>"_s), 1);
    }

    void shouldMakeSafeRichTextOfAnyMarkers_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("rich");
        QTest::newRow("plain") << u"a < b"_s << u"a &lt; b"_s;
        QTest::newRow("marked") << u"x [wijk] y"_s << u"x <b>wijk</b> y"_s;
        QTest::newRow("unclosed") << u"[wijk"_s << u"<b>wijk</b>"_s;
        QTest::newRow("stray close") << u"wijk] <i>"_s << u"wijk &lt;i&gt;"_s;
        QTest::newRow("double open") << u"[[a]"_s << u"<b>a</b>"_s;
        QTest::newRow("quotes") << u"\"[a]\" 'b'"_s << u"&quot;<b>a</b>&quot; 'b'"_s;
    }

    void shouldMakeSafeRichTextOfAnyMarkers()
    {
        QFETCH(QString, marked);
        QFETCH(QString, rich);
        QCOMPARE(KnowledgeIndex::richSnippet(marked, u'[', u']'), rich);
    }

    void shouldFilterHits()
    {
        // GIVEN practices and a lesson about the same subject, of two organisations, published at other times
        const QUuid zutphen = m_zutphen;
        auto add = [&](const QString &title, KnowledgeKind kind, const QUuid &organisation, const QString &topic,
                       const QDate &published) {
            KnowledgeItem k = makeItem(title, u"Over het warmtenet."_s, organisation);
            k.kind = kind;
            k.topics = {topic};
            k.status = KnowledgeStatus::Published;
            k.publishedOn = published;
            save(k);
        };
        add(u"Warmtenet Dordrecht"_s, KnowledgeKind::Practice, m_dordrecht, u"energie"_s, QDate(2024, 5, 1));
        add(u"Warmtenet Zutphen"_s, KnowledgeKind::Practice, zutphen, u"wonen"_s, QDate(2025, 5, 1));
        add(u"Les over het warmtenet"_s, KnowledgeKind::Lesson, zutphen, u"energie"_s, QDate(2026, 5, 1));

        auto filtered = [&](auto set) {
            Model::KnowledgeSearch s;
            set(s);
            QStringList out = titles(u"warmtenet"_s, s);
            out.sort();
            return out;
        };
        // WHEN searched with each filter THEN only the items that pass it come back
        QCOMPARE(filtered([](auto &s) { s.kinds = {KnowledgeKind::Lesson}; }), QStringList{u"Les over het warmtenet"_s});
        QCOMPARE(filtered([](auto &s) { s.topic = u"energie"_s; }),
                 (QStringList{u"Les over het warmtenet"_s, u"Warmtenet Dordrecht"_s}));
        QCOMPARE(filtered([&](auto &s) { s.organisationId = zutphen; }),
                 (QStringList{u"Les over het warmtenet"_s, u"Warmtenet Zutphen"_s}));
        QCOMPARE(filtered([](auto &s) { s.from = QDate(2025, 1, 1); s.until = QDate(2025, 12, 31); }),
                 QStringList{u"Warmtenet Zutphen"_s});
        QCOMPARE(filtered([](auto &s) { s.until = QDate(2024, 12, 31); }), QStringList{u"Warmtenet Dordrecht"_s});
        QCOMPARE(filtered([&](auto &s) {
                     s.organisationId = zutphen;
                     s.topic = u"energie"_s;
                 }),
                 QStringList{u"Les over het warmtenet"_s});
        QVERIFY(filtered([](auto &s) { s.topic = u"ener"_s; }).isEmpty());
    }

    void shouldWalkFilteredItemsWhenTheBestHitsAreFilteredOut()
    {
        // GIVEN 300 of Dordrecht's items with "subsidie" in the title, and two of Zutphen's with it deep in a long text
        for (int i = 0; i < 300; ++i)
            save(makeItem(u"Subsidie %1"_s.arg(i), u"Subsidie voor isolatie."_s));
        const QString filler = QStringList(300, u"tekst"_s).join(u' ');
        save(makeItem(u"Zutphen een"_s, filler + u" subsidie"_s, m_zutphen));
        save(makeItem(u"Zutphen twee"_s, filler + u" subsidie"_s, m_zutphen));

        // WHEN Zutphen's items are searched for, five at most
        Model::KnowledgeSearch search;
        search.organisationId = m_zutphen;
        search.limit = 5;
        QStringList found = titles(u"subsidie"_s, search);
        found.sort();

        // THEN both are found although hundreds rank above them
        QCOMPARE(found, (QStringList{u"Zutphen een"_s, u"Zutphen twee"_s}));
        // AND without the filter the page is full of Dordrecht's
        search.organisationId = QUuid();
        QCOMPARE(find(u"subsidie"_s, search).size(), 5);
    }

    void shouldRankAnOldTitleMatchBesideTheNewestMatchesOfAWordThatMatchesMany()
    {
        // GIVEN an old item with the word in its title, then five newer ones with it in their text
        KnowledgeItem old = makeItem(u"Subsidie voor isolatie"_s, u"Een oude regeling."_s, m_zutphen);
        old.topics = {u"energie"_s};
        old.status = KnowledgeStatus::Published;
        old.publishedOn = QDate(2019, 3, 1);
        save(old);
        for (int i = 0; i < 5; ++i)
            save(makeItem(u"Verslag %1"_s.arg(i), u"Over de subsidie en de aanvraag."_s));
        KnowledgeIndex index(store().database());
        Model::KnowledgeSearch search;
        search.text = u"subsidie"_s;
        const auto titlesOf = [](const QList<KnowledgeHit> &hits) {
            QStringList titles;
            for (const KnowledgeHit &hit : hits)
                titles << hit.title;
            return titles;
        };

        // WHEN the window holds every match THEN the title match ranks first
        auto found = index.search(search);
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 6);
        QCOMPARE(found.value().first().title, u"Subsidie voor isolatie"_s);

        // WHEN it holds the newest three and no item by its head THEN only those three are ranked
        index.setRankWindow(3, 0);
        found = index.search(search);
        QVERIFY(found.ok());
        QStringList titles = titlesOf(found.value());
        titles.sort();
        QCOMPARE(titles, (QStringList{u"Verslag 2"_s, u"Verslag 3"_s, u"Verslag 4"_s}));

        // WHEN the items whose head matches are candidates too THEN the old title match ranks first again
        index.setRankWindow(3);
        found = index.search(search);
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 4);
        QCOMPARE(found.value().first().title, u"Subsidie voor isolatie"_s);
        QVERIFY2(found.value().first().snippet.contains(u"<b>Subsidie</b>"_s), qPrintable(found.value().first().snippet));

        // AND a filter that leaves none of the newest finds the old item, as a candidate or by the walk
        for (int heads : {KnowledgeIndex::HeadWindow, 0}) {
            index.setRankWindow(3, heads);
            for (auto set : {+[](Model::KnowledgeSearch &s, const QUuid &org) { s.organisationId = org; },
                             +[](Model::KnowledgeSearch &s, const QUuid &) { s.topic = u"energie"_s; },
                             +[](Model::KnowledgeSearch &s, const QUuid &) { s.until = QDate(2019, 12, 31); }}) {
                Model::KnowledgeSearch filtered;
                filtered.text = u"subsidie"_s;
                set(filtered, m_zutphen);
                found = index.search(filtered);
                QVERIFY(found.ok());
                QCOMPARE(titlesOf(found.value()), QStringList{u"Subsidie voor isolatie"_s});
                QVERIFY2(found.value().first().snippet.contains(u"<b>Subsidie</b>"_s),
                         qPrintable(found.value().first().snippet));
            }
        }
    }

    void shouldFindAnOldItemTitledByAWordInThousandsOfItems()
    {
        // GIVEN an old item titled by a word, then more items than the window with that word in their body
        save(makeItem(u"Woningen"_s, u"Wat een gemeente deed."_s));
        const int newer = std::max(KnowledgeIndex::RankWindow, KnowledgeHeadIndex::PrefixBudget) + 500;
        {
            QSqlDatabase db = store().database();
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            QVERIFY(q.prepare(u"INSERT INTO knowledge_item (id, kind, title, summary, body, organisation_id, author_id, "
                              "status, visibility, topics, tags, created_at, updated_at, changed_by, deleted, version) "
                              "VALUES (?, 'practice', ?, 'Een verslag.', ?, ?, ?, 'published', 'everyone', '', '', "
                              "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ?, 0, 1)"_s));
            for (int i = 0; i < newer; ++i) {
                q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                q.addBindValue(u"Verslag %1"_s.arg(i));
                q.addBindValue(u"Over de woningen in wijk %1, de huur en de bouw."_s.arg(i));
                q.addBindValue(m_dordrecht.toString(QUuid::WithoutBraces));
                q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(db.commit());
        }
        KnowledgeIndex index(store().database());
        Model::KnowledgeSearch search;
        search.text = u"woningen "_s;

        // WHEN it is searched with the windows as they are
        auto found = index.search(search);
        // THEN the old item is the first hit, as it is when every match is ranked
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 20);
        QCOMPARE(found.value().first().title, u"Woningen"_s);
        index.setRankWindow(newer * 2);
        const auto all = index.search(search);
        QVERIFY(all.ok());
        QCOMPARE(all.value().first().title, u"Woningen"_s);
        // AND without the head's candidates it would not be among the hits at all
        index.setRankWindow(KnowledgeIndex::RankWindow, 0);
        found = index.search(search);
        QVERIFY(found.ok());
        QVERIFY(std::none_of(found.value().cbegin(), found.value().cend(),
                             [](const KnowledgeHit &hit) { return hit.title == u"Woningen"_s; }));

        // WHEN the word is typed as the start of a word that many items hold
        KnowledgeHeadIndex head(store().database());
        const auto expanded = head.expandPrefix(u"versla"_s);
        // THEN it stands for the terms that start with it, no prefix that merges them all
        QVERIFY(expanded.ok());
        QVERIFY2(!expanded.value().contains(u'*') && expanded.value().contains(u"\"verslag\""_s),
                 qPrintable(expanded.value()));
        // AND a prefix few heads hold stays a prefix, one too short stands for the whole word only
        QCOMPARE(head.expandPrefix(u"Wonin"_s).value(), u"\"wonin\"*"_s);
        QCOMPARE(head.expandPrefix(u"wo"_s).value(), QString());
        // AND searching as it is typed finds the items
        search.text = u"Versla"_s;
        found = index.search(search);
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 20);
        QVERIFY(indexIsIntact());
    }

    void shouldFollowEditsAndTombstones()
    {
        // GIVEN an indexed item
        KnowledgeItem item = save(makeItem(u"Zonnepanelen op scholen"_s, u"Elke school bespaart."_s));
        QCOMPARE(titles(u"zonnepaneel"_s).size(), 1);

        // WHEN its title and tags change
        item.title = u"Zonnedaken op scholen"_s;
        item.tags = {u"duurzaamheid"_s};
        item = save(item);
        // THEN the old words no longer find it, the new ones do
        QVERIFY(titles(u"zonnepaneel"_s).isEmpty());
        QCOMPARE(titles(u"zonnedak"_s), QStringList{item.title});
        QCOMPARE(titles(u"duurzaamheid"_s), QStringList{item.title});
        QVERIFY(indexIsIntact());

        // WHEN it is tombstoned
        QVERIFY(store().knowledge().setKnowledgeItemDeleted(item.id, true).ok());
        // THEN nothing finds it
        QVERIFY(titles(u"zonnedak"_s).isEmpty());
        QVERIFY(indexIsIntact());
        // WHEN it is brought back
        QVERIFY(store().knowledge().setKnowledgeItemDeleted(item.id, false).ok());
        // THEN it is found again
        QCOMPARE(titles(u"zonnedak"_s), QStringList{item.title});
        QVERIFY(indexIsIntact());
    }

    void shouldReindexOnlyTheEditedItem()
    {
        // GIVEN a few hundred items
        QList<KnowledgeItem> items;
        for (int i = 0; i < 200; ++i)
            items << save(makeItem(u"Project %1"_s.arg(i), u"Een verslag over parkeren, nummer %1."_s.arg(i)));
        Model::KnowledgeSearch all;
        all.limit = 200;
        QCOMPARE(find(u"parkeren"_s, all).size(), 200);

        // WHEN one of them is edited
        KnowledgeItem edited = items.at(42);
        edited.body = u"Een verslag over fietsen."_s;
        save(edited);

        // THEN only that one changed in the index
        QCOMPARE(find(u"parkeren"_s, all).size(), 199);
        QCOMPARE(titles(u"fietsen"_s), QStringList{edited.title});
        QVERIFY(indexIsIntact());
    }

    void shouldIndexRowsTheSyncWrites()
    {
        // GIVEN an item row as the pull writes it: an upsert while applying
        QSqlQuery q(store().database());
        QVERIFY(q.exec(u"UPDATE sync_state SET applying = 1"_s));
        RowWriter writer(store().database());
        QVariantMap row{{u"id"_s, u"7b0d8a4e-1c2f-4a3b-9d4e-5f6a7b8c9d0e"_s},
                        {u"kind"_s, u"lesson"_s},
                        {u"title"_s, u"Vroegsignalering van schulden"_s},
                        {u"summary"_s, u""_s},
                        {u"body"_s, u"Energieleveranciers melden achterstanden."_s},
                        {u"organisation_id"_s, m_zutphen.toString(QUuid::WithoutBraces)},
                        {u"status"_s, u"published"_s},
                        {u"visibility"_s, u"everyone"_s},
                        {u"topics"_s, u""_s},
                        {u"tags"_s, u""_s},
                        {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                        {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                        {u"deleted"_s, 0},
                        {u"version"_s, 3}};
        const auto &table = *SyncSchema::table(u"knowledge_item"_s);
        QVERIFY(writer.write(table, row, RowWriter::Mode::Upsert).ok());
        // THEN it is found, and it was not sent back
        QCOMPARE(titles(u"schuld"_s), QStringList{u"Vroegsignalering van schulden"_s});
        // WHEN the server's newer version replaces it
        row.insert(u"title"_s, u"Vroeg signaleren"_s);
        row.insert(u"version"_s, 4);
        QVERIFY(writer.write(table, row, RowWriter::Mode::Upsert).ok());
        QVERIFY(q.exec(u"UPDATE sync_state SET applying = 0"_s));
        // THEN the index follows
        QVERIFY(titles(u"schuld"_s).isEmpty());
        QCOMPARE(titles(u"signaleren"_s), QStringList{u"Vroeg signaleren"_s});
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'knowledge_item'"_s), 0);
        // AND a row the sync removes leaves the index
        QVERIFY(q.exec(u"DELETE FROM knowledge_item"_s));
        QVERIFY(titles(u"signaleren"_s).isEmpty());
        QVERIFY(indexIsIntact());
    }

    void shouldRefuseWritesFromAConnectionWithoutTheTokenizer()
    {
        // GIVEN a file with an item, and a second connection that lacks the Dutch tokenizer
        save(makeItem(u"Groenbeheer door bewoners"_s, u"Bewoners onderhouden het plantsoen."_s));
        const QString name = u"without-tokenizer"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(m_dir->file(u"regie.sqlite"_s));
            QVERIFY(raw.open());
            QVERIFY(ProjectSearch::installFold(raw));

            // WHEN it writes an item
            RowWriter writer(raw);
            QVariantMap row{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"kind"_s, u"lesson"_s},
                            {u"title"_s, u"Ongeziene les"_s},
                            {u"organisation_id"_s, m_zutphen.toString(QUuid::WithoutBraces)},
                            {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                            {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}};
            const Status written = writer.write(*SyncSchema::table(u"knowledge_item"_s), row, RowWriter::Mode::Insert);

            // THEN it is refused with a clear message and nothing is written
            QVERIFY(!written.ok());
            QVERIFY2(written.error().message.contains(u"regie_dutch"_s), qPrintable(written.error().message));
            QVERIFY2(written.error().message.contains(u"Nothing was written"_s), qPrintable(written.error().message));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_item"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'knowledge_item'"_s), 1);
        // AND the index is whole and still finds the item
        QVERIFY(indexIsIntact());
        QCOMPARE(titles(u"groen"_s), QStringList{u"Groenbeheer door bewoners"_s});
    }

    void shouldAnswerNothingForNoWords()
    {
        addCorpus();
        QVERIFY(find(QString()).isEmpty());
        QVERIFY(find(u"?!"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(KnowledgeSearchTest)
#include "knowledgesearchtest.moc"
