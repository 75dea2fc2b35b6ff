#include "testlib/testenvironment.h"

#include "store/localstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

/// Every local edit is captured in the outbox by the same transaction that
/// makes it, with the values it replaced: what sync pushes later.
class ChangeCaptureTest : public QObject
{
    Q_OBJECT

    TestLib::TempDir m_dir;
    Store::LocalStore m_store;

    struct Entry {
        QString table, op;
        QJsonObject fields, base;
    };

    QList<Entry> outbox()
    {
        QList<Entry> entries;
        QSqlQuery q(m_store.database());
        q.exec(u"SELECT tbl, op, fields, base FROM outbox ORDER BY seq"_s);
        while (q.next())
            entries.append({q.value(0).toString(), q.value(1).toString(),
                            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
        return entries;
    }

    Organisation save(const QString &name, const QUuid &id = QUuid::createUuid())
    {
        Organisation o;
        o.id = id;
        o.name = name;
        o.municipalityCode = u"GM0505"_s;
        const auto saved = m_store.organisations().saveOrganisation(o);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.error().message));
        return saved.value();
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void init()
    {
        QVERIFY(m_store.open(m_dir.file(u"capture-%1.sqlite"_s.arg(QUuid::createUuid().toString(QUuid::Id128)))).ok());
    }

    void cleanup() { m_store.close(); }

    void shouldCaptureInsertWithAllFields()
    {
        save(u"Dordrecht"_s);
        const auto entries = outbox();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].table, u"organisation"_s);
        QCOMPARE(entries[0].op, u"insert"_s);
        QCOMPARE(entries[0].fields.value(u"name"_s).toString(), u"Dordrecht"_s);
        QCOMPARE(entries[0].fields.value(u"municipality_code"_s).toString(), u"GM0505"_s);
        QCOMPARE(entries[0].fields.value(u"deleted"_s).toInt(), 0);
    }

    void shouldCaptureOnlyChangedFieldsWithTheirBase()
    {
        Organisation o = save(u"Dordrecht"_s);
        o.name = u"Gemeente Dordrecht"_s;
        QVERIFY(m_store.organisations().saveOrganisation(o).ok());
        const auto entries = outbox();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].op, u"update"_s);
        QCOMPARE(entries[1].fields, (QJsonObject{{u"name"_s, u"Gemeente Dordrecht"_s}}));
        QCOMPARE(entries[1].base, (QJsonObject{{u"name"_s, u"Dordrecht"_s}}));
    }

    void shouldCaptureNothingWhenNothingChanged()
    {
        Organisation o = save(u"Dordrecht"_s);
        QVERIFY(m_store.organisations().saveOrganisation(o).ok());
        QCOMPARE(outbox().size(), 1);
    }

    void shouldCarryWholeRowAsBaseOfDelete()
    {
        Organisation o = save(u"Dordrecht"_s);
        QVERIFY(m_store.organisations().setOrganisationDeleted(o.id, true).ok());
        const auto entries = outbox();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].fields, (QJsonObject{{u"deleted"_s, 1}}));
        QCOMPARE(entries[1].base.value(u"name"_s).toString(), u"Dordrecht"_s);
        QCOMPARE(entries[1].base.value(u"deleted"_s).toInt(), 0);
    }

    void shouldStayQuietWhileApplyingServerRows()
    {
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(u"UPDATE sync_state SET applying = 1"_s));
        save(u"Dordrecht"_s);
        QVERIFY(q.exec(u"UPDATE sync_state SET applying = 0"_s));
        QCOMPARE(outbox().size(), 0);
    }

    void shouldLoseNeitherEditNorEntryWhenTheEditFails()
    {
        // GIVEN an organisation; WHEN a second one with the same name is refused
        save(u"Dordrecht"_s);
        Organisation twin;
        twin.id = QUuid::createUuid();
        twin.name = u"Dordrecht"_s;
        QVERIFY(!m_store.organisations().saveOrganisation(twin).ok());
        // THEN no entry is left behind for it
        QCOMPARE(outbox().size(), 1);
    }
};

QTEST_GUILESS_MAIN(ChangeCaptureTest)
#include "changecapturetest.moc"
