// End to end through the real `adaptlab-cli` child process: project init, dataset add, run jobs
// (scan, train a SentencePiece tokenizer), refused specs, and a stop by SIGTERM — checking the
// JSON-lines events, the exit codes and what lands in the project store.
#include "corpus/jsonl_zst_writer.h"
#include "jobs/job_event.h"
#include "store/project_store.h"
#include "tokenize/tokenizer.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/stat.h>
#include <fstream>
#include <random>

using namespace adaptlab;
using nlohmann::json;

namespace {

struct CliResult {
    int exitCode = -1;
    std::vector<jobs::JobEvent> events;
    QString stdOut, stdErr;
};

CliResult runCli(const QStringList& args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(ADAPTLAB_CLI_PATH, args);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.stdOut = QString::fromUtf8(process.readAllStandardOutput());
    result.stdErr = QString::fromUtf8(process.readAllStandardError());
    for (const QString& line : result.stdOut.split('\n', Qt::SkipEmptyParts))
        if (auto event = jobs::parseEventLine(line.toStdString()))
            result.events.push_back(*event);
    return result;
}

const jobs::JobEvent* findEvent(const CliResult& result, jobs::JobEvent::Type type)
{
    for (const auto& event : result.events)
        if (event.type == type)
            return &event;
    return nullptr;
}

// Synthetic corpora: a "general" one from everyday words and a "domain" one full of computing
// jargon, so the tokenizer's fertility differs between them.
void writeCorpus(const std::string& path, int documents, const std::vector<std::string>& vocabulary, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::ofstream out(path);
    for (int d = 0; d < documents; ++d) {
        std::string text;
        const int words = 8 + static_cast<int>(rng() % 40);
        for (int w = 0; w < words; ++w)
            text += (w ? " " : "") + vocabulary[rng() % vocabulary.size()];
        out << json{{"text", text + "."}, {"source", "synthetic"}}.dump() << "\n";
    }
}

const std::vector<std::string> kGeneral = {"the", "house", "garden", "river", "walked", "morning", "bread",
                                           "friend", "window", "quiet", "and", "of", "to", "with", "light",
                                           "children", "summer", "old", "table", "letter", "city", "road"};
const std::vector<std::string> kDomain = {"kernel", "mutex", "segfault", "compiler", "pointer", "malloc",
                                          "TCP/IP", "x86_64", "0xDEADBEEF", "recursion", "bytecode", "JIT",
                                          "lexer", "the", "of", "and", "SIGTERM", "stdout", "fork()", "inode"};

} // namespace

class TestCliJobs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString project_;

    QString writeSpec(const char* name, const json& spec)
    {
        const QString path = dir_.filePath(name);
        std::ofstream(path.toStdString()) << spec.dump(2);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = dir_.filePath("project");
        writeCorpus(dir_.filePath("general.jsonl").toStdString(), 1500, kGeneral, 1);
        writeCorpus(dir_.filePath("domain.jsonl").toStdString(), 1500, kDomain, 2);
    }

    void version()
    {
        const auto r = runCli({"--version"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.stdOut.startsWith("adaptlab-cli "));
    }

    void projectInitAndDatasets()
    {
        auto r = runCli({"project", "init", project_});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(store::ProjectStore::isProject(project_.toStdString()));
        r = runCli({"project", "init", project_});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stdErr.contains(project_), qPrintable(r.stdErr));

        QCOMPARE(runCli({"dataset", "add", project_, "general", dir_.filePath("general.jsonl")}).exitCode, 0);
        QCOMPARE(runCli({"dataset", "add", project_, "domain", dir_.filePath("domain.jsonl")}).exitCode, 0);
        r = runCli({"dataset", "add", project_, "missing", dir_.filePath("nope.jsonl")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.stdErr.contains("nope.jsonl"));
        auto store = store::ProjectStore::open(project_.toStdString());
        QCOMPARE(store.datasets().size(), size_t(2));
    }

    void scanDataset()
    {
        const auto spec = writeSpec("scan.json", {{"version", 1}, {"kind", "scan_dataset"},
                                                  {"project", project_.toStdString()},
                                                  {"params", {{"datasets", {"general", "domain"}}}}});
        const auto r = runCli({"run", spec});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdOut + r.stdErr));
        const auto* done = findEvent(r, jobs::JobEvent::Type::Done);
        QVERIFY(done);
        const json result = json::parse(done->resultJson);
        QCOMPARE(result["documents"].get<int64_t>(), int64_t(3000));
        QVERIFY(findEvent(r, jobs::JobEvent::Type::Progress));
        auto store = store::ProjectStore::open(project_.toStdString());
        const auto general = store.datasetByName("general");
        QCOMPARE(general->documents, int64_t(1500));
        const auto runs = store.runs();
        QCOMPARE(runs.front().kind, std::string("scan_dataset"));
        QCOMPARE(store::toString(runs.front().status), store::toString(store::RunStatus::Done));
        QCOMPARE(json::parse(runs.front().resultJson)["documents"].get<int64_t>(), int64_t(3000));
        QVERIFY(!store.metrics(runs.front().id, "documents/general").empty());
    }

    // Several files added as one dataset are read together by every job that names it.
    void severalFilesAreOneDataset()
    {
        auto r = runCli({"dataset", "add", project_, "both", dir_.filePath("general.jsonl"), dir_.filePath("domain.jsonl")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        QCOMPARE(json::parse(r.stdOut.toStdString())["files"].size(), size_t(2));
        r = runCli({"dataset", "add", project_, "mixed", dir_.filePath("general.jsonl"), dir_.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stdErr.contains("is a folder"), qPrintable(r.stdErr));

        const auto spec = writeSpec("scan-both.json", {{"version", 1}, {"kind", "scan_dataset"},
                                                       {"project", project_.toStdString()},
                                                       {"params", {{"datasets", {"both"}}}}});
        r = runCli({"run", spec});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdOut + r.stdErr));
        const auto* done = findEvent(r, jobs::JobEvent::Type::Done);
        QVERIFY(done);
        const json scanned = json::parse(done->resultJson);
        QCOMPARE(scanned["documents"].get<int64_t>(), int64_t(3000));
        QCOMPARE(scanned["inputs"][0]["paths"].size(), size_t(2));

        r = runCli({"corpus", "inspect", "--project", project_, "--dataset", "both", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
        const json inspected = json::parse(r.stdOut.toStdString());
        QCOMPARE(inspected["documents"].get<int64_t>(), int64_t(3000));
        QCOMPARE(inspected["files"].size(), size_t(2));
        auto store = store::ProjectStore::open(project_.toStdString());
        QVERIFY(!store.datasetByName("mixed").has_value());
    }

    void trainTokenizer()
    {
        const auto spec = writeSpec("tok.json", {{"version", 1}, {"kind", "train_tokenizer"},
                                                 {"project", project_.toStdString()},
                                                 {"params", {{"datasets", {"general"}}, {"measure_datasets", {"domain"}}, {"vocab_size", 300},
                                                             {"eval_documents", 200}, {"name", "tiny"}}}});
        const auto r = runCli({"run", spec});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stdOut + r.stdErr));
        const json result = json::parse(findEvent(r, jobs::JobEvent::Type::Done)->resultJson);
        QCOMPARE(result["vocab_size"].get<int>(), 300);
        auto store = store::ProjectStore::open(project_.toStdString());
        const auto model = store.absolutePath(result["model"].get<std::string>());
        QVERIFY(std::filesystem::exists(model));
        QCOMPARE(model.parent_path().filename().string(), std::string("tokenizers"));
        std::map<std::string, double> fertility, coverage;
        for (const auto& input : result["inputs"]) {
            fertility[input["name"]] = input["fertility"].get<double>();
            coverage[input["name"]] = input["coverage"].get<double>();
            // every whitespace word is at least one piece
            QVERIFY(input["fertility"].get<double>() >= 1.0);
        }
        // every character of the training corpus is in the vocabulary; the jargon's digits, '_',
        // 'x' and '(' are not, so byte fallback encodes them
        QCOMPARE(coverage["general"], 1.0);
        QVERIFY(coverage["domain"] > 0.5 && coverage["domain"] < 1.0);
        // a tokenizer trained on everyday words splits unseen jargon into more pieces
        QCOMPARE(result["inputs"].size(), size_t(2));
        QVERIFY(result["inputs"][0]["trained_on"].get<bool>());
        QVERIFY(!result["inputs"][1]["trained_on"].get<bool>());
        QVERIFY2(fertility["domain"] > fertility["general"],
                 qPrintable(QString("domain %1 general %2").arg(fertility["domain"]).arg(fertility["general"])));
        const auto run = store.runs().front();
        QCOMPARE(store::toString(run.status), store::toString(store::RunStatus::Done));
        const auto artifacts = store.artifacts(run.id);
        QCOMPARE(artifacts.size(), size_t(1));
        QCOMPARE(artifacts.front().kind, std::string("tokenizer"));
        const auto fertilityPoints = store.metrics(run.id, "fertility");
        // one series per input, its source the dataset, holding the fertility the result reports
        QCOMPARE(fertilityPoints.size(), size_t(2));
        for (const auto& point : fertilityPoints)
            QCOMPARE(point.value, fertility.at(point.source));
        // the model the job wrote loads and round-trips text in this process (which links torch)
        const auto tokenizer = tokenize::Tokenizer::open(model);
        QCOMPARE(tokenizer->decode(tokenizer->encode("the kernel and the garden")), std::string("the kernel and the garden"));
    }

    void refusedSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("bad version") << R"({"version":9,"kind":"scan_dataset","params":{"path":"x"}})" << "version" << 2;
        QTest::newRow("unknown kind") << R"({"version":1,"kind":"nope"})" << "kind" << 2;
        QTest::newRow("not json") << "{oops" << "" << 2;
        QTest::newRow("bad param") << R"({"version":1,"kind":"train_tokenizer","params":{"files":["x"],"vocab_size":-1}})"
                                   << "params.vocab_size" << 2;
    }

    void refusedSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, field);
        QFETCH(int, exitCode);
        const QString path = dir_.filePath("refused.json");
        std::ofstream(path.toStdString()) << spec.toStdString();
        const auto r = runCli({"run", path});
        QCOMPARE(r.exitCode, exitCode);
        const auto* error = findEvent(r, jobs::JobEvent::Type::Error);
        QVERIFY(error);
        QCOMPARE(QString::fromStdString(error->field), field);
        QVERIFY(!findEvent(r, jobs::JobEvent::Type::Done));
    }

    void failuresAreReported()
    {
        // A project path that is not a project: refused before any run exists.
        auto spec = writeSpec("noproj.json", {{"version", 1}, {"kind", "scan_dataset"},
                                              {"project", dir_.filePath("not-a-project").toStdString()},
                                              {"params", {{"path", "x.jsonl"}}}});
        auto r = runCli({"run", spec});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(findEvent(r, jobs::JobEvent::Type::Error)->field, std::string("project"));
        // A missing input in a project: the run is recorded as failed with the reason.
        spec = writeSpec("missing.json", {{"version", 1}, {"kind", "scan_dataset"}, {"project", project_.toStdString()},
                                          {"params", {{"files", {"missing.jsonl"}}}}});
        r = runCli({"run", spec});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QString::fromStdString(findEvent(r, jobs::JobEvent::Type::Error)->message).contains("missing.jsonl"));
        auto store = store::ProjectStore::open(project_.toStdString());
        QCOMPARE(store::toString(store.runs().front().status), store::toString(store::RunStatus::Failed));
        QVERIFY(QString::fromStdString(store.runs().front().message).contains("missing.jsonl"));
    }

    void stopBySigterm()
    {
        // The job scans far more than it can read before the stop request arrives: 3,000 zstd frames
        // of 100k records each, one after another (300M documents, 9 GB of text, from a file of a
        // few hundred kB), so it is still scanning when its first progress event has been seen. (A
        // FIFO fed by this test used to hold it, but a FIFO named explicitly is now refused: one
        // without a writer blocked the reader forever.)
        const std::string frame = dir_.filePath("frame.jsonl.zst").toStdString();
        {
            corpus::JsonlZstWriter writer(frame);
            for (int i = 0; i < 100000; ++i)
                writer.write("a document to scan", {});
            writer.finish();
        }
        std::ifstream in(frame, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const QString corpusPath = dir_.filePath("stop.jsonl.zst");
        {
            std::ofstream out(corpusPath.toStdString(), std::ios::binary);
            for (int i = 0; i < 3000; ++i)
                out << bytes;
        }
        const auto spec = writeSpec("stop.json", {{"version", 1}, {"kind", "scan_dataset"},
                                                  {"project", project_.toStdString()},
                                                  {"params", {{"path", corpusPath.toStdString()}}}});
        QProcess process;
        process.start(ADAPTLAB_CLI_PATH, {"run", spec});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"event\":\"progress\""), 60000);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 143);
        QVERIFY(!out.contains("\"event\":\"done\""));
        auto store = store::ProjectStore::open(project_.toStdString());
        QCOMPARE(store::toString(store.runs().front().status), store::toString(store::RunStatus::Stopped));
    }
};

QTEST_GUILESS_MAIN(TestCliJobs)
#include "tst_cli_jobs.moc"
