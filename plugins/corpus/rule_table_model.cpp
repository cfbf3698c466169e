#include "rule_table_model.h"

#include "corpus_text.h"

#include <QLocale>

namespace adaptlab::corpus_panel {

RuleTableModel::RuleTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RuleTableModel::setRules(std::vector<corpus::QualityRule> rules, RuleCounts counts)
{
    counts.firstFailed.clear();
    counts.firstFailed.shrink_to_fit();
    if (rules.size() == rules_.size()) {
        // Same rules, new numbers: keep the selection and scroll position.
        rules_ = std::move(rules);
        counts_ = std::move(counts);
        if (!rules_.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    rules_ = std::move(rules);
    counts_ = std::move(counts);
    endResetModel();
}

int RuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rules_.size());
}

int RuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Rule)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RuleTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Rule || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    Q_EMIT enabledToggled(index.row(), enabled);
    return true;
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const size_t row = static_cast<size_t>(index.row());
    const corpus::QualityRule& rule = rules_[row];
    const bool counted = counts_.valid && row < counts_.perRule.size();
    const RuleCount c = counted ? counts_.perRule[row] : RuleCount{};
    const qint64 docs = counts_.documents;
    const qint64 words = counts_.words;

    if (role == RuleIndexRole)
        return index.row();
    if (role == SignalRole)
        return static_cast<int>(rule.signal);
    if (role == Qt::CheckStateRole && index.column() == Rule)
        return rule.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rule: return CorpusText::ruleLabel(rule);
        case Family: return CorpusText::familyLabel(rule.family);
        case Threshold:
            return tr("%1 %2", "bound and threshold, e.g. 'at least 50'")
                .arg(CorpusText::boundLabel(rule.bound), CorpusText::formatValue(rule.signal, rule.threshold));
        case AloneDocuments: return counted ? CorpusText::countWithShare(c.aloneDocuments, docs) : QStringLiteral("…");
        case AloneWords: return counted ? CorpusText::countWithShare(c.aloneWords, words) : QStringLiteral("…");
        case SequenceDocuments:
            if (!rule.enabled)
                return tr("off");
            return counted ? CorpusText::countWithShare(c.sequenceDocuments, docs) : QStringLiteral("…");
        case SequenceWords:
            if (!rule.enabled)
                return tr("off");
            return counted ? CorpusText::countWithShare(c.sequenceWords, words) : QStringLiteral("…");
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Threshold: return rule.threshold;
        case AloneDocuments: return static_cast<qlonglong>(c.aloneDocuments);
        case AloneWords: return static_cast<qlonglong>(c.aloneWords);
        case SequenceDocuments: return static_cast<qlonglong>(rule.enabled ? c.sequenceDocuments : -1);
        case SequenceWords: return static_cast<qlonglong>(rule.enabled ? c.sequenceWords : -1);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Rule:
        case Family:
        case Threshold: return CorpusText::ruleDescription(rule);
        case AloneDocuments:
        case AloneWords:
            return tr("What this rule would remove if it were the only rule.");
        case SequenceDocuments:
        case SequenceWords:
            return tr("What this rule removes that the enabled rules above it have not removed "
                      "already.");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AloneDocuments)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule: return tr("Rule");
    case Family: return tr("Family");
    case Threshold: return tr("Keeps documents with");
    case AloneDocuments: return tr("Removes alone");
    case AloneWords: return tr("Words alone");
    case SequenceDocuments: return tr("Removes in sequence");
    case SequenceWords: return tr("Words in sequence");
    default: return {};
    }
}

} // namespace adaptlab::corpus_panel
