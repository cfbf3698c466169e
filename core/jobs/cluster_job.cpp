// Job "cluster" (issue 12, domain discovery CLIMB-style): the first documents of a dataset embedded
// with a model of the project (model/cluster.h: mean-pooled last hidden state), clustered with
// k-means, and described for a person: runs/<id>/clusters.json holds each cluster's size, its
// distinctive words and a few example documents, every clustered document's cluster and its place
// in the 2-D picture (the embeddings' first two principal components).
//
// Job "cluster_save": the chosen clusters of such a file written as derived datasets, one per
// cluster, the way corpus_filter/select write theirs (jsonl.zst + provenance in the store), so that
// they can be tokenized into shards and become sources of a mixture plan.
#include "common/atomic_file.h"
#include "common/translate_noop.h"
#include "corpus/reader_options_json.h"
#include "jobs/corpus_job_common.h"
#include "jobs/job_inputs.h"
#include "model/cluster.h"
#include "store/dataset_name.h"
#include "tokenize/tokenizer.h"
#include "train/checkpoint_folder.h"

#include <xxhash.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace adaptlab::jobs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

using namespace corpus_job;

constexpr int kClustersFileVersion = 1;
constexpr size_t kExamplesPerCluster = 3;
constexpr size_t kExampleChars = 300;
constexpr size_t kTopWords = 8;

// ---- cluster --------------------------------------------------------------------------------------

// params.model as the folder whose weights embed: a Hugging Face folder or a checkpoint as it is, a
// run folder by its final model, else its newest checkpoint.
fs::path resolveModelFolder(JobContext& context)
{
    const fs::path path = context.resolvePath(context.params().at("model").get<std::string>());
    std::error_code ec;
    if (fs::is_regular_file(path / "config.json", ec))
        return path;
    if (fs::is_regular_file(path / "final" / "config.json", ec))
        return path / "final";
    if (const auto checkpoint = train::latestCheckpoint(path))
        return *checkpoint;
    throw SpecError("params.model", "no model at " + path.string() +
                                        " (a Hugging Face folder with config.json, a checkpoint, or a run folder with final/ or checkpoints/)");
}

struct ReadDocument {
    int64_t index = 0; // in the corpus
    std::string text;
};

std::vector<ReadDocument> readDocuments(JobContext& context, const CorpusSource& source, int64_t maxDocuments)
{
    std::vector<ReadDocument> documents;
    corpus::CorpusReader reader(source.inputs, source.options);
    corpus::Document doc;
    while (int64_t(documents.size()) < maxDocuments && reader.next(doc)) {
        if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos)
            continue; // nothing to embed
        documents.push_back({doc.index, std::move(doc.text)});
        if ((documents.size() & 255) == 0) {
            context.progress(int64_t(documents.size()), maxDocuments, "read");
            context.throwIfStopped();
        }
    }
    return documents;
}

// A fingerprint of the clustered documents' texts in order: cluster_save checks that the dataset it
// reads again still holds them.
uint64_t textsFingerprint(const std::vector<std::string_view>& texts)
{
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    for (const std::string_view text : texts) {
        const uint64_t size = text.size();
        XXH3_64bits_update(state, &size, sizeof size);
        XXH3_64bits_update(state, text.data(), text.size());
    }
    const uint64_t hash = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return hash;
}

std::string hex(uint64_t value)
{
    std::ostringstream out;
    out << std::hex << value;
    return out.str();
}

double squaredDistance(const model::Matrix& a, int64_t row, const model::Matrix& b, int64_t bRow)
{
    double sum = 0.0;
    for (int64_t c = 0; c < a.cols; ++c) {
        const double d = double(a.at(row, c)) - double(b.at(bRow, c));
        sum += d * d;
    }
    return sum;
}

json runCluster(JobContext& context)
{
    const json& params = context.params();
    const CorpusSource source = resolveSource(context, "dataset", "inputs");
    const fs::path modelFolder = resolveModelFolder(context);
    const int64_t k = param<int64_t>(context, "k");
    const int64_t maxTokens = param<int64_t>(context, "max_tokens");
    const std::string device = param<std::string>(context, "device");

    // 1. The documents and their tokens. Only the first max_tokens count, so a long document is
    // cut (at a character boundary, generously: a token is rarely longer than 32 bytes) before it
    // is encoded.
    std::vector<ReadDocument> documents = readDocuments(context, source, param<int64_t>(context, "max_documents"));
    std::unique_ptr<tokenize::Tokenizer> tokenizer;
    try {
        tokenizer = tokenize::Tokenizer::open(model::tokenizerFileOf(modelFolder));
    } catch (const model::ModelInputError& error) {
        throw SpecError("params.model", error.what());
    }
    std::vector<std::string_view> cut;
    cut.reserve(documents.size());
    for (const ReadDocument& doc : documents)
        cut.push_back(std::string_view(doc.text).substr(0, model::textPrefix(doc.text, size_t(maxTokens) * 32).size()));
    context.progress(0, int64_t(documents.size()), "tokenize");
    const std::vector<std::vector<int32_t>> encoded = tokenizer->encodeBatch(cut, param<int64_t>(context, "threads") > 0 ? int(param<int64_t>(context, "threads")) : 0);
    context.throwIfStopped();
    // A document the tokenizer turns into no ids has nothing to embed: left out (and counted).
    model::EmbeddingRequest request;
    request.modelFolder = modelFolder;
    request.maxTokens = maxTokens;
    request.batchSize = param<int64_t>(context, "batch");
    request.device = device;
    std::vector<ReadDocument> clustered;
    for (size_t i = 0; i < documents.size(); ++i) {
        if (encoded[i].empty())
            continue;
        std::vector<int32_t> ids(encoded[i].begin(), encoded[i].begin() + std::min<int64_t>(int64_t(encoded[i].size()), maxTokens));
        request.documents.push_back(std::move(ids));
        clustered.push_back(std::move(documents[i]));
    }
    const int64_t skipped = int64_t(documents.size() - clustered.size());
    documents.clear();
    const int64_t n = int64_t(clustered.size());
    if (n < k)
        throw SpecError("params.k", "k = " + std::to_string(k) + " clusters need at least as many documents; " + source.name +
                                        " gave " + std::to_string(n) + " with text to embed");

    // 2. Embeddings, k-means, the 2-D picture.
    request.onBatch = [&context](int64_t done, int64_t total) {
        context.progress(done, total, "embed");
        context.throwIfStopped();
    };
    model::Matrix embeddings;
    model::KMeansResult clusters;
    model::Matrix picture;
    std::vector<double> explained;
    try {
        embeddings = model::embedDocuments(request);
        context.progress(0, 1, "k-means");
        model::KMeansOptions options;
        options.k = k;
        options.seed = param<uint64_t>(context, "seed");
        options.maxIterations = param<int64_t>(context, "iterations");
        options.device = device;
        clusters = model::kMeans(embeddings, options);
        picture = model::principalComponents(embeddings, 2, &explained, device);
    } catch (const model::ModelInputError& error) {
        // Input the model or k-means refuses (k above the distinct embeddings, a device not there).
        throw SpecError(std::string(error.what()).starts_with("k ") ? "params.k" : "params", error.what());
    }
    context.progress(1, 1, "k-means");

    // 3. What a person reads about each cluster: its size, its distinctive words, and the documents
    // nearest its centroid as examples.
    std::vector<std::string_view> texts;
    for (const ReadDocument& doc : clustered)
        texts.push_back(doc.text);
    const auto words = model::distinctiveWords(texts, clusters.assignment, k, kTopWords);
    std::vector<std::vector<std::pair<double, int64_t>>> nearest(static_cast<size_t>(k));
    for (int64_t i = 0; i < n; ++i) {
        const int64_t c = clusters.assignment[size_t(i)];
        nearest[size_t(c)].emplace_back(squaredDistance(embeddings, i, clusters.centroids, c), i);
    }
    json clusterRows = json::array();
    for (int64_t c = 0; c < k; ++c) {
        auto& members = nearest[size_t(c)];
        std::sort(members.begin(), members.end());
        json examples = json::array();
        for (size_t e = 0; e < members.size() && e < kExamplesPerCluster; ++e) {
            const ReadDocument& doc = clustered[size_t(members[e].second)];
            examples.push_back({{"index", doc.index}, {"text", model::textPrefix(doc.text, kExampleChars)}});
        }
        double x = 0.0, y = 0.0;
        for (const auto& member : members) {
            x += picture.at(member.second, 0);
            y += picture.at(member.second, 1);
        }
        const double size = double(std::max<size_t>(members.size(), 1));
        clusterRows.push_back({{"id", c},
                               {"size", clusters.sizes[size_t(c)]},
                               {"top_words", words[size_t(c)]},
                               {"examples", examples},
                               {"center_2d", {x / size, y / size}}});
    }
    json indices = json::array(), assignment = json::array(), points = json::array();
    for (int64_t i = 0; i < n; ++i) {
        indices.push_back(clustered[size_t(i)].index);
        assignment.push_back(clusters.assignment[size_t(i)]);
        points.push_back({picture.at(i, 0), picture.at(i, 1)});
    }
    json sourceJson = {{"name", source.name}};
    if (source.dataset) {
        sourceJson["dataset"] = source.dataset->name;
        sourceJson["dataset_id"] = source.dataset->id;
    } else {
        json inputs = json::array();
        for (const fs::path& input : source.inputs)
            inputs.push_back(input.string());
        sourceJson["inputs"] = inputs;
        sourceJson["reader"] = corpus::readerOptionsToJson(source.options);
    }
    const json file = {{"version", kClustersFileVersion},
                       {"source", sourceJson},
                       {"model", modelFolder.string()},
                       {"k", k},
                       {"seed", param<uint64_t>(context, "seed")},
                       {"max_tokens", maxTokens},
                       {"embedding_size", embeddings.cols},
                       {"documents_clustered", n},
                       {"documents_skipped", skipped},
                       {"texts_fingerprint", hex(textsFingerprint(texts))},
                       {"iterations", clusters.iterations},
                       {"converged", clusters.converged},
                       {"inertia", clusters.inertia},
                       {"reseeded", clusters.reseeded},
                       {"explained_variance_2d", explained},
                       {"clusters", clusterRows},
                       {"documents", indices},
                       {"assignment", assignment},
                       {"points_2d", points}};
    const fs::path clustersPath = context.workDir() / "clusters.json";
    fs::create_directories(context.workDir());
    AtomicFile out(clustersPath);
    out.write(file.dump());
    out.commit();
    if (context.store()) {
        store::ArtifactRecord artifact;
        artifact.runId = context.runId();
        artifact.kind = "clusters";
        artifact.path = context.store()->relativePath(clustersPath);
        artifact.metadataJson = json{{"source", source.name}, {"k", k}}.dump();
        context.store()->addArtifact(artifact);
    }
    context.metric("kmeans_inertia", clusters.iterations, 0, clusters.inertia);
    json sizes = json::array();
    for (const int64_t size : clusters.sizes)
        sizes.push_back(size);
    return {{"clusters_file", clustersPath.string()}, {"k", k},           {"documents_clustered", n},
            {"documents_skipped", skipped},          {"sizes", sizes},   {"iterations", clusters.iterations},
            {"converged", clusters.converged},       {"inertia", clusters.inertia}};
}

void validateCluster(const json& params, std::vector<SpecProblem>& problems)
{
    validateSource(params, "dataset", "inputs", problems);
    if (const auto device = params.find("device"); device != params.end() && device->is_string() &&
                                                  !isDeviceName(device->get<std::string>()))
        problems.push_back({"params.device", "must be auto, cpu, cuda or cuda:N"});
    const auto integer = [&](const char* key) -> std::optional<int64_t> {
        const auto it = params.find(key);
        return it != params.end() && it->is_number_integer() ? std::optional<int64_t>(it->get<int64_t>()) : std::nullopt;
    };
    const int64_t k = integer("k").value_or(8);
    if (const auto maxDocuments = integer("max_documents"); maxDocuments && *maxDocuments < k)
        problems.push_back({"params.k", "k = " + std::to_string(k) + " clusters need at least as many documents; params.max_documents is " +
                                            std::to_string(*maxDocuments)});
}

void preflightCluster(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)
{
    if (spec.params.contains("dataset"))
        if (const auto problem = datasetReferenceProblem(store, spec.params["dataset"].get<std::string>(), false))
            problems.push_back({"params.dataset", *problem});
}

// ---- cluster_save ---------------------------------------------------------------------------------

json readClustersFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw SpecError("params.clusters", "cannot read " + path.string());
    std::stringstream text;
    text << in.rdbuf();
    json file = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (!file.is_object() || file.value("version", 0) != kClustersFileVersion)
        throw SpecError("params.clusters", path.string() + ": not a clusters file of version " +
                                               std::to_string(kClustersFileVersion) + " (written by a cluster run)");
    for (const char* key : {"source", "k", "documents", "assignment", "texts_fingerprint"})
        if (!file.contains(key))
            throw SpecError("params.clusters", path.string() + ": no \"" + std::string(key) + "\" (the file is damaged)");
    if (!file["documents"].is_array() || !file["assignment"].is_array() || file["documents"].size() != file["assignment"].size())
        throw SpecError("params.clusters", path.string() + ": \"documents\" and \"assignment\" must be lists of one length");
    return file;
}

// The clusters params.select names, checked against the file's k.
std::vector<int64_t> selectedClusters(const json& select, int64_t k)
{
    std::set<int64_t> chosen;
    for (size_t i = 0; i < select.size(); ++i) {
        if (!select[i].is_number_integer() || select[i].get<int64_t>() < 0 || select[i].get<int64_t>() >= k)
            throw SpecError("params.select[" + std::to_string(i) + "]", "must be a cluster id from 0 to " + std::to_string(k - 1));
        chosen.insert(select[i].get<int64_t>());
    }
    return {chosen.begin(), chosen.end()};
}

std::string outputName(const std::string& prefix, int64_t cluster)
{
    return prefix + "-" + std::to_string(cluster);
}

json runClusterSave(JobContext& context)
{
    const json& params = context.params();
    const fs::path clustersPath = context.resolvePath(params.at("clusters").get<std::string>());
    const json file = readClustersFile(clustersPath);
    const int64_t k = file.at("k").get<int64_t>();
    const std::vector<int64_t> chosen = selectedClusters(params.at("select"), k);
    const std::string prefix = params.at("output").get<std::string>();
    if (!context.store())
        throw SpecError("params.output", "new datasets need \"project\" in the spec");

    // The source, read again: the dataset of the same id (a dataset removed and imported again under
    // the same name is another dataset), or the files with the mapping the cluster run used.
    CorpusSource source;
    const json& recorded = file.at("source");
    if (recorded.contains("dataset")) {
        const std::string name = recorded.at("dataset").get<std::string>();
        source.dataset = context.store()->datasetByName(name);
        if (!source.dataset || source.dataset->id != recorded.value("dataset_id", int64_t(0)))
            throw Error("the clustered dataset \"" + name + "\" is no longer in the project as it was clustered");
        DatasetFiles files = datasetFiles(*context.store(), *source.dataset);
        source.inputs = std::move(files.inputs);
        source.options = std::move(files.options);
        source.name = name;
    } else {
        for (const auto& input : recorded.at("inputs"))
            source.inputs.push_back(input.get<std::string>());
        source.options = corpus::readerOptionsFromJson(recorded.at("reader"));
        source.name = recorded.value("name", std::string("inputs"));
    }

    // Every output is locked and checked before anything is written: all the datasets or none.
    std::map<int64_t, CorpusOutput> outputs;
    for (const int64_t c : chosen) {
        const std::string name = outputName(prefix, c);
        if (const auto problem = store::datasetNameProblem(name))
            throw SpecError("params.output", *problem);
        CorpusOutput output{datasetFilePath(*context.store(), name, ".jsonl.zst"), name,
                            DatasetLock(context.store()->root(), name, context.runId(), context.spec().kind)};
        if (const auto problem = outputProblem(json{{"output", name}}, context.store(), {}))
            throw SpecError("params.output", problem->message);
        outputs.emplace(c, std::move(output));
    }
    std::map<int64_t, int64_t> clusterOf; // corpus index -> cluster
    const json& documents = file.at("documents");
    const json& assignment = file.at("assignment");
    for (size_t i = 0; i < documents.size(); ++i)
        clusterOf.emplace(documents[i].get<int64_t>(), assignment[i].get<int64_t>());
    std::map<int64_t, std::unique_ptr<corpus::JsonlZstWriter>> writers;
    for (const auto& [c, output] : outputs)
        writers.emplace(c, std::make_unique<corpus::JsonlZstWriter>(output.path));
    // The clustered documents' texts are fingerprinted on the way: a dataset whose documents
    // changed since the run would put documents in clusters they were never in.
    std::vector<std::string> seen;
    std::vector<std::string_view> seenViews;
    writePass(context, source, "write", [&](const corpus::Document& doc) {
        const auto it = clusterOf.find(doc.index);
        if (it == clusterOf.end())
            return;
        seen.push_back(doc.text);
        if (const auto writer = writers.find(it->second); writer != writers.end())
            writer->second->write(doc);
    });
    for (const std::string& text : seen)
        seenViews.push_back(text);
    if (hex(textsFingerprint(seenViews)) != file.at("texts_fingerprint").get<std::string>())
        throw Error(source.name + " no longer holds the documents that were clustered (they changed since the cluster run); "
                                  "cluster it again");
    json datasets = json::array();
    for (auto& [c, output] : outputs) {
        corpus::JsonlZstWriter& writer = *writers.at(c);
        writer.finish();
        json provenance = {{"operation", "cluster"}, {"cluster", c}, {"k", k}, {"clusters_file", clustersPath.string()},
                           {"model", file.value("model", std::string())}};
        const auto& rows = file.value("clusters", json::array());
        if (size_t(c) < rows.size())
            provenance["top_words"] = rows[size_t(c)].value("top_words", json::array());
        const int64_t id = registerOutput(context, output, source, writer, provenance);
        datasets.push_back({{"cluster", c}, {"name", output.datasetName}, {"dataset_id", id}, {"documents", writer.documents()},
                            {"output", output.path.string()}});
    }
    return {{"datasets", datasets}};
}

void validateClusterSave(const json& params, std::vector<SpecProblem>& problems)
{
    if (const auto select = params.find("select"); select != params.end() && (!select->is_array() || select->empty()))
        problems.push_back({"params.select", "must be a non-empty list of cluster ids (integers)"});
    if (params.contains("output") && params["output"].is_string())
        if (const auto problem = store::datasetNameProblem(params["output"].get<std::string>() + "-0"))
            problems.push_back({"params.output", *problem});
}

void preflightClusterSave(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)
{
    if (!store) {
        problems.push_back({"params.output", "new datasets need \"project\" in the spec"});
        return;
    }
    const json& params = spec.params;
    try {
        const json file = readClustersFile(resolveSpecPath(store, "params.clusters", params.at("clusters").get<std::string>()));
        for (const int64_t c : selectedClusters(params.at("select"), file.at("k").get<int64_t>()))
            if (const auto problem = outputProblem(json{{"output", outputName(params.at("output").get<std::string>(), c)}}, store, {}))
                problems.push_back(*problem);
    } catch (const SpecError& error) {
        problems.push_back({error.field(), error.message()});
    }
}

} // namespace

JobKind clusterKind()
{
    const model::KMeansOptions kmeans;
    return {.name = "cluster",
            .description = "Embed documents with a model and cluster them with k-means (domain discovery)",
            .params = corpusParams(
                {{.key = "model", .type = ParamType::PathRead,
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "The model whose mean last hidden state embeds each document: a Hugging Face folder, a checkpoint, or a run folder."),
                  .required = true},
                 {.key = "k", .type = ParamType::Integer, .defaultValue = 8, .min = 1, .max = 1000,
                  .unit = QT_TRANSLATE_NOOP("JobParams", "clusters"),
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "How many clusters k-means makes.")},
                 {.key = "seed", .type = ParamType::Integer, .defaultValue = kmeans.seed, .min = 0,
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "Seed of the k-means++ start: the same seed gives the same clusters."),
                  .advanced = true},
                 {.key = "max_documents", .type = ParamType::Integer, .defaultValue = 2000, .min = 1, .max = 1'000'000,
                  .unit = QT_TRANSLATE_NOOP("JobParams", "documents"),
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "How many documents are clustered: the first ones of the dataset.")},
                 {.key = "max_tokens", .type = ParamType::Integer, .defaultValue = 128, .min = 1, .max = 8192,
                  .unit = QT_TRANSLATE_NOOP("JobParams", "tokens"),
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "Only the first tokens of a document are embedded.")},
                 {.key = "batch", .type = ParamType::Integer, .defaultValue = 16, .min = 1, .max = 4096,
                  .unit = QT_TRANSLATE_NOOP("JobParams", "documents"),
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "Documents per forward pass (more is faster, needs more memory)."),
                  .advanced = true},
                 {.key = "iterations", .type = ParamType::Integer, .defaultValue = kmeans.maxIterations, .min = 1, .max = 10'000,
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "Lloyd iterations of k-means at most (it stops earlier when the centroids settle)."),
                  .advanced = true},
                 {.key = "device", .type = ParamType::String, .defaultValue = "auto",
                  .explanation = QT_TRANSLATE_NOOP("JobParams", "Where to embed and cluster: auto (a GPU when there is one), cpu, cuda or cuda:N."),
                  .advanced = true},
                 threadsParam()}),
            .validate = validateCluster,
            .preflight = preflightCluster,
            .run = runCluster};
}

JobKind clusterSaveKind()
{
    return {.name = "cluster_save",
            .description = "Save clusters of a cluster run as datasets (one per cluster)",
            .params = {{.key = "clusters", .type = ParamType::PathRead,
                        .explanation = QT_TRANSLATE_NOOP("JobParams", "The clusters.json a cluster run wrote (runs/ID/clusters.json)."),
                        .required = true},
                       {.key = "select", .type = ParamType::Object,
                        .explanation = QT_TRANSLATE_NOOP("JobParams", "The ids of the clusters to save, a list such as [0, 3]."),
                        .required = true},
                       {.key = "output", .type = ParamType::String,
                        .explanation = QT_TRANSLATE_NOOP("JobParams", "The new datasets' name prefix: cluster 3 becomes PREFIX-3."),
                        .required = true}},
            .validate = validateClusterSave,
            .preflight = preflightClusterSave,
            .run = runClusterSave};
}

} // namespace adaptlab::jobs
