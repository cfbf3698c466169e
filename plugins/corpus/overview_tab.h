// The Inspect panel's Overview: headline cards (documents, words, size, duplicates, the share
// failing each rule family, tokens), the length histograms with their rules, and the metadata
// breakdown (top URL hosts, sources, ...) as a table and a bar chart.
#pragma once

#include <QWidget>

class QBarSeries;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace adaptlab {
class StatCard;
}

namespace adaptlab::corpus_panel {

class HistogramCard;
class InspectSession;

class OverviewTab final : public QWidget {
    Q_OBJECT
public:
    explicit OverviewTab(InspectSession* session, QWidget* parent = nullptr);

    StatCard* card(const QString& name) const; // documents, words, size, exact, near, tokens, removed
    StatCard* familyCard(const QString& family) const;
    QList<HistogramCard*> histogramCards() const { return histograms_; }
    QComboBox* metadataFieldBox() const { return fieldBox_; }
    QTableWidget* metadataTable() const { return metadataTable_; }
    QChartView* metadataChart() const { return metadataChart_; }
    // "url_host" is named for people; other fields keep their own names.
    static QString fieldLabel(const QString& field);

private:
    void refresh();
    void updateCounts();
    void showField();

    InspectSession* session_;
    QGridLayout* cardGrid_ = nullptr;
    StatCard* documents_ = nullptr;
    StatCard* words_ = nullptr;
    StatCard* size_ = nullptr;
    StatCard* exact_ = nullptr;
    StatCard* near_ = nullptr;
    StatCard* tokens_ = nullptr;
    StatCard* removed_ = nullptr;
    QList<StatCard*> familyCards_;
    QList<HistogramCard*> histograms_;
    QComboBox* fieldBox_ = nullptr;
    QTableWidget* metadataTable_ = nullptr;
    QChartView* metadataChart_ = nullptr;
    QLabel* noMetadata_ = nullptr;
};

} // namespace adaptlab::corpus_panel
