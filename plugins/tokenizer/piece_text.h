// How the Tokenizer panel shows a token: the piece with its invisible characters made visible
// (a space as ␣, a tab as ⇥, a newline as ↵, other control characters as their Unicode control
// pictures; SentencePiece's ▁ and byte-level BPE's Ġ are visible already and kept), and its kind in
// words (normal, byte, special, unknown).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace adaptlab::tokenize { class Tokenizer; }

namespace adaptlab::tokenizer_panel {

enum class PieceKind : uint8_t { Normal, Byte, Special, Unknown };

class PieceText {
    Q_DECLARE_TR_FUNCTIONS(PieceText)
public:
    // The piece as the panel shows it: every character visible, nothing removed. Bytes that are
    // not UTF-8 show as U+FFFD (a byte-level piece never has them; a byte-fallback piece is
    // spelled <0xAB>).
    static QString visible(std::string_view piece);
    // The kind of ID in TOKENIZER: unknown before byte before special (SentencePiece's <unk> is
    // not a control piece, but a tokenizer.json may list it among its special tokens).
    static PieceKind kindOf(const tokenize::Tokenizer& tokenizer, int32_t id);
    static QString kindName(PieceKind kind);
    // One sentence on what the kind means, for tooltips.
    static QString kindExplanation(PieceKind kind);
    // "e2 96 81": the piece's UTF-8 bytes, for the tooltip that shows what a piece really holds.
    static QString hexBytes(std::string_view piece);
    // Words as the fertility jobs count them: runs of non-whitespace (ASCII whitespace separates).
    static qint64 countWords(std::string_view text);
};

} // namespace adaptlab::tokenizer_panel
