// coresAvailable() (common/cores.h): the process's affinity mask decides, then the hardware count,
// then 1. Checked against sched_getaffinity and against a mask the test narrows itself (what
// taskset or a Slurm allocation does), and each fallback of the rule on given readings.
#include "common/cores.h"

#include <QProcess>
#include <QtTest>

#include <sched.h>

#include <thread>

class TestCores : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsTheAffinityMask()
    {
        cpu_set_t original;
        CPU_ZERO(&original);
        QCOMPARE(sched_getaffinity(0, sizeof original, &original), 0);
        QCOMPARE(adaptlab::coresAvailable(), CPU_COUNT(&original));
        const unsigned hardware = std::thread::hardware_concurrency();
        if (hardware > 0)
            QVERIFY(adaptlab::coresAvailable() <= int(hardware));

        // Narrowed to one CPU (the first allowed), then to two when there are two: the count follows.
        std::vector<int> allowed;
        for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
            if (CPU_ISSET(cpu, &original))
                allowed.push_back(cpu);
        for (size_t want = 1; want <= std::min<size_t>(2, allowed.size()); ++want) {
            cpu_set_t narrow;
            CPU_ZERO(&narrow);
            for (size_t k = 0; k < want; ++k)
                CPU_SET(allowed[k], &narrow);
            QCOMPARE(sched_setaffinity(0, sizeof narrow, &narrow), 0);
            const int seen = adaptlab::coresAvailable();
            QCOMPARE(sched_setaffinity(0, sizeof original, &original), 0); // restored before any check fails
            QCOMPARE(seen, int(want));
        }
        QCOMPARE(adaptlab::coresAvailable(), CPU_COUNT(&original));
    }

    void fallbacks_data()
    {
        QTest::addColumn<int>("affinity"); // -1: the mask could not be read
        QTest::addColumn<uint>("hardware");
        QTest::addColumn<int>("expected");
        QTest::newRow("mask wins over hardware") << 3 << 64u << 3;
        QTest::newRow("mask of one") << 1 << 8u << 1;
        QTest::newRow("no mask: hardware") << -1 << 8u << 8;
        QTest::newRow("empty mask: hardware") << 0 << 8u << 8;
        QTest::newRow("no mask, hardware unknown: 1") << -1 << 0u << 1;
        QTest::newRow("mask only") << 6 << 0u << 6;
    }

    void fallbacks()
    {
        QFETCH(int, affinity);
        QFETCH(uint, hardware);
        QFETCH(int, expected);
        const std::optional<int> mask = affinity < 0 ? std::nullopt : std::optional<int>(affinity);
        QCOMPARE(adaptlab::coresAvailable(mask, hardware), expected);
    }
};

QTEST_GUILESS_MAIN(TestCores)
#include "tst_cores.moc"
