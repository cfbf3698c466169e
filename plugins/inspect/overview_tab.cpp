#include "overview_tab.h"

#include "corpus_text.h"
#include "view_helpers.h"
#include "histogram_card.h"
#include "histogram_chart.h"
#include "inspect_session.h"

#include "panel_context.h"
#include "stat_card.h"
#include "store_access.h"

#include "chart_view.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <filesystem>
#include <set>

namespace adaptlab::corpus_panel {

namespace {

constexpr int kChartTopValues = 10;

} // namespace

QString OverviewTab::fieldLabel(const QString& field)
{
    if (field == QLatin1String("url_host"))
        return tr("URL host");
    return field;
}

OverviewTab::OverviewTab(InspectSession* session, QWidget* parent) : QWidget(parent), session_(session)
{
    setObjectName(QStringLiteral("corpusOverviewTab"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(12);

    documents_ = new StatCard(tr("documents"), QString(), tr("Documents the scan read (broken records are counted as problems, not documents)."), content);
    documents_->setObjectName(QStringLiteral("documentsCard"));
    words_ = new StatCard(tr("words"), QString(), tr("Whitespace-separated words with at least one non-punctuation character."), content);
    words_->setObjectName(QStringLiteral("wordsCard"));
    size_ = new StatCard(tr("of text"), QString(), tr("Size of the documents' text in UTF-8, without JSON syntax or compression."), content);
    size_->setObjectName(QStringLiteral("sizeCard"));
    tokens_ = new StatCard(tr("tokens"), QString(), tr("Token counts need a tokenizer: train or add one in the Tokenizer step."), content);
    tokens_->setObjectName(QStringLiteral("tokensCard"));
    exact_ = new StatCard(tr("exact duplicates"), QString(), tr("Documents deduplication removes as exact copies: their normalized text repeats an earlier document."), content);
    exact_->setObjectName(QStringLiteral("exactCard"));
    near_ = new StatCard(tr("near duplicates beyond exact copies"), QString(), QString(), content);
    near_->setObjectName(QStringLiteral("nearCard"));
    duplicatesRemoved_ = new StatCard(tr("removed by deduplication"), QString(), tr("Exact copies and near duplicates together: what removing exact and near duplicates takes out of this dataset."), content);
    duplicatesRemoved_->setObjectName(QStringLiteral("duplicatesRemovedCard"));
    removed_ = new StatCard(tr("removed by the enabled rules"), QString(), tr("Documents failing at least one enabled quality rule, with the thresholds as set in Quality rules."), content);
    removed_->setObjectName(QStringLiteral("removedCard"));

    // Three rows: how much text, how much of it repeats, how much the rules remove.
    cardGrid_ = new QGridLayout;
    cardGrid_->setSpacing(10);
    int column = 0;
    for (StatCard* card : {documents_, words_, size_, tokens_})
        cardGrid_->addWidget(card, 0, column++);
    column = 0;
    for (StatCard* card : {exact_, near_, duplicatesRemoved_})
        cardGrid_->addWidget(card, 1, column++);
    clusterWarning_ = new QLabel(content);
    clusterWarning_->setObjectName(QStringLiteral("nearClusterWarning"));
    clusterWarning_->setProperty("role", QStringLiteral("notice"));
    clusterWarning_->setWordWrap(true);
    CorpusText::enableLinks(clusterWarning_);
    clusterWarning_->hide();
    cardGrid_->addWidget(clusterWarning_, 1, column, 1, 1);
    cardGrid_->addWidget(removed_, 2, 0);
    column = 1;
    std::set<std::string> families;
    for (const auto& rule : session_->rules())
        families.insert(rule.family);
    for (const std::string& family : {std::string("gopher_quality"), std::string("gopher_repetition"), std::string("c4")}) {
        if (!families.count(family))
            continue;
        auto* card = new StatCard(tr("fail %1 rules").arg(CorpusText::familyLabel(family)), QString(),
                                  tr("Share of documents failing at least one enabled rule of this family."), content);
        card->setObjectName(QStringLiteral("familyCard_%1").arg(QString::fromStdString(family)));
        card->setProperty("family", QString::fromStdString(family));
        cardGrid_->addWidget(card, 2, column++);
        familyCards_.append(card);
    }
    for (int c = 0; c < 4; ++c)
        cardGrid_->setColumnStretch(c, 1);
    layout->addLayout(cardGrid_);

    layout->addWidget(ViewHelpers::sectionTitle(tr("Length"), content));
    auto* lengthRow = new QHBoxLayout;
    for (corpus::Signal s : {corpus::Signal::Words, corpus::Signal::Characters, corpus::Signal::Lines}) {
        auto* card = new HistogramCard(session_, s, content);
        card->chart()->setMinimumHeight(200);
        histograms_.append(card);
        lengthRow->addWidget(card, 1);
    }
    layout->addLayout(lengthRow);

    layout->addWidget(ViewHelpers::sectionTitle(tr("Metadata"), content));
    auto* fieldRow = new QHBoxLayout;
    fieldBox_ = new QComboBox(content);
    fieldBox_->setObjectName(QStringLiteral("metadataFieldBox"));
    fieldBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fieldRow->addWidget(new QLabel(tr("Most frequent values of"), content));
    fieldRow->addWidget(fieldBox_);
    fieldRow->addStretch(1);
    layout->addLayout(fieldRow);
    noMetadata_ = new QLabel(tr("This dataset has no metadata fields. Map fields such as url or source "
                                "on import to see where its documents come from."),
                             content);
    noMetadata_->setWordWrap(true);
    noMetadata_->setProperty("role", QStringLiteral("emptyState"));
    layout->addWidget(noMetadata_);
    metadataTable_ = new QTableWidget(0, 3, content);
    metadataTable_->setObjectName(QStringLiteral("metadataTable"));
    metadataTable_->setHorizontalHeaderLabels({tr("Value"), tr("Documents"), tr("Share")});
    metadataTable_->verticalHeader()->hide();
    metadataTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    metadataTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    metadataTable_->setAlternatingRowColors(true);
    metadataTable_->setShowGrid(false);
    metadataTable_->horizontalHeader()->setStretchLastSection(false);
    metadataTable_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    metadataTable_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    metadataTable_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    metadataTable_->setMinimumHeight(260);
    metadataChartBox_ = new QWidget(content);
    auto* chartColumn = new QVBoxLayout(metadataChartBox_);
    chartColumn->setContentsMargins(0, 0, 0, 0);
    metadataChartTitle_ = new QLabel(metadataChartBox_);
    metadataChartTitle_->setObjectName(QStringLiteral("metadataChartTitle"));
    metadataChartTitle_->setAlignment(Qt::AlignCenter);
    metadataChart_ = new ChartView(metadataChartBox_);
    metadataChart_->setObjectName(QStringLiteral("metadataChart"));
    metadataChart_->setMinimumHeight(230);
    metadataChart_->setAxisTitles(tr("Documents"), QString());
    chartColumn->addWidget(metadataChartTitle_);
    chartColumn->addWidget(metadataChart_, 1);
    chartColumn->addWidget(metadataChart_->createControls(metadataChartBox_));
    auto* metadataRow = new QHBoxLayout;
    metadataRow->addWidget(metadataTable_, 2);
    metadataRow->addWidget(metadataChartBox_, 3);
    layout->addLayout(metadataRow);
    layout->addStretch(1);
    connect(fieldBox_, &QComboBox::currentIndexChanged, this, &OverviewTab::showField);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    tokenReader_ = new StoreReader(this);
    if (session_->context() != nullptr) // a shard build ends: its tokens show here
        connect(session_->context(), &PanelContext::storeChanged, this, &OverviewTab::readTokenCount);
    connect(session_, &InspectSession::datasetChanged, this, &OverviewTab::readTokenCount);
    connect(session_, &InspectSession::datasetChanged, this, &OverviewTab::refresh);
    connect(session_, &InspectSession::datasetsChanged, this, &OverviewTab::updateCounts);
    connect(session_, &InspectSession::countsChanged, this, &OverviewTab::updateCounts);
    refresh();
}

void OverviewTab::readTokenCount()
{
    PanelContext* context = session_->context();
    const qint64 id = session_->datasetId();
    const quint64 generation = ++tokenGeneration_;
    if (context == nullptr || context->store() == nullptr || id < 0) {
        shardTokens_.reset();
        updateCounts();
        return;
    }
    const QString dir = QString::fromStdString(context->store()->root().string());
    if (tokenReader_->projectDir() != dir)
        tokenReader_->setProject(dir);
    tokenReader_->read(
        this,
        [id](const store::ProjectStore& store) {
            std::optional<ShardTokens> newest;
            int64_t newestId = -1;
            for (const store::TokenShardsRecord& shards : store.tokenShards(id)) {
                if (shards.id <= newestId)
                    continue;
                newestId = shards.id;
                // A model folder's tokenizer goes by the folder's name, a .model file by its own.
                const std::filesystem::path path(shards.tokenizerPath);
                const std::string file = path.filename().string();
                const bool inFolder = file == "tokenizer.json" || file == "tokenizer.model" || !path.has_extension();
                newest = ShardTokens{shards.tokens, shards.heldoutTokens,
                                     inFolder && path.has_extension() ? path.parent_path().filename().string()
                                     : inFolder                      ? file
                                                                     : path.stem().string()};
            }
            return newest;
        },
        [this, generation](std::optional<ShardTokens> tokens, const QString&) {
            if (generation != tokenGeneration_)
                return; // another dataset was chosen meanwhile
            shardTokens_ = std::move(tokens);
            updateCounts();
        });
}

StatCard* OverviewTab::card(const QString& name) const
{
    if (name == QLatin1String("documents")) return documents_;
    if (name == QLatin1String("words")) return words_;
    if (name == QLatin1String("size")) return size_;
    if (name == QLatin1String("exact")) return exact_;
    if (name == QLatin1String("near")) return near_;
    if (name == QLatin1String("duplicatesRemoved")) return duplicatesRemoved_;
    if (name == QLatin1String("tokens")) return tokens_;
    if (name == QLatin1String("removed")) return removed_;
    return nullptr;
}

StatCard* OverviewTab::familyCard(const QString& family) const
{
    for (StatCard* card : familyCards_)
        if (card->property("family").toString() == family)
            return card;
    return nullptr;
}

void OverviewTab::refresh()
{
    const bool has = session_->hasSummary();
    const corpus::CorpusSummary& s = session_->summary();
    const QLocale locale;
    documents_->setValue(has ? locale.toString(s.documents) : QString());
    words_->setValue(has ? locale.toString(s.words) : QString());
    size_->setValue(has ? ViewHelpers::bytes(s.bytes) : QString());
    showDuplicates();

    {
        QSignalBlocker block(fieldBox_);
        const QString current = fieldBox_->currentData().toString();
        fieldBox_->clear();
        for (const auto& [field, values] : s.metadataCounts) {
            if (values.empty())
                continue;
            const QString name = QString::fromStdString(field);
            fieldBox_->addItem(fieldLabel(name), name);
        }
        int index = fieldBox_->findData(current);
        if (index < 0)
            index = fieldBox_->findData(QStringLiteral("url_host"));
        if (index < 0)
            index = fieldBox_->findData(QStringLiteral("source"));
        fieldBox_->setCurrentIndex(index < 0 ? 0 : index);
    }
    showField();
    updateCounts();
}

DuplicateCounts DuplicateCounts::fromSummary(const nlohmann::json& summary)
{
    DuplicateCounts d;
    if (!summary.is_object())
        return d;
    auto count = [&summary](const char* key) -> qint64 {
        const auto it = summary.find(key);
        return it != summary.end() && it->is_number() ? it->get<qint64>() : 0;
    };
    d.exact = count("exact_duplicates");
    d.clusters = count("near_duplicate_clusters");
    const auto removed = summary.find("duplicates_removed");
    d.disjoint = removed != summary.end() && removed->is_number();
    if (!d.disjoint)
        return d; // near_duplicates overlaps the exact copies there: not shown, not summed
    d.near = count("near_duplicates");
    d.removed = removed->get<qint64>();
    d.largestCluster = count("largest_near_cluster");
    const auto share = summary.find("largest_near_cluster_share");
    if (share != summary.end() && share->is_number())
        d.largestClusterShare = share->get<double>();
    const auto threshold = summary.find("near_threshold");
    if (threshold != summary.end() && threshold->is_number())
        d.threshold = threshold->get<double>();
    return d;
}

void OverviewTab::showDuplicates()
{
    const bool has = session_->hasSummary();
    const qint64 documents = session_->summary().documents;
    const DuplicateCounts d = DuplicateCounts::fromSummary(session_->summaryJson());
    const QLocale locale;
    exact_->setValue(has ? CorpusText::countWithShare(d.exact, documents) : QString());
    clusterWarning_->hide();
    if (!has) {
        near_->setValue(QString());
        duplicatesRemoved_->setValue(QString());
        duplicatesRemoved_->setCaption(tr("removed by deduplication"));
        near_->setCaption(tr("near duplicates beyond exact copies"));
        near_->setToolTip(QString());
        return;
    }
    if (!d.disjoint) {
        // An older scan counted near duplicates overlapping the exact copies: adding the two
        // would count some documents twice, so neither the near count nor a total is shown.
        near_->setValue(tr("not counted"));
        duplicatesRemoved_->setValue(tr("not counted"));
        near_->setCaption(tr("near duplicates beyond exact copies: scan again to count them"));
        duplicatesRemoved_->setCaption(tr("removed by deduplication: scan again to count them"));
        near_->setToolTip(tr("This scan was made before near duplicates were counted apart from exact "
                             "copies. Scan the dataset again to count the near duplicates beyond the "
                             "exact copies and what deduplication removes in total."));
        return;
    }
    duplicatesRemoved_->setCaption(tr("removed by deduplication"));
    near_->setValue(CorpusText::countWithShare(d.near, documents));
    duplicatesRemoved_->setValue(CorpusText::countWithShare(d.removed, documents));
    near_->setCaption(d.threshold ? tr("near duplicates beyond exact copies (similarity %1 and above; "
                                       "clusters: %2)")
                                        .arg(locale.toString(*d.threshold, 'f', 2), locale.toString(d.clusters))
                                  : tr("near duplicates beyond exact copies (clusters: %1)")
                                        .arg(locale.toString(d.clusters)));
    near_->setToolTip(tr("Documents in a MinHash-LSH cluster of similar documents that are not its "
                         "first document and not already an exact copy: deduplication removes "
                         "them after the exact copies."));
    if (d.largeCluster()) {
        clusterWarning_->setText(
            tr("The largest %1 cluster holds %2 documents, %3 of the dataset. A cluster that large "
               "is usually boilerplate many documents share (a licence, a template, a header) or a "
               "%4 threshold set too low: look at it in Duplicates before removing it.")
                .toHtmlEscaped()
                .arg(CorpusText::glossaryLink("near-duplicate", tr("near-duplicate")),
                     locale.toString(d.largestCluster), CorpusText::percent(d.largestClusterShare),
                     CorpusText::glossaryLink("jaccard", tr("similarity"))));
        clusterWarning_->show();
    }
}

void OverviewTab::updateCounts()
{
    const corpus::CorpusSummary& s = session_->summary();
    const bool has = session_->hasSummary();
    if (shardTokens_) {
        tokens_->setValue(shardTokens_->tokens + shardTokens_->heldoutTokens);
        tokens_->setCaption(tr("tokens with %1").arg(QString::fromStdString(shardTokens_->tokenizer)));
        tokens_->setToolTip(tr("Tokens in this dataset's shards, %1 of them held out for measuring.")
                                .arg(QLocale().toString(shardTokens_->heldoutTokens)));
    } else if (has && s.documents >= 0 && session_->tokenizerCount() == 0) {
        tokens_->setValue(tr("no tokenizer yet"));
        tokens_->setCaption(tr("tokens"));
    } else if (has) {
        tokens_->setValue(tr("not counted"));
        tokens_->setCaption(tr("tokens: tokenize this dataset in the Tokenizer step"));
    } else {
        tokens_->setValue(QString());
        tokens_->setCaption(tr("tokens"));
    }

    const RuleCounts& counts = session_->counts();
    if (counts.valid) {
        removed_->setValue(CorpusText::countWithShare(counts.removedDocuments, counts.documents));
        for (StatCard* card : familyCards_) {
            const auto it = counts.failingByFamily.find(card->property("family").toString().toStdString());
            const qint64 failing = it == counts.failingByFamily.end() ? 0 : it->second;
            card->setValue(counts.documents > 0
                               ? CorpusText::percent(static_cast<double>(failing) / static_cast<double>(counts.documents))
                               : QString());
        }
    } else {
        const QString pending = session_->signalsFile() ? tr("counting…") : QString();
        removed_->setValue(pending);
        for (StatCard* card : familyCards_)
            card->setValue(pending);
    }
}

void OverviewTab::showField()
{
    const QString field = fieldBox_->currentData().toString();
    const corpus::CorpusSummary& s = session_->summary();
    const auto it = s.metadataCounts.find(field.toStdString());
    metadataTable_->setRowCount(0);
    metadataChart_->setBars({});
    const bool has = session_->hasSummary() && it != s.metadataCounts.end() && !it->second.empty();
    noMetadata_->setVisible(session_->hasSummary() && fieldBox_->count() == 0);
    metadataTable_->setVisible(has);
    metadataChartBox_->setVisible(has);
    fieldBox_->setEnabled(fieldBox_->count() > 0);
    if (!has)
        return;

    const auto& values = it->second;
    const QLocale locale;
    metadataTable_->setRowCount(static_cast<int>(values.size()));
    for (int row = 0; row < static_cast<int>(values.size()); ++row) {
        const auto& [value, count] = values[static_cast<size_t>(row)];
        auto* valueItem = new QTableWidgetItem(value.empty() ? tr("(empty)") : QString::fromStdString(value));
        auto* countItem = new QTableWidgetItem(locale.toString(count));
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* shareItem = new QTableWidgetItem(
            s.documents > 0 ? CorpusText::percent(static_cast<double>(count) / static_cast<double>(s.documents)) : QString());
        shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        metadataTable_->setItem(row, 0, valueItem);
        metadataTable_->setItem(row, 1, countItem);
        metadataTable_->setItem(row, 2, shareItem);
    }

    // The chart: top values, largest at the top (the summary lists them by count). Long values
    // are elided by the chart and shown whole in its hover.
    const int shown = std::min<int>(kChartTopValues, static_cast<int>(values.size()));
    std::vector<ChartView::Bar> bars;
    bars.reserve(static_cast<size_t>(shown));
    for (int i = 0; i < shown; ++i) {
        const auto& [value, count] = values[static_cast<size_t>(i)];
        bars.push_back({value.empty() ? tr("(empty)") : QString::fromStdString(value), static_cast<double>(count)});
    }
    metadataChart_->setBars(std::move(bars));
    metadataChartTitle_->setText(tr("Top %1 values of %2").arg(shown).arg(fieldLabel(field)));
}

} // namespace adaptlab::corpus_panel
