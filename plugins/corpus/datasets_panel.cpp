#include "datasets_panel.h"

#include "corpus_text.h"
#include "dataset_list_model.h"
#include "dataset_source.h"
#include "import_dialog.h"
#include "job_specs.h"

#include "job_runner.h"
#include "panel_context.h"
#include "panel_header.h"
#include "store/project_store.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

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

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("sectionTitle"));
    return label;
}

} // namespace

DatasetsPanel::DatasetsPanel(PanelContext* context, QWidget* parent)
    : QWidget(parent), context_(context)
{
    setObjectName(QStringLiteral("corpusDatasetsPanel"));
    auto* header = new PanelHeader(
        tr("Datasets"),
        tr("Bring corpora into the project and keep track of them. Import reads plain text or "
           "JSON Lines (also compressed with zstd or gzip), lets you say which field is the text "
           "and which are metadata, and shows the first records and any broken ones before "
           "anything is added. Every dataset is then scanned once: counts, quality signals and "
           "duplicates, which you explore in the Inspect step. Filtering, deduplication and "
           "selection there create derived datasets, listed here with the dataset they came from."),
        this);

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
    errorLabel_ = new QLabel(projectPage_);
    errorLabel_->setProperty("role", QStringLiteral("notice"));
    errorLabel_->setWordWrap(true);
    errorLabel_->hide();

    model_ = new DatasetListModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model_);
    proxy->setSortRole(DatasetListModel::SortRole);
    view_ = new QTableView(projectPage_);
    view_->setObjectName(QStringLiteral("corpusDatasetTable"));
    view_->setModel(proxy);
    view_->setSortingEnabled(true);
    view_->sortByColumn(DatasetListModel::Created, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setAlternatingRowColors(true);
    view_->setShowGrid(false);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatasetsPanel::updateDetails);
    noDatasetsLabel_ = hint(tr("No datasets yet. Import a corpus to start."), projectPage_);

    auto* details = new QWidget(projectPage_);
    detailsTitle_ = sectionTitle(QString(), details);
    detailsText_ = new QLabel(details);
    detailsText_->setObjectName(QStringLiteral("datasetDetails"));
    detailsText_->setWordWrap(true);
    detailsText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsText_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    provenanceText_ = new QPlainTextEdit(details);
    provenanceText_->setObjectName(QStringLiteral("datasetProvenance"));
    provenanceText_->setReadOnly(true);
    provenanceText_->setPlaceholderText(tr("Imported datasets have no provenance; derived ones "
                                           "record their source, rules, thresholds and seed here."));
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(detailsTitle_);
    detailsLayout->addWidget(detailsText_);
    detailsLayout->addWidget(sectionTitle(tr("How it was made"), details));
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

    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, &DatasetsPanel::refresh);
        connect(context_, &PanelContext::storeChanged, this, &DatasetsPanel::refresh);
    }
    refresh();
}

bool DatasetsPanel::showsEmptyState() const
{
    return stack_->currentWidget() == emptyPage_;
}

void DatasetsPanel::refresh()
{
    store::ProjectStore* store = context_ != nullptr ? context_->store() : nullptr;
    if (store == nullptr) {
        model_->setDatasets({});
        stack_->setCurrentWidget(emptyPage_);
        updateDetails();
        return;
    }
    stack_->setCurrentWidget(projectPage_);
    const qint64 selected = selectedDatasetId();
    try {
        model_->setDatasets(readDatasetEntries(*store));
        errorLabel_->hide();
    } catch (const std::exception& e) {
        errorLabel_->setText(tr("The project store could not be read: %1").arg(QString::fromLocal8Bit(e.what())));
        errorLabel_->show();
    }
    noDatasetsLabel_->setVisible(model_->rowCount() == 0);
    view_->resizeColumnsToContents();
    if (selected >= 0)
        selectDataset(selected);
    if (selectedDatasetId() < 0 && model_->rowCount() > 0)
        view_->selectRow(0);
    updateDetails();
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
    return current.siblingAtColumn(0).data(DatasetListModel::IdRole).toLongLong();
}

ImportDialog* DatasetsPanel::createImportDialog()
{
    auto* dialog = new ImportDialog(context_, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        selectDataset(dialog->createdDatasetId());
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
    store::ProjectStore* store = context_ != nullptr ? context_->store() : nullptr;
    const qint64 id = selectedDatasetId();
    if (store == nullptr || id < 0)
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
    if (row < 0) {
        detailsTitle_->setText(tr("No dataset selected"));
        detailsText_->clear();
        provenanceText_->clear();
        return;
    }
    const DatasetEntry& entry = model_->datasets()[static_cast<size_t>(row)];
    const store::DatasetRecord& d = entry.record;
    detailsTitle_->setText(QString::fromStdString(d.name));

    QStringList lines;
    store::ProjectStore* store = context_->store();
    try {
        const DatasetSource source = datasetSource(*store, d);
        if (source.inputs.size() == 1) {
            lines << tr("Location: %1").arg(QDir::toNativeSeparators(QString::fromStdString(source.inputs.front().string())));
        } else {
            QStringList files;
            for (const auto& input : source.inputs)
                files << QStringLiteral("  ") + QDir::toNativeSeparators(QString::fromStdString(input.string()));
            lines << tr("Files (read as one dataset, in this order):") << files;
        }
        const auto& fields = source.options.fields;
        QStringList meta;
        for (const auto& field : fields.metadataFields)
            meta << QString::fromStdString(field);
        if (fields.allOtherFieldsAsMetadata)
            meta << tr("every other field");
        lines << tr("Text field: %1").arg(QString::fromStdString(fields.textField));
        lines << tr("Metadata fields: %1").arg(meta.isEmpty() ? tr("none") : QLocale().createSeparatedList(meta));
        lines << tr("Plain text files: %1").arg(CorpusText::plainTextModeLabel(source.options.plainText));
    } catch (const std::exception& e) {
        lines << tr("Location: %1").arg(QDir::toNativeSeparators(
                     QString::fromStdString(store->absolutePath(d.path).string())));
        lines << tr("The field mapping cannot be read: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    if (!entry.parentName.isEmpty())
        lines << tr("Derived from: %1").arg(entry.parentName);
    if (!entry.scanned)
        lines << tr("Not scanned yet. Its statistics appear in the Inspect step once a scan has run.");
    detailsText_->setText(lines.join(QLatin1Char('\n')));

    const QJsonDocument provenance = QJsonDocument::fromJson(QByteArray::fromStdString(d.provenanceJson));
    const bool empty = provenance.isNull() || (provenance.isObject() && provenance.object().isEmpty());
    provenanceText_->setPlainText(empty ? QString()
                                        : QString::fromUtf8(provenance.toJson(QJsonDocument::Indented)));
}

} // namespace adaptlab::corpus_panel
