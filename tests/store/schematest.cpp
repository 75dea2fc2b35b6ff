#include "store/connection.h"
#include "store/knowledgeindex.h"
#include "store/schema.h"
#include "model/synctables.h"
#include "testlib/testenvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QtEndian>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Model;
using namespace Store;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning() << sql << q.lastError().text();
    return ok;
}

// Every described table, whether it syncs already or joins sync later (the
// knowledge base's tables, until the server has them).
QStringList describedTables()
{
    QStringList names;
    for (const SyncSchema::Table &t : SyncSchema::tables())
        names << t.name;
    for (const QString &name : SyncSchema::knowledgeTables()) {
        if (!names.contains(name))
            names << name;
    }
    return names;
}

// A Regie database with some data in it, closed cleanly.
void makeRegieDatabase(const QString &path)
{
    Connection c;
    QVERIFY(c.open(path).ok());
    QSqlDatabase db = c.database();
    QVERIFY(exec(db, QStringLiteral("INSERT INTO organisation (id, name, name_key, kind, created_at, updated_at) "
                                    "VALUES ('o1', 'Dordrecht', 'dordrecht', 'municipality', 'x', 'x')")));
    for (int i = 0; i < 200; ++i) {
        QVERIFY(exec(db, QStringLiteral("INSERT INTO project (id, name, name_key, search_key, purpose, urgency, "
                                        "status, created_at, updated_at) VALUES ('p%1', 'Project %1', 'project %1', "
                                        "'project %1', '%2', 'urgent', 'idea', 'x', 'x')")
                             .arg(i)
                             .arg(QString(500, QLatin1Char('x')))));
    }
}

// Overwrites the start of page @p page (counted from 1, as SQLite does).
void overwritePage(const QString &path, qint64 page, qint64 pageSize, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((page - 1) * pageSize));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class SchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldMigrateEmptyFileToCurrentVersion()
    {
        // GIVEN no file yet
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("new.sqlite"));

        // WHEN it is opened
        Connection c;
        const Status status = c.open(path);

        // THEN it is a Regie database of the newest version with every table
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(Schema::version(c.database()), Schema::currentVersion());
        QCOMPARE(scalar(c.database(), QStringLiteral("PRAGMA application_id")).toInt(), Schema::ApplicationId);
        for (const char *table : {"organisation", "person", "project", "participation", "lead_term", "local_setting"}) {
            QCOMPARE(scalar(c.database(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                         "AND name = '%1'")
                                              .arg(QLatin1String(table)))
                         .toInt(),
                     1);
        }
    }

    void shouldHaveExactlyTheDescribedColumnsAfterAllSteps_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &name : describedTables())
            QTest::newRow(qPrintable(name)) << name;
    }

    void shouldHaveExactlyTheDescribedColumnsAfterAllSteps()
    {
        // GIVEN a database migrated through every step
        QFETCH(QString, table);
        TestLib::TempDir dir;
        Connection c;
        QVERIFY(c.open(dir.file(QStringLiteral("regie.sqlite"))).ok());

        // WHEN its table is listed column by column
        QStringList stored;
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name, upper(type) FROM pragma_table_info('%1')").arg(table)));
        while (q.next())
            stored << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();

        // THEN it has the columns and types model/synctables.cpp describes, no more and no fewer
        QStringList described;
        for (const SyncSchema::LocalColumn &column : SyncSchema::localColumns(*SyncSchema::table(table)))
            described << column.name + QLatin1Char(' ') + column.sqlType;
        stored.sort();
        described.sort();
        QCOMPARE(stored, described);
    }

    void shouldCaptureEditsOfEveryDescribedTable_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &name : describedTables())
            QTest::newRow(qPrintable(name)) << name;
    }

    void shouldCaptureEditsOfEveryDescribedTable()
    {
        // GIVEN a database migrated through every step
        QFETCH(QString, table);
        TestLib::TempDir dir;
        Connection c;
        QVERIFY(c.open(dir.file(QStringLiteral("regie.sqlite"))).ok());
        // THEN each table has its outbox capture and keeps the server's version on a save that changes nothing
        for (const char *suffix : {"_capture_insert", "_capture_update", "_keep_bookkeeping"}) {
            const QString trigger = table + QLatin1String(suffix);
            QVERIFY2(scalar(c.database(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                                         "AND name = '%1'")
                                              .arg(trigger))
                             .toInt()
                         == 1,
                     qPrintable(trigger));
        }
    }

    void shouldMigrateStepEightWithoutTheTablesMadeLater()
    {
        // GIVEN a file migrated up to step 8 only
        TestLib::TempDir dir;
        Connection raw;
        QVERIFY(raw.openRaw(dir.file(QStringLiteral("old.sqlite"))).ok());
        QSqlDatabase db = raw.database();
        const Status eight = Schema::migrate(db, 8);
        // THEN that step made no trigger for the knowledge base's tables, which do not exist yet
        QVERIFY2(eight.ok(), qPrintable(eight.error().message));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'knowledge%' "
                                           "OR name LIKE 'reuse%'"))
                     .toInt(),
                 0);
        // AND the later steps make them with their index
        QVERIFY(Schema::migrate(db).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'knowledge_fts'")).toInt(),
                 1);
        QVERIFY(exec(db, QStringLiteral("INSERT INTO knowledge_fts (knowledge_fts, rank) VALUES ('integrity-check', 1)")));
    }

    void shouldSearchKnowledgeFromStepThirteenAsBeforeAndIndexItAnew()
    {
        // GIVEN a file of step 13 with knowledge items, searched through its index
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("kennis.sqlite"));
        const QStringList titles = {QStringLiteral("Woningbouw aan de rivier"), QStringLiteral("Wijkteams in Zutphen"),
                                    QStringLiteral("Warmtenet voor de wijk"), QStringLiteral("Huurwoningen isoleren")};
        const QStringList bodies = {QStringLiteral("Vierhonderd woningen in twee jaar, met de corporatie."),
                                    QStringLiteral("Elke wijk een team; de woningen van de wijk bekend."),
                                    QStringLiteral("De warmte van de rivier verwarmt de woningen van de wijk."),
                                    QStringLiteral("Isolatie van huurwoningen met subsidie.")};
        const QStringList queries = {QStringLiteral("\"woning\""), QStringLiteral("\"wijk\""),
                                     QStringLiteral("\"warmte\""), QStringLiteral("\"rivier\" AND \"woning\""),
                                     QStringLiteral("\"hu\"*")};
        const auto ranked = [](const QSqlDatabase &db, const QString &match) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT k.title FROM knowledge_fts f JOIN knowledge_item k ON k.rowid = f.rowid "
                                     "WHERE knowledge_fts MATCH ? ORDER BY f.rank"));
            q.addBindValue(match);
            QStringList found;
            if (!q.exec())
                qWarning() << q.lastError().text();
            while (q.next())
                found << q.value(0).toString();
            return found;
        };
        QList<QStringList> before;
        {
            Connection raw;
            QVERIFY(raw.openRaw(path).ok());
            QSqlDatabase db = raw.database();
            QVERIFY(Schema::migrate(db, 13).ok());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO knowledge_item (id, kind, title, summary, body, organisation_id, author_id, status, "
                "visibility, topics, tags, created_at, updated_at, deleted, version) VALUES (?, 'practice', ?, "
                "'Hoe een gemeente het deed.', ?, '11111111-1111-4111-8111-111111111111', "
                "'22222222-2222-4222-8222-222222222222', 'published', 'everyone', 'wonen', '', "
                "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 0, 1)")));
            for (int i = 0; i < titles.size(); ++i) {
                q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                q.addBindValue(titles.at(i));
                q.addBindValue(bodies.at(i));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            for (const QString &match : queries)
                before << ranked(db, match);
            QCOMPARE(before.first().size(), 4);
            // AND one item indexed with words that are not its own, as a tokenizer of before made them
            QVERIFY(exec(db, QStringLiteral(
                "INSERT INTO knowledge_fts (knowledge_fts, rowid, title, summary, body, labels) SELECT 'delete', "
                "item_rowid, title, summary, body, labels FROM knowledge_fts_source WHERE title LIKE 'Huur%'")));
            QVERIFY(exec(db, QStringLiteral(
                "INSERT INTO knowledge_fts (rowid, title, summary, body, labels) SELECT item_rowid, 'Huurwoning', "
                "summary, 'Isolatiee van huurwoningenn', labels FROM knowledge_fts_source WHERE title LIKE 'Huur%'")));
            QVERIFY(!exec(db, QStringLiteral("INSERT INTO knowledge_fts (knowledge_fts, rank) VALUES ('integrity-check', 1)")));
        }

        // WHEN it is opened (step 14)
        Connection c;
        const Status status = c.open(path);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QSqlDatabase db = c.database();
        QCOMPARE(Schema::version(db), Schema::currentVersion());

        // THEN both indexes hold exactly the items' texts
        for (const QString &table : {QStringLiteral("knowledge_fts"), QStringLiteral("knowledge_fts_head")})
            QVERIFY2(exec(db, QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(table)),
                     qPrintable(table));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM knowledge_fts_head WHERE knowledge_fts_head MATCH "
                                           "'\"woning\"'"))
                     .toInt(),
                 2);
        // AND the same searches find the same items in the same order, the misindexed one by its own words
        for (qsizetype i = 0; i < queries.size(); ++i)
            QCOMPARE(ranked(db, queries.at(i)), before.at(i));
        QCOMPARE(ranked(db, QStringLiteral("\"isolatie\"")), QStringList{titles.last()});
        // AND the store's search ranks as the full index does
        Store::KnowledgeIndex index(db);
        Model::KnowledgeSearch search;
        search.text = QStringLiteral("woningen ");
        const auto found = index.search(search);
        QVERIFY(found.ok());
        QStringList foundTitles;
        for (const Model::KnowledgeHit &hit : found.value())
            foundTitles << hit.title;
        QCOMPARE(foundTitles, before.first());
    }

    void shouldMigrateEmptyZeroByteFile()
    {
        // GIVEN an empty file (as made by "touch")
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("empty.sqlite"));
        writeFile(path, {});

        // WHEN it is opened
        Connection c;
        const Status status = c.open(path);

        // THEN it becomes a Regie database
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(Schema::version(c.database()), Schema::currentVersion());
    }

    void shouldKeepDataAndFillLeadTermsWhenMigrating_data()
    {
        QTest::addColumn<int>("from");
        for (int v : Schema::versions()) {
            if (v < Schema::currentVersion())
                QTest::addRow("from version %d", v) << v;
        }
    }

    void shouldKeepDataAndFillLeadTermsWhenMigrating()
    {
        QFETCH(int, from);
        // GIVEN a database of an older version with a project, its lead and a partner
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("old.sqlite"));
        {
            Connection raw;
            QVERIFY(raw.openRaw(path).ok());
            QSqlDatabase db = raw.database();
            QVERIFY(Schema::migrate(db, from).ok());
            QCOMPARE(Schema::version(db), from);
            QVERIFY(exec(db, QStringLiteral(
                                 "INSERT INTO organisation (id, name, name_key, kind, created_at, updated_at) VALUES "
                                 "('11111111-1111-4111-8111-111111111111', 'Dordrecht', 'dordrecht', 'municipality', "
                                 "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),"
                                 "('22222222-2222-4222-8222-222222222222', 'Zwijndrecht', 'zwijndrecht', "
                                 "'municipality', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")));
            QVERIFY(exec(db, QStringLiteral(
                                 "INSERT INTO project (id, name, name_key, search_key, purpose, urgency, status, "
                                 "created_at, updated_at) VALUES ('33333333-3333-4333-8333-333333333333', "
                                 "'Groene Dijken', 'groene dijken', 'groene dijken', 'Dijken', 'Water', 'active', "
                                 "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")));
            QVERIFY(exec(db, QStringLiteral(
                                 "INSERT INTO participation (id, project_id, organisation_id, role, joined_on, "
                                 "created_at, updated_at) VALUES "
                                 "('44444444-4444-4444-8444-444444444444', '33333333-3333-4333-8333-333333333333', "
                                 "'11111111-1111-4111-8111-111111111111', 'lead', '2023-03-15', "
                                 "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'),"
                                 "('55555555-5555-4555-8555-555555555555', '33333333-3333-4333-8333-333333333333', "
                                 "'22222222-2222-4222-8222-222222222222', 'partner', '2023-04-01', "
                                 "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")));
        }

        // WHEN it is opened normally
        Connection c;
        const Status status = c.open(path);

        // THEN the data is kept and the current lead has an open lead term since joining
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QSqlDatabase db = c.database();
        QCOMPARE(Schema::version(db), Schema::currentVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM project")).toString(), QStringLiteral("Groene Dijken"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM participation")).toInt(), 2);
        // AND everything made before sync existed waits in the outbox for the first sync
        const int leadTerms = scalar(db, QStringLiteral("SELECT count(*) FROM lead_term")).toInt();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'insert'")).toInt(), 5 + leadTerms);
        QCOMPARE(scalar(db, QStringLiteral("SELECT tbl FROM outbox ORDER BY seq LIMIT 1")).toString(),
                 QStringLiteral("organisation"));
        if (from >= 2)
            return; // lead terms were the application's to make since version 2
        QCOMPARE(leadTerms, 1);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT organisation_id, from_date, until_date, deleted, version, id "
                                      "FROM lead_term")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("11111111-1111-4111-8111-111111111111"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2023-03-15"));
        QVERIFY(q.value(2).isNull());
        QCOMPARE(q.value(3).toInt(), 0);
        QCOMPARE(q.value(4).toInt(), 1);
        const QUuid termId = QUuid::fromString(q.value(5).toString());
        QVERIFY2(!termId.isNull() && termId.version() == QUuid::Random, qPrintable(q.value(5).toString()));
    }

    void shouldRefuseNewerDatabase()
    {
        // GIVEN a database written by a newer Regie
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("newer.sqlite"));
        makeRegieDatabase(path);
        {
            Connection raw;
            QVERIFY(raw.openRaw(path).ok());
            QVERIFY(exec(raw.database(),
                         QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1)));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        const QByteArray before = hashOf(path);

        // WHEN it is opened
        Connection c;
        const Status status = c.open(path);

        // THEN it is refused with a message that says why, and nothing was written
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::TooNew);
        QVERIFY2(status.error().message.contains(QStringLiteral("newer")), qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(QString::number(Schema::currentVersion() + 1)));
        QVERIFY(!c.isOpen());
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    }

    void shouldRefuseDamagedFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QRandomGenerator random(42);
        QByteArray noise(8192, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        noise[0] = 'x';
        QTest::newRow("random bytes") << noise;
        QTest::newRow("text file") << QByteArray("Dit is geen database.\nMaar een boodschappenlijst.\n");
        QTest::newRow("sqlite header, then noise") << QByteArray("SQLite format 3\0", 16) + noise;

        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("whole.sqlite"));
        makeRegieDatabase(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        QVERIFY(whole.size() > 16 * 4096);
        QTest::newRow("truncated to half") << whole.left(whole.size() / 2);
        QTest::newRow("truncated to one page") << whole.left(4096);
        QTest::newRow("truncated inside the header") << whole.left(60);
    }

    void shouldRefuseDamagedFile()
    {
        QFETCH(QByteArray, content);
        // GIVEN a file that is not a whole SQLite database
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("damaged.sqlite"));
        writeFile(path, content);
        const QByteArray before = hashOf(path);

        // WHEN it is opened
        Connection c;
        const Status status = c.open(path);

        // THEN it is refused as not Regie's, and left as it was
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::NotRegie);
        QVERIFY(!status.error().message.isEmpty());
        QVERIFY(!c.isOpen());
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    }

    void shouldRefuseDatabaseWithDamagedPages_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<bool>("leaf");
        QTest::addColumn<QByteArray>("damage");
        QRandomGenerator random(7);
        QByteArray noise(64, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        const QByteArray zeros(4096, '\0');
        QTest::newRow("a page of projects, zeroed") << QStringLiteral("project") << true << zeros;
        QTest::newRow("a page of projects, header overwritten") << QStringLiteral("project") << true << noise;
        QTest::newRow("the projects' root page, zeroed") << QStringLiteral("project") << false << zeros;
        QTest::newRow("the project list's index, zeroed") << QStringLiteral("project_list") << false << zeros;
        QTest::newRow("the organisations, header overwritten") << QStringLiteral("organisation") << false << noise;
    }

    void shouldRefuseDatabaseWithDamagedPages()
    {
        QFETCH(QString, tree);
        QFETCH(bool, leaf);
        QFETCH(QByteArray, damage);
        // GIVEN a Regie database whose schema still reads, but one of whose
        // tables or indexes has a damaged page
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("damaged.sqlite"));
        makeRegieDatabase(path);
        qint64 page = 0;
        qint64 pageSize = 0;
        {
            Connection raw;
            QVERIFY(raw.openRaw(path).ok());
            pageSize = scalar(raw.database(), QStringLiteral("PRAGMA page_size")).toLongLong();
            page = scalar(raw.database(), QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(tree))
                       .toLongLong();
        }
        QVERIFY(page > 1);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        if (leaf) {
            // The root of a table of 200 projects is an interior page (type
            // 5); its right-most child, a page of rows, is at offset 8.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.seek((page - 1) * pageSize));
            const QByteArray header = file.read(12);
            QCOMPARE(int(header.at(0)), 5);
            page = qFromBigEndian<quint32>(header.constData() + 8);
            QVERIFY(page > 1);
        }
        overwritePage(path, page, pageSize, damage);
        const QByteArray before = hashOf(path);

        // WHEN it is opened
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("quick_check found damage")));
        Connection c;
        const Status status = c.open(path);

        // THEN it is refused as damaged, by name, and left byte for byte as it was
        QVERIFY2(!status.ok(), "a damaged database must not open");
        QCOMPARE(status.error().code, Error::NotRegie);
        QVERIFY2(status.error().message.contains(QStringLiteral("damaged")), qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(QStringLiteral("damaged.sqlite")), qPrintable(status.error().message));
        QVERIFY(!c.isOpen());
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    }

    void shouldRefuseDatabaseOfAnotherProgram_data()
    {
        QTest::addColumn<int>("applicationId");
        QTest::addColumn<bool>("withTable");
        QTest::newRow("other application id, empty") << 0x46534C31 << false;
        QTest::newRow("other application id, with a table") << 0x46534C31 << true;
        QTest::newRow("no application id, with a table") << 0 << true;
    }

    void shouldRefuseDatabaseOfAnotherProgram()
    {
        QFETCH(int, applicationId);
        QFETCH(bool, withTable);
        // GIVEN a SQLite file made by another program
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("other.sqlite"));
        {
            Connection raw;
            QVERIFY(raw.openRaw(path).ok());
            QVERIFY(exec(raw.database(), QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
            if (withTable)
                QVERIFY(exec(raw.database(), QStringLiteral("CREATE TABLE recipe (name TEXT)")));
        }
        const QByteArray before = hashOf(path);

        // WHEN Regie opens it
        Connection c;
        const Status status = c.open(path);

        // THEN it is refused and left alone
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::NotRegie);
        QVERIFY2(status.error().message.contains(QStringLiteral("another program")),
                 qPrintable(status.error().message));
        QCOMPARE(hashOf(path), before);
    }

    void shouldReportUnwritableLocation_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<bool>("existingFile");
        QTest::newRow("new file in a read-only folder") << QStringLiteral("locked/regie.sqlite") << false;
        QTest::newRow("missing folder under a read-only folder")
            << QStringLiteral("locked/sub/dir/regie.sqlite") << false;
        QTest::newRow("existing database in a read-only folder") << QStringLiteral("locked/regie.sqlite") << true;
    }

    void shouldReportUnwritableLocation()
    {
        QFETCH(QString, relativePath);
        QFETCH(bool, existingFile);
        // GIVEN a folder Regie may not write in
        TestLib::TempDir dir;
        const QString locked = dir.file(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        const QString path = dir.file(relativePath);
        if (existingFile)
            makeRegieDatabase(path);
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        const QByteArray before = hashOf(path);

        // WHEN a database there is opened
        Connection c;
        const Status status = c.open(path);

        // THEN a storage error names the place, and nothing was created
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Storage);
        QVERIFY2(status.error().message.contains(QStringLiteral("locked")), qPrintable(status.error().message));
        QCOMPARE(QFile::exists(path), existingFile);
        QCOMPARE(hashOf(path), before);
    }

    void shouldTurnOnWalAndForeignKeys()
    {
        // GIVEN a database opened by Regie
        TestLib::TempDir dir;
        Connection c;
        QVERIFY(c.open(dir.file(QStringLiteral("regie.sqlite"))).ok());

        // THEN the journal is WAL, foreign keys are enforced and syncing is NORMAL
        QCOMPARE(scalar(c.database(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(c.database(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(c.database(), QStringLiteral("PRAGMA synchronous")).toInt(), 1);
        QSqlQuery q(c.database());
        QVERIFY2(!q.exec(QStringLiteral("INSERT INTO person (id, organisation_id, name, created_at, updated_at) "
                                        "VALUES ('x', 'no such organisation', 'Jan', 'x', 'x')")),
                 "a person of a missing organisation must be refused");
    }

    // Reading the file's header with a file handle of its own, and closing
    // it, dropped every POSIX lock this process held on the database: another
    // program (a sync in its own process) then took itself for the last one
    // and removed the WAL under the open connections, which damaged the file.
    void shouldKeepItsLocksWhenItOpensTheDatabaseAgain()
    {
        // GIVEN a database Regie holds open, and opens a second time (the sync's own connection)
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("regie.sqlite"));
        Connection first;
        QVERIFY(first.open(path).ok());
        QVERIFY(scalar(first.database(), QStringLiteral("SELECT count(*) FROM project")).isValid());
        Connection second;
        QVERIFY(second.open(path).ok());
        // WHEN another program writes to it and closes
        QProcess other;
        other.start(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA busy_timeout = 5000; CREATE TABLE other (x); "
                                                                     "INSERT INTO other VALUES (1);")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        // THEN it knew Regie was still there: the WAL and its index stay, and both connections read the file whole
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
        QCOMPARE(scalar(first.database(), QStringLiteral("SELECT count(*) FROM other")).toInt(), 1);
        QCOMPARE(scalar(second.database(), QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    }

    void shouldReopenOwnDatabase()
    {
        // GIVEN a Regie database with data, closed
        TestLib::TempDir dir;
        const QString path = dir.file(QStringLiteral("regie.sqlite"));
        makeRegieDatabase(path);

        // WHEN it is opened again
        Connection c;
        const Status status = c.open(path);

        // THEN the data is there and the version unchanged
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(Schema::version(c.database()), Schema::currentVersion());
        QCOMPARE(scalar(c.database(), QStringLiteral("SELECT count(*) FROM project")).toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(SchemaTest)
#include "schematest.moc"
