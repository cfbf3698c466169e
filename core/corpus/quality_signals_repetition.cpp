// Repetition statistics (datatrove GopherRepetitionFilter): duplicate lines and paragraphs, top and
// duplicated word n-grams, computed from the words and lines the document scan collected.
#include "corpus/quality_signals_internal.h"

namespace adaptlab::corpus::quality_detail {
namespace {

uint64_t countChars(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    uint64_t chars = 0;
    while (p < end) {
        int length;
        decodeUtf8(p, end, length);
        p += length;
        ++chars;
    }
    return chars;
}

} // namespace

// find_duplicates over lines and paragraphs: an element counts as a duplicate (and its characters
// as duplicated) each time it appears after its first occurrence.
void lineAndParagraphRepetition(std::string_view text, Scratch& s, const ScanTotals& t, Repetition& r,
                                const Evidence* evidence)
{
    // Lines: datatrove splits on "\n+", i.e. the non-empty lines. (re.split also yields an empty
    // piece when the text starts or ends with "\n"; it is not a line, so it is not counted.)
    const bool lineEvidence = evidence
        && (evidence->wants(Signal::DupLinesFraction) || evidence->wants(Signal::DupLineCharsFraction));
    s.table.reset(s.lines.size());
    for (size_t k = 0; k < s.lines.size(); ++k) {
        const LineRecord& line = s.lines[k];
        if (line.begin == line.end)
            continue;
        ++r.lines;
        if (s.table.findOrInsert(line.hash, static_cast<uint32_t>(k)) != k) {
            ++r.dupLines;
            r.dupLineChars += line.chars;
            if (lineEvidence)
                evidence->add(line.begin, line.end);
        }
    }

    // Paragraphs: re.split(r"\n{2,}", text.strip()). A paragraph is a run of lines between empty
    // lines, the first and last clipped to the stripped text; its identity combines its lines'
    // hashes, its length is their characters plus one per joining "\n".
    if (t.firstNonSpace == kNoPosition)
        return; // nothing but whitespace: no paragraph (datatrove would see one empty paragraph)
    const bool paragraphEvidence = evidence
        && (evidence->wants(Signal::DupParagraphsFraction) || evidence->wants(Signal::DupParagraphCharsFraction));
    s.table.reset(s.lines.size());
    uint64_t paragraphHash = 0, paragraphChars = 0;
    uint32_t paragraphLines = 0;
    size_t paragraphBegin = 0, paragraphEnd = 0;
    auto finishParagraph = [&]() {
        const uint64_t key = combine(paragraphHash, paragraphLines);
        const auto ordinal = static_cast<uint32_t>(r.paragraphs++);
        if (s.table.findOrInsert(key, ordinal) != ordinal) {
            ++r.dupParagraphs;
            r.dupParagraphChars += paragraphChars;
            if (paragraphEvidence)
                evidence->add(paragraphBegin, paragraphEnd);
        }
        paragraphLines = 0;
    };
    for (const LineRecord& line : s.lines) {
        if (line.end <= t.firstNonSpace || line.begin >= t.lastNonSpaceEnd)
            continue;
        if (line.begin == line.end) {
            if (paragraphLines)
                finishParagraph();
            continue;
        }
        size_t begin = line.begin, end = line.end;
        uint64_t hash = line.hash, chars = line.chars;
        if (begin < t.firstNonSpace || end > t.lastNonSpaceEnd) {
            begin = std::max(begin, t.firstNonSpace);
            end = std::min(end, t.lastNonSpaceEnd);
            hash = hashBytes(text.data() + begin, end - begin);
            chars = countChars(text.substr(begin, end - begin));
        }
        if (paragraphLines == 0) {
            paragraphHash = kHashK0;
            paragraphChars = 0;
            paragraphBegin = begin;
        } else {
            paragraphChars += 1;
        }
        paragraphHash = combine(paragraphHash, hash);
        paragraphChars += chars;
        paragraphEnd = end;
        ++paragraphLines;
    }
    if (paragraphLines)
        finishParagraph();
}

namespace {

// Word n-grams, n = 2..10, with datatrove's definitions:
//  - top n-gram (n = 2, 3, 4): len(" ".join(ngram)) * count of the most frequent n-gram, ties going
//    to the n-gram seen first (Counter.most_common); with no repeat at all that is the first n-gram.
//  - duplicated n-grams (n = 5..10): walk the positions; an n-gram already seen at a visited
//    position adds its characters (words joined without spaces, "".join) and the walk jumps n words,
//    otherwise it is remembered and the walk moves one word.
// Apart from the first n-gram (the top one when nothing repeats), only repeated n-grams matter to
// either, so each level keeps just the positions whose n-gram occurs at least twice, with a class
// number per distinct n-gram.
// The (n+1)-gram at p is the n-grams at p and p+1 overlapping: it can only repeat where both of
// them repeat, and their pair of classes identifies it exactly. So above the words a level looks up
// pairs of small numbers, at the few positions where a repeat is still possible, instead of hashing
// every position at every level; a typical document has no repeated n-gram left after a few levels.
//
// A class is the index of the entry where its n-gram first occurs in the level being built (the
// value the hash table keeps), so no running counter ties one lookup to the previous one, and
// classes are numbered in order of first occurrence; count[c] is how often class c occurs.
// keepRepeated() keeps the entries [0, size) whose class occurs at least twice; whether an entry
// stays is stored data rather than a branch, as it is as good as random.
void keepRepeated(Scratch& s, size_t& size)
{
    size_t out = 0;
    for (size_t j = 0; j < size; ++j) {
        const uint32_t c = s.cls[j];
        s.at[out] = s.at[j];
        s.cls[out] = c;
        out += s.count[c] >= 2;
    }
    size = out;
}

} // namespace

void nGramRepetition(Scratch& s, Repetition& r, const Evidence* evidence)
{
    const size_t W = s.words;
    int evidenceN = 0;
    if (evidence) {
        const int signal = static_cast<int>(evidence->signal);
        if (signal >= int(Signal::Top2GramCharsFraction) && signal <= int(Signal::Top4GramCharsFraction))
            evidenceN = 2 + signal - int(Signal::Top2GramCharsFraction);
        if (signal >= int(Signal::Dup5GramCharsFraction) && signal <= int(Signal::Dup10GramCharsFraction))
            evidenceN = 5 + signal - int(Signal::Dup5GramCharsFraction);
    }
    auto addGram = [&](size_t i, int n) { evidence->add(s.wordBegin[i], s.wordEnd[i + size_t(n) - 1]); };
    auto gramChars = [&](size_t i, int n) -> uint64_t { return s.charPrefix[i + size_t(n)] - s.charPrefix[i]; };

    if (W < 2)
        return;
    for (auto* v : {&s.at, &s.cls, &s.nextAt, &s.nextCls, &s.count})
        if (v->size() < W)
            v->resize(W);
    if (s.keys.size() < W)
        s.keys.resize(W);

    // Level 1: the words, classed by their hashes.
    s.table.reset(W);
    std::fill_n(s.count.begin(), W, 0u);
    for (size_t i = 0; i < W; ++i) {
        const uint32_t c = s.table.findOrInsert(s.wordHash[i], static_cast<uint32_t>(i));
        ++s.count[c];
        s.at[i] = static_cast<uint32_t>(i);
        s.cls[i] = c;
    }
    size_t size = W;
    keepRepeated(s, size);

    for (int n = 2; n <= 10 && W >= size_t(n); ++n) {
        // Level n from level n-1: the pairs of repeated (n-1)-grams at adjacent positions, gathered
        // first (without a branch) and then looked up.
        size_t pairs = 0;
        for (size_t j = 0; j + 1 < size; ++j) {
            s.nextAt[pairs] = s.at[j];
            s.keys[pairs] = (uint64_t(s.cls[j]) << 32) | s.cls[j + 1];
            pairs += s.at[j + 1] == s.at[j] + 1;
        }
        s.table.reset(pairs);
        std::fill_n(s.count.begin(), pairs, 0u);
        for (size_t j = 0; j < pairs; ++j) {
            const uint32_t c = s.table.findOrInsert(s.keys[j], static_cast<uint32_t>(j));
            ++s.count[c];
            s.nextCls[j] = c;
        }
        std::swap(s.at, s.nextAt);
        std::swap(s.cls, s.nextCls);
        size = pairs;
        keepRepeated(s, size);

        if (n <= 4) {
            // The first entry of the most frequent class is that class's first occurrence, and
            // among equally frequent classes the one seen first. No repeat: every n-gram occurs
            // once and the first one is the top one.
            size_t best = 0;
            uint32_t bestClass = 0, bestCount = 1;
            for (size_t j = 0; j < size; ++j)
                if (s.count[s.cls[j]] > bestCount) {
                    best = s.at[j];
                    bestClass = s.cls[j];
                    bestCount = s.count[bestClass];
                }
            r.topChars[n - 2] = double(gramChars(best, n) + uint64_t(n - 1)) * bestCount;
            if (evidenceN == n) {
                if (bestCount == 1)
                    addGram(0, n);
                for (size_t j = 0; bestCount > 1 && j < size; ++j)
                    if (s.cls[j] == bestClass)
                        addGram(s.at[j], n);
            }
        } else {
            s.seen.assign(pairs, 0);
            uint64_t duplicated = 0;
            size_t walk = 0; // the walk's position: repeated n-grams before it were jumped over
            for (size_t j = 0; j < size; ++j) {
                const size_t i = s.at[j];
                if (i < walk)
                    continue;
                const uint32_t c = s.cls[j];
                if (s.seen[c]) {
                    duplicated += gramChars(i, n);
                    if (evidenceN == n)
                        addGram(i, n);
                    walk = i + size_t(n);
                } else {
                    s.seen[c] = 1;
                }
            }
            r.dupChars[n - 5] = double(duplicated);
        }
    }
}

} // namespace adaptlab::corpus::quality_detail
