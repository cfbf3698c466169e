// One page of the document browser: each document's index, every enabled rule it fails (the rule
// the browser is filtered by first), where it comes from, the start of its text and every signal. The page is chosen (and the whole dataset
// sorted) by the browser; sort() here only asks for that, since a page is a slice of a larger order.
#pragma once

#include "corpus/quality_signals.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <vector>

namespace adaptlab::corpus_panel {

class DocumentTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Index, Verdict, Source, Preview, FirstSignal, ColumnCount = FirstSignal + corpus::kSignalCount };
    enum Role { SortRole = Qt::UserRole + 1, DocumentRole, FailedRuleRole };

    struct Row {
        qint64 document = 0;
        corpus::SignalVector signals{};
        int failedRule = -1;   // first enabled rule it fails, -1 when it passes all
        // Every enabled rule it fails in rule order, except that the rule the browser is
        // filtered by comes first (and is listed even when switched off).
        std::vector<int> failedRules;
        QString verdict;       // their labels, empty when it passes
        QString verdictDetail; // one line per failed rule, for the tooltip
        QString source;        // "file.jsonl, line 12"
        QString preview;       // the start of the text, once fetched
        bool previewLoaded = false;
    };

    explicit DocumentTableModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return rows_; }
    // Fills in the text previews of the page once they have been read.
    void setPreviews(const QHash<qint64, QString>& previews);
    int rowOfDocument(qint64 document) const;

    static corpus::Signal signalOfColumn(int column);
    // Fills failedRule, failedRules, verdict and verdictDetail of ROW from its signals. focusRule
    // (-1: none) is the rule the browser shows the failures of: it comes first.
    static void describeFailures(Row& row, const std::vector<corpus::QualityRule>& rules, int focusRule);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void sortRequested(int column, Qt::SortOrder order);

private:
    std::vector<Row> rows_;
};

} // namespace adaptlab::corpus_panel
