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
// Throws Error for bad options (validateSchedule) or a negative step.
double learningRate(const ScheduleOptions& options, int64_t step);

// Added for issue 10 (data part). Throws Error naming the field: peak < 0, min_lr_ratio or
// decay_fraction outside [0, 1], warmup_steps < 0, total_steps < 1.
void validateSchedule(const ScheduleOptions& options);
// The warmup actually used: options.warmupSteps, except that CptRewarm with warmupSteps 0 re-warms
// over 1% of totalSteps (rounded, at least 1 step), as METHODS §8 recommends.
int64_t effectiveWarmupSteps(const ScheduleOptions& options);

// Shapes, for step s >= warmup W, total N, floor f = minLrRatio * peak (steps >= N keep the value at N):
//   Cosine/CptRewarm: f + (peak - f) * (1 + cos(pi * (s - W) / (N - W))) / 2
//   WarmupStableDecay: peak until D = max(W, N - round(decayFraction * N)) (at least one decay
//     step), then linear to f at N: peak + (f - peak) * (s - D) / (N - D)
//   Constant: peak

} // namespace adaptlab::train
