// The multiply-fold (common/hash.h): the native 128-bit product against the portable path from
// 32-bit halves and against hand-worked products, and the little-endian load on known bytes.
#include "common/hash.h"

#include <QtTest>

#include <random>

namespace hash = adaptlab::hash;

class TestHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foldMultiplyKnownProducts_data()
    {
        QTest::addColumn<quint64>("a");
        QTest::addColumn<quint64>("b");
        QTest::addColumn<quint64>("folded");
        // 0 * x = 0; 1 * x = x (high half 0); 2^32 * 2^32 = 2^64: low 0, high 1.
        QTest::newRow("zero") << quint64(0) << quint64(0x9e3779b97f4a7c15ull) << quint64(0);
        QTest::newRow("one") << quint64(1) << quint64(0x9e3779b97f4a7c15ull) << quint64(0x9e3779b97f4a7c15ull);
        QTest::newRow("2^32 squared") << quint64(1) << quint64(1) << quint64(1);
        QTest::newRow("2^32 * 2^32") << quint64(1ull << 32) << quint64(1ull << 32) << quint64(1);
        // (2^64 - 1)^2 = 2^128 - 2^65 + 1: low 1, high 2^64 - 2; 1 ^ (2^64 - 2) = 2^64 - 1.
        QTest::newRow("max squared") << ~quint64(0) << ~quint64(0) << ~quint64(0);
        // 2^63 * 3 = 2^64 + 2^63: low 2^63, high 1.
        QTest::newRow("2^63 * 3") << quint64(1ull << 63) << quint64(3) << quint64((1ull << 63) | 1);
        // (2^64 - 1) * 2 = 2^65 - 2: low 2^64 - 2, high 1 -> 2^64 - 1.
        QTest::newRow("max * 2") << ~quint64(0) << quint64(2) << ~quint64(0);
    }

    void foldMultiplyKnownProducts()
    {
        QFETCH(quint64, a);
        QFETCH(quint64, b);
        QFETCH(quint64, folded);
        QCOMPARE(quint64(hash::foldMultiply(a, b)), folded);
        QCOMPARE(quint64(hash::foldMultiplyPortable(a, b)), folded);
        QCOMPARE(quint64(hash::foldMultiply(b, a)), folded); // the product commutes
    }

    void nativeAndPortableAgree()
    {
        std::mt19937_64 rng(128);
        for (int i = 0; i < 1000000; ++i) {
            // Random values, and values with long runs of ones/zeros where carries matter.
            uint64_t a = rng(), b = rng();
            if (i % 4 == 1)
                a |= 0xFFFFFFFF00000000ull;
            if (i % 4 == 2)
                b = ~uint64_t(0) >> (rng() % 64);
            QCOMPARE(hash::foldMultiply(a, b), hash::foldMultiplyPortable(a, b));
        }
        static_assert(hash::foldMultiplyPortable(~uint64_t(0), ~uint64_t(0)) == ~uint64_t(0));
    }

    void loadIsLittleEndian()
    {
        const unsigned char bytes[9] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09};
        QCOMPARE(quint64(hash::loadLittle64(bytes)), quint64(0x0807060504030201ull));
        QCOMPARE(quint64(hash::loadLittle64(bytes + 1)), quint64(0x0908070605040302ull)); // unaligned
    }
};

QTEST_GUILESS_MAIN(TestHash)
#include "tst_hash.moc"
