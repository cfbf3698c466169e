// The engine marks evidence as byte ranges in UTF-8 (signalEvidence); a QTextDocument counts
// UTF-16 code units. This maps one to the other without decoding the text twice. Also where a
// search term occurs in a text, matched the way the engine's search matches it.
#pragma once

#include "corpus/quality_signals.h"

#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <string_view>
#include <vector>

namespace adaptlab::corpus_panel {

// (start, length) in UTF-16 units of QString::fromUtf8(utf8) for each byte span; spans are
// clamped to the text, empty ones are dropped. Invalid bytes count as one unit each (U+FFFD).
QList<QPair<int, int>> utf16Ranges(std::string_view utf8, const std::vector<corpus::TextSpan>& spans);

// (start, length) of every occurrence of `needle` in `text`, left to right, not overlapping,
// ASCII letters compared without case and everything else exactly: the rule of
// corpus::searchDocuments, so every document it finds shows its matches. With `cancel` set it
// stops within the next 64 Ki characters and returns the matches found so far.
QList<QPair<int, int>> searchMatches(const QString& text, const QString& needle,
                                     const std::atomic<bool>* cancel = nullptr);

} // namespace adaptlab::corpus_panel
