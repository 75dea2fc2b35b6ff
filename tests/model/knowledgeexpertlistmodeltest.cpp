#include "model/knowledgeexpertlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// "Wie weet hiervan?" as a list: who knows about a topic, from what they
/// did and what they offered.
class KnowledgeExpertListModelTest : public QObject
{
    Q_OBJECT

    const QUuid m_dordrecht = QUuid::createUuid(), m_zutphen = QUuid::createUuid();
    const QUuid m_anne = QUuid::createUuid(), m_eva = QUuid::createUuid(), m_cas = QUuid::createUuid();

    KnowledgeItem item(const QUuid &author, const QUuid &organisation, const QStringList &topics)
    {
        KnowledgeItem i;
        i.id = QUuid::createUuid();
        i.kind = KnowledgeKind::Lesson;
        i.authorId = author;
        i.organisationId = organisation;
        i.topics = topics;
        return i;
    }

    ExpertOffer offer(const QUuid &person, const QUuid &organisation, const QStringList &topics, const QString &note)
    {
        ExpertOffer o;
        o.id = expertOfferId(person);
        o.personId = person;
        o.organisationId = organisation;
        o.topics = topics;
        o.note = note;
        return o;
    }

    // Anne (Dordrecht, known here) wrote on heat networks; Cas (Zutphen, not
    // known here) took her item up; Eva (Zutphen, not known here) offers to
    // be asked about "warmtenet" and "Omgevingswet".
    KnowledgeExpertListModel::Sources sources()
    {
        KnowledgeExpertListModel::Sources s;
        const KnowledgeItem anne = item(m_anne, m_dordrecht, {u"Warmtenet"_s, u"Wonen"_s});
        KnowledgeItem gone = item(m_cas, m_zutphen, {u"Jeugdzorg"_s});
        gone.meta.deleted = true;
        s.items = {anne, gone};
        Reuse r;
        r.id = QUuid::createUuid();
        r.itemId = anne.id;
        r.personId = m_cas;
        r.organisationId = m_zutphen;
        r.status = ReuseStatus::Adopted;
        s.reuses = {r};
        s.offers = {offer(m_eva, m_zutphen, {u"warmtenet"_s, u"Omgevingswet"_s}, u"Bel gerust op dinsdag"_s)};
        s.personNames = {{m_anne, u"Anne de Vries"_s}};
        s.organisationNames = {{m_dordrecht, u"Dordrecht"_s}, {m_zutphen, u"Zutphen"_s}};
        return s;
    }

private Q_SLOTS:
    void shouldListWillingPeopleFirstThenWhatOthersDid()
    {
        // GIVEN the list, under the model tester
        KnowledgeExpertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(sources());

        // WHEN it shows who knows about "Warmtenet"
        model.setTopic(u"Warmtenet"_s);

        // THEN Eva (willing) comes first, then Anne (wrote), then Cas (took up)
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(KnowledgeExpertListModel::ColumnCount));
        const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(model.index(0, 0).data(KnowledgeExpertListModel::PersonIdRole).toUuid(), m_eva);
        QVERIFY(model.index(0, 0).data(KnowledgeExpertListModel::WillingRole).toBool());
        QCOMPARE(cell(0, KnowledgeExpertListModel::PersonColumn), u"Someone at Zutphen"_s);
        QCOMPARE(cell(0, KnowledgeExpertListModel::OrganisationColumn), u"Zutphen"_s);
        QCOMPARE(cell(0, KnowledgeExpertListModel::AskColumn), u"May be asked: Bel gerust op dinsdag"_s);
        QCOMPARE(cell(1, KnowledgeExpertListModel::PersonColumn), u"Anne de Vries"_s);
        QCOMPARE(cell(1, KnowledgeExpertListModel::OrganisationColumn), u"Dordrecht"_s);
        QCOMPARE(cell(1, KnowledgeExpertListModel::DoneColumn), u"wrote 1"_s);
        QCOMPARE(cell(1, KnowledgeExpertListModel::AskColumn), QString());
        QCOMPARE(model.index(2, 0).data(KnowledgeExpertListModel::PersonIdRole).toUuid(), m_cas);
        QCOMPARE(cell(2, KnowledgeExpertListModel::OrganisationColumn), u"Zutphen"_s);
        QCOMPARE(cell(2, KnowledgeExpertListModel::DoneColumn), u"took up 1"_s);
        QCOMPARE(model.rowOf(m_anne), 1);
    }

    void shouldFollowTheTopicAndTheOffers()
    {
        // GIVEN the list on "Omgevingswet", where only Eva offers
        KnowledgeExpertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(sources());
        model.setTopic(u"omgevingswet"_s);
        QCOMPARE(model.rowCount(), 1);

        // WHEN Eva withdraws
        KnowledgeExpertListModel::Sources withdrawn = sources();
        withdrawn.offers.first().meta.deleted = true;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSources(withdrawn);

        // THEN nobody is left to ask, and her offer is no longer hers
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.offerOf(m_eva).topics.isEmpty());
        QVERIFY(model.offerOf(m_eva).id.isNull());

        // AND an unknown or empty topic lists nobody
        model.setTopic(u"  "_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldOfferEveryTopicOnceInDutchOrder()
    {
        KnowledgeExpertListModel model;
        model.setSources(sources());
        // "warmtenet" and "Warmtenet" are one topic; the deleted item's is gone.
        QCOMPARE(model.topics(), (QStringList{u"Omgevingswet"_s, u"Warmtenet"_s, u"Wonen"_s}));
        QCOMPARE(model.offerOf(m_eva).note, u"Bel gerust op dinsdag"_s);
    }
};

QTEST_GUILESS_MAIN(KnowledgeExpertListModelTest)
#include "knowledgeexpertlistmodeltest.moc"
