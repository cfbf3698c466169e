#include "train/sft_order.h"

#include "common/error.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <cmath>
#include <limits>
#include <random>

namespace adaptlab::train {

namespace {

// One example as rows hold it: cut to a row's seqLen + 1 packed tokens.
struct Example {
    std::vector<int32_t> ids;
    std::vector<uint8_t> lossMask;
    uint64_t index = 0; // among the examples given (the DocumentSegment's document)
    bool cut = false;
};

// Whether a target of the example counts once it is cut to CAPACITY tokens. Its first token is
// never a target (in a packed row it is predicted from the previous example), so mask[0] is not
// looked at.
bool trainsWithin(const data::RenderedExample& example, int64_t capacity)
{
    const size_t end = std::min(example.lossMask.size(), static_cast<size_t>(capacity));
    for (size_t i = 1; i < end; ++i)
        if (example.lossMask[i] != 0)
            return true;
    return false;
}

void checkIds(const data::RenderedExample& example, int64_t vocabSize, const std::string& which, size_t index)
{
    if (example.ids.size() != example.lossMask.size())
        throw Error("sft data: " + which + " example " + std::to_string(index + 1) + " has " +
                    std::to_string(example.ids.size()) + " ids but " + std::to_string(example.lossMask.size()) +
                    " loss-mask bits");
    for (size_t i = 0; i < example.ids.size(); ++i) {
        const int32_t id = example.ids[i];
        if (id < 0 || id >= vocabSize)
            throw Error("sft data: " + which + " example " + std::to_string(index + 1) + " holds id " +
                        std::to_string(id) + " at token " + std::to_string(i) + ", outside the vocabulary of " +
                        std::to_string(vocabSize) + " ids");
    }
}

// A seeded permutation of [0, n): Fisher-Yates driven by mt19937_64, whose output the standard fixes
// (unlike std::shuffle's and the distributions' algorithms), so every build gives the same order.
std::vector<uint32_t> permutation(uint64_t n, uint64_t seed, uint64_t epoch)
{
    const std::array<uint64_t, 2> words{seed, epoch};
    std::mt19937_64 random(XXH3_64bits_withSeed(words.data(), sizeof words, 0x6164617074736674ULL)); // "adaptsft"
    std::vector<uint32_t> order(n);
    for (uint64_t i = 0; i < n; ++i)
        order[i] = static_cast<uint32_t>(i);
    for (uint64_t i = n; i > 1; --i)
        std::swap(order[i - 1], order[random() % i]);
    return order;
}

} // namespace

struct SftOrder::State {
    SftPlan plan;
    std::vector<Example> train;
    std::vector<Example> heldOut;
    int64_t truncated = 0;
    // Held-out rows: the first example of each (packed in file order, no wrapping).
    std::vector<size_t> heldOutRowStart;

    // The training stream: epoch e visits every training example in permutation(e). Row k starts
    // at stream index rowStart[k]; the walk is memoised (pure in the plan, so any order of calls
    // gives the same rows).
    mutable std::mutex mutex;
    mutable std::map<uint64_t, std::vector<uint32_t>> epochs;
    mutable std::vector<uint64_t> rowStart{0};

    int64_t capacity() const { return plan.seqLen + 1; }

    // Called with the mutex held.
    const Example& streamExample(uint64_t streamIndex) const
    {
        const uint64_t n = train.size();
        const uint64_t epoch = streamIndex / n;
        auto it = epochs.find(epoch);
        if (it == epochs.end()) {
            if (epochs.size() > 64) // a long walk: keep memory bounded, recomputing is cheap
                epochs.clear();
            it = epochs.emplace(epoch, permutation(n, plan.seed, epoch)).first;
        }
        return train[it->second[streamIndex % n]];
    }

    // How many examples a row starting at stream index START takes (called with the mutex held).
    uint64_t rowLength(uint64_t start) const
    {
        if (!plan.packing)
            return 1;
        int64_t used = 0;
        uint64_t count = 0;
        for (;;) {
            const int64_t length = static_cast<int64_t>(streamExample(start + count).ids.size());
            if (count > 0 && used + length > capacity())
                return count;
            used += length;
            ++count;
            if (used >= capacity())
                return count;
        }
    }

    // The stream indices of global rows [row, row + count] (count + 1 starts).
    std::vector<uint64_t> starts(uint64_t row, uint64_t count) const
    {
        std::lock_guard lock(mutex);
        while (rowStart.size() < row + count + 1)
            rowStart.push_back(rowStart.back() + rowLength(rowStart.back()));
        return {rowStart.begin() + static_cast<std::ptrdiff_t>(row),
                rowStart.begin() + static_cast<std::ptrdiff_t>(row + count + 1)};
    }

    Batch emptyBatch(int64_t rows) const
    {
        Batch batch;
        batch.rows = rows;
        batch.seqLen = plan.seqLen;
        const size_t size = static_cast<size_t>(rows * plan.seqLen);
        batch.inputs.assign(size, plan.padId);
        batch.targets.assign(size, plan.padId);
        batch.lossMask.assign(size, 0);
        batch.sourceIndex.assign(static_cast<size_t>(rows), 0);
        batch.positions.assign(size, 0);
        batch.segmentIds.assign(size, 0);
        return batch;
    }

    // Lays EXAMPLES out in row ROW of BATCH: each its own segment with positions from 0, its first
    // target untrained, padding (its own segment, mask 0) after the last.
    void fillRow(Batch& batch, int64_t row, const std::vector<const Example*>& examples) const
    {
        const int64_t T = plan.seqLen;
        const size_t offset = static_cast<size_t>(row * T);
        int64_t packed = 0;
        int32_t segment = 0;
        auto put = [&](int64_t q, int32_t id, int32_t position, uint8_t trained) {
            if (q < T) {
                batch.inputs[offset + q] = id;
                batch.positions[offset + q] = position;
                batch.segmentIds[offset + q] = segment;
            }
            if (q >= 1) {
                batch.targets[offset + q - 1] = id;
                batch.lossMask[offset + q - 1] = trained;
            }
        };
        for (const Example* example : examples) {
            const int64_t length = static_cast<int64_t>(example->ids.size());
            for (int64_t k = 0; k < length; ++k)
                put(packed + k, example->ids[k], static_cast<int32_t>(k), k >= 1 ? example->lossMask[k] : uint8_t(0));
            DocumentSegment part;
            part.row = row;
            part.begin = packed;
            part.length = length;
            part.document = example->index;
            part.cut = example->cut;
            batch.segments.push_back(part);
            packed += length;
            ++segment;
        }
        for (int64_t q = packed; q <= T; ++q)
            put(q, plan.padId, static_cast<int32_t>(q - packed), 0);
    }
};

SftOrder::SftOrder(SftPlan plan, std::vector<data::RenderedExample> train, std::vector<data::RenderedExample> heldOut)
    : state_(std::make_unique<State>())
{
    State& s = *state_;
    s.plan = std::move(plan);
    if (s.plan.seqLen < 1)
        throw Error("sft data: seq_len must be >= 1, not " + std::to_string(s.plan.seqLen));
    if (s.plan.globalBatch < 1)
        throw Error("sft data: the global batch must be >= 1, not " + std::to_string(s.plan.globalBatch));
    if (s.plan.vocabSize < 1)
        throw Error("sft data: the vocabulary size is required");
    if (s.plan.padId < 0 || s.plan.padId >= s.plan.vocabSize)
        throw Error("sft data: the pad id " + std::to_string(s.plan.padId) + " is outside the vocabulary of " +
                    std::to_string(s.plan.vocabSize) + " ids");

    // Examples that train nothing within a row (an answer cut off by seqLen, or none at all)
    // would only fill rows with padding: they are left out.
    auto keep = [&](std::vector<data::RenderedExample>& examples, const std::string& which, std::vector<Example>& out,
                    bool countCut) {
        for (size_t i = 0; i < examples.size(); ++i) {
            data::RenderedExample& example = examples[i];
            checkIds(example, s.plan.vocabSize, which, i);
            const bool cut = static_cast<int64_t>(example.ids.size()) > s.capacity();
            if (cut && countCut)
                ++s.truncated;
            if (!trainsWithin(example, s.capacity()))
                continue;
            Example kept;
            kept.index = i;
            kept.cut = cut;
            kept.ids = std::move(example.ids);
            kept.lossMask = std::move(example.lossMask);
            if (cut) {
                kept.ids.resize(static_cast<size_t>(s.capacity()));
                kept.lossMask.resize(static_cast<size_t>(s.capacity()));
            }
            out.push_back(std::move(kept));
        }
    };
    keep(train, "training", s.train, true);
    keep(heldOut, "held-out", s.heldOut, false);
    if (s.train.empty())
        throw Error("sft data: no training example has a trained token within " + std::to_string(s.capacity()) +
                    " tokens (" + std::to_string(train.size()) + " examples given)");
    if (s.train.size() > std::numeric_limits<uint32_t>::max())
        throw Error("sft data: more than 2^32 training examples");

    for (size_t i = 0; i < s.heldOut.size();) {
        s.heldOutRowStart.push_back(i);
        int64_t used = 0;
        do {
            used += static_cast<int64_t>(s.heldOut[i].ids.size());
            ++i;
        } while (s.plan.packing && i < s.heldOut.size() && used + static_cast<int64_t>(s.heldOut[i].ids.size()) <= s.capacity());
    }
    s.heldOutRowStart.push_back(s.heldOut.size());
}

SftOrder::~SftOrder() = default;

Batch SftOrder::rows(int64_t step, int64_t firstRow, int64_t rowCount) const
{
    const State& s = *state_;
    if (step < 0 || firstRow < 0 || rowCount < 0 || firstRow + rowCount > s.plan.globalBatch)
        throw Error("sft order: rows [" + std::to_string(firstRow) + ", " + std::to_string(firstRow + rowCount) +
                    ") of step " + std::to_string(step) + " are outside a batch of " +
                    std::to_string(s.plan.globalBatch) + " rows");
    const uint64_t first = static_cast<uint64_t>(step * s.plan.globalBatch + firstRow);
    const std::vector<uint64_t> starts = s.starts(first, static_cast<uint64_t>(rowCount));
    Batch batch = s.emptyBatch(rowCount);
    std::vector<const Example*> examples;
    for (int64_t r = 0; r < rowCount; ++r) {
        examples.clear();
        {
            std::lock_guard lock(s.mutex);
            for (uint64_t i = starts[r]; i < starts[r + 1]; ++i)
                examples.push_back(&s.streamExample(i));
        }
        s.fillRow(batch, r, examples);
    }
    return batch;
}

Batch SftOrder::heldOut(size_t sourceIndex, int64_t maxRows) const
{
    const State& s = *state_;
    if (sourceIndex != 0)
        throw Error("sft order: no held-out source " + std::to_string(sourceIndex) + " (there is one)");
    const int64_t available = static_cast<int64_t>(s.heldOutRowStart.size()) - 1;
    const int64_t rowCount = std::clamp<int64_t>(maxRows, 0, available);
    Batch batch = s.emptyBatch(rowCount);
    std::vector<const Example*> examples;
    for (int64_t r = 0; r < rowCount; ++r) {
        examples.clear();
        for (size_t i = s.heldOutRowStart[r]; i < s.heldOutRowStart[r + 1]; ++i)
            examples.push_back(&s.heldOut[i]);
        s.fillRow(batch, r, examples);
    }
    return batch;
}

std::string SftOrder::sourceName(size_t sourceIndex) const
{
    if (sourceIndex != 0)
        throw Error("sft order: no source " + std::to_string(sourceIndex) + " (there is one)");
    return state_->plan.name;
}

int64_t SftOrder::vocabSize() const { return state_->plan.vocabSize; }
int64_t SftOrder::seqLen() const { return state_->plan.seqLen; }
int64_t SftOrder::globalBatch() const { return state_->plan.globalBatch; }
const SftPlan& SftOrder::plan() const { return state_->plan; }
int64_t SftOrder::trainExamples() const { return static_cast<int64_t>(state_->train.size()); }
int64_t SftOrder::truncatedExamples() const { return state_->truncated; }

double SftOrder::epochsFor(int64_t steps) const
{
    if (steps <= 0)
        return 0.0;
    const State& s = *state_;
    const uint64_t rows = static_cast<uint64_t>(steps * s.plan.globalBatch);
    const uint64_t end = s.starts(rows, 0).front();
    return static_cast<double>(end) / static_cast<double>(s.train.size());
}

std::pair<std::vector<data::RenderedExample>, std::vector<data::RenderedExample>>
splitHeldOut(std::vector<data::RenderedExample> examples, double fraction, uint64_t seed)
{
    const size_t n = examples.size();
    size_t held = 0;
    if (fraction > 0 && n >= 2) {
        held = static_cast<size_t>(std::llround(fraction * static_cast<double>(n)));
        held = std::clamp<size_t>(held, 1, n - 1); // at least one of each
    }
    // The first HELD of a seeded permutation are held out; both sides keep file order.
    std::vector<uint8_t> isHeld(n, 0);
    const std::vector<uint32_t> order = permutation(n, seed, ~uint64_t(0));
    for (size_t i = 0; i < held; ++i)
        isHeld[order[i]] = 1;
    std::pair<std::vector<data::RenderedExample>, std::vector<data::RenderedExample>> split;
    for (size_t i = 0; i < n; ++i)
        (isHeld[i] ? split.second : split.first).push_back(std::move(examples[i]));
    return split;
}

} // namespace adaptlab::train
