// Split and ByteLevel pre-tokenization on PCRE2.
#include "tokenize/hf_pretokenizer.h"

#include "tokenize/tokenizer.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace adaptlab::tokenize {

namespace fs = std::filesystem;

namespace {

std::string pcre2Message(int code)
{
    std::array<PCRE2_UCHAR, 256> buffer{};
    if (pcre2_get_error_message(code, buffer.data(), buffer.size()) < 0)
        return "error " + std::to_string(code);
    return reinterpret_cast<const char*>(buffer.data());
}

// Per-thread matching state: match data (one pair is all a split needs) and a JIT stack large
// enough for look-ahead over a long run of spaces. Shared by every pattern a thread uses.
struct ThreadMatchState {
    pcre2_match_data* data = nullptr;
    pcre2_match_context* context = nullptr;
    pcre2_jit_stack* stack = nullptr;
    ThreadMatchState()
    {
        data = pcre2_match_data_create(1, nullptr);
        context = pcre2_match_context_create(nullptr);
        stack = pcre2_jit_stack_create(32 * 1024, 8 * 1024 * 1024, nullptr);
        if (context != nullptr && stack != nullptr)
            pcre2_jit_stack_assign(context, nullptr, stack);
    }
    ~ThreadMatchState()
    {
        pcre2_jit_stack_free(stack);
        pcre2_match_context_free(context);
        pcre2_match_data_free(data);
    }
};

ThreadMatchState& threadMatchState()
{
    thread_local ThreadMatchState state;
    if (state.data == nullptr || state.context == nullptr)
        throw TokenizerError("out of memory for PCRE2 match data");
    return state;
}

ByteLevelAlphabet makeByteLevelAlphabet()
{
    // bytes_to_unicode() from GPT-2's encoder.py: printable Latin-1 bytes stand for themselves,
    // the other 68 take the code points from U+0100 on, in byte order.
    ByteLevelAlphabet alphabet;
    alphabet.byteOf.fill(-1);
    int next = 256;
    for (int b = 0; b < 256; ++b) {
        const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        const int codePoint = printable ? b : next++;
        alphabet.byteOf[codePoint] = static_cast<int16_t>(b);
        if (codePoint < 0x80) {
            alphabet.utf8[b] = {static_cast<char>(codePoint), 0};
            alphabet.length[b] = 1;
        } else {
            alphabet.utf8[b] = {static_cast<char>(0xC0 | (codePoint >> 6)), static_cast<char>(0x80 | (codePoint & 0x3F))};
            alphabet.length[b] = 2;
        }
    }
    return alphabet;
}

} // namespace

HfRegex::HfRegex(const std::string& pattern, const fs::path& file, const std::string& jsonPath)
    : where_(file.string() + ": " + jsonPath)
{
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                     PCRE2_UTF | PCRE2_UCP, &error, &errorOffset, nullptr);
    if (code == nullptr)
        throw TokenizerError(where_ + " is not a pattern PCRE2 can compile: " + pcre2Message(error) + " at offset " +
                             std::to_string(errorOffset));
    code_ = code;
    // Without JIT (an unsupported CPU, or a hardened system refusing executable memory) the
    // interpreter gives the same matches, slower.
    jit_ = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
}

HfRegex::~HfRegex()
{
    pcre2_code_free(static_cast<pcre2_code*>(code_));
}

void* HfRegex::threadState()
{
    return &threadMatchState();
}

bool HfRegex::next(void* threadState, std::string_view subject, size_t offset, size_t& start, size_t& end) const
{
    ThreadMatchState& state = *static_cast<ThreadMatchState*>(threadState);
    auto* code = static_cast<pcre2_code*>(code_);
    const auto* text = reinterpret_cast<PCRE2_SPTR>(subject.data());
    // The text was checked as UTF-8 once per encode(); re-checking on every call would be
    // quadratic in the length of a line.
    const int rc = jit_ ? pcre2_jit_match(code, text, subject.size(), offset, 0, state.data, state.context)
                        : pcre2_match(code, text, subject.size(), offset, PCRE2_NO_UTF_CHECK, state.data, state.context);
    if (rc == PCRE2_ERROR_NOMATCH)
        return false;
    if (rc < 0)
        throw TokenizerError(where_ + ": PCRE2 could not match a text: " + pcre2Message(rc));
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(state.data);
    start = ovector[0];
    end = ovector[1];
    return true;
}

const ByteLevelAlphabet& byteLevelAlphabet()
{
    static const ByteLevelAlphabet alphabet = makeByteLevelAlphabet();
    return alphabet;
}

HfPreTokenizer::HfPreTokenizer(const std::vector<HfPreTokenizerStep>& steps, const fs::path& file)
{
    for (const HfPreTokenizerStep& spec : steps) {
        Step step{spec, nullptr};
        if (!spec.pattern.empty())
            step.regex = std::make_unique<HfRegex>(spec.pattern, file, spec.patternPath);
        if (spec.kind == HfPreTokenizerStep::Kind::ByteLevel)
            byteLevel_ = true;
        steps_.push_back(std::move(step));
    }
}

HfPreTokenizer::~HfPreTokenizer() = default;

void HfPreTokenizer::apply(const Step& step, std::string_view piece, HfPieces& out) const
{
    const auto emit = [&](std::string_view text) {
        if (text.empty())
            return;
        const auto offset = static_cast<uint32_t>(out.buffer.size());
        if (step.spec.kind == HfPreTokenizerStep::Kind::ByteLevel) {
            const ByteLevelAlphabet& alphabet = byteLevelAlphabet();
            for (const char c : text) {
                const auto b = static_cast<unsigned char>(c);
                out.buffer.append(alphabet.utf8[b].data(), alphabet.length[b]);
            }
        } else {
            out.buffer.append(text);
        }
        out.spans.emplace_back(offset, static_cast<uint32_t>(out.buffer.size() - offset));
    };

    std::string prefixed;
    if (step.spec.kind == HfPreTokenizerStep::Kind::ByteLevel && step.spec.addPrefixSpace && !piece.empty() &&
        piece.front() != ' ') {
        prefixed.reserve(piece.size() + 1);
        prefixed += ' ';
        prefixed += piece;
        piece = prefixed;
    }
    if (!step.regex) {
        emit(piece);
        return;
    }
    // Isolated: every match and every stretch between matches is a piece; Removed: the stretches only.
    size_t previous = 0;
    step.regex->forEachMatch(piece, [&](size_t start, size_t end) {
        if (start != previous)
            emit(piece.substr(previous, start - previous));
        if (!step.spec.removeMatches)
            emit(piece.substr(start, end - start));
        previous = end;
    });
    if (previous < piece.size())
        emit(piece.substr(previous));
}

void HfPreTokenizer::split(std::string_view text, HfPieces& out) const
{
    if (steps_.empty()) {
        const auto offset = static_cast<uint32_t>(out.buffer.size());
        out.buffer.append(text);
        if (!text.empty())
            out.spans.emplace_back(offset, static_cast<uint32_t>(text.size()));
        return;
    }
    if (steps_.size() == 1) {
        apply(steps_.front(), text, out);
        return;
    }
    // Steps after the first work on the previous step's pieces.
    thread_local HfPieces current;
    thread_local HfPieces following;
    current.clear();
    apply(steps_.front(), text, current);
    for (size_t s = 1; s < steps_.size(); ++s) {
        HfPieces& target = s + 1 == steps_.size() ? out : following;
        if (&target == &following)
            following.clear();
        for (size_t i = 0; i < current.spans.size(); ++i)
            apply(steps_[s], current.at(i), target);
        if (&target == &following)
            std::swap(current, following);
    }
}

} // namespace adaptlab::tokenize
