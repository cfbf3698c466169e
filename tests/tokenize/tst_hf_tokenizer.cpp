// HfTokenizer (tokenizer.json) against the independent reference: tests/tokenize/hf_bpe_reference.py
// made the fixture tokenizers under tests/fixtures/tokenizers/ and wrote, in each folder's
// expected.json, the ids, the ids with specials and the decoded bytes it computes for a list of
// tricky texts (emoji, CJK, combining marks, controls, \r\n runs, digits, contractions, a long line,
// special tokens, invalid UTF-8). The ctest entry tst_hf_bpe_reference proves those files are what
// the reference writes. Here: the same numbers from the C++ code, plus configuration, metadata and
// every bad-input fixture.
#include "tokenize/hf_tokenizer.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

using adaptlab::tokenize::HfTokenizer;
using adaptlab::tokenize::Tokenizer;
using adaptlab::tokenize::TokenizerError;
using adaptlab::tokenize::TokenizerKind;
namespace fs = std::filesystem;
using nlohmann::json;

Q_DECLARE_METATYPE(std::string)
Q_DECLARE_METATYPE(std::vector<int32_t>)

namespace {

const char* const kFixtures[] = {"gpt2", "gpt2-prefix-space", "llama3", "qwen2", "smollm", "bytefallback"};

fs::path fixtures()
{
    return fs::path(qEnvironmentVariable("ADAPTLAB_SOURCE_DIR").toStdString()) / "tests" / "fixtures" / "tokenizers";
}

json readJson(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return json::parse(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
}

std::string fromHex(const std::string& hex)
{
    std::string out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return out;
}

template <typename Body>
std::string tokenizerErrorOf(Body&& body)
{
    try {
        body();
    } catch (const TokenizerError& e) {
        return e.what();
    }
    return {};
}

// One tokenizer per fixture for the whole run: loading is what the other tests check.
const HfTokenizer& loaded(const std::string& name)
{
    static std::map<std::string, std::unique_ptr<HfTokenizer>> cache;
    auto& slot = cache[name];
    if (!slot)
        slot = HfTokenizer::load(fixtures() / name / "tokenizer.json");
    return *slot;
}

} // namespace

class TestHfTokenizer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodesLikeReference_data();
    void encodesLikeReference();
    void decodesLikeReference_data();
    void decodesLikeReference();
    void roundTripsText_data();
    void roundTripsText();
    void openPicksTokenizerJsonInFolder();
    void readsTokenizerConfig();
    void specialAndByteFallbackIds();
    void ignoreMergesKeepsWholeWords();
    void pieceScoreIsMinusMergeOrder();
    void piecesAndIdsAgree();
    void batchMatchesSequential();
    void fingerprintFollowsContent();
    void badInput_data();
    void badInput();
};

void TestHfTokenizer::encodesLikeReference_data()
{
    QTest::addColumn<std::string>("fixture");
    QTest::addColumn<std::string>("text");
    QTest::addColumn<std::vector<int32_t>>("ids");
    QTest::addColumn<std::vector<int32_t>>("withSpecial");
    for (const char* fixture : kFixtures) {
        const json expected = readJson(fixtures() / fixture / "expected.json");
        for (const json& c : expected.at("cases")) {
            const std::string row = std::string(fixture) + "/" + c.at("name").get<std::string>();
            QTest::newRow(row.c_str()) << std::string(fixture) << fromHex(c.at("hex").get<std::string>())
                                       << c.at("ids").get<std::vector<int32_t>>()
                                       << c.at("with_special").get<std::vector<int32_t>>();
        }
    }
}

void TestHfTokenizer::encodesLikeReference()
{
    QFETCH(std::string, fixture);
    QFETCH(std::string, text);
    QFETCH(std::vector<int32_t>, ids);
    QFETCH(std::vector<int32_t>, withSpecial);
    const HfTokenizer& tokenizer = loaded(fixture);
    const std::vector<int32_t> got = tokenizer.encode(text);
    if (got != ids) {
        // Name the first difference: an id list of thousands is unreadable in a QCOMPARE message.
        size_t i = 0;
        while (i < got.size() && i < ids.size() && got[i] == ids[i])
            ++i;
        QFAIL(qPrintable(QStringLiteral("first difference at %1: got %2 (%3 ids), reference %4 (%5 ids)")
                             .arg(i)
                             .arg(i < got.size() ? QString::number(got[i]) : QStringLiteral("end"))
                             .arg(got.size())
                             .arg(i < ids.size() ? QString::number(ids[i]) : QStringLiteral("end"))
                             .arg(ids.size())));
    }
    QCOMPARE(tokenizer.encodeWithSpecial(text), withSpecial);
}

void TestHfTokenizer::decodesLikeReference_data()
{
    QTest::addColumn<std::string>("fixture");
    QTest::addColumn<std::vector<int32_t>>("ids");
    QTest::addColumn<std::string>("decoded");
    for (const char* fixture : kFixtures) {
        const json expected = readJson(fixtures() / fixture / "expected.json");
        for (const json& c : expected.at("cases")) {
            const std::string row = std::string(fixture) + "/" + c.at("name").get<std::string>();
            QTest::newRow(row.c_str()) << std::string(fixture) << c.at("ids").get<std::vector<int32_t>>()
                                       << fromHex(c.at("decoded_hex").get<std::string>());
        }
        int n = 0;
        for (const json& c : expected.at("decode_cases")) {
            const std::string row = std::string(fixture) + "/lossy-" + std::to_string(n++);
            QTest::newRow(row.c_str()) << std::string(fixture) << c.at("ids").get<std::vector<int32_t>>()
                                       << fromHex(c.at("decoded_hex").get<std::string>());
        }
    }
}

void TestHfTokenizer::decodesLikeReference()
{
    QFETCH(std::string, fixture);
    QFETCH(std::vector<int32_t>, ids);
    QFETCH(std::string, decoded);
    QCOMPARE(loaded(fixture).decode(ids), decoded);
}

void TestHfTokenizer::roundTripsText_data()
{
    // Byte-level BPE without a normalizer loses nothing: decode(encode(text)) is the text. (Qwen2's
    // NFC and the byte-fallback fixture's <unk> are checked against the reference above instead.)
    QTest::addColumn<std::string>("fixture");
    QTest::addColumn<std::string>("text");
    for (const char* fixture : {"gpt2", "llama3", "smollm"}) {
        const json expected = readJson(fixtures() / fixture / "expected.json");
        for (const json& c : expected.at("cases")) {
            if (c.at("name") == "invalid-utf8")
                continue;
            const std::string row = std::string(fixture) + "/" + c.at("name").get<std::string>();
            QTest::newRow(row.c_str()) << std::string(fixture) << fromHex(c.at("hex").get<std::string>());
        }
    }
}

void TestHfTokenizer::roundTripsText()
{
    QFETCH(std::string, fixture);
    QFETCH(std::string, text);
    const HfTokenizer& tokenizer = loaded(fixture);
    QCOMPARE(tokenizer.decode(tokenizer.encode(text)), text);
}

void TestHfTokenizer::openPicksTokenizerJsonInFolder()
{
    const std::unique_ptr<Tokenizer> tokenizer = Tokenizer::open(fixtures() / "llama3");
    QCOMPARE(tokenizer->kind(), TokenizerKind::HuggingFace);
    QCOMPARE(tokenizer->path(), fixtures() / "llama3" / "tokenizer.json");
    QCOMPARE(tokenizer->description(), std::string("byte-level BPE (tokenizer.json)"));
    QCOMPARE(Tokenizer::open(fixtures() / "bytefallback" / "tokenizer.json")->description(),
             std::string("BPE (tokenizer.json)"));
}

void TestHfTokenizer::readsTokenizerConfig()
{
    const HfTokenizer& llama = loaded("llama3");
    QVERIFY(llama.hasConfig());
    const json config = readJson(fixtures() / "llama3" / "tokenizer_config.json");
    QCOMPARE(llama.chatTemplate(), config.at("chat_template").get<std::string>());
    // bos_token as a string, eos_token as an AddedToken object.
    QCOMPARE(llama.specialIds().bos, llama.pieceToId("<|begin_of_text|>"));
    QCOMPARE(llama.specialIds().eos, llama.pieceToId("<|eot_id|>"));
    QVERIFY(llama.specialIds().bos >= 0);
    QVERIFY(llama.specialIds().eos >= 0);

    // A list of named templates: the "default" one, wherever it stands.
    const HfTokenizer& qwen = loaded("qwen2");
    QCOMPARE(qwen.chatTemplate(), std::string("{% for m in messages %}<|im_start|>{{ m.content }}<|im_end|>{% endfor %}"));
    QCOMPARE(qwen.specialIds().bos, -1); // bos_token: null
    QCOMPARE(qwen.specialIds().eos, qwen.pieceToId("<|im_end|>"));
    QCOMPARE(qwen.specialIds().pad, qwen.pieceToId("<|endoftext|>"));
    QCOMPARE(qwen.config().addEosToken, std::optional<bool>(true));

    // No config beside it: nothing invented.
    const HfTokenizer& plain = loaded("gpt2-prefix-space");
    QVERIFY(!plain.hasConfig());
    QCOMPARE(plain.chatTemplate(), std::string());
    QCOMPARE(plain.specialIds().bos, -1);
    QCOMPARE(plain.specialIds().eos, -1);
}

void TestHfTokenizer::specialAndByteFallbackIds()
{
    const HfTokenizer& llama = loaded("llama3");
    QVERIFY(llama.isSpecial(llama.pieceToId("<|begin_of_text|>")));
    QVERIFY(llama.isSpecial(llama.pieceToId("<|reserved_special_token_3|>")));
    QVERIFY(!llama.isSpecial(llama.pieceToId("[[lab]]"))); // added, not special
    QVERIFY(!llama.isSpecial(llama.pieceToId("a")));
    QVERIFY(!llama.isByteFallback(llama.pieceToId("a")));
    QCOMPARE(llama.specialIds().unk, -1);

    const HfTokenizer& fallback = loaded("bytefallback");
    const int32_t e4 = fallback.pieceToId("<0xE4>");
    QVERIFY(e4 >= 0);
    QVERIFY(fallback.isByteFallback(e4));
    QVERIFY(!fallback.isByteFallback(fallback.pieceToId("e")));
    QCOMPARE(fallback.specialIds().unk, fallback.pieceToId("<unk>"));
    QVERIFY(fallback.isUnknown(fallback.pieceToId("<unk>")));
    QVERIFY(!fallback.isUnknown(e4));
    // 中 is E4 B8 AD: three byte pieces; 😀 starts with F0, which has no byte piece: <unk>.
    const std::vector<int32_t> ids = fallback.encode("\xE4\xB8\xAD");
    QCOMPARE(ids.size(), size_t(3));
    QCOMPARE(ids[0], e4);
    const std::vector<int32_t> emoji = fallback.encode("\xF0\x9F\x98\x80\xF0\x9F\x98\x80");
    QCOMPARE(emoji, std::vector<int32_t>{fallback.pieceToId("<unk>")}); // fused into one
}

void TestHfTokenizer::ignoreMergesKeepsWholeWords()
{
    // The reference put whole words into the Llama 3 fixture's vocabulary that no merge makes;
    // with ignore_merges each of them is one id, where merging alone gives several.
    const json spec = readJson(fixtures() / "llama3" / "tokenizer.json");
    std::set<std::string> made;
    for (const json& merge : spec.at("model").at("merges"))
        made.insert(merge.at(0).get<std::string>() + merge.at(1).get<std::string>());
    const HfTokenizer& llama = loaded("llama3");
    int whole = 0;
    for (const auto& [piece, id] : spec.at("model").at("vocab").items()) {
        if (id.get<int32_t>() < 256 || made.count(piece) != 0)
            continue;
        const std::string text = llama.decode(std::vector<int32_t>{id.get<int32_t>()});
        QCOMPARE(llama.encode(text), std::vector<int32_t>{id.get<int32_t>()});
        QCOMPARE(llama.pieceScore(id.get<int32_t>()), 0.0F);
        ++whole;
    }
    QVERIFY2(whole >= 3, "the fixture should hold words that only ignore_merges reaches");
}

void TestHfTokenizer::pieceScoreIsMinusMergeOrder()
{
    const json spec = readJson(fixtures() / "gpt2" / "tokenizer.json");
    const json& merges = spec.at("model").at("merges");
    const HfTokenizer& gpt2 = loaded("gpt2");
    for (const size_t rank : {size_t(0), size_t(1), size_t(17), merges.size() - 1}) {
        const std::string merge = merges.at(rank).get<std::string>();
        const std::string piece = merge.substr(0, merge.find(' ')) + merge.substr(merge.find(' ') + 1);
        QCOMPARE(gpt2.pieceScore(gpt2.pieceToId(piece)), -static_cast<float>(rank + 1));
    }
    QCOMPARE(gpt2.pieceScore(gpt2.pieceToId("a")), 0.0F);
    QCOMPARE(gpt2.pieceScore(gpt2.pieceToId("<|endoftext|>")), 0.0F);
}

void TestHfTokenizer::piecesAndIdsAgree()
{
    const HfTokenizer& llama = loaded("llama3");
    for (int32_t id = 0; id < llama.vocabSize(); ++id)
        QCOMPARE(llama.pieceToId(llama.idToPiece(id)), id);
    QCOMPARE(llama.pieceToId("no such piece"), -1);
    const std::string error = tokenizerErrorOf([&] { llama.idToPiece(llama.vocabSize()); });
    QVERIFY2(error.find("outside the vocabulary") != std::string::npos, error.c_str());
    QVERIFY(tokenizerErrorOf([&] { llama.decode(std::vector<int32_t>{-1}); }).find("-1") != std::string::npos);
    // encodePieces spells the pieces as idToPiece does.
    const std::vector<std::string> pieces = llama.encodePieces("Hello world");
    const std::vector<int32_t> ids = llama.encode("Hello world");
    QCOMPARE(pieces.size(), ids.size());
    for (size_t i = 0; i < ids.size(); ++i)
        QCOMPARE(pieces[i], llama.idToPiece(ids[i]));
}

void TestHfTokenizer::batchMatchesSequential()
{
    std::vector<std::string> texts;
    for (const char* fixture : kFixtures) {
        for (const json& c : readJson(fixtures() / fixture / "expected.json").at("cases"))
            texts.push_back(fromHex(c.at("hex").get<std::string>()));
    }
    std::vector<std::string_view> views(texts.begin(), texts.end());
    for (const char* fixture : {"llama3", "qwen2"}) {
        const HfTokenizer& tokenizer = loaded(fixture);
        const auto batch = tokenizer.encodeBatch(views, 4);
        QCOMPARE(batch.size(), texts.size());
        for (size_t i = 0; i < texts.size(); ++i)
            QCOMPARE(batch[i], tokenizer.encode(texts[i]));
    }
}

void TestHfTokenizer::fingerprintFollowsContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path copy = fs::path(dir.path().toStdString()) / "copy";
    fs::copy(fixtures() / "llama3", copy);
    const std::unique_ptr<Tokenizer> original = Tokenizer::open(fixtures() / "llama3");
    QCOMPARE(original->fingerprint().size(), size_t(32));
    QCOMPARE(Tokenizer::open(copy)->fingerprint(), original->fingerprint());
    // tokenizer_config.json decides BOS/EOS: a change there is another tokenizer.
    {
        std::ofstream out(copy / "tokenizer_config.json", std::ios::app);
        out << "\n";
    }
    const std::string edited = Tokenizer::open(copy)->fingerprint();
    QVERIFY(edited != original->fingerprint());
    fs::remove(copy / "tokenizer_config.json");
    const std::string alone = Tokenizer::open(copy)->fingerprint();
    QVERIFY(alone != edited);
    QVERIFY(alone != original->fingerprint());
}

void TestHfTokenizer::badInput_data()
{
    QTest::addColumn<std::string>("file");
    QTest::addColumn<std::string>("expected");
    const auto row = [](const char* file, const char* expected) {
        QTest::newRow(file) << std::string(file) << std::string(expected);
    };
    row("truncated.json", "not valid JSON at line");
    row("empty.json", "not valid JSON at line 1, column 1 (byte 0)");
    row("garbage.json", "not valid JSON at line 1");
    row("not-object.json", ": / must be an object");
    row("number-overflow.json", ": not valid JSON: ");
    row("wordpiece.json", ": /model/type \"WordPiece\" is not supported");
    row("unigram.json", ": /model/type \"Unigram\" is not supported");
    row("bert-normalizer.json", ": /normalizer/type \"BertNormalizer\" is not supported");
    row("metaspace.json", ": /pre_tokenizer/type \"Metaspace\" is not supported");
    row("split-merged.json", ": /pre_tokenizer/behavior \"MergedWithPrevious\" is not supported");
    row("bad-regex.json", ": /pre_tokenizer/pattern/Regex is not a pattern PCRE2 can compile");
    row("missing-vocab.json", ": /model/vocab is missing");
    row("vocab-wrong-type.json", ": /model/vocab/a must be a token id");
    row("merges-wrong-type.json", ": /model/merges/3 must be \"a b\" or [\"a\", \"b\"]");
    row("merge-not-in-vocab.json", ": /model/merges/4 names \"zz\", which is not in /model/vocab");
    row("dropout.json", ": /model/dropout must be null");
    row("lstrip.json", ": /added_tokens/0/lstrip must be false");
    row("added-token-no-id.json", ": /added_tokens/0/id is missing");
    row("decoder-metaspace.json", ": /decoder/type \"Metaspace\" is not supported");
    row("roberta-processing.json", ": /post_processor/type \"RobertaProcessing\" is not supported");
    row("wordpiece-prefix.json", ": /model/continuing_subword_prefix must be null or empty");
    row("huge-id.json", ": /model/vocab/a is id 2000000000, far beyond the");
    row("template-unknown-id.json", ": /post_processor/special_tokens/<s>/ids/0 is id 99999, which no piece has");
    row("config-bad-bos/tokenizer.json", "tokenizer_config.json: /bos_token must be a string");
    row("no-such-file.json", "no such file");
}

void TestHfTokenizer::badInput()
{
    QFETCH(std::string, file);
    QFETCH(std::string, expected);
    const fs::path path = fixtures() / "bad" / file;
    const std::string error = tokenizerErrorOf([&] { Tokenizer::open(path); });
    QVERIFY2(!error.empty(), "no TokenizerError");
    QVERIFY2(error.find(expected) != std::string::npos, error.c_str());
    // The message names the file it is about.
    const std::string named = file.starts_with("config-bad-bos") ? (path.parent_path() / "tokenizer_config.json").string()
                                                                  : path.string();
    QVERIFY2(error.find(named) != std::string::npos, error.c_str());
}

QTEST_GUILESS_MAIN(TestHfTokenizer)
#include "tst_hf_tokenizer.moc"
