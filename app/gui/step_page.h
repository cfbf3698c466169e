// The page a workflow step shows while its panel is not in AdaptLab yet: in a user's words, what
// the step will do, that it is not here yet, and what already works today (for the tokenizer: the
// command line job, with the command, filled in with the open project and its datasets). Never a
// mock-up of the missing panel. Where plugins are searched is for developers: Help > Plugins.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace adaptlab {
class PanelContext;
class StoreReader;
}

namespace adaptlab::gui {

class StepPage final : public QWidget {
    Q_OBJECT
public:
    // CONTEXT (may be null) fills the project's folder and datasets into the commands shown.
    explicit StepPage(const QString& step, PanelContext* context = nullptr, QWidget* parent = nullptr);

    QString step() const;
    // What works today for this step (rich text), empty for a step this build does not know. The
    // tokenizer spec names PROJECTDIR and DATASETS (placeholders when empty).
    static QString todayText(const QString& step, const QString& projectDir = {}, const QStringList& datasets = {});
    // The train_tokenizer spec shown on the Tokenizer page.
    static QString tokenizerSpec(const QString& projectDir, const QStringList& datasets);
    QLabel* todayLabel() const { return today_; }

Q_SIGNALS:
    // The text shows the datasets read by the latest refresh (read off the UI thread).
    void refreshed();

private:
    void refresh();

    QString step_;
    PanelContext* context_ = nullptr;
    QLabel* today_ = nullptr;
    StoreReader* reader_ = nullptr;
    quint64 generation_ = 0; // of the latest refresh: an older answer is dropped
};

} // namespace adaptlab::gui
