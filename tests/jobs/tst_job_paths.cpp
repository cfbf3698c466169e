// Where a job may write, in process: resolveWrittenPath keeps a project's jobs inside its folder
// (lexically and through symlinks) unless the caller allows outside paths; dataset names become
// file names only through the name rule; and the checks a preflight makes hold again at run time,
// where a change in between is a failure naming the field.
#include "jobs/job_context.h"
#include "jobs/job_inputs.h"
#include "jobs/job_registry.h"
#include "store/project_store.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace adaptlab;
using nlohmann::json;
namespace fs = std::filesystem;

class TestJobPaths : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    fs::path root_, projectDir_, outside_, corpus_;
    std::optional<store::ProjectStore> store_;

    std::vector<jobs::JobEvent> execute(const json& spec, const jobs::ExecuteOptions& options, int& exitCode)
    {
        std::vector<jobs::JobEvent> events;
        exitCode = jobs::executeSpecText(spec.dump(), root_, [&](const jobs::JobEvent& e) { events.push_back(e); },
                                         options);
        return events;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = fs::canonical(fs::path(dir_.path().toStdString()));
        projectDir_ = root_ / "project";
        outside_ = root_ / "outside";
        corpus_ = root_ / "corpus.jsonl";
        fs::create_directories(outside_);
        {
            std::ofstream out(corpus_);
            for (int i = 0; i < 20; ++i)
                out << json{{"text", "document " + std::to_string(i)}}.dump() << "\n";
        }
        store_.emplace(store::ProjectStore::create(projectDir_));
        store::DatasetRecord dataset;
        dataset.name = "general";
        dataset.path = corpus_.string();
        dataset.format = "jsonl";
        store_->addDataset(dataset);
        fs::create_directory_symlink(outside_, projectDir_ / "escape");
        fs::create_directories(projectDir_ / "sub");
        fs::create_directory_symlink(projectDir_ / "sub", projectDir_ / "inner-link");
    }

    void writtenPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("allowOutside");
        QTest::addColumn<QString>("expected"); // project-relative result, "@OUT@/..." outside, or "!" + message piece
        QTest::newRow("relative") << "datasets/x.jsonl.zst" << false << "datasets/x.jsonl.zst";
        QTest::newRow("new folders") << "a/b/c.txt" << false << "a/b/c.txt";
        QTest::newRow("inside after ..") << "a/../b.txt" << false << "b.txt";
        QTest::newRow("the folder itself") << "." << false << ".";
        QTest::newRow("absolute inside") << "@PROJECT@/x.txt" << false << "x.txt";
        QTest::newRow("symlink inside") << "inner-link/x.txt" << false << "sub/x.txt";
        QTest::newRow("parent") << "../outside/x.txt" << false << "!is outside the project folder";
        QTest::newRow("lexical escape") << "sub/../../outside/x.txt" << false << "!is outside the project folder";
        QTest::newRow("absolute outside") << "@OUT@/x.txt" << false << "!is outside the project folder";
        QTest::newRow("symlink escape") << "escape/x.txt" << false << "!is outside the project folder";
        QTest::newRow("sibling with common prefix") << "../project2/x.txt" << false << "!is outside the project folder";
        QTest::newRow("outside allowed") << "@OUT@/x.txt" << true << "@OUT@/x.txt";
        QTest::newRow("symlink escape allowed") << "escape/x.txt" << true << "@OUT@/x.txt";
        QTest::newRow("store file") << "project.adaptlab" << false << "!the project's store file";
        QTest::newRow("store file allowed") << "project.adaptlab" << true << "!the project's store file";
        QTest::newRow("store journal") << "./project.adaptlab-wal" << true << "!the project's store file";
        QTest::newRow("store name in a folder") << "sub/project.adaptlab" << false << "sub/project.adaptlab";
        QTest::newRow("empty") << "" << true << "!empty path";
        QTest::newRow("nul") << QString("a") + QChar(0) + "b" << true << "!NUL";
    }

    void writtenPaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, allowOutside);
        QFETCH(QString, expected);
        std::string text = path.toStdString();
        if (text.starts_with("@PROJECT@"))
            text = projectDir_.string() + text.substr(9);
        if (text.starts_with("@OUT@"))
            text = outside_.string() + text.substr(5);
        jobs::ExecuteOptions options;
        options.allowOutsidePaths = allowOutside;
        try {
            const fs::path resolved = jobs::resolveWrittenPath(&*store_, options, "params.out", text);
            QVERIFY2(!expected.startsWith('!'), qPrintable("accepted as " + QString::fromStdString(resolved.string())));
            const std::string want = expected.startsWith("@OUT@") ? (outside_ / expected.mid(6).toStdString()).string()
                : expected == "."                                 ? projectDir_.string()
                                                                  : (projectDir_ / expected.toStdString()).string();
            QCOMPARE(QString::fromStdString(resolved.lexically_normal().string()), QString::fromStdString(want));
        } catch (const jobs::SpecError& error) {
            QVERIFY2(expected.startsWith('!'), error.what());
            QCOMPARE(error.field(), std::string("params.out"));
            QVERIFY2(QString::fromStdString(error.message()).contains(expected.mid(1)), error.what());
        }
    }

    // Without a project there is nothing to stay inside; only empty and NUL paths are refused.
    void withoutAProject()
    {
        const fs::path resolved = jobs::resolveWrittenPath(nullptr, {}, "params.out", "../anywhere/x.txt");
        QCOMPARE(resolved, fs::absolute("../anywhere/x.txt"));
        QVERIFY_THROWS_EXCEPTION(jobs::SpecError, jobs::resolveWrittenPath(nullptr, {}, "params.out", ""));
    }

    void datasetFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("usable");
        QTest::newRow("plain") << "general" << true;
        QTest::newRow("unicode") << QString::fromUtf8("Gesetze-\u00e4\u00f6\u00fc") << true;
        QTest::newRow("parent") << "../../outside/evil" << false;
        QTest::newRow("sub folder") << "sub/dir" << false;
        QTest::newRow("dot dot") << ".." << false;
        QTest::newRow("newline") << "a\nb" << false;
        QTest::newRow("nul") << QString("a") + QChar(0) + "b" << false;
    }

    void datasetFileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, usable);
        const std::string text = name.toStdString();
        try {
            const fs::path path = jobs::datasetFilePath(*store_, text, ".signals");
            QVERIFY2(usable, path.c_str());
            QCOMPARE(path, projectDir_ / "datasets" / (text + ".signals"));
        } catch (const Error& error) {
            QVERIFY2(!usable, error.what());
            QVERIFY2(QString::fromStdString(error.what()).contains("rename it"), error.what());
        }
    }

    // The world may change between the preflight and the job: the job's own checks still hold,
    // as failures naming the field.
    void runTimeChecksStillHold_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("output dataset appeared") << "output" << "appeared" << "already exists in the project";
        QTest::newRow("output file appeared") << "out" << "appeared.jsonl.zst" << "already exists";
        QTest::newRow("out leads outside now") << "out" << "escape/x.jsonl.zst" << "is outside the project folder";
    }

    void runTimeChecksStillHold()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        jobs::JobSpec spec;
        spec.kind = "corpus_sample";
        spec.project = projectDir_.string();
        spec.params = {{"dataset", "general"}, {"n", 2}, {key.toStdString(), value.toStdString()}};
        // What changed after the spec was accepted:
        if (key == "output") {
            store::DatasetRecord appeared;
            appeared.name = "appeared";
            appeared.path = corpus_.string();
            appeared.format = "jsonl";
            if (!store_->datasetByName("appeared"))
                store_->addDataset(appeared);
        } else {
            std::ofstream(projectDir_ / "appeared.jsonl.zst") << "was here first";
        }
        jobs::JobContext context(spec, [](const jobs::JobEvent&) {}, &*store_, 0, root_);
        try {
            jobs::findJobKind("corpus_sample")->run(context);
            QFAIL("the job wrote its output");
        } catch (const jobs::SpecError& error) {
            QCOMPARE(QString::fromStdString(error.field()), "params." + key);
            QVERIFY2(QString::fromStdString(error.message()).contains(message), error.what());
        }
        QVERIFY(fs::is_empty(outside_));
        if (key == "out") {
            std::ifstream first(projectDir_ / "appeared.jsonl.zst");
            std::string content;
            std::getline(first, content);
            QCOMPARE(content, std::string("was here first"));
        }
    }

    // Permission to write outside comes from the caller (ExecuteOptions), never from the spec.
    void permissionComesFromTheCaller_data()
    {
        QTest::addColumn<bool>("allowOutside");
        QTest::newRow("run SPEC.json") << false;
        QTest::newRow("corpus command line") << true;
    }

    void permissionComesFromTheCaller()
    {
        QFETCH(bool, allowOutside);
        const fs::path out = outside_ / (allowOutside ? "allowed.jsonl.zst" : "refused.jsonl.zst");
        const json spec = {{"version", 1}, {"kind", "corpus_sample"}, {"project", projectDir_.string()},
                           {"params", {{"dataset", "general"}, {"n", 2}, {"out", out.string()}}}};
        const size_t runsBefore = store_->runs().size();
        jobs::ExecuteOptions options;
        options.allowOutsidePaths = allowOutside;
        int exitCode = -1;
        const auto events = execute(spec, options, exitCode);
        QVERIFY(!events.empty());
        if (allowOutside) {
            QCOMPARE(exitCode, jobs::kExitDone);
            QVERIFY(fs::exists(out));
            QCOMPARE(store_->runs().size(), runsBefore + 1);
            fs::remove(out);
        } else {
            QCOMPARE(exitCode, jobs::kExitSpecRefused);
            QCOMPARE(int(events.back().type), int(jobs::JobEvent::Type::Error));
            QCOMPARE(events.back().field, std::string("params.out"));
            QVERIFY(!fs::exists(out));
            QCOMPARE(store_->runs().size(), runsBefore);
        }
    }
};

QTEST_GUILESS_MAIN(TestJobPaths)
#include "tst_job_paths.moc"
