// Quality signals: C4's line rules (TFDS c4_utils.clean_page) off the document scan's hot path:
// citation removal, a line scanned on its own, and c4CleanLines().
#include "corpus/quality_c4.h"

#include <algorithm>

namespace adaptlab::corpus::quality {

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

} // namespace adaptlab::corpus::quality

namespace adaptlab::corpus {

using namespace quality;

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
