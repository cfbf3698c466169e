// The engine's UTF-8 decoder (common/utf8.h): every class of invalid sequence (overlong forms,
// surrogates, code points above U+10FFFF, bytes that never start a sequence, truncated and broken
// sequences) is refused one byte at a time; every boundary code point decodes and encodes back; and
// on 20,000 random byte strings (valid text with random damage) decode() and isValid() agree with
// Qt's UTF-8 decoder (QStringDecoder), an independent implementation, on validity and code points.
#include "common/utf8.h"

#include <QStringDecoder>
#include <QtTest>

#include <random>
#include <string>
#include <vector>

namespace utf8 = adaptlab::utf8;

namespace {

const unsigned char* bytesOf(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }

// Code points by decode(); `valid` is false when any byte started no valid sequence.
std::vector<char32_t> decodeAll(const std::string& s, bool& valid)
{
    std::vector<char32_t> out;
    valid = true;
    const unsigned char* p = bytesOf(s);
    const unsigned char* end = p + s.size();
    while (p < end) {
        const utf8::CodePoint c = utf8::decode(p, end);
        if (!c.valid())
            valid = false;
        else
            out.push_back(c.value);
        p += c.length;
    }
    return out;
}

// The same by Qt: its UTF-8 decoder flags overlong forms, surrogates and values above U+10FFFF.
std::vector<char32_t> decodeByQt(const std::string& s, bool& valid)
{
    // A leading U+FEFF is a character here, not a byte-order mark to drop.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(QByteArrayView(s.data(), qsizetype(s.size())));
    valid = !decoder.hasError();
    std::vector<char32_t> out;
    for (const char32_t c : text.toUcs4())
        out.push_back(c);
    return out;
}

} // namespace

class TestUtf8 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void invalidSequencesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // overlong forms
        QTest::newRow("overlong 2-byte NUL C0 80") << QByteArray("\xC0\x80", 2);
        QTest::newRow("overlong 2-byte C1 BF") << QByteArray("\xC1\xBF");
        QTest::newRow("overlong 3-byte E0 80 80") << QByteArray("\xE0\x80\x80");
        QTest::newRow("overlong 3-byte U+07FF E0 9F BF") << QByteArray("\xE0\x9F\xBF");
        QTest::newRow("overlong 4-byte F0 80 80 80") << QByteArray("\xF0\x80\x80\x80");
        QTest::newRow("overlong 4-byte U+FFFF F0 8F BF BF") << QByteArray("\xF0\x8F\xBF\xBF");
        // UTF-16 surrogates
        QTest::newRow("surrogate U+D800") << QByteArray("\xED\xA0\x80");
        QTest::newRow("surrogate U+DFFF") << QByteArray("\xED\xBF\xBF");
        QTest::newRow("surrogate pair as CESU-8") << QByteArray("\xED\xA0\xBD\xED\xB8\x80");
        // beyond U+10FFFF
        QTest::newRow("U+110000 F4 90 80 80") << QByteArray("\xF4\x90\x80\x80");
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80");
        QTest::newRow("F8 5-byte lead") << QByteArray("\xF8\x88\x80\x80\x80");
        QTest::newRow("FC 6-byte lead") << QByteArray("\xFC\x84\x80\x80\x80\x80");
        QTest::newRow("FE") << QByteArray("\xFE");
        QTest::newRow("FF") << QByteArray("\xFF");
        // truncated sequences (also at the end of the buffer)
        QTest::newRow("truncated 2 of 2") << QByteArray("\xC3");
        QTest::newRow("truncated 3 of 3") << QByteArray("\xE2\x82");
        QTest::newRow("truncated 4 of 4") << QByteArray("\xF0\x9F\x98");
        QTest::newRow("truncated then ASCII") << QByteArray("\xE2\x82" "A");
        // continuation bytes where none belongs, and leads without them
        QTest::newRow("lone continuation 80") << QByteArray("\x80");
        QTest::newRow("lone continuation BF") << QByteArray("\xBF");
        QTest::newRow("2-byte lead then ASCII") << QByteArray("\xC3(");
        QTest::newRow("3-byte lead, bad second") << QByteArray("\xE2(\xA1");
        QTest::newRow("4-byte lead, bad third") << QByteArray("\xF0\x9F(\x80");
    }

    void invalidSequencesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const std::string s = bytes.toStdString();
        const unsigned char* p = bytesOf(s);
        const utf8::CodePoint first = utf8::decode(p, p + s.size());
        QVERIFY(!first.valid());
        QCOMPARE(first.value, utf8::kInvalid);
        QCOMPARE(first.length, 1); // one byte at a time: nothing after it is swallowed
        QCOMPARE(utf8::sequenceLength(s, 0), size_t(0));
        QVERIFY(!utf8::isValid(s));
        // Inside valid text, too: the decoder resumes right after the bad byte.
        const std::string framed = "ok " + s + " \xC3\xA9";
        QVERIFY(!utf8::isValid(framed));
        bool valid = true;
        const std::vector<char32_t> decoded = decodeAll(framed, valid);
        QVERIFY(!valid);
        QCOMPARE(decoded.back(), char32_t(0xE9));
        bool qtValid = true;
        decodeByQt(framed, qtValid);
        QVERIFY(!qtValid); // the reference agrees that it is invalid
    }

    void boundariesDecodeAndEncodeBack_data()
    {
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<int>("length");
        const std::pair<uint, int> cases[] = {{0x0, 1},     {0x7F, 1},    {0x80, 2},     {0x7FF, 2},
                                               {0x800, 3},   {0xD7FF, 3},  {0xE000, 3},   {0xFEFF, 3},
                                               {0xFFFD, 3},  {0xFFFF, 3},  {0x10000, 4},  {0x1F600, 4},
                                               {0x10FFFF, 4}};
        for (const auto& [c, length] : cases)
            QTest::newRow(qPrintable(QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0')).toUpper())) << c << length;
    }

    void boundariesDecodeAndEncodeBack()
    {
        QFETCH(uint, codePoint);
        QFETCH(int, length);
        char buffer[4];
        char* end = utf8::encode(buffer, char32_t(codePoint));
        QCOMPARE(int(end - buffer), length);
        const std::string s(buffer, end);
        // Qt encodes the same bytes (built from UTF-16 units: fromUcs4 would drop U+FEFF as a BOM).
        const QChar pair[2] = {QChar(QChar::highSurrogate(codePoint)), QChar(QChar::lowSurrogate(codePoint))};
        const QString text = QChar::requiresSurrogates(codePoint) ? QString(pair, 2) : QString(QChar(char16_t(codePoint)));
        QCOMPARE(text.toUtf8().toStdString(), s);
        const utf8::CodePoint decoded = utf8::decode(bytesOf(s), bytesOf(s) + s.size());
        QVERIFY(decoded.valid());
        QCOMPARE(uint(decoded.value), codePoint);
        QCOMPARE(decoded.length, length);
        QCOMPARE(utf8::sequenceLength(s, 0), size_t(length));
        QVERIFY(utf8::isValid(s));
        // Reads nothing past `end`: the same bytes cut short are invalid.
        if (length > 1)
            QVERIFY(!utf8::decode(bytesOf(s), bytesOf(s) + length - 1).valid());
    }

    void agreesWithQtOnRandomBytes()
    {
        std::mt19937_64 rng(8);
        std::uniform_int_distribution<int> kind(0, 9), byte(0, 255), count(0, 24);
        int invalidCases = 0, validCases = 0;
        for (int round = 0; round < 20000; ++round) {
            // Valid text from every length class, then damaged: random bytes, cut sequences,
            // surrogates and overlong forms written on purpose.
            std::string s;
            for (int n = count(rng); n > 0; --n) {
                char buffer[4];
                char32_t c = 0;
                switch (kind(rng)) {
                case 0: case 1: c = char32_t(byte(rng) & 0x7F); break;
                case 2: c = char32_t(0x80 + rng() % 0x780); break;
                case 3: c = char32_t(0x800 + rng() % 0xD000); break;
                case 4: c = char32_t(0xE000 + rng() % 0x2000); break;
                case 5: c = char32_t(0x10000 + rng() % 0x100000); break;
                case 6: s += char(byte(rng)); continue;                                    // any byte
                case 7: s += char(0xED), s += char(0xA0 + rng() % 0x20), s += char(0x80); continue; // surrogate
                case 8: s += char(0xC0 + rng() % 2), s += char(0x80 + rng() % 0x40); continue;  // overlong
                default: {
                    const char* cut = utf8::encode(buffer, char32_t(0x800 + rng() % 0xF000));
                    s.append(buffer, size_t(cut - buffer) - 1); // a sequence cut short
                    continue;
                }
                }
                if (c >= 0xD800 && c <= 0xDFFF)
                    c = 0xFFFD;
                s.append(buffer, utf8::encode(buffer, c));
            }
            bool ours = false, qt = false;
            const std::vector<char32_t> mine = decodeAll(s, ours);
            const std::vector<char32_t> reference = decodeByQt(s, qt);
            QCOMPARE(ours, qt);
            QCOMPARE(utf8::isValid(s), ours); // the SIMD validator and the decoder agree
            if (ours) {
                QVERIFY(mine == reference);
                ++validCases;
            } else {
                ++invalidCases;
            }
        }
        // Both kinds were exercised in earnest.
        QVERIFY(validCases > 2000 && invalidCases > 2000);
    }
};

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
