// Scans that never destroy what they replace (issue 7), end to end through the real `adaptlab-cli`
// child process: a re-inspect stopped by SIGTERM leaves the dataset's signals file and summary as
// they were; a killed one leaves only a temporary file, which the next job start removes; two
// inspects of one dataset at once give one success and one refusal naming the other run; a job
// writing a dataset that another job holds is refused; filter and dedup refuse a signals file that
// is not the one the store describes; and a stopped dedup leaves no temporary file anywhere.
// Jobs that must be caught mid-scan read a "zstd bomb": 3,000 frames of 100k short records each
// (300M documents from a file of a few hundred kB), far more than any machine reads between the
// job's first progress event and the signal. (A FIFO fed by the test did this before; a FIFO named
// as a corpus is now refused, as one without a writer blocked the reader forever.)
#include "common/temp_file.h"
#include "corpus/jsonl_zst_writer.h"
#include "corpus/signals_file.h"
#include "jobs/dataset_lock.h"
#include "store/project_store.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#include <fstream>
#include <sys/stat.h>

using namespace adaptlab;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList& args, const QString& workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(ADAPTLAB_CLI_PATH, args);
    if (!p.waitForFinished(300000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

std::string documentLine(int i)
{
    static const char* const words[] = {"river", "stone", "garden", "light", "kernel", "thread", "bread", "quiet"};
    std::string text = "Document " + std::to_string(i);
    for (int w = 0; w < 6 + i % 9; ++w)
        text += std::string(" ") + words[(i * 7 + w * 3) % 8];
    return json{{"text", text + "."}}.dump() + "\n";
}

void writeDocuments(std::ostream& out, int from, int count)
{
    for (int i = from; i < from + count; ++i)
        out << documentLine(i);
    out.flush();
}

QByteArray readAll(const fs::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// AdaptLab's temporary files (hidden, ".adaptlab-tmp-" in the name) directly in `folder`.
QStringList temporaryFiles(const fs::path& folder)
{
    QStringList found;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (it->path().filename().string().find(".adaptlab-tmp-") != std::string::npos)
            found << QString::fromStdString(it->path().string());
    return found;
}

// Writes `documents` documents to a .jsonl.zst file.
void writeZstDocuments(const fs::path& path, int documents)
{
    corpus::JsonlZstWriter writer(path);
    for (int i = 0; i < documents; ++i) {
        const json line = json::parse(documentLine(i));
        writer.write(line["text"].get<std::string>(), {});
    }
    writer.finish();
}

// Replaces PATH with the zstd bomb described at the top.
void writeZstdBomb(const fs::path& path)
{
    const fs::path frame = path.string() + ".frame.zst";
    {
        corpus::JsonlZstWriter writer(frame);
        for (int i = 0; i < 100000; ++i)
            writer.write("a document to scan", {});
        writer.finish();
    }
    const QByteArray bytes = readAll(frame);
    fs::remove(frame);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (int i = 0; i < 3000; ++i)
        out.write(bytes.constData(), bytes.size());
}

// A CLI job that runs until the test signals it.
class LongJob {
public:
    LongJob(const QStringList& args, const QString& workDir = {})
    {
        if (!workDir.isEmpty())
            process.setWorkingDirectory(workDir);
        process.start(ADAPTLAB_CLI_PATH, args);
    }
    ~LongJob()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
    // Reads the job's events until one holds `text`.
    bool waitFor(const QByteArray& text)
    {
        if (!process.waitForStarted())
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!(out += process.readAllStandardOutput()).contains(text)) {
            if (process.state() == QProcess::NotRunning || timer.elapsed() > 120000)
                return false;
            process.waitForReadyRead(1000);
        }
        return true;
    }
    void signal(int number) { ::kill(static_cast<pid_t>(process.processId()), number); }
    int finish()
    {
        if (!process.waitForFinished(300000))
            return -2;
        out += process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QProcess process;
    QByteArray out;
};

} // namespace

class TestCliScanSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString project_;
    fs::path root_;
    int victims_ = 0;

    fs::path file(const char* name) const { return fs::path(dir_.path().toStdString()) / name; }

    // A dataset of `documents` documents from a .jsonl.zst file, inspected once.
    void addInspectedDataset(const std::string& name, int documents)
    {
        const fs::path corpus = corpusOf(name);
        writeZstDocuments(corpus, documents);
        QCOMPARE(cli({"dataset", "add", project_, QString::fromStdString(name), QString::fromStdString(corpus.string())}).exitCode, 0);
        const CliRun r = cli({"corpus", "inspect", "--project", project_, "--dataset", QString::fromStdString(name), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    fs::path corpusOf(const std::string& name) const { return file((name + ".jsonl.zst").c_str()); }

    store::DatasetSummaryRecord summaryOf(const std::string& name)
    {
        auto store = store::ProjectStore::open(project_.toStdString());
        return store.datasetSummary(store.datasetByName(name)->id).value_or(store::DatasetSummaryRecord{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = dir_.filePath("project");
        root_ = project_.toStdString();
        QCOMPARE(cli({"project", "init", project_}).exitCode, 0);
        ::signal(SIGPIPE, SIG_IGN);
    }

    // SIGTERM (the GUI's Stop) during a re-inspect: exit 143, and the complete signals file and the
    // summary of the previous scan are exactly as they were.
    void stoppedReinspectKeepsSignalsFile()
    {
        addInspectedDataset("stopped", 3000);
        const fs::path signals = root_ / "datasets" / "stopped.signals";
        const QByteArray before = readAll(signals);
        QVERIFY(!before.isEmpty());
        const auto summaryBefore = summaryOf("stopped");
        writeZstdBomb(corpusOf("stopped"));
        const QString work = dir_.filePath("work-stopped");
        QVERIFY(QDir().mkpath(work));

        LongJob job({"corpus", "inspect", "--project", project_, "--dataset", "stopped"}, work);
        QVERIFY2(job.waitFor("\"stage\":\"scan\""), job.out.constData());
        job.signal(SIGTERM);
        QCOMPARE(job.finish(), 143);
        QVERIFY(!job.out.contains("\"event\":\"done\""));

        QVERIFY(readAll(signals) == before);
        const auto summaryAfter = summaryOf("stopped");
        QCOMPARE(summaryAfter.summaryJson, summaryBefore.summaryJson);
        QCOMPARE(summaryAfter.updatedAt, summaryBefore.updatedAt);
        QCOMPARE(temporaryFiles(root_ / "datasets"), QStringList());
        QCOMPARE(temporaryFiles(root_ / "tmp"), QStringList());
        QCOMPARE(QDir(work).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), QStringList());
        // And it is still the file the store describes.
        const json scan = json::parse(summaryAfter.summaryJson);
        corpus::requireSignalsMatch(corpus::SignalsFile::open(signals), 3000,
                                    corpus::parseFingerprint(scan.at("signals_fingerprint").get<std::string>()));
    }

    // SIGKILL leaves the scan no way out: its temporary signals file stays behind, the old file is
    // untouched, and the next job started in the project removes the leftover (but not a live
    // process's temporary file).
    void killedScanLeftoversAreRemovedAtNextStart()
    {
        addInspectedDataset("killed", 2000);
        const fs::path signals = root_ / "datasets" / "killed.signals";
        const QByteArray before = readAll(signals);
        writeZstdBomb(corpusOf("killed"));
        {
            LongJob job({"corpus", "inspect", "--project", project_, "--dataset", "killed"});
            QVERIFY2(job.waitFor("\"stage\":\"scan\""), job.out.constData());
            job.signal(SIGKILL);
            QCOMPARE(job.finish(), -1);
        }
        QCOMPARE(temporaryFiles(root_ / "datasets").size(), 1); // the killed writer's file
        QVERIFY(readAll(signals) == before);
        // A live process's temporary file (this test's) must survive the cleaning.
        fs::create_directories(root_ / "tmp");
        const fs::path live = temporaryPath(root_ / "tmp", "live");
        std::ofstream(live) << "in use";

        addInspectedDataset("afterkill", 50); // the next job start in the project
        QCOMPARE(temporaryFiles(root_ / "datasets"), QStringList());
        QCOMPARE(temporaryFiles(root_ / "tmp"), QStringList{QString::fromStdString(live.string())});
        fs::remove(live);
    }

    // Two inspects of one dataset at once: the second is refused at once, naming the run that
    // writes the dataset; the first completes, and its file is the one the store describes.
    void concurrentInspectsOneRefused()
    {
        addInspectedDataset("shared", 100);
        const auto summaryBefore = summaryOf("shared");
        writeZstdBomb(corpusOf("shared"));
        LongJob first({"corpus", "inspect", "--project", project_, "--dataset", "shared"});
        QVERIFY2(first.waitFor("\"stage\":\"scan\""), first.out.constData()); // it holds the dataset's lock
        const CliRun second = cli({"corpus", "inspect", "--project", project_, "--dataset", "shared"});
        QCOMPARE(second.exitCode, 1);
        int64_t firstRun = 0;
        {
            auto store = store::ProjectStore::open(project_.toStdString());
            for (const auto& run : store.runs())
                if (run.pid == first.process.processId())
                    firstRun = run.id;
        }
        QVERIFY(firstRun > 0);
        QVERIFY2(second.out.contains("\"event\":\"error\"") && second.out.contains("\\\"shared\\\"") &&
                     second.out.contains(QByteArray("run ") + QByteArray::number(qint64(firstRun))) &&
                     second.out.contains(QByteArray::number(first.process.processId())),
                 second.out.constData());
        // The refused scan changed nothing; once the first one is stopped, the dataset is free again.
        first.signal(SIGTERM);
        QCOMPARE(first.finish(), 143);
        QCOMPARE(summaryOf("shared").summaryJson, summaryBefore.summaryJson);
        writeZstDocuments(corpusOf("shared"), 1234);
        const CliRun third = cli({"corpus", "inspect", "--project", project_, "--dataset", "shared", "--json"});
        QVERIFY2(third.exitCode == 0, third.err.constData());
        const auto summary = summaryOf("shared");
        const json scan = json::parse(summary.summaryJson);
        QCOMPARE(scan["documents"].get<int64_t>(), int64_t(1234));
        const auto file = corpus::SignalsFile::open(root_ / "datasets" / "shared.signals");
        corpus::requireSignalsMatch(file, 1234, corpus::parseFingerprint(scan["signals_fingerprint"].get<std::string>()));
        QCOMPARE(temporaryFiles(root_ / "datasets"), QStringList());
    }

    // A job writing a new dataset holds that dataset's lock: while another holds it, it is refused
    // (exit 1, the holder named) and leaves nothing; once free, it runs.
    void outputDatasetHeldByAnotherJob()
    {
        addInspectedDataset("source", 200);
        {
            const jobs::DatasetLock held(root_, "copy", 777, "corpus_filter");
            const CliRun r = cli({"corpus", "sample", "--project", project_, "--dataset", "source", "-n", "5", "--output",
                                  "copy", "--json"});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("\"copy\"") && r.err.contains("run 777"), r.err.constData());
            QVERIFY(!fs::exists(root_ / "datasets" / "copy.jsonl.zst"));
        }
        const CliRun r = cli({"corpus", "sample", "--project", project_, "--dataset", "source", "-n", "5", "--output",
                              "copy", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // A dataset's signals file that is not the one its stored summary describes (other rows, or the
    // same rows from another scan) is refused by every job that reads it, with the file named and
    // the advice to inspect again; nothing is written.
    void consumersRefuseAnotherSignalsFile_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<int>("replacementDocuments");
        QTest::newRow("filter, fewer rows") << "filter" << 150;
        QTest::newRow("filter, another scan of the same rows") << "filter" << 300;
        QTest::newRow("dedup, fewer rows") << "dedup" << 150;
        QTest::newRow("dedup, another scan of the same rows") << "dedup" << 300;
    }

    void consumersRefuseAnotherSignalsFile()
    {
        QFETCH(QString, job);
        QFETCH(int, replacementDocuments);
        const std::string name = "victim" + std::to_string(++victims_);
        addInspectedDataset(name, 300);
        // Another scan's file in its place (as a stopped scan of an older version left it), written
        // by an inspect of files that names the dataset's signals file as its own.
        const fs::path other = file(("other-" + name + ".jsonl").c_str());
        {
            std::ofstream out(other);
            writeDocuments(out, 0, replacementDocuments);
        }
        const fs::path spec = file(("replace-" + name + ".json").c_str());
        std::ofstream(spec) << json{{"version", 1},
                                    {"kind", "corpus_inspect"},
                                    {"params", {{"inputs", {other.string()}},
                                                {"signals_file", (root_ / "datasets" / (name + ".signals")).string()}}}}
                                   .dump();
        const CliRun replaced = cli({"run", QString::fromStdString(spec.string())});
        QVERIFY2(replaced.exitCode == 0, replaced.out.constData());

        const QString output = QString::fromStdString(name) + "-out";
        QStringList args{"corpus", job, "--project", project_, "--dataset", QString::fromStdString(name), "--output", output, "--json"};
        if (job == "dedup")
            args << "--mode" << "exact";
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QByteArray::fromStdString(name + ".signals")) &&
                     r.err.contains(QByteArray::fromStdString("inspect dataset \"" + name + "\" again")),
                 r.err.constData());
        auto store = store::ProjectStore::open(project_.toStdString());
        QVERIFY(!store.datasetByName(output.toStdString()).has_value());
        QVERIFY(!fs::exists(root_ / "datasets" / (output.toStdString() + ".jsonl.zst")));
    }

    // Outside a project: SIGTERM during dedup's hashing leaves no temporary file in the current
    // folder, beside the output, or anywhere else this test can see.
    void stoppedDedupLeavesNoTemporaryFiles()
    {
        const QString work = dir_.filePath("work-dedup");
        const QString outDir = dir_.filePath("dedup-out");
        QVERIFY(QDir().mkpath(work) && QDir().mkpath(outDir));
        const fs::path feed = fs::path(outDir.toStdString()) / "feed.jsonl.zst";
        writeZstdBomb(feed);
        LongJob job({"corpus", "dedup", QString::fromStdString(feed.string()), "--out", outDir + "/deduped.jsonl.zst"},
                    work);
        QVERIFY2(job.waitFor("\"stage\":\"hash\""), job.out.constData());
        job.signal(SIGTERM);
        QCOMPARE(job.finish(), 143);
        QCOMPARE(QDir(work).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), QStringList());
        QCOMPARE(QDir(outDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), QStringList{"feed.jsonl.zst"});
    }
};

QTEST_GUILESS_MAIN(TestCliScanSafety)
#include "tst_cli_scan_safety.moc"
