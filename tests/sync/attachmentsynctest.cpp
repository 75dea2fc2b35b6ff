#include "syncusers.h"

#include "testlib/laptop.h"
#include "testlib/pgserver.h"
#include "testlib/testenvironment.h"

#include "store/blobstore.h"
#include "sync/blobtransfer.h"
#include "sync/syncsession.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Model;
using namespace Qt::StringLiterals;

using TestLib::Laptop;

/// Attachments between laptops of different municipalities on a real
/// server (step 9): a content sent once, whoever attaches it; fetched on
/// demand by those who may read its item, checked, and resumed after the
/// server went away; and what the server refuses.
class AttachmentSyncTest : public QObject, SyncUsers
{
    Q_OBJECT

    static QString blobRoot(Laptop &l) { return Store::BlobStore::rootFor(l.dir.file(u"regie.sqlite"_s)); }

    static QByteArray content(int bytes, char seed)
    {
        QByteArray data(bytes, Qt::Uninitialized);
        quint32 x = quint32(seed) * 2654435761u + 1;
        for (int i = 0; i < bytes; ++i) {
            x = x * 1103515245u + 12345u;
            data[i] = char(x >> 24);
        }
        return data;
    }

    static KnowledgeItem publish(Laptop &l, const QUuid &organisation, const QString &title,
                                 KnowledgeVisibility visibility = KnowledgeVisibility::Everyone)
    {
        KnowledgeItem k;
        k.id = QUuid::createUuid();
        k.kind = KnowledgeKind::Document;
        k.title = title;
        k.summary = u"Wat we ervan leerden."_s;
        k.organisationId = organisation;
        k.status = KnowledgeStatus::Published;
        k.visibility = visibility;
        const auto saved = l.store.knowledge().saveKnowledgeItem(k);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.error().message));
        return saved.value();
    }

    static KnowledgeAttachment attach(Laptop &l, const KnowledgeItem &item, const QByteArray &data, const QString &name)
    {
        const QString path = l.dir.file(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        const auto blob = Store::BlobStore(blobRoot(l)).store(path);
        if (!blob.ok())
            qFatal("%s", qPrintable(blob.error().message));
        KnowledgeAttachment a;
        a.id = QUuid::createUuid();
        a.itemId = item.id;
        a.sha256 = blob.value().sha256;
        a.fileName = name;
        a.byteSize = blob.value().byteSize;
        const auto saved = l.store.attachments().saveAttachment(a);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.error().message));
        return saved.value();
    }

    static QString hex(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
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

    void shouldSendAContentOnceWhoeverAttachesIt()
    {
        // GIVEN Anna and Carla of Dordrecht, and a report of 2.5 chunks
        Laptop anna(*m_server, m_db, m_anna);
        Laptop carla(*m_server, m_db, m_carla);
        const QByteArray report = content(int(AttachmentLimits::ChunkBytes * 5 / 2), 'r');
        const KnowledgeItem first = publish(anna, m_dordrecht.id, u"Warmtenet Sterrenburg"_s);

        // WHEN Anna attaches it and syncs
        attach(anna, first, report, u"rapport.pdf"_s);
        const Sync::Report sent = anna.syncNow();

        // THEN its bytes went to the server once, and the row with them
        QCOMPARE(sent.rejected, 0);
        QCOMPARE(sent.attachmentsSent, 1);
        QCOMPARE(sent.attachmentBytesSent, qint64(report.size()));
        QSqlQuery q(admin());
        QVERIFY(q.exec(u"SELECT complete, byte_size, (SELECT sum(length(data)) FROM attachment_chunk) FROM attachment_blob"_s));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QCOMPARE(q.value(1).toLongLong(), qint64(report.size()));
        QCOMPARE(q.value(2).toLongLong(), qint64(report.size()));
        QCOMPARE(anna.count(u"SELECT count(*) FROM outbox"_s), 0);

        // WHEN she attaches it to a second item and Carla, from her own copy, to a third
        attach(anna, publish(anna, m_dordrecht.id, u"Warmtenet Crabbehof"_s), report, u"kopie.pdf"_s);
        carla.syncNow();
        attach(carla, publish(carla, m_dordrecht.id, u"Warmte in de wijk"_s), report, u"rapport (2).pdf"_s);
        const Sync::Report again = anna.syncNow();
        const Sync::Report third = carla.syncNow();

        // THEN nothing of the content is sent again, and the server keeps it once
        QCOMPARE(again.rejected + third.rejected, 0);
        QCOMPARE(again.attachmentBytesSent + third.attachmentBytesSent, qint64(0));
        QVERIFY(q.exec(u"SELECT count(*), (SELECT count(*) FROM knowledge_attachment) FROM attachment_blob"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 3);
    }

    void shouldFetchOnDemandCheckedAndResumeAfterTheServerWentAway()
    {
        // GIVEN Anna's attachment of 4.5 chunks on a published item, and Piet of Papendrecht synced
        Laptop anna(*m_server, m_db, m_anna);
        const QByteArray report = content(int(AttachmentLimits::ChunkBytes * 9 / 2), 'p');
        const KnowledgeAttachment a = attach(anna, publish(anna, m_dordrecht.id, u"Parkeerbeleid"_s), report, u"beleid.pdf"_s);
        anna.syncNow();
        Laptop piet(*m_server, m_db, m_piet);
        QCOMPARE(piet.count(u"SELECT count(*) FROM knowledge_attachment"_s), 1);
        const Store::BlobStore blobs(blobRoot(piet));
        QVERIFY(!blobs.contains(a.sha256, a.byteSize));

        // WHEN the server stops after two chunks of his fetch
        int seen = 0;
        const auto broken = piet.sync.fetchAttachment(a.sha256, a.byteSize, [&](qint64, qint64) {
            if (++seen == 2)
                m_server->stop();
            return true;
        });

        // THEN the fetch fails, keeping the two chunks, and no blob
        QVERIFY(!broken.ok());
        QCOMPARE(blobs.chunksKept(a.sha256), (QList<int>{0, 1}));
        QVERIFY(!blobs.contains(a.sha256, a.byteSize));

        // WHEN the server is back and he opens it again
        m_server->start();
        const auto resumed = piet.sync.fetchAttachment(a.sha256, a.byteSize);

        // THEN only the rest is fetched, and the content is whole and checked
        QVERIFY2(resumed.ok(), qPrintable(resumed.error().message));
        QCOMPARE(resumed.value(), qint64(report.size()) - 2 * AttachmentLimits::ChunkBytes);
        QVERIFY(blobs.contains(a.sha256, a.byteSize));
        QVERIFY(blobs.chunksKept(a.sha256).isEmpty());
        QVERIFY(blobs.copyVerified(a.sha256, piet.dir.file(u"open.pdf"_s)).ok());
        // AND a second open fetches nothing
        QCOMPARE(piet.sync.fetchAttachment(a.sha256, a.byteSize).value(), qint64(0));
    }

    void shouldRefuseWhatTheRulesForbid()
    {
        // GIVEN Anna's published item and her organisation-only item, each with a file
        Laptop anna(*m_server, m_db, m_anna);
        const KnowledgeItem open = publish(anna, m_dordrecht.id, u"Openbaar"_s);
        const KnowledgeItem closed = publish(anna, m_dordrecht.id, u"Intern"_s, KnowledgeVisibility::Organisation);
        const QByteArray secret = content(5000, 's');
        const QByteArray shared = content(3000, 'o');
        attach(anna, closed, secret, u"intern.pdf"_s);
        attach(anna, open, shared, u"open.pdf"_s);
        anna.syncNow();
        Laptop piet(*m_server, m_db, m_piet);
        QSqlDatabase server = piet.sync.serverDatabase();
        QSqlQuery q(server);
        QStringList breaches;
        const auto mustFail = [&](const QString &what, const QString &sql) {
            if (q.exec(sql))
                breaches << what;
            q.finish();
        };
        const auto push = [&](const QJsonObject &fields, const QString &op = u"insert"_s, const QString &id = {}) {
            QJsonObject change{{u"change_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {u"table"_s, u"knowledge_attachment"_s},
                               {u"id"_s, id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id},
                               {u"op"_s, op}, {u"fields"_s, fields}, {u"base"_s, QJsonObject()},
                               {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s}};
            const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{change}).toJson(QJsonDocument::Compact));
            if (!q.exec(u"SELECT regie_push(%1::json)::text"_s.arg(u"$j$"_s + json + u"$j$"_s)) || !q.next())
                return u"error"_s;
            return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array().first().toObject().value(u"status"_s).toString();
        };
        const auto fields = [&](const QUuid &item, const QUuid &org, const QString &sha, qint64 size) {
            return QJsonObject{{u"item_id"_s, item.toString(QUuid::WithoutBraces)}, {u"sha256"_s, sha},
                               {u"file_name"_s, u"x.pdf"_s}, {u"media_type"_s, u"application/pdf"_s},
                               {u"byte_size"_s, double(size)}, {u"text_status"_s, u"pending"_s},
                               {u"organisation_id"_s, org.toString(QUuid::WithoutBraces)}, {u"deleted"_s, false}};
        };

        // WHEN Piet tries what he may not
        // reading the content's tables, or another organisation's internal file
        mustFail(u"reads the chunks"_s, u"SELECT * FROM attachment_chunk"_s);
        mustFail(u"reads the blobs"_s, u"SELECT * FROM attachment_blob"_s);
        mustFail(u"writes a chunk directly"_s, u"INSERT INTO attachment_chunk VALUES ('%1', 0, '\\x00')"_s.arg(hex(secret)));
        mustFail(u"fetches an internal file"_s, u"SELECT regie_get_chunk('%1', 0)"_s.arg(hex(secret)));
        if (piet.count(u"SELECT count(*) FROM knowledge_attachment"_s) != 1)
            breaches << u"sees the internal file's row"_s;
        // attaching to Anna's item, or in Dordrecht's name
        const KnowledgeItem his = publish(piet, m_papendrecht.id, u"Van Piet"_s);
        piet.syncNow();
        if (push(fields(open.id, m_papendrecht.id, hex(shared), shared.size())) != u"rejected"_s)
            breaches << u"attaches to another organisation's item"_s;
        if (push(fields(his.id, m_dordrecht.id, hex(shared), shared.size())) != u"rejected"_s)
            breaches << u"attaches in another organisation's name"_s;
        // a row whose content never reached the server, or of a bad name or size
        if (push(fields(his.id, m_papendrecht.id, hex(content(10, 'n')), 10)) != u"rejected"_s)
            breaches << u"attaches a content the server lacks"_s;
        if (push(fields(his.id, m_papendrecht.id, hex(shared).toUpper(), shared.size())) != u"rejected"_s)
            breaches << u"attaches under an uppercase hash"_s;
        if (push(fields(his.id, m_papendrecht.id, hex(shared), shared.size() + 1)) != u"rejected"_s)
            breaches << u"attaches with another size"_s;
        // content that does not hash to its name is never made usable
        const QByteArray fake = content(100, 'f');
        const QString claimed = hex(content(100, 'g'));
        q.exec(u"SELECT regie_put_chunk('%1', 100, 0, decode('%2', 'hex'))"_s.arg(claimed, QString::fromLatin1(fake.toHex())));
        if (!q.exec(u"SELECT regie_finish_blob('%1')"_s.arg(claimed)) || !q.next() || q.value(0).toString() != u"mismatch"_s)
            breaches << u"completes a content under a false hash"_s;
        q.finish();
        mustFail(u"sends a chunk past the limit"_s,
                 u"SELECT regie_put_chunk('%1', %2, 0, '\\x00')"_s.arg(hex(fake)).arg(AttachmentLimits::MaxBytes + 1));
        mustFail(u"sends a chunk of the wrong size"_s, u"SELECT regie_put_chunk('%1', 100, 0, '\\x00')"_s.arg(hex(fake)));

        // THEN every attempt was refused, and he may fetch the published file
        QVERIFY2(breaches.isEmpty(), qPrintable(breaches.join(u"; "_s)));
        QVERIFY(piet.sync.fetchAttachment(hex(shared), shared.size()).ok());
        QCOMPARE(piet.count(u"SELECT count(*) FROM sync_problem"_s), 0);
    }
};

QTEST_GUILESS_MAIN(AttachmentSyncTest)
#include "attachmentsynctest.moc"
