// The SFT data order: rendered instruction examples (data/chat_template.h: ids + loss mask) into
// training rows, a pure function of (plan, seed, step, row) like the CPT order.
//
// Packing (default): each epoch visits the training examples in a seeded permutation; a row takes
// the next examples whole while they fit in seqLen + 1 tokens (an example longer than a row is cut
// to it, counted in truncatedExamples()); the rest of the row is padding (pad id, mask 0). Every
// packed example gets its own segment id and positions restarting at 0 (Batch::positions,
// Batch::segmentIds), and the model's block-diagonal causal mask keeps examples from attending to
// each other, so an example's loss is the same packed or alone. The first target of each example
// (predicting its first token from the previous example's last) is never trained. Without packing:
// one example per row, padded.
// Held-out: the examples set aside by heldoutFraction (seeded, at least one when there are two or
// more examples), packed the same way in file order.
//
// INTERFACE FIXED FOR ISSUE 11 (owner: the "sft" part). Change only by adding.
#pragma once

#include "data/chat_template.h"
#include "train/row_source.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace adaptlab::train {

struct SftPlan {
    std::string name = "sft";  // the metrics' source label
    int64_t seqLen = 256;
    int64_t globalBatch = 8;
    uint64_t seed = 0;
    bool packing = true;
    int32_t padId = 0;         // the tokenizer's pad, else EOS
    int64_t vocabSize = 0;     // the tokenizer's
};

class SftOrder final : public RowSource {
public:
    // Throws Error when there are no training examples with a trained token, or an id is outside
    // the vocabulary (naming the example).
    SftOrder(SftPlan plan, std::vector<data::RenderedExample> train, std::vector<data::RenderedExample> heldOut);
    ~SftOrder() override;

    Batch rows(int64_t step, int64_t firstRow, int64_t rowCount) const override;
    Batch heldOut(size_t sourceIndex, int64_t maxRows) const override; // sourceIndex 0 only
    size_t sourceCount() const override { return 1; }
    std::string sourceName(size_t sourceIndex) const override;
    int64_t vocabSize() const override;
    int64_t seqLen() const override;
    int64_t globalBatch() const override;

    const SftPlan& plan() const;
    int64_t trainExamples() const;
    int64_t truncatedExamples() const;
    // Epochs over the training examples that STEPS steps imply.
    double epochsFor(int64_t steps) const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Splits examples into (train, heldOut): FRACTION of them (seeded by SEED), at least one held out
// when there are two or more and fraction > 0.
std::pair<std::vector<data::RenderedExample>, std::vector<data::RenderedExample>>
splitHeldOut(std::vector<data::RenderedExample> examples, double fraction, uint64_t seed);

} // namespace adaptlab::train
