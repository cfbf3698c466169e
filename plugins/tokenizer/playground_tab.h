// The encode playground: the user types text and sees it cut into the tokenizer's pieces, coloured
// alternately (bytes, special and unknown tokens marked in their own colours), each piece's id and
// kind in its tooltip, and a count line "N tokens, M words, X tokens per word". Optionally a
// second tokenizer encodes the same text beside it. Encoding runs on a worker after a pause in
// typing; the newest text wins.
#pragma once

#include "background_task.h"
#include "piece_text.h"
#include "tokenizer_catalog.h"
#include "vocabulary.h"

#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextEdit;
class QTimer;

namespace adaptlab::tokenize { class Tokenizer; }

namespace adaptlab::tokenizer_panel {

struct EncodedPiece {
    int32_t id = -1;
    std::string raw;
    PieceKind kind = PieceKind::Normal;
};

struct Encoding {
    bool valid = false;
    std::vector<EncodedPiece> pieces;
    qint64 words = 0;
    qint64 bytes = 0;
};

// TEXT encoded without special tokens (Tokenizer::encode), as the playground shows it.
Encoding encodeForDisplay(const tokenize::Tokenizer& tokenizer, const QString& text);

class PlaygroundTab final : public QWidget {
    Q_OBJECT
public:
    explicit PlaygroundTab(QWidget* parent = nullptr);

    void setVocabulary(std::shared_ptr<const Vocabulary> vocabulary);
    // The project's tokenizers, offered for the side-by-side comparison.
    void setTokenizers(const std::vector<TokenizerEntry>& tokenizers);

    QPlainTextEdit* input() const { return input_; }
    QTextEdit* output() const { return output_; }
    QTextEdit* compareOutput() const { return compareOutput_; }
    QLabel* countLabel() const { return count_; }
    QLabel* compareCountLabel() const { return compareCount_; }
    QComboBox* compareBox() const { return compareBox_; }
    const Encoding& encoding() const { return encoding_; }
    const Encoding& compareEncoding() const { return compareEncoding_; }
    bool isBusy() const;
    // Encodes the box's text now (typing waits for a pause).
    void encodeNow();

Q_SIGNALS:
    void encoded();

private:
    void compareChosen();
    void show(const Encoding& encoding, QTextEdit* output, QLabel* count);

    std::shared_ptr<const Vocabulary> vocabulary_;
    std::shared_ptr<const tokenize::Tokenizer> compare_;
    QPlainTextEdit* input_ = nullptr;
    QTextEdit* output_ = nullptr;
    QLabel* count_ = nullptr;
    QComboBox* compareBox_ = nullptr;
    QLabel* compareTitle_ = nullptr;
    QTextEdit* compareOutput_ = nullptr;
    QLabel* compareCount_ = nullptr;
    QLabel* error_ = nullptr;
    QTimer* debounce_ = nullptr;
    bool debouncePending_ = false;
    Encoding encoding_;
    Encoding compareEncoding_;
    BackgroundTask<std::pair<Encoding, Encoding>> encodingTask_{this, TaskLane::Quick};
    BackgroundTask<std::shared_ptr<const tokenize::Tokenizer>> compareLoad_{this, TaskLane::Long};
};

} // namespace adaptlab::tokenizer_panel
