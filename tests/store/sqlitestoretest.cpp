#include "store/sqlitestore.h"
#include "model/async.h"
#include "testlib/builders.h"
#include "testlib/testenvironment.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Model;
using namespace Store;
using TestLib::await;
using TestLib::makeOrganisation;
using TestLib::makeProject;

class SqliteStoreTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestLib::TempDir> m_dir;

    QString path() const { return m_dir->file(QStringLiteral("regie.sqlite")); }

    std::unique_ptr<SqliteStore> openStore()
    {
        auto store = std::make_unique<SqliteStore>();
        const Status status = await(store->open(path()));
        if (!status.ok())
            qFatal("%s", qPrintable(status.error().message));
        return store;
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }
    void init() { m_dir = std::make_unique<TestLib::TempDir>(); }
    void cleanup() { m_dir.reset(); }

    void shouldFailCallsBeforeOpen()
    {
        // GIVEN a store that was never opened
        SqliteStore store;
        QSignalSpy changed(store.notifier(), &ChangeNotifier::changed);

        // WHEN it is read from and written to
        const auto found = await(store.findProjects({}));
        const auto created = await(store.createProject(makeProject(QStringLiteral("Groene Dijken")), {}));
        const auto organisations = await(store.organisations());

        // THEN every call fails with a storage error, and no change is announced
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code, Error::Storage);
        QVERIFY(!found.error().message.isEmpty());
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Storage);
        QVERIFY(!organisations.ok());
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 0);
    }

    void shouldStayClosedAfterFailedOpen()
    {
        // GIVEN a file that is not a database
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("boodschappen: melk, brood\n");
        }
        SqliteStore store;

        // WHEN the store opens it
        const Status status = await(store.open(path()));

        // THEN opening fails, and later calls fail too
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::NotRegie);
        QVERIFY(!await(store.findProjects({})).ok());
    }

    void shouldAnswerOnCallingThread()
    {
        // GIVEN an open store
        auto store = openStore();
        QThread *answerThread = nullptr;
        bool answered = false;

        // WHEN a call's answer is taken with onResult()
        Model::onResult(store->countProjects({}), this, [&](const Result<int> &r) {
            answerThread = QThread::currentThread();
            answered = r.ok();
        });

        // THEN it comes later, from this thread's event loop, never inside the call
        QVERIFY(!answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered, TestLib::AnswerTimeoutMs);
        QCOMPARE(answerThread, QThread::currentThread());
    }

    void shouldNotAnswerAContextThatIsGone()
    {
        // GIVEN a call whose receiver is destroyed before the answer arrives
        auto store = openStore();
        bool called = false;
        auto receiver = std::make_unique<QObject>();
        Model::onResult(store->countProjects({}), receiver.get(), [&](const Result<int> &) { called = true; });
        receiver.reset();
        // WHEN the store has answered (a later call's answer proves it)
        QVERIFY(await(store->countProjects({})).ok());
        QTest::qWait(0);
        // THEN nothing was called
        QVERIFY(!called);
    }

    void shouldAnnounceWrites()
    {
        // GIVEN an open store and a listener
        auto store = openStore();
        QSignalSpy changed(store->notifier(), &ChangeNotifier::changed);

        // WHEN an organisation and a project with it as lead are created
        const auto organisation = await(store->saveOrganisation(makeOrganisation(QStringLiteral("Dordrecht"))));
        QVERIFY(organisation.ok());
        QTRY_COMPARE(changed.count(), 1);
        const Project p = makeProject(QStringLiteral("Groene Dijken"), ProjectStatus::Active);
        QVERIFY(await(store->createProject(p, organisation.value().id)).ok());
        QTRY_COMPARE(changed.count(), 2);

        // THEN each write was announced with the tables and ids it touched
        QCOMPARE(changed.count(), 2);
        const auto first = changed.at(0).at(0).value<ChangeSet>();
        QVERIFY(first.touches(ChangeSet::Organisations));
        QVERIFY(!first.touches(ChangeSet::Projects));
        QCOMPARE(first.ids, QList<QUuid>{organisation.value().id});
        const auto second = changed.at(1).at(0).value<ChangeSet>();
        QVERIFY(second.touches(ChangeSet::Projects));
        QVERIFY(second.touches(ChangeSet::Participations));
        QVERIFY(second.touches(ChangeSet::LeadTerms));
        QVERIFY(second.ids.contains(p.id));

        // AND reads are not announced
        QVERIFY(await(store->findProjects({})).ok());
        QVERIFY(!changed.wait(100));
        QCOMPARE(changed.count(), 2);
    }

    void shouldNotAnnounceFailedWrites_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("invalid project") << 0;
        QTest::newRow("active project without lead") << 1;
        QTest::newRow("restore of a live project") << 2;
        QTest::newRow("duplicate organisation") << 3;
    }

    void shouldNotAnnounceFailedWrites()
    {
        QFETCH(int, which);
        // GIVEN an open store with a project and an organisation
        auto store = openStore();
        const Project existing = makeProject(QStringLiteral("Bestaand"));
        QVERIFY(await(store->createProject(existing, {})).ok());
        QVERIFY(await(store->saveOrganisation(makeOrganisation(QStringLiteral("Dordrecht")))).ok());
        QTest::qWait(50);
        QSignalSpy changed(store->notifier(), &ChangeNotifier::changed);

        // WHEN a write fails
        bool ok = true;
        switch (which) {
        case 0:
            ok = await(store->createProject(makeProject(QString()), {})).ok();
            break;
        case 1:
            ok = await(store->createProject(makeProject(QStringLiteral("X"), ProjectStatus::Active), {})).ok();
            break;
        case 2:
            ok = await(store->setProjectDeleted(existing.id, false)).ok();
            break;
        case 3:
            ok = await(store->saveOrganisation(makeOrganisation(QStringLiteral("dordrecht")))).ok();
            break;
        }

        // THEN nothing is announced
        QVERIFY(!ok);
        QVERIFY(!changed.wait(100));
        QCOMPARE(changed.count(), 0);
    }

    void shouldRunCallsInCallOrder()
    {
        // GIVEN an open store
        auto store = openStore();

        // WHEN writes and reads are issued without waiting in between
        Project p = makeProject(QStringLiteral("Versie 0"));
        auto created = store->createProject(p, {});
        QList<QFuture<Result<Project>>> updates;
        for (int i = 1; i <= 20; ++i) {
            p.name = QStringLiteral("Versie %1").arg(i);
            updates.append(store->updateProject(p));
        }
        auto read = store->project(p.id);
        auto count = store->countProjects({});
        QVERIFY(await(store->setProjectDeleted(p.id, true)).ok());

        // THEN each call saw the ones before it
        QVERIFY(await(created).ok());
        for (int i = 0; i < updates.size(); ++i) {
            const auto r = await(updates.at(i));
            QVERIFY(r.ok());
            QCOMPARE(r.value().meta.version, i + 2);
        }
        QCOMPARE(await(read).value().name, QStringLiteral("Versie 20"));
        QCOMPARE(await(count).value(), 1);
        QCOMPARE(await(store->countProjects({})).value(), 0);
    }

    void shouldFinishPendingCallsWhenDestroyed()
    {
        // GIVEN an open store with many calls not yet answered
        auto store = openStore();
        QList<QFuture<Result<Project>>> writes;
        QList<QFuture<Result<QList<ProjectSummary>>>> reads;
        for (int i = 0; i < 100; ++i) {
            writes.append(store->createProject(makeProject(QStringLiteral("Project %1").arg(i)), {}));
            reads.append(store->findProjects({}));
        }
        bool answered = false;
        QFuture<Result<Project>> last = writes.constLast();
        last.then(this, [&answered](const Result<Project> &) { answered = true; });

        // WHEN the store is destroyed at once
        store.reset();

        // THEN there is no crash, every future finished, the writes were made, and late
        // continuations to this thread still run safely
        for (const auto &f : writes)
            QVERIFY(f.isFinished());
        for (const auto &f : reads)
            QVERIFY(f.isFinished());
        QVERIFY(QTest::qWaitFor([&] { return answered; }));
        auto reopened = openStore();
        QCOMPARE(await(reopened->countProjects({})).value(), 100);
    }

    void shouldDestroyStoreNeverOpened()
    {
        // GIVEN a store with calls pending and no database
        auto store = std::make_unique<SqliteStore>();
        auto pending = store->findProjects({});

        // WHEN it is destroyed
        store.reset();

        // THEN the call finished with an error
        QVERIFY(pending.isFinished());
        QVERIFY(!pending.result().ok());
    }
};

QTEST_GUILESS_MAIN(SqliteStoreTest)
#include "sqlitestoretest.moc"
