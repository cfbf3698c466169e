// Which words differ between two near-duplicate texts, for marking them side by side: a word-level
// diff (Myers' O(ND) algorithm on whitespace-separated tokens). Near duplicates differ in few
// places, so D stays small; texts that differ in more than maxEdits words are reported as such.
#pragma once

#include "corpus/quality_signals.h"

#include <string_view>
#include <vector>

namespace adaptlab::corpus_panel {

struct WordDiff {
    bool complete = false;                 // false: more than maxEdits words differ, nothing marked
    int edits = 0;                         // words only in a plus words only in b
    std::vector<corpus::TextSpan> onlyInA; // byte ranges of a's words that b does not have
    std::vector<corpus::TextSpan> onlyInB;
};

WordDiff diffWords(std::string_view a, std::string_view b, int maxEdits = 1000);

} // namespace adaptlab::corpus_panel
