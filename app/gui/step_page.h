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
}

namespace adaptlab::gui {

class StepPage final : public QWidget {
    Q_OBJECT
public:
    explicit StepPage(const QString& step, PanelContext* context = nullptr, QWidget* parent = nullptr);

    QString step() const;
    // What works today for this step (rich text), empty for a step this build does not know.
    static QString todayText(const QString& step);
    QLabel* todayLabel() const { return today_; }

private:
    QString step_;
    PanelContext* context_ = nullptr;
    QLabel* today_ = nullptr;
};

} // namespace adaptlab::gui
