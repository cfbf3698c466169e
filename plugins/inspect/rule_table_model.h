// The quality rules as a table: switch each on or off, its threshold, and what it removes alone
// and in sequence (documents and words), so a user sees which rule does the damage.
#pragma once

#include "rule_counts.h"

#include "corpus/quality_signals.h"

#include <QAbstractTableModel>

#include <vector>

namespace adaptlab::corpus_panel {

class RuleTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Rule, Family, Threshold, AloneDocuments, AloneWords, SequenceDocuments, SequenceWords,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, RuleIndexRole, SignalRole };

    explicit RuleTableModel(QObject* parent = nullptr);

    // counts may be invalid (not counted yet): the count columns then say so.
    void setRules(std::vector<corpus::QualityRule> rules, RuleCounts counts);
    const std::vector<corpus::QualityRule>& rules() const { return rules_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A column's header on one line (the display splits long ones over two).
    static QString headerText(int section);
    static QString headerLines(const QString& text);
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The user ticked or unticked a rule; the owner applies it and calls setRules() again.
    void enabledToggled(int rule, bool enabled);

private:
    std::vector<corpus::QualityRule> rules_;
    RuleCounts counts_; // without the per-document vector
};

} // namespace adaptlab::corpus_panel
