#include "syncusers.h"

#include "testlib/laptop.h"
#include "testlib/region.h"

#include "model/knowledge.h"
#include "store/localstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

using TestLib::Laptop;

/// The knowledge base between laptops of different municipalities on a real
/// server: what one writes, the other sees as far as the read rules let it,
/// and what each adds (reuse, answers, the answer that helped, a restored
/// version, a delete) travels back.
class KnowledgeSyncTest : public QObject, SyncUsers
{
    Q_OBJECT

    static KnowledgeItem item(const Laptop &laptop, const QUuid &org, KnowledgeKind kind, const QString &title)
    {
        KnowledgeItem k;
        k.id = QUuid::createUuid();
        k.kind = kind;
        k.title = title;
        k.summary = u"Wat wij leerden"_s;
        k.body = u"Zo pakten wij het aan, stap voor stap."_s;
        k.organisationId = org;
        k.authorId = laptop.person;
        k.status = KnowledgeStatus::Published;
        k.topics = {u"Participatie"_s};
        return k;
    }

    static KnowledgeItem save(Laptop &laptop, const KnowledgeItem &k)
    {
        const auto saved = laptop.store.knowledge().saveKnowledgeItem(k);
        if (!saved.ok())
            qFatal("saveKnowledgeItem: %s", qPrintable(saved.error().message));
        return saved.value();
    }

    /// The item as @p laptop holds it, tombstone or not; a null id if it holds none.
    static KnowledgeItem held(Laptop &laptop, const QUuid &id)
    {
        KnowledgeFilter all;
        all.includeDeleted = true;
        const auto items = laptop.store.knowledge().knowledgeItems(all);
        if (!items.ok())
            qFatal("knowledgeItems: %s", qPrintable(items.error().message));
        for (const KnowledgeItem &k : items.value()) {
            if (k.id == id)
                return k;
        }
        return {};
    }

    static int rowsOf(Laptop &laptop, const QUuid &item)
    {
        const QString id = item.toString(QUuid::WithoutBraces);
        return laptop.count(u"SELECT (SELECT count(*) FROM knowledge_item WHERE id = '%1') "
                            "+ (SELECT count(*) FROM knowledge_version WHERE item_id = '%1') "
                            "+ (SELECT count(*) FROM reuse WHERE item_id = '%1')"_s.arg(id));
    }

private Q_SLOTS:
    void initTestCase() { startServer(); }

    void init()
    {
        nextDatabase();
        addUsers();
    }

    void cleanup() { closeDatabase(); }

    void cleanupTestCase() { stopServer(); }

    void shouldShareKnowledgeBetweenLaptopsUnderTheRights()
    {
        // GIVEN Anna of Dordrecht writes a practice and edits it (two versions), asks a
        // question, keeps a note for her own organisation and a draft
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        KnowledgeItem practice = save(anna, item(anna, m_dordrecht.id, KnowledgeKind::Practice, u"Bewoners schouwen de oevers"_s));
        practice.title = u"Bewoners schouwen samen de oevers"_s;
        practice.body += u" Met koffie na afloop."_s;
        practice = save(anna, practice);
        KnowledgeItem question = save(anna, item(anna, m_dordrecht.id, KnowledgeKind::Question, u"Hoe houden jullie vrijwilligers vast?"_s));
        KnowledgeItem internal = item(anna, m_dordrecht.id, KnowledgeKind::Lesson, u"Alleen voor Dordrecht"_s);
        internal.visibility = KnowledgeVisibility::Organisation;
        internal = save(anna, internal);
        KnowledgeItem draft = item(anna, m_dordrecht.id, KnowledgeKind::Lesson, u"Nog niet af"_s);
        draft.status = KnowledgeStatus::Draft;
        draft = save(anna, draft);
        QCOMPARE(anna.syncNow().rejected, 0);

        // WHEN Bram of Zwijndrecht syncs
        bram.syncNow();
        // THEN he sees the practice with both its versions, and the question
        QCOMPARE(held(bram, practice.id).title, u"Bewoners schouwen samen de oevers"_s);
        const auto versions = bram.store.knowledge().knowledgeVersions(practice.id);
        QVERIFY(versions.ok());
        QCOMPARE(versions.value().size(), 2);
        QCOMPARE(versions.value().first().title, u"Bewoners schouwen de oevers"_s);
        QCOMPARE(held(bram, question.id).kind, KnowledgeKind::Question);
        // AND neither the organisation's own note nor the draft, nor their versions
        QCOMPARE(rowsOf(bram, internal.id), 0);
        QCOMPARE(rowsOf(bram, draft.id), 0);

        // WHEN Bram records that Zwijndrecht adapted the practice, and answers the question
        Reuse adapted;
        adapted.id = QUuid::createUuid();
        adapted.itemId = practice.id;
        adapted.organisationId = m_zwijndrecht.id;
        adapted.personId = bram.person;
        adapted.status = ReuseStatus::Adapted;
        adapted.date = QDate(2026, 11, 2);
        adapted.note = u"Eén schouw per jaar in plaats van vier: we hebben minder vrijwilligers."_s;
        QVERIFY(bram.store.reuse().saveReuse(adapted).ok());
        KnowledgeItem answer = item(bram, m_zwijndrecht.id, KnowledgeKind::Answer, u"Met een jaarlijkse bedankavond"_s);
        answer.questionId = question.id;
        answer = save(bram, answer);
        QCOMPARE(bram.syncNow().rejected, 0);
        // AND Anna syncs
        anna.syncNow();
        // THEN she sees both
        const auto reuses = anna.store.reuse().reuses(practice.id);
        QVERIFY(reuses.ok());
        QCOMPARE(reuses.value().size(), 1);
        QCOMPARE(reuses.value().first().status, ReuseStatus::Adapted);
        QCOMPARE(reuses.value().first().organisationId, m_zwijndrecht.id);
        QCOMPARE(reuses.value().first().note, adapted.note);
        QCOMPARE(held(anna, answer.id).questionId, question.id);

        // WHEN she marks the answer as the one that helped, and syncs
        question = held(anna, question.id);
        question.helpedAnswerId = answer.id;
        save(anna, question);
        QCOMPARE(anna.syncNow().rejected, 0);
        // THEN Bram sees that after his sync
        bram.syncNow();
        QCOMPARE(held(bram, question.id).helpedAnswerId, answer.id);

        // WHEN Anna restores the first version of the practice
        const auto restored = anna.store.knowledge().restoreKnowledgeVersion(versions.value().first().id);
        QVERIFY(restored.ok());
        QCOMPARE(anna.syncNow().rejected, 0);
        bram.syncNow();
        // THEN Bram has the older contents back, as a third version
        QCOMPARE(held(bram, practice.id).title, u"Bewoners schouwen de oevers"_s);
        QCOMPARE(held(bram, practice.id).body, u"Zo pakten wij het aan, stap voor stap."_s);
        QCOMPARE(bram.store.knowledge().knowledgeVersions(practice.id).value().size(), 3);

        // WHEN Anna deletes the question and Bram his reuse record
        QVERIFY(anna.store.knowledge().setKnowledgeItemDeleted(question.id, true).ok());
        QVERIFY(bram.store.reuse().setReuseDeleted(adapted.id, true).ok());
        QCOMPARE(anna.syncNow().rejected, 0);
        QCOMPARE(bram.syncNow().rejected, 0);
        anna.syncNow();
        // THEN both tombstones reached the other laptop
        QVERIFY(held(bram, question.id).meta.deleted);
        QVERIFY(bram.store.knowledge().knowledgeItem(question.id).error().code == Error::NotFound);
        QCOMPARE(anna.store.reuse().reuses(practice.id).value().size(), 0);
        QCOMPARE(anna.count(u"SELECT count(*) FROM reuse WHERE deleted = 1 AND id = '%1'"_s.arg(
                     adapted.id.toString(QUuid::WithoutBraces))),
                 1);
        // AND the note and the draft never reached Bram; the outboxes are empty
        QCOMPARE(rowsOf(bram, internal.id), 0);
        QCOMPARE(rowsOf(bram, draft.id), 0);
        QCOMPARE(anna.count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(bram.count(u"SELECT count(*) FROM outbox"_s), 0);

        // WHEN Anna publishes the draft at last
        draft.status = KnowledgeStatus::Published;
        save(anna, draft);
        anna.syncNow();
        bram.syncNow();
        // THEN it reaches Bram with both its versions, the draft one included
        QCOMPARE(held(bram, draft.id).status, KnowledgeStatus::Published);
        QCOMPARE(bram.store.knowledge().knowledgeVersions(draft.id).value().size(), 2);
    }

    void shouldShowAPartnersItemOnlyToTheProjectsPartners()
    {
        // GIVEN a project of Dordrecht with Zwijndrecht, and Piet of Papendrecht outside it
        Laptop anna(*m_server, m_db, m_anna);
        Laptop bram(*m_server, m_db, m_bram);
        Laptop piet(*m_server, m_db, m_piet);
        const Project p = makeProject(anna, u"Schone Merwede"_s);
        // WHEN Anna shares a lesson of it with the project's partners only
        KnowledgeItem lesson = item(anna, m_dordrecht.id, KnowledgeKind::Lesson, u"Wat de kadeschouw ons leerde"_s);
        lesson.projectId = p.id;
        lesson.visibility = KnowledgeVisibility::ProjectPartners;
        lesson = save(anna, lesson);
        QCOMPARE(anna.syncNow().rejected, 0);
        bram.syncNow();
        piet.syncNow();
        // THEN Bram has it and its version, Piet nothing of it
        QCOMPARE(held(bram, lesson.id).title, lesson.title);
        QCOMPARE(rowsOf(bram, lesson.id), 2);
        QCOMPARE(rowsOf(piet, lesson.id), 0);
        // AND Piet cannot record reuse of what his laptop does not hold (the server's
        // refusal of it is in the attack matrix)
        Reuse guess;
        guess.id = QUuid::createUuid();
        guess.itemId = lesson.id;
        guess.organisationId = m_papendrecht.id;
        guess.personId = piet.person;
        guess.status = ReuseStatus::Considering;
        guess.date = QDate(2026, 11, 3);
        QCOMPARE(piet.store.reuse().saveReuse(guess).error().code, Error::NotFound);
        QCOMPARE(piet.count(u"SELECT count(*) FROM outbox"_s), 0);
    }
};

QTEST_GUILESS_MAIN(KnowledgeSyncTest)
#include "knowledgesynctest.moc"
