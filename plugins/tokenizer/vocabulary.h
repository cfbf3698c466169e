// A tokenizer opened for the panel, with its whole vocabulary in arrays (loaded on a worker: a
// 128k vocabulary is 128k pieces to convert), and the table model over it. The model computes
// nothing: each cell is an index into the arrays, so a view scrolls 128k rows as fast as 100.
// A search runs on a worker too and gives the model the ids to show.
#pragma once

#include "piece_text.h"

#include <QAbstractTableModel>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace adaptlab::tokenize { class Tokenizer; }

namespace adaptlab::tokenizer_panel {

struct Vocabulary {
    std::shared_ptr<const tokenize::Tokenizer> tokenizer; // thread-safe: encode from any worker
    QString path;
    QString description;
    std::vector<QString> pieces; // PieceText::visible
    std::vector<std::string> raw;
    std::vector<float> scores;
    std::vector<PieceKind> kinds;
    int size() const { return static_cast<int>(pieces.size()); }
};

// Opens PATH (Tokenizer::open: .model, tokenizer.json or a model folder) and reads its vocabulary.
// Throws on a file that cannot be opened (the message names it); returns nullptr when cancelled.
std::shared_ptr<const Vocabulary> loadVocabulary(const QString& path, const std::atomic<bool>& cancel);

// The ids whose piece holds QUERY (case-insensitive; a space in the query also matches ▁, Ġ and ␣,
// the spellings of a space in pieces), in id order, led by the id QUERY names when it is a number.
std::vector<int32_t> searchVocabulary(const Vocabulary& vocabulary, const QString& query,
                                      const std::atomic<bool>& cancel);

class VocabularyModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, PieceColumn, ScoreColumn, KindColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit VocabularyModel(QObject* parent = nullptr);

    void setVocabulary(std::shared_ptr<const Vocabulary> vocabulary);
    const Vocabulary* vocabulary() const { return vocabulary_.get(); }
    // Rows to show (ids); nullopt: the whole vocabulary in id order.
    void setFilter(std::optional<std::vector<int32_t>> ids);
    bool filtered() const { return filter_.has_value(); }
    int32_t idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Vocabulary> vocabulary_;
    std::optional<std::vector<int32_t>> filter_;
};

} // namespace adaptlab::tokenizer_panel
