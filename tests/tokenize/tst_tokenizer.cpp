// The SentencePiece + LibTorch process test (ARCHITECTURE.md, platform fact 1): in one process it
// trains SentencePiece models, encodes and decodes with them, and runs LibTorch ops on the ids.
// Linked into one executable the old way, the two protobufs crash this process at load.
#include "runtime/runtime.h"
#include "tokenize/sentencepiece_tokenizer.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>
#include <string>
#include <thread>
#include <vector>

using adaptlab::tokenize::ModelType;
using adaptlab::tokenize::SentencePieceTokenizer;
using adaptlab::tokenize::Tokenizer;
using adaptlab::tokenize::TokenizerError;
using adaptlab::tokenize::TrainOptions;
using adaptlab::tokenize::withoutTrainingPaths;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(ModelType)
Q_DECLARE_METATYPE(std::string)

namespace {

// splitmix64: a generator whose output is the same on every platform (std:: distributions are not).
class Random {
public:
    explicit Random(uint64_t seed) : state_(seed) {}
    uint64_t next()
    {
        uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    template <size_t N>
    const char* pick(const char* const (&words)[N]) { return words[next() % N]; }

private:
    uint64_t state_;
};

// Varied English-ish sentences with some accented words, so the models see real subword structure
// and a few non-ASCII letters; never any CJK, which must therefore come out as byte tokens.
std::vector<std::string> syntheticCorpus(size_t lines)
{
    static const char* const adjectives[] = {
        "quick", "lazy", "bright", "quiet", "careful", "ancient", "modern", "noisy", "gentle",
        "curious", "distant", "naïve", "small", "enormous", "patient", "clever", "broken",
        "golden", "silent", "sturdy", "fragile", "hungry", "sleepy", "famous", "hidden"};
    static const char* const nouns[] = {
        "fox", "dog", "teacher", "student", "river", "mountain", "library", "computer", "garden",
        "engineer", "model", "corpus", "sentence", "tokenizer", "café", "résumé", "façade",
        "scientist", "village", "harbour", "machine", "pipeline", "window", "network", "jalapeño",
        "bicycle", "lantern", "orchestra", "crème brûlée", "experiment"};
    static const char* const verbs[] = {
        "jumps over", "reads", "writes about", "watches", "builds", "repairs", "describes",
        "measures", "follows", "ignores", "trains", "evaluates", "remembers", "visits",
        "paints", "explains", "collects", "compares", "tokenizes", "celebrates"};
    static const char* const places[] = {
        "Zürich", "São Paulo", "the old town", "the station", "Montréal", "the lab", "Reykjavík",
        "the university", "the market", "Kraków", "the coast", "the forest", "the harbour"};
    static const char* const adverbs[] = {"slowly", "quickly", "happily", "rarely", "often",
                                          "carefully", "suddenly", "quietly", "eagerly"};
    static const char* const ends[] = {".", ".", ".", "!", "?"};

    Random random(20240611);
    std::vector<std::string> corpus;
    corpus.reserve(lines);
    for (size_t i = 0; i < lines; ++i) {
        std::string line;
        switch (random.next() % 4) {
        case 0:
            line = std::string("The ") + random.pick(adjectives) + " " + random.pick(nouns) + " " +
                   random.pick(verbs) + " the " + random.pick(adjectives) + " " +
                   random.pick(nouns) + " in " + random.pick(places) + random.pick(ends);
            break;
        case 1:
            line = std::string("In ") + std::to_string(1900 + random.next() % 125) + ", " +
                   std::to_string(random.next() % 100) + " " + random.pick(nouns) + "s " +
                   random.pick(adverbs) + " " + random.pick(verbs) + " a " +
                   random.pick(nouns) + random.pick(ends);
            break;
        case 2:
            line = std::string("Why does every ") + random.pick(nouns) + " near " +
                   random.pick(places) + " " + random.pick(adverbs) + " visit the " +
                   random.pick(adjectives) + " " + random.pick(nouns) + "?";
            break;
        default:
            line = std::string("A ") + random.pick(adjectives) + " " + random.pick(nouns) +
                   ", a " + random.pick(adjectives) + " " + random.pick(nouns) + ", and " +
                   std::to_string(random.next() % 1000) + " more things " + random.pick(verbs) +
                   " it" + random.pick(ends);
            break;
        }
        corpus.push_back(std::move(line));
    }
    return corpus;
}

void writeLines(const fs::path& file, const std::vector<std::string>& lines)
{
    std::ofstream out(file, std::ios::binary);
    for (const auto& line : lines)
        out << line << '\n';
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

const char* name(ModelType type)
{
    return type == ModelType::Bpe ? "bpe" : "unigram";
}

} // namespace

class TestTokenizer final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::vector<std::string> corpus_;
    std::map<ModelType, fs::path> models_;

    fs::path temp(const std::string& file) const { return fs::path(dir_.path().toStdString()) / file; }

private Q_SLOTS:
    void initTestCase();
    void trainsModels_data();
    void trainsModels();
    void linksTorchButNotSentencePiece();
    void sameInputsAndSeedTrainTheSameModel();
    void roundTrip_data();
    void roundTrip();
    void normalizedRoundTrip_data();
    void normalizedRoundTrip();
    void specialIds_data();
    void specialIds();
    void unseenCharacterBecomesBytes_data();
    void unseenCharacterBecomesBytes();
    void torchOpOnIds_data();
    void torchOpOnIds();
    void concurrentEncodeMatchesSequential_data();
    void concurrentEncodeMatchesSequential();
    void openFindsModelAndFingerprintsContent();
    void loadMissingFileNamesIt();
    void loadGarbageFileNamesIt();
    void decodeOutOfRangeIdFails();
    void trainMissingInputGivesSentencePieceMessage();
    void trainVocabTooLargeIsClear_data();
    void trainVocabTooLargeIsClear();
    void trainRefusesCommaInPath();
    void trainHandlesSpacesInPaths();
    void shimLoadFailureIsReported_data();
    void shimLoadFailureIsReported();
    void shimLoadFailureChild();
};

void TestTokenizer::initTestCase()
{
    QVERIFY(dir_.isValid());
    corpus_ = syntheticCorpus(4000);
    writeLines(temp("corpus.txt"), corpus_);
}

void TestTokenizer::trainsModels_data()
{
    QTest::addColumn<ModelType>("type");
    QTest::newRow("unigram") << ModelType::Unigram;
    QTest::newRow("bpe") << ModelType::Bpe;
}

// Trains the models the later tests use; they skip when this failed.
void TestTokenizer::trainsModels()
{
    QFETCH(ModelType, type);
    TrainOptions options;
    options.inputFiles = {temp("corpus.txt")};
    options.modelPrefix = temp(std::string("sp_") + name(type));
    options.vocabSize = 400;
    options.modelType = type;
    options.byteFallback = true;
    options.characterCoverage = 1.0;
    try {
        SentencePieceTokenizer::train(options);
    } catch (const TokenizerError& e) {
        QFAIL(e.what());
    }
    const fs::path model = options.modelPrefix.string() + ".model";
    QVERIFY(fs::exists(model));
    QVERIFY(fs::exists(options.modelPrefix.string() + ".vocab"));
    const auto tokenizer = SentencePieceTokenizer::load(model);
    QCOMPARE(tokenizer->vocabSize(), 400);
    QCOMPARE(tokenizer->path(), model);
    models_[type] = model;
}

// Training is reproducible: the same inputs, options and seed give the same .model bytes wherever
// it was trained (no input path or prefix kept in it), so the shard cache, keyed by the tokenizer's
// content, serves a retrained tokenizer. Sentences are sampled (1,000 of 4,000) with the seed.
void TestTokenizer::sameInputsAndSeedTrainTheSameModel()
{
    const auto train = [&](const std::string& folder, uint32_t seed) {
        fs::create_directories(temp(folder));
        TrainOptions options;
        options.inputFiles = {temp("corpus.txt")};
        options.modelPrefix = temp(folder) / "model";
        options.vocabSize = 400;
        options.characterCoverage = 0.98;
        options.inputSentenceSize = 1000;
        options.seed = seed;
        SentencePieceTokenizer::train(options);
        std::ifstream in(options.modelPrefix.string() + ".model", std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const std::string first = train("seeded-a", 5), second = train("seeded-b", 5);
    QVERIFY(!first.empty());
    QVERIFY2(first == second, "two trainings with one seed gave different model files");
    // (Another seed samples other sentences, but on this small synthetic corpus the model it
    // learns can come out the same, so no test says it must differ.)
    QVERIFY2(first.find(dir_.path().toStdString()) == std::string::npos, "the model file keeps a path");
    QCOMPARE(SentencePieceTokenizer::load(temp("seeded-a") / "model.model")->vocabSize(), 400);
    // The rewrite keeps a message that is already without paths as it is, and refuses garbage.
    QCOMPARE(withoutTrainingPaths(first), first);
    QVERIFY_THROWS_EXCEPTION(TokenizerError, withoutTrainingPaths(std::string("\x12\xff\xff", 3)));
}

// The process holds LibTorch in the main link namespace and SentencePiece only in the shim's: if
// sentencepiece were linked here, its protobuf would meet LibTorch's.
void TestTokenizer::linksTorchButNotSentencePiece()
{
    Dl_info info{};
    QVERIFY(dladdr(reinterpret_cast<void*>(&at::get_num_threads), &info) != 0);
    QVERIFY2(std::string(info.dli_fname).find("libtorch") != std::string::npos, info.dli_fname);
    QVERIFY(!SentencePieceTokenizer::shimPath().empty()); // loads the shim
    QVERIFY(fs::is_regular_file(SentencePieceTokenizer::shimPath()));
    QCOMPARE(QString::fromStdString(SentencePieceTokenizer::shimPath().filename().string()),
             QStringLiteral("libadaptlab_spm_shim.so"));
    void* sentencepiece = dlopen("libsentencepiece.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (sentencepiece != nullptr)
        dlclose(sentencepiece);
    QVERIFY2(sentencepiece == nullptr, "libsentencepiece is loaded in the main link namespace");
    // Without ADAPTLAB_SPM_SHIM the shim comes from the build tree's lib/, via the ../lib rule.
    if (qEnvironmentVariableIsEmpty("ADAPTLAB_SPM_SHIM") &&
        !qEnvironmentVariableIsEmpty("ADAPTLAB_BUILD_DIR")) {
        const fs::path expected =
            fs::path(qEnvironmentVariable("ADAPTLAB_BUILD_DIR").toStdString()) / "lib" /
            "libadaptlab_spm_shim.so";
        QCOMPARE(fs::weakly_canonical(SentencePieceTokenizer::shimPath()), fs::weakly_canonical(expected));
    }
}

void TestTokenizer::roundTrip_data()
{
    QTest::addColumn<ModelType>("type");
    QTest::addColumn<std::string>("text");
    // Texts are NFKC and single-spaced: SentencePiece's default normalizer would change others.
    const std::pair<const char*, const char*> texts[] = {
        {"ascii", "The quick brown fox jumps over the lazy dog."},
        {"digits", "In 2024, 17 researchers tokenized 3.5 million lines!"},
        {"accented", "The naïve café owner in Zürich ordered crème brûlée."},
        {"cjk", "日本語のテキストと中文文本"},
        {"mixed", "Résumé: 東京 and São Paulo, 42 km/h 🙂"},
        {"unseen_words", "Xylophones quizzically vexed the jubilant wyverns"},
        {"empty", ""},
    };
    for (ModelType type : {ModelType::Unigram, ModelType::Bpe}) {
        for (const auto& [row, text] : texts) {
            QTest::addRow("%s/%s", name(type), row) << type << std::string(text);
        }
    }
}

void TestTokenizer::roundTrip()
{
    QFETCH(ModelType, type);
    QFETCH(std::string, text);
    if (!models_.contains(type))
        QSKIP("model was not trained");
    const auto tokenizer = SentencePieceTokenizer::load(models_.at(type));
    const std::vector<int32_t> ids = tokenizer->encode(text);
    QCOMPARE(ids.empty(), text.empty());
    for (int32_t id : ids) {
        QVERIFY(id >= 0 && id < tokenizer->vocabSize());
        QVERIFY2(!tokenizer->isUnknown(id), "byte fallback should leave no <unk>");
    }
    QCOMPARE(tokenizer->decode(ids), text);

    // Pieces and ids describe the same segmentation.
    const std::vector<std::string> pieces = tokenizer->encodePieces(text);
    QCOMPARE(pieces.size(), ids.size());
    for (size_t i = 0; i < pieces.size(); ++i) {
        QCOMPARE(tokenizer->pieceToId(pieces[i]), ids[i]);
        QCOMPARE(tokenizer->idToPiece(ids[i]), pieces[i]);
    }
}

// Tricky text through SentencePiece's default normalizer (nmt_nfkc: NFKC, control characters
// removed, white space runs folded into one space): decode(encode(text)) is the normalized text,
// written out here by hand from that definition, and nothing else is lost.
void TestTokenizer::normalizedRoundTrip_data()
{
    QTest::addColumn<ModelType>("type");
    QTest::addColumn<std::string>("text");
    QTest::addColumn<std::string>("expected");
    std::string longLine;
    while (longLine.size() < 200000)
        longLine += "the garden kernel river compiler ";
    longLine.pop_back();
    const std::tuple<const char*, std::string, std::string> rows[] = {
        {"combining_mark", "Cafe\xCC\x81 noir", "Caf\xC3\xA9 noir"},                // e + U+0301 -> U+00E9
        {"control_chars", "bell\x07 and\x1B escape", "bell and escape"},               // C0 controls removed
        {"tabs_newlines", "one\ttwo\nthree\r\nfour", "one two three four"},           // folded to one space
        {"emoji_zwj", "family \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 done",
         "family \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 done"},              // ZWJ kept
        {"fullwidth", "\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\x91", "AB1"},                  // NFKC folds width
        {"long_line", longLine, longLine},
    };
    for (ModelType type : {ModelType::Unigram, ModelType::Bpe})
        for (const auto& [row, text, expected] : rows)
            QTest::addRow("%s/%s", name(type), row) << type << text << expected;
}

void TestTokenizer::normalizedRoundTrip()
{
    QFETCH(ModelType, type);
    QFETCH(std::string, text);
    QFETCH(std::string, expected);
    if (!models_.contains(type))
        QSKIP("model was not trained");
    const auto tokenizer = SentencePieceTokenizer::load(models_.at(type));
    const std::vector<int32_t> ids = tokenizer->encode(text);
    for (const int32_t id : ids)
        QVERIFY2(!tokenizer->isUnknown(id), "byte fallback should leave no <unk>");
    QCOMPARE(tokenizer->decode(ids), expected);
}

void TestTokenizer::specialIds_data()
{
    trainsModels_data();
}

void TestTokenizer::specialIds()
{
    QFETCH(ModelType, type);
    if (!models_.contains(type))
        QSKIP("model was not trained");
    const auto tokenizer = SentencePieceTokenizer::load(models_.at(type));
    QCOMPARE(tokenizer->specialIds().unk, 0);
    QCOMPARE(tokenizer->specialIds().bos, 1);
    QCOMPARE(tokenizer->specialIds().eos, 2);
    QCOMPARE(tokenizer->specialIds().pad, 3);
    QCOMPARE(tokenizer->idToPiece(0), std::string("<unk>"));
    QCOMPARE(tokenizer->idToPiece(1), std::string("<s>"));
    QCOMPARE(tokenizer->idToPiece(2), std::string("</s>"));
    QCOMPARE(tokenizer->idToPiece(3), std::string("<pad>"));
    QVERIFY(tokenizer->isUnknown(0));
    QVERIFY(!tokenizer->isUnknown(1));
    QCOMPARE(tokenizer->pieceToId("certainly-not-a-piece"), -1);
    QCOMPARE(tokenizer->pieceToId("<unk>"), 0);
    QVERIFY(tokenizer->isSpecial(1) && tokenizer->isSpecial(2) && !tokenizer->isSpecial(0) && !tokenizer->isSpecial(10));
    QCOMPARE(tokenizer->encodeWithSpecial("river").front(), 1);
    QVERIFY(!tokenizer->isByteFallback(tokenizer->vocabSize())); // out of range is simply "no"
    QVERIFY_THROWS_EXCEPTION(TokenizerError, tokenizer->idToPiece(tokenizer->vocabSize()));
    QVERIFY_THROWS_EXCEPTION(TokenizerError, tokenizer->idToPiece(-1));
}

void TestTokenizer::unseenCharacterBecomesBytes_data()
{
    trainsModels_data();
}

void TestTokenizer::unseenCharacterBecomesBytes()
{
    QFETCH(ModelType, type);
    if (!models_.contains(type))
        QSKIP("model was not trained");
    const auto tokenizer = SentencePieceTokenizer::load(models_.at(type));
    // U+16A0 RUNIC LETTER FEHU, UTF-8 E1 9A A0: nowhere in the corpus.
    const std::string fehu = "\xE1\x9A\xA0";
    const std::vector<int32_t> ids = tokenizer->encode(fehu);
    std::vector<std::string> bytePieces;
    for (int32_t id : ids) {
        if (tokenizer->isByteFallback(id))
            bytePieces.push_back(tokenizer->idToPiece(id));
        else
            QCOMPARE(tokenizer->idToPiece(id), std::string("\xE2\x96\x81")); // "▁", the word start
        QVERIFY(!tokenizer->isUnknown(id));
    }
    const std::vector<std::string> expected = {"<0xE1>", "<0x9A>", "<0xA0>"};
    QCOMPARE(bytePieces, expected);
    QCOMPARE(tokenizer->decode(ids), fehu);
    // A letter from the corpus is not split into bytes.
    for (int32_t id : tokenizer->encode("e"))
        QVERIFY(!tokenizer->isByteFallback(id));
}

void TestTokenizer::torchOpOnIds_data()
{
    trainsModels_data();
}

// LibTorch working in the process that holds the tokenizer: an embedding lookup and a matmul on
// the ids, checked against plain arithmetic.
void TestTokenizer::torchOpOnIds()
{
    QFETCH(ModelType, type);
    if (!models_.contains(type))
        QSKIP("model was not trained");
    const auto tokenizer = SentencePieceTokenizer::load(models_.at(type));
    std::vector<int32_t> ids = tokenizer->encode("The curious engineer tokenizes the corpus.");
    QVERIFY(ids.size() > 2);

    const int64_t vocab = tokenizer->vocabSize();
    constexpr int64_t width = 4;
    // (V, width): row v holds v*width .. v*width+width-1
    const at::Tensor table = at::arange(vocab * width, at::kFloat).reshape({vocab, width});
    const at::Tensor index =
        at::from_blob(ids.data(), {static_cast<int64_t>(ids.size())}, at::kInt).to(at::kLong);
    const at::Tensor rows = at::embedding(table, index);   // (T, width)
    const at::Tensor sums = at::matmul(rows, at::ones({width, 1}, at::kFloat)); // (T, 1)
    QCOMPARE(rows.size(0), static_cast<int64_t>(ids.size()));
    for (size_t t = 0; t < ids.size(); ++t) {
        QCOMPARE(rows[t][1].item<float>(), static_cast<float>(ids[t] * width + 1));
        // sum over j of (id*width + j) = id*width*width + width*(width-1)/2
        const float expected = static_cast<float>(ids[t] * width * width + width * (width - 1) / 2);
        QCOMPARE(sums[t][0].item<float>(), expected);
    }
}

void TestTokenizer::concurrentEncodeMatchesSequential_data()
{
    trainsModels_data();
}

void TestTokenizer::concurrentEncodeMatchesSequential()
{
    QFETCH(ModelType, type);
    if (!models_.contains(type))
        QSKIP("model was not trained");
    const auto tokenizer = SentencePieceTokenizer::load(models_.at(type));
    std::vector<std::string> lines(corpus_.begin(), corpus_.begin() + 400);
    lines.push_back("日本語のテキストと中文文本");
    lines.push_back("\xE1\x9A\xA0 and Résumé 🙂");

    std::vector<std::vector<int32_t>> sequential;
    for (const auto& line : lines)
        sequential.push_back(tokenizer->encode(line));

    constexpr int threadCount = 4;
    constexpr int rounds = 5;
    std::vector<std::vector<std::vector<int32_t>>> results(threadCount);
    std::vector<std::string> failures(threadCount);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            try {
                for (int round = 0; round < rounds; ++round) {
                    results[t].clear();
                    // Each thread walks the lines from a different start, so calls overlap on
                    // different inputs.
                    for (size_t i = 0; i < lines.size(); ++i)
                        results[t].push_back({});
                    for (size_t k = 0; k < lines.size(); ++k) {
                        const size_t i = (k + t * lines.size() / threadCount) % lines.size();
                        results[t][i] = tokenizer->encode(lines[i]);
                    }
                }
            } catch (const std::exception& e) {
                failures[t] = e.what();
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (int t = 0; t < threadCount; ++t) {
        QVERIFY2(failures[t].empty(), failures[t].c_str());
        QCOMPARE(results[t], sequential);
    }
}

// Tokenizer::open takes a .model or a model folder holding tokenizer.model; the fingerprint
// follows the content, not the path.
void TestTokenizer::openFindsModelAndFingerprintsContent()
{
    if (!models_.contains(ModelType::Unigram) || !models_.contains(ModelType::Bpe))
        QSKIP("model was not trained");
    const fs::path folder = temp("model-folder");
    fs::create_directories(folder);
    fs::copy_file(models_.at(ModelType::Unigram), folder / "tokenizer.model", fs::copy_options::overwrite_existing);
    const auto direct = Tokenizer::open(models_.at(ModelType::Unigram));
    const auto fromFolder = Tokenizer::open(folder);
    QCOMPARE(fromFolder->path(), folder / "tokenizer.model");
    QCOMPARE(fromFolder->encode("the quiet river"), direct->encode("the quiet river"));
    QCOMPARE(fromFolder->fingerprint(), direct->fingerprint());
    QCOMPARE(direct->fingerprint().size(), size_t(32));
    QVERIFY(direct->description().find("unigram") != std::string::npos);
    const auto bpe = Tokenizer::open(models_.at(ModelType::Bpe));
    QVERIFY(bpe->fingerprint() != direct->fingerprint());
    QVERIFY(bpe->description().find("BPE") != std::string::npos);
    const std::vector<std::string_view> texts = {"the quiet river", "", "a garden of kernels", "river"};
    const auto batch = bpe->encodeBatch(texts, 3);
    QCOMPARE(batch.size(), texts.size());
    for (size_t i = 0; i < texts.size(); ++i)
        QCOMPARE(batch[i], bpe->encode(texts[i]));
    const std::string message = tokenizerErrorOf([&] { Tokenizer::open(temp("empty-folder-x")); });
    QVERIFY2(message.find("empty-folder-x") != std::string::npos, message.c_str());
}

void TestTokenizer::loadMissingFileNamesIt()
{
    const fs::path missing = temp("does_not_exist.model");
    const std::string message = tokenizerErrorOf([&] { SentencePieceTokenizer::load(missing); });
    qInfo("%s", message.c_str());
    QVERIFY2(message.find(missing.string()) != std::string::npos, message.c_str());
}

void TestTokenizer::loadGarbageFileNamesIt()
{
    const fs::path garbage = temp("garbage.model");
    writeLines(garbage, {"this is not a SentencePiece model", "\x01\x02\x03\xff\xfe"});
    const std::string message = tokenizerErrorOf([&] { SentencePieceTokenizer::load(garbage); });
    qInfo("%s", message.c_str());
    QVERIFY2(message.find(garbage.string()) != std::string::npos, message.c_str());
    QVERIFY2(message.find("not a valid SentencePiece model") != std::string::npos, message.c_str());
}

void TestTokenizer::decodeOutOfRangeIdFails()
{
    if (!models_.contains(ModelType::Unigram))
        QSKIP("model was not trained");
    const auto tokenizer = SentencePieceTokenizer::load(models_.at(ModelType::Unigram));
    const std::string message =
        tokenizerErrorOf([&] { tokenizer->decode(std::vector<int32_t>{5, tokenizer->vocabSize() + 7}); });
    QVERIFY2(message.find("out of range") != std::string::npos, message.c_str());
    QVERIFY2(message.find(models_.at(ModelType::Unigram).string()) != std::string::npos,
             message.c_str());
    QVERIFY_THROWS_EXCEPTION(TokenizerError, tokenizer->decode(std::vector<int32_t>{-1}));
}

void TestTokenizer::trainMissingInputGivesSentencePieceMessage()
{
    TrainOptions options;
    options.inputFiles = {temp("no_such_input.txt")};
    options.modelPrefix = temp("never_written");
    options.vocabSize = 300;
    const std::string message = tokenizerErrorOf([&] { SentencePieceTokenizer::train(options); });
    qInfo("%s", message.c_str());
    QVERIFY2(!message.empty(), "training on a missing file must fail");
    // SentencePiece's own words, which name the file.
    QVERIFY2(message.find("no_such_input.txt") != std::string::npos, message.c_str());
    QVERIFY2(message.find("No such file or directory") != std::string::npos, message.c_str());
    QVERIFY(!fs::exists(temp("never_written.model")));
}

void TestTokenizer::trainVocabTooLargeIsClear_data()
{
    trainsModels_data();
}

void TestTokenizer::trainVocabTooLargeIsClear()
{
    QFETCH(ModelType, type);
    const fs::path tiny = temp(std::string("tiny_") + name(type) + ".txt");
    writeLines(tiny, {"a small corpus", "with very few words", "a small corpus again"});
    TrainOptions options;
    options.inputFiles = {tiny};
    options.modelPrefix = temp(std::string("too_big_") + name(type));
    options.vocabSize = 5000;
    options.modelType = type;
    const std::string message = tokenizerErrorOf([&] { SentencePieceTokenizer::train(options); });
    qInfo("%s", message.c_str());
    QVERIFY2(!message.empty(), "a vocabulary larger than the data allows must fail");
    QVERIFY2(message.find("ocabulary size") != std::string::npos, message.c_str());
    QVERIFY2(message.find("5000") != std::string::npos, message.c_str());
}

void TestTokenizer::trainRefusesCommaInPath()
{
    const fs::path comma = temp("a,b.txt");
    writeLines(comma, corpus_);
    TrainOptions options;
    options.inputFiles = {comma};
    options.modelPrefix = temp("comma");
    const std::string message = tokenizerErrorOf([&] { SentencePieceTokenizer::train(options); });
    QVERIFY2(message.find("comma") != std::string::npos, message.c_str());
    QVERIFY2(message.find(comma.string()) != std::string::npos, message.c_str());
}

// SentencePiece's flag-string parser splits on spaces; the shim's one-flag-per-line form must not.
void TestTokenizer::trainHandlesSpacesInPaths()
{
    const fs::path folder = temp("with space");
    fs::create_directories(folder);
    std::vector<std::string> lines(corpus_.begin(), corpus_.begin() + 1000);
    writeLines(folder / "input file.txt", lines);
    TrainOptions options;
    options.inputFiles = {folder / "input file.txt"};
    options.modelPrefix = folder / "spaced model";
    options.vocabSize = 400;
    options.modelType = ModelType::Bpe;
    options.numThreads = 1;
    try {
        SentencePieceTokenizer::train(options);
    } catch (const TokenizerError& e) {
        QFAIL(e.what());
    }
    const auto tokenizer = SentencePieceTokenizer::load(folder / "spaced model.model");
    QCOMPARE(tokenizer->decode(tokenizer->encode(lines.front())), lines.front());
}

void TestTokenizer::shimLoadFailureIsReported_data()
{
    QTest::addColumn<QString>("shim");
    QTest::addColumn<QString>("expected");
    const QString notALibrary = QString::fromStdString(temp("not_a_library.so").string());
    writeLines(temp("not_a_library.so"), {"plain text, not ELF"});
    QTest::newRow("missing") << QStringLiteral("/nonexistent/libadaptlab_spm_shim.so")
                             << QStringLiteral("not found; tried: /nonexistent/libadaptlab_spm_shim.so");
    QTest::newRow("not a library") << notALibrary << QStringLiteral("dlmopen failed for ") + notALibrary;
    // A real shared library without the shim's functions: libm, surely there.
    Dl_info info{};
    double (*cubeRoot)(double) = &::cbrt;
    QVERIFY(dladdr(reinterpret_cast<void*>(cubeRoot), &info) != 0);
    const QString libm = QString::fromLocal8Bit(info.dli_fname);
    QTest::newRow("wrong library") << libm
                                   << QStringLiteral("dlsym(alspm_abi_version) failed for ") + libm;
}

// The shim is loaded once per process, so each failure runs in a child: this executable again,
// running only shimLoadFailureChild with ADAPTLAB_SPM_SHIM pointing at the bad shim.
void TestTokenizer::shimLoadFailureIsReported()
{
    QFETCH(QString, shim);
    QFETCH(QString, expected);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ADAPTLAB_SPM_SHIM"), shim);
    env.insert(QStringLiteral("ADAPTLAB_TST_SHIM_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("shimLoadFailureChild")});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("SHIM_ERROR: ")), qPrintable(output));
    QVERIFY2(output.contains(expected), qPrintable(output));
}

void TestTokenizer::shimLoadFailureChild()
{
    if (qEnvironmentVariableIsEmpty("ADAPTLAB_TST_SHIM_CHILD"))
        QSKIP("runs only as the child of shimLoadFailureIsReported");
    // Both calls must fail: a failed load is not cached as success.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const std::string message = tokenizerErrorOf([] { SentencePieceTokenizer::shimPath(); });
        QVERIFY2(!message.empty(), "loading a bad shim must throw TokenizerError");
        qInfo("SHIM_ERROR: %s", message.c_str());
    }
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
