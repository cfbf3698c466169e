// Quality signals against recorded values: computeSignals(), signalEvidence() and c4CleanLines() on
// a few hundred generated documents, compared exactly (float bits, every evidence span, every
// cleaned byte) with quality_signals_golden.inc. The hand-made tables of tst_quality_signals say
// what the signals mean; this suite says that they do not move: the implementation is tuned for
// speed, and every such change must give the same numbers for any input. The documents mix what
// the byte loop and the repetition statistics branch on: punctuation around words, bullets,
// ellipses, stop words, C4 phrases and citations, duplicate lines and paragraphs, copied word runs
// (repeated n-grams at every n), tiny and large vocabularies, CRLF, lone CR, Unicode spaces and
// letters, invalid UTF-8, very long lines and tokens, and documents above the 4 MiB repetition
// window (cut inside a CRLF and inside a UTF-8 sequence).
//
// Only a deliberate change of a definition may change the table; regenerate it with
//   ADAPTLAB_QUALITY_GOLDEN_OUT=tests/corpus/quality_signals_golden.inc build/tests/tst_quality_signals_golden
// (the run writes the values it computed, then compares as usual) and say why in the commit.
#include "corpus/quality_signals.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace adaptlab::corpus;

namespace {

struct Golden {
    uint64_t text;      // fingerprint of the generated document (the generator must not drift)
    uint64_t evidence;  // fingerprint of signalEvidence() for every signal
    uint64_t cleaned;   // fingerprint of c4CleanLines()
    float values[kSignalCount];
};

const Golden kGolden[] = {
#include "quality_signals_golden.inc"
};

constexpr int kDocuments = 300; // generated documents; two more above the repetition window follow
constexpr size_t kRepetitionWindowBytes = size_t(4) << 20; // as in quality_signals.cpp

// FNV-1a, 64 bits: a fingerprint that depends on nothing but these bytes.
class Fingerprint {
public:
    void add(const void* data, size_t size)
    {
        const auto* p = static_cast<const unsigned char*>(data);
        for (size_t k = 0; k < size; ++k)
            state_ = (state_ ^ p[k]) * 0x100000001b3ull;
    }
    void add(uint64_t value) { add(&value, sizeof value); }
    uint64_t value() const { return state_; }

private:
    uint64_t state_ = 0xcbf29ce484222325ull;
};

uint64_t fingerprint(std::string_view bytes)
{
    Fingerprint f;
    f.add(bytes.data(), bytes.size());
    return f.value();
}

// splitmix64: the same sequence on every platform (std distributions are not specified exactly).
class Random {
public:
    explicit Random(uint64_t seed) : state_(seed) {}
    uint64_t next()
    {
        uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
    size_t between(size_t low, size_t high) { return low + below(high - low + 1); }
    bool percent(size_t p) { return below(100) < p; }
    template <typename T, size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(N)];
    }

private:
    uint64_t state_;
};

const char* const kCommonWords[] = {
    "the", "of", "and", "to", "be", "that", "have", "with", "The", "THAT", "With", "a", "in", "is", "it", "for",
    "on", "was", "as", "by", "at", "this", "from", "city", "river", "house", "people", "water", "time", "world",
    "history", "market", "settlers", "built", "trade", "ideas", "visitors", "streets", "life", "family",
    "e.g.", "Dr.", "vs.", "U.S.", "4th", "2024", "123", "3.14", "x9", "i", "I", "ok", "use", "policy", "cookies",
    "lorem", "ipsum", "java", "script", "privacy", "terms", "uses", "cookie", "javascript", "wait", "done",
};
const char* const kUnicodeWords[] = {
    "café", "naïve", "Über", "日本語の文章です。", "日本", "Привет", "мир", "مرحبا", "١٢٣", "😀", "👍🏽", "ﬁne",
    "e\xCC\x81t\xCC\x81", "Ⅻ", "ª", "µ", "½", "한국어", "𝔘𝔫𝔦", "𠀋", "Ελλάδα", "עברית", "हिन्दी।", "ไทย",
};
const char* const kInvalidBytes[] = {
    "\xFF", "a\xC3", "\xE6\x97", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF", "\x80\x80x", "\xF0\x9F\x98",
    "\xC3(", "\xE2\x80", "b\xFE" "c",
};
const char* const kPrefixes[] = {"(", "\"", "«", "“", "'", "[", "#", "##", "-", "—", "¿", "*", "•", "{", "..."};
const char* const kSuffixes[] = {
    ".", ",", "!", "?", "...", "…", ")", "\"", "»", "”", ".\"", "?)", ";", ":", "....", "......", "!!", "'", ".)",
    "%", "}", "[1]", "[12]", "[edit]", "[citation needed]", "[]", "[x]", ".[3]", "#", ". .", "’", "]",
};
const char* const kStandalone[] = {
    "...", "…", "-", "—", "•", "#", "{", "}", "&", "|", "/", "*", "!!!", ". . .", "\x01", "\x7f", "§", "©", "→",
    "★", "。", "、", "１２", "ＡＢＣ", "＃tag", "[1]", "[edit]", "[citation needed]", "\"", "«»", ".", "?",
};
const char* const kPhrases[] = {
    "lorem ipsum", "Lorem Ipsum", "LOREM IPSUM", "javascript", "JavaScript", "JAVASCRIPT", "enable javascript",
    "privacy policy", "Privacy Policy", "cookie policy", "terms of use", "Terms of Use", "uses cookies",
    "use of cookies", "use cookies", "We use cookies", "java script", "privacy\tpolicy", "privacy  policy",
    "lorem\xC2\xA0ipsum", "xjavascripty", "policyholder", "privacy policyholder", "terms of useful", "usecookies",
    "(javascript)", "lorem-ipsum", "Lorem ipsum.", "terms of[1] use", "privacy [edit]policy",
};
const char* const kSpaces[] = {
    " ", " ", " ", " ", " ", " ", " ", " ", "  ", "\t", "\xC2\xA0", "\xE3\x80\x80", "\xE2\x80\xA8",
    "\xE2\x80\x83", "\x1c", "\x1f", " \t ", "\v", "\f", "\xC2\x85", "\xE2\x80\x8B",
};
const char* const kLineEnds[] = {"", "", ".", ".", ".", "?", "!", "\"", "...", "…", ".\"", " .", ". ", ".  ", ":", "!)"};
const char* const kBullets[] = {"- ", "• ", "-", "•", "* ", "– ", "  - ", "\t• ", "1. "};

// A document from its seed. Each document draws its own mix, so the set spans clean prose, lists,
// boilerplate, spam-like repetition and binary-ish noise.
std::string generateDocument(uint64_t seed)
{
    Random rng(seed * 0x2545F4914F6CDD1Dull + 1);
    const size_t vocabulary = rng.pick({2, 5, 12, 40, 200, 1000});
    const size_t decoratePercent = rng.pick({0, 5, 15, 40});
    const size_t unicodePercent = rng.pick({0, 0, 3, 20});
    const size_t invalidPercent = rng.pick({0, 0, 0, 1, 5});
    const size_t specialPercent = rng.pick({0, 2, 6, 15});
    const size_t copyPercent = rng.pick({0, 0, 2, 8, 25});
    const size_t dupLinePercent = rng.pick({0, 0, 5, 20, 50});
    const size_t blankPercent = rng.pick({0, 10, 25});
    const size_t bulletPercent = rng.pick({0, 0, 10, 60});
    const size_t oddSpacePercent = rng.pick({0, 5, 30});
    const size_t crlfPercent = rng.pick({0, 0, 0, 50, 100});
    size_t lines = rng.pick({0, 1, 2, 3, 6, 12, 25, 50});
    size_t maxTokens = rng.pick({1, 4, 8, 15, 30, 60});
    if (rng.percent(4)) {
        lines = rng.between(1, 3);
        maxTokens = 3000; // very long lines
    }

    // Synthetic words beyond the common ones: syllables, some long enough for the hash's long path.
    std::vector<std::string> words;
    for (size_t k = 0; k < vocabulary; ++k) {
        if (k < std::size(kCommonWords) && rng.percent(60)) {
            words.push_back(kCommonWords[k]);
            continue;
        }
        static const char* const syllables[] = {"ka", "lo", "mi", "ne", "tor", "ex", "qu", "str", "an", "is",
                                                "ON", "Re", "ph", "y", "zz", "ation"};
        std::string word;
        const size_t parts = rng.percent(5) ? rng.between(6, 20) : rng.between(1, 4);
        for (size_t p = 0; p < parts; ++p)
            word += rng.pick(syllables);
        if (rng.percent(5))
            word += std::to_string(rng.below(100));
        words.push_back(word);
    }

    auto token = [&]() -> std::string {
        if (rng.percent(specialPercent))
            return rng.percent(50) ? rng.pick(kPhrases) : rng.pick(kStandalone);
        if (rng.percent(invalidPercent))
            return rng.pick(kInvalidBytes);
        if (rng.percent(1))
            return std::string(rng.pick({17, 33, 200, 999, 1000, 1001, 1500}), rng.percent(50) ? 'x' : '9');
        std::string t = rng.percent(unicodePercent) ? std::string(rng.pick(kUnicodeWords)) : words[rng.below(words.size())];
        if (rng.percent(decoratePercent))
            t = rng.pick(kPrefixes) + t;
        if (rng.percent(decoratePercent))
            t += rng.pick(kSuffixes);
        return t;
    };
    auto space = [&]() -> std::string { return rng.percent(oddSpacePercent) ? rng.pick(kSpaces) : " "; };

    std::vector<std::string> out;      // lines without their breaks
    std::vector<std::string> emitted;  // tokens so far, for copied runs
    for (size_t l = 0; l < lines; ++l) {
        if (!out.empty() && rng.percent(dupLinePercent)) {
            if (rng.percent(30) && out.size() >= 3) { // a paragraph again: a few lines and a blank one
                const size_t from = rng.below(out.size() - 2);
                const size_t count = rng.between(1, std::min<size_t>(4, out.size() - from));
                out.push_back("");
                for (size_t k = 0; k < count; ++k)
                    out.push_back(out[from + k]);
                out.push_back("");
            } else {
                std::string line = out[rng.below(out.size())];
                if (rng.percent(10))
                    line += " ";
                out.push_back(line);
            }
            continue;
        }
        if (rng.percent(blankPercent)) {
            out.push_back(rng.pick({"", "", "", " ", "\t", "  \t"}));
            continue;
        }
        std::string line;
        if (rng.percent(10))
            line += rng.pick({" ", "  ", "\t", "\xC2\xA0"});
        if (rng.percent(bulletPercent))
            line += rng.pick(kBullets);
        const size_t count = rng.between(1, maxTokens);
        for (size_t t = 0; t < count; ++t) {
            if (t > 0)
                line += space();
            if (emitted.size() > 10 && rng.percent(copyPercent)) {
                const size_t length = rng.between(2, 14);
                const size_t from = rng.below(emitted.size() - std::min(length, emitted.size() - 1));
                for (size_t k = 0; k < length && from + k < emitted.size(); ++k) {
                    if (k > 0)
                        line += " ";
                    line += emitted[from + k];
                    emitted.push_back(emitted[from + k]);
                }
                continue;
            }
            const std::string next = token();
            line += next;
            emitted.push_back(next);
        }
        line += rng.pick(kLineEnds);
        if (rng.percent(3))
            line.insert(rng.below(line.size() + 1), "\r"); // a lone CR is no line break
        if (rng.percent(5))
            line += rng.pick({" ", "  ", "\t", "\xE2\x80\x83"});
        out.push_back(line);
    }

    std::string text;
    if (rng.percent(5))
        text += rng.pick({"\n", "\n\n", " \n", "  ", "\r\n"});
    for (size_t l = 0; l < out.size(); ++l) {
        text += out[l];
        const bool last = l + 1 == out.size();
        if (!last || rng.percent(60))
            text += rng.percent(crlfPercent) ? "\r\n" : "\n";
    }
    if (rng.percent(5))
        text += rng.pick({"\n", "\n\n", " ", "\t\n"});
    return text;
}

// Documents above the repetition window, with the window's end inside a CRLF pair and inside a
// UTF-8 sequence.
std::string windowDocument(int variant)
{
    std::string text;
    for (uint64_t seed = 1000; text.size() < kRepetitionWindowBytes + 300000; ++seed)
        text += generateDocument(seed) + "\r\n";
    if (variant == 0)
        text.replace(kRepetitionWindowBytes - 1, 2, "\r\n");
    else
        text.replace(kRepetitionWindowBytes - 1, 3, "日");
    return text;
}

std::string documentText(int index)
{
    return index < kDocuments ? generateDocument(uint64_t(index)) : windowDocument(index - kDocuments);
}

constexpr int kAllDocuments = kDocuments + 2;

// Evidence of the documents above the window: only signals that take each of its paths (a
// repetition signal scans the text twice, the others once), as every call costs two scans of 4 MiB.
bool recordsEvidence(int index, int signal)
{
    if (index < kDocuments)
        return true;
    for (Signal s : {Signal::StopWordCount, Signal::DupLinesFraction, Signal::DupParagraphCharsFraction,
                     Signal::Top2GramCharsFraction, Signal::Dup10GramCharsFraction, Signal::C4DroppedLinesFraction})
        if (int(s) == signal)
            return true;
    return false;
}

Golden record(int index, const std::string& text)
{
    Golden g{};
    g.text = fingerprint(text);
    const SignalVector values = computeSignals(text);
    std::copy(values.begin(), values.end(), g.values);
    Fingerprint evidence;
    for (int s = 0; s < kSignalCount; ++s) {
        if (!recordsEvidence(index, s))
            continue;
        const std::vector<TextSpan> spans = signalEvidence(text, Signal(s));
        evidence.add(uint64_t(s));
        evidence.add(uint64_t(spans.size()));
        for (const TextSpan& span : spans) {
            evidence.add(uint64_t(span.begin));
            evidence.add(uint64_t(span.end));
        }
    }
    g.evidence = evidence.value();
    g.cleaned = fingerprint(c4CleanLines(text));
    return g;
}

// "%.9g" gives back the same float; integers stay integers, the rest get the float suffix.
std::string floatLiteral(float value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.9g", double(value));
    std::string s = buffer;
    if (s.find_first_of(".e") != std::string::npos)
        s += 'f';
    return s;
}

void writeTable(const char* path)
{
    FILE* file = std::fopen(path, "w");
    if (!file)
        qFatal("cannot write %s", path);
    std::fprintf(file, "// Generated by tst_quality_signals_golden (see there); do not edit by hand.\n");
    for (int d = 0; d < kAllDocuments; ++d) {
        const Golden g = record(d, documentText(d));
        std::fprintf(file, "{0x%016llxull, 0x%016llxull, 0x%016llxull, {", static_cast<unsigned long long>(g.text),
                     static_cast<unsigned long long>(g.evidence), static_cast<unsigned long long>(g.cleaned));
        for (int s = 0; s < kSignalCount; ++s)
            std::fprintf(file, "%s%s", s ? ", " : "", floatLiteral(g.values[s]).c_str());
        std::fprintf(file, "}},\n");
    }
    std::fclose(file);
}

} // namespace

class TestQualitySignalsGolden : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsRecorded_data();
    void sameAsRecorded();
};

void TestQualitySignalsGolden::initTestCase()
{
    if (const char* out = std::getenv("ADAPTLAB_QUALITY_GOLDEN_OUT"))
        writeTable(out);
    QCOMPARE(int(std::size(kGolden)), kAllDocuments);
}

void TestQualitySignalsGolden::sameAsRecorded_data()
{
    QTest::addColumn<int>("index");
    for (int d = 0; d < kAllDocuments; ++d)
        QTest::newRow(qPrintable(QStringLiteral("document %1").arg(d))) << d;
}

void TestQualitySignalsGolden::sameAsRecorded()
{
    QFETCH(int, index);
    const std::string text = documentText(index);
    const Golden& expected = kGolden[index];
    QVERIFY2(fingerprint(text) == expected.text, "the generator no longer makes the recorded document");
    const Golden actual = record(index, text);
    for (int s = 0; s < kSignalCount; ++s)
        if (actual.values[s] != expected.values[s])
            QFAIL(qPrintable(QStringLiteral("%1 = %2, recorded %3")
                                 .arg(QLatin1String(signalInfos()[size_t(s)].key))
                                 .arg(double(actual.values[s]), 0, 'g', 9)
                                 .arg(double(expected.values[s]), 0, 'g', 9)));
    QVERIFY2(actual.evidence == expected.evidence, "signalEvidence() differs from the recorded spans");
    QVERIFY2(actual.cleaned == expected.cleaned, "c4CleanLines() differs from the recorded text");
}

QTEST_GUILESS_MAIN(TestQualitySignalsGolden)
#include "tst_quality_signals_golden.moc"
