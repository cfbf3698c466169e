// The Train panel's "Run" tab: one training run of the project followed live through the platform's
// run following (PanelContext::followRun: a JobRunner reading runs/<id>/events.jsonl, so a run that
// outlived an earlier window is followed just the same): progress with the stage and ETA (data
// preparation first, then training), the charts of training loss (raw and smoothed), held-out loss
// per source, learning rate and tokens/s from the metrics the run writes to the store (read on
// StoreReader's thread from a cursor), the log's last lines, Stop (SIGTERM: the trainer writes a
// checkpoint), Resume from any kept checkpoint (a new run of the same spec with resume_from), and on
// failure the exit code, the last lines of the log and a plain-language hint.
#pragma once

#include "run_curves.h"
#include "train_catalog.h"

#include "job_runner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace adaptlab {
class ChartView;
class PanelContext;
class StoreReader;
}

namespace adaptlab::train_panel {

class RunActions;

class RunTab final : public QWidget {
    Q_OBJECT
public:
    explicit RunTab(PanelContext* context, QWidget* parent = nullptr);
    ~RunTab() override;

    void setProjectDir(const QString& projectDir);
    // adaptlab-cli, for Export….
    void setCliProgram(const QString& program);
    void setCatalog(const ProjectCatalog& catalog);
    // Follows run RUNID (0: none); the run list selects it.
    void showRun(qint64 runId);
    qint64 runId() const { return runId_; }
    JobRunner* runner() const { return runner_; }
    const RunCurves& curves() const { return curves_; }

    // The spec of a new run continuing this one from CHECKPOINT (a folder it kept); empty with
    // *error when the run's spec cannot be read.
    QString resumeSpec(const QString& checkpoint, QString* error) const;
    void stop();
    void resume();

    QComboBox* runBox() const { return runs_; }
    QComboBox* resumeBox() const { return resumeFrom_; }
    QPushButton* stopButton() const { return stop_; }
    QPushButton* resumeButton() const { return resume_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    RunActions* actions() const { return actions_; }
    QLabel* failureLabel() const { return failure_; }
    QPlainTextEdit* logTail() const { return log_; }
    ChartView* lossChart() const { return lossChart_; }
    ChartView* heldoutChart() const { return heldoutChart_; }
    ChartView* lrChart() const { return lrChart_; }
    ChartView* speedChart() const { return speedChart_; }
    bool isReadingMetrics() const { return reading_; }

Q_SIGNALS:
    void resumeRequested(const QString& specText);
    // New metric points were drawn.
    void curvesUpdated();
    // The run followed changed (0: none).
    void runShown(qint64 runId);

private:
    void attachRunner();
    void readMetrics();
    struct MetricsRead;
    void applyMetrics(MetricsRead read);
    void updateProgress(const QString& stage, bool training);
    QString runLabel(const TrainRunEntry& run) const;
    // The whole run's remaining seconds while it trains (evaluations and saves included); < 0: unknown.
    double wholeRunEta(qint64 step, qint64 total);
    void updateStatus();
    void updateButtons();
    void appendLog(const QString& level, const QString& message);
    const TrainRunEntry* entry() const;
    ChartView* chartOf(TrainChart chart) const;

    PanelContext* context_;
    StoreReader* reader_ = nullptr;
    QString projectDir_;
    ProjectCatalog catalog_;
    qint64 runId_ = 0;
    QPointer<JobRunner> runner_;
    RunCurves curves_;
    qint64 cursor_ = 0;
    bool reading_ = false;
    bool readAgain_ = false;
    quint64 generation_ = 0;
    // Training progress: the steps of the run (runner's total while training, else the spec's
    // steps) and the last step reached, kept while the run evaluates or saves.
    qint64 trainingTotal_ = 0;
    qint64 trainingStep_ = 0;
    qint64 specSteps_ = 0;
    // The whole-run ETA: the time since the first training step seen and that step.
    QElapsedTimer trainingClock_;
    qint64 clockStartStep_ = -1;

    QComboBox* runs_ = nullptr;
    QComboBox* resumeFrom_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* resume_ = nullptr;
    QPushButton* openLog_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* failure_ = nullptr;
    RunActions* actions_ = nullptr;
    QPlainTextEdit* log_ = nullptr;
    ChartView* lossChart_ = nullptr;
    ChartView* heldoutChart_ = nullptr;
    ChartView* lrChart_ = nullptr;
    ChartView* speedChart_ = nullptr;
};

} // namespace adaptlab::train_panel
