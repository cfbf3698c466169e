#include "tokenizer_panel.h"

#include "fertility_tab.h"
#include "job_runner.h"
#include "panel_context.h"
#include "panel_header.h"
#include "playground_tab.h"
#include "shards_tab.h"
#include "store_access.h"
#include "tokenizer_dialogs.h"
#include "tokenizer_jobs.h"
#include "view_helpers.h"
#include "vocabulary_tab.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adaptlab::tokenizer_panel {

namespace {

enum Column { NameColumn, DescriptionColumn, VocabColumn, ColumnCount };

} // namespace

TokenizerPanel::TokenizerPanel(PanelContext* context, QWidget* parent) : QWidget(parent), context_(context)
{
    auto* header = new PanelHeader(
        tr("Tokenizer"),
        tr("A tokenizer cuts text into tokens, the pieces a language model reads: common words are one token, rare "
           "ones are cut into several. Fertility, the number of tokens per word, tells how well a tokenizer fits "
           "your text. A specialist domain (medicine, law, code) often has a much higher fertility than general "
           "text: its words are cut into fragments, which costs training time and context and makes them harder "
           "to learn. Here you can see your tokenizers' vocabularies, try them on text, measure fertility on "
           "your datasets, and tokenize datasets once into the shards training reads."),
        this);
    header->setObjectName(QStringLiteral("tokenizerHeader"));
    header->setHelpLinks(tr("<a href=\"adaptlab-help:guide#tokenizer\">The Tokenizer step in the guide</a>"));

    emptyPage_ = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage_);
    emptyLayout->addWidget(new QLabel(tr("Open or create a project (File menu) to see its tokenizers."), emptyPage_));
    emptyLayout->addStretch(1);

    projectPage_ = new QWidget(this);
    // Left: the tokenizers.
    auto* left = new QWidget(projectPage_);
    table_ = new QTableWidget(0, ColumnCount, left);
    table_->setObjectName(QStringLiteral("tokenizerTable"));
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Vocabulary")});
    table_->horizontalHeaderItem(VocabColumn)->setToolTip(tr("How many different tokens the tokenizer knows."));
    ViewHelpers::setupTable(table_, false);
    table_->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(VocabColumn, QHeaderView::ResizeToContents);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setToolTip(tr("The tokenizers of this project. Choose one to browse, try and use it."));
    connect(table_, &QTableWidget::itemSelectionChanged, this, &TokenizerPanel::selectionChanged);
    noTokenizers_ = ViewHelpers::hintLabel(tr("No tokenizer yet. Import the one of the model you want to adapt, or train one on "
                                 "your datasets."), left);
    details_ = new QLabel(left);
    details_->setObjectName(QStringLiteral("tokenizerDetails"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    import_ = new QPushButton(tr("Import from model folder…"), left);
    import_->setObjectName(QStringLiteral("tokenizerImport"));
    import_->setToolTip(tr("Copy the tokenizer of an existing model (a Hugging Face model folder) into the project."));
    connect(import_, &QPushButton::clicked, this, &TokenizerPanel::openImportDialog);
    train_ = new QPushButton(tr("Train…"), left);
    train_->setObjectName(QStringLiteral("tokenizerTrain"));
    train_->setToolTip(tr("Learn a new vocabulary from a sample of your datasets."));
    connect(train_, &QPushButton::clicked, this, &TokenizerPanel::openTrainDialog);
    if (!kindAvailable(kImportKind)) {
        import_->setEnabled(false);
        import_->setToolTip(tr("This build cannot import tokenizers yet (no tokenizer_import job)."));
    }
    status_ = new QLabel(left);
    status_->setObjectName(QStringLiteral("tokenizerStatus"));
    status_->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(import_);
    buttons->addWidget(train_);
    buttons->addStretch(1);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(ViewHelpers::sectionTitle(tr("Tokenizers"), left));
    leftLayout->addWidget(table_, 1);
    leftLayout->addWidget(noTokenizers_);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(ViewHelpers::hintLabel(tr("Adapting a model? Import its tokenizer: a model can only read the tokens of "
                                       "the tokenizer it was trained with."), left));
    leftLayout->addWidget(details_);
    leftLayout->addWidget(status_);

    // Right: what to do with the selected one.
    tabs_ = new QTabWidget(projectPage_);
    tabs_->setObjectName(QStringLiteral("tokenizerTabs"));
    vocabularyTab_ = new VocabularyTab(tabs_);
    playgroundTab_ = new PlaygroundTab(tabs_);
    fertilityTab_ = new FertilityTab(context_, tabs_);
    shardsTab_ = new ShardsTab(context_, tabs_);
    // The taller tabs scroll rather than make the window taller than the screen or a saved size.
    const auto scrolled = [this](QWidget* tab) {
        auto* area = new QScrollArea(tabs_);
        area->setWidget(tab);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    tabs_->addTab(vocabularyTab_, tr("Vocabulary"));
    tabs_->setTabToolTip(0, tr("Every token the tokenizer knows, with its id."));
    tabs_->addTab(scrolled(playgroundTab_), tr("Playground"));
    tabs_->setTabToolTip(1, tr("Type text and see how it is cut into tokens."));
    tabs_->addTab(scrolled(fertilityTab_), tr("Fertility"));
    tabs_->setTabToolTip(2, tr("Tokens per word on your datasets, and the words that cost the most."));
    tabs_->addTab(scrolled(shardsTab_), tr("Shards"));
    tabs_->setTabToolTip(3, tr("Tokenize datasets once for training."));

    auto* splitter = new QSplitter(Qt::Horizontal, projectPage_);
    splitter->addWidget(left);
    splitter->addWidget(tabs_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({360, 900}); // the list shows name, kind and size without scrolling
    auto* projectLayout = new QVBoxLayout(projectPage_);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    projectLayout->addWidget(splitter);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(emptyPage_);
    stack_->addWidget(projectPage_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(header);
    layout->addWidget(stack_, 1);

    reader_ = new StoreReader(this);
    if (context_ != nullptr) {
        connect(context_, &PanelContext::projectChanged, this, &TokenizerPanel::refresh);
        connect(context_, &PanelContext::storeChanged, this, &TokenizerPanel::refresh);
    }
    refresh();
}

TokenizerPanel::~TokenizerPanel() = default;

bool TokenizerPanel::showsEmptyState() const
{
    return stack_->currentWidget() == emptyPage_;
}

void TokenizerPanel::refresh()
{
    store::ProjectStore* store = context_ != nullptr ? context_->store() : nullptr;
    const quint64 generation = ++generation_;
    if (store == nullptr) {
        reader_->setProject({});
        stack_->setCurrentWidget(emptyPage_);
        showCatalog({}, {});
        return;
    }
    stack_->setCurrentWidget(projectPage_);
    const QString dir = QString::fromStdString(store->root().string());
    if (reader_->projectDir() != dir)
        reader_->setProject(dir);
    reader_->read(
        this, [](const store::ProjectStore& reading) { return readCatalog(reading); },
        [this, generation](Catalog catalog, const QString& error) {
            if (generation != generation_)
                return; // a newer refresh is on its way
            showCatalog(std::move(catalog), error);
        });
}

void TokenizerPanel::showCatalog(Catalog catalog, const QString& error)
{
    if (!error.isEmpty()) {
        status_->setText(tr("The project store could not be read: %1").arg(error));
        Q_EMIT refreshed();
        return;
    }
    const QString selected = selectAfterRefresh_.isEmpty() ? selectedPath() : selectAfterRefresh_;
    selectAfterRefresh_.clear();
    catalog_ = std::move(catalog);
    {
        const QSignalBlocker blocker(table_);
        table_->setRowCount(static_cast<int>(catalog_.tokenizers.size()));
        for (int r = 0; r < static_cast<int>(catalog_.tokenizers.size()); ++r) {
            const TokenizerEntry& entry = catalog_.tokenizers[static_cast<size_t>(r)];
            auto* name = new QTableWidgetItem(entry.name);
            name->setData(Qt::UserRole, entry.path);
            name->setToolTip(entry.missing() ? tr("The file %1 is gone.").arg(entry.path) : entry.path);
            if (entry.missing())
                name->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table_->setItem(r, NameColumn, name);
            table_->setItem(r, DescriptionColumn, new QTableWidgetItem(entry.missing() ? tr("file missing") : entry.description));
            table_->setItem(r, VocabColumn, new QTableWidgetItem(entry.vocabSize >= 0 ? ViewHelpers::count(entry.vocabSize) : QString()));
        }
        table_->clearSelection();
        int row = -1;
        for (int r = 0; r < table_->rowCount(); ++r)
            if (table_->item(r, NameColumn)->data(Qt::UserRole).toString() == selected)
                row = r;
        if (row < 0 && table_->rowCount() > 0)
            row = 0;
        if (row >= 0)
            table_->selectRow(row);
    }
    noTokenizers_->setVisible(catalog_.tokenizers.empty() && context_ != nullptr && context_->store() != nullptr);
    train_->setEnabled(context_ != nullptr && context_->store() != nullptr && !catalog_.datasets.empty());
    train_->setToolTip(catalog_.datasets.empty() ? tr("Import a dataset in the Data step first: a tokenizer learns from your text.")
                                                 : tr("Learn a new vocabulary from a sample of your datasets."));
    playgroundTab_->setTokenizers(catalog_.tokenizers);
    fertilityTab_->setCatalog(catalog_);
    shardsTab_->setCatalog(catalog_);
    selectionChanged();
    Q_EMIT refreshed();
}

QString TokenizerPanel::selectedPath() const
{
    const QList<QTableWidgetItem*> items = table_->selectedItems();
    for (QTableWidgetItem* item : items)
        if (item->column() == NameColumn)
            return item->data(Qt::UserRole).toString();
    return {};
}

bool TokenizerPanel::selectTokenizer(const QString& name)
{
    for (int r = 0; r < table_->rowCount(); ++r) {
        if (table_->item(r, NameColumn)->text() == name) {
            table_->selectRow(r);
            return true;
        }
    }
    return false;
}

void TokenizerPanel::selectionChanged()
{
    const QString path = selectedPath();
    const TokenizerEntry* entry = nullptr;
    for (const TokenizerEntry& e : catalog_.tokenizers)
        if (e.path == path)
            entry = &e;
    shardsTab_->setTokenizer(entry ? *entry : TokenizerEntry{});
    if (entry)
        fertilityTab_->setPrimaryTokenizer(entry->path);
    if (entry == nullptr) {
        details_->clear();
    } else {
        QStringList lines{entry->path};
        if (entry->fileBytes >= 0)
            lines << tr("%1 on disk").arg(ViewHelpers::bytes(entry->fileBytes));
        if (entry->runId > 0)
            lines << tr("made by run %1").arg(entry->runId);
        details_->setText(lines.join(QStringLiteral("\n")));
    }
    if (path == loadedPath_ && (vocabulary_ || loading_.isRunning()))
        return; // the same tokenizer: keep what is loaded (a refresh after a job is frequent)
    loadedPath_ = path;
    vocabulary_.reset();
    vocabularyTab_->setVocabulary(nullptr);
    playgroundTab_->setVocabulary(nullptr);
    if (entry == nullptr || entry->missing()) {
        loading_.cancel();
        if (entry != nullptr)
            status_->setText(tr("The tokenizer's file is gone: %1").arg(entry->path));
        return;
    }
    status_->setText(tr("Opening %1…").arg(entry->name));
    loading_.run([path](const std::atomic<bool>& cancel) { return loadVocabulary(path, cancel); },
                 [this, name = entry->name](std::shared_ptr<const Vocabulary> vocabulary, const QString& error) {
                     if (!error.isEmpty() || !vocabulary) {
                         status_->setText(tr("%1 could not be opened: %2").arg(name, error));
                         return;
                     }
                     status_->clear();
                     vocabulary_ = std::move(vocabulary);
                     vocabularyTab_->setVocabulary(vocabulary_);
                     playgroundTab_->setVocabulary(vocabulary_);
                     Q_EMIT vocabularyLoaded();
                 });
}

JobRunner* TokenizerPanel::startTokenizerJob(const QString& spec)
{
    if (context_ == nullptr || context_->store() == nullptr) {
        status_->setText(tr("Open a project first."));
        return nullptr;
    }
    QString why;
    JobRunner* runner = context_->startJob(spec, &why);
    if (runner == nullptr) {
        status_->setText(tr("The job could not start: %1").arg(why));
        return nullptr;
    }
    jobRunner_ = runner;
    status_->setText(tr("Running; follow it in the Jobs dock. The tokenizer appears here when it has finished."));
    connect(runner, &JobRunner::finished, this, [this, runner](JobRunner::State state) {
        if (state != JobRunner::State::Finished) {
            status_->setText(state == JobRunner::State::Stopped ? tr("Stopped; no tokenizer was added.")
                                                                : tr("The job failed: %1").arg(runner->errorString()));
            return;
        }
        // Select the new tokenizer once the store lists it: train_tokenizer says "model", import "path".
        const nlohmann::json result = nlohmann::json::parse(runner->resultJson().toStdString(), nullptr, false);
        QString path;
        for (const char* key : {"path", "model"})
            if (result.is_object() && result.contains(key) && result[key].is_string())
                path = QString::fromStdString(result[key].get<std::string>());
        if (!path.isEmpty() && context_->store() != nullptr && QFileInfo(path).isRelative())
            path = QString::fromStdString(context_->store()->absolutePath(path.toStdString()).string());
        selectAfterRefresh_ = path;
        status_->setText(tr("Finished."));
        refresh();
    });
    return runner;
}

void TokenizerPanel::openTrainDialog()
{
    QStringList checked;
    if (context_ != nullptr && !context_->currentDataset().isEmpty())
        checked << context_->currentDataset();
    TrainTokenizerDialog dialog(catalog_.datasets, checked, this);
    if (dialog.exec() == QDialog::Accepted)
        startTokenizerJob(dialog.spec(context_->projectDir()));
}

void TokenizerPanel::openImportDialog()
{
    ImportTokenizerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        startTokenizerJob(dialog.spec(context_->projectDir()));
}

} // namespace adaptlab::tokenizer_panel
