#include "overview_panel.h"

#include "dataset_table_model.h"
#include "panel_context.h"
#include "panel_header.h"
#include "run_table_model.h"
#include "stat_card.h"
#include "store_access.h"
#include "view_helpers.h"
#include "store/project_store.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringList>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <exception>

namespace adaptlab::overview {

// What one refresh reads, on the reader's thread.
struct OverviewPanel::Snapshot {
    store::StoreCounts counts;
    std::vector<store::DatasetRecord> datasets;
    std::vector<store::RunRecord> runs;
};

namespace {

// While a run is running (written by a CLI child, maybe started in an earlier session), the
// counts change without any signal reaching us; look again this often.
constexpr int kFollowIntervalMs = 5000;

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("emptyState"));
    return label;
}

} // namespace

QString OverviewPanel::runsCaption(const std::vector<store::RunRecord>& runs)
{
    // Every status is counted, so the parts add up to the total; stopped and queued runs are
    // named only when there are some. Counted from the rows the table shows: one snapshot.
    qint64 running = 0, done = 0, failed = 0, stopped = 0, queued = 0, damaged = 0;
    for (const store::RunRecord& run : runs) {
        switch (run.status) {
        case store::RunStatus::Running: ++running; break;
        case store::RunStatus::Done: ++done; break;
        case store::RunStatus::Failed: ++failed; break;
        case store::RunStatus::Stopped: ++stopped; break;
        case store::RunStatus::Queued: ++queued; break;
        case store::RunStatus::Unknown: ++damaged; break;
        }
    }
    QStringList parts;
    parts << tr("%1 running").arg(running) << tr("%1 done").arg(done) << tr("%1 failed").arg(failed);
    if (stopped > 0)
        parts << tr("%1 stopped").arg(stopped);
    if (queued > 0)
        parts << tr("%1 queued").arg(queued);
    if (damaged > 0)
        parts << tr("%1 with a damaged status").arg(damaged);
    return tr("runs: %1", "the counts by status").arg(parts.join(tr(", ", "between the counts by status")));
}

OverviewPanel::OverviewPanel(PanelContext* context, QWidget* parent)
    : QWidget(parent), context_(context)
{
    setObjectName(QStringLiteral("overviewPanel"));

    auto* header = new PanelHeader(
        tr("Project overview"),
        tr("A project is one folder that keeps everything an adaptation needs: the datasets you "
           "bring in, the tokenizers and token shards made from them, and every run with its "
           "settings, log, checkpoints and metrics. Moving the folder moves the project."),
        this);

    // Empty state: no project open.
    emptyPage_ = new QWidget(this);
    auto* emptyTitle = new QLabel(tr("No project is open"), emptyPage_);
    emptyTitle->setProperty("role", QStringLiteral("pageTitle"));
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto* emptyText = hint(tr("Create a project with File > New Project… (choose an empty "
                              "folder), or open an existing one with File > Open Project… or "
                              "File > Open Recent."),
                           emptyPage_);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(560);
    // Centred by stretches, not by an alignment flag: a flag would cost the wrapped label its
    // height-for-width and clip it.
    auto* emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(emptyText, 3);
    emptyRow->addStretch(1);
    auto* emptyLayout = new QVBoxLayout(emptyPage_);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addStretch(2);

    // The project page.
    projectPage_ = new QWidget(this);
    projectLabel_ = new QLabel(projectPage_);
    projectLabel_->setObjectName(QStringLiteral("overviewProjectPath"));
    projectLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    refreshButton_ = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.png")), tr("Refresh"),
                                     projectPage_);
    refreshButton_->setObjectName(QStringLiteral("overviewRefresh"));
    refreshButton_->setToolTip(tr("Read the project store again"));
    connect(refreshButton_, &QPushButton::clicked, this, &OverviewPanel::refresh);
    errorLabel_ = new QLabel(projectPage_);
    errorLabel_->setProperty("role", QStringLiteral("notice"));
    errorLabel_->setWordWrap(true);
    errorLabel_->hide();

    datasetsCard_ = new StatCard(tr("datasets"), QStringLiteral("0"),
                                 tr("Datasets registered in this project, imported and derived."),
                                 projectPage_);
    datasetsCard_->setObjectName(QStringLiteral("datasetsCard"));
    runsCard_ = new StatCard(tr("runs"), QStringLiteral("0"),
                             tr("Jobs started in this project: tokenizer training, training, "
                                "evaluation and more."),
                             projectPage_);
    runsCard_->setObjectName(QStringLiteral("runsCard"));
    metricsCard_ = new StatCard(tr("metric points"), QStringLiteral("0"),
                                tr("Values recorded by runs, such as loss at each step."),
                                projectPage_);
    metricsCard_->setObjectName(QStringLiteral("metricsCard"));
    artifactsCard_ = new StatCard(tr("artifacts"), QStringLiteral("0"),
                                  tr("Files runs produced: tokenizers, checkpoints, logs."),
                                  projectPage_);
    artifactsCard_->setObjectName(QStringLiteral("artifactsCard"));

    datasetModel_ = new DatasetTableModel(this);
    runModel_ = new RunTableModel(this);
    datasetView_ = ViewHelpers::makeSortedTable(datasetModel_, DatasetTableModel::SortRole, DatasetTableModel::Name,
                                                 Qt::AscendingOrder, projectPage_);
    datasetView_->setObjectName(QStringLiteral("datasetTable"));
    // The overview does not read the scans: their columns belong to the Data step.
    for (const int column : {DatasetTableModel::Scan, DatasetTableModel::DerivedFrom, DatasetTableModel::Created})
        datasetView_->hideColumn(column);
    runView_ = ViewHelpers::makeSortedTable(runModel_, RunTableModel::SortRole, RunTableModel::Id,
                                             Qt::DescendingOrder, projectPage_);
    runView_->setObjectName(QStringLiteral("runTable"));
    noDatasetsLabel_ = hint(tr("No datasets yet. Bring one in with the Data step."), projectPage_);
    noRunsLabel_ = hint(tr("No runs yet. Runs appear here when a job is started, for example "
                           "training a tokenizer."),
                        projectPage_);

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(projectLabel_, 1);
    topRow->addWidget(refreshButton_);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (StatCard* card : {datasetsCard_, runsCard_, metricsCard_, artifactsCard_})
        cards->addWidget(card, 1);

    auto* datasetBox = new QWidget(projectPage_);
    auto* datasetLayout = new QVBoxLayout(datasetBox);
    datasetLayout->setContentsMargins(0, 0, 0, 0);
    datasetLayout->addWidget(ViewHelpers::sectionTitle(tr("Datasets"), datasetBox));
    datasetLayout->addWidget(noDatasetsLabel_);
    datasetLayout->addWidget(datasetView_, 1);

    auto* runBox = new QWidget(projectPage_);
    auto* runLayout = new QVBoxLayout(runBox);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(ViewHelpers::sectionTitle(tr("Runs"), runBox));
    runLayout->addWidget(noRunsLabel_);
    runLayout->addWidget(runView_, 1);

    auto* splitter = new QSplitter(Qt::Vertical, projectPage_);
    splitter->addWidget(datasetBox);
    splitter->addWidget(runBox);
    splitter->setChildrenCollapsible(false);

    auto* projectLayout = new QVBoxLayout(projectPage_);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    projectLayout->setSpacing(12);
    projectLayout->addLayout(topRow);
    projectLayout->addWidget(errorLabel_);
    projectLayout->addLayout(cards);
    projectLayout->addWidget(splitter, 1);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(emptyPage_);
    stack_->addWidget(projectPage_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(header);
    layout->addWidget(stack_, 1);

    reader_ = new StoreReader(this);

    followTimer_ = new QTimer(this);
    followTimer_->setInterval(kFollowIntervalMs);
    connect(followTimer_, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });

    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, &OverviewPanel::refresh);
        connect(context_, &PanelContext::storeChanged, this, &OverviewPanel::refresh);
    }
    refresh();
}

void OverviewPanel::refresh()
{
    // Only whether a project is open and where: no SQL runs on this thread.
    store::ProjectStore* store = context_ != nullptr ? context_->store() : nullptr;
    const quint64 generation = ++generation_;
    if (store == nullptr) {
        reader_->setProject({});
        datasetModel_->setDatasets({});
        runModel_->setRuns({});
        followTimer_->stop();
        stack_->setCurrentWidget(emptyPage_);
        Q_EMIT refreshed();
        return;
    }
    stack_->setCurrentWidget(projectPage_);
    projectLabel_->setText(tr("Project folder: %1").arg(QDir::toNativeSeparators(context_->projectDir())));
    const QString dir = QString::fromStdString(store->root().string());
    if (reader_->projectDir() != dir)
        reader_->setProject(dir);
    reader_->read(
        this,
        [](const store::ProjectStore& reading) {
            Snapshot snapshot;
            snapshot.counts = reading.counts();
            snapshot.datasets = reading.datasets();
            snapshot.runs = reading.runs();
            return snapshot;
        },
        [this, generation](const Snapshot& snapshot, const QString& error) {
            if (generation != generation_)
                return; // a newer refresh (or another project) is on its way
            showSnapshot(snapshot, error);
            Q_EMIT refreshed();
        });
}

void OverviewPanel::showSnapshot(const Snapshot& snapshot, const QString& error)
{
    if (!error.isEmpty()) {
        // A busy or damaged store must not take the panel down; say what happened.
        errorLabel_->setText(tr("The project store could not be read: %1").arg(error));
        errorLabel_->show();
    } else {
        const store::StoreCounts& counts = snapshot.counts;
        datasetModel_->setDatasets(snapshot.datasets);
        runModel_->setRuns(snapshot.runs);

        datasetsCard_->setValue(counts.datasets);
        runsCard_->setValue(counts.runs);
        runsCard_->setCaption(runsCaption(runModel_->runs()));
        metricsCard_->setValue(counts.metrics);
        metricsCard_->setCaption(tr("in %n series", "metric series (run, name, split, source)",
                                    static_cast<int>(counts.metricSeries)));
        artifactsCard_->setValue(counts.artifacts);
        errorLabel_->hide();
        if (counts.runsRunning > 0)
            followTimer_->start();
        else
            followTimer_->stop();
    }

    noDatasetsLabel_->setVisible(datasetModel_->rowCount() == 0);
    noRunsLabel_->setVisible(runModel_->rowCount() == 0);
    datasetView_->resizeColumnsToContents();
    runView_->resizeColumnsToContents();
}

bool OverviewPanel::showsEmptyState() const
{
    return stack_->currentWidget() == emptyPage_;
}

DatasetTableModel* OverviewPanel::datasetModel() const
{
    return datasetModel_;
}

RunTableModel* OverviewPanel::runModel() const
{
    return runModel_;
}

StatCard* OverviewPanel::datasetsCard() const
{
    return datasetsCard_;
}

StatCard* OverviewPanel::runsCard() const
{
    return runsCard_;
}

StatCard* OverviewPanel::metricsCard() const
{
    return metricsCard_;
}

StatCard* OverviewPanel::artifactsCard() const
{
    return artifactsCard_;
}

} // namespace adaptlab::overview
