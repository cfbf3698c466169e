#include "train_estimate.h"

#include "view_helpers.h"

#include <QCoreApplication>
#include <QLocale>

namespace adaptlab::train_panel {

TimeEstimate estimateTime(qint64 steps, qint64 batch, qint64 seqLen, qint64 parameters, const MeasuredSpeed& last,
                          double sgemmGflops)
{
    TimeEstimate estimate;
    estimate.tokens = steps * batch * seqLen;
    if (parameters <= 0 || estimate.tokens <= 0)
        return estimate;
    const double flopsPerToken = 6.0 * static_cast<double>(parameters);
    if (last.runId > 0 && last.flopsPerSecond() > 0) {
        estimate.tokensPerSecond = last.flopsPerSecond() / flopsPerToken;
        estimate.basis = TimeEstimate::Basis::LastRun;
        estimate.basisRunId = last.runId;
    } else if (sgemmGflops > 0) {
        estimate.tokensPerSecond = sgemmGflops * 1e9 * kAssumedSgemmEfficiency / flopsPerToken;
        estimate.basis = TimeEstimate::Basis::Sgemm;
    } else {
        return estimate;
    }
    estimate.seconds = static_cast<double>(estimate.tokens) / estimate.tokensPerSecond;
    return estimate;
}

QString describeTime(const TimeEstimate& estimate)
{
    const QString tokens = ViewHelpers::count(estimate.tokens);
    const QString speed = QLocale().toString(estimate.tokensPerSecond, 'f', 0);
    switch (estimate.basis) {
    case TimeEstimate::Basis::LastRun:
        return QCoreApplication::translate("TrainEstimate",
                                           "%1 tokens: about %2 (rough: scaled from run %3 on this machine, %4 "
                                           "tokens/s at this size)")
            .arg(tokens, ViewHelpers::duration(estimate.seconds))
            .arg(estimate.basisRunId)
            .arg(speed);
    case TimeEstimate::Basis::Sgemm:
        return QCoreApplication::translate("TrainEstimate",
                                           "%1 tokens: about %2 (rough: from the BLAS's measured speed, %3 "
                                           "tokens/s at this size)")
            .arg(tokens, ViewHelpers::duration(estimate.seconds), speed);
    case TimeEstimate::Basis::None:
        break;
    }
    return QCoreApplication::translate("TrainEstimate",
                                       "%1 tokens; the time is not known yet: the first run on this machine "
                                       "measures its speed.")
        .arg(tokens);
}

} // namespace adaptlab::train_panel
