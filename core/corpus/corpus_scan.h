// One pass over a corpus computing, per document, every quality signal, the exact-duplicate hash,
// the MinHash band hashes and signature (written to a SignalsFile), and per dataset: counts,
// log-binned histograms of every signal, metadata value counts (URL host, source, ...), duplicate
// counts, and the share of documents failing each default rule. Reading is one thread; signals are
// computed by a pool (threads = cores available by default). Memory does not grow with the number
// of documents in what is the scan's own (the histograms' exact quantiles come from two passes over
// the values, not from holding them); what does is the duplicate clustering's (duplicate_clusters.h).
#pragma once

#include "common/cores.h"
#include "common/error.h"
#include "corpus/corpus_reader.h"
#include "corpus/dedup.h"
#include "corpus/quality_signals.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace adaptlab::corpus {

struct Histogram {
    bool logBins = false;
    std::vector<double> edges;   // bins + 1 edges
    std::vector<int64_t> counts; // per bin
    double min = 0, max = 0, mean = 0;
    std::vector<double> quantiles; // p1, p5, p25, p50, p75, p95, p99
};

struct CorpusSummary {
    int64_t documents = 0;
    int64_t bytes = 0;
    int64_t characters = 0;
    int64_t words = 0;
    int64_t lines = 0;
    // Duplicates as deduplication removes them (duplicate_clusters.h): exact copies first, then
    // near duplicates among the rest, so the two counts are disjoint and add up to what is removed.
    int64_t exactDuplicates = 0;       // documents whose normalized text repeats an earlier one
    int64_t nearDuplicates = 0;        // further documents verified similar to a kept one
    int64_t duplicatesRemoved = 0;     // the two together
    int64_t nearDuplicateClusters = 0; // kept documents with near duplicates
    int64_t largestNearCluster = 0;    // documents in the largest (its kept one and near duplicates)
    double largestNearClusterShare = 0; // of all documents (a large share: boilerplate, or a low threshold)
    double nearThreshold = 0;          // the estimated Jaccard similarity a near duplicate reaches
    std::map<std::string, Histogram> histograms;   // by signal key
    std::map<std::string, std::vector<std::pair<std::string, int64_t>>> metadataCounts; // top values per field ("url_host" too)
    std::map<std::string, int64_t> failingByRule;  // default rules, each alone
    ScanProblems problems;
    bool partial = false;
    std::vector<std::string> files;
    // The fingerprint of the signals file the scan wrote (SignalsFile::fingerprint()); 0 when it
    // wrote none that stays. In the JSON as "signals_fingerprint", 16 hex digits.
    uint64_t signalsFingerprint = 0;
    // Seconds per phase of the scan ("read_and_hash_s", then "duplicates_s" and "histograms_s" side
    // by side, "summary_s" the two together); reported
    // by the jobs, not part of toJson() (a stored summary should not change with machine load).
    std::map<std::string, double> timings;

    nlohmann::json toJson() const;
    static CorpusSummary fromJson(const nlohmann::json& json);
};

struct ScanOptions {
    ReaderOptions reader;
    MinHashParams minhash;
    double nearThreshold = 0;                // near duplicates: estimated Jaccard >= this; 0 = lshThreshold(bands, rows)
    int threads = 0;                         // 0 = cores available
    bool qualitySignals = true;              // false: only hashes (dedup), signals left at 0
    // Where the signals file goes; it replaces what is there only when the scan read the whole
    // corpus (a stopped or failed scan leaves the previous file as it was). Empty = none is kept:
    // the scan makes a temporary one in temporaryFolder, which it needs for the summary.
    std::filesystem::path signalsPath;
    // Where the scan keeps its temporary files (the signals file when signalsPath is empty, the
    // histograms' spill files): inside the project, or beside the output. Empty = beside
    // signalsPath, which must then be given (never the current folder or the system's /tmp).
    std::filesystem::path temporaryFolder;
    size_t topMetadataValues = 50;
    // Memory for the summary after the pass (each of duplicate clustering and the histograms):
    // beyond it they spill to temporary files beside the signals file instead of holding more.
    size_t summaryBudgetBytes = size_t(16) << 20;
    // A stop request: either is polled after each batch and between the summary's steps; the scan
    // then throws ScanStopped.
    const std::atomic<bool>* cancel = nullptr;
    std::function<bool()> stopRequested;
    // progress(bytesRead, totalBytes, documents)
    std::function<void(int64_t, int64_t, int64_t)> progress;
};

// Thrown by scanCorpus when it was asked to stop: nothing was written at options.signalsPath.
class ScanStopped : public Error {
public:
    ScanStopped() : Error("the scan was stopped before it read the whole corpus") {}
};

// Throws Error for fatal problems (unreadable input); record problems land in summary.problems.
CorpusSummary scanCorpus(const std::vector<std::filesystem::path>& inputs, const ScanOptions& options);

// Reads a corpus on the calling thread in batches of documents (~1 MB or 2048 documents) and runs
// work(batch) on `threads` worker threads; consume(batch) runs on the calling thread, one batch at
// a time in input order, so results that depend on order come out the same for any thread count.
// At most 3 batches per thread are in flight (bounded memory). afterBatch() runs on the calling
// thread after each batch is handed out; it returns false to stop reading (cancel).
template <typename Payload>
struct DocumentBatch {
    int64_t seq = 0;
    std::vector<Document> documents;
    Payload payload{};
};

template <typename Payload>
class BatchPipeline {
public:
    using Batch = DocumentBatch<Payload>;
    BatchPipeline(int threads, std::function<void(Batch&)> work, size_t capacity)
        : work_(std::move(work)), capacity_(capacity)
    {
        for (int i = 0; i < threads; ++i)
            workers_.emplace_back([this] { run(); });
    }
    ~BatchPipeline() { close(); }
    BatchPipeline(const BatchPipeline&) = delete;
    BatchPipeline& operator=(const BatchPipeline&) = delete;

    void push(Batch batch)
    {
        std::unique_lock lock(mutex_);
        ++inFlight_;
        pending_.push_back(std::move(batch));
        workReady_.notify_one();
    }

    // The next batch in sequence if it is done; with `wait`, blocks until it is.
    bool popDone(int64_t seq, Batch& out, bool wait)
    {
        std::unique_lock lock(mutex_);
        if (wait)
            doneChanged_.wait(lock, [&] { return done_.count(seq) > 0; });
        auto it = done_.find(seq);
        if (it == done_.end())
            return false;
        out = std::move(it->second);
        done_.erase(it);
        --inFlight_;
        return true;
    }

    bool full()
    {
        std::lock_guard lock(mutex_);
        return inFlight_ >= capacity_;
    }

    void close()
    {
        {
            std::lock_guard lock(mutex_);
            closed_ = true;
        }
        workReady_.notify_all();
        for (auto& worker : workers_)
            if (worker.joinable())
                worker.join();
    }

private:
    void run()
    {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(mutex_);
                workReady_.wait(lock, [&] { return closed_ || !pending_.empty(); });
                if (pending_.empty())
                    return;
                batch = std::move(pending_.front());
                pending_.pop_front();
            }
            work_(batch);
            {
                std::lock_guard lock(mutex_);
                done_.emplace(batch.seq, std::move(batch));
            }
            doneChanged_.notify_all();
        }
    }

    std::function<void(Batch&)> work_;
    size_t capacity_;
    std::mutex mutex_;
    std::condition_variable workReady_, doneChanged_;
    std::deque<Batch> pending_;
    std::map<int64_t, Batch> done_;
    size_t inFlight_ = 0;
    bool closed_ = false;
    std::vector<std::thread> workers_;
};

template <typename Payload, typename Work, typename Consume, typename AfterBatch>
void forEachBatchParallel(CorpusReader& reader, int threads, Work&& work, Consume&& consume, AfterBatch&& afterBatch)
{
    using Batch = DocumentBatch<Payload>;
    threads = threads > 0 ? threads : coresAvailable();
    BatchPipeline<Payload> pipeline(threads, [&work](Batch& b) { work(b); }, static_cast<size_t>(threads) * 3);
    int64_t nextToConsume = 0, seq = 0;
    Batch batch;
    size_t batchBytes = 0;
    Document doc;
    bool stopped = false;
    auto drain = [&](bool wait) {
        Batch done;
        while (nextToConsume < seq && pipeline.popDone(nextToConsume, done, wait)) {
            consume(done);
            ++nextToConsume;
        }
    };
    while (reader.next(doc)) {
        batchBytes += doc.text.size();
        batch.documents.push_back(std::move(doc));
        doc = Document();
        if (batchBytes >= (1 << 20) || batch.documents.size() >= 2048) {
            batch.seq = seq++;
            pipeline.push(std::move(batch));
            batch = Batch();
            batchBytes = 0;
            drain(false);
            while (pipeline.full()) { // bounded memory: wait for the oldest batch
                Batch done;
                pipeline.popDone(nextToConsume, done, true);
                consume(done);
                ++nextToConsume;
            }
            if (!afterBatch()) {
                stopped = true;
                break;
            }
        }
    }
    if (!batch.documents.empty() && !stopped) {
        batch.seq = seq++;
        pipeline.push(std::move(batch));
    }
    drain(true);
    pipeline.close();
}

// The host of a URL ("https://en.wikipedia.org/wiki/X" -> "en.wikipedia.org"), empty if none.
std::string urlHost(std::string_view url);

} // namespace adaptlab::corpus
