// The Inspect panel's Overview: headline cards (documents, words, size, tokens once the dataset
// has token shards (the store's token_shards, read on a StoreReader); exact copies,
// near duplicates beyond them and all that deduplication removes; the share failing each rule
// family), the length histograms with their rules, and the metadata breakdown (top URL hosts,
// sources, ...) as a table and a bar chart.
#pragma once

#include "corpus/duplicate_clusters.h"

#include <nlohmann/json.hpp>

#include <QWidget>

#include <optional>
#include <string>

class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace adaptlab {
class ChartView;
class StatCard;
class StoreReader;
}

namespace adaptlab::corpus_panel {

class HistogramCard;
class InspectSession;

// The scan's duplicate counts as deduplication removes them: exact copies, then near duplicates
// beyond those, and the sum. Summaries written before the counts were disjoint have no
// "duplicates_removed" and count near duplicates overlapping the exact copies; from those only
// the exact count is usable.
struct DuplicateCounts {
    bool disjoint = false;
    qint64 exact = 0;           // removed as exact copies of an earlier document
    qint64 near = 0;            // removed as near duplicates, beyond the exact copies (disjoint only)
    qint64 removed = 0;         // exact + near (disjoint only)
    qint64 clusters = 0;
    qint64 largestCluster = 0;
    double largestClusterShare = 0;
    std::optional<double> threshold; // estimated Jaccard similarity where near dedup starts

    static DuplicateCounts fromSummary(const nlohmann::json& summary);
    bool largeCluster() const { return disjoint && largestClusterShare > corpus::kLargeClusterShare; }
};

class OverviewTab final : public QWidget {
    Q_OBJECT
public:
    explicit OverviewTab(InspectSession* session, QWidget* parent = nullptr);

    // documents, words, size, tokens, exact, near, duplicatesRemoved, removed (by the rules)
    StatCard* card(const QString& name) const;
    // Shown when one near-duplicate cluster holds a large share of the dataset.
    QLabel* clusterWarning() const { return clusterWarning_; }
    StatCard* familyCard(const QString& family) const;
    QList<HistogramCard*> histogramCards() const { return histograms_; }
    QComboBox* metadataFieldBox() const { return fieldBox_; }
    QTableWidget* metadataTable() const { return metadataTable_; }
    // The top values of the field as bars (the shared ChartView), under a title naming them.
    ChartView* metadataChart() const { return metadataChart_; }
    QLabel* metadataChartTitle() const { return metadataChartTitle_; }
    // "url_host" is named for people; other fields keep their own names.
    static QString fieldLabel(const QString& field);

private:
    void refresh();
    void showDuplicates();
    void updateCounts();
    void showField();
    void readTokenCount();

    // The dataset's newest shard folder: its tokens (held-out included) and the tokenizer's file.
    struct ShardTokens {
        qint64 tokens = 0;
        qint64 heldoutTokens = 0;
        std::string tokenizer;
    };

    InspectSession* session_;
    QGridLayout* cardGrid_ = nullptr;
    StatCard* documents_ = nullptr;
    StatCard* words_ = nullptr;
    StatCard* size_ = nullptr;
    StatCard* exact_ = nullptr;
    StatCard* near_ = nullptr;
    StatCard* duplicatesRemoved_ = nullptr;
    QLabel* clusterWarning_ = nullptr;
    StatCard* tokens_ = nullptr;
    StatCard* removed_ = nullptr;
    QList<StatCard*> familyCards_;
    QList<HistogramCard*> histograms_;
    QComboBox* fieldBox_ = nullptr;
    QTableWidget* metadataTable_ = nullptr;
    QWidget* metadataChartBox_ = nullptr;
    QLabel* metadataChartTitle_ = nullptr;
    ChartView* metadataChart_ = nullptr;
    QLabel* noMetadata_ = nullptr;
    StoreReader* tokenReader_ = nullptr;
    quint64 tokenGeneration_ = 0;
    std::optional<ShardTokens> shardTokens_;
};

} // namespace adaptlab::corpus_panel
