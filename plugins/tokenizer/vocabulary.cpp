#include "vocabulary.h"

#include "tokenize/tokenizer.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace adaptlab::tokenizer_panel {

std::shared_ptr<const Vocabulary> loadVocabulary(const QString& path, const std::atomic<bool>& cancel)
{
    auto vocabulary = std::make_shared<Vocabulary>();
    std::shared_ptr<const tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::open(path.toStdString());
    vocabulary->path = path;
    vocabulary->description = QString::fromStdString(tokenizer->description());
    const int32_t size = tokenizer->vocabSize();
    vocabulary->pieces.reserve(static_cast<size_t>(size));
    vocabulary->raw.reserve(static_cast<size_t>(size));
    vocabulary->scores.reserve(static_cast<size_t>(size));
    vocabulary->kinds.reserve(static_cast<size_t>(size));
    for (int32_t id = 0; id < size; ++id) {
        if ((id & 4095) == 0 && cancel.load())
            return nullptr;
        std::string piece = tokenizer->idToPiece(id);
        vocabulary->pieces.push_back(PieceText::visible(piece));
        vocabulary->raw.push_back(std::move(piece));
        vocabulary->scores.push_back(tokenizer->pieceScore(id));
        vocabulary->kinds.push_back(PieceText::kindOf(*tokenizer, id));
    }
    vocabulary->tokenizer = std::move(tokenizer);
    return vocabulary;
}

std::vector<int32_t> searchVocabulary(const Vocabulary& vocabulary, const QString& query,
                                      const std::atomic<bool>& cancel)
{
    std::vector<int32_t> ids;
    const QString trimmed = query.trimmed();
    if (query.isEmpty())
        return ids;
    bool isNumber = false;
    const int named = trimmed.toInt(&isNumber);
    if (isNumber && named >= 0 && named < vocabulary.size())
        ids.push_back(named);
    // The query as pieces spell it: a visible space, and the space markers of the two families.
    QStringList needles{PieceText::visible(query.toStdString())};
    if (query.contains(QLatin1Char(' '))) {
        QString marked = query;
        needles << marked.replace(QLatin1Char(' '), QChar(0x2581)); // ▁ SentencePiece
        marked = query;
        needles << marked.replace(QLatin1Char(' '), QChar(0x0120)); // Ġ byte-level BPE
    }
    for (int id = 0; id < vocabulary.size(); ++id) {
        if ((id & 4095) == 0 && cancel.load())
            return {};
        if (id == named && isNumber)
            continue;
        const QString& piece = vocabulary.pieces[static_cast<size_t>(id)];
        for (const QString& needle : needles) {
            if (piece.contains(needle, Qt::CaseInsensitive)) {
                ids.push_back(id);
                break;
            }
        }
    }
    return ids;
}

VocabularyModel::VocabularyModel(QObject* parent) : QAbstractTableModel(parent) {}

void VocabularyModel::setVocabulary(std::shared_ptr<const Vocabulary> vocabulary)
{
    beginResetModel();
    vocabulary_ = std::move(vocabulary);
    filter_.reset();
    endResetModel();
}

void VocabularyModel::setFilter(std::optional<std::vector<int32_t>> ids)
{
    beginResetModel();
    filter_ = std::move(ids);
    endResetModel();
}

int32_t VocabularyModel::idAt(int row) const
{
    if (!vocabulary_ || row < 0 || row >= rowCount())
        return -1;
    return filter_ ? (*filter_)[static_cast<size_t>(row)] : row;
}

int VocabularyModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !vocabulary_)
        return 0;
    return filter_ ? static_cast<int>(filter_->size()) : vocabulary_->size();
}

int VocabularyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VocabularyModel::data(const QModelIndex& index, int role) const
{
    const int32_t id = idAt(index.row());
    if (id < 0)
        return {};
    const auto i = static_cast<size_t>(id);
    const PieceKind kind = vocabulary_->kinds[i];
    if (role == IdRole)
        return id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn: return id;
        case PieceColumn: return vocabulary_->pieces[i];
        case ScoreColumn: return QLocale().toString(static_cast<double>(vocabulary_->scores[i]), 'g', 5);
        case KindColumn: return PieceText::kindName(kind);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == PieceColumn)
            return tr("Piece %1 holds the bytes %2.").arg(vocabulary_->pieces[i], PieceText::hexBytes(vocabulary_->raw[i]));
        if (index.column() == KindColumn)
            return PieceText::kindExplanation(kind);
        if (index.column() == ScoreColumn)
            return tr("SentencePiece unigram: the piece's log-probability (higher is more common). BPE: minus the "
                      "order in which the piece was merged (closer to 0 was merged earlier).");
        return {};
    }
    if (role == Qt::ForegroundRole && kind != PieceKind::Normal)
        return QBrush(kind == PieceKind::Unknown ? QColor(0xb0, 0x30, 0x30) : QColor(0x6a, 0x5a, 0xcd));
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == ScoreColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VocabularyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn: return tr("Id");
        case PieceColumn: return tr("Piece");
        case ScoreColumn: return tr("Score");
        case KindColumn: return tr("Kind");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn: return tr("The number the model sees for this piece.");
        case PieceColumn:
            return tr("The piece of text; ▁ and Ġ stand for a space before the word, ␣ for a space, ↵ for a line break.");
        case ScoreColumn: return tr("How the tokenizer ranks the piece (see the cells' tooltips).");
        case KindColumn: return tr("Normal text, a single byte, a special token or the unknown token.");
        default: return {};
        }
    }
    return {};
}

} // namespace adaptlab::tokenizer_panel
