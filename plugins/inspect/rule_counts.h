// What the quality rules remove, counted from a dataset's signals file without rereading text:
// per rule alone and in sequence (a document is charged to the first enabled rule it fails),
// per rule family, and in total. Plain C++ so it can run on a worker thread; the panels call it
// again each time a threshold moves.
#pragma once

#include "corpus/quality_signals.h"
#include "corpus/signals_file.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace adaptlab::corpus_panel {

struct RuleCount {
    int64_t aloneDocuments = 0;     // documents failing this rule, whatever the others say
    int64_t aloneWords = 0;
    int64_t sequenceDocuments = 0;  // documents this rule removes after the enabled rules before it
    int64_t sequenceWords = 0;
};

struct RuleCounts {
    bool valid = false;             // false until counted (or when cancelled)
    int64_t documents = 0;
    int64_t words = 0;
    std::vector<RuleCount> perRule; // same order as the rules
    std::map<std::string, int64_t> failingByFamily; // documents failing any enabled rule of it
    int64_t removedDocuments = 0;   // failing any enabled rule
    int64_t removedWords = 0;
    std::vector<int16_t> firstFailed; // per document: index of its first failed enabled rule, -1
};

// Returns counts with valid == false when `cancel` became true.
RuleCounts countRules(const corpus::SignalsFile& signals, const std::vector<corpus::QualityRule>& rules,
                      const std::atomic<bool>* cancel = nullptr);

// All signals of one document from the file.
corpus::SignalVector signalsOf(const corpus::SignalsFile& signals, int64_t document);

} // namespace adaptlab::corpus_panel
