#include "run_tab.h"

#include "failure_hint.h"
#include "run_actions.h"
#include "train_spec.h"

#include "chart_view.h"
#include "job_text.h"
#include "log_viewer.h"
#include "panel_context.h"
#include "store_access.h"
#include "view_helpers.h"

#include "jobs/job_context.h"
#include "jobs/job_registry.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <set>

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

// The points of the runs RUNID resumed from, oldest run first, each up to the step of the
// checkpoint the next one started from (runs/<id>/checkpoints/step-N in its spec's resume_from).
// Runs on the StoreReader's thread.
std::vector<store::MetricPoint> resumedHistory(const store::ProjectStore& store, qint64 runId)
{
    static const QRegularExpression checkpoint(QStringLiteral("runs/(\\d+)/checkpoints/step-(\\d+)/?$"));
    std::vector<std::vector<store::MetricPoint>> chain;
    std::set<qint64> seen{runId};
    for (qint64 id = runId; chain.size() < 64;) { // a resume of a resume of ...: a bounded walk
        const std::optional<store::RunRecord> run = store.run(id);
        if (!run)
            break;
        const nlohmann::json spec = nlohmann::json::parse(run->specJson, nullptr, /*allow_exceptions=*/false);
        const nlohmann::json* from = spec.is_object() && spec.contains("params") && spec["params"].is_object() &&
                                             spec["params"].contains("resume_from") &&
                                             spec["params"]["resume_from"].is_string()
                                         ? &spec["params"]["resume_from"]
                                         : nullptr;
        if (from == nullptr)
            break;
        const QRegularExpressionMatch match = checkpoint.match(QString::fromStdString(from->get<std::string>()));
        if (!match.hasMatch())
            break;
        const qint64 parent = match.captured(1).toLongLong();
        const qint64 step = match.captured(2).toLongLong();
        if (!seen.insert(parent).second)
            break;
        std::vector<store::MetricPoint> points = store.metrics(parent);
        std::erase_if(points, [step](const store::MetricPoint& point) { return point.step > step; });
        chain.push_back(std::move(points));
        id = parent;
    }
    std::vector<store::MetricPoint> history;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        history.insert(history.end(), it->begin(), it->end());
    // By step across series, so that each series only ever grows at its end.
    std::stable_sort(history.begin(), history.end(), [](const auto& a, const auto& b) { return a.step < b.step; });
    return history;
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

struct RunTab::MetricsRead {
    store::MetricsDelta delta;            // later reads: the points to add
    std::optional<RunCurves> grouped;     // the first read: its points grouped already
    std::vector<std::pair<CurveKey, ChartView::Points>> series;
};

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
    progress_->setRange(0, 1);
    // The bar says what it counts: "step 40 of 200" (the Fusion style draws the text over it).
    progress_->setTextVisible(true);
    progress_->setFormat(QString());
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
    actions_ = new RunActions(context_, this);

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
    layout->addWidget(actions_);
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
    actions_->setProjectDir(projectDir);
    reader_->setProject(projectDir);
    showRun(0);
}

void RunTab::setCliProgram(const QString& program)
{
    actions_->setCliProgram(program);
}

void RunTab::setCatalog(const ProjectCatalog& catalog)
{
    catalog_ = catalog;
    const TrainRunEntry* shown = entry();
    actions_->setRun(shown != nullptr ? std::optional<TrainRunEntry>(*shown) : std::nullopt);
    {
        const QSignalBlocker blocker(runs_);
        runs_->clear();
        for (const TrainRunEntry& run : catalog_.runs)
            runs_->addItem(runLabel(run), run.id);
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

QString RunTab::runLabel(const TrainRunEntry& run) const
{
    // The store's status lags the run's own events (a run is "queued" in the store until its
    // process writes "running"): the followed run's state comes from its runner.
    store::RunStatus status = store::runStatusFromString(run.status.toStdString());
    if (run.id == runId_ && runner_ != nullptr) {
        switch (runner_->state()) {
        case JobRunner::State::Starting:
        case JobRunner::State::Running:
        case JobRunner::State::Stopping:
            status = store::RunStatus::Running;
            break;
        case JobRunner::State::Finished:
            status = store::RunStatus::Done;
            break;
        case JobRunner::State::Failed:
        case JobRunner::State::Refused:
            status = store::RunStatus::Failed;
            break;
        case JobRunner::State::Stopped:
            status = store::RunStatus::Stopped;
            break;
        case JobRunner::State::Idle:
            break;
        }
    }
    const QDateTime created = QDateTime::fromString(run.createdAt, Qt::ISODateWithMs);
    return tr("Run %1 · %2 · started %3")
        .arg(run.id)
        .arg(JobText::runStatus(status), created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) : run.createdAt);
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
    trainingTotal_ = 0;
    trainingStep_ = 0;
    clockStartStep_ = -1;
    specSteps_ = 0;
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
    // The run's steps from its spec (the kind's default when it names none), for the bar before
    // the runner reports them.
    if (const TrainRunEntry* run = entry()) {
        const nlohmann::json spec = nlohmann::json::parse(run->specJson.toStdString(), nullptr, false);
        const nlohmann::json steps = spec.is_object() && spec.contains("params") && spec["params"].is_object()
                                         ? spec["params"].value("steps", nlohmann::json())
                                         : nlohmann::json();
        specSteps_ = steps.is_number_integer() ? steps.get<qint64>() : 0;
        if (specSteps_ <= 0)
            if (const jobs::JobKind* kind = jobs::findJobKind(kTrainKind))
                for (const jobs::ParamSpec& param : kind->params)
                    if (param.key == "steps" && param.defaultValue.is_number_integer())
                        specSteps_ = param.defaultValue.get<qint64>();
    }
    attachRunner();
    if (const TrainRunEntry* run = entry(); run != nullptr && runs_->currentIndex() >= 0)
        runs_->setItemText(runs_->currentIndex(), runLabel(*run));
    readMetrics();
    Q_EMIT runShown(runId_);
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
        if (const TrainRunEntry* run = entry(); run != nullptr && runs_->currentIndex() >= 0)
            runs_->setItemText(runs_->currentIndex(), runLabel(*run));
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
        this,
        [runId, cursor](const store::ProjectStore& store) {
            MetricsRead read;
            read.delta = store.metricsSince(runId, cursor);
            if (cursor == 0) {
                // A resumed run's curve goes on from the run it resumed: the first read puts the
                // points of the runs before it (up to the checkpoint each resumed from) in front
                // of its own.
                std::vector<store::MetricPoint> before = resumedHistory(store, runId);
                before.insert(before.end(), read.delta.points.begin(), read.delta.points.end());
                read.delta.points = std::move(before);
                // A long run's first read holds all its points: grouped into curves here, on the
                // reader's thread, so the UI thread only hands the series to the charts.
                read.grouped = RunCurves();
                for (const RunCurves::Update& update : read.grouped->add(read.delta.points))
                    read.series.emplace_back(update.key, read.grouped->points(update.key.id));
                read.delta.points.clear();
            }
            return read;
        },
        [this, generation](MetricsRead read, const QString& error) {
            if (generation != generation_)
                return;
            reading_ = false;
            if (error.isEmpty())
                applyMetrics(std::move(read));
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

void RunTab::applyMetrics(MetricsRead read)
{
    const store::MetricsDelta& delta = read.delta;
    cursor_ = std::max<qint64>(cursor_, delta.cursor);
    if (read.grouped) {
        // The first read, grouped on the reader's thread.
        curves_ = std::move(*read.grouped);
        for (const auto& [key, points] : read.series)
            chartOf(key.chart)->setSeries(key.id, key.label, points);
        updateStatus();
        if (!read.series.empty())
            Q_EMIT curvesUpdated();
        return;
    }
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
        progress_->setRange(0, 1);
        progress_->setValue(0);
        progress_->setFormat(QString());
        status_->setText(catalog_.runs.empty() ? tr("No training run in this project yet: set one up and start it.")
                                               : tr("Choose a run to follow."));
        failure_->hide();
        return;
    }
    const TrainRunEntry* run = entry();
    QStringList parts;
    const JobRunner::State state = runner_ != nullptr ? runner_->state() : JobRunner::State::Idle;
    // The bar shows the training steps; evaluation and saving report their own counts, which would
    // make it jump back and forth. Before training it shows the data preparation.
    const QString currentStage = runner_ != nullptr ? runner_->stage() : QString();
    const bool training = currentStage == QLatin1String("training");
    updateProgress(currentStage, training);
    if (runner_ != nullptr && runner_->isActive()) {
        const QString stage = runner_->stage();
        parts << (stage.isEmpty() ? JobText::runnerState(state) : stageText(stage));
        if (trainingTotal_ > 0 && trainingStep_ > 0)
            parts << tr("step %1 of %2").arg(QLocale().toString(trainingStep_), QLocale().toString(trainingTotal_));
        else if (curves_.lastStep() > 0)
            parts << tr("after step %1").arg(QLocale().toString(curves_.lastStep()));
        if (isPreparing(stage)) {
            const QString eta = ViewHelpers::duration(runner_->etaSeconds());
            if (!eta.isEmpty())
                parts << tr("data ready in about %1, then training").arg(eta);
        } else {
            // The whole run: the steps left at the pace so far, evaluations and saves included.
            const double whole = wholeRunEta(trainingStep_, trainingTotal_);
            const QString eta = ViewHelpers::duration(whole >= 0 ? whole : (training ? runner_->etaSeconds() : -1));
            if (!eta.isEmpty())
                parts << tr("about %1 left in all").arg(eta);
        }
    } else if (runner_ != nullptr) {
        parts << JobText::runnerState(state);
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

void RunTab::updateProgress(const QString& stage, bool training)
{
    if (runId_ <= 0 || runner_ == nullptr) {
        trainingStep_ = std::max(trainingStep_, curves_.lastStep());
    } else if (training && runner_->total() > 0) {
        trainingTotal_ = runner_->total();
        trainingStep_ = runner_->done();
    } else {
        // Evaluating or saving report their own counts: the bar stays at the training step.
        trainingStep_ = std::max(trainingStep_, curves_.lastStep());
    }
    const qint64 total = trainingTotal_ > 0 ? trainingTotal_ : specSteps_;
    const JobRunner::State state = runner_ != nullptr ? runner_->state() : JobRunner::State::Idle;
    const TrainRunEntry* run = entry();
    const bool done = state == JobRunner::State::Finished ||
                      (runner_ == nullptr && run != nullptr && run->status == QLatin1String("done"));
    // The range is the count itself (a per-mille range rounded step 20 of 100,000 down to an empty
    // bar); the text says the step.
    const auto show = [this](qint64 value, qint64 maximum, const QString& format) {
        progress_->setRange(0, int(std::clamp<qint64>(maximum, 1, std::numeric_limits<int>::max())));
        progress_->setValue(int(std::clamp<qint64>(value, 0, progress_->maximum())));
        progress_->setFormat(format);
    };
    if (runner_ != nullptr && isPreparing(stage) && runner_->total() > 0)
        show(runner_->done(), runner_->total(), tr("%1: %p%").arg(stageText(stage)));
    else if (done)
        show(1, 1, total > 0 ? tr("step %1 of %2").arg(QLocale().toString(total), QLocale().toString(total)) : tr("done"));
    else if (total > 0)
        show(std::min(trainingStep_, total), total,
             tr("step %1 of %2").arg(QLocale().toString(std::min(trainingStep_, total)), QLocale().toString(total)));
    else
        show(0, 1, QString());
}

double RunTab::wholeRunEta(qint64 step, qint64 total)
{
    if (step <= 0 || total <= 0)
        return -1;
    if (clockStartStep_ < 0 || step < clockStartStep_) {
        clockStartStep_ = step;
        trainingClock_.start();
        return -1;
    }
    const qint64 stepsTimed = step - clockStartStep_;
    if (stepsTimed < 2)
        return -1; // too few steps for a pace
    const double secondsPerStep = double(trainingClock_.elapsed()) / 1000.0 / double(stepsTimed);
    return secondsPerStep * double(total - step);
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
