// What the trainer reads its rows from: the CPT data order over token shards (data_order.h) or the
// SFT order over rendered instruction examples (sft_order.h). Both are pure in (plan, seed, step,
// row), so resume and ranks see the same batches.
//
// INTERFACE FIXED FOR ISSUE 11 (owner: the "sft" part). Change only by adding.
#pragma once

#include "train/batch.h"

#include <cstdint>
#include <string>

namespace adaptlab::train {

class RowSource {
public:
    virtual ~RowSource() = default;
    // As DataOrder::rows / heldOut (data_order.h).
    virtual Batch rows(int64_t step, int64_t firstRow, int64_t rowCount) const = 0;
    virtual Batch heldOut(size_t sourceIndex, int64_t maxRows) const = 0;
    virtual size_t sourceCount() const = 0;
    virtual std::string sourceName(size_t sourceIndex) const = 0; // metrics' source label
    virtual int64_t vocabSize() const = 0; // ids are below it; the model's must not be smaller
    virtual int64_t seqLen() const = 0;
    virtual int64_t globalBatch() const = 0;
};

} // namespace adaptlab::train
