#include "document_browser.h"

#include "corpus_text.h"
#include "view_helpers.h"
#include "document_view.h"
#include "inspect_session.h"
#include "preview_table_model.h"
#include "rule_counts.h"

#include "corpus/document_lookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace adaptlab::corpus_panel {

namespace {

struct OrderRequest {
    DocumentBrowser::Show show = DocumentBrowser::Show::All;
    int rule = -1;
    int sortColumn = DocumentTableModel::Index;
    bool descending = false;
};

std::vector<int64_t> computeOrder(const corpus::SignalsFile& file, const std::vector<corpus::QualityRule>& rules,
                                  const std::optional<std::vector<int64_t>>& hits, const OrderRequest& request,
                                  const std::atomic<bool>& cancel)
{
    std::vector<int64_t> order;
    const int64_t n = file.documents();
    if (hits) {
        for (int64_t d : *hits)
            if (d >= 0 && d < n)
                order.push_back(d);
    } else {
        order.resize(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), int64_t(0));
    }

    // Which documents to keep, and the first failed rule when sorting by verdict.
    const bool needVerdict = request.show != DocumentBrowser::Show::All || request.sortColumn == DocumentTableModel::Verdict;
    std::vector<int16_t> verdict;
    if (needVerdict) {
        corpus::QualityRule only;
        if (request.show == DocumentBrowser::Show::FailingRule && request.rule >= 0
            && request.rule < static_cast<int>(rules.size())) {
            only = rules[static_cast<size_t>(request.rule)];
            only.enabled = true;
        }
        std::vector<int64_t> kept;
        verdict.reserve(order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            if ((i & 0xFFF) == 0 && cancel.load())
                return {};
            const corpus::SignalVector values = signalsOf(file, order[i]);
            const int first = corpus::firstFailedRule(rules, values);
            bool keep = true;
            switch (request.show) {
            case DocumentBrowser::Show::All: break;
            case DocumentBrowser::Show::FailingAny: keep = first >= 0; break;
            case DocumentBrowser::Show::PassingAll: keep = first < 0; break;
            case DocumentBrowser::Show::FailingRule: keep = request.rule >= 0 && !corpus::passes(only, values); break;
            }
            if (keep) {
                kept.push_back(order[i]);
                verdict.push_back(static_cast<int16_t>(first));
            }
        }
        order = std::move(kept);
    }

    const corpus::Signal signal = DocumentTableModel::signalOfColumn(request.sortColumn);
    if (signal != corpus::Signal::Count) {
        std::vector<std::pair<float, int64_t>> keyed;
        keyed.reserve(order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            if ((i & 0xFFFF) == 0 && cancel.load())
                return {};
            float v = file.signal(order[i], signal);
            if (std::isnan(v))
                v = -std::numeric_limits<float>::infinity();
            keyed.emplace_back(v, order[i]);
        }
        if (request.descending)
            std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        else
            std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t i = 0; i < keyed.size(); ++i)
            order[i] = keyed[i].second;
    } else if (request.sortColumn == DocumentTableModel::Verdict && !verdict.empty()) {
        std::vector<size_t> idx(order.size());
        std::iota(idx.begin(), idx.end(), size_t(0));
        // Failing documents first, grouped by rule (descending reverses).
        auto key = [&verdict](size_t i) { return verdict[i] < 0 ? std::numeric_limits<int>::max() : int(verdict[i]); };
        std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
            return request.descending ? key(a) > key(b) : key(a) < key(b);
        });
        std::vector<int64_t> sorted(order.size());
        for (size_t i = 0; i < idx.size(); ++i)
            sorted[i] = order[idx[i]];
        order = std::move(sorted);
    } else if (request.descending) {
        std::reverse(order.begin(), order.end());
    }
    return order;
}

} // namespace

DocumentBrowser::DocumentBrowser(InspectSession* session, QWidget* parent) : QWidget(parent), session_(session)
{
    setObjectName(QStringLiteral("corpusDocumentBrowser"));

    searchEdit_ = new QLineEdit(this);
    searchEdit_->setObjectName(QStringLiteral("documentSearch"));
    searchEdit_->setPlaceholderText(tr("Search the text of every document"));
    searchEdit_->setClearButtonEnabled(true);
    metadataBox_ = new QCheckBox(tr("and metadata"), this);
    searchButton_ = new QPushButton(tr("Search"), this);
    clearButton_ = new QPushButton(tr("Show all"), this);
    clearButton_->setEnabled(false);
    connect(searchButton_, &QPushButton::clicked, this, [this] { search(searchEdit_->text(), metadataBox_->isChecked()); });
    connect(searchEdit_, &QLineEdit::returnPressed, searchButton_, &QPushButton::click);
    connect(clearButton_, &QPushButton::clicked, this, &DocumentBrowser::clearSearch);

    showBox_ = new QComboBox(this);
    showBox_->setObjectName(QStringLiteral("documentShowBox"));
    showBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(showBox_, &QComboBox::activated, this, [this](int index) {
        const QVariantList choice = showBox_->itemData(index).toList();
        setShow(static_cast<Show>(choice.value(0).toInt()), choice.value(1).toInt());
    });

    previousButton_ = new QPushButton(tr("Previous"), this);
    nextButton_ = new QPushButton(tr("Next"), this);
    pageLabel_ = new QLabel(this);
    pageLabel_->setObjectName(QStringLiteral("documentPageLabel"));
    connect(previousButton_, &QPushButton::clicked, this, [this] { showPage(page_ - 1); });
    connect(nextButton_, &QPushButton::clicked, this, [this] { showPage(page_ + 1); });
    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("documentStatus"));
    statusLabel_->setWordWrap(true);
    searchAllButton_ = new QPushButton(tr("Search all documents"), this);
    searchAllButton_->setObjectName(QStringLiteral("searchAllDocuments"));
    searchAllButton_->setToolTip(tr("Show every document that contains the search term, whatever the "
                                    "filter in \"Show\"."));
    searchAllButton_->hide();
    connect(searchAllButton_, &QPushButton::clicked, this, [this] { setShow(Show::All); });

    model_ = new DocumentTableModel(this);
    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("documentTable"));
    view_->setModel(model_);
    ViewHelpers::setupTable(view_, /*stretchLast=*/false);
    view_->setSortingEnabled(true);
    view_->horizontalHeader()->setSortIndicator(DocumentTableModel::Index, Qt::AscendingOrder);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->horizontalHeader()->setSectionsMovable(true);
    view_->horizontalHeader()->setSortIndicatorShown(true);
    connect(model_, &DocumentTableModel::sortRequested, this, &DocumentBrowser::sortBy);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    openDocument(current.data(DocumentTableModel::DocumentRole).toLongLong());
            });

    documentView_ = new DocumentView(session_, this);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchEdit_, 1);
    searchRow->addWidget(metadataBox_);
    searchRow->addWidget(searchButton_);
    searchRow->addWidget(clearButton_);
    searchRow->addSpacing(16);
    searchRow->addWidget(new QLabel(tr("Show:"), this));
    searchRow->addWidget(showBox_);
    auto* pageRow = new QHBoxLayout;
    pageRow->addWidget(statusLabel_, 1);
    pageRow->addWidget(searchAllButton_);
    pageRow->addWidget(previousButton_);
    pageRow->addWidget(pageLabel_);
    pageRow->addWidget(nextButton_);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(view_, 1);
    tableLayout->addLayout(pageRow);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tableBox);
    splitter->addWidget(documentView_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({720, 560});

    // From match to match in the open document, wherever the focus is in this tab.
    auto* next = new QShortcut(QKeySequence(Qt::Key_F3), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, documentView_, &DocumentView::nextMatch);
    auto* previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, documentView_, &DocumentView::previousMatch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);

    connect(session_, &InspectSession::datasetChanged, this, &DocumentBrowser::reset);
    connect(session_, &InspectSession::rulesReset, this, &DocumentBrowser::updateShowChoices);
    connect(session_, &InspectSession::countsChanged, this, [this] {
        updateShowChoices();
        // Verdicts follow the thresholds; which documents match does too unless all are shown.
        if (show_ != Show::All || sortColumn_ == DocumentTableModel::Verdict)
            recomputeOrder();
        else
            fillPage();
    });
    reset();
}

void DocumentBrowser::reset()
{
    orderTask_.cancel();
    searchTask_.cancel();
    pageTask_.cancel();
    documentTask_.cancel();
    searchHits_.reset();
    searchText_.clear();
    documentView_->setSearchText(QString());
    cache_.clear();
    order_.clear();
    orderReady_ = false;
    page_ = 0;
    model_->setRows({});
    clearButton_->setEnabled(false);
    updateShowChoices();
    const bool ready = session_->signalsFile() != nullptr && session_->hasSource();
    for (QWidget* w : std::initializer_list<QWidget*>{searchEdit_, searchButton_, metadataBox_, showBox_})
        w->setEnabled(ready);
    if (!ready) {
        statusLabel_->setText(session_->dataset() ? tr("Scan the dataset to browse its documents.") : QString());
        documentView_->showMessage(tr("Select a document to read it."));
        updatePageControls();
        return;
    }
    recomputeOrder();
}

void DocumentBrowser::updateShowChoices()
{
    const QVariantList current = showBox_->currentData().toList();
    QSignalBlocker block(showBox_);
    showBox_->clear();
    showBox_->addItem(tr("All documents"), QVariantList{int(Show::All), -1});
    showBox_->addItem(tr("Removed by the enabled rules"), QVariantList{int(Show::FailingAny), -1});
    showBox_->addItem(tr("Kept by the enabled rules"), QVariantList{int(Show::PassingAll), -1});
    showBox_->insertSeparator(showBox_->count());
    const auto& rules = session_->rules();
    for (size_t i = 0; i < rules.size(); ++i)
        showBox_->addItem(tr("Failing %1").arg(CorpusText::ruleLabel(rules[i])),
                          QVariantList{int(Show::FailingRule), int(i)});
    int index = showBox_->findData(QVariantList{int(show_), show_ == Show::FailingRule ? showRule_ : -1});
    if (index < 0)
        index = showBox_->findData(current);
    showBox_->setCurrentIndex(std::max(index, 0));
}

void DocumentBrowser::setShow(Show show, int rule)
{
    show_ = show;
    showRule_ = show == Show::FailingRule ? rule : -1;
    updateShowChoices();
    recomputeOrder();
}

void DocumentBrowser::sortBy(int column, Qt::SortOrder order)
{
    sortColumn_ = column;
    sortOrder_ = order;
    view_->horizontalHeader()->setSortIndicator(column, order);
    recomputeOrder();
}

void DocumentBrowser::search(const QString& query, bool inMetadata)
{
    const QString text = query.trimmed();
    if (text.isEmpty()) {
        clearSearch();
        return;
    }
    if (!session_->hasSource())
        return;
    if (searchEdit_->text() != query)
        searchEdit_->setText(query);
    metadataBox_->setChecked(inMetadata);
    searchText_ = text;
    statusLabel_->setText(tr("Searching for \"%1\" in every document…").arg(text));
    const DatasetSource source = session_->source();
    const std::string needle = text.toStdString();
    searchTask_.run(
        [source, needle, inMetadata](const std::atomic<bool>& cancel) {
            return corpus::searchDocuments(source.inputs, source.options, needle, kMaxSearchResults, inMetadata, &cancel);
        },
        [this](std::vector<int64_t> hits, const QString& error) {
            if (!error.isEmpty()) {
                statusLabel_->setText(tr("The search failed: %1").arg(error));
                return;
            }
            searchHits_ = std::move(hits);
            clearButton_->setEnabled(true);
            documentView_->setSearchText(searchText_);
            recomputeOrder();
        });
}

void DocumentBrowser::clearSearch()
{
    searchTask_.cancel();
    searchHits_.reset();
    searchText_.clear();
    documentView_->setSearchText(QString());
    searchEdit_->clear();
    clearButton_->setEnabled(false);
    recomputeOrder();
}

void DocumentBrowser::recomputeOrder()
{
    const auto file = session_->signalsFile();
    if (!file)
        return;
    OrderRequest request;
    request.show = show_;
    request.rule = showRule_;
    request.sortColumn = sortColumn_;
    request.descending = sortOrder_ == Qt::DescendingOrder;
    const std::vector<corpus::QualityRule> rules = session_->rules();
    const std::optional<std::vector<int64_t>> hits = searchHits_;
    orderReady_ = false;
    statusLabel_->setText(tr("Ordering documents…"));
    orderTask_.run(
        [file, rules, hits, request](const std::atomic<bool>& cancel) {
            return computeOrder(*file, rules, hits, request, cancel);
        },
        [this](std::vector<int64_t> order, const QString& error) {
            if (!error.isEmpty()) {
                statusLabel_->setText(tr("The documents could not be ordered: %1").arg(error));
                return;
            }
            order_ = std::move(order);
            orderReady_ = true;
            showPage(std::min(page_, std::max(pageCount() - 1, 0)));
        });
}

int DocumentBrowser::pageCount() const
{
    return static_cast<int>((order_.size() + kPageSize - 1) / kPageSize);
}

void DocumentBrowser::showPage(int page)
{
    page_ = std::clamp(page, 0, std::max(pageCount() - 1, 0));
    fillPage();
    fetchPreviews();
    view_->scrollToTop();
    Q_EMIT pageShown();
}

void DocumentBrowser::fillPage()
{
    const auto file = session_->signalsFile();
    std::vector<DocumentTableModel::Row> rows;
    if (file && orderReady_) {
        const auto& files = file->files();
        const auto& rules = session_->rules();
        const size_t begin = static_cast<size_t>(page_) * kPageSize;
        const size_t end = std::min(order_.size(), begin + kPageSize);
        for (size_t i = begin; i < end; ++i) {
            DocumentTableModel::Row row;
            row.document = order_[i];
            const corpus::SignalRow signalRow = file->row(row.document);
            row.signals = signalRow.signals;
            DocumentTableModel::describeFailures(row, rules, show_ == Show::FailingRule ? showRule_ : -1);
            const size_t fileIndex = static_cast<size_t>(std::max(0, signalRow.position.fileIndex));
            const QString fileName = fileIndex < files.size()
                                         ? QFileInfo(QString::fromStdString(files[fileIndex])).fileName()
                                         : QString();
            row.source = CorpusText::location(fileName, signalRow.position.line);
            auto cached = cache_.constFind(row.document);
            if (cached != cache_.constEnd()) {
                row.preview = PreviewTableModel::excerpt(QString::fromStdString(cached->text), 160);
                row.previewLoaded = true;
            }
            rows.push_back(std::move(row));
        }
    }
    const qint64 selected = documentView_->documentIndex().value_or(-1);
    model_->setRows(std::move(rows));
    if (model_->rowCount() > 0 && !columnsSized_) {
        // Sized once, from the first page; the user's widths are kept after that.
        view_->resizeColumnsToContents();
        view_->setColumnWidth(DocumentTableModel::Index, std::max(view_->columnWidth(DocumentTableModel::Index), 56));
        view_->setColumnWidth(DocumentTableModel::Verdict, 260);
        view_->setColumnWidth(DocumentTableModel::Source, 170);
        view_->setColumnWidth(DocumentTableModel::Preview, 340);
        columnsSized_ = true;
    }
    const int row = model_->rowOfDocument(selected);
    if (row >= 0) {
        QSignalBlocker block(view_->selectionModel());
        view_->selectRow(row);
    }
    updatePageControls();
}

void DocumentBrowser::fetchPreviews()
{
    std::vector<int64_t> missing;
    for (const auto& row : model_->rows())
        if (!cache_.contains(row.document))
            missing.push_back(row.document);
    if (missing.empty() || !session_->hasSource()) {
        Q_EMIT previewsLoaded();
        return;
    }
    pageTask_.run(
        session_->documentFetcher(missing),
        [this](std::vector<corpus::Document> documents, const QString& error) {
            if (!error.isEmpty()) {
                statusLabel_->setText(tr("The texts could not be read: %1").arg(error));
                return;
            }
            // Keep the page's texts (and the open document's); forget the rest.
            QHash<qint64, corpus::Document> kept;
            const qint64 open = documentView_->documentIndex().value_or(-1);
            for (const auto& row : model_->rows())
                if (cache_.contains(row.document))
                    kept.insert(row.document, cache_.value(row.document));
            if (cache_.contains(open))
                kept.insert(open, cache_.value(open));
            for (auto& doc : documents)
                kept.insert(doc.index, std::move(doc));
            cache_ = std::move(kept);
            QHash<qint64, QString> previews;
            for (const auto& row : model_->rows()) {
                auto it = cache_.constFind(row.document);
                previews.insert(row.document, it != cache_.constEnd()
                                                  ? PreviewTableModel::excerpt(QString::fromStdString(it->text), 160)
                                                  : tr("(not found in the corpus: it changed since the scan)"));
            }
            model_->setPreviews(previews);
            updatePageControls();
            Q_EMIT previewsLoaded();
        });
}

void DocumentBrowser::openDocument(qint64 document)
{
    const auto file = session_->signalsFile();
    if (!file || document < 0 || document >= file->documents())
        return;
    wantedDocument_ = document;
    const corpus::SignalVector values = signalsOf(*file, document);
    QStringList files;
    for (const auto& f : file->files())
        files << QString::fromStdString(f);
    auto cached = cache_.constFind(document);
    if (cached != cache_.constEnd()) {
        documentTask_.cancel();
        documentView_->showDocument(cached.value(), values, files);
        Q_EMIT documentShown(document);
        return;
    }
    documentView_->showMessage(tr("Reading document %1…").arg(QLocale().toString(document + 1)));
    documentTask_.run(
        session_->documentFetcher({document}),
        [this, document, values, files](std::vector<corpus::Document> documents, const QString& error) {
            if (document != wantedDocument_)
                return;
            if (!error.isEmpty() || documents.empty()) {
                documentView_->showMessage(error.isEmpty()
                                               ? tr("Document %1 is no longer in the corpus: it changed "
                                                    "since the scan. Scan it again.").arg(document + 1)
                                               : tr("The document could not be read: %1").arg(error));
                return;
            }
            cache_.insert(document, documents.front());
            documentView_->showDocument(documents.front(), values, files);
            Q_EMIT documentShown(document);
        });
}

bool DocumentBrowser::isBusy() const
{
    return orderTask_.isRunning() || searchTask_.isRunning() || pageTask_.isRunning() || documentTask_.isRunning();
}

void DocumentBrowser::updatePageControls()
{
    const int pages = pageCount();
    previousButton_->setEnabled(page_ > 0);
    nextButton_->setEnabled(page_ + 1 < pages);
    pageLabel_->setText(pages == 0 ? QString()
                                   : tr("Page %1 of %2").arg(QLocale().toString(page_ + 1), QLocale().toString(pages)));
    if (orderReady_)
        updateSearchLine();
}

qint64 DocumentBrowser::searchHitCount() const
{
    return searchHits_ && !searchText_.isEmpty() ? static_cast<qint64>(searchHits_->size()) : -1;
}

void DocumentBrowser::updateSearchLine()
{
    const QLocale locale;
    const QString shown = locale.toString(static_cast<qint64>(order_.size()));
    const qint64 hits = searchHitCount();
    const bool filtered = show_ != Show::All;
    // A search looks through the whole dataset and the filter then narrows it down: say both
    // numbers, or "0" reads as "nowhere in the dataset".
    searchAllButton_->setVisible(hits >= 0 && filtered);
    if (hits < 0) {
        statusLabel_->setText(tr("Documents shown: %1.").arg(shown));
        return;
    }
    const bool capped = static_cast<size_t>(hits) >= kMaxSearchResults;
    const QString found = locale.toString(hits);
    const QString filter = showBox_->currentText();
    if (!filtered && !capped)
        statusLabel_->setText(tr("Documents containing \"%1\": %2.").arg(searchText_, found));
    else if (!filtered)
        statusLabel_->setText(tr("The search for \"%1\" stopped at the first %2 documents that contain it.")
                                  .arg(searchText_, found));
    else if (!capped)
        statusLabel_->setText(tr("%1 documents contain \"%2\" — %3 of them pass the filter \"%4\".")
                                  .arg(found, searchText_, shown, filter));
    else
        statusLabel_->setText(tr("The search for \"%1\" stopped at the first %2 documents that contain it "
                                 "— %3 of them pass the filter \"%4\".")
                                  .arg(searchText_, found, shown, filter));
}

} // namespace adaptlab::corpus_panel
