// The Inspect panel's Actions: make a derived dataset from the one being inspected:
//   Filter  with the quality rules as set (switches and thresholds), optionally cleaning lines
//           with C4's line rules;
//   Dedup   exact, near (MinHash-LSH with editable bands x rows, its S-curve shown) or both;
//   Select  DSIR importance resampling of k documents that resemble a target dataset.
// Each builds its job spec from the form, can show the exact command that runs it headless (in a
// dialog with copy buttons), and starts it through the app (progress and Stop in the Jobs dock).
// The job writes the new dataset with its provenance; the panels see it when the job ends.
#pragma once

#include "job_specs.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace adaptlab {
class ChartView;
class JobRunner;
class ParamForm;
}

namespace adaptlab::corpus_panel {

class InspectSession;

class ActionsTab final : public QWidget {
    Q_OBJECT
public:
    enum class Action { Filter, Dedup, Select };

    explicit ActionsTab(InspectSession* session, QWidget* parent = nullptr);

    // The spec each action would start now, and the validation message (empty when it may run).
    QString specFor(Action action) const;
    QString problemWith(Action action) const;
    // Shows the spec and the command line in the preview dialog, with buttons that copy each.
    void previewCommand(Action action);
    QDialog* commandDialog() const { return previewDialog_; }
    QPushButton* copySpecButton() const { return copySpecButton_; }
    QPushButton* copyCommandButton() const { return copyButton_; }
    // What the Run buttons do: checks the form, then has the session write the rule choices and
    // check the output name on its writer (the UI never waits for the store's lock); the job
    // starts when the answer comes (jobStarted), unless another dataset was chosen meanwhile.
    // The action's button and name are disabled while the answer is pending.
    void request(Action action);
    bool isPending(Action action) const;
    // Starts the job now; nullptr (with the reason in the action's status) when it cannot.
    JobRunner* run(Action action);

    QLineEdit* outputEdit(Action action) const;
    QLabel* statusLabel(Action action) const;
    QPlainTextEdit* commandPreview() const { return preview_; }
    QCheckBox* cleanLinesBox() const { return cleanLines_; }
    QComboBox* dedupModeBox() const { return dedupMode_; }
    QSpinBox* bandsBox() const { return bands_; }
    QSpinBox* rowsBox() const { return rows_; }
    QComboBox* targetBox() const { return target_; }
    QSpinBox* kBox() const { return k_; }
    QSpinBox* seedBox() const { return seed_; }
    QCheckBox* noiseBox() const { return noise_; }
    QSpinBox* chunkWordsBox() const { return chunkWords_; }
    ParamForm* dedupParamForm() const { return dedupParams_; }
    ParamForm* selectParamForm() const { return selectParams_; }
    QSpinBox* bucketsBox() const { return buckets_; }
    ChartView* sCurveChart() const { return sCurve_; }
    QCheckBox* scanAfterBox() const { return scanAfter_; }
    // The scan started for an action's new dataset (when "scan each new dataset" is on).
    JobRunner* scanRunner(Action action) const;

Q_SIGNALS:
    // request() started the action's job (runner), or did not (nullptr; the status says why).
    void jobStarted(adaptlab::corpus_panel::ActionsTab::Action action, adaptlab::JobRunner* runner);
    // A job this tab started has ended (finished, failed or stopped).
    void jobEnded(adaptlab::corpus_panel::ActionsTab::Action action, bool succeeded);

private:
    void refresh();
    void updateFilterSummary();
    void updateSCurve();
    void updateTargets();
    void suggestOutputs();
    void buildPreviewDialog();

    InspectSession* session_;
    QLabel* noDataset_ = nullptr;
    QWidget* forms_ = nullptr;
    QLabel* filterSummary_ = nullptr;
    QCheckBox* cleanLines_ = nullptr;
    QComboBox* dedupMode_ = nullptr;
    QSpinBox* bands_ = nullptr;
    QSpinBox* rows_ = nullptr;
    QLabel* dedupSummary_ = nullptr;
    ChartView* sCurve_ = nullptr;
    QComboBox* target_ = nullptr;
    QSpinBox* k_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QCheckBox* noise_ = nullptr;
    QSpinBox* chunkWords_ = nullptr;
    QSpinBox* buckets_ = nullptr;
    ParamForm* dedupParams_ = nullptr;  // bands, rows
    ParamForm* selectParams_ = nullptr; // k, chunk_words, buckets, noise, seed
    QLineEdit* outputs_[3] = {nullptr, nullptr, nullptr};
    QLabel* status_[3] = {nullptr, nullptr, nullptr};
    QPushButton* runButtons_[3] = {nullptr, nullptr, nullptr};
    bool outputEdited_[3] = {false, false, false};
    bool pending_[3] = {false, false, false};
    QDialog* previewDialog_ = nullptr;
    QPlainTextEdit* preview_ = nullptr;
    QPushButton* copySpecButton_ = nullptr;
    QPushButton* copyButton_ = nullptr;
    QString previewSpec_;
    QLabel* copyStatus_ = nullptr;
    QCheckBox* scanAfter_ = nullptr;
    QPointer<JobRunner> runners_[3];
    QPointer<JobRunner> scanRunners_[3];
};

} // namespace adaptlab::corpus_panel
