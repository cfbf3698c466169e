#include "text_spans.h"

#include "common/utf8.h"

#include <algorithm>
#include <cstdint>

namespace adaptlab::corpus_panel {

namespace {

// Length of the UTF-8 sequence starting at i, or 0 when it is not a valid one (common/utf8.h).
size_t sequenceLength(std::string_view s, size_t i)
{
    return utf8::sequenceLength(s, i);
}

} // namespace

QList<QPair<int, int>> utf16Ranges(std::string_view utf8, const std::vector<corpus::TextSpan>& spans)
{
    // units[b] = UTF-16 position of byte offset b (positions inside a sequence map to its start).
    std::vector<int> units(utf8.size() + 1, 0);
    int unit = 0;
    size_t i = 0;
    while (i < utf8.size()) {
        size_t length = sequenceLength(utf8, i);
        const int width = length == 4 ? 2 : 1;
        if (length == 0)
            length = 1;
        for (size_t k = 0; k < length; ++k)
            units[i + k] = unit;
        unit += width;
        i += length;
    }
    units[utf8.size()] = unit;

    QList<QPair<int, int>> ranges;
    for (const corpus::TextSpan& span : spans) {
        const size_t begin = std::min(span.begin, utf8.size());
        const size_t end = std::min(std::max(span.end, begin), utf8.size());
        const int start = units[begin];
        const int stop = units[end];
        if (stop > start)
            ranges.append({start, stop - start});
    }
    return ranges;
}

QList<QPair<int, int>> searchMatches(const QString& text, const QString& needle, const std::atomic<bool>* cancel)
{
    QList<QPair<int, int>> matches;
    const qsizetype n = needle.size();
    if (n == 0 || text.size() < n)
        return matches;
    const auto fold = [](QChar c) {
        const char16_t u = c.unicode();
        return u >= u'A' && u <= u'Z' ? static_cast<char16_t>(u + (u'a' - u'A')) : u;
    };
    std::vector<char16_t> folded(static_cast<size_t>(n));
    for (qsizetype k = 0; k < n; ++k)
        folded[static_cast<size_t>(k)] = fold(needle[k]);
    qsizetype i = 0;
    for (qsizetype checked = 0; i + n <= text.size(); ++checked) {
        if ((checked & 0xFFFF) == 0 && cancel != nullptr && cancel->load(std::memory_order_relaxed))
            break;
        qsizetype k = 0;
        while (k < n && fold(text[i + k]) == folded[static_cast<size_t>(k)])
            ++k;
        if (k == n) {
            matches.append({static_cast<int>(i), static_cast<int>(n)});
            i += n;
        } else {
            ++i;
        }
    }
    return matches;
}

} // namespace adaptlab::corpus_panel
