#include "clusters_tab.h"

#include "clusters_scatter.h"
#include "clusters_table_model.h"
#include "file_dialogs.h"
#include "job_runner.h"
#include "panel_context.h"
#include "store_access.h"
#include "train/checkpoint_folder.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <filesystem>

namespace adaptlab::mixture {

namespace {

struct ProjectChoices {
    QStringList datasets;
    QList<QPair<QString, QString>> models;  // label, folder: each finished train run's model
    QList<QPair<QString, QString>> results; // label, clusters.json: newest first
};

// Runs on the StoreReader's thread: the files are looked at there too.
ProjectChoices readChoices(const store::ProjectStore& store)
{
    ProjectChoices choices;
    for (const store::DatasetRecord& dataset : store.datasets())
        choices.datasets << QString::fromStdString(dataset.name);
    std::error_code ec;
    for (const store::RunRecord& run : store.runs()) {
        if (run.kind != "train")
            continue;
        const std::filesystem::path runDir = store.root() / "runs" / std::to_string(run.id);
        std::filesystem::path folder = runDir / "final";
        if (!std::filesystem::is_regular_file(folder / "config.json", ec)) {
            const auto checkpoint = train::latestCheckpoint(runDir);
            if (!checkpoint)
                continue;
            folder = *checkpoint;
        }
        choices.models.append({ClustersTab::tr("Train run %1 (%2)").arg(run.id).arg(QString::fromStdString(folder.filename().string())),
                               QString::fromStdString(folder.string())});
    }
    const auto artifacts = store.artifacts();
    for (auto it = artifacts.rbegin(); it != artifacts.rend(); ++it) {
        if (it->kind != "clusters")
            continue;
        const nlohmann::json meta = nlohmann::json::parse(it->metadataJson, nullptr, /*allow_exceptions=*/false);
        const QString source = meta.is_object() ? QString::fromStdString(meta.value("source", std::string())) : QString();
        const int k = meta.is_object() ? meta.value("k", 0) : 0;
        choices.results.append({ClustersTab::tr("Run %1: %2, k = %3").arg(it->runId.value_or(0)).arg(source).arg(k),
                                QString::fromStdString(store.absolutePath(it->path).string())});
    }
    return choices;
}

QString toQString(const nlohmann::json& json)
{
    return QString::fromStdString(json.dump(2));
}

} // namespace

ClustersTab::ClustersTab(PanelContext* context, QWidget* parent)
    : QWidget(parent), context_(context), loader_(this, TaskLane::Quick)
{
    setObjectName(QStringLiteral("clustersTab"));
    reader_ = new StoreReader(this);
    auto* layout = new QVBoxLayout(this);

    auto* explanation = new QLabel(
        tr("Finds the domains hidden in a dataset: a model of the project turns every document into a vector (the mean "
           "of its last hidden states) and k-means groups the documents it reads alike. Check the clusters you want and "
           "save them as datasets, which can be tokenized and become sources of a mixture plan."),
        this);
    explanation->setWordWrap(true);
    explanation->setObjectName(QStringLiteral("clustersExplanation"));
    layout->addWidget(explanation);

    auto* form = new QFormLayout;
    datasetCombo_ = new QComboBox(this);
    datasetCombo_->setObjectName(QStringLiteral("clusterDataset"));
    form->addRow(tr("Dataset:"), datasetCombo_);
    auto* modelRow = new QHBoxLayout;
    modelCombo_ = new QComboBox(this);
    modelCombo_->setObjectName(QStringLiteral("clusterModel"));
    modelCombo_->setEditable(true);
    modelCombo_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    modelCombo_->setToolTip(tr("A train run's model, or any Hugging Face Llama folder (type its path or browse)."));
    browseButton_ = new QPushButton(tr("Browse…"), this);
    modelRow->addWidget(modelCombo_, 1);
    modelRow->addWidget(browseButton_);
    form->addRow(tr("Model:"), modelRow);
    auto* numbers = new QHBoxLayout;
    kSpin_ = new QSpinBox(this);
    kSpin_->setObjectName(QStringLiteral("clusterK"));
    kSpin_->setRange(2, 1000);
    kSpin_->setValue(8);
    kSpin_->setToolTip(tr("How many clusters k-means makes."));
    maxDocumentsSpin_ = new QSpinBox(this);
    maxDocumentsSpin_->setObjectName(QStringLiteral("clusterMaxDocuments"));
    maxDocumentsSpin_->setRange(2, 1'000'000);
    maxDocumentsSpin_->setValue(2000);
    maxDocumentsSpin_->setToolTip(tr("How many documents are clustered: the first ones of the dataset."));
    numbers->addWidget(new QLabel(tr("Clusters (k):"), this));
    numbers->addWidget(kSpin_);
    numbers->addSpacing(12);
    numbers->addWidget(new QLabel(tr("Documents (the first):"), this));
    numbers->addWidget(maxDocumentsSpin_);
    numbers->addStretch(1);
    startButton_ = new QPushButton(tr("Cluster"), this);
    startButton_->setObjectName(QStringLiteral("clusterStart"));
    stopButton_ = new QPushButton(tr("Stop"), this);
    stopButton_->setObjectName(QStringLiteral("clusterStop"));
    numbers->addWidget(startButton_);
    numbers->addWidget(stopButton_);
    form->addRow(numbers);
    layout->addLayout(form);

    auto* progressRow = new QHBoxLayout;
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("clusterProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("clusterStatus"));
    status_->setWordWrap(true);
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(status_, 2);
    layout->addLayout(progressRow);

    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(new QLabel(tr("Result:"), this));
    resultCombo_ = new QComboBox(this);
    resultCombo_->setObjectName(QStringLiteral("clusterResult"));
    resultCombo_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    resultRow->addWidget(resultCombo_, 1);
    layout->addLayout(resultRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QSplitter(Qt::Vertical, splitter);
    model_ = new ClustersTableModel(this);
    table_ = new QTableView(left);
    table_->setObjectName(QStringLiteral("clustersTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(ClustersTableModel::SaveColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ClustersTableModel::IdColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(ClustersTableModel::SizeColumn, QHeaderView::ResizeToContents);
    examples_ = new QTextBrowser(left);
    examples_->setObjectName(QStringLiteral("clusterExamples"));
    examples_->setPlaceholderText(tr("Select a cluster to read example documents (those nearest its centre)."));
    scatter_ = new ClustersScatter(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(new QLabel(tr("New datasets' name prefix:"), this));
    prefixEdit_ = new QLineEdit(this);
    prefixEdit_->setObjectName(QStringLiteral("clusterSavePrefix"));
    prefixEdit_->setToolTip(tr("Cluster 3 becomes the dataset PREFIX-3."));
    saveRow->addWidget(prefixEdit_, 1);
    saveButton_ = new QPushButton(tr("Save as datasets"), this);
    saveButton_->setObjectName(QStringLiteral("clusterSave"));
    saveButton_->setToolTip(tr("Writes each checked cluster's documents as a new dataset of the project."));
    saveRow->addWidget(saveButton_);
    layout->addLayout(saveRow);

    connect(startButton_, &QPushButton::clicked, this, &ClustersTab::startClustering);
    connect(stopButton_, &QPushButton::clicked, this, [this] {
        if (clusterRunner_)
            clusterRunner_->stop();
    });
    connect(saveButton_, &QPushButton::clicked, this, &ClustersTab::saveCheckedClusters);
    connect(browseButton_, &QPushButton::clicked, this, [this] {
        const QString folder = getExistingDirectory(this, tr("Model folder"), modelCombo_->currentText());
        if (!folder.isEmpty())
            modelCombo_->setEditText(folder);
    });
    connect(resultCombo_, &QComboBox::activated, this, [this](int index) {
        showResult(resultCombo_->itemData(index).toString());
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        selectCluster(current.isValid() ? model_->data(current, ClustersTableModel::ClusterIdRole).toInt() : -1);
    });
    connect(scatter_, &ClustersScatter::clusterClicked, this, [this](int cluster) {
        for (int row = 0; row < model_->rowCount(); ++row)
            if (model_->data(model_->index(row, 0), ClustersTableModel::ClusterIdRole).toInt() == cluster)
                table_->selectRow(row);
    });
    connect(model_, &ClustersTableModel::checkedChanged, this, &ClustersTab::updateButtons);
    connect(prefixEdit_, &QLineEdit::textChanged, this, &ClustersTab::updateButtons);
    connect(modelCombo_, &QComboBox::editTextChanged, this, &ClustersTab::updateButtons);
    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, [this] {
            result_ = {};
            model_->setClusters({});
            scatter_->setPoints({}, {}, 0, 0);
            examples_->clear();
            refresh();
        });
        connect(context_, &PanelContext::storeChanged, this, &ClustersTab::refresh);
    }
    refresh();
}

ClustersTab::~ClustersTab() = default; // runs outlive the tab; the runners belong to the context

void ClustersTab::setStatus(const QString& text)
{
    status_->setText(text);
}

void ClustersTab::refresh()
{
    const bool open = context_ != nullptr && context_->store() != nullptr;
    if (!open) {
        datasetCombo_->clear();
        resultCombo_->clear();
        updateButtons();
        return;
    }
    reader_->setProject(context_->projectDir());
    reader_->read(this, readChoices, [this](ProjectChoices choices, const QString& error) {
        if (!error.isEmpty()) {
            setStatus(tr("The project could not be read: %1").arg(error));
            return;
        }
        const QString dataset = datasetCombo_->currentText();
        datasetCombo_->clear();
        datasetCombo_->addItems(choices.datasets);
        if (const int i = datasetCombo_->findText(dataset); i >= 0)
            datasetCombo_->setCurrentIndex(i);
        const QString model = modelCombo_->currentText();
        modelCombo_->clear();
        for (const auto& [label, folder] : choices.models)
            modelCombo_->addItem(label, folder);
        modelCombo_->setEditText(model);
        if (model.isEmpty() && modelCombo_->count() > 0)
            modelCombo_->setCurrentIndex(0);
        const QString shown = result_.path;
        resultCombo_->clear();
        for (const auto& [label, path] : choices.results)
            resultCombo_->addItem(label, path);
        if (const int i = resultCombo_->findData(shown); i >= 0)
            resultCombo_->setCurrentIndex(i);
        else if (shown.isEmpty() && resultCombo_->count() > 0)
            showResult(resultCombo_->itemData(0).toString()); // the newest run's clusters
        updateButtons();
    });
}

bool ClustersTab::startClustering()
{
    if (context_ == nullptr || context_->store() == nullptr)
        return false;
    if (clusterRunner_ && clusterRunner_->isActive()) {
        setStatus(tr("A cluster run is already going."));
        return false;
    }
    const int modelIndex = modelCombo_->findText(modelCombo_->currentText());
    const QString model = modelIndex >= 0 && !modelCombo_->itemData(modelIndex).toString().isEmpty()
                              ? modelCombo_->itemData(modelIndex).toString()
                              : modelCombo_->currentText().trimmed();
    const nlohmann::json spec = {{"version", 1},
                                 {"kind", "cluster"},
                                 {"project", context_->projectDir().toStdString()},
                                 {"params",
                                  {{"dataset", datasetCombo_->currentText().toStdString()},
                                   {"model", model.toStdString()},
                                   {"k", kSpin_->value()},
                                   {"max_documents", maxDocumentsSpin_->value()},
                                   {"device", context_->devicePolicy().toStdString()}}}};
    QString why;
    JobRunner* runner = context_->startJob(toQString(spec), &why);
    if (runner == nullptr) {
        setStatus(tr("Not started: %1").arg(why));
        return false;
    }
    clusterRunner_ = runner;
    progress_->setRange(0, 0);
    setStatus(tr("Starting…"));
    connect(runner, &JobRunner::progress, this, [this](qint64 done, qint64 total, double, const QString& stage) {
        progress_->setRange(0, total > 0 ? 1000 : 0);
        progress_->setValue(total > 0 ? int(1000 * done / total) : 0);
        if (stage == QLatin1String("read"))
            setStatus(tr("Reading documents…"));
        else if (stage == QLatin1String("tokenize"))
            setStatus(tr("Tokenizing…"));
        else if (stage == QLatin1String("embed"))
            setStatus(tr("Embedding %1 of %2 documents…").arg(done).arg(total));
        else
            setStatus(tr("Clustering…"));
    });
    connect(runner, &JobRunner::finished, this, [this, runner](JobRunner::State state) {
        progress_->setRange(0, 1);
        progress_->setValue(state == JobRunner::State::Finished ? 1 : 0);
        if (state == JobRunner::State::Finished) {
            setStatus(tr("Clustered."));
            showResult(QDir(runner->runDir()).filePath(QStringLiteral("clusters.json")));
            refresh();
        } else if (state == JobRunner::State::Stopped) {
            setStatus(tr("Stopped."));
        } else {
            setStatus(tr("The cluster run failed: %1").arg(runner->errorString()));
        }
        updateButtons();
    });
    updateButtons();
    return true;
}

bool ClustersTab::saveCheckedClusters()
{
    const std::vector<int> chosen = model_->checkedIds();
    const QString prefix = prefixEdit_->text().trimmed();
    if (context_ == nullptr || context_->store() == nullptr || chosen.empty() || prefix.isEmpty() || result_.path.isEmpty())
        return false;
    const nlohmann::json spec = {{"version", 1},
                                 {"kind", "cluster_save"},
                                 {"project", context_->projectDir().toStdString()},
                                 {"params", {{"clusters", result_.path.toStdString()}, {"select", chosen}, {"output", prefix.toStdString()}}}};
    QString why;
    JobRunner* runner = context_->startJob(toQString(spec), &why);
    if (runner == nullptr) {
        setStatus(tr("Not saved: %1").arg(why));
        return false;
    }
    saveRunner_ = runner;
    setStatus(tr("Saving %n cluster(s) as datasets…", nullptr, int(chosen.size())));
    connect(runner, &JobRunner::finished, this, [this, runner](JobRunner::State state) {
        if (state == JobRunner::State::Finished) {
            setStatus(tr("Saved. The new datasets are in the Data step and can be tokenized into shards."));
            Q_EMIT datasetsCreated();
        } else {
            setStatus(tr("Not saved: %1").arg(runner->errorString()));
        }
        updateButtons();
    });
    updateButtons();
    return true;
}

void ClustersTab::showResult(const QString& path)
{
    if (path.isEmpty())
        return;
    loader_.run([path](const std::atomic<bool>&) { return readClustersResult(path); },
                [this](ClustersResult result, const QString& error) {
                    if (!error.isEmpty()) {
                        setStatus(tr("The clusters could not be read: %1").arg(error));
                        Q_EMIT resultShown(error);
                        return;
                    }
                    result_ = std::move(result);
                    model_->setClusters(result_.clusters);
                    scatter_->setPoints(result_.points, result_.assignment, result_.explained[0], result_.explained[1]);
                    if (const int i = resultCombo_->findData(result_.path); i >= 0)
                        resultCombo_->setCurrentIndex(i);
                    if (prefixEdit_->text().isEmpty())
                        prefixEdit_->setText(result_.sourceName + QStringLiteral("-cluster"));
                    examples_->clear();
                    if (model_->rowCount() > 0)
                        table_->selectRow(0);
                    updateButtons();
                    Q_EMIT resultShown(QString());
                });
}

void ClustersTab::selectCluster(int cluster)
{
    scatter_->setSelectedCluster(cluster);
    examples_->clear();
    for (const ClusterSummary& summary : result_.clusters) {
        if (summary.id != cluster)
            continue;
        QString html = QStringLiteral("<p><b>%1</b></p>")
                           .arg(tr("Cluster %1: %n document(s)", nullptr, int(summary.size)).arg(cluster).toHtmlEscaped());
        // The job keeps a document's first 300 characters: an ellipsis says where one was cut.
        for (const QString& example : summary.examples)
            html += QStringLiteral("<p>%1%2</p>").arg(example.toHtmlEscaped(), example.size() >= 300 ? QStringLiteral("…") : QString());
        examples_->setHtml(html);
    }
}

void ClustersTab::updateButtons()
{
    const bool open = context_ != nullptr && context_->store() != nullptr;
    const bool running = clusterRunner_ && clusterRunner_->isActive();
    const bool saving = saveRunner_ && saveRunner_->isActive();
    startButton_->setEnabled(open && !running && datasetCombo_->count() > 0 && !modelCombo_->currentText().trimmed().isEmpty());
    stopButton_->setEnabled(running);
    saveButton_->setEnabled(open && !saving && !result_.path.isEmpty() && !model_->checkedIds().empty() &&
                            !prefixEdit_->text().trimmed().isEmpty());
}

} // namespace adaptlab::mixture
