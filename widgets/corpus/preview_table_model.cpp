#include "preview_table_model.h"

#include "corpus_text.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace adaptlab::corpus_panel {

PreviewTableModel::PreviewTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PreviewTableModel::setDocuments(std::vector<corpus::Document> documents, QStringList files)
{
    beginResetModel();
    documents_ = std::move(documents);
    files_ = std::move(files);
    endResetModel();
}

QString PreviewTableModel::excerpt(const QString& text, int maxChars)
{
    QString shown = text.left(maxChars + 1);
    static const QRegularExpression breaks(QStringLiteral("\\s*\\n\\s*"));
    shown.replace(breaks, QStringLiteral(" ⏎ "));
    shown.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (shown.size() > maxChars || text.size() > maxChars) {
        shown.truncate(maxChars);
        shown += QStringLiteral("…");
    }
    return shown;
}

int PreviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(documents_.size());
}

int PreviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const corpus::Document& doc = documents_[static_cast<size_t>(index.row())];
    auto metadataText = [&doc](const QString& separator) {
        QStringList parts;
        for (const auto& [key, value] : doc.metadata)
            parts << tr("%1 = %2", "metadata field = value")
                         .arg(QString::fromStdString(key), QString::fromStdString(value));
        return parts.join(separator);
    };
    auto fileName = [this, &doc]() {
        return QFileInfo(files_.value(doc.position.fileIndex)).fileName();
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Index: return static_cast<qlonglong>(doc.index + 1);
        case Location: return CorpusText::location(fileName(), doc.position.line);
        case Characters: return QLocale().toString(QString::fromStdString(doc.text).size());
        case Text: return excerpt(QString::fromStdString(doc.text));
        case Metadata: return metadataText(QStringLiteral("   "));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Text)
            return excerpt(QString::fromStdString(doc.text), 1200);
        if (index.column() == Metadata)
            return metadataText(QStringLiteral("\n"));
        if (index.column() == Location)
            return CorpusText::location(files_.value(doc.position.fileIndex), doc.position.line);
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Index || index.column() == Characters))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == FullTextRole)
        return QString::fromStdString(doc.text);
    return {};
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Index: return tr("#");
    case Location: return tr("Source");
    case Characters: return tr("Characters");
    case Text: return tr("Text");
    case Metadata: return tr("Metadata");
    default: return {};
    }
}

} // namespace adaptlab::corpus_panel
