#include "shards_tab.h"

#include "job_runner.h"
#include "panel_context.h"
#include "param_form.h"
#include "tokenizer_jobs.h"
#include "view_helpers.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adaptlab::tokenizer_panel {

namespace {

enum Column { NameColumn, DocumentsColumn, StatusColumn, TokensColumn, HeldOutColumn, ColumnCount };

} // namespace

ShardsTab::ShardsTab(PanelContext* context, QWidget* parent) : QWidget(parent), context_(context)
{
    tokenizerLabel_ = new QLabel(this);
    tokenizerLabel_->setObjectName(QStringLiteral("shardsTokenizer"));
    tokenizerLabel_->setWordWrap(true);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("shardsTable"));
    table_->setHorizontalHeaderLabels({tr("Dataset"), tr("Documents"), tr("Shards"), tr("Tokens"), tr("Held out")});
    table_->horizontalHeaderItem(StatusColumn)->setToolTip(tr("Whether this dataset has been tokenized with the selected tokenizer."));
    table_->horizontalHeaderItem(HeldOutColumn)->setToolTip(tr("Documents kept apart for measuring the model (never trained on), and their tokens."));
    ViewHelpers::setupTable(table_);
    table_->setToolTip(tr("Tick the datasets to build shards for."));
    connect(table_, &QTableWidget::itemChanged, this, &ShardsTab::updateButtons);

    build_ = new QPushButton(tr("Build shards"), this);
    build_->setObjectName(QStringLiteral("shardsBuild"));
    build_->setToolTip(tr("Tokenizes the ticked datasets once and writes their shards (a job: see the Jobs dock). "
                          "Shards that exist for the same data and tokenizer are reused."));
    connect(build_, &QPushButton::clicked, this, &ShardsTab::startBuild);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setObjectName(QStringLiteral("shardsCancel"));
    cancel_->setToolTip(tr("Stops the build; nothing half-written is kept."));
    connect(cancel_, &QPushButton::clicked, this, &ShardsTab::cancelBuild);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("shardsProgress"));
    progress_->setTextVisible(true);
    progress_->hide();
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("shardsStatus"));
    status_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ViewHelpers::hintLabel(tr("Training reads token shards: each dataset cut into token ids once, saved on disk, "
                                   "and reused by every run (no re-tokenizing, nothing redone after a crash). "
                                   "Build them with the tokenizer of the model you will train."), this));
    layout->addWidget(tokenizerLabel_);
    layout->addWidget(table_, 1);
    if (kindAvailable(kShardsKind)) {
        form_ = new ParamForm(kShardsKind, {"heldout_docs", "seed"}, {}, this);
        form_->setObjectName(QStringLiteral("shardsForm"));
        form_->setLabel("heldout_docs", tr("Held-out documents"));
        form_->setLabel("seed", tr("Seed"));
        layout->addWidget(form_);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(build_);
    buttons->addWidget(cancel_);
    buttons->addWidget(progress_, 3);
    buttons->addStretch(1); // the buttons keep their size while no bar is shown
    layout->addLayout(buttons);
    layout->addWidget(status_);
    if (!kindAvailable(kShardsKind))
        status_->setText(tr("This build cannot build shards yet (no build_shards job)."));
    updateButtons();
}

void ShardsTab::setCatalog(const Catalog& catalog)
{
    catalog_ = catalog;
    refreshTable();
}

void ShardsTab::setTokenizer(const TokenizerEntry& tokenizer)
{
    tokenizer_ = tokenizer;
    tokenizerLabel_->setText(tokenizer.path.isEmpty() ? tr("Choose a tokenizer in the list to build shards with it.")
                                                      : tr("Shards with tokenizer %1").arg(tokenizer.name));
    refreshTable();
}

QString ShardsTab::statusText(const ShardEntry* shard)
{
    if (!shard)
        return tr("not built");
    if (shard->folderMissing)
        return tr("missing: the folder is gone");
    if (shard->datasetChanged)
        return tr("stale: the dataset changed after the build");
    return tr("built (%1)").arg(shard->dtype);
}

const ShardEntry* ShardsTab::shardFor(const QString& dataset) const
{
    for (const ShardEntry& shard : catalog_.shards) {
        if (shard.dataset != dataset)
            continue;
        const bool sameTokenizer = (!shard.tokenizerFingerprint.isEmpty() && shard.tokenizerFingerprint == tokenizer_.fingerprint)
                                   || shard.tokenizerPath == tokenizer_.path;
        if (sameTokenizer)
            return &shard;
    }
    return nullptr;
}

QStringList ShardsTab::chosenDatasets() const
{
    QStringList names;
    for (int r = 0; r < table_->rowCount(); ++r)
        if (table_->item(r, NameColumn)->checkState() == Qt::Checked)
            names << table_->item(r, NameColumn)->text();
    return names;
}

void ShardsTab::setChosenDatasets(const QStringList& names)
{
    for (int r = 0; r < table_->rowCount(); ++r)
        table_->item(r, NameColumn)->setCheckState(names.contains(table_->item(r, NameColumn)->text()) ? Qt::Checked : Qt::Unchecked);
}

void ShardsTab::refreshTable()
{
    const QStringList chosen = chosenDatasets();
    const QSignalBlocker blocker(table_);
    table_->setRowCount(static_cast<int>(catalog_.datasets.size()));
    for (int r = 0; r < static_cast<int>(catalog_.datasets.size()); ++r) {
        const DatasetEntry& dataset = catalog_.datasets[static_cast<size_t>(r)];
        auto* name = new QTableWidgetItem(dataset.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(chosen.contains(dataset.name) ? Qt::Checked : Qt::Unchecked);
        table_->setItem(r, NameColumn, name);
        table_->setItem(r, DocumentsColumn, new QTableWidgetItem(dataset.documents >= 0 ? ViewHelpers::count(dataset.documents) : tr("not counted")));
        const ShardEntry* shard = tokenizer_.path.isEmpty() ? nullptr : shardFor(dataset.name);
        table_->setItem(r, StatusColumn, new QTableWidgetItem(statusText(shard)));
        table_->setItem(r, TokensColumn, new QTableWidgetItem(shard && shard->tokens >= 0 ? ViewHelpers::count(shard->tokens) : QString()));
        table_->setItem(r, HeldOutColumn,
                        new QTableWidgetItem(shard && shard->heldoutDocuments >= 0
                                                 ? tr("%1 documents, %2 tokens").arg(ViewHelpers::count(shard->heldoutDocuments),
                                                                                     ViewHelpers::count(shard->heldoutTokens))
                                                 : QString()));
        if (shard) {
            QTableWidgetItem* status = table_->item(r, StatusColumn);
            const bool stale = shard->folderMissing || shard->datasetChanged;
            status->setToolTip(stale ? tr("%1\n%2\nBuild shards again: an unchanged dataset is recognised by its content and reused.")
                                           .arg(statusText(shard), shard->dir)
                                     : shard->dir);
            if (stale)
                status->setForeground(QColor(0xb0, 0x60, 0x00));
        }
    }
    table_->resizeColumnsToContents();
    updateButtons();
}

void ShardsTab::updateButtons()
{
    const bool running = isBuilding();
    build_->setEnabled(kindAvailable(kShardsKind) && !running && !tokenizer_.path.isEmpty() && !chosenDatasets().isEmpty());
    cancel_->setEnabled(running && runner_ && runner_->state() == JobRunner::State::Running);
    cancel_->setVisible(running);
}

bool ShardsTab::isBuilding() const
{
    return !queue_.isEmpty()
           || (runner_ && runner_->isActive());
}

bool ShardsTab::startBuild()
{
    if (context_ == nullptr || context_->store() == nullptr || tokenizer_.path.isEmpty()) {
        status_->setText(tr("Open a project and choose a tokenizer first."));
        return false;
    }
    const QStringList datasets = chosenDatasets();
    if (datasets.isEmpty()) {
        status_->setText(tr("Tick at least one dataset."));
        return false;
    }
    if (isBuilding())
        return false;
    queue_ = datasets;
    queueTotal_ = static_cast<int>(datasets.size());
    formValues_ = form_ ? form_->values() : nlohmann::json::object();
    failures_.clear();
    startNext();
    return runner_ != nullptr;
}

void ShardsTab::startNext()
{
    if (queue_.isEmpty()) {
        progress_->hide();
        if (failures_.isEmpty())
            status_->setText(tr("Shards built."));
        else
            status_->setText(failures_.join(QLatin1Char('\n')));
        updateButtons();
        Q_EMIT buildsEnded();
        return;
    }
    const QString dataset = queue_.takeFirst();
    const int number = queueTotal_ - static_cast<int>(queue_.size());
    QString why;
    JobRunner* runner = context_->startJob(shardsSpec(context_->projectDir(), tokenizer_.path, {dataset}, formValues_), &why);
    if (runner == nullptr) {
        failures_ << tr("%1: the build could not start: %2").arg(dataset, why);
        startNext();
        return;
    }
    runner_ = runner;
    progress_->setRange(0, 0);
    progress_->setFormat(QString());
    progress_->show();
    status_->setText(tr("Building shards for %1 (%2 of %3)…").arg(dataset).arg(number).arg(queueTotal_));
    connect(runner, &JobRunner::progress, this, [this](qint64 done, qint64 total, double, const QString& stage) {
        if (total > 0) {
            // Bytes can pass 2^31: the bar shows per mille.
            progress_->setRange(0, 1000);
            progress_->setValue(static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)));
        }
        progress_->setFormat(stage.isEmpty() ? QStringLiteral("%p%") : stage + QStringLiteral(" %p%"));
    });
    connect(runner, &JobRunner::stateChanged, this, &ShardsTab::updateButtons);
    connect(runner, &JobRunner::finished, this, [this, runner, dataset](JobRunner::State state) {
        if (state == JobRunner::State::Stopped) {
            queue_.clear(); // Cancel stops what is left too
            failures_ << tr("%1: cancelled; no shard of this build was kept.").arg(dataset);
        } else if (state != JobRunner::State::Finished) {
            failures_ << tr("%1: the build failed: %2").arg(dataset, runner->errorString());
        }
        startNext();
    });
    updateButtons();
}

void ShardsTab::cancelBuild()
{
    queue_.clear();
    if (runner_ && runner_->state() == JobRunner::State::Running) {
        runner_->stop();
        status_->setText(tr("Cancelling…"));
    }
    updateButtons();
}

} // namespace adaptlab::tokenizer_panel
