// `adaptlab-cli tokenizer train|encode|fertility|compare|import` through the real binary: the
// command-line contract of issue 9 (flags, the files written, the --json shapes, exit codes), with
// numbers worked out by hand on a character-level SentencePiece model (its vocabulary is exactly
// its alphabet a-z, 0 and ▁, so a word costs "▁" plus one piece per character, and a character
// outside the alphabet costs its UTF-8 bytes), and imports into a real project store.
#include "store/project_store.h"
#include "tokenize/tokenizer.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace adaptlab;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct CliResult {
    int exitCode = -1;
    std::string out, err;
};

CliResult runCli(const QStringList& args)
{
    QProcess process;
    process.start(ADAPTLAB_CLI_PATH, args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput().toStdString();
    result.err = process.readAllStandardError().toStdString();
    return result;
}

QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Lines of lower-case pangrams with the digit 0: every line holds the whole alphabet, so the model
// sees all of it whichever lines the training sample holds out.
const char* const kPangrams[] = {"the quick brown fox jumps over the lazy dog 0",
                                 "pack my box with five dozen liquor jugs 0",
                                 "sphinx of black quartz judge my vow 0",
                                 "the five boxing wizards jump quickly 0",
                                 "how vexingly quick daft zebras jump 0"};

} // namespace

class TestCliTokenizer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    fs::path root_, charModel_, wordModel_, general_, domain_;

    json jsonOf(const CliResult& r)
    {
        return json::parse(r.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = dir_.path().toStdString();
        general_ = root_ / "general.txt";
        {
            std::ofstream out(general_);
            for (int i = 0; i < 40; ++i)
                out << kPangrams[i % 5] << "\n";
        }
        domain_ = root_ / "domain.txt";
        std::ofstream(domain_) << "the dog, é東\nzebra 0 quiz\n";
    }

    // train --input PATH... --vocab-size N --model-type bpe --out PREFIX writes PREFIX.model.
    void trainWritesPrefixModel()
    {
        const fs::path general2 = root_ / "general2.txt";
        fs::copy_file(general_, general2);
        // 4 meta pieces + 28 characters + 256 bytes: the vocabulary has no room for a merge.
        const CliResult r = runCli({"tokenizer", "train", "--input", q(general_), q(general2), "--vocab-size", "288",
                                    "--model-type", "bpe", "--character-coverage", "1.0", "--out", q(root_ / "char"),
                                    "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        charModel_ = root_ / "char.model";
        QVERIFY(fs::is_regular_file(charModel_));
        QVERIFY(fs::is_regular_file(root_ / "char.vocab"));
        QVERIFY(!fs::exists(root_ / "tokenizer_training_sample.txt"));
        const json result = jsonOf(r);
        const auto tokenizer = tokenize::Tokenizer::open(charModel_);
        QCOMPARE(result["vocab_size"].get<int>(), 288);
        QCOMPARE(result["description"].get<std::string>(), std::string("SentencePiece BPE"));
        QCOMPARE(result["fingerprint"].get<std::string>(), tokenizer->fingerprint());
        QCOMPARE(tokenizer->encodePieces("the dog"), (std::vector<std::string>{"▁", "t", "h", "e", "▁", "d", "o", "g"}));

        // The same prefix again: a tokenizer is never replaced.
        const CliResult again = runCli({"tokenizer", "train", "--input", q(general_), "--vocab-size", "288",
                                        "--model-type", "bpe", "--out", q(root_ / "char")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.out.find("already exists") != std::string::npos, again.out.c_str());
        // --input with no path is refused by name.
        const CliResult noInput = runCli({"tokenizer", "train", "--input", "--vocab-size", "288", "--out", q(root_ / "x")});
        QCOMPARE(noInput.exitCode, 2);
        QVERIFY(noInput.err.find("--input") != std::string::npos);
    }

    // A user symbol comes out as one piece.
    void trainKeepsUserSymbols()
    {
        const fs::path corpus = root_ / "jargon.txt";
        {
            std::ofstream out(corpus);
            for (int i = 0; i < 60; ++i)
                out << kPangrams[i % 5] << " the hyperparameter of a transformer\n";
        }
        const CliResult r = runCli({"tokenizer", "train", "--input", q(corpus), "--vocab-size", "320", "--model-type",
                                    "unigram", "--user-symbols", "hyperparameter", "--user-symbols", "<tag>",
                                    "--out", q(root_ / "words"), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        wordModel_ = root_ / "words.model";
        const auto tokenizer = tokenize::Tokenizer::open(wordModel_);
        QVERIFY(tokenizer->pieceToId("hyperparameter") >= 0);
        QVERIFY(tokenizer->pieceToId("<tag>") >= 0);
        const auto pieces = tokenizer->encodePieces("a hyperparameter<tag>");
        QVERIFY(std::count(pieces.begin(), pieces.end(), "hyperparameter") == 1);
        QVERIFY(std::count(pieces.begin(), pieces.end(), "<tag>") == 1);
        // A symbol with a comma cannot be passed to SentencePiece: refused by name.
        const CliResult comma = runCli({"tokenizer", "train", "--input", q(corpus), "--vocab-size", "320",
                                        "--user-symbols", "a,b", "--out", q(root_ / "comma")});
        QCOMPARE(comma.exitCode, 2);
        QVERIFY2(comma.out.find("params.user_symbols[0]") != std::string::npos, comma.out.c_str());
    }

    void encodePrintsIdsAndPieces()
    {
        const auto tokenizer = tokenize::Tokenizer::open(charModel_);
        const CliResult r = runCli({"tokenizer", "encode", "--tokenizer", q(charModel_), "--text", "the dog", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json out = jsonOf(r);
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out["pieces"].get<std::vector<std::string>>(),
                 (std::vector<std::string>{"▁", "t", "h", "e", "▁", "d", "o", "g"}));
        QCOMPARE(out["ids"].get<std::vector<int32_t>>(), tokenizer->encode("the dog"));
        // A folder holding tokenizer.model opens too; --add-special puts BOS first.
        const fs::path folder = root_ / "encode-folder";
        fs::create_directories(folder);
        fs::copy_file(charModel_, folder / "tokenizer.model");
        const CliResult special = runCli({"tokenizer", "encode", "--tokenizer", q(folder), "--text", "the dog",
                                          "--add-special", "--json"});
        QVERIFY2(special.exitCode == 0, special.err.c_str());
        const auto ids = jsonOf(special)["ids"].get<std::vector<int32_t>>();
        QVERIFY(tokenizer->specialIds().bos >= 0);
        QCOMPARE(ids.front(), tokenizer->specialIds().bos);
        QCOMPARE(ids.size(), size_t(9));
        // Bad command lines and a missing tokenizer.
        QCOMPARE(runCli({"tokenizer", "encode", "--tokenizer", q(charModel_)}).exitCode, 2);
        const CliResult missing = runCli({"tokenizer", "encode", "--tokenizer", q(root_ / "nothing.model"), "--text", "x"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.find("nothing.model") != std::string::npos);
    }

    void fertilityByHand()
    {
        const CliResult r = runCli({"tokenizer", "fertility", "--tokenizer", q(charModel_), q(domain_), q(general_),
                                    "--sample-documents", "0", "--gap-words", "3", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json out = jsonOf(r);
        QCOMPARE(out["tokenizers"].size(), size_t(1));
        QCOMPARE(out["tokenizers"][0]["vocab_size"].get<int>(), 288);
        QCOMPARE(out["results"].size(), size_t(2));
        const json& d = out["results"][0];
        QCOMPARE(d["input"].get<std::string>(), std::string("domain.txt"));
        QCOMPARE(d["tokenizer"].get<int>(), 0);
        // "▁ t h e ▁ d o g <0x2C> ▁ <0xC3> <0xA9> <0xE6> <0x9D> <0xB1>" + "▁ z e b r a ▁ 0 ▁ q u i z"
        QCOMPARE(d["documents"].get<int>(), 2);
        QCOMPARE(d["tokens"].get<int>(), 28);
        QCOMPARE(d["words"].get<int>(), 6);
        QCOMPARE(d["bytes"].get<int>(), 26);
        QCOMPARE(d["characters"].get<int>(), 23);
        QCOMPARE(d["tokens_per_word"].get<double>(), 28.0 / 6.0);
        QCOMPARE(d["tokens_per_byte"].get<double>(), 28.0 / 26.0);
        QCOMPARE(d["byte_fallback_share"].get<double>(), 3.0 / 23.0); // ",", "é", "東"
        QCOMPARE(d["unknown_share"].get<double>(), 0.0);
        // The gap list: zebra and é東 cost 6 tokens each (tie broken by the word), quiz 5.
        const json& gap = d["vocab_gap"];
        QCOMPARE(gap.size(), size_t(3));
        QCOMPARE(gap[0]["word"].get<std::string>(), std::string("zebra"));
        QCOMPARE(gap[0]["pieces"].get<std::vector<std::string>>(), (std::vector<std::string>{"▁", "z", "e", "b", "r", "a"}));
        QCOMPARE(gap[1]["word"].get<std::string>(), std::string("é東"));
        QCOMPARE(gap[1]["tokens"].get<int>(), 6);
        QCOMPARE(gap[2]["word"].get<std::string>(), std::string("quiz"));
        QCOMPARE(gap[2]["count"].get<int>(), 1);

        // The general text is all alphabet: tokens = characters other than spaces + words.
        const json& g = out["results"][1];
        int64_t letters = 0, words = 0;
        for (const char* line : kPangrams) {
            const std::string text = line;
            letters += static_cast<int64_t>(std::count_if(text.begin(), text.end(), [](char c) { return c != ' '; }));
            words += static_cast<int64_t>(std::count(text.begin(), text.end(), ' ')) + 1;
        }
        QCOMPARE(g["documents"].get<int64_t>(), int64_t(40));
        QCOMPARE(g["tokens"].get<int64_t>(), 8 * (letters + words));
        QCOMPARE(g["words"].get<int64_t>(), 8 * words);
        QCOMPARE(g["byte_fallback_share"].get<double>(), 0.0);
    }

    // Two tokenizers on the very same sampled documents.
    void compareUsesTheSameSample()
    {
        const CliResult r = runCli({"tokenizer", "compare", "--tokenizer", q(charModel_), "--tokenizer", q(wordModel_),
                                    q(general_), q(domain_), "--sample-documents", "7", "--seed", "3", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json out = jsonOf(r);
        QCOMPARE(out["tokenizers"].size(), size_t(2));
        QCOMPARE(out["results"].size(), size_t(4));
        for (size_t i = 0; i < 4; i += 2) {
            const json& a = out["results"][i];
            const json& b = out["results"][i + 1];
            QCOMPARE(a["tokenizer"].get<int>(), 0);
            QCOMPARE(b["tokenizer"].get<int>(), 1);
            QCOMPARE(a["input"], b["input"]);
            QCOMPARE(a["words"], b["words"]);
            QCOMPARE(a["bytes"], b["bytes"]);
            QCOMPARE(a["documents"], b["documents"]);
        }
        QCOMPARE(out["results"][0]["documents"].get<int>(), 7);
        // The word model knows whole words: fewer tokens per word on the same text.
        QVERIFY(out["results"][1]["tokens_per_word"].get<double>() < out["results"][0]["tokens_per_word"].get<double>());
        // The same seed measures the same documents: the second tokenizer alone gives its numbers.
        const CliResult alone = runCli({"tokenizer", "fertility", "--tokenizer", q(wordModel_), q(general_), q(domain_),
                                        "--sample-documents", "7", "--seed", "3", "--json"});
        QVERIFY2(alone.exitCode == 0, alone.err.c_str());
        QCOMPARE(jsonOf(alone)["results"][0]["tokens"], out["results"][1]["tokens"]);
        QCOMPARE(jsonOf(alone)["results"][1]["tokens"], out["results"][3]["tokens"]);
        // compare needs two tokenizers.
        const CliResult one = runCli({"tokenizer", "compare", "--tokenizer", q(charModel_), q(general_)});
        QCOMPARE(one.exitCode, 2);
        QVERIFY(one.err.find("two tokenizers") != std::string::npos);
    }

    void importModelFolder()
    {
        const fs::path project = root_ / "project";
        QCOMPARE(runCli({"project", "init", q(project)}).exitCode, 0);
        const fs::path folder = root_ / "hf-model";
        fs::create_directories(folder);
        fs::copy_file(charModel_, folder / "tokenizer.model");
        std::ofstream(folder / "tokenizer_config.json") << R"({"bos_token": "<s>", "eos_token": "</s>"})";
        std::ofstream(folder / "model.safetensors") << "not a tokenizer file";

        const CliResult r = runCli({"tokenizer", "import", q(folder), "--name", "base", "--project", q(project), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const json out = jsonOf(r);
        QCOMPARE(out["name"].get<std::string>(), std::string("base"));
        QCOMPARE(out["path"].get<std::string>(), std::string("tokenizers/base"));
        QCOMPARE(out["vocab_size"].get<int>(), 288);
        QCOMPARE(out["fingerprint"].get<std::string>(), tokenize::Tokenizer::open(charModel_)->fingerprint());
        const fs::path imported = project / "tokenizers" / "base";
        QCOMPARE(readFile(imported / "tokenizer.model"), readFile(charModel_));
        QCOMPARE(readFile(imported / "tokenizer_config.json"), readFile(folder / "tokenizer_config.json"));
        QVERIFY(!fs::exists(imported / "model.safetensors"));
        {
            const auto store = store::ProjectStore::openReadOnly(project);
            const auto artifacts = store.artifacts();
            QCOMPARE(artifacts.size(), size_t(1));
            QCOMPARE(artifacts[0].kind, std::string("tokenizer"));
            QCOMPARE(artifacts[0].path, std::string("tokenizers/base"));
            const json meta = json::parse(artifacts[0].metadataJson);
            QCOMPARE(meta["imported_from"].get<std::string>(), folder.string());
            QCOMPARE(meta["fingerprint"], out["fingerprint"]);
            QCOMPARE(meta["vocab_size"].get<int>(), 288);
        }
        // The imported tokenizer measures a project dataset by its project path.
        QCOMPARE(runCli({"dataset", "add", q(project), "general", q(general_)}).exitCode, 0);
        const CliResult measured = runCli({"tokenizer", "fertility", "--project", q(project), "--datasets", "general",
                                           "--tokenizer", "base", "--json"});
        QVERIFY2(measured.exitCode == 0, measured.err.c_str());
        QCOMPARE(jsonOf(measured)["results"][0]["input"].get<std::string>(), std::string("general"));
        {
            const auto store = store::ProjectStore::openReadOnly(project);
            int64_t runId = 0;
            for (const auto& run : store.runs())
                if (run.kind == "tokenizer_fertility")
                    runId = run.id;
            const auto points = store.metrics(runId, "fertility");
            QCOMPARE(points.size(), size_t(1));
            QCOMPARE(points[0].source, std::string("general"));
            QCOMPARE(points[0].value, jsonOf(measured)["results"][0]["tokens_per_word"].get<double>());
        }

        // The same name again: refused, the first import untouched.
        const CliResult again = runCli({"tokenizer", "import", q(folder), "--name", "base", "--project", q(project)});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.out.find("already exists") != std::string::npos);
        // A lone .model file.
        const CliResult single = runCli({"tokenizer", "import", "--source", q(wordModel_), "--name", "words", "--project",
                                         q(project), "--json"});
        QVERIFY2(single.exitCode == 0, single.err.c_str());
        QCOMPARE(readFile(project / "tokenizers" / "words" / "tokenizer.model"), readFile(wordModel_));
    }

    // A tokenizer that does not open is never imported, and nothing of the attempt stays.
    void importRefusesCorruptModel()
    {
        const fs::path project = root_ / "project2";
        QCOMPARE(runCli({"project", "init", q(project)}).exitCode, 0);
        const fs::path folder = root_ / "broken-model";
        fs::create_directories(folder);
        std::string bytes = readFile(charModel_);
        bytes.resize(bytes.size() / 3);
        std::ofstream(folder / "tokenizer.model", std::ios::binary) << bytes;
        const CliResult r = runCli({"tokenizer", "import", q(folder), "--name", "broken", "--project", q(project)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.find("does not open") != std::string::npos, r.out.c_str());
        std::vector<std::string> left;
        for (const auto& entry : fs::directory_iterator(project / "tokenizers"))
            left.push_back(entry.path().filename().string());
        QVERIFY2(left.empty(), left.empty() ? "" : left.front().c_str());
        // A folder without a tokenizer, and no project nor --out-dir: refused naming the field.
        const fs::path empty = root_ / "empty-folder";
        fs::create_directories(empty);
        const CliResult none = runCli({"tokenizer", "import", q(empty), "--name", "x", "--project", q(project)});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.out.find("neither tokenizer.model nor tokenizer.json") != std::string::npos);
        const CliResult noProject = runCli({"tokenizer", "import", q(folder), "--name", "x"});
        QCOMPARE(noProject.exitCode, 2);
        QVERIFY2(noProject.out.find("params.out_dir") != std::string::npos, noProject.out.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliTokenizer)
#include "tst_cli_tokenizer.moc"
