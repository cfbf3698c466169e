// The training data order: which tokens every row of every batch holds, as a pure function of
// (plan, seed, step), so a resumed run (or another rank) sees exactly the batches it would have
// seen. Torch-free: rows are plain int32 arrays; the trainer turns them into tensors.
//
// Rows are packed from documents of token shards (tokenize/token_shard.h): a row starts at a
// document boundary and concatenates documents, EOS after each, until it holds seqLen + 1 tokens
// (inputs = the first seqLen, targets = the last seqLen); the last document is cut. Which source a
// row comes from follows the weights (replay counted as one source with its fraction of rows);
// documents within a source are visited in a seeded permutation per epoch, without replacement.
// Every token carries a loss-mask bit (1 = counts in the loss); plain CPT sets all to 1, SFT and
// MeCo set some to 0.
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "data" part). Change only by adding.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace adaptlab::train {

struct DataSource {
    std::string name;                   // shown in metrics ("foldoc", "gcide")
    std::filesystem::path shardFolder;  // a shard build (tokenize/shard_builder.h) folder
    double weight = 1.0;                // relative, among the non-replay sources
    bool replay = false;                // general data mixed back in at DataPlan::replayFraction
};

struct DataPlan {
    std::vector<DataSource> sources;
    double replayFraction = 0.0; // share of rows from the replay source(s); the rest by weight
    int64_t seqLen = 256;
    int64_t globalBatch = 8;     // rows per optimizer step, over all ranks and micro-batches
    uint64_t seed = 0;
    int64_t eosId = -1;          // appended after each document; required
    int64_t bosId = -1;          // -1 = none; else prepended to each document
};

// A batch of rows, row-major (rows x seqLen).
struct Batch {
    int64_t rows = 0;
    int64_t seqLen = 0;
    std::vector<int32_t> inputs;
    std::vector<int32_t> targets;
    std::vector<uint8_t> lossMask;   // 1 = the target counts
    std::vector<int32_t> sourceIndex; // per row, index into DataPlan::sources
};

class DataOrder {
public:
    // Opens every source's training shards; throws Error naming the folder/file when one is
    // missing, empty, or has a different vocabulary size.
    explicit DataOrder(DataPlan plan);
    ~DataOrder();
    const DataPlan& plan() const;

    // Rows [firstRow, firstRow + rowCount) of optimizer step `step` (rows 0..globalBatch-1):
    // rank r of w with m micro-batches reads its own contiguous slice. Pure: same args, same batch.
    Batch rows(int64_t step, int64_t firstRow, int64_t rowCount) const;
    Batch batch(int64_t step) const { return rows(step, 0, plan().globalBatch); }

    // The held-out split of source `sourceIndex` (the shard build's heldout shard), packed the
    // same way in a fixed order, cut to at most maxRows rows; empty when the source has none.
    Batch heldOut(size_t sourceIndex, int64_t maxRows) const;

    // Per source: training tokens available, and the epochs the plan implies for `steps` steps
    // (the Train panel warns above 4: Muennighoff et al.).
    int64_t sourceTokens(size_t sourceIndex) const;
    double epochsFor(size_t sourceIndex, int64_t steps) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace adaptlab::train
