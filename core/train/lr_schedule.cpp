#include "train/lr_schedule.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace adaptlab::train {

ScheduleKind scheduleKindFromString(const std::string& text)
{
    if (text == "cosine")
        return ScheduleKind::Cosine;
    if (text == "cpt")
        return ScheduleKind::CptRewarm;
    if (text == "wsd")
        return ScheduleKind::WarmupStableDecay;
    if (text == "constant")
        return ScheduleKind::Constant;
    throw Error("unknown learning-rate schedule \"" + text + "\" (expected cosine, cpt, wsd or constant)");
}

std::string toString(ScheduleKind kind)
{
    switch (kind) {
    case ScheduleKind::Cosine: return "cosine";
    case ScheduleKind::CptRewarm: return "cpt";
    case ScheduleKind::WarmupStableDecay: return "wsd";
    case ScheduleKind::Constant: return "constant";
    }
    return "cosine";
}

void validateSchedule(const ScheduleOptions& options)
{
    if (!(options.peakLr >= 0.0) || !std::isfinite(options.peakLr))
        throw Error("schedule: peak learning rate must be a finite number >= 0, not " + std::to_string(options.peakLr));
    if (!(options.minLrRatio >= 0.0 && options.minLrRatio <= 1.0))
        throw Error("schedule: min_lr_ratio must be in [0, 1], not " + std::to_string(options.minLrRatio));
    if (options.warmupSteps < 0)
        throw Error("schedule: warmup_steps must be >= 0, not " + std::to_string(options.warmupSteps));
    if (options.totalSteps < 1)
        throw Error("schedule: total_steps must be >= 1, not " + std::to_string(options.totalSteps));
    if (!(options.decayFraction >= 0.0 && options.decayFraction <= 1.0))
        throw Error("schedule: decay_fraction must be in [0, 1], not " + std::to_string(options.decayFraction));
}

int64_t effectiveWarmupSteps(const ScheduleOptions& options)
{
    // CPT re-warms over ~1% of the steps (METHODS §8) unless the caller chose a warmup.
    if (options.kind == ScheduleKind::CptRewarm && options.warmupSteps == 0)
        return std::max<int64_t>(1, std::llround(0.01 * static_cast<double>(options.totalSteps)));
    return options.warmupSteps;
}

double learningRate(const ScheduleOptions& options, int64_t step)
{
    validateSchedule(options);
    if (step < 0)
        throw Error("schedule: step must be >= 0, not " + std::to_string(step));
    const double peak = options.peakLr;
    const double floor = options.minLrRatio * peak;
    const int64_t warmup = effectiveWarmupSteps(options);
    const int64_t total = options.totalSteps;
    // Step s of a warmup of W steps runs at peak * (s + 1) / W: the first step already learns, the
    // last one reaches the peak.
    if (step < warmup)
        return peak * static_cast<double>(step + 1) / static_cast<double>(warmup);

    switch (options.kind) {
    case ScheduleKind::Constant:
        return peak;
    case ScheduleKind::Cosine:
    case ScheduleKind::CptRewarm: {
        // Progress 0 right after the warmup, 1 at totalSteps (and beyond): peak -> floor.
        const double span = static_cast<double>(std::max<int64_t>(1, total - warmup));
        const double progress = std::clamp(static_cast<double>(step - warmup) / span, 0.0, 1.0);
        return floor + (peak - floor) * 0.5 * (1.0 + std::cos(std::numbers::pi * progress));
    }
    case ScheduleKind::WarmupStableDecay: {
        // The last decayFraction of the steps (at least one, never inside the warmup) decay
        // linearly from the peak to the floor, reached at totalSteps.
        const int64_t decaySteps = std::max<int64_t>(1, std::llround(options.decayFraction * static_cast<double>(total)));
        const int64_t decayStart = std::max(warmup, total - decaySteps);
        if (step < decayStart)
            return peak;
        const double span = static_cast<double>(std::max<int64_t>(1, total - decayStart));
        const double progress = std::min(1.0, static_cast<double>(step - decayStart) / span);
        return peak + (floor - peak) * progress;
    }
    }
    return peak;
}

} // namespace adaptlab::train
