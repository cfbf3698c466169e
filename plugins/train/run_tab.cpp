#include "run_tab.h"

#include "failure_hint.h"
#include "train_spec.h"

#include "chart_view.h"
#include "job_text.h"
#include "log_viewer.h"
#include "panel_context.h"
#include "store_access.h"
#include "view_helpers.h"

#include "jobs/job_context.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace adaptlab::train_panel {

namespace {

constexpr int kLogTailLines = 300;
// The training loss is noisy step to step; the smoothed line is what a user reads.
constexpr double kDefaultSmoothing = 0.6;

// The trainer's stages ("preparing", "training", "evaluating", "saving") in the user's words.
QString stageText(const QString& stage)
{
    // The job's own stages before the trainer's: "load tokenizer", "tokenize SOURCE".
    if (stage == QLatin1String("load tokenizer"))
        return RunTab::tr("loading the tokenizer");
    if (stage.startsWith(QLatin1String("tokenize ")))
        return RunTab::tr("tokenizing %1").arg(stage.mid(9));
    if (stage == QLatin1String("preparing"))
        return RunTab::tr("preparing the data");
    if (stage == QLatin1String("training"))
        return RunTab::tr("training");
    if (stage == QLatin1String("evaluating"))
        return RunTab::tr("measuring held-out loss");
    if (stage == QLatin1String("saving"))
        return RunTab::tr("saving a checkpoint");
    return JobText::stageName(stage);
}

bool isPreparing(const QString& stage)
{
    return stage == QLatin1String("preparing") || stage == QLatin1String("load tokenizer") ||
           stage.startsWith(QLatin1String("tokenize "));
}

ChartView* makeChart(const QString& name, const QString& yTitle, QWidget* parent)
{
    auto* chart = new ChartView(parent);
    chart->setObjectName(name);
    chart->setAxisTitles(RunTab::tr("step"), yTitle);
    chart->setMinimumHeight(110);
    return chart;
}

} // namespace

RunTab::RunTab(PanelContext* context, QWidget* parent) : QWidget(parent), context_(context)
{
    setObjectName(QStringLiteral("trainRunTab"));
    runs_ = new QComboBox(this);
    runs_->setObjectName(QStringLiteral("trainRunBox"));
    runs_->setMinimumContentsLength(28);
    connect(runs_, &QComboBox::activated, this, [this](int index) { showRun(runs_->itemData(index).toLongLong()); });
    stop_ = new QPushButton(tr("Stop"), this);
    stop_->setObjectName(QStringLiteral("trainStop"));
    stop_->setToolTip(tr("Ask the run to stop: it saves a checkpoint first, so it can be resumed."));
    connect(stop_, &QPushButton::clicked, this, &RunTab::stop);
    resumeFrom_ = new QComboBox(this);
    resumeFrom_->setObjectName(QStringLiteral("trainResumeFrom"));
    resumeFrom_->setMinimumContentsLength(14);
    resumeFrom_->setToolTip(tr("The checkpoints this run kept."));
    resume_ = new QPushButton(tr("Resume"), this);
    resume_->setObjectName(QStringLiteral("trainResume"));
    resume_->setToolTip(tr("Start a new run of the same spec that continues from the chosen checkpoint."));
    connect(resume_, &QPushButton::clicked, this, &RunTab::resume);
    openLog_ = new QPushButton(tr("Open log"), this);
    connect(openLog_, &QPushButton::clicked, this, [this] {
        if (runner_ == nullptr)
            return;
        auto* viewer = new LogViewer(runner_->logPath(), tr("Run %1").arg(runId_), this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Run:"), this));
    top->addWidget(runs_, 1);
    top->addWidget(stop_);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Resume from:"), this));
    top->addWidget(resumeFrom_);
    top->addWidget(resume_);
    top->addWidget(openLog_);

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("trainProgress"));
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("trainRunStatus"));
    status_->setWordWrap(true);
    failure_ = new QLabel(this);
    failure_->setObjectName(QStringLiteral("trainFailure"));
    failure_->setWordWrap(true);
    failure_->setTextFormat(Qt::RichText);
    failure_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    failure_->setProperty("role", QStringLiteral("notice"));
    failure_->hide();

    lossChart_ = makeChart(QStringLiteral("trainLossChart"), tr("loss"), this);
    lossChart_->setSmoothing(kDefaultSmoothing);
    heldoutChart_ = makeChart(QStringLiteral("trainHeldoutChart"), tr("held-out loss"), this);
    lrChart_ = makeChart(QStringLiteral("trainLrChart"), tr("learning rate"), this);
    speedChart_ = makeChart(QStringLiteral("trainSpeedChart"), tr("tokens/s"), this);
    auto* charts = new QGridLayout;
    charts->setHorizontalSpacing(16);
    charts->setVerticalSpacing(4);
    const auto addChart = [this, charts](ChartView* chart, const QString& title, int row, int column, bool controls) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(ViewHelpers::sectionTitle(title, this));
        box->addWidget(chart, 1);
        box->addWidget(controls ? chart->createControls(this) : chart->createExportControls(this));
        charts->addLayout(box, row, column);
    };
    addChart(lossChart_, tr("Training loss (raw and smoothed)"), 0, 0, true);
    addChart(heldoutChart_, tr("Held-out loss per source"), 0, 1, true);
    addChart(lrChart_, tr("Learning rate"), 1, 0, false);
    addChart(speedChart_, tr("Tokens per second"), 1, 1, false);
    charts->setRowStretch(0, 3);
    charts->setRowStretch(1, 2);

    log_ = new QPlainTextEdit(this);
    log_->setObjectName(QStringLiteral("trainLogTail"));
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(kLogTailLines);
    log_->setLineWrapMode(QPlainTextEdit::NoWrap);
    log_->setMaximumHeight(90);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 8, 0);
    layout->addLayout(top);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(failure_);
    layout->addLayout(charts, 1);
    layout->addWidget(ViewHelpers::sectionTitle(tr("Log"), this));
    layout->addWidget(log_);

    reader_ = new StoreReader(this);
    if (context_ != nullptr)
        connect(context_, &PanelContext::metricsAppended, this, [this](qint64 runId) {
            if (runId == runId_)
                readMetrics();
        });
    updateButtons();
    updateStatus();
}

RunTab::~RunTab() = default;

void RunTab::setProjectDir(const QString& projectDir)
{
    if (projectDir == projectDir_)
        return;
    projectDir_ = projectDir;
    reader_->setProject(projectDir);
    showRun(0);
}

void RunTab::setCatalog(const ProjectCatalog& catalog)
{
    catalog_ = catalog;
    {
        const QSignalBlocker blocker(runs_);
        runs_->clear();
        for (const TrainRunEntry& run : catalog_.runs) {
            const store::RunStatus status = store::runStatusFromString(run.status.toStdString());
            const QDateTime created = QDateTime::fromString(run.createdAt, Qt::ISODateWithMs);
            runs_->addItem(tr("Run %1 · %2 · started %3")
                               .arg(run.id)
                               .arg(JobText::runStatus(status),
                                    created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                                      : run.createdAt),
                           run.id);
        }
        runs_->setCurrentIndex(runs_->findData(runId_));
    }
    const QString kept = resumeFrom_->currentData().toString();
    {
        const QSignalBlocker blocker(resumeFrom_);
        resumeFrom_->clear();
        if (const TrainRunEntry* run = entry())
            for (auto it = run->checkpoints.rbegin(); it != run->checkpoints.rend(); ++it)
                if (!it->isFinal)
                    resumeFrom_->addItem(tr("step %1").arg(it->step), it->path);
        const int index = resumeFrom_->findData(kept);
        resumeFrom_->setCurrentIndex(index >= 0 ? index : 0);
    }
    updateButtons();
    updateStatus();
}

const TrainRunEntry* RunTab::entry() const
{
    for (const TrainRunEntry& run : catalog_.runs)
        if (run.id == runId_)
            return &run;
    return nullptr;
}

void RunTab::showRun(qint64 runId)
{
    if (runId == runId_ && (runId == 0 || runner_ != nullptr))
        return;
    if (runner_ != nullptr)
        runner_->disconnect(this);
    runner_ = nullptr;
    runId_ = runId;
    ++generation_; // a metrics read on its way is for the run before
    reading_ = false;
    readAgain_ = false;
    cursor_ = 0;
    curves_.clear();
    for (ChartView* chart : {lossChart_, heldoutChart_, lrChart_, speedChart_})
        chart->clearSeries();
    log_->clear();
    failure_->hide();
    {
        const QSignalBlocker blocker(runs_);
        runs_->setCurrentIndex(runs_->findData(runId_));
    }
    setCatalog(catalog_); // the checkpoints of this run
    if (runId_ > 0 && context_ != nullptr) {
        runner_ = context_->followRun(runId_);
        context_->setCurrentRun(runId_);
    }
    attachRunner();
    readMetrics();
}

void RunTab::attachRunner()
{
    if (runner_ == nullptr) {
        updateButtons();
        updateStatus();
        return;
    }
    // A runner the context already followed has replayed the run's events: start from its state.
    for (const QString& line : runner_->lastLogLines(kLogTailLines))
        log_->appendPlainText(line);
    connect(runner_, &JobRunner::logLine, this, &RunTab::appendLog);
    connect(runner_, &JobRunner::jobError, this,
            [this](const QString& message) { appendLog(QStringLiteral("error"), message); });
    connect(runner_, &JobRunner::progress, this, &RunTab::updateStatus);
    connect(runner_, &JobRunner::stateChanged, this, [this] {
        updateButtons();
        updateStatus();
    });
    connect(runner_, &JobRunner::finished, this, [this] {
        readMetrics(); // the last points
        updateButtons();
        updateStatus();
    });
    updateButtons();
    updateStatus();
}

void RunTab::appendLog(const QString& level, const QString& message)
{
    log_->appendPlainText(level == QLatin1String("info") ? message : level + QStringLiteral(": ") + message);
}

void RunTab::readMetrics()
{
    if (runId_ <= 0 || projectDir_.isEmpty())
        return;
    if (reading_) {
        readAgain_ = true; // coalesced: one read at a time, the next picks up what arrived meanwhile
        return;
    }
    reading_ = true;
    const qint64 runId = runId_;
    const qint64 cursor = cursor_;
    const quint64 generation = generation_;
    reader_->read(
        this, [runId, cursor](const store::ProjectStore& store) { return store.metricsSince(runId, cursor); },
        [this, generation](store::MetricsDelta delta, const QString& error) {
            if (generation != generation_)
                return;
            reading_ = false;
            if (error.isEmpty())
                applyMetrics(delta);
            else
                status_->setText(tr("The run's metrics could not be read: %1").arg(error));
            if (readAgain_) {
                readAgain_ = false;
                readMetrics();
            }
        });
}

ChartView* RunTab::chartOf(TrainChart chart) const
{
    switch (chart) {
    case TrainChart::Loss:
        return lossChart_;
    case TrainChart::Heldout:
        return heldoutChart_;
    case TrainChart::LearningRate:
        return lrChart_;
    case TrainChart::Throughput:
        return speedChart_;
    }
    return lossChart_;
}

void RunTab::applyMetrics(const store::MetricsDelta& delta)
{
    cursor_ = std::max<qint64>(cursor_, delta.cursor);
    if (delta.points.empty())
        return;
    for (RunCurves::Update& update : curves_.add(delta.points)) {
        ChartView* chart = chartOf(update.key.chart);
        if (update.replace || !chart->seriesIds().contains(update.key.id))
            chart->setSeries(update.key.id, update.key.label, curves_.points(update.key.id));
        else
            chart->appendPoints(update.key.id, update.appended);
    }
    updateStatus();
    Q_EMIT curvesUpdated();
}

void RunTab::updateButtons()
{
    const bool active = runner_ != nullptr && runner_->isActive();
    stop_->setEnabled(active && runner_->state() != JobRunner::State::Stopping);
    resume_->setEnabled(!active && resumeFrom_->count() > 0 && trainKindAvailable());
    resumeFrom_->setEnabled(resumeFrom_->count() > 0);
    openLog_->setEnabled(runner_ != nullptr);
}

void RunTab::updateStatus()
{
    if (runId_ <= 0) {
        progress_->setValue(0);
        status_->setText(catalog_.runs.empty() ? tr("No training run in this project yet: set one up and start it.")
                                               : tr("Choose a run to follow."));
        failure_->hide();
        return;
    }
    const TrainRunEntry* run = entry();
    QStringList parts;
    const JobRunner::State state = runner_ != nullptr ? runner_->state() : JobRunner::State::Idle;
    if (runner_ != nullptr && runner_->total() > 0)
        progress_->setValue(static_cast<int>(1000.0 * static_cast<double>(runner_->done()) /
                                             static_cast<double>(runner_->total())));
    if (runner_ != nullptr && runner_->isActive()) {
        const QString stage = runner_->stage();
        parts << (stage.isEmpty() ? JobText::runnerState(state) : stageText(stage));
        if (runner_->total() > 0 && !isPreparing(stage))
            parts << tr("step %1 of %2")
                         .arg(QLocale().toString(runner_->done()), QLocale().toString(runner_->total()));
        const QString eta = ViewHelpers::duration(runner_->etaSeconds());
        if (!eta.isEmpty())
            parts << (isPreparing(stage) ? tr("data ready in about %1, then training").arg(eta)
                                         : tr("about %1 left").arg(eta));
    } else if (runner_ != nullptr) {
        parts << JobText::runnerState(state);
        if (state == JobRunner::State::Finished)
            progress_->setValue(1000);
    } else if (run != nullptr) {
        parts << JobText::runStatus(store::runStatusFromString(run->status.toStdString()));
    }
    if (const auto loss = curves_.latest("train_loss"))
        parts << tr("loss %1").arg(QLocale().toString(*loss, 'f', 3));
    if (const auto speed = curves_.latest("tokens_per_second"))
        parts << tr("%1 tokens/s").arg(QLocale().toString(*speed, 'f', 0));
    if (const auto mfu = curves_.latest("mfu"))
        parts << tr("MFU %1").arg(ViewHelpers::percent(*mfu));
    status_->setText(parts.join(QStringLiteral(" · ")));

    // A failure: the exit code, the last lines of the log and what to try.
    const bool failed = state == JobRunner::State::Failed ||
                        (runner_ == nullptr && run != nullptr && run->status == QLatin1String("failed"));
    if (!failed) {
        failure_->hide();
        return;
    }
    const bool lost = runner_ != nullptr && runner_->isLost();
    // The runner's error text goes on with the log's last lines, shown below on their own.
    const QString message = (runner_ != nullptr ? runner_->errorString() : run->message).section(QLatin1Char('\n'), 0, 0);
    const QStringList lines = runner_ != nullptr ? runner_->lastLogLines(8) : QStringList();
    const QString hint = failureHint(classifyFailure(message, lines, lost));
    // A job that reports an error exits with kExitFailed (jobs/job_context.h); a lost run ended
    // without a word (killed), so it has no exit code of its own.
    const QString exit = lost ? tr("The process ended without a final word (it was killed).")
                              : tr("Exit code %1.").arg(jobs::kExitFailed);
    QString html = tr("<b>The run failed.</b> %1").arg(exit.toHtmlEscaped());
    if (!message.isEmpty())
        html += QStringLiteral("<br>") + message.toHtmlEscaped();
    if (!hint.isEmpty())
        html += QStringLiteral("<br><b>") + tr("What to try:") + QStringLiteral("</b> ") + hint.toHtmlEscaped();
    if (!lines.isEmpty())
        html += QStringLiteral("<pre>") + lines.join(QLatin1Char('\n')).toHtmlEscaped() + QStringLiteral("</pre>");
    failure_->setText(html);
    failure_->show();
}

QString RunTab::resumeSpec(const QString& checkpoint, QString* error) const
{
    const TrainRunEntry* run = entry();
    if (run == nullptr) {
        *error = tr("Choose a run first.");
        return {};
    }
    std::optional<TrainChoice> choice = choiceFromSpec(run->specJson, error);
    if (!choice)
        return {};
    choice->resumeFrom = checkpoint;
    return trainSpec(projectDir_, *choice);
}

void RunTab::stop()
{
    if (runner_ != nullptr && runner_->isActive())
        runner_->stop();
    updateButtons();
}

void RunTab::resume()
{
    QString error;
    const QString spec = resumeSpec(resumeFrom_->currentData().toString(), &error);
    if (spec.isEmpty()) {
        status_->setText(error);
        return;
    }
    Q_EMIT resumeRequested(spec);
}

} // namespace adaptlab::train_panel
