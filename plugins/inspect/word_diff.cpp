#include "word_diff.h"

#include <algorithm>

namespace adaptlab::corpus_panel {

namespace {

struct Token {
    size_t begin = 0;
    size_t end = 0;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

std::vector<Token> tokenize(std::string_view s)
{
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i]))
            ++i;
        const size_t begin = i;
        while (i < s.size() && !isSpace(s[i]))
            ++i;
        if (i > begin)
            tokens.push_back({begin, i});
    }
    return tokens;
}

} // namespace

WordDiff diffWords(std::string_view a, std::string_view b, int maxEdits)
{
    const std::vector<Token> ta = tokenize(a);
    const std::vector<Token> tb = tokenize(b);
    auto word = [](std::string_view s, const Token& t) { return s.substr(t.begin, t.end - t.begin); };

    // The common start and end need no search.
    size_t prefix = 0;
    while (prefix < ta.size() && prefix < tb.size() && word(a, ta[prefix]) == word(b, tb[prefix]))
        ++prefix;
    size_t suffix = 0;
    while (suffix < ta.size() - prefix && suffix < tb.size() - prefix
           && word(a, ta[ta.size() - 1 - suffix]) == word(b, tb[tb.size() - 1 - suffix]))
        ++suffix;
    const int n = static_cast<int>(ta.size() - prefix - suffix);
    const int m = static_cast<int>(tb.size() - prefix - suffix);
    auto equal = [&](int x, int y) { return word(a, ta[prefix + x]) == word(b, tb[prefix + y]); };

    WordDiff diff;
    const int limit = std::min(maxEdits, n + m);
    const int offset = limit + 1;
    std::vector<int> v(static_cast<size_t>(2 * limit + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                 : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && equal(x, y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return diff; // too different to mark

    // Walk back through the saved frontiers, collecting the words only one side has.
    std::vector<int> onlyA;
    std::vector<int> onlyB;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int>& before = trace[static_cast<size_t>(d)];
        const int k = x - y;
        const bool down = k == -d || (k != d && before[offset + k - 1] < before[offset + k + 1]);
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = before[offset + prevK];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
        }
        if (down)
            onlyB.push_back(prevY);
        else
            onlyA.push_back(prevX);
        x = prevX;
        y = prevY;
    }
    diff.complete = true;
    diff.edits = found;
    std::sort(onlyA.begin(), onlyA.end());
    std::sort(onlyB.begin(), onlyB.end());
    for (int i : onlyA)
        diff.onlyInA.push_back({ta[prefix + static_cast<size_t>(i)].begin, ta[prefix + static_cast<size_t>(i)].end});
    for (int j : onlyB)
        diff.onlyInB.push_back({tb[prefix + static_cast<size_t>(j)].begin, tb[prefix + static_cast<size_t>(j)].end});
    return diff;
}

} // namespace adaptlab::corpus_panel
