#include "failure_hint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace adaptlab::train_panel {

FailureKind classifyFailure(const QString& message, const QStringList& lastLogLines, bool lost)
{
    const QString text = message + QLatin1Char('\n') + lastLogLines.join(QLatin1Char('\n'));
    // LibTorch: "CUDA out of memory", "DefaultCPUAllocator: can't allocate memory"; the C++
    // runtime: std::bad_alloc; the kernel: ENOMEM's "Cannot allocate memory".
    static const QRegularExpression memory(
        QStringLiteral("out of memory|can't allocate memory|cannot allocate memory|bad_alloc|not enough memory"),
        QRegularExpression::CaseInsensitiveOption);
    // The trainer's guard: "loss became NaN at step N; the last good checkpoint is ...".
    static const QRegularExpression nan(QStringLiteral("\\bnan\\b|\\binf(inite)?\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    // Token shards and corpus readers name the file: truncated or corrupted shards, bad records,
    // unreadable files, shards of another vocabulary.
    static const QRegularExpression data(
        QStringLiteral("\\.shard|shards?\\b|corrupt|truncated|checksum|bad record|not valid utf-?8|"
                       "no documents|cannot read|could not read|no such file"),
        QRegularExpression::CaseInsensitiveOption);
    // safetensors and config.json refusals, a tokenizer that does not fit the model.
    static const QRegularExpression mismatch(
        QStringLiteral("safetensors|config\\.json|vocab(ulary)?[ _]size|does not match|shape"),
        QRegularExpression::CaseInsensitiveOption);
    if (memory.match(text).hasMatch())
        return FailureKind::OutOfMemory;
    if (nan.match(text).hasMatch())
        return FailureKind::NanLoss;
    if (mismatch.match(text).hasMatch())
        return FailureKind::ModelMismatch;
    if (data.match(text).hasMatch())
        return FailureKind::BadData;
    // A run that vanished without a word was most often killed by the kernel's out-of-memory killer.
    if (lost)
        return FailureKind::Lost;
    return FailureKind::Other;
}

QString failureHint(FailureKind kind)
{
    switch (kind) {
    case FailureKind::OutOfMemory:
        return QCoreApplication::translate("TrainFailure",
                                           "The run ran out of memory. Try a smaller micro_batch or batch, a "
                                           "shorter seq_len, or a smaller base model; the memory estimate before "
                                           "Start shows what each needs.");
    case FailureKind::NanLoss:
        return QCoreApplication::translate("TrainFailure",
                                           "The loss became NaN or infinite: training diverged. Try a lower lr, a "
                                           "longer warmup or grad_clip 1.0, then resume from the last good "
                                           "checkpoint, which was kept.");
    case FailureKind::BadData:
        return QCoreApplication::translate("TrainFailure",
                                           "A data file could not be used (the message names it). Scan the "
                                           "dataset again in the Data step, or rebuild its token shards in the "
                                           "Tokenizer step.");
    case FailureKind::ModelMismatch:
        return QCoreApplication::translate("TrainFailure",
                                           "The base model's files and the settings do not fit together (the "
                                           "message names the file and the field): check that the tokenizer is "
                                           "the base model's own and that the folder is complete.");
    case FailureKind::Lost:
        return QCoreApplication::translate("TrainFailure",
                                           "The training process ended without a word, most often because the "
                                           "system ran out of memory and killed it. Resume from the last "
                                           "checkpoint with a smaller batch or seq_len.");
    case FailureKind::Other:
        break;
    }
    return {};
}

} // namespace adaptlab::train_panel
