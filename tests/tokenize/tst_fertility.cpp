// Fertility, coverage and the vocabulary-gap list on tokenizers whose output can be worked out by
// hand: SentencePiece BPE models trained here with a vocabulary of exactly their alphabet (a-z, 0
// and the word marker ▁), so no merge is learnt and every word is "▁" + one piece per character;
// a character outside the alphabet becomes its UTF-8 bytes (byte fallback) or, without byte
// fallback, <unk> (a run of them fused into one). The expected numbers come from that rule
// (charModelTokens), written without the tokenizer, and from literal hand counts.
#include "tokenize/fertility.h"
#include "tokenize/sentencepiece_tokenizer.h"
#include "tokenize/vocab_gap.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace adaptlab::tokenize;
namespace fs = std::filesystem;

namespace {

bool inAlphabet(char32_t c) { return (c >= 'a' && c <= 'z') || c == '0'; }

// The reference: tokens of TEXT under a character-level model (the rule in the header comment).
struct Reference {
    int64_t tokens = 0, fallbackTokens = 0, fallbackCharacters = 0, unknownTokens = 0, unknownCharacters = 0;
};
Reference charModelTokens(const std::u32string& text, bool byteFallback)
{
    Reference r;
    bool inWord = false, inUnknown = false;
    for (const char32_t c : text) {
        if (c == ' ') {
            inWord = inUnknown = false;
            continue;
        }
        if (!inWord)
            ++r.tokens; // ▁
        inWord = true;
        if (inAlphabet(c)) {
            ++r.tokens;
            inUnknown = false;
        } else if (byteFallback) {
            const int bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            r.tokens += bytes;
            r.fallbackTokens += bytes;
            ++r.fallbackCharacters;
        } else {
            if (!inUnknown) {
                ++r.tokens;
                ++r.unknownTokens;
            }
            inUnknown = true;
            ++r.unknownCharacters;
        }
    }
    return r;
}

std::string utf8Of(const std::u32string& text)
{
    std::string out;
    for (const char32_t c : text) {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

} // namespace

class TestFertility final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<SentencePieceTokenizer> bytes_;   // byte fallback
    std::unique_ptr<SentencePieceTokenizer> unknown_; // <unk> instead

    std::unique_ptr<SentencePieceTokenizer> trainCharModel(const std::string& name, bool byteFallback)
    {
        const fs::path text = fs::path(dir_.path().toStdString()) / "alphabet.txt";
        std::ofstream(text) << "a b c d e f g h i j k l m n o p q r s t u v w x y z 0\n"
                               "the quick brown fox jumps over the lazy dog 0\n";
        TrainOptions options;
        options.inputFiles = {text};
        options.modelPrefix = fs::path(dir_.path().toStdString()) / name;
        options.modelType = ModelType::Bpe;
        options.characterCoverage = 1.0;
        options.byteFallback = byteFallback;
        // 4 meta pieces + 28 characters (+ 256 bytes): no room for a single merge.
        options.vocabSize = 32 + (byteFallback ? 256 : 0);
        options.numThreads = 1;
        SentencePieceTokenizer::train(options);
        return SentencePieceTokenizer::load(options.modelPrefix.string() + ".model");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        bytes_ = trainCharModel("bytes", true);
        unknown_ = trainCharModel("unknown", false);
        // The premise of every expectation below.
        QCOMPARE(bytes_->encodePieces("the dog"), (std::vector<std::string>{"▁", "t", "h", "e", "▁", "d", "o", "g"}));
    }

    void countsText()
    {
        const TextCounts a = countText("  a\tb\n\nc,  ");
        QCOMPARE(a.words, int64_t(3));
        QCOMPARE(a.bytes, int64_t(11));
        QCOMPARE(a.characters, int64_t(11));
        const TextCounts b = countText("東京は 晴れ. café");
        QCOMPARE(b.words, int64_t(3));
        QCOMPARE(b.characters, int64_t(12));
        QCOMPARE(b.bytes, int64_t(3 * 5 + 2 + 1 + 5)); // five CJK/kana, two spaces, ".", "café"
        QCOMPARE(b.noSpaceScriptCharacters, int64_t(5));
        QCOMPARE(countText("\xff" "a").characters, int64_t(2)); // an invalid byte is one character
        QCOMPARE(countWords(" - end. "), int64_t(2));
    }

    void trimsPunctuation()
    {
        QCOMPARE(trimPunctuation("(hyper-parameter),"), std::string_view("hyper-parameter"));
        QCOMPARE(trimPunctuation("«naïve»…"), std::string_view("naïve"));
        QCOMPARE(trimPunctuation("..."), std::string_view(""));
        QCOMPARE(trimPunctuation("don't"), std::string_view("don't"));
        QCOMPARE(trimPunctuation("東京。"), std::string_view("東京"));
    }

    void fertilityByHand()
    {
        FertilityCounter counter(*bytes_, 1);
        const std::vector<std::string_view> docs = {"the dog, é東", "zebra 0 quiz"};
        counter.add(docs);
        const FertilityStats& s = counter.stats();
        // "▁ t h e ▁ d o g <0x2C> ▁ <0xC3> <0xA9> <0xE6> <0x9D> <0xB1>" and "▁ z e b r a ▁ 0 ▁ q u i z"
        QCOMPARE(s.documents, int64_t(2));
        QCOMPARE(s.tokens, int64_t(15 + 13));
        QCOMPARE(s.words, int64_t(6));
        QCOMPARE(s.bytes, int64_t(14 + 12));
        QCOMPARE(s.characters, int64_t(11 + 12));
        QCOMPARE(s.byteFallbackTokens, int64_t(6));
        QCOMPARE(s.byteFallbackCharacters, int64_t(3)); // ",", "é", "東"
        QCOMPARE(s.unknownCharacters, int64_t(0));
        QCOMPARE(s.noSpaceScriptCharacters, int64_t(1));
        QCOMPARE(s.tokensPerWord(), 28.0 / 6.0);
        QCOMPARE(s.tokensPerByte(), 28.0 / 26.0);
        QCOMPARE(s.byteFallbackShare(), 3.0 / 23.0);
    }

    void unknownCharacters()
    {
        FertilityCounter counter(*unknown_, 1);
        const std::vector<std::string_view> docs = {"ab é東 b", "東東 a"};
        counter.add(docs);
        const FertilityStats& s = counter.stats();
        // "▁ a b ▁ <unk> ▁ b" (é東 fused into one <unk>) and "▁ <unk> ▁ a"
        QCOMPARE(s.tokens, int64_t(7 + 4));
        QCOMPARE(s.unknownTokens, int64_t(2));
        QCOMPARE(s.unknownCharacters, int64_t(4));
        QCOMPARE(s.characters, int64_t(7 + 4));
        QCOMPARE(s.unknownShare(), 4.0 / 11.0);
        QCOMPARE(s.byteFallbackCharacters, int64_t(0));
    }

    // Many generated documents on all cores against the reference rule, for both models.
    void matchesReferenceOnGeneratedText()
    {
        const std::u32string alphabet = U"abcdefghijklmnopqrstuvwxyz0 ,é東😀ßA";
        uint64_t state = 12345;
        auto next = [&] { state = state * 6364136223846793005ULL + 1442695040888963407ULL; return state >> 33; };
        std::vector<std::u32string> texts;
        for (int d = 0; d < 300; ++d) {
            std::u32string text;
            const size_t length = 1 + next() % 60;
            for (size_t k = 0; k < length; ++k)
                text += alphabet[next() % alphabet.size()];
            texts.push_back(text);
        }
        std::vector<std::string> utf8;
        for (const auto& t : texts)
            utf8.push_back(utf8Of(t));
        const std::vector<std::string_view> views(utf8.begin(), utf8.end());
        for (const bool byteFallback : {true, false}) {
            Reference expected;
            int64_t characters = 0, words = 0;
            for (const auto& t : texts) {
                const Reference r = charModelTokens(t, byteFallback);
                expected.tokens += r.tokens;
                expected.fallbackCharacters += r.fallbackCharacters;
                expected.unknownCharacters += r.unknownCharacters;
                expected.unknownTokens += r.unknownTokens;
                characters += static_cast<int64_t>(t.size());
                words += countWords(utf8Of(t));
            }
            FertilityCounter parallel(byteFallback ? *bytes_ : *unknown_, 4);
            parallel.add(views);
            const FertilityStats& s = parallel.stats();
            QCOMPARE(s.tokens, expected.tokens);
            QCOMPARE(s.characters, characters);
            QCOMPARE(s.words, words);
            QCOMPARE(s.byteFallbackCharacters, expected.fallbackCharacters);
            QCOMPARE(s.unknownCharacters, expected.unknownCharacters);
            QCOMPARE(s.unknownTokens, expected.unknownTokens);
            QVERIFY(std::abs(s.tokensPerWord() - double(expected.tokens) / double(words)) < 1e-12);
            // One thread gives the same counts.
            FertilityCounter serial(byteFallback ? *bytes_ : *unknown_, 1);
            serial.add(views);
            QCOMPARE(serial.stats().tokens, s.tokens);
            QCOMPARE(serial.stats().unknownCharacters, s.unknownCharacters);
        }
    }

    void gapListOrderAndSplits()
    {
        WordCounter words;
        words.add("ab ab ab ab ab (abba, abba abba.");
        words.add("b b b b b");
        QVERIFY(words.exact());
        QCOMPARE(words.totalWords(), int64_t(13));
        const auto gap = vocabularyGap(words, *bytes_, 10, 2);
        // ab: 5 x 3 = 15, abba: 3 x 5 = 15 (fewer occurrences: after ab), b: 5 x 2 = 10.
        QCOMPARE(gap.size(), size_t(3));
        QCOMPARE(gap[0].word, std::string("ab"));
        QCOMPARE(gap[0].count, int64_t(5));
        QCOMPARE(gap[0].tokens, int64_t(15));
        QCOMPARE(gap[0].pieces, (std::vector<std::string>{"▁", "a", "b"}));
        QCOMPARE(gap[1].word, std::string("abba"));
        QCOMPARE(gap[1].count, int64_t(3));
        QCOMPARE(gap[1].pieces, (std::vector<std::string>{"▁", "a", "b", "b", "a"}));
        QCOMPARE(gap[2].word, std::string("b"));
        QCOMPARE(gap[2].tokens, int64_t(10));
        QCOMPARE(vocabularyGap(words, *bytes_, 2).size(), size_t(2));
        // A character outside the alphabet costs its bytes.
        WordCounter other;
        other.add("東 東");
        const auto cjk = vocabularyGap(other, *bytes_, 5);
        QCOMPARE(cjk.size(), size_t(1));
        QCOMPARE(cjk[0].pieces, (std::vector<std::string>{"▁", "<0xE6>", "<0x9D>", "<0xB1>"}));
        QCOMPARE(cjk[0].tokens, int64_t(8));
    }

    void wordCounterStaysBounded()
    {
        // A word that keeps recurring among 200 others seen once each, with room for 8.
        WordCounter words(8);
        for (int i = 0; i < 200; ++i) {
            words.addWord("frequent");
            words.addWord("rare" + std::to_string(i));
            QVERIFY(words.counts().size() <= 8);
        }
        QVERIFY(!words.exact());
        QCOMPARE(words.counts().at("frequent").count, int64_t(200)); // never dropped, so exact
        QCOMPARE(words.totalWords(), int64_t(400));
        // Every count kept is low by at most the floor (a rare word's true count is 1).
        for (const auto& [word, entry] : words.counts())
            QVERIFY(entry.count <= 200 && entry.count + words.maxUndercount() >= 1);
        QVERIFY(words.maxUndercount() >= 1);
    }
};

QTEST_APPLESS_MAIN(TestFertility)
#include "tst_fertility.moc"
