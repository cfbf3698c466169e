#include "datasets_panel.h"

#include "corpus_text.h"
#include "view_helpers.h"
#include "dataset_table_model.h"
#include "dataset_source.h"
#include "import_dialog.h"
#include "job_specs.h"
#include "provenance_text.h"

#include "job_runner.h"
#include "panel_context.h"
#include "panel_header.h"
#include "store/project_store.h"
#include "store_access.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <nlohmann/json.hpp>

#include <exception>

namespace adaptlab::corpus_panel {

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("emptyState"));
    return label;
}

QString fileList(const std::vector<std::filesystem::path>& files)
{
    QString html = QStringLiteral("<ul>");
    for (const auto& file : files)
        html += QStringLiteral("<li>%1</li>").arg(QDir::toNativeSeparators(QString::fromStdString(file.string())).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

// The dataset names a job spec's params name (the dataset it reads, a target, a list of inputs).
QStringList datasetsNamedBy(const std::string& specJson)
{
    QStringList names;
    const auto spec = nlohmann::json::parse(specJson, nullptr, false);
    if (!spec.is_object() || !spec.contains("params") || !spec["params"].is_object())
        return names;
    const auto& params = spec["params"];
    for (const char* key : {"dataset", "target"})
        if (params.contains(key) && params[key].is_string())
            names << QString::fromStdString(params[key].get<std::string>());
    for (const char* key : {"datasets", "measure_datasets"})
        if (params.contains(key) && params[key].is_array())
            for (const auto& name : params[key])
                if (name.is_string())
                    names << QString::fromStdString(name.get<std::string>());
    return names;
}

// Why a live run blocks removing NAME; empty when none does.
QString blockingRun(const std::vector<store::RunRecord>& runs, const QString& name)
{
    for (const auto& run : runs) {
        const bool live = run.status == store::RunStatus::Running || run.status == store::RunStatus::Queued;
        if (live && datasetsNamedBy(run.specJson).contains(name))
            return DatasetsPanel::tr("Run %1 is still working on %2. Stop it in the Jobs dock or let it finish, then "
                                     "remove the dataset.").arg(run.id).arg(name);
    }
    return {};
}

// The details' lines about where the dataset is and how it is read. Computed with the reader's
// connection, next to the rows (the paths are the store's, relative to its root).
QStringList sourceLines(const store::ProjectStore& store, const store::DatasetRecord& d)
{
    QStringList lines;
    try {
        const DatasetSource source = datasetSource(store, d);
        if (source.inputs.size() == 1) {
            lines << DatasetsPanel::tr("Location: %1").arg(QDir::toNativeSeparators(QString::fromStdString(source.inputs.front().string())));
        } else {
            QStringList files;
            for (const auto& input : source.inputs)
                files << QStringLiteral("  ") + QDir::toNativeSeparators(QString::fromStdString(input.string()));
            lines << DatasetsPanel::tr("Files (read as one dataset, in this order):") << files;
        }
        const auto& fields = source.options.fields;
        QStringList meta;
        for (const auto& field : fields.metadataFields)
            meta << QString::fromStdString(field);
        if (fields.allOtherFieldsAsMetadata)
            meta << DatasetsPanel::tr("every other field");
        lines << DatasetsPanel::tr("Text field: %1").arg(QString::fromStdString(fields.textField));
        lines << DatasetsPanel::tr("Metadata fields: %1").arg(meta.isEmpty() ? DatasetsPanel::tr("none") : QLocale().createSeparatedList(meta));
        lines << DatasetsPanel::tr("Plain text files: %1").arg(CorpusText::plainTextModeLabel(source.options.plainText));
    } catch (const std::exception& e) {
        lines << DatasetsPanel::tr("Location: %1").arg(QDir::toNativeSeparators(
                     QString::fromStdString(store.absolutePath(d.path).string())));
        lines << DatasetsPanel::tr("The field mapping cannot be read: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return lines;
}

// What the reader answers for a refresh: the rows and, per dataset id, its source lines.
struct DatasetListing {
    std::vector<DatasetEntry> entries;
    QHash<qint64, QStringList> sources;
};

// What the reader answers before the confirmation: why the removal cannot start, or its plan.
struct RemovalCheck {
    QString blocked;
    jobs::DatasetRemovalPlan plan;
};

} // namespace

DatasetsPanel::DatasetsPanel(PanelContext* context, QWidget* parent)
    : QWidget(parent), context_(context)
{
    setObjectName(QStringLiteral("corpusDatasetsPanel"));
    auto* header = new PanelHeader(
        tr("Data", "the panel title, as the workflow step"),
        tr("Bring corpora into the project and keep track of them. Import reads plain text or "
           "JSON Lines (also compressed with zstd or gzip), lets you say which field is the text "
           "and which are metadata, and shows the first records and any broken ones before "
           "anything is added. Every dataset is then scanned once: counts, quality signals and "
           "duplicates, which you explore in the Inspect step. Filtering, deduplication and "
           "selection there create derived datasets, listed here with the dataset they came from."),
        this);
    header->setHelpLinks(tr("Help: <a href=\"adaptlab-help:guide#data\">the Data step</a> · "
                            "<a href=\"adaptlab-help:glossary#dataset\">dataset</a> · "
                            "<a href=\"adaptlab-help:glossary#record\">record</a> · "
                            "<a href=\"adaptlab-help:glossary#provenance\">provenance</a> · "
                            "<a href=\"adaptlab-help:glossary#signals-file\">signals file</a>"));

    emptyPage_ = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage_);
    auto* emptyText = hint(tr("No project is open. Create or open a project (File menu) to import "
                              "corpora into it."),
                           emptyPage_);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addStretch(2);

    projectPage_ = new QWidget(this);
    importButton_ = new QPushButton(tr("Import corpus…"), projectPage_);
    importButton_->setObjectName(QStringLiteral("importCorpusButton"));
    importButton_->setDefault(true);
    connect(importButton_, &QPushButton::clicked, this, &DatasetsPanel::openImportDialog);
    scanButton_ = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.png")), tr("Scan again"), projectPage_);
    scanButton_->setObjectName(QStringLiteral("scanDatasetButton"));
    scanButton_->setToolTip(tr("Read the selected dataset again and recompute its statistics, "
                               "signals and duplicates (for example after its files changed)."));
    connect(scanButton_, &QPushButton::clicked, this, [this] { scanSelected(); });
    removeButton_ = new QPushButton(tr("Remove…"), projectPage_);
    removeButton_->setObjectName(QStringLiteral("removeDatasetButton"));
    removeButton_->setToolTip(tr("Take the selected dataset out of the project: its scan results and the "
                                 "files the project wrote for it are deleted; your own corpus files are "
                                 "never touched. You are asked first."));
    connect(removeButton_, &QPushButton::clicked, this, [this] { confirmRemoveSelected(); });
    errorLabel_ = new QLabel(projectPage_);
    errorLabel_->setProperty("role", QStringLiteral("notice"));
    errorLabel_->setWordWrap(true);
    errorLabel_->hide();

    model_ = new DatasetTableModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model_);
    proxy->setSortRole(DatasetTableModel::SortRole);
    view_ = new QTableView(projectPage_);
    view_->setObjectName(QStringLiteral("corpusDatasetTable"));
    view_->setModel(proxy);
    ViewHelpers::setupTable(view_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(DatasetTableModel::Created, Qt::AscendingOrder);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatasetsPanel::updateDetails);
    // Scan again and Remove also from the context menu; Remove also with the Delete key.
    scanAction_ = new QAction(QIcon(QStringLiteral(":/icons/refresh.png")), tr("Scan Again"), view_);
    connect(scanAction_, &QAction::triggered, this, [this] { scanSelected(); });
    removeAction_ = new QAction(tr("Remove Dataset…"), view_);
    removeAction_->setObjectName(QStringLiteral("removeDatasetAction"));
    removeAction_->setShortcut(QKeySequence::Delete);
    removeAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(removeAction_, &QAction::triggered, this, [this] { confirmRemoveSelected(); });
    view_->addAction(removeAction_);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!view_->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(scanAction_);
        menu.addSeparator();
        menu.addAction(removeAction_);
        menu.exec(view_->viewport()->mapToGlobal(pos));
    });
    noDatasetsLabel_ = hint(tr("No datasets yet. Import a corpus to start."), projectPage_);

    auto* details = new QWidget(projectPage_);
    detailsTitle_ = ViewHelpers::sectionTitle(QString(), details);
    detailsText_ = new QLabel(details);
    detailsText_->setObjectName(QStringLiteral("datasetDetails"));
    detailsText_->setWordWrap(true);
    detailsText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsText_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    provenanceText_ = new QTextBrowser(details);
    provenanceText_->setObjectName(QStringLiteral("datasetProvenance"));
    provenanceText_->setOpenExternalLinks(true);
    provenanceText_->setPlaceholderText(tr("Imported datasets have no provenance; derived ones "
                                           "record their source, rules, thresholds and seed here."));
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(detailsTitle_);
    detailsLayout->addWidget(detailsText_);
    detailsLayout->addWidget(ViewHelpers::sectionTitle(tr("How it was made"), details));
    detailsLayout->addWidget(provenanceText_, 1);

    auto* tableBox = new QWidget(projectPage_);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(noDatasetsLabel_);
    tableLayout->addWidget(view_, 1);

    auto* splitter = new QSplitter(Qt::Vertical, projectPage_);
    splitter->addWidget(tableBox);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(importButton_);
    buttons->addWidget(scanButton_);
    buttons->addWidget(removeButton_);
    buttons->addStretch(1);

    auto* projectLayout = new QVBoxLayout(projectPage_);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    projectLayout->addLayout(buttons);
    projectLayout->addWidget(errorLabel_);
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
    writer_ = new StoreWriter(this);

    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, &DatasetsPanel::refresh);
        connect(context_, &PanelContext::storeChanged, this, &DatasetsPanel::refresh);
        connect(context_, &PanelContext::currentDatasetChanged, this, &DatasetsPanel::followCurrentDataset);
    }
    refresh();
}

// A removal in flight finishes on the writer's thread (the writer's destructor joins it: a few
// SQLite rows and files); its result has no panel to go to.
DatasetsPanel::~DatasetsPanel() = default;

bool DatasetsPanel::showsEmptyState() const
{
    return stack_->currentWidget() == emptyPage_;
}

void DatasetsPanel::refresh()
{
    // Only whether a project is open and where: the SQL runs on the reader's thread.
    const QString dir = projectDir();
    const quint64 generation = ++generation_;
    if (dir.isEmpty()) {
        reader_->setProject({});
        writer_->setProject({});
        sources_.clear();
        selectAfterRefresh_ = -1;
        model_->setEntries({});
        stack_->setCurrentWidget(emptyPage_);
        updateDetails();
        Q_EMIT refreshed();
        return;
    }
    stack_->setCurrentWidget(projectPage_);
    if (reader_->projectDir() != dir)
        reader_->setProject(dir);
    if (writer_->projectDir() != dir)
        writer_->setProject(dir);
    reader_->read(
        this,
        [](const store::ProjectStore& reading) {
            DatasetListing listing;
            listing.entries = readDatasetEntries(reading);
            for (const DatasetEntry& entry : listing.entries)
                listing.sources.insert(entry.record.id, sourceLines(reading, entry.record));
            return listing;
        },
        [this, generation](DatasetListing listing, const QString& error) {
            if (generation != generation_)
                return; // a newer refresh (or another project) is on its way
            if (error.isEmpty())
                sources_ = std::move(listing.sources);
            showEntries(std::move(listing.entries), error);
            Q_EMIT refreshed();
        });
}

QString DatasetsPanel::projectDir() const
{
    return context_ != nullptr ? context_->projectDir() : QString();
}

void DatasetsPanel::showEntries(std::vector<DatasetEntry> entries, const QString& error)
{
    const qint64 selected = selectAfterRefresh_ >= 0 ? selectAfterRefresh_ : selectedDatasetId();
    selectAfterRefresh_ = -1;
    if (error.isEmpty()) {
        model_->setEntries(std::move(entries));
        errorLabel_->hide();
    } else {
        // A damaged store must not take the panel down; say what happened and keep what is shown.
        errorLabel_->setText(tr("The project store could not be read: %1").arg(error));
        errorLabel_->show();
    }
    noDatasetsLabel_->setVisible(model_->rowCount() == 0);
    view_->resizeColumnsToContents();
    if (selected >= 0)
        selectDataset(selected);
    if (selectedDatasetId() < 0 && context_ != nullptr && !context_->currentDataset().isEmpty())
        followCurrentDataset(context_->currentDataset());
    if (selectedDatasetId() < 0 && model_->rowCount() > 0)
        view_->selectRow(0);
    updateDetails();
}

void DatasetsPanel::followCurrentDataset(const QString& name)
{
    for (const DatasetEntry& entry : model_->datasets()) {
        if (QString::fromStdString(entry.record.name) == name) {
            if (selectedDatasetId() != entry.record.id)
                selectDataset(entry.record.id);
            return;
        }
    }
}

void DatasetsPanel::selectDataset(qint64 id)
{
    const int row = model_->rowOf(id);
    if (row < 0)
        return;
    auto* proxy = static_cast<QSortFilterProxyModel*>(view_->model());
    const QModelIndex index = proxy->mapFromSource(model_->index(row, 0));
    view_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 DatasetsPanel::selectedDatasetId() const
{
    const QModelIndex current = view_->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return current.siblingAtColumn(0).data(DatasetTableModel::IdRole).toLongLong();
}

QString DatasetsPanel::selectedDatasetName() const
{
    const int row = model_->rowOf(selectedDatasetId());
    return row < 0 ? QString() : QString::fromStdString(model_->datasets()[static_cast<size_t>(row)].record.name);
}

bool DatasetsPanel::isRemoving() const
{
    return !removingName_.isEmpty();
}

void DatasetsPanel::refuseRemoval(const QString& why)
{
    context_->showStatusMessage(why);
    errorLabel_->setText(why);
    errorLabel_->show();
    Q_EMIT removalRefused(why);
}

bool DatasetsPanel::confirmRemoveSelected()
{
    const QString name = selectedDatasetName();
    if (projectDir().isEmpty() || name.isEmpty() || isAskingToRemove())
        return false;
    if (isRemoving()) {
        refuseRemoval(tr("Dataset %1 is being removed; wait until that has finished.").arg(removingName_));
        return false;
    }
    // The runs and the plan are read by the reader; Remove stays disabled until the answer is here.
    askingToRemove_ = name;
    updateDetails();
    const QString project = projectDir();
    reader_->read(
        this,
        [name](const store::ProjectStore& reading) {
            RemovalCheck check;
            check.blocked = blockingRun(reading.runs(), name);
            if (check.blocked.isEmpty())
                check.plan = jobs::planDatasetRemoval(reading, name.toStdString());
            return check;
        },
        [this, name, project](RemovalCheck check, const QString& error) {
            askingToRemove_.clear();
            updateDetails();
            if (projectDir() != project)
                return; // another project (or none) is open now: the answer is not about it
            if (!error.isEmpty())
                refuseRemoval(tr("Dataset %1 cannot be removed: %2").arg(name, error));
            else if (!check.blocked.isEmpty())
                refuseRemoval(check.blocked);
            else
                showRemovalConfirmation(check.plan);
        });
    return true;
}

void DatasetsPanel::showRemovalConfirmation(const jobs::DatasetRemovalPlan& plan)
{
    const QString name = QString::fromStdString(plan.name);
    // Everything that changes, named before anything does.
    QStringList parts;
    parts << (plan.hasSummary ? tr("<p>Its entry in the project and its scan results (statistics, quality "
                                   "signals, duplicates) are deleted.</p>")
                              : tr("<p>Its entry in the project is deleted.</p>"));
    if (!plan.filesToDelete.empty())
        parts << tr("<p>These files, which the project wrote, are deleted:</p>%1").arg(fileList(plan.filesToDelete));
    if (!plan.shardFolders.empty())
        parts << tr("<p>Its token shards are deleted: %n folder(s), which the project built from it:</p>%1", nullptr,
                    static_cast<int>(plan.shardFolders.size()))
                     .arg(fileList(plan.shardFolders));
    if (!plan.filesKept.empty())
        parts << tr("<p>These files stay where they are (your corpus is never touched):</p>%1").arg(fileList(plan.filesKept));
    if (!plan.derivedDatasets.empty()) {
        QStringList derived;
        for (const auto& d : plan.derivedDatasets)
            derived << QString::fromStdString(d).toHtmlEscaped();
        parts << tr("<p>Datasets made from it stay, with their files and their record of how they were made: "
                    "%1.</p>").arg(QLocale().createSeparatedList(derived));
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove Dataset"),
                                tr("Remove the dataset \"%1\" from the project?").arg(name.toHtmlEscaped()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeDatasetBox"));
    box->setTextFormat(Qt::RichText);
    box->setInformativeText(parts.join(QString()));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, plan](QAbstractButton* button) {
        if (button == remove)
            startRemoval(plan);
    });
    box->open();
    Q_EMIT removalConfirmationShown(box);
}

void DatasetsPanel::startRemoval(const jobs::DatasetRemovalPlan& plan)
{
    if (projectDir().isEmpty() || isRemoving())
        return;
    removingName_ = QString::fromStdString(plan.name);
    errorLabel_->hide();
    context_->showStatusMessage(tr("Removing dataset %1…").arg(removingName_));
    // On the writer's thread and connection. The plan may be stale by now (the box stayed open
    // while another window or the CLI changed the project): removeDataset plans again inside its
    // write and refuses, changing nothing, when the dataset is gone, its files differ or a run
    // that uses it has started.
    writer_->write(
        this, [plan](store::ProjectStore& writing) { jobs::removeDataset(writing, plan); },
        [this](const QString& error) {
            const QString name = removingName_;
            removingName_.clear();
            if (error.isEmpty()) {
                context_->showStatusMessage(tr("Dataset %1 was removed from the project.").arg(name));
            } else {
                errorLabel_->setText(tr("Dataset %1 could not be removed: %2").arg(name, error));
                errorLabel_->show();
            }
            // Every panel reads the store again (the Inspect panel drops a dataset that is gone).
            context_->notifyStoreChanged();
            updateDetails();
            Q_EMIT removalFinished(name, error);
        });
    updateDetails();
}

ImportDialog* DatasetsPanel::createImportDialog()
{
    auto* dialog = new ImportDialog(context_, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The new dataset is in the model once the refresh's answer comes back.
        selectAfterRefresh_ = dialog->createdDatasetId();
        refresh();
    });
    return dialog;
}

void DatasetsPanel::openImportDialog()
{
    ImportDialog* dialog = createImportDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

JobRunner* DatasetsPanel::scanSelected()
{
    const qint64 id = selectedDatasetId();
    if (projectDir().isEmpty() || id < 0)
        return nullptr;
    const int row = model_->rowOf(id);
    const QString name = QString::fromStdString(model_->datasets()[static_cast<size_t>(row)].record.name);
    QString why;
    JobRunner* runner = context_->startJob(inspectSpec(context_->projectDir(), name), &why);
    if (runner == nullptr)
        context_->showStatusMessage(tr("The scan of %1 did not start: %2").arg(name, why));
    else
        context_->showStatusMessage(tr("Scanning %1 (see the Jobs dock).").arg(name));
    return runner;
}

void DatasetsPanel::updateDetails()
{
    const qint64 id = selectedDatasetId();
    const int row = model_->rowOf(id);
    scanButton_->setEnabled(row >= 0);
    scanAction_->setEnabled(row >= 0);
    const bool canRemove = row >= 0 && !isRemoving() && !isAskingToRemove();
    removeButton_->setEnabled(canRemove);
    removeAction_->setEnabled(canRemove);
    if (context_ != nullptr && row >= 0)
        context_->setCurrentDataset(QString::fromStdString(model_->datasets()[static_cast<size_t>(row)].record.name));
    else if (context_ != nullptr && model_->rowCount() == 0 && !projectDir().isEmpty())
        context_->setCurrentDataset({});
    if (row < 0) {
        detailsTitle_->setText(tr("No dataset selected"));
        detailsText_->clear();
        provenanceText_->clear();
        return;
    }
    const DatasetEntry& entry = model_->datasets()[static_cast<size_t>(row)];
    const store::DatasetRecord& d = entry.record;
    detailsTitle_->setText(QString::fromStdString(d.name));

    QStringList lines = sources_.value(d.id);
    if (!entry.parentName.isEmpty()) {
        lines << tr("Derived from: %1").arg(entry.parentName);
    } else if (!d.parentDatasetId) {
        // Its parent was removed: the provenance still names it.
        const auto provenance = nlohmann::json::parse(d.provenanceJson, nullptr, false);
        if (provenance.is_object() && provenance.contains("source") && provenance["source"].is_string())
            lines << tr("Derived from: %1 (no longer in the project)")
                         .arg(QString::fromStdString(provenance["source"].get<std::string>()));
    }
    if (!entry.scanned)
        lines << tr("Not scanned yet. Its statistics appear in the Inspect step once a scan has run.");
    detailsText_->setText(lines.join(QLatin1Char('\n')));

    provenanceText_->setHtml(ProvenanceText::html(d.provenanceJson));
}

} // namespace adaptlab::corpus_panel
