// The expected time of a run before it starts: its tokens (steps x batch x seq_len) over a training
// speed estimated from what this machine did last (the newest finished run's FLOP/s, 6 x parameters
// x tokens/s, scaled to the new model's size), or from the BLAS's measured sgemm GFLOP/s at half
// its peak (the rule of thumb for eager training on a CPU). Rough either way, and it says which.
#pragma once

#include "train_catalog.h"

#include <QString>

namespace adaptlab::train_panel {

struct TimeEstimate {
    qint64 tokens = 0;
    double tokensPerSecond = 0; // 0: unknown
    double seconds = -1;        // < 0: unknown
    enum class Basis { None, LastRun, Sgemm } basis = Basis::None;
    qint64 basisRunId = 0;
};

// The share of the sgemm peak an eager training step reaches on a CPU (METHODS: ~0.5-0.6).
inline constexpr double kAssumedSgemmEfficiency = 0.5;

TimeEstimate estimateTime(qint64 steps, qint64 batch, qint64 seqLen, qint64 parameters, const MeasuredSpeed& last,
                          double sgemmGflops);
// "about 12 min (rough: from run 4 on this machine, 2,100 tokens/s)"; says when nothing is known.
QString describeTime(const TimeEstimate& estimate);

} // namespace adaptlab::train_panel
