#include "workflow_steps.h"

namespace adaptlab::gui {

QString WorkflowSteps::title(const QString& step)
{
    if (step == QLatin1String("Project"))
        return tr("Project");
    if (step == QLatin1String("Data"))
        return tr("Data");
    if (step == QLatin1String("Inspect"))
        return tr("Inspect");
    if (step == QLatin1String("Tokenizer"))
        return tr("Tokenizer");
    if (step == QLatin1String("Mixture"))
        return tr("Mixture");
    if (step == QLatin1String("Train"))
        return tr("Train");
    if (step == QLatin1String("Evaluate"))
        return tr("Evaluate");
    if (step == QLatin1String("Compare"))
        return tr("Compare");
    return step; // a step this build does not know: show its own name
}

QString WorkflowSteps::purpose(const QString& step)
{
    if (step == QLatin1String("Project"))
        return tr("See what the open project holds: its datasets, the runs started on them and "
                  "what they produced.");
    if (step == QLatin1String("Data"))
        return tr("Bring corpora into the project (plain text, JSON Lines, .jsonl.zst, .gz), map "
                  "their text and metadata fields, and filter or deduplicate them into derived "
                  "datasets that remember where they came from.");
    if (step == QLatin1String("Inspect"))
        return tr("Look inside a dataset before training on it: document lengths, quality "
                  "signals, duplicates, perplexity under a reference model and topic clusters.");
    if (step == QLatin1String("Tokenizer"))
        return tr("Train a SentencePiece tokenizer on your data or reuse an existing one, and see "
                  "how many tokens each source needs per word.");
    if (step == QLatin1String("Mixture"))
        return tr("Decide how much of each source goes into training, including how much general "
                  "data to replay so the model keeps what it knew.");
    if (step == QLatin1String("Train"))
        return tr("Start continued pre-training or supervised fine-tuning, optionally with "
                  "metadata conditioning, and follow loss and throughput while it runs.");
    if (step == QLatin1String("Evaluate"))
        return tr("Measure a checkpoint: held-out loss per source, multiple-choice accuracy and "
                  "sample generations.");
    if (step == QLatin1String("Compare"))
        return tr("Put several runs side by side: overlaid metrics, the differences in their "
                  "configuration, and charts and tables to export.");
    return {};
}

QIcon WorkflowSteps::icon(const QString& step)
{
    const QString path = QStringLiteral(":/icons/step-%1.png").arg(step.toLower());
    return QIcon(path);
}

} // namespace adaptlab::gui
