// Bad job specs through the real `adaptlab-cli run`: every spec in tests/fixtures/specs/ (one per
// failure mode) and the ones too large for a file must be refused the same way — exit 2, one
// `error` event naming the field, no run row, no run folder, nothing written outside the project.
// Also: a dataset whose name predates the name rule never becomes a path, and a spec without a
// project may write where it likes.
#include "jobs/job_event.h"
#include "store/project_store.h"

#include <QtTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

using namespace adaptlab;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct CliResult {
    int exitCode = -1; // -1: it crashed (or never ended)
    std::vector<jobs::JobEvent> events;
    QString output;
};

CliResult runCli(const QStringList& args, const QString& workingDir = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(ADAPTLAB_CLI_PATH, args);
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    result.output = QString::fromUtf8(out + process.readAllStandardError()).left(4000);
    for (const QByteArray& line : out.split('\n'))
        if (auto event = jobs::parseEventLine(line.toStdString()))
            result.events.push_back(*event);
    return result;
}

std::vector<jobs::JobEvent> eventsOf(const CliResult& result, jobs::JobEvent::Type type)
{
    std::vector<jobs::JobEvent> found;
    for (const auto& event : result.events)
        if (event.type == type)
            found.push_back(event);
    return found;
}

QStringList listing(const fs::path& dir)
{
    QStringList names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        names << QString::fromStdString(entry.path().filename().string());
    names.sort();
    return names;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

} // namespace

class TestBadSpecs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    fs::path root_, project_, outside_, corpus_;

    // A refusal leaves the project and the outside folder as they were: no run row, nothing in
    // runs/, nothing outside. (Every test before the last two is a refusal.)
    void verifyRefused(const CliResult& r, const QString& field, const QString& message)
    {
        QVERIFY2(r.exitCode == 2, qPrintable(QString("exit %1: %2").arg(r.exitCode).arg(r.output)));
        const auto errors = eventsOf(r, jobs::JobEvent::Type::Error);
        QVERIFY2(errors.size() == 1, qPrintable(r.output));
        QCOMPARE(QString::fromStdString(errors.front().field), field);
        QVERIFY2(QString::fromStdString(errors.front().message).contains(message),
                 qPrintable(QString::fromStdString(errors.front().message)));
        QVERIFY(eventsOf(r, jobs::JobEvent::Type::Done).empty());
        auto store = store::ProjectStore::open(project_);
        QCOMPARE(store.runs().size(), size_t(0));
        QCOMPARE(listing(project_ / "runs"), QStringList());
        QCOMPARE(listing(outside_), QStringList());
    }

    QString writeSpec(const std::string& text, const char* name = "spec.json")
    {
        const fs::path path = root_ / name;
        std::ofstream(path, std::ios::binary) << text;
        return QString::fromStdString(path.string());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = fs::path(dir_.path().toStdString());
        project_ = root_ / "project";
        outside_ = root_ / "outside";
        corpus_ = root_ / "corpus.jsonl";
        fs::create_directories(outside_);
        {
            std::ofstream out(corpus_);
            for (int i = 0; i < 50; ++i)
                out << json{{"text", "document number " + std::to_string(i) + " has a few words in it"}}.dump() << "\n";
        }
        QCOMPARE(runCli({"project", "init", QString::fromStdString(project_.string())}).exitCode, 0);
        for (const char* name : {"general", "taken"})
            QCOMPARE(runCli({"dataset", "add", QString::fromStdString(project_.string()), name,
                             QString::fromStdString(corpus_.string())})
                         .exitCode,
                     0);
        std::ofstream(project_ / "existing.jsonl.zst") << "not to be replaced";
        std::ofstream(project_ / "datasets" / "orphan.jsonl.zst") << "not to be replaced";
        fs::create_directories(project_ / "tokenizers");
        std::ofstream(project_ / "tokenizers" / "old.model") << "not to be replaced";
        fs::create_directory_symlink(outside_, project_ / "escape");
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        std::ifstream in(std::string(ADAPTLAB_SOURCE_DIR) + "/tests/fixtures/specs/expected.json");
        const json cases = json::parse(in);
        QVERIFY(cases.size() >= 30);
        for (const auto& c : cases) {
            const std::string file = c["file"].get<std::string>();
            QTest::newRow(file.c_str()) << QString::fromStdString(file)
                                        << QString::fromStdString(c["field"].get<std::string>())
                                        << QString::fromStdString(c["message"].get<std::string>());
        }
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QString, message);
        std::ifstream in(std::string(ADAPTLAB_SOURCE_DIR) + "/tests/fixtures/specs/" + file.toStdString(), std::ios::binary);
        QVERIFY(in);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        replaceAll(text, "@PROJECT@", project_.string());
        replaceAll(text, "@OUTSIDE@", outside_.string());
        replaceAll(text, "@CORPUS@", corpus_.string());
        verifyRefused(runCli({"run", writeSpec(text)}), field, message);
        // The files a refusal must not replace are intact.
        std::ifstream existing(project_ / "existing.jsonl.zst");
        std::string content;
        std::getline(existing, content);
        QCOMPARE(content, std::string("not to be replaced"));
    }

    // 100k-300k levels crashed `run` with a stack overflow; 10k made a 200 MB runs/N/spec.json.
    void deepNesting_data()
    {
        QTest::addColumn<int>("levels");
        QTest::addColumn<bool>("objects");
        QTest::newRow("10k arrays") << 10000 << false;
        QTest::newRow("300k arrays") << 300000 << false;
        QTest::newRow("300k objects") << 300000 << true;
    }

    void deepNesting()
    {
        QFETCH(int, levels);
        QFETCH(bool, objects);
        std::string deep;
        deep.reserve(size_t(levels) * 8);
        for (int i = 0; i < levels; ++i)
            deep += objects ? "{\"a\":" : "[";
        deep += "1";
        for (int i = 0; i < levels; ++i)
            deep += objects ? "}" : "]";
        // (Spliced into the text: a json value this deep is what the spec must never become.)
        std::string text = json{{"version", 1}, {"kind", "corpus_inspect"}, {"project", project_.string()},
                                {"params", {{"dataset", "general"}, {"threads", "@DEEP@"}}}}
                               .dump();
        replaceAll(text, "\"@DEEP@\"", deep);
        verifyRefused(runCli({"run", writeSpec(text)}), "params.threads", "at most 64");
    }

    void tooLarge()
    {
        // Valid JSON, 16 MiB and one byte: refused for its size alone.
        std::string text = json{{"version", 1}, {"kind", "scan_dataset"}, {"project", project_.string()},
                                {"params", {{"datasets", {"general"}}}}}
                               .dump();
        text.append(16 * 1024 * 1024 + 1 - text.size(), ' ');
        verifyRefused(runCli({"run", writeSpec(text)}), "", "16 MiB");
    }

    // A store from before the name rule can hold a dataset named like a path; a job that would
    // build a file name from it refuses instead.
    void oldStoreNameNeverBecomesAPath()
    {
        const fs::path old = root_ / "old-project";
        QCOMPARE(runCli({"project", "init", QString::fromStdString(old.string())}).exitCode, 0);
        QCOMPARE(runCli({"dataset", "add", QString::fromStdString(old.string()), "placeholder",
                         QString::fromStdString(corpus_.string())})
                     .exitCode,
                 0);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open((old / store::kStoreFileName).c_str(), &db), SQLITE_OK);
        const int rc = sqlite3_exec(db, "UPDATE datasets SET name = '../../outside/evil' WHERE name = 'placeholder'",
                                    nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
        const json spec = {{"version", 1}, {"kind", "corpus_inspect"}, {"project", old.string()},
                           {"params", {{"dataset", "../../outside/evil"}}}};
        const auto r = runCli({"run", writeSpec(spec.dump())});
        QVERIFY2(r.exitCode == 2, qPrintable(r.output));
        const auto errors = eventsOf(r, jobs::JobEvent::Type::Error);
        QCOMPARE(errors.size(), size_t(1));
        QCOMPARE(errors.front().field, std::string("params.dataset"));
        QVERIFY2(QString::fromStdString(errors.front().message).contains("rename it"), errors.front().message.c_str());
        QCOMPARE(store::ProjectStore::open(old).runs().size(), size_t(0));
        QCOMPARE(listing(outside_), QStringList());
        QVERIFY(!fs::exists(old / "datasets" / ".." / ".." / "outside" / "evil.signals"));
        // Reading it without writing a file named after it still works.
        const json scan = {{"version", 1}, {"kind", "scan_dataset"}, {"project", old.string()},
                           {"params", {{"datasets", {"../../outside/evil"}}}}};
        QCOMPARE(runCli({"run", writeSpec(scan.dump())}).exitCode, 0);
    }

    // Without a project there is no project to stay in: relative paths are the caller's.
    void withoutAProjectAnyPathGoes()
    {
        const fs::path work = root_ / "work";
        fs::create_directories(work);
        const json spec = {{"version", 1}, {"kind", "corpus_sample"},
                           {"params", {{"inputs", {corpus_.string()}}, {"n", 3}, {"out", "../free/sample.jsonl.zst"}}}};
        const auto r = runCli({"run", writeSpec(spec.dump(), "free.json")}, QString::fromStdString(work.string()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY(fs::exists(root_ / "free" / "sample.jsonl.zst"));
    }

    // A written path inside the project, through a folder that does not exist yet, is fine.
    void insideTheProjectIsWritten()
    {
        const json spec = {{"version", 1}, {"kind", "corpus_sample"}, {"project", project_.string()},
                           {"params", {{"dataset", "general"}, {"n", 3}, {"out", "exports/new/../sample.jsonl.zst"}}}};
        const auto r = runCli({"run", writeSpec(spec.dump())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY(fs::exists(project_ / "exports" / "sample.jsonl.zst"));
        QCOMPARE(listing(outside_), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBadSpecs)
#include "tst_bad_specs.moc"
