// What went wrong with a failed training run, in plain words: the trainer's and the job's messages
// (and the last lines of the log) matched against the failures a user can act on — out of memory,
// a loss that became NaN or infinite, a bad data file, a base or tokenizer that does not fit — each
// with what to try. Pure text in, text out, so the Train panel and its test agree.
#pragma once

#include <QString>
#include <QStringList>

namespace adaptlab::train_panel {

enum class FailureKind { OutOfMemory, NanLoss, BadData, ModelMismatch, Lost, Other };

FailureKind classifyFailure(const QString& message, const QStringList& lastLogLines, bool lost);
// One or two sentences for the user; empty for Other.
QString failureHint(FailureKind kind);

} // namespace adaptlab::train_panel
