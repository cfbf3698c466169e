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
// What the order guarantees (the data part's choices, tested in tests/train/tst_data_order.cpp):
// - Purity. rows(step, firstRow, rowCount) depends only on (plan, the shards' content, step, row):
//   a fresh DataOrder, a resumed run and every rank compute the same rows, whatever was asked before.
//   Rank slices of a step concatenated are the step's batch.
// - Sources. Global row g = step * globalBatch + row. The replay group (all replay sources) gets
//   row g by a balanced (Sturmian) sequence of rate replayFraction: any window of L consecutive
//   global rows holds floor or ceil of L * replayFraction replay rows. Inside each group the
//   sources split the group's rows the same way, one after the other in plan order (source i
//   against the sources after it, at rate w_i / (w_i + w_i+1 + ...)). So with one source per group
//   every source gets its share +-1 row in any window; with k sources in a group the later ones
//   can be off by up to k - 1 rows (exactly balanced sequences of three or more rates do not exist
//   in general). Sources of weight 0 get no rows; replay sources get none when replayFraction is 0
//   (their held-out split still serves evaluation).
// - Documents. Each source reads an endless stream of its training documents: epoch e visits all
//   N documents (in shard order across train-*.shard files) in a seeded permutation (a 4-round
//   Feistel network keyed by XXH3 of (seed, source index, epoch), with cycle walking), so no
//   document repeats before every other has come. The source's rows take this stream greedily:
//   a row starts at a document, holds [BOS] doc EOS [BOS] doc EOS ... and ends after seqLen + 1
//   tokens. The document a row ends inside: when it is longer than a row, the next row continues
//   it where this one stopped (so long documents are used whole, in row-sized pieces: the one
//   case where a row does not start at a document boundary); when only its BOS fit, it starts the
//   next row; otherwise it loses its tail and the next row starts at the next document. A row may
//   run from the end of one epoch into the next, so a source smaller than one row works (its
//   documents repeat inside a row). Empty documents are skipped.
// - Cost. A source's k-th row starts where its row k-1 ended, so its start is found by walking
//   document lengths (not tokens) from the stream's beginning; the walk is memoised (a start every
//   16 rows), so a batch costs O(its tokens) once the walk has reached it, and a fresh DataOrder
//   (resume, another rank) pays one pass over the lengths of the documents before its step
//   (e.g. ~10^6 documents per ~0.1 s): never a replay of earlier batches' tokens.
// - Held-out: the source's heldout-*.shard documents in file order, packed the same way without
//   wrapping; the last row is padded with EOS whose targets have mask 0.
// - Opening verifies every shard (checksum, offsets, ids < vocabulary size): never trust a file.
// - MeCo (DataPlan::meco, issue 12): a source's rows before the cooldown (its first
//   sourceRows(i, mecoCooldownStep * globalBatch) rows) are conditioned: a document with metadata
//   is packed [BOS] prefix tokens EOS, and the targets that are a document's BOS or prefix tokens
//   are masked (a document without metadata gets no prefix; its BOS is masked too, as
//   data::renderMecoDocument renders it). A document of which only that untrained head fits at a
//   row's end starts the next row instead. Rows from the cooldown on are plain CPT rows, the
//   streams going on where phase 1 stopped. The row walk counts the prefixes, so purity, rank
//   slices and resume hold as above. The prefix ids of each distinct metadata string are encoded
//   once (DataPlan::tokenizer); heldOut(i, n, true) is the conditioned held-out split.
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "data" part). Change only by adding.
#pragma once

#include "data/meco.h"
#include "data/mixture.h"
#include "train/batch.h" // DocumentSegment, Batch
#include "train/row_source.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
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

    // ---- Added for issue 12 ----
    // The mix over training (data/mixture.h, owner: the "mixture" part): empty = one segment from
    // the sources' weights and replayFraction (what a plan without phases gives). Each segment's
    // weights are per source, in `sources` order. The source assignment is data::MixtureSampler.
    std::vector<data::MixtureSegment> segments;
    // The run's steps: phases over training progress (the MeCo cooldown) need it. 0 = unknown
    // (then MeCo prefixes are used throughout).
    int64_t totalSteps = 0;
    // MeCo (data/meco.h, owner: the "meco" part): with meco.enabled, a document with metadata is
    // packed as [BOS] prefix tokens EOS with BOS and the prefix masked, in rows of steps before
    // data::mecoCooldownStep(meco, totalSteps); rows from then on pack plain documents (the
    // streams continue where they were, so the cooldown reads documents phase 1 did not).
    data::MecoOptions meco;
    // The tokenizer the shards were built with: MeCo prefixes are encoded with it (required with
    // meco.enabled; Error naming the field otherwise).
    std::filesystem::path tokenizer;
};

// A RowSource (train/row_source.h) for the CPT stage: the trainer reads either this or the SFT order.
class DataOrder final : public RowSource {
public:
    // Opens every source's training shards; throws Error naming the folder/file when one is
    // missing, empty, or has a different vocabulary size.
    explicit DataOrder(DataPlan plan);
    ~DataOrder() override;
    const DataPlan& plan() const;

    // Rows [firstRow, firstRow + rowCount) of optimizer step `step` (rows 0..globalBatch-1):
    // rank r of w with m micro-batches reads its own contiguous slice. Pure: same args, same batch.
    Batch rows(int64_t step, int64_t firstRow, int64_t rowCount) const override;
    Batch batch(int64_t step) const { return rows(step, 0, plan().globalBatch); }

    // The held-out split of source `sourceIndex` (the shard build's heldout shard), packed the
    // same way in a fixed order, cut to at most maxRows rows; empty when the source has none.
    Batch heldOut(size_t sourceIndex, int64_t maxRows) const override;
    // Added (issue 12, "meco"): the held-out split with the MeCo prefixes (conditioned, prefix
    // masked) or without (plain); heldOut(i, n) is heldOut(i, n, false). With MeCo off both are plain.
    Batch heldOut(size_t sourceIndex, int64_t maxRows, bool withMetadata) const;

    // Per source: training tokens available (the shards' document tokens, without BOS/EOS), and
    // the epochs the plan implies for `steps` steps (the Train panel warns above 4: Muennighoff et
    // al.): the source's rows * (seqLen + 1) over the tokens of one epoch with BOS/EOS added. The
    // cut tails make the true figure a little higher.
    int64_t sourceTokens(size_t sourceIndex) const;
    double epochsFor(size_t sourceIndex, int64_t steps) const;

    // Added: the rows of source `sourceIndex` among the first `globalRows` global rows (the
    // source assignment alone, O(sources)), and the index among that source's rows of global row
    // `globalRow` together with its source.
    int64_t sourceRows(size_t sourceIndex, int64_t globalRows) const;
    std::pair<size_t, int64_t> sourceRowOf(int64_t globalRow) const;
    // Added: held-out tokens of a source (0 when it has no held-out split).
    int64_t heldOutTokens(size_t sourceIndex) const;
    // Added: the shards' vocabulary size (every source has the same); the model's must not be smaller.
    int64_t vocabSize() const override;

    // RowSource (added for issue 11): the plan's sources, their names, row shape.
    size_t sourceCount() const override { return plan().sources.size(); }
    std::string sourceName(size_t sourceIndex) const override;
    int64_t seqLen() const override { return plan().seqLen; }
    int64_t globalBatch() const override { return plan().globalBatch; }

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace adaptlab::train
