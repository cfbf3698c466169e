// `adaptlab-cli data render --meco` through the real binary (the issue 12 command-line contract):
// per document one JSON line with "ids" and "loss_mask" of one length, "line", "prefix_tokens",
// "metadata" (null when none), equal to the ids worked out by hand for the tokenizer of
// meco_test_tokenizer.h; the fixture tests/fixtures/meco/corpus.jsonl holds hosts with ports,
// case and no scheme, a record without metadata, one without text, URLs without a host and a
// broken line, reported on stderr with file and line while the rest is rendered; another field
// with its label, hashed metadata, the readable form; refusals (exit 2) and failures (exit 1).
#include <QtTest>

#include "data/meco.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "meco_test_tokenizer.h"

using nlohmann::json;
using namespace meco_test;
namespace fs = std::filesystem;
using Ids = std::vector<int32_t>;

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

const Ids kDocument{kThe, kSpaceCat, kSpaceSat, '.'}; // "The cat sat."

Ids withBosEos(const Ids& prefix)
{
    Ids ids{kBos};
    ids.insert(ids.end(), prefix.begin(), prefix.end());
    ids.insert(ids.end(), kDocument.begin(), kDocument.end());
    ids.push_back(kEos);
    return ids;
}

std::vector<int> maskFor(size_t prefixTokens)
{
    std::vector<int> mask(1 + prefixTokens, 0);
    mask.insert(mask.end(), kDocument.size() + 1, 1);
    return mask;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

class TstCliMecoRender : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    fs::path root_, tokenizer_, corpus_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = dir_.path().toStdString();
        tokenizer_ = root_ / "tok";
        writeTokenizer(tokenizer_);
        corpus_ = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/meco/corpus.jsonl";
    }

    void urlContract()
    {
        const CliResult r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--meco", "url", q(corpus_), "--json"});
        QCOMPARE(r.exitCode, 0);
        const std::vector<json> lines = jsonLines(r.out);
        // Lines 1, 2, 3, 5, 6, 7 render; 4 has no text and 8 is cut (stderr).
        QCOMPARE(lines.size(), size_t(6));
        std::vector<int> numbers;
        for (const json& line : lines) {
            numbers.push_back(line["line"].get<int>());
            QCOMPARE(line["ids"].size(), line["loss_mask"].size());
        }
        QCOMPARE(numbers, (std::vector<int>{1, 2, 3, 5, 6, 7}));

        // Line 1: https://EN.Wikipedia.org:443/wiki/Cat -> "URL: en.wikipedia.org\n\n" as one string.
        const Ids wiki{kUrl, ':', kSpaceEn, '.', kWikipedia, '.', kOrg, kNewlines};
        QVERIFY(lines[0]["ids"].get<Ids>() == withBosEos(wiki));
        QVERIFY(lines[0]["loss_mask"].get<std::vector<int>>() == maskFor(8));
        QCOMPARE(lines[0]["prefix_tokens"].get<int>(), 8);
        QCOMPARE(lines[0]["metadata"].get<std::string>(), std::string("en.wikipedia.org"));
        QCOMPARE(lines[0]["prefix"].get<std::string>(), std::string("URL: en.wikipedia.org\n\n"));
        QCOMPARE(lines[0]["trained"].get<int>(), 5);
        // Line 2: scheme-less example.com/cats -> "URL: example.com\n\n".
        QVERIFY(lines[1]["ids"].get<Ids>() == withBosEos({kUrl, ':', kSpaceExample, '.', kCom, kNewlines}));
        QVERIFY(lines[1]["loss_mask"].get<std::vector<int>>() == maskFor(6));
        QCOMPARE(lines[1]["metadata"].get<std::string>(), std::string("example.com"));
        // Lines 3, 5, 6, 7: no url, no host, an object, null: no prefix, BOS still untrained.
        for (size_t i : {2, 3, 4, 5}) {
            QVERIFY(lines[i]["ids"].get<Ids>() == withBosEos({}));
            QVERIFY(lines[i]["loss_mask"].get<std::vector<int>>() == maskFor(0));
            QCOMPARE(lines[i]["prefix_tokens"].get<int>(), 0);
            QVERIFY(lines[i]["metadata"].is_null());
            QVERIFY(lines[i]["prefix"].is_null());
        }
        // The bad records and the URLs without a host, with file and line.
        const std::string file = corpus_.string();
        QVERIFY2(has(r.err, file + ": line 4: missing_text_field"), r.err.c_str());
        QVERIFY2(has(r.err, file + ": line 5: field url: \"https:///no-host\" has no host"), r.err.c_str());
        QVERIFY2(has(r.err, file + ": line 6: field url: \"{\"host\":\"x.org\"}\" has no host"), r.err.c_str());
        QVERIFY2(has(r.err, file + ": line 8: invalid_json"), r.err.c_str());
        QVERIFY2(!has(r.err, "line 7"), r.err.c_str()); // null is absent: nothing to report
        QVERIFY2(has(r.err, "6 documents rendered, 2 with a URL prefix"), r.err.c_str());
    }

    void otherFieldAndLabel()
    {
        CliResult r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--meco", "source", q(corpus_), "--json"});
        QCOMPARE(r.exitCode, 0);
        std::vector<json> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), size_t(6));
        // "Source: gcide\n\n", "Source: foldoc\n\n": the value as it is, under the field's name.
        QVERIFY(lines[0]["ids"].get<Ids>() == withBosEos({kSource, ':', kSpaceGcide, kNewlines}));
        QVERIFY(lines[0]["loss_mask"].get<std::vector<int>>() == maskFor(4));
        QCOMPARE(lines[0]["metadata"].get<std::string>(), std::string("gcide"));
        QVERIFY(lines[1]["ids"].get<Ids>() == withBosEos({kSource, ':', kSpaceFoldoc, kNewlines}));
        QVERIFY(lines[2]["metadata"].is_null());
        QVERIFY2(!has(r.err, "has no host"), r.err.c_str()); // not a URL field

        r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--meco", "source", "--meco-label", "Topic", q(corpus_), "--json"});
        QCOMPARE(r.exitCode, 0);
        lines = jsonLines(r.out);
        QVERIFY(lines[0]["ids"].get<Ids>() == withBosEos({kTopic, ':', kSpaceGcide, kNewlines}));
        QCOMPARE(lines[0]["prefix"].get<std::string>(), std::string("Topic: gcide\n\n"));
    }

    void hashedMetadata()
    {
        const CliResult r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--meco", "url", "--meco-hash", q(corpus_), "--json"});
        QCOMPARE(r.exitCode, 0);
        const std::vector<json> lines = jsonLines(r.out);
        const std::string hashed = lines[0]["metadata"].get<std::string>();
        QCOMPARE(hashed, adaptlab::data::hashedMetadata("en.wikipedia.org"));
        QVERIFY(hashed != lines[1]["metadata"].get<std::string>());
        // "URL: h<12 hex>\n\n": no hash run is a vocabulary word, so " h..." is its bytes.
        Ids prefix{kUrl, ':', ' '};
        for (const char c : hashed)
            prefix.push_back(static_cast<unsigned char>(c));
        prefix.push_back(kNewlines);
        QVERIFY(lines[0]["ids"].get<Ids>() == withBosEos(prefix));
        QVERIFY(lines[0]["loss_mask"].get<std::vector<int>>() == maskFor(prefix.size()));
    }

    void readableForm()
    {
        const CliResult r = runCli({"data", "render", "--tokenizer", q(tokenizer_), "--meco", "url", q(corpus_)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(has(r.out, "--- line 1: 14 tokens, 5 trained, url en.wikipedia.org\n"), r.out.c_str());
        QVERIFY2(has(r.out, "URL: en.wikipedia.org\n\n\xe2\x80\xbaThe cat sat."), r.out.c_str()); // › after the prefix
        QVERIFY2(has(r.out, "--- line 3: 6 tokens, 5 trained, no metadata\n"), r.out.c_str());
    }

    void refusalsAndFailures()
    {
        const QString tok = q(tokenizer_), corpus = q(corpus_);
        for (const QStringList& args :
             {QStringList{"data", "render", "--tokenizer", tok, "--meco", "url", "--format", "chat", corpus},
              QStringList{"data", "render", "--tokenizer", tok, "--meco-hash", "--format", "chat", corpus},
              QStringList{"data", "render", "--tokenizer", tok, "--meco", "", corpus},
              QStringList{"data", "render", "--tokenizer", tok, "--meco", "url"},
              QStringList{"data", "render", "--tokenizer", tok, "--meco", "url", q(root_ / "missing.jsonl")},
              QStringList{"data", "render", "--tokenizer", q(root_ / "no-tokenizer"), "--meco", "url", corpus},
              QStringList{"data", "render", "--tokenizer", tok, "--meco"}}) {
            const CliResult r = runCli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(' ') + " -> " + QString::number(r.exitCode) + ": " + QString::fromStdString(r.err)));
            QVERIFY2(has(r.err, "usage: adaptlab-cli data"), r.err.c_str());
        }
        // Nothing renderable: every record lacks the text field (--text-field body).
        const CliResult r = runCli({"data", "render", "--tokenizer", tok, "--meco", "url", "--text-field", "body", corpus, "--json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.empty());
        QVERIFY2(has(r.err, "missing_text_field"), r.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TstCliMecoRender)
#include "tst_cli_meco_render.moc"
