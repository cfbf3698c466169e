#include "train_panel.h"

#include "generate_tab.h"
#include "run_tab.h"
#include "setup_tab.h"

#include "job_runner.h"
#include "panel_context.h"
#include "panel_header.h"
#include "store_access.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QLabel>
#include <QProcess>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace adaptlab::train_panel {

namespace {

// While a followed run is going, its new checkpoints appear on disk without a store change: the
// catalog is read again this often.
constexpr int kActiveRefreshMs = 3000;

enum Tab { SetupIndex, RunIndex, GenerateIndex };

// Settings' device policy ("auto", "cpu", "cuda") as params.device when the spec names none: a
// spec's own choice wins.
QString withDevicePolicy(const QString& specText, const QString& policy)
{
    nlohmann::json spec = nlohmann::json::parse(specText.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (!spec.is_object() || !spec.contains("params") || !spec["params"].is_object() ||
        spec["params"].contains("device") || policy.isEmpty() || policy == QLatin1String("auto"))
        return specText;
    spec["params"]["device"] = policy.toStdString();
    return QString::fromStdString(spec.dump(2));
}

} // namespace

TrainPanel::TrainPanel(PanelContext* context, QWidget* parent)
    : QWidget(parent), context_(context),
      cliProgram_(QCoreApplication::applicationDirPath() + QStringLiteral("/adaptlab-cli"))
{
    auto* header = new PanelHeader(
        tr("Train"),
        tr("Continued pre-training teaches a model your domain by letting it read domain text, predicting each next "
           "token as it did when it was first trained. Mix your domain datasets with some general data (replay) so "
           "it keeps what it knew, watch the training loss fall and the held-out loss of each source, stop when you "
           "like and resume from any kept checkpoint, then try the model on a prompt. Instruction tuning (SFT) then "
           "teaches it to answer, on conversations with the loss on the replies only, with LoRA adapters if you "
           "like; finished runs are merged and exported from the Run tab."),
        this);
    header->setObjectName(QStringLiteral("trainHeader"));
    header->setHelpLinks(tr("<a href=\"adaptlab-help:guide#train\">The Train step in the guide</a> · "
                            "<a href=\"adaptlab-help:glossary#cpt\">continued pre-training</a> · "
                            "<a href=\"adaptlab-help:glossary#replay\">replay</a> · "
                            "<a href=\"adaptlab-help:glossary#sft\">instruction tuning</a> · "
                            "<a href=\"adaptlab-help:glossary#lora\">LoRA</a> · "
                            "<a href=\"adaptlab-help:glossary#chat-template\">chat template</a>"));

    emptyPage_ = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage_);
    emptyLayout->addWidget(new QLabel(tr("Open or create a project (File menu) to train in it."), emptyPage_));
    emptyLayout->addStretch(1);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("trainTabs"));
    setup_ = new SetupTab(tabs_);
    run_ = new RunTab(context_, tabs_);
    run_->setCliProgram(cliProgram_);
    generate_ = new GenerateTab(tabs_);
    tabs_->addTab(setup_, tr("Set up"));
    tabs_->setTabToolTip(SetupIndex, tr("Base model, data and settings of a new run."));
    // The charts want room: in a small window the Run tab scrolls rather than making the window
    // taller than the screen or a saved size.
    auto* runScroll = new QScrollArea(tabs_);
    runScroll->setWidget(run_);
    runScroll->setWidgetResizable(true);
    runScroll->setFrameShape(QFrame::NoFrame);
    tabs_->addTab(runScroll, tr("Run"));
    tabs_->setTabToolTip(RunIndex, tr("Follow a run live; stop it or resume it."));
    tabs_->addTab(generate_, tr("Generate"));
    tabs_->setTabToolTip(GenerateIndex, tr("Prompt a checkpoint and read its continuation."));
    connect(setup_, &SetupTab::startRequested, this, &TrainPanel::startTraining);
    connect(run_, &RunTab::resumeRequested, this, &TrainPanel::startTraining);
    // The Generate tab offers the run the Run tab shows.
    connect(run_, &RunTab::runShown, generate_, &GenerateTab::preferRun);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("trainPanelStatus"));
    status_->setWordWrap(true);
    status_->hide();

    stack_ = new QStackedWidget(this);
    stack_->addWidget(emptyPage_);
    stack_->addWidget(tabs_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(status_);
    layout->addWidget(stack_, 1);

    refreshTimer_ = new QTimer(this);
    refreshTimer_->setInterval(kActiveRefreshMs);
    connect(refreshTimer_, &QTimer::timeout, this, [this] {
        if (run_->runner() != nullptr && run_->runner()->isActive())
            refresh();
        else
            refreshTimer_->stop();
    });

    reader_ = new StoreReader(this);
    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, &TrainPanel::projectChanged);
        connect(context_, &PanelContext::storeChanged, this, &TrainPanel::refresh);
        connect(context_, &PanelContext::runChanged, this, &TrainPanel::refresh);
    }
    projectChanged();
}

TrainPanel::~TrainPanel()
{
    if (runtimeProbe_ != nullptr)
        runtimeProbe_->kill();
}

bool TrainPanel::showsEmptyState() const
{
    return stack_->currentWidget() == emptyPage_;
}

void TrainPanel::setCliProgram(const QString& program)
{
    cliProgram_ = program;
    generate_->process()->setProgram(program);
    run_->setCliProgram(program);
}

void TrainPanel::projectChanged()
{
    const QString dir = context_ != nullptr ? context_->projectDir() : QString();
    pickRun_ = true;
    setup_->setProjectDir(dir);
    run_->setProjectDir(dir);
    refresh();
}

void TrainPanel::refresh()
{
    store::ProjectStore* store = context_ != nullptr ? context_->store() : nullptr;
    if (store == nullptr) {
        ++generation_;
        reading_ = false;
        reader_->setProject({});
        stack_->setCurrentWidget(emptyPage_);
        showCatalog({}, {});
        return;
    }
    stack_->setCurrentWidget(tabs_);
    measureBlas();
    const QString dir = QString::fromStdString(store->root().string());
    if (reader_->projectDir() != dir)
        reader_->setProject(dir);
    if (reading_) {
        readAgain_ = true;
        return;
    }
    reading_ = true;
    const quint64 generation = ++generation_;
    reader_->read(
        this, [](const store::ProjectStore& reading) { return readProjectCatalog(reading); },
        [this, generation](ProjectCatalog catalog, const QString& error) {
            if (generation != generation_)
                return;
            reading_ = false;
            showCatalog(std::move(catalog), error);
            if (readAgain_) {
                readAgain_ = false;
                refresh();
            }
        });
}

void TrainPanel::showCatalog(ProjectCatalog catalog, const QString& error)
{
    if (!error.isEmpty()) {
        status_->setText(tr("The project store could not be read: %1").arg(error));
        status_->show();
        Q_EMIT refreshed();
        return;
    }
    status_->hide();
    catalog_ = std::move(catalog);
    setup_->setCatalog(catalog_);
    run_->setCatalog(catalog_);
    generate_->setCatalog(catalog_);
    if (pickRun_ && context_ != nullptr && context_->store() != nullptr) {
        pickRun_ = false;
        // Follow what the user looked at last (the Jobs dock's run), else a run still going, else the newest.
        const auto going = [](const TrainRunEntry& run) {
            return run.status == QLatin1String("running") || run.status == QLatin1String("queued");
        };
        const TrainRunEntry* pick = nullptr;
        for (const TrainRunEntry& run : catalog_.runs)
            if (run.id == context_->currentRun())
                pick = &run;
        for (const TrainRunEntry& run : catalog_.runs)
            if (pick == nullptr && going(run))
                pick = &run;
        if (pick == nullptr && !catalog_.runs.empty())
            pick = &catalog_.runs.front();
        run_->showRun(pick != nullptr ? pick->id : 0);
        // A run still going is what the user comes back for.
        if (pick != nullptr && going(*pick))
            tabs_->setCurrentIndex(RunIndex);
    }
    if (run_->runner() != nullptr && run_->runner()->isActive() && !refreshTimer_->isActive())
        refreshTimer_->start();
    Q_EMIT refreshed();
}

JobRunner* TrainPanel::startTraining(const QString& specText)
{
    if (context_ == nullptr)
        return nullptr;
    QString error;
    JobRunner* runner = context_->startJob(withDevicePolicy(specText, context_->devicePolicy()), &error);
    if (runner == nullptr) {
        setup_->statusLabel()->setText(tr("Not started: %1").arg(error));
        tabs_->setCurrentIndex(SetupIndex);
        return nullptr;
    }
    setup_->statusLabel()->setText(tr("Starting…"));
    const auto follow = [this](qint64 runId) {
        setup_->statusLabel()->setText(tr("Run %1 started.").arg(runId));
        run_->showRun(runId);
        refresh();
        refreshTimer_->start();
    };
    connect(runner, &JobRunner::runIdAssigned, this, follow);
    connect(runner, &JobRunner::finished, this, [this, runner](JobRunner::State state) {
        if (state == JobRunner::State::Failed && runner->runId() == 0)
            setup_->statusLabel()->setText(tr("Not started: %1").arg(runner->errorString()));
    });
    if (runner->runId() > 0)
        follow(runner->runId());
    tabs_->setCurrentIndex(RunIndex);
    return runner;
}

void TrainPanel::measureBlas()
{
    // The BLAS's measured sgemm speed, for a time estimate before this machine has trained anything:
    // `adaptlab-cli runtime --json` in a child (LibTorch stays out of the UI thread), once.
    if (blasMeasured_)
        return;
    blasMeasured_ = true;
    auto* probe = new QProcess(this);
    runtimeProbe_ = probe;
    connect(probe, &QProcess::finished, this, [this, probe](int exitCode) {
        probe->deleteLater();
        if (exitCode != 0)
            return;
        const QList<QByteArray> lines = probe->readAllStandardOutput().trimmed().split('\n');
        const nlohmann::json info = nlohmann::json::parse(lines.last().toStdString(), nullptr, false);
        if (info.is_object())
            if (const auto gflops = info.find("sgemm_gflops"); gflops != info.end() && gflops->is_number())
                setup_->setSgemmGflops(gflops->get<double>());
    });
    connect(probe, &QProcess::errorOccurred, probe, &QObject::deleteLater);
    probe->start(cliProgram_, {QStringLiteral("runtime"), QStringLiteral("--json")});
}

} // namespace adaptlab::train_panel
