// Knowledge items and their kept versions in a real SQLite file.

#include "store/sqlitestore.h"
#include "testlib/knowledgestoretestbase.h"

#include <QSignalSpy>

class KnowledgeStoreTest : public KnowledgeStoreTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldSaveItemAsWrittenAndKeepItAsFirstVersion()
    {
        // GIVEN a draft practice with topics and tags
        KnowledgeItem item = makeItem(u"Warmtenet in de wijk"_s, u"Samen met de corporatie aangelegd."_s);
        item.topics = {u"energie"_s, u"wonen"_s};
        item.tags = {u"warmtenet"_s};

        // WHEN it is saved
        const auto saved = store().knowledge().saveKnowledgeItem(item);

        // THEN the answer is the row as written, by this laptop's person
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        const KnowledgeItem &k = saved.value();
        QCOMPARE(k.id, item.id);
        QCOMPARE(k.kind, KnowledgeKind::Practice);
        QCOMPARE(k.title, item.title);
        QCOMPARE(k.body, item.body);
        QCOMPARE(k.topics, item.topics);
        QCOMPARE(k.tags, item.tags);
        QCOMPARE(k.status, KnowledgeStatus::Draft);
        QVERIFY(!k.publishedOn.isValid());
        QCOMPARE(k.authorId, m_actor);
        QCOMPARE(k.meta.version, qint64(1));
        QCOMPARE(k.meta.changedBy, m_actor);
        // AND it is kept as revision 1
        const auto versions = store().knowledge().knowledgeVersions(item.id).value();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().version, qint64(1));
        QCOMPARE(versions.first().title, item.title);
        QCOMPARE(versions.first().topics, item.topics);
        QCOMPARE(versions.first().changedBy, m_actor);
        QVERIFY(versions.first().changedAt.isValid());
        // AND both rows wait in the outbox for the server
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'knowledge_item' AND op = 'insert'"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'knowledge_version' AND op = 'insert'"_s), 1);
        // AND the change names the item and its version
        QCOMPARE(store().lastChanges().tables, int(ChangeSet::Knowledge));
        QCOMPARE(store().lastChanges().ids, (QList<QUuid>{item.id, versions.first().id}));
    }

    void shouldKeepEveryVersionAndRestoreAnOlderOne()
    {
        // GIVEN an item saved three times with other words
        KnowledgeItem item = makeItem(u"Eerste titel"_s, u"Eerste tekst"_s);
        save(item);
        item.title = u"Tweede titel"_s;
        item.body = u"Tweede tekst"_s;
        save(item);
        item.title = u"Derde titel"_s;
        item.tags = {u"nieuw"_s};
        item.status = KnowledgeStatus::Published;
        save(item);
        auto versions = store().knowledge().knowledgeVersions(item.id).value();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.at(0).title, u"Eerste titel"_s);
        QCOMPARE(versions.at(1).body, u"Tweede tekst"_s);
        QCOMPARE(versions.at(2).version, qint64(3));

        // WHEN the first version is restored
        const auto restored = store().knowledge().restoreKnowledgeVersion(versions.at(0).id);

        // THEN the item has its contents again, as a fourth version, and stays published
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE(restored.value().title, u"Eerste titel"_s);
        QCOMPARE(restored.value().body, u"Eerste tekst"_s);
        QCOMPARE(restored.value().tags, QStringList());
        QCOMPARE(restored.value().status, KnowledgeStatus::Published);
        QCOMPARE(restored.value().meta.version, qint64(4));
        versions = store().knowledge().knowledgeVersions(item.id).value();
        QCOMPARE(versions.size(), 4);
        QCOMPARE(versions.at(3).version, qint64(4));
        QCOMPARE(versions.at(3).title, u"Eerste titel"_s);
        QCOMPARE(store().knowledge().knowledgeItem(item.id).value().title, u"Eerste titel"_s);
    }

    void shouldAddNoVersionWhenNothingChanged()
    {
        // GIVEN a saved item
        const KnowledgeItem item = save(makeItem(u"Laadpalen"_s, u"Op verzoek geplaatst."_s));
        const int outbox = count(u"SELECT count(*) FROM outbox"_s);

        // WHEN it is saved again unchanged
        const auto again = store().knowledge().saveKnowledgeItem(item);

        // THEN nothing is written: no version, no outbox entry, the row's version stays
        QVERIFY(again.ok());
        QCOMPARE(again.value().meta.version, qint64(1));
        QCOMPARE(store().knowledge().knowledgeVersions(item.id).value().size(), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox);
    }

    void shouldSetPublishedOnWhenFirstPublished()
    {
        // GIVEN a draft
        KnowledgeItem item = save(makeItem(u"Afvalinzameling"_s, u"Diftar werkt."_s));
        QVERIFY(!item.publishedOn.isValid());

        // WHEN it is published
        item.status = KnowledgeStatus::Published;
        item = save(item);

        // THEN it is published today
        QCOMPARE(item.publishedOn, QDate::currentDate());

        // WHEN it is archived and published again, with another date asked for
        item.status = KnowledgeStatus::Archived;
        item.publishedOn = QDate(2020, 1, 1);
        item = save(item);
        item.status = KnowledgeStatus::Published;
        item = save(item);

        // THEN the first publication's date stays
        QCOMPARE(item.publishedOn, QDate::currentDate());
        QCOMPARE(store().knowledge().knowledgeItem(item.id).value().publishedOn, QDate::currentDate());
    }

    void shouldTombstoneItemAndKeepItsVersions()
    {
        // GIVEN an item with two versions
        KnowledgeItem item = save(makeItem(u"Mantelzorg"_s, u"Respijtzorg helpt."_s));
        item.body = u"Respijtzorg helpt echt."_s;
        save(item);

        // WHEN it is deleted
        QVERIFY(store().knowledge().setKnowledgeItemDeleted(item.id, true).ok());

        // THEN it is gone from reads, kept as a tombstone with its versions, and the deletion syncs
        QCOMPARE(store().knowledge().knowledgeItem(item.id).error().code, Error::NotFound);
        QVERIFY(store().knowledge().knowledgeItems({}).value().isEmpty());
        KnowledgeFilter all;
        all.includeDeleted = true;
        QCOMPARE(store().knowledge().knowledgeItems(all).value().size(), 1);
        QCOMPARE(store().knowledge().knowledgeVersions(item.id).value().size(), 2);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'knowledge_item' AND op = 'update' "
                       "AND json_extract(fields, '$.deleted') = 1"_s),
                 1);
        // AND a deleted item cannot be saved over
        QCOMPARE(store().knowledge().saveKnowledgeItem(item).error().code, Error::NotFound);

        // WHEN it is brought back
        QVERIFY(store().knowledge().setKnowledgeItemDeleted(item.id, false).ok());
        // THEN it reads again
        QCOMPARE(store().knowledge().knowledgeItem(item.id).value().body, item.body);
    }

    void shouldRefuseBadItemsAndWriteNothing_data()
    {
        QTest::addColumn<KnowledgeItem>("item");
        QTest::addColumn<int>("code");
        const KnowledgeItem valid = makeItem(u"Geldige titel"_s, u"Tekst"_s);
        KnowledgeItem k = valid;
        k.title = u"   "_s;
        QTest::newRow("no title") << k << int(Error::Validation);
        k = valid;
        k.organisationId = QUuid();
        QTest::newRow("no organisation") << k << int(Error::Validation);
        k = valid;
        k.body = QString(200001, u'x');
        QTest::newRow("body too long") << k << int(Error::Validation);
        k = valid;
        k.kind = KnowledgeKind::Answer;
        QTest::newRow("answer without question") << k << int(Error::Validation);
        k = valid;
        k.helpedAnswerId = QUuid::createUuid();
        QTest::newRow("helped answer on a practice") << k << int(Error::Validation);
        k = valid;
        k.visibility = KnowledgeVisibility::ProjectPartners;
        QTest::newRow("partners without a project") << k << int(Error::Validation);
        k = valid;
        k.tags = {u"goed"_s, u" "_s};
        QTest::newRow("empty tag") << k << int(Error::Validation);
        k = valid;
        k.kind = KnowledgeKind::Answer;
        k.questionId = QUuid::createUuid();
        QTest::newRow("answer to a missing question") << k << int(Error::NotFound);
    }

    void shouldRefuseBadItemsAndWriteNothing()
    {
        QFETCH(KnowledgeItem, item);
        QFETCH(int, code);
        // WHEN a bad item is saved
        const auto saved = store().knowledge().saveKnowledgeItem(item);
        // THEN it is refused with a message, and no row, version, outbox entry or index entry exists
        QVERIFY(!saved.ok());
        QCOMPARE(int(saved.error().code), code);
        QVERIFY(!saved.error().message.isEmpty());
        for (const char *table : {"knowledge_item", "knowledge_version", "outbox", "knowledge_fts"})
            QCOMPARE(count(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))), 0);
    }

    void shouldKeepItemWithItsOrganisation()
    {
        // GIVEN Dordrecht's item
        KnowledgeItem item = save(makeItem(u"Participatie"_s, u"Vroeg beginnen."_s));
        // WHEN it is saved as Zutphen's
        item.organisationId = m_zutphen;
        const auto moved = store().knowledge().saveKnowledgeItem(item);
        // THEN that is refused and it stays Dordrecht's with one version
        QCOMPARE(moved.error().code, Error::Rule);
        QCOMPARE(store().knowledge().knowledgeItem(item.id).value().organisationId, m_dordrecht);
        QCOMPARE(store().knowledge().knowledgeVersions(item.id).value().size(), 1);
    }

    void shouldLinkAnswersToTheirQuestion()
    {
        // GIVEN a question and a lesson
        KnowledgeItem question = makeItem(u"Wie heeft ervaring met diftar?"_s, u"Graag tips."_s);
        question.kind = KnowledgeKind::Question;
        question = save(question);
        const KnowledgeItem lesson = save(makeItem(u"Les"_s, u"Tekst"_s));

        // WHEN an answer is given to the lesson
        KnowledgeItem answer = makeItem(u"Wij wel"_s, u"Begin met een proef."_s, m_zutphen);
        answer.kind = KnowledgeKind::Answer;
        answer.questionId = lesson.id;
        // THEN it is refused: an answer answers a question
        QCOMPARE(store().knowledge().saveKnowledgeItem(answer).error().code, Error::Rule);

        // WHEN it answers the question
        answer.questionId = question.id;
        answer = save(answer);
        // AND the asker marks it as the answer that helped
        question.helpedAnswerId = answer.id;
        const auto marked = store().knowledge().saveKnowledgeItem(question);
        // THEN the question names it
        QVERIFY2(marked.ok(), qPrintable(marked.error().message));
        QCOMPARE(marked.value().helpedAnswerId, answer.id);
        // AND an answer to another question cannot be named
        KnowledgeItem other = makeItem(u"Andere vraag"_s, u"?"_s);
        other.kind = KnowledgeKind::Question;
        other.helpedAnswerId = answer.id;
        QCOMPARE(store().knowledge().saveKnowledgeItem(other).error().code, Error::Rule);
    }

    void shouldListItemsByOrganisationProjectAndKind()
    {
        // GIVEN items of two organisations, one from a project, one a question
        const QUuid project = QUuid::createUuid();
        KnowledgeItem a = makeItem(u"A"_s, u"a"_s);
        a.projectId = project;
        save(a);
        KnowledgeItem b = makeItem(u"B"_s, u"b"_s, m_zutphen);
        b.kind = KnowledgeKind::Question;
        save(b);
        save(makeItem(u"C"_s, u"c"_s, m_zutphen));

        // WHEN they are listed with filters
        auto titles = [this](const KnowledgeFilter &f) {
            QStringList out;
            // Keep the result alive: a range over value() of a temporary dangles.
            const auto listed = store().knowledge().knowledgeItems(f);
            for (const KnowledgeItem &k : listed.value())
                out << k.title;
            out.sort();
            return out;
        };
        KnowledgeFilter byOrganisation;
        byOrganisation.organisationId = m_zutphen;
        KnowledgeFilter byProject;
        byProject.projectId = project;
        KnowledgeFilter questions;
        questions.kinds = {KnowledgeKind::Question, KnowledgeKind::Answer};

        // THEN each gives its own
        QCOMPARE(titles({}), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(titles(byOrganisation), (QStringList{u"B"_s, u"C"_s}));
        QCOMPARE(titles(byProject), QStringList{u"A"_s});
        QCOMPARE(titles(questions), QStringList{u"B"_s});
    }

    void shouldListTheNewestFewWithTheStartOfTheirBodies()
    {
        // GIVEN five items changed one after the other, one with a long body, on two topics
        QList<QUuid> ids;
        for (int i = 0; i < 5; ++i) {
            KnowledgeItem k = makeItem(u"Item %1"_s.arg(i), QString(u"woord "_s).repeated(i == 4 ? 2000 : 3));
            k.topics = {i % 2 ? u"Energie"_s : u"wonen"_s};
            ids << save(k).id;
            QSqlQuery q(store().database());
            QVERIFY(q.exec(u"UPDATE knowledge_item SET updated_at = '2026-11-0%1T10:00:00.000Z' WHERE id = '%2'"_s
                               .arg(i + 1)
                               .arg(ids.last().toString(QUuid::WithoutBraces))));
        }

        // WHEN the two newest are asked for without their full bodies
        KnowledgeFilter recent;
        recent.limit = 2;
        recent.fullBodies = false;
        const auto listed = store().knowledge().knowledgeItems(recent);

        // THEN the two last changed come, newest first, the long body cut to its start
        QVERIFY2(listed.ok(), qPrintable(listed.error().message));
        QCOMPARE(listed.value().size(), 2);
        QCOMPARE(listed.value().at(0).id, ids.at(4));
        QCOMPARE(listed.value().at(1).id, ids.at(3));
        QCOMPARE(listed.value().at(0).body.size(), KnowledgeFilter::BodyStartLength);
        QCOMPARE(listed.value().at(1).body, QString(u"woord "_s).repeated(3));

        // AND a topic (any case) and a kind narrow it before the limit counts
        KnowledgeFilter energy;
        energy.topic = u"energie"_s;
        energy.kinds = {KnowledgeKind::Practice};
        energy.limit = 5;
        const auto onEnergy = store().knowledge().knowledgeItems(energy);
        QCOMPARE(onEnergy.value().size(), 2);
        QCOMPARE(onEnergy.value().at(0).id, ids.at(3));
        QCOMPARE(onEnergy.value().at(1).id, ids.at(1));
        QCOMPARE(onEnergy.value().at(0).body, QString(u"woord "_s).repeated(3)); // full bodies by default
        KnowledgeFilter none;
        none.topic = u"energ"_s; // a topic is matched whole
        QVERIFY(store().knowledge().knowledgeItems(none).value().isEmpty());
    }

    void shouldListOnlyTheAnswersOfOneQuestion()
    {
        // GIVEN two questions, each with an answer
        KnowledgeItem first = makeItem(u"Wie heeft ervaring met warmtenetten?"_s, u"vraag"_s);
        first.kind = KnowledgeKind::Question;
        KnowledgeItem second = makeItem(u"Wie kent een goede aanbesteding?"_s, u"vraag"_s);
        second.kind = KnowledgeKind::Question;
        save(first);
        save(second);
        KnowledgeItem toFirst = makeItem(u"Zutphen"_s, u"Wij wel."_s, m_zutphen);
        toFirst.kind = KnowledgeKind::Answer;
        toFirst.questionId = first.id;
        KnowledgeItem toSecond = makeItem(u"Dordrecht"_s, u"Wij ook."_s);
        toSecond.kind = KnowledgeKind::Answer;
        toSecond.questionId = second.id;
        save(toFirst);
        save(toSecond);

        // WHEN the answers to the first are listed
        KnowledgeFilter answers;
        answers.kinds = {KnowledgeKind::Answer};
        answers.questionId = first.id;
        const auto listed = store().knowledge().knowledgeItems(answers);

        // THEN only its own answer comes
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().id, toFirst.id);
    }

    void shouldAnswerThroughTheWorkerAndAnnounceTheChange()
    {
        // GIVEN the store as the application uses it, on the same file
        const QString path = m_dir->file(u"regie.sqlite"_s);
        SqliteStore async;
        QVERIFY(TestLib::await(async.open(path)).ok());
        QSignalSpy changed(async.notifier(), &ChangeNotifier::changed);
        Model::KnowledgeRepository &repository = async;

        // WHEN an item is saved and searched for through the repository
        const KnowledgeItem item = makeItem(u"Samenwerking in de regio"_s, u"Gemeenten kopen samen in."_s);
        const auto saved = TestLib::await(repository.saveKnowledgeItem(item));
        Model::KnowledgeSearch search;
        search.text = u"samenwerken"_s;
        const auto found = TestLib::await(repository.searchKnowledge(search));

        // THEN the item is written, announced by its id, and found
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QVERIFY(changed.count() >= 1);
        const auto notice = changed.first().first().value<ChangeSet>();
        QVERIFY(notice.touches(ChangeSet::Knowledge));
        QVERIFY(notice.ids.contains(item.id));
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().itemId, item.id);
        QCOMPARE(TestLib::await(repository.knowledgeVersions(item.id)).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(KnowledgeStoreTest)
#include "knowledgestoretest.moc"
