// C4 line rules (TFDS c4_utils.clean_page): one line's verdict, for the document scan and for
// c4CleanLines(). The per-code-point part (C4LineState) is in quality_signals_internal.h.
#include "corpus/quality_signals_internal.h"

namespace adaptlab::corpus {
using namespace quality_detail;

namespace {

// TFDS does not drop lines with Wikipedia-style markers: it deletes them, re.compile(
// r"\[\d*\]|\[edit\]|\[citation needed\]").sub("", line), and applies the rules to what is left
// (\d is ASCII here). The optional bad-words page filter of clean_page is off by default there and
// is not a signal here.
void removeCitations(std::string_view line, std::string& out)
{
    out.clear();
    size_t k = 0;
    while (k < line.size()) {
        if (line[k] == '[') {
            size_t j = k + 1;
            while (j < line.size() && line[j] >= '0' && line[j] <= '9')
                ++j;
            if (j < line.size() && line[j] == ']') {
                k = j + 1;
                continue;
            }
            const std::string_view rest = line.substr(k);
            if (rest.starts_with("[edit]")) {
                k += 6;
                continue;
            }
            if (rest.starts_with("[citation needed]")) {
                k += 17;
                continue;
            }
        }
        out.push_back(line[k]);
        ++k;
    }
}

// One pass over a line: its whitespace tokens and the C4LineState.
C4LineScan scanC4Line(std::string_view line)
{
    C4LineScan scan;
    const auto* p = reinterpret_cast<const unsigned char*>(line.data());
    const auto* end = p + line.size();
    C4LineState state(p);
    bool inToken = false;
    uint32_t tokenChars = 0;
    for (const unsigned char* q = p; q < end;) {
        char32_t c;
        int length;
        const uint8_t cls = classAt(q, end, c, length);
        if (cls & kSpace) {
            if (inToken) {
                scan.longestToken = std::max(scan.longestToken, tokenChars);
                inToken = false;
            }
            state.feed(c, cls);
            q += length;
            continue;
        }
        if (!inToken) {
            inToken = true;
            tokenChars = 0;
            ++scan.tokens;
        }
        if (isAsciiAlnum(*q)) {
            const unsigned char* runEnd = q + 1;
            while (runEnd < end && isAsciiAlnum(*runEnd))
                ++runEnd;
            state.feedRun(q, runEnd);
            tokenChars += static_cast<uint32_t>(runEnd - q);
            q = runEnd;
            continue;
        }
        ++tokenChars;
        state.feed(c, cls);
        q += length;
    }
    if (inToken)
        scan.longestToken = std::max(scan.longestToken, tokenChars);
    state.finish(scan, !line.empty());
    return scan;
}

uint32_t longestTokenChars(std::string_view line)
{
    const auto* p = reinterpret_cast<const unsigned char*>(line.data());
    const auto* end = p + line.size();
    uint32_t longest = 0, current = 0;
    for (const unsigned char* q = p; q < end;) {
        char32_t c;
        int length;
        if (classAt(q, end, c, length) & kSpace)
            current = 0;
        else
            longest = std::max(longest, ++current);
        q += length;
    }
    return longest;
}

// Python str.strip() bounds of [begin, end).
std::pair<size_t, size_t> stripBounds(std::string_view text, size_t begin, size_t end)
{
    const auto* base = reinterpret_cast<const unsigned char*>(text.data());
    size_t first = kNoPosition, lastEnd = begin;
    for (size_t i = begin; i < end;) {
        char32_t c;
        int length;
        if (!(classAt(base + i, base + end, c, length) & kSpace)) {
            if (first == kNoPosition)
                first = i;
            lastEnd = i + static_cast<size_t>(length);
        }
        i += static_cast<size_t>(length);
    }
    if (first == kNoPosition)
        return {begin, begin};
    return {first, lastEnd};
}

} // namespace

namespace quality_detail {

C4Verdict evaluateC4Line(std::string_view line, std::string& scratch, const C4LineScan* known)
{
    C4Verdict verdict;
    if (line.empty())
        return verdict;
    std::string_view cleaned = line;
    const bool mayCite = known ? known->bracket : line.find('[') != std::string_view::npos;
    if (mayCite) {
        removeCitations(line, scratch);
        cleaned = scratch;
    }
    verdict.cleaned = cleaned;
    verdict.fate = C4Fate::Dropped;
    // TFDS checks the too-long word, then the end mark, then the word count; each only drops the
    // line, so testing the cheap end mark first gives the same result.
    const char last = cleaned.empty() ? '\0' : cleaned.back();
    if (!(last == '.' || last == '?' || last == '!' || last == '"') || cleaned.ends_with("..."))
        return verdict;
    const C4LineScan scan = known && cleaned.size() == line.size() ? *known : scanC4Line(cleaned);
    // TFDS tests word length on the line before citations are removed.
    const uint32_t longest = cleaned.size() == line.size() ? scan.longestToken : longestTokenChars(line);
    if (longest > kC4MaxWordLength || scan.tokens < uint32_t(kC4MinWordsPerLine))
        return verdict;
    verdict.lorem = scan.phrases & kLorem;
    if (scan.phrases & kJavascript) {
        verdict.fate = C4Fate::DroppedJavascript;
        return verdict;
    }
    verdict.curly = scan.curly;
    if (scan.phrases & kPolicy) {
        verdict.fate = C4Fate::DroppedPolicy;
        return verdict;
    }
    verdict.fate = C4Fate::Kept;
    verdict.sentences = scan.sentences;
    return verdict;
}

} // namespace quality_detail

std::string c4CleanLines(std::string_view text)
{
    std::string out;
    std::string scratch;
    size_t lineBegin = 0;
    auto handle = [&](size_t breakAt) {
        size_t contentEnd = breakAt;
        if (breakAt < text.size() && contentEnd > lineBegin && text[contentEnd - 1] == '\r')
            --contentEnd;
        const auto [first, lastEnd] = stripBounds(text, lineBegin, contentEnd);
        const C4Verdict verdict = evaluateC4Line(text.substr(first, lastEnd - first), scratch);
        if (verdict.fate == C4Fate::Kept) {
            if (!out.empty())
                out.push_back('\n');
            out.append(verdict.cleaned);
        }
    };
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') {
            handle(i);
            lineBegin = i + 1;
        }
    if (lineBegin < text.size())
        handle(text.size());
    // TFDS: "\n".join(valid_lines).strip()
    const auto [first, lastEnd] = stripBounds(out, 0, out.size());
    return out.substr(first, lastEnd - first);
}

} // namespace adaptlab::corpus
