#include "problem_table_model.h"

#include "corpus_text.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

namespace adaptlab::corpus_panel {

ProblemTableModel::ProblemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProblemTableModel::setProblems(corpus::ScanProblems problems)
{
    beginResetModel();
    problems_ = std::move(problems);
    endResetModel();
}

QString ProblemTableModel::countsText(const corpus::ScanProblems& problems)
{
    QStringList parts;
    for (const auto& [kind, count] : problems.counts) {
        if (count > 0)
            parts << tr("%1: %2", "problem kind: count")
                         .arg(CorpusText::problemKind(kind), QLocale().toString(count));
    }
    return QLocale().createSeparatedList(parts);
}

int ProblemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(problems_.examples.size());
}

int ProblemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const corpus::RecordProblem& p = problems_.examples[static_cast<size_t>(index.row())];
    const QString file = QString::fromStdString(p.file);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind: return CorpusText::problemKind(p.kind);
        case Location: return CorpusText::location(QFileInfo(file).fileName(), p.line);
        case Detail: return QString::fromStdString(p.detail);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Location)
            return CorpusText::location(QDir::toNativeSeparators(file), p.line);
        if (index.column() == Detail)
            return QString::fromStdString(p.detail);
        return {};
    case KindKeyRole:
        return QString::fromStdString(p.kind);
    case LineRole:
        return static_cast<qlonglong>(p.line);
    default:
        return {};
    }
}

QVariant ProblemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Problem");
    case Location: return tr("Where");
    case Detail: return tr("Details");
    default: return {};
    }
}

} // namespace adaptlab::corpus_panel
