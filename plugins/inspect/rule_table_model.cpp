#include "rule_table_model.h"

#include "corpus_text.h"

#include <QLocale>

#include <cstdlib>

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
        case Rule: // the label too: a narrow column cuts it short
            return tr("%1: %2", "rule label: why the rule exists").arg(CorpusText::ruleLabel(rule), CorpusText::ruleDescription(rule));
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

QString RuleTableModel::headerLines(const QString& text)
{
    // Headers are longer than the numbers under them (more so in German): on two lines a column
    // sized to its contents stays narrow and shows its whole header. Broken at the space nearest
    // the middle; text without spaces (Chinese) stays on one line.
    if (text.size() < 12)
        return text;
    const int middle = static_cast<int>(text.size() / 2);
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == QLatin1Char(' ') && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    if (best < 0)
        return text;
    QString lines = text;
    lines[best] = QLatin1Char('\n');
    return lines;
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return headerLines(headerText(section));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rule: return tr("The rule; tick it to use it when filtering.");
        case Family: return tr("The paper's group of rules it belongs to.");
        case Threshold: return tr("The documents this rule keeps: those whose value is at least or at most "
                                  "the threshold.");
        case AloneDocuments: return tr("Documents this rule would remove if it were the only rule.");
        case AloneWords: return tr("Words in the documents this rule would remove if it were the only rule.");
        case SequenceDocuments: return tr("Documents this rule removes that the enabled rules above it have not "
                                          "removed already.");
        case SequenceWords: return tr("Words in the documents this rule removes after the enabled rules above it.");
        default: return {};
        }
    }
    return {};
}

QString RuleTableModel::headerText(int section)
{
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
