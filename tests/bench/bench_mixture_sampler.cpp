// The cost of the source assignment (data::MixtureSampler) per row, with the plan's phases as
// segments, against the same sampler with one segment (what DataOrder did before issue 12) in the
// same process; and rowsOf at a far row (what a resume and epochsFor ask), which must not grow
// with the row. Not a test: build with `cmake --build build --target bench_mixture_sampler`, run
// build/tests/bench_mixture_sampler [rows].
#include "data/mixture.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace adaptlab::data;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Segments of three sources (two domain sources 2:1, one replay at 10%) changing every
// STEPS / COUNT steps.
std::vector<MixtureSegment> segments(int count, int64_t steps)
{
    std::vector<MixtureSegment> out;
    for (int k = 0; k < count; ++k)
        out.push_back({steps * k / count, {2.0 + k, 1.0, 1.0}, 0.1 + 0.001 * (k % 100), k == 0 ? "constant" : "upsample"});
    return out;
}

// Seconds per row of assign() over ROWS rows (the checksum keeps the loop).
double perRow(const MixtureSampler& sampler, int64_t rows, uint64_t& checksum)
{
    const auto start = Clock::now();
    for (int64_t g = 0; g < rows; ++g) {
        const auto [source, sourceRow] = sampler.assign(g);
        checksum += source + static_cast<uint64_t>(sourceRow);
    }
    return secondsSince(start) / static_cast<double>(rows);
}

} // namespace

int main(int argc, char** argv)
{
    const int64_t rows = argc > 1 ? std::strtoll(argv[1], nullptr, 10) : 20'000'000;
    constexpr int64_t batch = 64;
    const int64_t steps = rows / batch;
    const std::vector<bool> replay{false, false, true};
    uint64_t checksum = 0;
    const MixtureSampler one(segments(1, steps), replay, batch);
    const double baseline = perRow(one, rows, checksum);
    std::printf("assign, 1 segment:   %6.1f ns/row (baseline)\n", baseline * 1e9);
    for (const int count : {2, 16, 256}) {
        const MixtureSampler many(segments(count, steps), replay, batch);
        const double seconds = perRow(many, rows, checksum);
        std::printf("assign, %3d segments: %6.1f ns/row  %.2fx the baseline\n", count, seconds * 1e9, seconds / baseline);
    }
    // rowsOf at row 10^3 and 10^15: the same handful of splits, whatever the row.
    for (const int64_t far : {int64_t(1000), int64_t(1'000'000'000'000'000)}) {
        const MixtureSampler many(segments(16, far / batch), replay, batch);
        const auto start = Clock::now();
        for (int i = 0; i < 1'000'000; ++i)
            checksum += static_cast<uint64_t>(many.rowsOf(static_cast<size_t>(i % 3), far - i));
        std::printf("rowsOf near row %.0e, 16 segments: %6.1f ns\n", static_cast<double>(far), secondsSince(start) / 1e6 * 1e9);
    }
    std::printf("(checksum %llu)\n", static_cast<unsigned long long>(checksum));
    return 0;
}
