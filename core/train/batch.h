// A batch of training rows (what the data orders hand the trainer), split out of data_order.h so
// that train/row_source.h (which DataOrder implements) can name it without including data_order.h.
#pragma once

#include <cstdint>
#include <vector>

namespace adaptlab::train {

// One document's part of a row (added for issue 10 by the data part): where it lies, so a later
// caller (SFT, MeCo) can set the loss mask per document and see document boundaries. Positions
// count in the row's seqLen + 1 packed tokens: token p is inputs[p] for p < seqLen and the target
// of input p - 1 for p >= 1. A document's packed tokens are [BOS] tokens EOS; a segment holds
// packed tokens [offset, offset + length) of its document (offset > 0 only where a row continues
// a document longer than a row).
struct DocumentSegment {
    int64_t row = 0;       // row in the batch
    int64_t begin = 0;     // position of its first token in the row
    int64_t length = 0;    // its packed tokens in the row (BOS and EOS included when there)
    int32_t source = 0;    // index into DataPlan::sources
    uint64_t document = 0; // index among the source's training (or held-out) documents, shard order
    bool hasBos = false;   // position begin holds BOS (offset 0 and a BOS id)
    bool cut = false;      // the row ends inside it: its EOS (and maybe more) is not in the row
    int64_t offset = 0;    // where in the document's packed tokens the segment starts
    // Added for issue 12 (MeCo): the metadata prefix's tokens after the BOS in the document's
    // packed tokens ([BOS] prefix tokens EOS; length and offset count them), 0 = packed plainly.
    int64_t prefixTokens = 0;
};

// A batch of rows, row-major (rows x seqLen).
struct Batch {
    int64_t rows = 0;
    int64_t seqLen = 0;
    std::vector<int32_t> inputs;
    std::vector<int32_t> targets;
    std::vector<uint8_t> lossMask;   // 1 = the target counts
    std::vector<int32_t> sourceIndex; // per row, index into DataPlan::sources
    std::vector<DocumentSegment> segments; // in row order, then position order (added)
    // Added for issue 11 (SFT packing, train/sft_order.h): per input token, its rotary position
    // and its segment (attention stays inside a segment); both empty = positions 0..seqLen-1, one
    // segment per row (CPT rows).
    std::vector<int32_t> positions;
    std::vector<int32_t> segmentIds;

    // Sets the mask of the targets that are packed tokens [beginPos, endPos) of ROW (positions as
    // in DocumentSegment; position 0 is no target and is skipped). Throws Error out of range. (added)
    void setLossMask(int64_t row, int64_t beginPos, int64_t endPos, uint8_t value);
};

} // namespace adaptlab::train
