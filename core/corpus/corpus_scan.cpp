#include "corpus/corpus_scan.h"

#include "corpus/duplicate_clusters.h"
#include "corpus/signals_file.h"
#include "corpus/spill_file.h"
#include "common/error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <exception>
#include <thread>
#include <unordered_map>


namespace adaptlab::corpus {

using nlohmann::json;

namespace {

constexpr double kQuantiles[] = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
constexpr const char* kQuantileNames[] = {"p1", "p5", "p25", "p50", "p75", "p95", "p99"};

} // namespace

namespace {

// Counts of metadata values with bounded memory: the "space-saving" top-k sketch (Metwally et al.
// 2005). Exact while a field has fewer distinct values than the capacity; beyond that the top
// values' counts are over-estimates by at most the smallest count evicted.
class TopValues {
public:
    explicit TopValues(size_t capacity) : capacity_(capacity) {}

    void add(std::string_view value)
    {
        auto it = counts_.find(std::string(value));
        if (it != counts_.end()) {
            ++it->second;
            return;
        }
        if (counts_.size() < capacity_) {
            counts_.emplace(std::string(value), 1);
            return;
        }
        auto smallest = std::min_element(counts_.begin(), counts_.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
        const int64_t count = smallest->second + 1;
        counts_.erase(smallest);
        counts_.emplace(std::string(value), count);
    }

    std::vector<std::pair<std::string, int64_t>> top(size_t n) const
    {
        std::vector<std::pair<std::string, int64_t>> all(counts_.begin(), counts_.end());
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (all.size() > n)
            all.resize(n);
        return all;
    }

private:
    size_t capacity_;
    std::unordered_map<std::string, int64_t> counts_;
};

// One signal's histogram and exact quantiles from two passes over its values, in memory that does
// not depend on how many values there are (at 40M documents a column held to sort would be 160 MB).
// Values are ordered by a 32-bit key that sorts as the floats do. The first pass takes min, max and
// mean and counts the values by the key's top 16 bits; that tells which 16-bit prefix holds each
// quantile's rank and at which rank inside it. The second pass bins every value and counts the values
// of just those prefixes by the key's low 16 bits, which gives the exact value at each rank: the
// same numbers as sorting the column.
class ColumnSummary {
public:
    explicit ColumnSummary(bool logBins) : coarse_(kPrefixes, 0) { histogram_.logBins = logBins; }

    void firstPass(float v)
    {
        if (values_ == 0)
            min_ = max_ = v;
        if (v < min_)
            min_ = v;
        if (max_ < v)
            max_ = v;
        sum_ += v;
        ++values_;
        ++coarse_[keyOf(v) >> 16];
    }

    // Between the passes: the bin edges and where each quantile's rank lies.
    void plan()
    {
        Histogram& h = histogram_;
        if (values_ == 0)
            return;
        h.min = min_;
        h.max = max_;
        h.mean = sum_ / static_cast<double>(values_);
        for (const double q : kQuantiles) {
            const uint64_t rank = std::min<uint64_t>(values_ - 1, static_cast<uint64_t>(q * static_cast<double>(values_ - 1) + 0.5));
            uint64_t before = 0;
            uint32_t prefix = 0;
            while (before + coarse_[prefix] <= rank)
                before += coarse_[prefix++];
            if (slotOf_.empty())
                slotOf_.assign(kPrefixes, 0);
            if (slotOf_[prefix] == 0) {
                fine_.emplace_back(kPrefixes, 0);
                slotOf_[prefix] = static_cast<uint8_t>(fine_.size()); // slot + 1
            }
            targets_.push_back({prefix, rank - before});
        }
        coarse_ = {};
        if (h.logBins && h.max > 0) {
            // [0, 1) then 10 bins per decade from 1 up to the maximum (lengths and counts).
            h.edges.push_back(0.0);
            const int decades = std::max(1, static_cast<int>(std::ceil(std::log10(std::max(1.0, h.max) + 1e-9))));
            const int perDecade = decades > 6 ? 5 : 10;
            for (int i = 0; i <= decades * perDecade; ++i)
                h.edges.push_back(std::pow(10.0, static_cast<double>(i) / perDecade));
        } else {
            const int bins = 40;
            double lo = h.min, hi = h.max;
            if (hi <= lo)
                hi = lo + 1.0;
            for (int i = 0; i <= bins; ++i)
                h.edges.push_back(lo + (hi - lo) * i / bins);
        }
        h.counts.assign(h.edges.size() - 1, 0);
    }

    void secondPass(float v)
    {
        // A value's bin: how many of the inner edges it reaches (the first bin is open below, the
        // last open above).
        const auto& edges = histogram_.edges;
        const auto innerBegin = edges.begin() + 1, innerEnd = edges.end() - 1;
        ++histogram_.counts[static_cast<size_t>(std::upper_bound(innerBegin, innerEnd, static_cast<double>(v)) - innerBegin)];
        const uint32_t key = keyOf(v);
        if (const uint8_t slot = slotOf_[key >> 16])
            ++fine_[slot - 1][key & 0xFFFF];
    }

    Histogram result()
    {
        for (const Target& target : targets_) {
            const std::vector<uint32_t>& counts = fine_[slotOf_[target.prefix] - 1];
            uint64_t before = 0;
            uint32_t low = 0;
            while (before + counts[low] <= target.rank)
                before += counts[low++];
            histogram_.quantiles.push_back(valueOf((target.prefix << 16) | low));
        }
        return std::move(histogram_);
    }

    uint64_t values() const { return values_; }

private:
    static constexpr size_t kPrefixes = size_t(1) << 16;
    struct Target {
        uint32_t prefix;
        uint64_t rank; // among the values of that prefix
    };

    // Unsigned order of the key = numeric order of the floats (negatives reversed below positives).
    static uint32_t keyOf(float v)
    {
        uint32_t bits;
        std::memcpy(&bits, &v, sizeof(bits));
        return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
    }
    static float valueOf(uint32_t key)
    {
        const uint32_t bits = (key & 0x80000000u) ? (key & 0x7FFFFFFFu) : ~key;
        float v;
        std::memcpy(&v, &bits, sizeof(v));
        return v;
    }

    Histogram histogram_;
    uint64_t values_ = 0;
    float min_ = 0, max_ = 0;
    double sum_ = 0;
    // Counts of 32 bits (256 KiB per column, ~7 MB for all of them during the read): a scan holds at
    // most 2^32 documents (duplicate clustering refuses more).
    std::vector<uint32_t> coarse_;            // values per key prefix (first pass)
    std::vector<uint8_t> slotOf_;             // prefix -> 1 + its row in fine_, 0 = not a quantile's
    std::vector<std::vector<uint32_t>> fine_; // values per low key bits, for the quantiles' prefixes
    std::vector<Target> targets_;             // one per quantile
};

using RowsBatch = DocumentBatch<std::vector<SignalRow>>;

// Signals, exact hash and band hashes of every document of a batch (on a worker thread).
void hashBatch(RowsBatch& batch, const MinHasher& hasher, bool quality)
{
    batch.payload.resize(batch.documents.size());
    for (size_t i = 0; i < batch.documents.size(); ++i) {
        const Document& doc = batch.documents[i];
        SignalRow& row = batch.payload[i];
        if (quality)
            row.signals = computeSignals(doc.text);
        row.position = doc.position;
        hasher.hashDocument(doc.text, row.exactHash, row.bandHashes, row.signature); // exact hash == exactHash(text)
    }
}

json histogramToJson(const Histogram& h)
{
    json quantiles = json::object();
    for (size_t i = 0; i < h.quantiles.size() && i < std::size(kQuantileNames); ++i)
        quantiles[kQuantileNames[i]] = h.quantiles[i];
    return {{"log_bins", h.logBins}, {"edges", h.edges}, {"counts", h.counts}, {"min", h.min},
            {"max", h.max},          {"mean", h.mean},   {"quantiles", quantiles}};
}

Histogram histogramFromJson(const json& j)
{
    Histogram h;
    h.logBins = j.value("log_bins", false);
    h.edges = j.value("edges", std::vector<double>{});
    h.counts = j.value("counts", std::vector<int64_t>{});
    h.min = j.value("min", 0.0);
    h.max = j.value("max", 0.0);
    h.mean = j.value("mean", 0.0);
    if (j.contains("quantiles"))
        for (const char* name : kQuantileNames)
            h.quantiles.push_back(j["quantiles"].value(name, 0.0));
    return h;
}

} // namespace

std::string urlHost(std::string_view url)
{
    const size_t scheme = url.find("://");
    if (scheme != std::string_view::npos)
        url.remove_prefix(scheme + 3);
    else if (url.substr(0, 2) == "//")
        url.remove_prefix(2);
    const size_t end = url.find_first_of("/?#");
    std::string_view host = url.substr(0, end);
    if (const size_t at = host.rfind('@'); at != std::string_view::npos)
        host.remove_prefix(at + 1);
    if (const size_t colon = host.rfind(':'); colon != std::string_view::npos && host.find(']') == std::string_view::npos)
        host = host.substr(0, colon);
    std::string result(host);
    for (char& c : result)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (result.find('.') == std::string::npos && result != "localhost")
        return {}; // not a host name ("see above", a bare word)
    return result;
}

json CorpusSummary::toJson() const
{
    json signals = json::object();
    for (const auto& [key, histogram] : histograms)
        signals[key] = histogramToJson(histogram);
    json metadata = json::object();
    for (const auto& [field, values] : metadataCounts) {
        json list = json::array();
        for (const auto& [value, count] : values)
            list.push_back({value, count});
        metadata[field] = list;
    }
    json errors = json::array();
    for (const auto& p : problems.examples)
        errors.push_back({{"kind", p.kind}, {"file", p.file}, {"line", p.line}, {"detail", p.detail}});
    json result = {{"documents", documents},
                   {"bytes", bytes},
                   {"characters", characters},
                   {"words", words},
                   {"lines", lines},
                   {"exact_duplicates", exactDuplicates},
                   {"near_duplicates", nearDuplicates},
                   {"duplicates_removed", duplicatesRemoved},
                   {"near_duplicate_clusters", nearDuplicateClusters},
                   {"largest_near_cluster", largestNearCluster},
                   {"largest_near_cluster_share", largestNearClusterShare},
                   {"near_threshold", nearThreshold},
                   {"signals", signals},
                   {"metadata", metadata},
                   {"failing_by_rule", failingByRule},
                   {"errors", errors},
                   {"error_counts", problems.counts},
                   {"error_count", problems.total()},
                   {"partial", partial},
                   {"files", files}};
    if (signalsFingerprint != 0)
        result["signals_fingerprint"] = fingerprintText(signalsFingerprint);
    return result;
}

CorpusSummary CorpusSummary::fromJson(const json& j)
{
    CorpusSummary s;
    s.documents = j.value("documents", int64_t{0});
    s.bytes = j.value("bytes", int64_t{0});
    s.characters = j.value("characters", int64_t{0});
    s.words = j.value("words", int64_t{0});
    s.lines = j.value("lines", int64_t{0});
    s.exactDuplicates = j.value("exact_duplicates", int64_t{0});
    s.nearDuplicates = j.value("near_duplicates", int64_t{0});
    s.duplicatesRemoved = j.value("duplicates_removed", s.exactDuplicates + s.nearDuplicates);
    s.nearDuplicateClusters = j.value("near_duplicate_clusters", int64_t{0});
    s.largestNearCluster = j.value("largest_near_cluster", int64_t{0});
    s.largestNearClusterShare = j.value("largest_near_cluster_share", 0.0);
    s.nearThreshold = j.value("near_threshold", 0.0);
    if (j.contains("signals"))
        for (const auto& [key, value] : j["signals"].items())
            s.histograms[key] = histogramFromJson(value);
    if (j.contains("metadata"))
        for (const auto& [field, values] : j["metadata"].items())
            for (const auto& pair : values)
                s.metadataCounts[field].emplace_back(pair.at(0).get<std::string>(), pair.at(1).get<int64_t>());
    s.failingByRule = j.value("failing_by_rule", std::map<std::string, int64_t>{});
    s.problems.counts = j.value("error_counts", std::map<std::string, int64_t>{});
    if (j.contains("errors"))
        for (const auto& e : j["errors"])
            s.problems.examples.push_back({e.value("kind", ""), e.value("file", ""), e.value("line", int64_t{0}),
                                           e.value("detail", "")});
    s.partial = j.value("partial", false);
    s.problems.partial = s.partial;
    s.files = j.value("files", std::vector<std::string>{});
    s.signalsFingerprint = parseFingerprint(j.value("signals_fingerprint", std::string())).value_or(0);
    return s;
}

CorpusSummary scanCorpus(const std::vector<std::filesystem::path>& inputs, const ScanOptions& options)
{
    // The signals file is also how the summary gets exact histograms and quantiles without keeping
    // per-document values in memory: without a requested path it is a temporary file.
    const bool temporary = options.signalsPath.empty();
    const std::filesystem::path spillFolder =
        !options.temporaryFolder.empty() ? options.temporaryFolder : options.signalsPath.parent_path();
    if (temporary && options.temporaryFolder.empty())
        throw Error("a scan without a signals file path needs a folder for its temporary files");
    if (!options.temporaryFolder.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(options.temporaryFolder, ec);
        if (ec)
            throwCheckedError("create folder", options.temporaryFolder.string(), ec.message());
    }
    auto stopRequested = [&] {
        return (options.cancel && options.cancel->load()) || (options.stopRequested && options.stopRequested());
    };

    CorpusReader reader(inputs, options.reader);
    CorpusSummary summary;
    for (const auto& file : reader.files())
        summary.files.push_back(file.string());
    const MinHasher hasher(options.minhash);
    // The writer writes a temporary file of its own beside the target; a temporary scan never
    // renames it (the target name is never created) and removes it at the end.
    SignalsFileWriter writer(temporary ? options.temporaryFolder / "scan.signals" : options.signalsPath, summary.files,
                             options.minhash.bands, options.minhash.numHashes());
    const auto rules = defaultQualityRules();
    std::map<std::string, TopValues> metadata;

    auto consume = [&](RowsBatch& batch) {
        for (size_t i = 0; i < batch.documents.size(); ++i) {
            const Document& doc = batch.documents[i];
            const SignalRow& row = batch.payload[i];
            writer.append(row);
            ++summary.documents;
            summary.bytes += static_cast<int64_t>(doc.text.size());
            summary.characters += static_cast<int64_t>(row.signals[static_cast<size_t>(Signal::Characters)]);
            summary.words += static_cast<int64_t>(row.signals[static_cast<size_t>(Signal::Words)]);
            summary.lines += static_cast<int64_t>(row.signals[static_cast<size_t>(Signal::Lines)]);
            if (options.qualitySignals)
                for (const auto& rule : rules)
                    if (!passes(rule, row.signals))
                        ++summary.failingByRule[rule.key];
            for (const auto& [key, value] : doc.metadata) {
                if (value.empty())
                    continue;
                const bool isUrl = key == "url" || key == "uri" || key == "link";
                if (isUrl) {
                    const std::string host = urlHost(value);
                    if (!host.empty())
                        metadata.try_emplace("url_host", 4096).first->second.add(host);
                    continue; // full URLs are (nearly) unique: counting them says nothing
                }
                metadata.try_emplace(key, 4096).first->second.add(value.size() > 200 ? value.substr(0, 200) : value);
            }
        }
    };

    using Clock = std::chrono::steady_clock;
    auto seconds = [](Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); };
    auto phaseStart = Clock::now();
    const int threads = options.threads > 0 ? options.threads : coresAvailable();
    bool stopped = false;
    forEachBatchParallel<std::vector<SignalRow>>(
        reader, threads, [&](RowsBatch& batch) { hashBatch(batch, hasher, options.qualitySignals); }, consume,
        [&] {
            if (options.progress)
                options.progress(reader.bytesRead(), reader.totalBytes(), summary.documents);
            stopped = stopRequested();
            return !stopped;
        });
    // A scan that did not read everything must not replace anything: the writer's destructor
    // removes its temporary file, and the file at signalsPath stays as it was.
    if (stopped)
        throw ScanStopped();
    summary.problems = reader.problems();
    summary.partial = reader.problems().partial;
    summary.problems.partial = summary.partial;
    writer.seal(); // complete, but not yet in place: the summary reads it where it is
    const std::filesystem::path written = writer.temporaryPath();
    summary.timings["read_and_hash_s"] = seconds(phaseStart);
    phaseStart = Clock::now();

    // Duplicates: exact copies by hash, then near duplicates verified against the documents kept
    // (duplicate_clusters.h), from the signals file in bounded memory, on a thread of their own
    // while the histograms are built from the same file.
    DuplicateClusters duplicates;
    std::exception_ptr duplicatesError;
    double duplicateSeconds = 0;
    std::thread duplicateThread([&] {
        const auto start = Clock::now();
        try {
            DuplicateOptions duplicateOptions;
            duplicateOptions.budgetBytes = options.summaryBudgetBytes;
            duplicateOptions.threshold = options.nearThreshold;
            duplicates = clusterDuplicates(SignalsFile::open(written), duplicateOptions);
        } catch (...) {
            duplicatesError = std::current_exception();
        }
        duplicateSeconds = seconds(start);
    });
    struct Joiner { // joins on every way out, exceptions included
        std::thread& thread;
        ~Joiner() { if (thread.joinable()) thread.join(); }
    } joiner{duplicateThread};

    if (options.qualitySignals) {
        // One read of the signals file makes every column's first pass and keeps the values for the
        // second: in memory when every column fits the budget (16 MB: ~140k documents), else each
        // column in its own temporary file, read back one column at a time.
        const SignalsFile signals = SignalsFile::open(written);
        const auto infos = signalInfos();
        const size_t documents = static_cast<size_t>(signals.documents());
        std::vector<ColumnSummary> columns;
        for (const auto& info : infos)
            columns.emplace_back(info.logScale);
        auto columnValue = [&](const SignalRow& row, size_t c) {
            return row.signals[static_cast<size_t>(infos[c].signal)];
        };
        const bool inMemory = documents * infos.size() * sizeof(float) <= options.summaryBudgetBytes;
        std::vector<std::vector<float>> held(inMemory ? infos.size() : 0);
        std::vector<SpillFile<float>> spills;
        if (inMemory) {
            for (auto& column : held)
                column.reserve(documents);
        } else {
            for (size_t c = 0; c < infos.size(); ++c)
                spills.emplace_back(spillFolder);
        }
        signals.forEachRow([&](int64_t, const SignalRow& row) {
            for (size_t c = 0; c < infos.size(); ++c) {
                const float value = columnValue(row, c);
                columns[c].firstPass(value);
                if (inMemory)
                    held[c].push_back(value);
                else
                    spills[c].write(value);
            }
        });
        for (size_t c = 0; c < infos.size(); ++c) {
            if (stopRequested())
                throw ScanStopped();
            columns[c].plan();
            if (columns[c].values() > 0) {
                if (inMemory)
                    for (const float value : held[c])
                        columns[c].secondPass(value);
                else
                    spills[c].forEach([&](float value) { columns[c].secondPass(value); });
            }
            summary.histograms[infos[c].key] = columns[c].result();
            columns[c] = ColumnSummary(infos[c].logScale); // its counts are no longer needed
        }
    }
    summary.timings["histograms_s"] = seconds(phaseStart);
    duplicateThread.join();
    if (duplicatesError)
        std::rethrow_exception(duplicatesError);
    summary.exactDuplicates = duplicates.exactDuplicates;
    summary.nearDuplicates = duplicates.nearDuplicates;
    summary.duplicatesRemoved = duplicates.removed();
    summary.nearDuplicateClusters = duplicates.nearClusters;
    summary.largestNearCluster = duplicates.largestNearCluster;
    summary.largestNearClusterShare =
        summary.documents > 0 ? double(duplicates.largestNearCluster) / double(summary.documents) : 0.0;
    summary.nearThreshold = duplicates.threshold;
    summary.timings["duplicates_s"] = duplicateSeconds;
    summary.timings["summary_s"] = seconds(phaseStart); // both, side by side
    for (const auto& [field, values] : metadata)
        summary.metadataCounts[field] = values.top(options.topMetadataValues);
    if (stopRequested())
        throw ScanStopped();
    // Everything was read and summarized: only now does the new file replace the old one.
    if (temporary) {
        writer.abort();
    } else {
        writer.finish();
        summary.signalsFingerprint = writer.fingerprint();
    }
    if (options.progress)
        options.progress(reader.bytesRead(), reader.totalBytes(), summary.documents);
    return summary;
}

} // namespace adaptlab::corpus
