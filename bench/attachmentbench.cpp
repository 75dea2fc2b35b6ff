// Attachments up and down through a throwaway PostgreSQL server, beside raw
// baselines measured in the same run:
//
//   up     a 50 MB file attached on one laptop and sent by a sync pass
//          (blob state, 1 MB chunks, the server's SHA-256 check, the row)
//          vs  one plain bytea INSERT of the same 50 MB as the same user
//   down   the same content fetched on a second laptop, chunk by chunk,
//          kept and checked against its hash  vs  one SELECT of the raw row
//   copy   the local store's hashing copy of the file  vs  QFile::copy
//
//   regie-attachmentbench [megabytes]   (default 50)
#include "benchsupport.h"
#include "testlib/laptop.h"
#include "testlib/pgserver.h"
#include "testlib/region.h"

#include "store/blobstore.h"
#include "sync/serveradmin.h"
#include "sync/syncsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using Bench::die;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void print(const char *name, double regieMs, double rawMs, qint64 bytes)
{
    const double mb = double(bytes) / (1024.0 * 1024.0);
    std::printf("%-34s regie %8.0f ms (%6.1f MB/s)  raw %8.0f ms (%6.1f MB/s)  ratio %5.2f\n", name, regieMs,
                mb / (regieMs / 1000.0), rawMs, mb / (rawMs / 1000.0), rawMs > 0 ? regieMs / rawMs : 0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    const qint64 bytes = qint64(megabytes) * 1024 * 1024;
    TestLib::PgServer server;
    server.createDatabase(u"regie_bench"_s);
    QSqlDatabase admin = server.admin(u"regie_bench"_s, u"admin"_s);
    const TestLib::Region region(admin);
    const QString anna = TestLib::addUser(admin, u"anna"_s, region.dordrecht, u"lead"_s, 1);
    const QString piet = TestLib::addUser(admin, u"piet"_s, region.papendrecht, u"lead"_s, 1);
    QTemporaryDir dir;

    // A file that compresses as little as real PDFs and pictures do.
    const QString path = dir.filePath(u"dossier.bin"_s);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            die(u"cannot write the file"_s);
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        quint32 x = 12345;
        for (qint64 done = 0; done < bytes; done += chunk.size()) {
            for (char &c : chunk) {
                x = x * 1103515245u + 12345u;
                c = char(x >> 24);
            }
            f.write(chunk);
        }
    }

    TestLib::Laptop sender(server, u"regie_bench"_s, anna);
    TestLib::Laptop reader(server, u"regie_bench"_s, piet);

    // ---- copy into the blob store
    QElapsedTimer t;
    t.start();
    const auto stored = Store::BlobStore(Store::BlobStore::rootFor(sender.dir.file(u"regie.sqlite"_s))).store(path);
    const double storeMs = ms(t);
    if (!stored.ok())
        die(stored.error().message);
    t.restart();
    if (!QFile::copy(path, dir.filePath(u"copy.bin"_s)))
        die(u"cannot copy"_s);
    const double copyMs = ms(t);
    print("store (hash + copy + fsync)", storeMs, copyMs, bytes);

    // ---- up
    Model::KnowledgeItem k;
    k.id = QUuid::createUuid();
    k.kind = Model::KnowledgeKind::Document;
    k.title = u"Dossier warmtenet"_s;
    k.summary = u"Het hele dossier."_s;
    k.organisationId = region.dordrecht.id;
    k.status = Model::KnowledgeStatus::Published;
    if (!sender.store.knowledge().saveKnowledgeItem(k).ok())
        die(u"cannot save the item"_s);
    sender.syncNow();
    Model::KnowledgeAttachment a;
    a.id = QUuid::createUuid();
    a.itemId = k.id;
    a.sha256 = stored.value().sha256;
    a.fileName = u"dossier.bin"_s;
    a.byteSize = stored.value().byteSize;
    if (!sender.store.attachments().saveAttachment(a).ok())
        die(u"cannot attach"_s);
    t.restart();
    const Sync::Report up = sender.syncNow();
    const double upMs = ms(t);
    if (up.attachmentBytesSent != bytes)
        die(u"sent %1 bytes, not %2"_s.arg(up.attachmentBytesSent).arg(bytes));

    QSqlDatabase user = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
    user.setHostName(u"127.0.0.1"_s);
    user.setPort(server.port());
    user.setDatabaseName(u"regie_bench"_s);
    user.setUserName(anna);
    user.setPassword(TestLib::Password);
    if (!user.open())
        die(user.lastError().text());
    QSqlQuery rawAdmin(admin);
    rawAdmin.exec(u"CREATE TABLE raw_blob (id integer PRIMARY KEY, data bytea)"_s);
    rawAdmin.exec(u"GRANT SELECT, INSERT ON raw_blob TO regie_users"_s);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray whole = file.readAll();
    QSqlQuery raw(user);
    raw.prepare(u"INSERT INTO raw_blob VALUES (1, ?)"_s);
    raw.addBindValue(whole);
    t.restart();
    if (!raw.exec())
        die(raw.lastError().text());
    const double rawUpMs = ms(t);
    print("up (sync pass vs bytea INSERT)", upMs, rawUpMs, bytes);

    // ---- down
    reader.syncNow();
    t.restart();
    const auto down = reader.sync.fetchAttachment(a.sha256, a.byteSize);
    const double downMs = ms(t);
    if (!down.ok() || down.value() != bytes)
        die(u"fetch failed"_s);
    t.restart();
    if (!raw.exec(u"SELECT data FROM raw_blob WHERE id = 1"_s) || !raw.next() || raw.value(0).toByteArray().size() != bytes)
        die(raw.lastError().text());
    const double rawDownMs = ms(t);
    print("down (fetch vs bytea SELECT)", downMs, rawDownMs, bytes);
    std::printf("round trips: up %d statements in the pass, down %d chunks\n", sender.sync.serverRoundTrips(),
                int((bytes + Model::AttachmentLimits::ChunkBytes - 1) / Model::AttachmentLimits::ChunkBytes));
    return 0;
}
