// A seeded uniform sample of documents from a stream of unknown length, for the tokenizer jobs
// (train_tokenizer, tokenizer_fertility): the same inputs, seed and capacity always give the same
// sample, and only `capacity` documents are ever held.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::jobs {

// Vitter's algorithm R.
struct DocumentReservoir {
    size_t capacity;
    std::mt19937_64 rng;
    std::vector<std::string> items;
    int64_t seen = 0;

    void offer(std::string_view text)
    {
        ++seen;
        if (items.size() < capacity) {
            items.emplace_back(text);
            return;
        }
        std::uniform_int_distribution<int64_t> pick(0, seen - 1);
        const int64_t slot = pick(rng);
        if (slot < static_cast<int64_t>(capacity))
            items[static_cast<size_t>(slot)].assign(text);
    }
};

} // namespace adaptlab::jobs
