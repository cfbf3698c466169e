#include "corpus/scan_problems.h"

namespace adaptlab::corpus {

int64_t ScanProblems::total() const
{
    int64_t sum = 0;
    for (const auto& [kind, count] : counts)
        sum += count;
    return sum;
}

void ScanProblems::add(RecordProblem problem, size_t maxExamplesPerKind)
{
    const int64_t seen = counts[problem.kind]++;
    if (static_cast<size_t>(seen) < maxExamplesPerKind)
        examples.push_back(std::move(problem));
}

void ScanProblems::merge(const ScanProblems& other, size_t maxExamplesPerKind)
{
    std::map<std::string, int64_t> kept;
    for (const auto& example : examples)
        ++kept[example.kind];
    for (const auto& example : other.examples)
        if (static_cast<size_t>(kept[example.kind]++) < maxExamplesPerKind)
            examples.push_back(example);
    for (const auto& [kind, count] : other.counts)
        counts[kind] += count;
    partial = partial || other.partial;
}

} // namespace adaptlab::corpus
