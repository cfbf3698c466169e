#include "train_estimate.h"

#include "view_helpers.h"

#include <QCoreApplication>
#include <QLocale>

namespace adaptlab::train_panel {

TimeEstimate estimateTime(qint64 steps, qint64 batch, qint64 seqLen, qint64 parameters, const MeasuredSpeed& last,
                          double sgemmGflops, qint64 loraParameters)
{
    TimeEstimate estimate;
    estimate.tokens = steps * batch * seqLen;
    if (parameters <= 0 || estimate.tokens <= 0)
        return estimate;
    // The measured speed is FLOP/s of full training (6 x parameters per token); a LoRA run does
    // fewer FLOPs per token at about the same FLOP/s.
    const double flopsPerToken = loraParameters > 0
                                     ? 4.0 * static_cast<double>(parameters) + 6.0 * static_cast<double>(loraParameters)
                                     : 6.0 * static_cast<double>(parameters);
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

train::MemoryEstimate estimateMemory(const model::LlamaConfig& config, qint64 batch, qint64 microBatch, qint64 seqLen,
                                     const QString& precision, const QString& device)
{
    // micro_batch 0: the whole batch in one forward pass (one worker).
    train::MemoryEstimate estimate =
        train::estimateTrainingMemory(config, microBatch > 0 ? microBatch : batch, seqLen, precision.toStdString());
    if (device.startsWith(QLatin1String("cuda"))) {
        estimate.device = device.toStdString();
        estimate.deviceAvailable = -1;
    }
    return estimate;
}

void applyLora(train::MemoryEstimate& estimate, qint64 loraParameters)
{
    if (loraParameters <= 0)
        return;
    estimate.weights += 4 * loraParameters;
    estimate.gradients = 4 * loraParameters;
    estimate.optimizer = 8 * loraParameters;
    estimate.total = estimate.weights + estimate.gradients + estimate.optimizer + estimate.activations;
}

QString describeMemory(const train::MemoryEstimate& estimate)
{
    const auto size = [](int64_t bytes) { return QString::fromStdString(train::formatBytes(bytes)); };
    const QString parts = QCoreApplication::translate("TrainEstimate",
                                                      "weights %1, gradients %2, optimizer state %3, activations %4")
                              .arg(size(estimate.weights), size(estimate.gradients), size(estimate.optimizer),
                                   size(estimate.activations));
    QString text = estimate.deviceAvailable >= 0
                       ? QCoreApplication::translate("TrainEstimate", "<b>Memory:</b> about %1 (%2) of %3 available now.")
                             .arg(size(estimate.total), parts.toHtmlEscaped(), size(estimate.deviceAvailable))
                       : QCoreApplication::translate("TrainEstimate",
                                                     "<b>Memory:</b> about %1 (%2); the GPU's memory is checked when "
                                                     "the run starts.")
                             .arg(size(estimate.total), parts.toHtmlEscaped());
    return text;
}

} // namespace adaptlab::train_panel
