#include "model/requestslot.h"
#include "testlib/testenvironment.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Model;

namespace {

// A request whose answer the test gives when it likes, as a store's worker
// would from its thread.
struct Pending {
    QPromise<int> promise;
    QFuture<int> future() { return promise.future(); }
    Pending() { promise.start(); }
    void answer(int value)
    {
        // A cancelled read is skipped by the store: it never answers.
        if (!promise.isCanceled())
            promise.addResult(value);
        promise.finish();
    }
};

} // namespace

class RequestSlotTest : public QObject
{
    Q_OBJECT

    // Lets queued watcher signals arrive.
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase() { TestLib::initEnvironment(); }

    void shouldDeliverTheAnswerOfItsOnlyRequest()
    {
        // GIVEN a slot with one request waiting
        QObject context;
        RequestSlot slot(&context);
        Pending request;
        QList<int> delivered;
        slot.start(request.future(), [&](int value) { delivered << value; });
        QVERIFY(slot.isPending());

        // WHEN the answer comes
        request.answer(7);

        // THEN it is delivered once, later, through the event loop
        QVERIFY(delivered.isEmpty());
        QTRY_COMPARE(delivered, QList<int>{7});
        QVERIFY(!slot.isPending());
    }

    void shouldDropTheAnswerOfASupersededRequestAndCancelIt()
    {
        // GIVEN four searches started one after another, as typing "zorg" does
        QObject context;
        RequestSlot slot(&context);
        std::vector<std::unique_ptr<Pending>> requests;
        QList<int> delivered;
        for (int i = 0; i < 4; ++i) {
            requests.push_back(std::make_unique<Pending>());
            slot.start(requests.back()->future(), [&, i](int value) { delivered << i * 100 + value; });
        }

        // THEN the three older ones are cancelled, so a store still holding them skips them
        for (int i = 0; i < 3; ++i)
            QVERIFY2(requests[size_t(i)]->promise.isCanceled(), qPrintable(QString::number(i)));
        QVERIFY(!requests[3]->promise.isCanceled());

        // WHEN every request answers anyway, the newest first
        requests[3]->answer(4);
        for (int i = 0; i < 3; ++i)
            requests[size_t(i)]->answer(i);
        settle();

        // THEN only the newest answer is delivered
        QTRY_COMPARE(delivered, QList<int>{304});
        settle();
        QCOMPARE(delivered, QList<int>{304});
    }

    void shouldDropAnAnswerThatAlreadyCameWhenSuperseded()
    {
        // GIVEN a request answered by the store but not delivered yet
        QObject context;
        RequestSlot slot(&context);
        Pending first;
        Pending second;
        QList<int> delivered;
        slot.start(first.future(), [&](int value) { delivered << value; });
        first.answer(1);

        // WHEN a newer request starts before the event loop delivers the first
        slot.start(second.future(), [&](int value) { delivered << value; });
        second.answer(2);

        // THEN only the newer one arrives
        QTRY_COMPARE(delivered, QList<int>{2});
        settle();
        QCOMPARE(delivered, QList<int>{2});
    }

    void shouldDropThePendingAnswerOnReset()
    {
        // GIVEN a request waiting
        QObject context;
        RequestSlot slot(&context);
        Pending request;
        bool called = false;
        slot.start(request.future(), [&](int) { called = true; });

        // WHEN the slot is reset (the model shows another project) and the answer comes
        slot.reset();
        QVERIFY(!slot.isPending());
        QVERIFY(request.promise.isCanceled());
        request.answer(1);
        settle();

        // THEN nothing is delivered
        QVERIFY(!called);
    }

    void shouldKeepSlotsApart()
    {
        // GIVEN a page and a count asked of two slots of one model
        QObject context;
        RequestSlot rows(&context);
        RequestSlot count(&context);
        Pending page;
        Pending total;
        QList<int> delivered;
        rows.start(page.future(), [&](int value) { delivered << value; });

        // WHEN the count starts after the page
        count.start(total.future(), [&](int value) { delivered << value; });

        // THEN the page is not superseded by it
        QVERIFY(!page.promise.isCanceled());
        page.answer(1);
        total.answer(2);
        QTRY_COMPARE(delivered.size(), 2);
        QVERIFY(delivered.contains(1) && delivered.contains(2));
    }

    void shouldNotDeliverOnceTheContextIsGone()
    {
        // GIVEN a model (context) with a request waiting
        Pending request;
        bool called = false;
        {
            QObject context;
            RequestSlot slot(&context);
            slot.start(request.future(), [&](int) { called = true; });
            // WHEN the model goes away first
        }
        request.answer(1);
        settle();

        // THEN the answer goes nowhere
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(RequestSlotTest)
#include "requestslottest.moc"
