// `adaptlab-cli data render` through the real binary (the issue 11 command-line contract): one JSON
// object per example per line with "ids" and "loss_mask" of one length, equal to the ids worked out
// by hand for the tokenizer of chat_test_tokenizer.h (the same derivation as tst_chat_template);
// bad records on stderr with file and line while the rest is rendered; the tokenizer's own
// chat_template used when --template is left out; the readable form; exit 2 for refused command
// lines, 1 when nothing could be rendered.
#include <QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "chat_test_tokenizer.h"

using nlohmann::json;
using namespace chat_test;
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
    process.waitForFinished(-1); // no wall-clock bound: ctest's timeout is the bound
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput().toStdString();
    result.err = process.readAllStandardError().toStdString();
    return result;
}

QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

std::vector<json> jsonLines(const std::string& text)
{
    std::vector<json> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(json::parse(line));
    return out;
}

// ChatML, system "Be brief." and two turns (derived in tst_chat_template.cpp, twoTurnsRendered).
const std::vector<int32_t> kChatmlIds{kImStart, 256, 10, 259, 260, 46, kImEnd, 10, kImStart, 257, 10, 261, 262, 263,
                                      63, kImEnd, 10, kImStart, 258, 10, 264, 46, kImEnd, 10, kImStart, 257, 10, 265,
                                      266, 267, 46, kImEnd, 10, kImStart, 258, 10, 268, 52, 46, kImEnd, 10};
std::vector<int> chatmlMask()
{
    std::vector<int> mask(20, 0);
    mask.insert(mask.end(), 3, 1);
    mask.insert(mask.end(), 13, 0);
    mask.insert(mask.end(), 4, 1);
    mask.push_back(0);
    return mask;
}

constexpr const char* kTwoTurnsChat =
    R"({"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is RAM?"}, )"
    R"({"role": "assistant", "content": "Memory."}, {"role": "user", "content": "Give an example."}, )"
    R"({"role": "assistant", "content": "DDR4."}]})";

} // namespace

class TstCliDataRender : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    fs::path root_, tokenizer_, chat_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = dir_.path().toStdString();
        tokenizer_ = root_ / "tok";
        writeTokenizer(tokenizer_);
        chat_ = root_ / "chat.jsonl";
        std::ofstream(chat_) << kTwoTurnsChat << "\n"
                             << R"({"messages": [{"role": "user", "content": "Hi"}, {"role": "bot", "content": "Hello."}]})" << "\n"
                             << R"({"messages": [{"role": "user", "content": "What is RAM?"}, {"role": "assistant", "content": "Memory."}]})"
                             << "\n";
    }

    void jsonContract()
    {
        const CliResult r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "chat", "--template",
                                    "chatml", q(chat_), "--json"});
        QCOMPARE(r.exitCode, 0);
        const std::vector<json> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), size_t{2});
        QVERIFY(lines[0]["ids"].get<std::vector<int32_t>>() == kChatmlIds);
        QVERIFY(lines[0]["loss_mask"].get<std::vector<int>>() == chatmlMask());
        QCOMPARE(lines[0]["line"].get<int>(), 1);
        QCOMPARE(lines[0]["trained"].get<int>(), 7);
        QCOMPARE(lines[0]["truncated"].get<bool>(), false);
        // Line 3: one turn, no system (tst_chat_template noSystemOneTurn).
        QVERIFY(lines[1]["ids"].get<std::vector<int32_t>>() ==
                (std::vector<int32_t>{kImStart, 257, 10, 261, 262, 263, 63, kImEnd, 10, kImStart, 258, 10, 264, 46, kImEnd, 10}));
        QCOMPARE(lines[1]["ids"].size(), lines[1]["loss_mask"].size());
        QCOMPARE(lines[1]["line"].get<int>(), 3);
        // The bad record, with file and line, and the run went on.
        const std::string expected = chat_.string() + ": line 2: messages[1].role: unknown role \"bot\"";
        QVERIFY2(r.err.find(expected) != std::string::npos, r.err.c_str());
    }

    void otherFormats()
    {
        // The same conversation as ShareGPT, and an Alpaca record: the same ids where they mean the same.
        const fs::path share = root_ / "share.jsonl";
        std::ofstream(share) << R"({"conversations": [{"from": "system", "value": "Be brief."}, {"from": "human", "value": "What is RAM?"}, )"
                             << R"({"from": "gpt", "value": "Memory."}, {"from": "human", "value": "Give an example."}, )"
                             << R"({"from": "gpt", "value": "DDR4."}]})" << "\n";
        CliResult r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "sharegpt", "--template",
                              "chatml", q(share), "--json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(jsonLines(r.out).at(0)["ids"].get<std::vector<int32_t>>() == kChatmlIds);

        // <s>Be brief.\n\n### Instruction:\nWhat is RAM?\n\n### Response:\n [Memory.</s>]
        const fs::path alpaca = root_ / "alpaca.json";
        std::ofstream(alpaca) << R"([{"instruction": "What is RAM?", "output": "Memory.", "system": "Be brief."}])";
        r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "alpaca", "--template", "alpaca",
                    q(alpaca), "--json"});
        QCOMPARE(r.exitCode, 0);
        const json line = jsonLines(r.out).at(0);
        QVERIFY(line["ids"].get<std::vector<int32_t>>() ==
                (std::vector<int32_t>{kBos, 259, 260, 46, 10, 10, 280, 281, 58, 10, 261, 262, 263, 63, 10, 10, 280, 282, 58,
                                      10, 264, 46, kEos}));
        std::vector<int> mask(20, 0);
        mask.insert(mask.end(), 3, 1);
        QVERIFY(line["loss_mask"].get<std::vector<int>>() == mask);
    }

    void options()
    {
        CliResult r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "chat", "--template",
                              "chatml", q(chat_), "--json", "--max-tokens", "22"});
        QCOMPARE(r.exitCode, 0);
        json first = jsonLines(r.out).at(0);
        QVERIFY(first["ids"].get<std::vector<int32_t>>() == std::vector<int32_t>(kChatmlIds.begin(), kChatmlIds.begin() + 22));
        QCOMPARE(first["truncated"].get<bool>(), true);
        QCOMPARE(first["trained"].get<int>(), 2);

        r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "chat", "--template", "zephyr", q(chat_),
                    "--json", "--no-bos"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(jsonLines(r.out).at(0)["ids"][0] != kBos);

        // Field mapping: the renamed fixture read with --field.
        const fs::path renamed = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/instruction/chat_renamed.jsonl";
        r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "chat", "--template", "chatml", q(renamed),
                    "--json", "--field", "messages=turns", "--field", "role=speaker", "--field", "content=text"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(jsonLines(r.out).at(0)["ids"].get<std::vector<int32_t>>() ==
                (std::vector<int32_t>{kImStart, 257, 10, 261, 262, 263, 63, kImEnd, 10, kImStart, 258, 10, 264, 46, kImEnd, 10}));
    }

    void readableForm()
    {
        const CliResult r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "chat", "--template",
                                    "chatml", q(chat_)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.find("--- line 1: 41 tokens, 7 trained\n<|im_start|>system\nBe brief.<|im_end|>\n") == 0, r.out.c_str());
        QVERIFY(r.out.find("<|im_start|>assistant\n[[Memory.<|im_end|>]]\n<|im_start|>user\nGive an example.") != std::string::npos);
        QVERIFY(r.out.find("[[DDR4.<|im_end|>]]\n") != std::string::npos);
    }

    void templateFromTokenizer()
    {
        // The tokenizer folder with zephyr-7b-beta's tokenizer_config.json: --template may be left out.
        const fs::path zephyr = root_ / "tok-zephyr";
        writeTokenizer(zephyr);
        json config = json::parse(std::ifstream(fs::path(ADAPTLAB_SOURCE_DIR) /
                                                "tests/fixtures/instruction/templates/zephyr/tokenizer_config.json"));
        config.erase("unk_token");
        config.erase("pad_token");
        std::ofstream(zephyr / "tokenizer_config.json") << config.dump();
        const CliResult implicit = runCli({"data", "render", "--tokenizer", q(zephyr), "--format", "chat", q(chat_), "--json"});
        QCOMPARE(implicit.exitCode, 0);
        QVERIFY(implicit.err.find("chat_template is zephyr") != std::string::npos);
        const CliResult explicitly = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "chat",
                                             "--template", "zephyr", q(chat_), "--json"});
        QCOMPARE(implicit.out, explicitly.out);
        QVERIFY(!implicit.out.empty());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString tok = q(tokenizer_), file = q(chat_);
        QTest::newRow("no tokenizer") << QStringList{"--format", "chat", "--template", "chatml", file} << "needs --tokenizer";
        QTest::newRow("no format") << QStringList{"--tokenizer", tok, "--template", "chatml", file} << "needs --format";
        QTest::newRow("unknown format") << QStringList{"--tokenizer", tok, "--format", "oasst", "--template", "chatml", file}
                                        << "--format oasst: unknown format";
        QTest::newRow("unknown template") << QStringList{"--tokenizer", tok, "--format", "chat", "--template", "vicuna", file}
                                          << "--template vicuna: unknown template";
        QTest::newRow("no such file") << QStringList{"--tokenizer", tok, "--format", "chat", "--template", "chatml", "/no/such.jsonl"}
                                      << "no such file: /no/such.jsonl";
        QTest::newRow("no file") << QStringList{"--tokenizer", tok, "--format", "chat", "--template", "chatml"} << "needs the FILE";
        QTest::newRow("no such tokenizer") << QStringList{"--tokenizer", "/no/tok", "--format", "chat", "--template", "chatml", file}
                                           << "--tokenizer /no/tok: no such file";
        QTest::newRow("max tokens") << QStringList{"--tokenizer", tok, "--format", "chat", "--template", "chatml", file,
                                                   "--max-tokens", "0"}
                                    << "--max-tokens 0: must be a whole number";
        QTest::newRow("field") << QStringList{"--tokenizer", tok, "--format", "chat", "--template", "chatml", file, "--field", "turns"}
                               << "--field turns: expected KEY=NAME";
        QTest::newRow("field key") << QStringList{"--tokenizer", tok, "--format", "chat", "--template", "chatml", file,
                                                  "--field", "answer=x"}
                                   << "fields.answer: unknown key";
        QTest::newRow("unknown option") << QStringList{"--tokenizer", tok, "--format", "chat", "--template", "chatml", file, "--jsn"}
                                        << "unknown option for data render: --jsn";
        QTest::newRow("no template to find") << QStringList{"--tokenizer", tok, "--format", "chat", file}
                                             << "needs --template: the tokenizer has no chat_template";
        QTest::newRow("value missing") << QStringList{"--tokenizer", tok, "--format", "chat", file, "--template"}
                                       << "--template needs a value";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        args.prepend("render");
        args.prepend("data");
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find(named.toStdString()) != std::string::npos, r.err.c_str());
        QVERIFY(r.out.empty());
    }

    void failures()
    {
        const fs::path fixtures = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/instruction";
        // Every record bad: each reported, exit 1.
        CliResult r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "alpaca", "--template", "chatml",
                              q(fixtures / "bad_sharegpt.jsonl"), "--json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("bad_sharegpt.jsonl: line 5: instruction: is missing") != std::string::npos, r.err.c_str());
        QVERIFY(r.out.empty());
        // An empty file, a corrupt tokenizer: exit 1, the file named.
        r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--format", "chat", "--template", "chatml",
                    q(fixtures / "empty.jsonl"), "--json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.find("empty.jsonl: holds no records") != std::string::npos);
        const fs::path badTokenizer = root_ / "bad-tokenizer.json";
        std::ofstream(badTokenizer) << "{\"model\": ";
        r = runCli({"data", "render", "--tokenizer", q(badTokenizer), "--format", "chat", "--template", "chatml", q(chat_)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("bad-tokenizer.json") != std::string::npos, r.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TstCliDataRender)
#include "tst_cli_data_render.moc"
