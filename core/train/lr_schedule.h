// Learning-rate schedules (METHODS §8): linear warmup then cosine to a floor; CPT re-warm then
// cosine re-decay to 0.1 x peak; warmup-stable-decay; constant. Pure functions of the step, so a
// resumed run needs no schedule state beyond the step. Torch-free.
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "data" part). Change only by adding.
#pragma once

#include <cstdint>
#include <string>

namespace adaptlab::train {

enum class ScheduleKind {
    Cosine,            // linear warmup to peak, cosine to minLrRatio * peak at totalSteps
    CptRewarm,         // the same shape with the CPT defaults: ~1% warmup, floor 0.1 * peak
    WarmupStableDecay, // warmup, constant peak, then linear decay to the floor over decayFraction
    Constant,          // warmup, then peak
};
ScheduleKind scheduleKindFromString(const std::string& text); // "cosine", "cpt", "wsd", "constant"; throws Error
std::string toString(ScheduleKind kind);

struct ScheduleOptions {
    ScheduleKind kind = ScheduleKind::Cosine;
    double peakLr = 3e-4;
    double minLrRatio = 0.1;       // floor = minLrRatio * peakLr
    int64_t warmupSteps = 0;
    int64_t totalSteps = 1;
    double decayFraction = 0.2;    // WSD: the last fraction of steps that decays
};

// The rate used for optimizer step `step` (0-based; step 0 of a warmup of W steps uses peak/W).
double learningRate(const ScheduleOptions& options, int64_t step);

} // namespace adaptlab::train
