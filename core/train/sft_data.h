// The SFT stage's data, made at the start of a run from TrainConfig::sft: every instruction file
// read (data/instruction.h), every conversation rendered through the chat template with the run's
// tokenizer (data/chat_template.h), the held-out share set aside (seeded), and the SFT row order
// built over them. Torch-free, so the trainer (in the LibTorch module), the CLI and the tests
// share it; every rank makes the same order from the same files.
#pragma once

#include "train/sft_order.h"
#include "train/train_config.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace adaptlab::train {

struct SftDataReport {
    int64_t records = 0;          // records seen in the files
    int64_t badRecords = 0;       // not readable as a conversation (file and line in problems)
    int64_t unrenderable = 0;     // conversations the template cannot carry
    int64_t trainExamples = 0;    // after the held-out split, with a trained token within a row
    int64_t heldOutExamples = 0;
    int64_t truncatedExamples = 0; // training examples longer than seq_len + 1 tokens, cut
    std::vector<std::string> problems; // the first few bad records, "FILE: line N: ..."
};

// Reads, renders, splits and orders CONFIG.sft (stage "sft"). LOG (may be empty) gets the counts
// and a warning per bad file; STOP (may be empty) is polled while reading. Throws Error naming the
// file or field: an unknown template, a tokenizer that cannot be opened, no usable example.
std::unique_ptr<SftOrder> openSftOrder(const TrainConfig& config, SftDataReport* report = nullptr,
                                       const std::function<void(const std::string&, const std::string&)>& log = {},
                                       const std::function<bool()>& stop = {});

} // namespace adaptlab::train
