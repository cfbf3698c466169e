// GGUF export (core/model/gguf.h) read back by an independent reader written from the GGUF
// specification (gguf_reader.py, Debian's python3 with numpy, as a child process): tiny Llama
// folders (GQA, a head_dim other than hidden/heads, Llama-3 rope scaling, tied embeddings, f32/bf16
// sources) with a SentencePiece model trained here and the tokenizer.json fixtures, exported F32 and
// F16. The reader checks every metadata key the file has against config.json and the tokenizer files
// and every tensor against the source (q/k permuted as llama.cpp's converter permutes them, F16 as
// numpy rounds); here the keys are compared with what the C++ tokenizer says, and the file's key set
// with the one llama.cpp reads. The files then run: gguf_reader.py computes logits from a file alone
// the way llama.cpp's llama graph does (rope on neighbouring pairs of the permuted rows, rope_freqs)
// and they match llama_reference.py's logits (Hugging Face's definition) for every reference case.
// Bad inputs are refused naming the folder or file, leaving no file.
#include "model/gguf.h"
#include "model/gguf_vocab.h"
#include "model/llama_config.h"
#include "model/safetensors.h"
#include "tokenize/sentencepiece_tokenizer.h"
#include "tokenize/tokenizer.h"

#include "reference_support.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

using namespace adaptlab;
using namespace adaptlab::model;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const fs::path kTokenizers = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers";
const QString kReader = QStringLiteral(ADAPTLAB_SOURCE_DIR "/tests/model/gguf_reader.py");

struct ModelSpec {
    int64_t vocabSize = 0;
    int64_t hidden = 32;
    int64_t heads = 4;
    int64_t kvHeads = 2;
    int64_t headDim = 0;
    int64_t layers = 2;
    bool tied = false;
    bool llama3Scaling = false;
    DType dtype = DType::F32;
    bool edgeValues = false; // values that test f16 rounding (ties, subnormals, overflow)
};

LlamaConfig configOf(const ModelSpec& spec)
{
    LlamaConfig config;
    config.vocabSize = spec.vocabSize;
    config.hiddenSize = spec.hidden;
    config.intermediateSize = 48;
    config.numHiddenLayers = spec.layers;
    config.numAttentionHeads = spec.heads;
    config.numKeyValueHeads = spec.kvHeads;
    config.headDim = spec.headDim;
    config.maxPositionEmbeddings = 256;
    config.rmsNormEps = 1e-5;
    config.ropeTheta = 500000.0;
    config.tieWordEmbeddings = spec.tied;
    if (spec.llama3Scaling) {
        RopeScaling scaling;
        scaling.factor = 8.0;
        scaling.originalMaxPositionEmbeddings = 64; // small, so the tiny head dims reach all three bands
        config.ropeScaling = scaling;
    }
    return config;
}

uint64_t nextRandom(uint64_t& state)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

// config.json and model.safetensors with deterministic values in [-1, 1) (different per tensor).
void writeModel(const fs::path& folder, const ModelSpec& spec)
{
    fs::create_directories(folder);
    const LlamaConfig config = configOf(spec);
    std::ofstream(folder / "config.json") << config.toJson().dump(2);
    std::vector<std::string> storage;
    std::vector<TensorToWrite> tensors;
    const auto shapes = config.tensorShapes();
    storage.reserve(shapes.size());
    uint64_t state = 0x9e3779b97f4a7c15ULL;
    for (const auto& [name, shape] : shapes) {
        uint64_t count = 1;
        for (const int64_t size : shape)
            count *= uint64_t(size);
        std::vector<float> values(count);
        for (float& value : values)
            value = float(int64_t(nextRandom(state) % 20001) - 10000) / 10000.0f;
        if (spec.edgeValues && name == "model.layers.0.mlp.up_proj.weight") {
            // Ties at both ends of the half range, the subnormal edge, overflow, signed zero.
            const float edge[] = {65504.0f, 65519.0f, 65520.0f, 1e6f, -70000.0f, std::ldexp(1.0f, -24),
                                  std::ldexp(1.0f, -25), std::ldexp(3.0f, -26), std::ldexp(3.0f, -25), -0.0f,
                                  1.0f + std::ldexp(1.0f, -11), 1.0f + std::ldexp(3.0f, -11), 1e-10f, 0.1f};
            std::copy(std::begin(edge), std::end(edge), values.begin());
        }
        std::string bytes;
        if (spec.dtype == DType::F32) {
            bytes.assign(reinterpret_cast<const char*>(values.data()), values.size() * 4);
        } else if (spec.dtype == DType::BF16) {
            for (const float value : values) {
                uint32_t bits = 0;
                std::memcpy(&bits, &value, 4);
                const auto upper = static_cast<uint16_t>(bits >> 16); // truncation: any bf16 value will do
                bytes.append(reinterpret_cast<const char*>(&upper), 2);
            }
        } else {
            for (const float value : values) {
                const uint16_t half = floatToHalf(value);
                bytes.append(reinterpret_cast<const char*>(&half), 2);
            }
        }
        storage.push_back(std::move(bytes));
        tensors.push_back({name, spec.dtype, shape, std::as_bytes(std::span(storage.back()))});
    }
    writeSafetensors(folder / "model.safetensors", tensors);
}

void copyTokenizer(const fs::path& from, const fs::path& folder)
{
    for (const char* name : {"tokenizer.json", "tokenizer_config.json", "tokenizer.model"})
        if (fs::exists(from / name))
            fs::copy_file(from / name, folder / name, fs::copy_options::overwrite_existing);
}

struct Run {
    int exitCode = -1;
    json result;
    QString errors;
};

Run runReader(const QStringList& args)
{
    QProcess python;
    python.start(QStringLiteral(ADAPTLAB_SYSTEM_PYTHON3), QStringList{kReader} + args);
    Run run;
    if (!python.waitForFinished(-1)) {
        run.errors = python.errorString();
        return run;
    }
    run.exitCode = python.exitCode();
    run.errors = QString::fromUtf8(python.readAllStandardError());
    const QByteArray out = python.readAllStandardOutput();
    try {
        run.result = json::parse(out.toStdString());
    } catch (const std::exception& error) {
        run.errors += QStringLiteral("\nunparsable output: ") + QString::fromUtf8(error.what());
    }
    return run;
}

json dump(const fs::path& file)
{
    const Run run = runReader({QStringLiteral("dump"), QString::fromStdString(file.string())});
    if (run.exitCode != 0)
        qWarning().noquote() << run.errors;
    return run.exitCode == 0 ? run.result : json();
}

// The reader's full check of FILE against FOLDER; fails the test with its errors.
bool readerAccepts(const fs::path& file, const fs::path& folder)
{
    const Run run = runReader({QStringLiteral("check"), QString::fromStdString(file.string()),
                               QString::fromStdString(folder.string())});
    if (run.exitCode != 0 || !run.result.value("ok", false)) {
        qWarning().noquote() << "gguf_reader.py check:" << QString::fromStdString(run.result.dump(1)) << run.errors;
        return false;
    }
    return run.result.at("tensors_checked").get<int>() > 0 && run.result.at("keys_checked").get<int>() > 10;
}

// The keys llama.cpp's loader reads for a Llama model and its vocabulary.
std::set<std::string> expectedKeys(bool sentencePiece, bool keyLength, bool chatTemplate, const tokenize::SpecialIds& ids)
{
    std::set<std::string> keys = {"general.architecture", "general.name", "general.alignment", "general.file_type",
                                  "llama.context_length", "llama.embedding_length", "llama.block_count",
                                  "llama.feed_forward_length", "llama.attention.head_count",
                                  "llama.attention.head_count_kv", "llama.rope.freq_base",
                                  "llama.attention.layer_norm_rms_epsilon", "llama.rope.dimension_count",
                                  "llama.vocab_size", "tokenizer.ggml.model", "tokenizer.ggml.pre",
                                  "tokenizer.ggml.tokens", "tokenizer.ggml.token_type",
                                  "tokenizer.ggml.add_bos_token", "tokenizer.ggml.add_eos_token"};
    keys.insert(sentencePiece ? "tokenizer.ggml.scores" : "tokenizer.ggml.merges");
    if (keyLength) {
        keys.insert("llama.attention.key_length");
        keys.insert("llama.attention.value_length");
    }
    if (chatTemplate)
        keys.insert("tokenizer.chat_template");
    if (ids.bos >= 0)
        keys.insert("tokenizer.ggml.bos_token_id");
    if (ids.eos >= 0)
        keys.insert("tokenizer.ggml.eos_token_id");
    if (ids.unk >= 0)
        keys.insert("tokenizer.ggml.unknown_token_id");
    if (ids.pad >= 0)
        keys.insert("tokenizer.ggml.padding_token_id");
    return keys;
}

std::set<std::string> keysOf(const json& dumped)
{
    std::set<std::string> keys;
    for (const auto& [key, value] : dumped.at("metadata").items())
        keys.insert(key);
    return keys;
}

std::set<std::string> tensorNamesOf(const json& dumped)
{
    std::set<std::string> names;
    for (const json& tensor : dumped.at("tensors"))
        names.insert(tensor.at("name").get<std::string>());
    return names;
}

// The weight file's tensors, owned, to be edited and written back by rewriteWeights().
struct OwnedTensor {
    std::string name;
    DType dtype;
    std::vector<int64_t> shape;
    std::string bytes;
};

std::vector<OwnedTensor> readWeights(const fs::path& folder)
{
    const auto file = SafetensorsFile::open(folder / "model.safetensors");
    std::vector<OwnedTensor> tensors;
    for (const TensorInfo& info : file->header().tensors) {
        const auto data = file->data(info);
        tensors.push_back({info.name, info.dtype, info.shape, std::string(reinterpret_cast<const char*>(data.data()), data.size())});
    }
    return tensors;
}

void rewriteWeights(const fs::path& folder, const std::vector<OwnedTensor>& tensors)
{
    std::vector<TensorToWrite> writes;
    for (const OwnedTensor& tensor : tensors)
        writes.push_back({tensor.name, tensor.dtype, tensor.shape, std::as_bytes(std::span(tensor.bytes))});
    writeSafetensors(folder / "model.safetensors", writes);
}

// What the refusal said, or "" when there was none.
std::string refusal(const fs::path& folder, const fs::path& out, GgufDType dtype = GgufDType::F32)
{
    try {
        writeGguf(folder, out, dtype);
    } catch (const Error& error) {
        return error.what();
    }
    return {};
}

} // namespace

class TestGguf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    fs::path spm_;      // a SentencePiece model trained here, with a user-defined symbol
    fs::path smallSpm_; // one of 60 pieces, for the reference cases' vocabulary of 96

    fs::path root() const { return fs::path(dir_.path().toStdString()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        // Random words over a-z: enough distinct pairs for a few hundred BPE merges.
        std::ofstream text(root() / "corpus.txt");
        uint64_t state = 7;
        std::vector<std::string> words;
        for (int w = 0; w < 300; ++w) {
            std::string word;
            const size_t length = 3 + nextRandom(state) % 6;
            for (size_t c = 0; c < length; ++c)
                word += char('a' + nextRandom(state) % 26);
            words.push_back(word);
        }
        for (int line = 0; line < 2000; ++line) {
            for (int w = 0; w < 12; ++w)
                text << words[nextRandom(state) % words.size()] << (w == 11 ? ".\n" : " ");
        }
        text.close();
        tokenize::TrainOptions options;
        options.inputFiles = {root() / "corpus.txt"};
        options.modelPrefix = root() / "spm";
        options.vocabSize = 400;
        options.numThreads = 1;
        options.modelType = tokenize::ModelType::Bpe;
        options.userSymbols = {"<tool>"};
        tokenize::SentencePieceTokenizer::train(options);
        spm_ = root() / "spm.model";
        options.modelPrefix = root() / "small";
        options.vocabSize = 60;
        options.byteFallback = false;
        options.userSymbols.clear();
        tokenize::SentencePieceTokenizer::train(options);
        smallSpm_ = root() / "small.model";

        const QString problem = reference::writeCases(QString::fromStdString((root() / "reference").string()));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void logitsMatchReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("half");
        for (const char* name : {"f32", "bf16", "tied", "gqa", "bias", "head_dim", "llama3"})
            QTest::newRow(name) << QString::fromLatin1(name) << false;
        QTest::newRow("gqa-f16") << QStringLiteral("gqa") << true;
        QTest::newRow("llama3-f16") << QStringLiteral("llama3") << true;
    }

    // The exported file computes the model: its logits, from the file alone as llama.cpp computes
    // them, equal the Hugging Face definition's (to f32 storage of the reference logits; F16 to the
    // rounding of the weights).
    void logitsMatchReference()
    {
        QFETCH(QString, name);
        QFETCH(bool, half);
        const fs::path folder = root() / "reference" / name.toStdString();
        fs::copy_file(smallSpm_, folder / "tokenizer.model", fs::copy_options::overwrite_existing);
        const fs::path out = root() / ("reference-" + name.toStdString() + (half ? "-f16" : "") + ".gguf");
        writeGguf(folder, out, half ? GgufDType::F16 : GgufDType::F32);
        QVERIFY(readerAccepts(out, folder));
        const Run run = runReader({QStringLiteral("logits"), QString::fromStdString(out.string()),
                                   QString::fromStdString(folder.string())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const double diff = run.result.at("max_abs_diff").get<double>();
        const double scale = run.result.at("max_abs_logit").get<double>();
        QVERIFY(scale > 1.0); // logits far from uniform: a wrong rope or permutation shows
        const double tolerance = half ? 2e-3 * scale : 1e-6 * scale;
        QVERIFY2(diff <= tolerance, qPrintable(QStringLiteral("max |logit difference| %1 > %2").arg(diff).arg(tolerance)));
    }

    void halfRounding()
    {
        // Hand-checked binary16 encodings: round to nearest, ties to even, at each edge of the range.
        QCOMPARE(floatToHalf(1.0f), uint16_t(0x3c00));
        QCOMPARE(floatToHalf(-2.0f), uint16_t(0xc000));
        QCOMPARE(floatToHalf(65504.0f), uint16_t(0x7bff));
        QCOMPARE(floatToHalf(65519.0f), uint16_t(0x7bff));
        QCOMPARE(floatToHalf(65520.0f), uint16_t(0x7c00)); // the tie above the largest half: to infinity
        QCOMPARE(floatToHalf(1.0f + std::ldexp(1.0f, -11)), uint16_t(0x3c00)); // tie: to even (down)
        QCOMPARE(floatToHalf(1.0f + std::ldexp(3.0f, -11)), uint16_t(0x3c02)); // tie: to even (up)
        QCOMPARE(floatToHalf(std::ldexp(1.0f, -24)), uint16_t(0x0001));
        QCOMPARE(floatToHalf(std::ldexp(1.0f, -25)), uint16_t(0x0000)); // tie with zero: even
        QCOMPARE(floatToHalf(std::ldexp(3.0f, -26)), uint16_t(0x0001));
        QCOMPARE(floatToHalf(std::ldexp(3.0f, -25)), uint16_t(0x0002));
        QCOMPARE(floatToHalf(std::ldexp(1.0f, -14)), uint16_t(0x0400)); // the smallest normal
        QCOMPARE(floatToHalf(std::ldexp(1023.0f, -24) + std::ldexp(1.0f, -25)), uint16_t(0x0400)); // rounds up into it
        QCOMPARE(floatToHalf(-0.0f), uint16_t(0x8000));
        QCOMPARE(floatToHalf(std::numeric_limits<float>::infinity()), uint16_t(0x7c00));
        QCOMPARE(floatToHalf(std::nanf("")) & 0x7c00, 0x7c00);
        QVERIFY((floatToHalf(std::nanf("")) & 0x3ff) != 0);
    }

    void bpeF32()
    {
        // Llama 3's tokenizer.json, GQA, a head_dim other than hidden/heads, llama3 rope scaling, and
        // more embedding rows than tokens (padded).
        const fs::path folder = root() / "llama3-tiny";
        const auto tokenizer = tokenize::Tokenizer::open(kTokenizers / "llama3" / "tokenizer.json");
        ModelSpec spec;
        spec.vocabSize = tokenizer->vocabSize() + 5;
        spec.headDim = 16; // 4 heads * 16 = 64, not hidden 32
        spec.llama3Scaling = true;
        writeModel(folder, spec);
        copyTokenizer(kTokenizers / "llama3", folder);
        const fs::path out = root() / "llama3-f32.gguf";
        std::vector<std::pair<int64_t, int64_t>> steps;
        const GgufReport report = writeGguf(folder, out, GgufDType::F32, [&](int64_t done, int64_t total) {
            steps.emplace_back(done, total);
        });
        QCOMPARE(report.tokenizerModel, std::string("gpt2"));
        QVERIFY(report.warnings.empty());
        QCOMPARE(report.bytes, uint64_t(fs::file_size(out)));
        QCOMPARE(int64_t(steps.size()), report.tensors);
        QCOMPARE(steps.back(), std::make_pair(report.tensors, report.tensors));
        QVERIFY(readerAccepts(out, folder));

        const json dumped = dump(out);
        QVERIFY(!dumped.is_null());
        QCOMPARE(dumped.at("tensor_count").get<int64_t>(), report.tensors);
        QCOMPARE(int64_t(dumped.at("metadata").size()), report.metadataKeys);
        QCOMPARE(keysOf(dumped), expectedKeys(false, true, true, tokenizer->specialIds()));
        const json& meta = dumped.at("metadata");
        QCOMPARE(meta.at("tokenizer.ggml.pre").at("value").get<std::string>(), std::string("llama-bpe"));
        QCOMPARE(meta.at("tokenizer.ggml.bos_token_id").at("value").get<int32_t>(), tokenizer->specialIds().bos);
        QCOMPARE(meta.at("tokenizer.ggml.eos_token_id").at("value").get<int32_t>(), tokenizer->specialIds().eos);
        // The tokenizer adds <|begin_of_text|> (its post-processor), nothing at the end.
        QCOMPARE(meta.at("tokenizer.ggml.add_bos_token").at("value").get<bool>(), true);
        QCOMPARE(meta.at("tokenizer.ggml.add_eos_token").at("value").get<bool>(), false);
        const auto tokens = meta.at("tokenizer.ggml.tokens").at("value").get<std::vector<std::string>>();
        const auto types = meta.at("tokenizer.ggml.token_type").at("value").get<std::vector<int32_t>>();
        QCOMPARE(int64_t(tokens.size()), spec.vocabSize);
        for (int32_t id = 0; id < tokenizer->vocabSize(); ++id) {
            QCOMPARE(tokens[size_t(id)], tokenizer->idToPiece(id));
            QCOMPARE(types[size_t(id)] == kControl, tokenizer->isSpecial(id));
        }
        QCOMPARE(tokens.back(), "[PAD" + std::to_string(spec.vocabSize - 1) + "]");
        QCOMPARE(types.back(), int32_t(kUnused));
        const std::set<std::string> names = tensorNamesOf(dumped);
        QVERIFY(names.contains("rope_freqs.weight"));
        QVERIFY(names.contains("output.weight"));
        QVERIFY(names.contains("blk.1.ffn_down.weight"));
        for (const json& tensor : dumped.at("tensors"))
            QCOMPARE(tensor.at("type").get<std::string>(), std::string("F32"));
        // Offsets: aligned, in order, each tensor's bytes then padding to 32.
        uint64_t expectedOffset = 0;
        for (const json& tensor : dumped.at("tensors")) {
            QCOMPARE(tensor.at("offset").get<uint64_t>(), expectedOffset);
            expectedOffset += (tensor.at("nbytes").get<uint64_t>() + 31) / 32 * 32;
        }
        QCOMPARE(dumped.at("data_offset").get<uint64_t>() % 32, uint64_t(0));
    }

    void sentencePieceF16()
    {
        // The SentencePiece model, an f32 source with values at the edges of f16, exported F16: 2-D
        // tensors F16 exactly as numpy rounds, 1-D ones F32.
        const fs::path folder = root() / "spm-tiny";
        const auto tokenizer = tokenize::Tokenizer::open(spm_);
        ModelSpec spec;
        spec.vocabSize = tokenizer->vocabSize();
        spec.edgeValues = true;
        writeModel(folder, spec);
        fs::copy_file(spm_, folder / "tokenizer.model");
        const fs::path out = root() / "spm-f16.gguf";
        const GgufReport report = writeGguf(folder, out, GgufDType::F16);
        QCOMPARE(report.tokenizerModel, std::string("llama"));
        QVERIFY(readerAccepts(out, folder));

        const json dumped = dump(out);
        QVERIFY(!dumped.is_null());
        QCOMPARE(keysOf(dumped), expectedKeys(true, false, false, tokenizer->specialIds()));
        const json& meta = dumped.at("metadata");
        QCOMPARE(meta.at("general.file_type").at("value").get<int>(), 1);
        QCOMPARE(meta.at("tokenizer.ggml.pre").at("value").get<std::string>(), std::string("default"));
        const auto tokens = meta.at("tokenizer.ggml.tokens").at("value").get<std::vector<std::string>>();
        const auto scores = meta.at("tokenizer.ggml.scores").at("value").get<std::vector<float>>();
        const auto types = meta.at("tokenizer.ggml.token_type").at("value").get<std::vector<int32_t>>();
        QCOMPARE(int32_t(tokens.size()), tokenizer->vocabSize());
        int userDefined = 0, bytes = 0;
        for (int32_t id = 0; id < tokenizer->vocabSize(); ++id) {
            QCOMPARE(tokens[size_t(id)], tokenizer->idToPiece(id));
            QCOMPARE(scores[size_t(id)], tokenizer->pieceScore(id));
            QCOMPARE(types[size_t(id)] == kUnknown, tokenizer->isUnknown(id));
            QCOMPARE(types[size_t(id)] == kControl, tokenizer->isSpecial(id));
            QCOMPARE(types[size_t(id)] == kByte, tokenizer->isByteFallback(id));
            userDefined += types[size_t(id)] == kUserDefined ? 1 : 0;
            bytes += types[size_t(id)] == kByte ? 1 : 0;
        }
        QCOMPARE(types[size_t(tokenizer->pieceToId("<tool>"))], int32_t(kUserDefined));
        QCOMPARE(userDefined, 1);
        QCOMPARE(bytes, 256); // byte fallback
        QCOMPARE(meta.at("tokenizer.ggml.add_bos_token").at("value").get<bool>(), tokenizer->specialIds().bos >= 0);
        for (const json& tensor : dumped.at("tensors"))
            QCOMPARE(tensor.at("type").get<std::string>(), std::string(tensor.at("dims").size() >= 2 ? "F16" : "F32"));
    }

    void bf16SourceTiedF32()
    {
        // bf16 weights widened exactly; tied embeddings: no output.weight, llama.cpp ties it itself.
        const fs::path folder = root() / "tied";
        const auto tokenizer = tokenize::Tokenizer::open(kTokenizers / "smollm" / "tokenizer.json");
        ModelSpec spec;
        spec.vocabSize = tokenizer->vocabSize();
        spec.tied = true;
        spec.dtype = DType::BF16;
        spec.kvHeads = 4;
        writeModel(folder, spec);
        copyTokenizer(kTokenizers / "smollm", folder);
        const fs::path out = root() / "tied.gguf";
        writeGguf(folder, out, GgufDType::F32);
        QVERIFY(readerAccepts(out, folder));
        const json dumped = dump(out);
        QVERIFY(!tensorNamesOf(dumped).contains("output.weight"));
        QVERIFY(tensorNamesOf(dumped).contains("token_embd.weight"));
        QCOMPARE(dumped.at("metadata").at("tokenizer.ggml.pre").at("value").get<std::string>(), std::string("smollm"));

        // An f16 source exported F16 is the same bits.
        const fs::path halfFolder = root() / "f16-source";
        spec.dtype = DType::F16;
        writeModel(halfFolder, spec);
        copyTokenizer(kTokenizers / "smollm", halfFolder);
        writeGguf(halfFolder, root() / "f16-source.gguf", GgufDType::F16);
        QVERIFY(readerAccepts(root() / "f16-source.gguf", halfFolder));
    }

    void preTokenizerNames_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("pre");
        QTest::addColumn<bool>("warned");
        QTest::newRow("gpt2") << "gpt2" << "gpt-2" << false;
        QTest::newRow("qwen2") << "qwen2" << "qwen2" << false;
        QTest::newRow("gpt2-prefix-space") << "gpt2-prefix-space" << "default" << true;
    }

    void preTokenizerNames()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, pre);
        QFETCH(bool, warned);
        const fs::path folder = root() / ("pre-" + fixture.toStdString());
        const auto tokenizer = tokenize::Tokenizer::open(kTokenizers / fixture.toStdString() / "tokenizer.json");
        ModelSpec spec;
        spec.vocabSize = tokenizer->vocabSize();
        spec.layers = 1;
        writeModel(folder, spec);
        copyTokenizer(kTokenizers / fixture.toStdString(), folder);
        const fs::path out = folder.string() + ".gguf";
        const GgufReport report = writeGguf(folder, out, GgufDType::F32);
        QCOMPARE(!report.warnings.empty(), warned);
        QVERIFY(readerAccepts(out, folder));
        const json dumped = dump(out);
        QCOMPARE(QString::fromStdString(dumped.at("metadata").at("tokenizer.ggml.pre").at("value").get<std::string>()), pre);
    }

    void refusals()
    {
        const auto tokenizer = tokenize::Tokenizer::open(kTokenizers / "gpt2" / "tokenizer.json");
        ModelSpec spec;
        spec.vocabSize = tokenizer->vocabSize();
        spec.layers = 1;
        const fs::path out = root() / "refused.gguf";

        // No tokenizer: the folder named.
        const fs::path bare = root() / "no-tokenizer";
        writeModel(bare, spec);
        std::string message = refusal(bare, out);
        QVERIFY2(message.find(bare.string()) != std::string::npos && message.find("no tokenizer") != std::string::npos,
                 message.c_str());

        // A tokenizer.json that is not byte-level (byte-fallback BPE): GGUF's "gpt2" cannot carry it.
        const fs::path fallback = root() / "bytefallback";
        ModelSpec big = spec;
        big.vocabSize = 600;
        writeModel(fallback, big);
        copyTokenizer(kTokenizers / "bytefallback", fallback);
        message = refusal(fallback, out);
        QVERIFY2(message.find("tokenizer.json") != std::string::npos && message.find("ByteLevel") != std::string::npos,
                 message.c_str());

        // More tokens than embedding rows.
        const fs::path small = root() / "small-vocab";
        ModelSpec fewer = spec;
        fewer.vocabSize = tokenizer->vocabSize() - 10;
        writeModel(small, fewer);
        copyTokenizer(kTokenizers / "gpt2", small);
        message = refusal(small, out);
        QVERIFY2(message.find("vocab_size") != std::string::npos, message.c_str());

        // A missing tensor, named.
        const fs::path missing = root() / "missing-tensor";
        writeModel(missing, spec);
        copyTokenizer(kTokenizers / "gpt2", missing);
        std::vector<OwnedTensor> tensors = readWeights(missing);
        std::erase_if(tensors, [](const OwnedTensor& t) { return t.name == "model.layers.0.mlp.up_proj.weight"; });
        rewriteWeights(missing, tensors);
        message = refusal(missing, out);
        QVERIFY2(message.find("model.layers.0.mlp.up_proj.weight") != std::string::npos &&
                     message.find(missing.string()) != std::string::npos,
                 message.c_str());

        // An unsupported weight dtype (F64), naming the file and the tensor.
        const fs::path wide = root() / "f64-weights";
        writeModel(wide, spec);
        copyTokenizer(kTokenizers / "gpt2", wide);
        tensors = readWeights(wide);
        for (OwnedTensor& tensor : tensors) {
            if (tensor.name != "model.norm.weight")
                continue;
            std::vector<double> values(tensor.bytes.size() / 4);
            for (size_t i = 0; i < values.size(); ++i) {
                float f = 0;
                std::memcpy(&f, tensor.bytes.data() + 4 * i, 4);
                values[i] = f;
            }
            tensor.dtype = DType::F64;
            tensor.bytes.assign(reinterpret_cast<const char*>(values.data()), values.size() * 8);
        }
        rewriteWeights(wide, tensors);
        message = refusal(wide, out);
        QVERIFY2(message.find("model.safetensors") != std::string::npos && message.find("model.norm.weight") != std::string::npos &&
                     message.find("F64") != std::string::npos,
                 message.c_str());

        // A tensor llama.cpp has no place for is refused rather than dropped; the rotary inverse
        // frequencies older checkpoints carry are derived from the config, and skipped.
        const fs::path extra = root() / "extra-tensor";
        writeModel(extra, spec);
        copyTokenizer(kTokenizers / "gpt2", extra);
        tensors = readWeights(extra);
        tensors.push_back({"model.layers.0.self_attn.rotary_emb.inv_freq", DType::F32, {4}, std::string(16, '\0')});
        rewriteWeights(extra, tensors);
        const fs::path accepted = root() / "inv-freq.gguf";
        QCOMPARE(refusal(extra, accepted), std::string());
        QVERIFY(readerAccepts(accepted, extra));
        tensors.push_back({"model.layers.0.self_attn.q_norm.weight", DType::F32, {8}, std::string(32, '\0')});
        rewriteWeights(extra, tensors);
        message = refusal(extra, out);
        QVERIFY2(message.find("model.layers.0.self_attn.q_norm.weight") != std::string::npos &&
                     message.find("refuses") != std::string::npos,
                 message.c_str());

        // A folder that is not a model.
        message = refusal(root() / "nowhere", out);
        QVERIFY2(message.find("config.json") != std::string::npos, message.c_str());

        // None of them left a file behind, complete-looking or not.
        QVERIFY(!fs::exists(out));
        for (const auto& entry : fs::directory_iterator(root()))
            QVERIFY2(entry.path().filename().string().find("refused.gguf") == std::string::npos,
                     entry.path().string().c_str());
    }

    void tokenizerFromElsewhere()
    {
        // A checkpoint saved without its tokenizer, the tokenizer given separately (--run's case).
        const fs::path folder = root() / "checkpoint";
        const auto tokenizer = tokenize::Tokenizer::open(spm_);
        ModelSpec spec;
        spec.vocabSize = tokenizer->vocabSize() + 3;
        spec.layers = 1;
        writeModel(folder, spec);
        const fs::path out = root() / "checkpoint.gguf";
        const GgufReport report = writeGguf(folder, spm_, out, GgufDType::F16);
        QCOMPARE(report.tokenizerModel, std::string("llama"));
        const Run run = runReader({QStringLiteral("check"), QString::fromStdString(out.string()),
                                   QString::fromStdString(folder.string()), QStringLiteral("--tokenizer"),
                                   QString::fromStdString(spm_.string())});
        QVERIFY2(run.exitCode == 0, run.result.dump(1).c_str());
    }

    void readerRefusesDamage()
    {
        // The reader is strict: a cut file and a bad magic are refused (so its acceptance means something).
        const fs::path good = root() / "spm-f16.gguf";
        QVERIFY(fs::exists(good));
        std::ifstream in(good, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const fs::path cut = root() / "cut.gguf";
        std::ofstream(cut, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size() - 7));
        Run run = runReader({QStringLiteral("dump"), QString::fromStdString(cut.string())});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.errors.contains(QStringLiteral("past the end")));
        bytes[0] = 'X';
        const fs::path magic = root() / "magic.gguf";
        std::ofstream(magic, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
        run = runReader({QStringLiteral("dump"), QString::fromStdString(magic.string())});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.errors.contains(QStringLiteral("not a GGUF file")));
        // A tensor changed by one value: the check against the source fails and names it.
        std::ifstream again(good, std::ios::binary);
        std::string data((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>());
        data[data.size() - 40] ^= 0x01;
        const fs::path flipped = root() / "spm-tiny-flipped.gguf";
        std::ofstream(flipped, std::ios::binary).write(data.data(), std::streamsize(data.size()));
        run = runReader({QStringLiteral("check"), QString::fromStdString(flipped.string()),
                         QString::fromStdString((root() / "spm-tiny").string())});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.result.dump().find("values differ") != std::string::npos, run.result.dump().c_str());
    }
};

QTEST_GUILESS_MAIN(TestGguf)
#include "tst_gguf.moc"
