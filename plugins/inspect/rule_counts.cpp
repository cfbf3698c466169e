#include "rule_counts.h"

#include <cmath>
#include <set>

namespace adaptlab::corpus_panel {

corpus::SignalVector signalsOf(const corpus::SignalsFile& signals, int64_t document)
{
    corpus::SignalVector values{};
    for (int s = 0; s < corpus::kSignalCount; ++s)
        values[s] = signals.signal(document, static_cast<corpus::Signal>(s));
    return values;
}

RuleCounts countRules(const corpus::SignalsFile& signals, const std::vector<corpus::QualityRule>& rules,
                      const std::atomic<bool>* cancel)
{
    RuleCounts counts;
    const int64_t n = signals.documents();
    counts.documents = n;
    counts.perRule.resize(rules.size());
    counts.firstFailed.assign(static_cast<size_t>(n), int16_t(-1));
    std::set<std::string> families;
    for (const auto& rule : rules)
        families.insert(rule.family);
    for (const auto& family : families)
        counts.failingByFamily[family] = 0;

    // Only the signals some rule reads (and Words) are looked at.
    std::set<int> used{static_cast<int>(corpus::Signal::Words)};
    for (const auto& rule : rules)
        used.insert(static_cast<int>(rule.signal));

    // passes() is asked about every rule as if enabled, so a switched-off rule still shows what it
    // would remove; `enabled` decides only the sequence and the totals.
    std::vector<corpus::QualityRule> asEnabled = rules;
    for (auto& rule : asEnabled)
        rule.enabled = true;

    corpus::SignalVector values{};
    std::vector<char> familyFailed;
    std::vector<std::string> familyOf;
    for (const auto& rule : rules)
        familyOf.push_back(rule.family);
    std::map<std::string, size_t> familyIndex;
    for (const auto& family : families)
        familyIndex.emplace(family, familyIndex.size());
    familyFailed.resize(familyIndex.size());
    std::vector<int64_t> familyCounts(familyIndex.size(), 0);

    for (int64_t doc = 0; doc < n; ++doc) {
        if (cancel != nullptr && (doc & 0xFFF) == 0 && cancel->load(std::memory_order_relaxed))
            return RuleCounts{};
        for (int s : used)
            values[s] = signals.signal(doc, static_cast<corpus::Signal>(s));
        const float w = values[static_cast<int>(corpus::Signal::Words)];
        const int64_t words = std::isfinite(w) ? static_cast<int64_t>(std::llround(w)) : 0;
        counts.words += words;
        std::fill(familyFailed.begin(), familyFailed.end(), 0);
        int first = -1;
        for (size_t r = 0; r < rules.size(); ++r) {
            if (corpus::passes(asEnabled[r], values))
                continue;
            RuleCount& c = counts.perRule[r];
            ++c.aloneDocuments;
            c.aloneWords += words;
            if (!rules[r].enabled)
                continue;
            familyFailed[familyIndex[familyOf[r]]] = 1;
            if (first < 0)
                first = static_cast<int>(r);
        }
        if (first >= 0) {
            counts.firstFailed[static_cast<size_t>(doc)] = static_cast<int16_t>(first);
            RuleCount& c = counts.perRule[static_cast<size_t>(first)];
            ++c.sequenceDocuments;
            c.sequenceWords += words;
            ++counts.removedDocuments;
            counts.removedWords += words;
        }
        for (size_t f = 0; f < familyFailed.size(); ++f)
            familyCounts[f] += familyFailed[f];
    }
    for (const auto& [family, index] : familyIndex)
        counts.failingByFamily[family] = familyCounts[index];
    counts.valid = true;
    return counts;
}

} // namespace adaptlab::corpus_panel
