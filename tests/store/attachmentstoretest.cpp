// Attachments of knowledge items: their rows and their content in the blob
// store beside a real SQLite file.

#include "store/blobstore.h"
#include "store/sqlitestore.h"
#include "testlib/knowledgestoretestbase.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>

class AttachmentStoreTest : public KnowledgeStoreTestBase
{
    Q_OBJECT

    QString blobRoot() const { return BlobStore::rootFor(m_dir->file(u"regie.sqlite"_s)); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->file(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Every byte kept under the blob folder, and how many files hold them.
    QPair<qint64, int> bytesOnDisk() const
    {
        qint64 bytes = 0;
        int files = 0;
        QDirIterator it(blobRoot(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            bytes += it.fileInfo().size();
            ++files;
        }
        return {bytes, files};
    }

    StoredBlob storeFile(const QString &path)
    {
        const auto stored = BlobStore(blobRoot()).store(path);
        if (!stored.ok())
            qFatal("%s", qPrintable(stored.error().message));
        return stored.value();
    }

    KnowledgeAttachment attachment(const KnowledgeItem &item, const StoredBlob &blob)
    {
        KnowledgeAttachment a;
        a.id = QUuid::createUuid();
        a.itemId = item.id;
        a.sha256 = blob.sha256;
        a.fileName = blob.fileName;
        a.mediaType = blob.mediaType;
        a.byteSize = blob.byteSize;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void shouldKeepTheSameContentOnceWhoeverAttachesIt()
    {
        // GIVEN two items of two organisations and one report saved under two names
        const KnowledgeItem dordrecht = save(makeItem(u"Warmtenet"_s, u"Aanpak."_s));
        const KnowledgeItem zutphen = save(makeItem(u"Warmte in Zutphen"_s, u"Ook."_s, m_zutphen));
        const QByteArray report = QByteArray("Rapport warmtenet wijk Sterrenburg\n").repeated(3000);
        const QString first = writeFile(u"rapport.txt"_s, report);
        const QString second = writeFile(u"kopie van rapport.txt"_s, report);

        // WHEN both are stored and attached, one to each item
        const StoredBlob a = storeFile(first);
        const StoredBlob b = storeFile(second);
        const auto one = store().attachments().saveAttachment(attachment(dordrecht, a));
        const auto two = store().attachments().saveAttachment(attachment(zutphen, b));

        // THEN the content is kept once: its bytes are on the disk once, under its hash
        QVERIFY2(one.ok(), qPrintable(one.error().message));
        QVERIFY2(two.ok(), qPrintable(two.error().message));
        QCOMPARE(a.sha256, b.sha256);
        QCOMPARE(a.sha256, QString::fromLatin1(QCryptographicHash::hash(report, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(a.byteSize, qint64(report.size()));
        QCOMPARE(bytesOnDisk(), qMakePair(qint64(report.size()), 1));
        QVERIFY(QFile::exists(blobRoot() + u'/' + a.sha256.left(2) + u'/' + a.sha256.mid(2)));
        // AND each item lists its own attachment under its own name, with its item's organisation
        const auto listed = store().attachments().attachments(zutphen.id);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().fileName, u"kopie van rapport.txt"_s);
        QCOMPARE(listed.value().first().organisationId, m_zutphen);
        QCOMPARE(listed.value().first().mediaType, u"text/plain"_s);
        QCOMPARE(listed.value().first().text, AttachmentText::Pending);
        QCOMPARE(listed.value().first().meta.changedBy, m_actor);
        // AND both rows wait in the outbox for the server
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'knowledge_attachment' AND op = 'insert'"_s), 2);
    }

    void shouldRefuseAFilePastTheLimitAndWriteNothing()
    {
        // GIVEN a file one byte past the limit (sparse: no 100 MB written)
        const QString path = m_dir->file(u"groot.bin"_s);
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(AttachmentLimits::MaxBytes + 1));
        big.close();

        // WHEN it is stored
        const auto stored = BlobStore(blobRoot()).store(path);

        // THEN it is refused in words that name the limit, and nothing is kept
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, Error::Validation);
        QVERIFY2(stored.error().message.contains(u"groot.bin"_s), qPrintable(stored.error().message));
        QCOMPARE(bytesOnDisk().second, 0);
    }

    void shouldRefuseAMissingOrUnreadableSourceAndWriteNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("vanished") << u"weg.pdf"_s << int(Error::NotFound);
        QTest::newRow("a folder") << u"map"_s << int(Error::Validation);
    }

    void shouldRefuseAMissingOrUnreadableSourceAndWriteNothing()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        // GIVEN a path that is no readable file
        QVERIFY(QDir(m_dir->path()).mkdir(u"map"_s));
        const QString path = m_dir->file(name);

        // WHEN it is stored
        const auto stored = BlobStore(blobRoot()).store(path);

        // THEN it is refused and nothing is kept
        QVERIFY(!stored.ok());
        QCOMPARE(int(stored.error().code), code);
        QVERIFY(!stored.error().message.isEmpty());
        QCOMPARE(bytesOnDisk().second, 0);
    }

    void shouldKeepNothingWhenStoringIsStopped()
    {
        // GIVEN a file of a few chunks
        const QString path = writeFile(u"notulen.txt"_s, QByteArray(3 * 1024 * 1024, 'x'));
        int calls = 0;

        // WHEN the store is stopped after the first chunk
        const auto stored = BlobStore(blobRoot()).store(path, [&calls](qint64, qint64) { return ++calls < 2; });

        // THEN it answers that it stopped, and no part of the file is left
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().message, BlobStore::cancelled().message);
        QCOMPARE(calls, 2);
        QCOMPARE(bytesOnDisk().second, 0);
    }

    void shouldRefuseARowWhoseContentIsNotHere()
    {
        // GIVEN an item and an attachment naming content never stored
        const KnowledgeItem item = save(makeItem(u"Warmtenet"_s, u"Aanpak."_s));
        StoredBlob blob{QString(64, u'a'), 10, u"rapport.pdf"_s, u"application/pdf"_s};

        // WHEN it is saved
        const auto saved = store().attachments().saveAttachment(attachment(item, blob));

        // THEN it is refused, and no row is written
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::NotFound);
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_attachment"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'knowledge_attachment'"_s), 0);
    }

    void shouldRefuseABadHashBeforeLookingFurther()
    {
        const KnowledgeItem item = save(makeItem(u"Warmtenet"_s, u"Aanpak."_s));
        StoredBlob blob{u"ABC"_s, 10, u"rapport.pdf"_s, {}};
        const auto saved = store().attachments().saveAttachment(attachment(item, blob));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Validation);
        QCOMPARE(count(u"SELECT count(*) FROM knowledge_attachment"_s), 0);
    }

    void shouldRemoveAnAttachmentAndBringItBack()
    {
        // GIVEN an attached file
        const KnowledgeItem item = save(makeItem(u"Warmtenet"_s, u"Aanpak."_s));
        const KnowledgeAttachment a = attachment(item, storeFile(writeFile(u"plan.txt"_s, "Plan van aanpak")));
        QVERIFY(store().attachments().saveAttachment(a).ok());

        // WHEN it is removed
        QVERIFY(store().attachments().setAttachmentDeleted(a.id, true).ok());

        // THEN the item lists it no more, but its content stays for an undo
        QCOMPARE(store().attachments().attachments(item.id).value().size(), 0);
        QCOMPARE(bytesOnDisk().second, 1);
        QCOMPARE(store().lastChanges().ids, (QList<QUuid>{a.id, item.id}));
        // AND WHEN it is brought back, it is listed again, one version on
        QVERIFY(store().attachments().setAttachmentDeleted(a.id, false).ok());
        const auto listed = store().attachments().attachments(item.id).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().meta.version, qint64(3));
    }

    void shouldCopyVerifiedContentAndRefuseDamagedContent()
    {
        // GIVEN a stored file
        const QByteArray content("Evaluatie van de pilot\n");
        const StoredBlob blob = storeFile(writeFile(u"evaluatie.txt"_s, content));
        const BlobStore blobs(blobRoot());

        // WHEN it is copied out, THEN the copy is the content
        const QString copy = m_dir->file(u"uit.txt"_s);
        QVERIFY(blobs.copyVerified(blob.sha256, copy).ok());
        QFile out(copy);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), content);

        // AND WHEN the kept content is damaged on the disk
        QFile kept(blobs.pathOf(blob.sha256));
        QVERIFY(kept.open(QIODevice::ReadWrite));
        kept.seek(3);
        kept.write("X");
        kept.close();
        const QString second = m_dir->file(u"tweede.txt"_s);
        const auto damaged = blobs.copyVerified(blob.sha256, second);

        // THEN it is refused, and no copy is left
        QVERIFY(!damaged.ok());
        QVERIFY(damaged.error().message.contains(u"SHA-256"_s));
        QVERIFY(!QFile::exists(second));
    }

    void shouldFindAnItemByTheWordsOfItsAttachment()
    {
        // GIVEN an item whose own text never says "Sterrenburg", with a file attached
        const KnowledgeItem item = save(makeItem(u"Warmtenet"_s, u"Aanpak met de corporatie."_s));
        const KnowledgeItem other = save(makeItem(u"Parkeren"_s, u"Vergunningen."_s));
        const StoredBlob blob = storeFile(writeFile(u"verslag.txt"_s, "verslag"));
        const KnowledgeAttachment a = attachment(item, blob);
        QVERIFY(store().attachments().saveAttachment(a).ok());
        QVERIFY(store().attachments().saveAttachment(attachment(other, blob)).ok());
        KnowledgeSearch search;
        search.text = u"Sterrenburg wijken"_s;
        QCOMPARE(store().knowledge().searchKnowledge(search).value().size(), 0);
        // AND its content waits to be read, once for both items
        const auto pending = store().attachments().pendingTexts();
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().first().sha256, blob.sha256);

        // WHEN the file's words are kept
        QVERIFY(store().attachments().saveAttachmentText({blob.sha256, true, u"De wijk Sterrenburg kreeg een warmtenet."_s}).ok());

        // THEN a Dutch search finds both items by them, and nothing waits any more
        auto hits = store().knowledge().searchKnowledge(search).value();
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits.first().snippet.contains(u"<b>Sterrenburg</b>"_s) || hits.last().snippet.contains(u"<b>Sterrenburg</b>"_s));
        QCOMPARE(store().attachments().pendingTexts().value().size(), 0);
        QVERIFY(indexIsIntact());
        // AND WHEN the item is edited, it is still found by them
        KnowledgeItem edited = item;
        edited.body = u"Aanpak met de corporatie en de wijkraad."_s;
        save(edited);
        QCOMPARE(store().knowledge().searchKnowledge(search).value().size(), 2);
        QVERIFY(indexIsIntact());
        // AND WHEN the attachment is removed from one item, only the other is found
        QVERIFY(store().attachments().setAttachmentDeleted(a.id, true).ok());
        hits = store().knowledge().searchKnowledge(search).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().itemId, other.id);
        QVERIFY(indexIsIntact());
        // AND WHEN it is brought back, both again
        QVERIFY(store().attachments().setAttachmentDeleted(a.id, false).ok());
        QCOMPARE(store().knowledge().searchKnowledge(search).value().size(), 2);
        QVERIFY(indexIsIntact());
        // AND WHEN the sync writes the attachment's row again as the server has it
        {
            QVariantMap row{{u"id"_s, a.id.toString(QUuid::WithoutBraces)}, {u"item_id"_s, item.id.toString(QUuid::WithoutBraces)},
                            {u"sha256"_s, a.sha256}, {u"file_name"_s, a.fileName}, {u"media_type"_s, u"text/plain"_s},
                            {u"byte_size"_s, double(a.byteSize)}, {u"text_status"_s, u"pending"_s},
                            {u"organisation_id"_s, m_dordrecht.toString(QUuid::WithoutBraces)},
                            {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s}, {u"updated_at"_s, u"2026-01-02T00:00:00.000Z"_s},
                            {u"changed_by"_s, m_actor.toString(QUuid::WithoutBraces)}, {u"deleted"_s, 0}, {u"version"_s, 7}};
            const Status upserted = store().context().rows().write(*SyncSchema::table(u"knowledge_attachment"_s), row,
                                                                   RowWriter::Mode::Upsert);
            QVERIFY2(upserted.ok(), qPrintable(upserted.error().message));
        }
        // THEN the index still holds both items as they are
        QVERIFY(indexIsIntact());
        QCOMPARE(store().knowledge().searchKnowledge(search).value().size(), 2);
        // AND WHEN the text is read again with other words, the old ones find nothing
        QVERIFY(store().attachments().saveAttachmentText({blob.sha256, true, u"Iets heel anders."_s}).ok());
        QCOMPARE(store().knowledge().searchKnowledge(search).value().size(), 0);
        QVERIFY(indexIsIntact());
        // AND a tombstoned item keeps out of the index when its text changes
        QVERIFY(store().knowledge().setKnowledgeItemDeleted(item.id, true).ok());
        QVERIFY(store().attachments().saveAttachmentText({blob.sha256, true, u"De wijken van Sterrenburg weer."_s}).ok());
        hits = store().knowledge().searchKnowledge(search).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().itemId, other.id);
        QVERIFY(indexIsIntact());
    }

    void shouldMarkOwnAttachmentsByWhetherTheirTextCouldBeRead()
    {
        // GIVEN this laptop's person of Dordrecht, and a file it attached to a Dordrecht item
        QSqlQuery q(store().database());
        QVERIFY(q.exec(u"INSERT INTO organisation (id, name, name_key, kind, created_at, updated_at) VALUES ('%1', "
                       "'Dordrecht', 'dordrecht', 'municipality', '2026-01-01T00:00:00.000Z', "
                       "'2026-01-01T00:00:00.000Z')"_s.arg(m_dordrecht.toString(QUuid::WithoutBraces))));
        QVERIFY(q.exec(u"INSERT INTO person (id, organisation_id, name, created_at, updated_at) VALUES ('%1', '%2', "
                       "'Ans', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s.arg(m_actor.toString(QUuid::WithoutBraces),
                                                                                          m_dordrecht.toString(QUuid::WithoutBraces))));
        const KnowledgeItem item = save(makeItem(u"Warmtenet"_s, u"Aanpak."_s));
        const StoredBlob blob = storeFile(writeFile(u"foto.png"_s, "\x89PNG...."));
        const KnowledgeAttachment a = attachment(item, blob);
        QVERIFY(store().attachments().saveAttachment(a).ok());

        // WHEN its content turns out to have no text
        QVERIFY(store().attachments().saveAttachmentText({blob.sha256, false, {}}).ok());

        // THEN it says "no text", and that change waits for the server
        const auto listed = store().attachments().attachments(item.id).value();
        QCOMPARE(listed.first().text, AttachmentText::NoText);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE tbl = 'knowledge_attachment' AND op = 'update'"_s), 1);
        QCOMPARE(store().attachments().pendingTexts().value().size(), 0);
        QVERIFY(indexIsIntact());
    }

    void shouldStoreOffTheWorkerWithProgressAndStopWhenCancelled()
    {
        // GIVEN the store as the app uses it, and a file of many chunks
        closeStore();
        m_dir = std::make_unique<TestLib::TempDir>();
        const QString path = writeFile(u"dossier.bin"_s, QByteArray(24 * 1024 * 1024, 'd'));
        QByteArray small("klein");
        const QString smallPath = writeFile(u"klein.txt"_s, small);
        SqliteStore sqlite;
        auto opened = sqlite.open(m_dir->file(u"regie.sqlite"_s));
        opened.waitForFinished();
        QVERIFY(opened.result().ok());

        // WHEN a small file is stored, THEN its progress ends at the whole
        QFuture<Result<StoredBlob>> whole = sqlite.storeFile(smallPath);
        whole.waitForFinished();
        QVERIFY(whole.result().ok());
        QCOMPARE(whole.progressValue(), 1000);
        QCOMPARE(whole.result().value().byteSize, qint64(small.size()));

        // AND WHEN a large one is cancelled as it starts
        QFuture<Result<StoredBlob>> future = sqlite.storeFile(path);
        future.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);

        // THEN it stopped, and only the small file's content is kept
        QVERIFY(future.isCanceled());
        QTRY_COMPARE(bytesOnDisk(), qMakePair(qint64(small.size()), 1));
    }
};

QTEST_GUILESS_MAIN(AttachmentStoreTest)
#include "attachmentstoretest.moc"
