// HandoverQueue: items arrive in order, a giver waits while the queue is full, stopping frees a waiting giver,
// and finishing ends the taker's loop once everything was taken.

#include "ingest/handoverqueue.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using dossier::HandoverQueue;

class HandoverQueueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsArriveInOrderThenTheEnd();
    void giverWaitsForRoom();
    void stopFreesAWaitingGiver();
};

void HandoverQueueTest::itemsArriveInOrderThenTheEnd()
{
    HandoverQueue<int> queue(4);
    std::atomic<int> refused = 0; // QTest's checks belong to the test's thread
    std::thread giver([&] {
        for (int i = 0; i < 1000; ++i) {
            if (!queue.give(int(i)))
                ++refused;
        }
        queue.finish();
    });
    int expected = 0;
    while (std::optional<int> item = queue.take()) {
        QCOMPARE(*item, expected);
        ++expected;
    }
    giver.join();
    QCOMPARE(refused.load(), 0);
    QCOMPARE(expected, 1000);
    QCOMPARE(queue.take(), std::nullopt); // stays at the end
}

void HandoverQueueTest::giverWaitsForRoom()
{
    HandoverQueue<int> queue(2);
    std::atomic<int> given = 0;
    std::thread giver([&] {
        for (int i = 0; i < 3; ++i) {
            queue.give(int(i));
            ++given;
        }
        queue.finish();
    });
    // Two fit; the third waits until one is taken.
    QTRY_COMPARE(given.load(), 2);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    QCOMPARE(given.load(), 2);
    QCOMPARE(queue.take(), std::optional<int>(0));
    QTRY_COMPARE(given.load(), 3);
    QCOMPARE(queue.take(), std::optional<int>(1));
    QCOMPARE(queue.take(), std::optional<int>(2));
    QCOMPARE(queue.take(), std::nullopt);
    giver.join();
}

void HandoverQueueTest::stopFreesAWaitingGiver()
{
    HandoverQueue<int> queue(1);
    std::atomic<int> refused = -1;
    std::thread giver([&] {
        int i = 0;
        while (queue.give(int(i)))
            ++i;
        refused = i; // the first item the stopped queue would not take
    });
    QCOMPARE(queue.take(), std::optional<int>(0));
    queue.stop();
    giver.join();
    QVERIFY(refused.load() >= 1 && refused.load() <= 2);
    QVERIFY(!queue.give(42));
}

QTEST_GUILESS_MAIN(HandoverQueueTest)
#include "tst_handoverqueue.moc"
