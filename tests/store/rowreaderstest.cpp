// The SELECT lists and readers of store/rowreaders.h: every described column
// under its own name, and readers that find their columns by name.

#include "model/synctables.h"
#include "store/connection.h"
#include "store/knowledgerows.h"
#include "store/rowreaders.h"
#include "testlib/testenvironment.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace Model;
using namespace Store;

class RowReadersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldSelectEveryDescribedColumnUnderItsName_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("alias");
        QStringList names;
        for (const SyncSchema::Table &t : SyncSchema::tables())
            names << t.name;
        for (const QString &name : SyncSchema::knowledgeTables()) {
            if (!names.contains(name))
                names << name; // described, not synced yet
        }
        for (const QString &name : std::as_const(names)) {
            QTest::newRow(qPrintable(name)) << name << QString();
            QTest::newRow(qPrintable(name + QStringLiteral(" as x"))) << name << QStringLiteral("x");
        }
    }

    void shouldSelectEveryDescribedColumnUnderItsName()
    {
        // GIVEN a migrated database
        QFETCH(QString, table);
        QFETCH(QString, alias);
        TestLib::TempDir dir;
        Connection c;
        QVERIFY(c.open(dir.file(QStringLiteral("regie.sqlite"))).ok());

        // WHEN a table is read through its SELECT list
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM %2 %3").arg(Rows::selectList(table, alias), table, alias)));

        // THEN the result has every described column, by name, in the description's order
        QStringList names;
        for (int i = 0; i < q.record().count(); ++i)
            names << q.record().fieldName(i);
        QStringList described;
        for (const SyncSchema::LocalColumn &column : SyncSchema::localColumns(*SyncSchema::table(table)))
            described << column.name;
        QCOMPARE(names, described);
    }

    void shouldReadColumnsByNameWhateverTheirOrder()
    {
        // GIVEN an organisation row
        TestLib::TempDir dir;
        Connection c;
        QVERIFY(c.open(dir.file(QStringLiteral("regie.sqlite"))).ok());
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO organisation (id, name, name_key, kind, municipality_code, created_at, updated_at, version) "
            "VALUES ('8d2c4a4e-6f1b-4c1e-9a57-2d4c1d0b7e11', 'Waterschap', 'waterschap', 'province', '0363', "
            "'2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z', 3)")));

        // WHEN it is read through a SELECT list in the reverse order
        QStringList columns = Rows::selectList(QStringLiteral("organisation")).split(QStringLiteral(", "));
        std::reverse(columns.begin(), columns.end());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM organisation").arg(columns.join(QStringLiteral(", ")))));
        QVERIFY(q.next());
        const Organisation o = Rows::organisationReader(q.record())(q);

        // THEN every field comes from its own column
        QCOMPARE(o.id, QUuid(QStringLiteral("8d2c4a4e-6f1b-4c1e-9a57-2d4c1d0b7e11")));
        QCOMPARE(o.name, QStringLiteral("Waterschap"));
        QCOMPARE(o.kind, OrganisationKind::Province);
        QCOMPARE(o.municipalityCode, QStringLiteral("0363"));
        QCOMPARE(o.meta.version, 3);
        QVERIFY(!o.meta.deleted);
    }

    void shouldReadKnowledgeItemWithItsTopicsAndTagsByName()
    {
        // GIVEN a knowledge item row with two topics and a tag
        TestLib::TempDir dir;
        Connection c;
        QVERIFY(c.open(dir.file(QStringLiteral("regie.sqlite"))).ok());
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO knowledge_item (id, kind, title, summary, body, organisation_id, question_id, status, "
            "visibility, topics, tags, published_on, created_at, updated_at, version) VALUES "
            "('8d2c4a4e-6f1b-4c1e-9a57-2d4c1d0b7e11', 'answer', 'Ja', 'Kort', 'Lang', "
            "'11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', 'published', "
            "'partners', 'energie' || char(10) || 'wonen', 'warmtenet', '2026-02-03', "
            "'2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z', 2)")));

        // WHEN it is read through its SELECT list in the reverse order
        QStringList columns = Rows::selectList(QStringLiteral("knowledge_item")).split(QStringLiteral(", "));
        std::reverse(columns.begin(), columns.end());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM knowledge_item").arg(columns.join(QStringLiteral(", ")))));
        QVERIFY(q.next());
        const KnowledgeItem k = Rows::knowledgeItemReader(q.record())(q);

        // THEN every field comes from its own column, the stored names as values
        QCOMPARE(k.kind, KnowledgeKind::Answer);
        QCOMPARE(k.title, QStringLiteral("Ja"));
        QCOMPARE(k.summary, QStringLiteral("Kort"));
        QCOMPARE(k.body, QStringLiteral("Lang"));
        QCOMPARE(k.questionId, QUuid(QStringLiteral("22222222-2222-4222-8222-222222222222")));
        QVERIFY(k.authorId.isNull());
        QCOMPARE(k.status, KnowledgeStatus::Published);
        QCOMPARE(k.visibility, KnowledgeVisibility::ProjectPartners);
        QCOMPARE(k.topics, (QStringList{QStringLiteral("energie"), QStringLiteral("wonen")}));
        QCOMPARE(k.tags, QStringList{QStringLiteral("warmtenet")});
        QCOMPARE(k.publishedOn, QDate(2026, 2, 3));
        QCOMPARE(k.meta.version, 2);
        // AND its values are what it was written from
        QCOMPARE(Rows::values(k).value(QStringLiteral("topics")).toString(), QStringLiteral("energie\nwonen"));
        QCOMPARE(Rows::values(k).value(QStringLiteral("visibility")).toString(), QStringLiteral("partners"));
    }
};

QTEST_GUILESS_MAIN(RowReadersTest)
#include "rowreaderstest.moc"
