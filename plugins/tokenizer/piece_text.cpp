#include "piece_text.h"

#include "tokenize/tokenizer.h"

namespace adaptlab::tokenizer_panel {

QString PieceText::visible(std::string_view piece)
{
    const QString text = QString::fromUtf8(piece.data(), static_cast<qsizetype>(piece.size()));
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ')
            shown += QChar(0x2423); // ␣
        else if (u == u'\t')
            shown += QChar(0x21E5); // ⇥
        else if (u == u'\n')
            shown += QChar(0x21B5); // ↵
        else if (u < 0x20)
            shown += QChar(static_cast<char16_t>(0x2400 + u)); // ␀ .. ␟
        else if (u == 0x7F)
            shown += QChar(0x2421); // ␡
        else if (u == 0xA0)
            shown += QChar(0x237D); // ⍽ no-break space
        else
            shown += c;
    }
    return shown;
}

PieceKind PieceText::kindOf(const tokenize::Tokenizer& tokenizer, int32_t id)
{
    if (tokenizer.isUnknown(id))
        return PieceKind::Unknown;
    if (tokenizer.isByteFallback(id))
        return PieceKind::Byte;
    if (tokenizer.isSpecial(id))
        return PieceKind::Special;
    return PieceKind::Normal;
}

QString PieceText::kindName(PieceKind kind)
{
    switch (kind) {
    case PieceKind::Normal: return tr("normal");
    case PieceKind::Byte: return tr("byte");
    case PieceKind::Special: return tr("special");
    case PieceKind::Unknown: return tr("unknown");
    }
    return {};
}

QString PieceText::kindExplanation(PieceKind kind)
{
    switch (kind) {
    case PieceKind::Normal: return tr("A piece of text from the vocabulary.");
    case PieceKind::Byte:
        return tr("A single byte: used for characters the vocabulary lacks, one token per byte (a costly spelling).");
    case PieceKind::Special:
        return tr("A control token such as beginning or end of text; never produced from ordinary text.");
    case PieceKind::Unknown:
        return tr("The unknown token: the text held something the tokenizer cannot spell, and it is lost.");
    }
    return {};
}

QString PieceText::hexBytes(std::string_view piece)
{
    QString hex;
    for (const char c : piece) {
        if (!hex.isEmpty())
            hex += QLatin1Char(' ');
        hex += QStringLiteral("%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
    }
    return hex;
}

qint64 PieceText::countWords(std::string_view text)
{
    qint64 words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

} // namespace adaptlab::tokenizer_panel
