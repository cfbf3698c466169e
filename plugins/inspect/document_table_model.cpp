#include "document_table_model.h"

#include "corpus_text.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace adaptlab::corpus_panel {

DocumentTableModel::DocumentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DocumentTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

void DocumentTableModel::setPreviews(const QHash<qint64, QString>& previews)
{
    for (size_t i = 0; i < rows_.size(); ++i) {
        auto it = previews.constFind(rows_[i].document);
        if (it != previews.constEnd()) {
            rows_[i].preview = it.value();
            rows_[i].previewLoaded = true;
            const QModelIndex cell = index(static_cast<int>(i), Preview);
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

int DocumentTableModel::rowOfDocument(qint64 document) const
{
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].document == document)
            return static_cast<int>(i);
    return -1;
}

corpus::Signal DocumentTableModel::signalOfColumn(int column)
{
    if (column < FirstSignal || column >= ColumnCount)
        return corpus::Signal::Count;
    return static_cast<corpus::Signal>(column - FirstSignal);
}

void DocumentTableModel::describeFailures(Row& row, const std::vector<corpus::QualityRule>& rules, int focusRule)
{
    row.failedRule = corpus::firstFailedRule(rules, row.signals);
    row.failedRules.clear();
    const bool focus = focusRule >= 0 && focusRule < static_cast<int>(rules.size());
    if (focus) {
        corpus::QualityRule rule = rules[static_cast<size_t>(focusRule)];
        rule.enabled = true; // the browser lists the failures of a switched-off rule too
        if (!corpus::passes(rule, row.signals))
            row.failedRules.push_back(focusRule);
    }
    for (size_t i = 0; i < rules.size(); ++i) {
        if (static_cast<int>(i) == focusRule || !rules[i].enabled)
            continue;
        if (!corpus::passes(rules[i], row.signals))
            row.failedRules.push_back(static_cast<int>(i));
    }
    QStringList labels;
    QStringList lines;
    for (const int r : row.failedRules) {
        const corpus::QualityRule& rule = rules[static_cast<size_t>(r)];
        const QString label = CorpusText::ruleLabel(rule);
        labels << (rule.enabled ? label : tr("%1 (rule off)", "a failed rule that is switched off").arg(label));
        const QString value = CorpusText::formatValue(rule.signal, row.signals[static_cast<size_t>(rule.signal)]);
        if (r == row.failedRule)
            lines << tr("%1: the value is %2; the first enabled rule it fails, which removes it.").arg(label, value);
        else if (!rule.enabled)
            lines << tr("%1: the value is %2; this rule is switched off.").arg(label, value);
        else
            lines << tr("%1: the value is %2.").arg(label, value);
    }
    // The count comes first, so it stays in view when the column cuts the list short; the
    // tooltip lists every rule with its value.
    if (labels.size() <= 1)
        row.verdict = labels.value(0);
    else
        row.verdict = tr("%1 rules: %2", "how many rules a document fails, then their names")
                          .arg(QLocale().toString(static_cast<int>(labels.size())), labels.join(QStringLiteral(", ")));
    row.verdictDetail = lines.isEmpty() ? QString() : tr("Rules it fails:\n%1").arg(lines.join(QLatin1Char('\n')));
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int DocumentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = rows_[static_cast<size_t>(index.row())];
    const int column = index.column();
    if (role == DocumentRole)
        return row.document;
    if (role == FailedRuleRole)
        return row.failedRule;
    if (role == Qt::DisplayRole) {
        if (column == Index)
            return QLocale().toString(row.document + 1);
        if (column == Verdict)
            return row.verdict.isEmpty() ? tr("passes") : row.verdict;
        if (column == Source)
            return row.source;
        if (column == Preview)
            return row.previewLoaded ? row.preview : tr("loading…");
        const corpus::Signal s = signalOfColumn(column);
        return CorpusText::formatValue(s, row.signals[static_cast<size_t>(s)]);
    }
    if (role == SortRole) {
        if (column == Index || column == Source || column == Preview)
            return row.document;
        if (column == Verdict)
            return row.failedRule;
        return static_cast<double>(row.signals[static_cast<size_t>(signalOfColumn(column))]);
    }
    if (role == Qt::ForegroundRole) {
        if (column == Verdict && !row.failedRules.empty())
            return QBrush(QColor(0xb0, 0x30, 0x30));
        if (column == Verdict || (column == Preview && !row.previewLoaded))
            return QBrush(QColor(0x6a, 0x76, 0x82));
        return {};
    }
    if (role == Qt::ToolTipRole && column == Verdict && !row.verdictDetail.isEmpty())
        return row.verdictDetail;
    if (role == Qt::TextAlignmentRole && (column == Index || column >= FirstSignal))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Index: return tr("#");
        case Verdict: return tr("Fails");
        case Source: return tr("Source");
        case Preview: return tr("Text");
        default: break;
        }
        const corpus::Signal s = signalOfColumn(section);
        return s == corpus::Signal::Count ? QVariant() : QVariant(CorpusText::signalLabel(s));
    }
    if (role == Qt::ToolTipRole) {
        const corpus::Signal s = signalOfColumn(section);
        if (s != corpus::Signal::Count)
            return CorpusText::signalDescription(s);
    }
    return {};
}

void DocumentTableModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT sortRequested(column, order);
}

} // namespace adaptlab::corpus_panel
