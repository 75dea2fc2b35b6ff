#include "model/knowledgeexperts.h"

#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// "Wie weet hiervan?": the people to ask about a topic.
class KnowledgeExpertsTest : public QObject
{
    Q_OBJECT

    static KnowledgeItem item(KnowledgeKind kind, const QUuid &author, const QStringList &topics)
    {
        KnowledgeItem i;
        i.id = QUuid::createUuid();
        i.kind = kind;
        i.authorId = author;
        i.organisationId = QUuid::createUuid();
        i.topics = topics;
        return i;
    }

private Q_SLOTS:
    void shouldFindWritersAnswerersAndAdopters()
    {
        // GIVEN Anne wrote two lessons on "Warmtetransitie", Bram answered a
        // question on it, Cas took up one of Anne's lessons, Dirk wrote on
        // another topic, and Eva is willing to be asked
        const QUuid anne = QUuid::createUuid(), bram = QUuid::createUuid(), cas = QUuid::createUuid(),
                    dirk = QUuid::createUuid(), eva = QUuid::createUuid(), vrager = QUuid::createUuid();
        const KnowledgeItem les1 = item(KnowledgeKind::Lesson, anne, {u"Warmtetransitie"_s});
        const KnowledgeItem les2 = item(KnowledgeKind::Practice, anne, {u"warmtetransitie"_s, u"Wonen"_s});
        const KnowledgeItem vraag = item(KnowledgeKind::Question, vrager, {u"Warmtetransitie"_s});
        KnowledgeItem antwoord = item(KnowledgeKind::Answer, bram, {});
        antwoord.questionId = vraag.id;
        const KnowledgeItem anders = item(KnowledgeKind::Lesson, dirk, {u"Jeugdzorg"_s});
        KnowledgeItem weg = item(KnowledgeKind::Lesson, dirk, {u"Warmtetransitie"_s});
        weg.meta.deleted = true;
        Reuse r;
        r.itemId = les1.id;
        r.personId = cas;
        r.status = ReuseStatus::Adapted;

        // WHEN asked who knows about "warmtetransitie" (any case)
        const QList<KnowledgeExpert> experts =
            knowledgeExperts(u" WARMTETRANSITIE "_s, {les1, les2, vraag, antwoord, anders, weg}, {r}, {eva});

        // THEN Eva comes first (willing), then Anne, the asker, Bram, Cas; not Dirk
        QCOMPARE(experts.size(), 5);
        QCOMPARE(experts[0].personId, eva);
        QVERIFY(experts[0].willing);
        QCOMPARE(experts[1].personId, anne);
        QCOMPARE(experts[1].written, 2);
        QCOMPARE(experts[2].personId, vrager);
        QCOMPARE(experts[3].personId, bram);
        QCOMPARE(experts[3].answered, 1);
        QCOMPARE(experts[4].personId, cas);
        QCOMPARE(experts[4].adopted, 1);
    }

    void shouldFindNobodyForAnEmptyTopic()
    {
        const KnowledgeItem les = item(KnowledgeKind::Lesson, QUuid::createUuid(), {u"Wonen"_s});
        QVERIFY(knowledgeExperts(u"  "_s, {les}, {}, {}).isEmpty());
        QVERIFY(knowledgeExperts(u"Zorg"_s, {les}, {}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(KnowledgeExpertsTest)
#include "knowledgeexpertstest.moc"
