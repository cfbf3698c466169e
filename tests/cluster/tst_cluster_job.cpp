// The cluster and cluster_save jobs end to end, as `adaptlab-cli run SPEC` children in a real
// project: a tiny random Llama (the SmolLM test tokenizer) embeds a small two-topic dataset; the
// run's clusters.json is checked for shape and consistency with the dataset, then chosen clusters
// become datasets in the store whose documents are exactly the clusters' members.
#include "corpus/corpus_reader.h"
#include "model/cluster.h"
#include "store/project_store.h"
#include "tiny_llama_folder.h"
#include "two_topic_corpus.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace adaptlab;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct CliResult {
    int exitCode = -1;
    QString output; // stdout and stderr
};

CliResult runSpec(const fs::path& specPath, const json& spec)
{
    std::ofstream(specPath) << spec.dump(2);
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(ADAPTLAB_CLI_PATH), {QStringLiteral("run"), QString::fromStdString(specPath.string())});
    if (!cli.waitForFinished(-1))
        return {};
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, QString::fromUtf8(cli.readAll())};
}

json readJson(const fs::path& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

} // namespace

class TestClusterJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    fs::path root_, project_, model_, corpus_;
    std::vector<std::string> texts_;

    json clusterSpec(const json& extra = json::object()) const
    {
        json params = {{"dataset", "mixed"}, {"model", model_.string()}, {"k", 2}, {"max_tokens", 24}, {"batch", 5},
                       {"device", "cpu"}, {"seed", 3}};
        params.update(extra);
        return {{"version", 1}, {"kind", "cluster"}, {"project", project_.string()}, {"params", params}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = fs::path(dir_.path().toStdString());
        project_ = root_ / "project";
        model_ = root_ / "tiny-llama";
        corpus_ = root_ / "mixed.jsonl";
        testing::writeTinyLlama(model_, 7, fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/smollm/tokenizer.json");
        texts_ = testing::twoTopicTexts();
        {
            std::ofstream out(corpus_);
            out << json{{"text", "   "}, {"topic", "none"}}.dump() << "\n"; // nothing to embed: left out
            for (size_t i = 0; i < texts_.size(); ++i)
                out << json{{"text", texts_[i]}, {"topic", i % 2 == 0 ? "food" : "computing"}}.dump() << "\n";
        }
        auto store = store::ProjectStore::create(project_);
        store::DatasetRecord dataset;
        dataset.name = "mixed";
        dataset.path = corpus_.string();
        dataset.format = "jsonl";
        store.addDataset(dataset);
    }

    void clusterThenSave()
    {
        const CliResult run = runSpec(root_ / "cluster.json", clusterSpec());
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));

        // The run's artifact names its clusters.json.
        fs::path clustersPath;
        int64_t runId = 0;
        {
            const auto store = store::ProjectStore::open(project_);
            for (const auto& artifact : store.artifacts())
                if (artifact.kind == "clusters") {
                    clustersPath = store.absolutePath(artifact.path);
                    runId = artifact.runId.value_or(0);
                }
        }
        QVERIFY(!clustersPath.empty());
        QCOMPARE(clustersPath, project_ / "runs" / std::to_string(runId) / "clusters.json");
        const json file = readJson(clustersPath);
        QCOMPARE(file["version"].get<int>(), 1);
        QCOMPARE(file["k"].get<int>(), 2);
        QCOMPARE(file["embedding_size"].get<int>(), 64);
        QCOMPARE(file["documents_clustered"].get<int>(), 16);
        QCOMPARE(file["documents_skipped"].get<int>(), 0); // the blank one is never read as text to embed
        QCOMPARE(file["source"]["dataset"].get<std::string>(), std::string("mixed"));
        // Documents 1..16 of the file (0 is blank), each with its cluster and its point.
        std::vector<int64_t> expectedIndices;
        for (int64_t i = 1; i <= 16; ++i)
            expectedIndices.push_back(i);
        QCOMPARE(file["documents"].get<std::vector<int64_t>>(), expectedIndices);
        const auto assignment = file["assignment"].get<std::vector<int64_t>>();
        QCOMPARE(assignment.size(), size_t(16));
        QCOMPARE(file["points_2d"].size(), size_t(16));
        for (const auto& point : file["points_2d"])
            QCOMPARE(point.size(), size_t(2));
        std::map<int64_t, int64_t> counted;
        for (const int64_t c : assignment) {
            QVERIFY(c == 0 || c == 1);
            ++counted[c];
        }
        int64_t sum = 0;
        QCOMPARE(file["clusters"].size(), size_t(2));
        for (const auto& cluster : file["clusters"]) {
            const int64_t id = cluster["id"].get<int64_t>();
            QCOMPARE(cluster["size"].get<int64_t>(), counted[id]);
            sum += cluster["size"].get<int64_t>();
            QVERIFY(!cluster["top_words"].empty());
            QVERIFY(cluster["examples"].size() >= 1 && cluster["examples"].size() <= 3);
            for (const auto& example : cluster["examples"]) {
                const int64_t index = example["index"].get<int64_t>();
                QCOMPARE(assignment[size_t(index - 1)], id); // an example belongs to its cluster
                QCOMPARE(example["text"].get<std::string>(), model::textPrefix(texts_[size_t(index - 1)], 300));
            }
            // Its top words are words of its own members.
            std::set<std::string> memberWords;
            for (size_t i = 0; i < assignment.size(); ++i)
                if (assignment[i] == id)
                    for (const std::string& word : model::countedWords(texts_[i]))
                        memberWords.insert(word);
            for (const auto& word : cluster["top_words"])
                QVERIFY2(memberWords.count(word.get<std::string>()), word.get<std::string>().c_str());
        }
        QCOMPARE(sum, int64_t(16));

        // The same spec and seed give the same clusters.
        const CliResult again = runSpec(root_ / "cluster-again.json", clusterSpec());
        QVERIFY2(again.exitCode == 0, qPrintable(again.output));
        const json second = readJson(project_ / "runs" / std::to_string(runId + 1) / "clusters.json");
        QCOMPARE(second["assignment"], file["assignment"]);

        // Save both clusters as datasets.
        const json save = {{"version", 1}, {"kind", "cluster_save"}, {"project", project_.string()},
                           {"params", {{"clusters", clustersPath.string()}, {"select", {0, 1}}, {"output", "topic"}}}};
        const CliResult saved = runSpec(root_ / "save.json", save);
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.output));
        const auto store = store::ProjectStore::open(project_);
        const auto parent = store.datasetByName("mixed");
        QVERIFY(parent.has_value());
        for (int64_t c = 0; c < 2; ++c) {
            const auto dataset = store.datasetByName("topic-" + std::to_string(c));
            QVERIFY(dataset.has_value());
            QCOMPARE(dataset->documents, counted[c]);
            QCOMPARE(dataset->parentDatasetId.value_or(0), parent->id);
            const json provenance = json::parse(dataset->provenanceJson);
            QCOMPARE(provenance["operation"].get<std::string>(), std::string("cluster"));
            QCOMPARE(provenance["cluster"].get<int64_t>(), c);
            // Exactly the cluster's members, in corpus order, with their metadata.
            std::vector<std::string> expected;
            for (size_t i = 0; i < assignment.size(); ++i)
                if (assignment[i] == c)
                    expected.push_back(texts_[i]);
            corpus::ReaderOptions options;
            options.fields.allOtherFieldsAsMetadata = true;
            corpus::CorpusReader reader({store.absolutePath(dataset->path)}, options);
            corpus::Document doc;
            std::vector<std::string> got;
            while (reader.next(doc)) {
                got.push_back(doc.text);
                QVERIFY(!doc.meta("topic").empty());
            }
            QCOMPARE(got, expected);
        }

        // Saving again under the same names is refused before anything is written.
        const CliResult twice = runSpec(root_ / "save-twice.json", save);
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.output.contains("already exists"), qPrintable(twice.output));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("params");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("k above the documents")
            << R"({"k": 17})" << 1 << "k = 17 clusters need at least as many documents";
        QTest::newRow("k above max_documents") << R"({"k": 5, "max_documents": 4})" << 2 << "params.max_documents is 4";
        QTest::newRow("no model") << R"({"model": "nowhere"})" << 1 << "no model at";
        QTest::newRow("bad device") << R"({"device": "gpu"})" << 2 << "must be auto, cpu, cuda or cuda:N";
        QTest::newRow("no such dataset") << R"({"dataset": "absent"})" << 2 << "absent";
    }
    void refusals()
    {
        QFETCH(QString, params);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const CliResult run = runSpec(root_ / "refused.json", clusterSpec(json::parse(params.toStdString())));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.output.contains(expected), qPrintable(run.output));
    }

    void saveRefusesAClusterThatIsNotThere()
    {
        fs::path clustersPath;
        {
            const auto store = store::ProjectStore::open(project_);
            for (const auto& artifact : store.artifacts())
                if (artifact.kind == "clusters")
                    clustersPath = store.absolutePath(artifact.path);
        }
        QVERIFY(!clustersPath.empty());
        const json save = {{"version", 1}, {"kind", "cluster_save"}, {"project", project_.string()},
                           {"params", {{"clusters", clustersPath.string()}, {"select", {5}}, {"output", "other"}}}};
        const CliResult run = runSpec(root_ / "save-bad.json", save);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains("must be a cluster id from 0 to 1"), qPrintable(run.output));
    }
};

QTEST_GUILESS_MAIN(TestClusterJob)
#include "tst_cluster_job.moc"
