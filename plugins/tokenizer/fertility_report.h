// The result of a tokenizer_fertility run, read for the panel:
// {"tokenizers": [{"path", "description", "vocab_size", "fingerprint"}],
//  "results": [{"input", "tokenizer", "documents", "tokens", "words", "bytes", "characters",
//               "tokens_per_word", "tokens_per_byte", "byte_fallback_share", "unknown_share",
//               "vocab_gap": [{"word", "count", "pieces": [...], "tokens"}]}]}
// "tokenizer" names one of "tokenizers" by its path or by its index. A malformed result is refused
// with the JSON path of what is wrong.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace adaptlab::tokenizer_panel {

struct GapWord {
    QString word;
    qint64 count = 0;
    QStringList pieces; // as the tokenizer spells them (raw)
    qint64 tokens = 0;  // count x pieces
};

struct FertilityRow {
    QString input;
    int tokenizer = 0; // index into FertilityReport::tokenizers
    qint64 documents = 0;
    qint64 tokens = 0;
    qint64 words = 0;
    qint64 bytes = 0;
    double tokensPerWord = 0;
    double tokensPerByte = 0;
    double byteFallbackShare = 0;
    double unknownShare = 0;
    std::vector<GapWord> gaps;
};

struct FertilityTokenizer {
    QString path;
    QString description;
    qint64 vocabSize = -1;
};

struct FertilityReport {
    std::vector<FertilityTokenizer> tokenizers;
    std::vector<FertilityRow> rows;
    QStringList inputs() const; // in the order they first appear
    const FertilityRow* row(const QString& input, int tokenizer) const;
};

// nullopt with *error naming the JSON path ("results[2].tokens_per_word: not a number").
std::optional<FertilityReport> parseFertilityReport(const QString& json, QString* error);

} // namespace adaptlab::tokenizer_panel
