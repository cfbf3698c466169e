// NFC through ICU's normalizer2: UTF-8 to UTF-16 and back only when a quick check says the text
// may change.
#include "tokenize/hf_normalizer.h"

#include "tokenize/tokenizer.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <vector>

namespace adaptlab::tokenize {

namespace {

[[noreturn]] void fail(const char* operation, UErrorCode status)
{
    throw TokenizerError(std::string("NFC normalization: ") + operation + " failed: " + u_errorName(status));
}

} // namespace

std::string nfc(std::string_view text)
{
    bool ascii = true;
    for (const char c : text)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return std::string(text);

    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* normalizer = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status))
        fail("unorm2_getNFCInstance", status);

    thread_local std::vector<UChar> utf16;
    thread_local std::vector<UChar> normalized;
    int32_t length = 0;
    utf16.resize(text.size() + 1);
    u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &length, text.data(),
                  static_cast<int32_t>(text.size()), &status);
    if (U_FAILURE(status))
        fail("u_strFromUTF8", status);
    if (unorm2_quickCheck(normalizer, utf16.data(), length, &status) == UNORM_YES && U_SUCCESS(status))
        return std::string(text);
    status = U_ZERO_ERROR;
    // NFC can grow a text (a few compatibility decompositions do), so ask for the size first.
    normalized.resize(static_cast<size_t>(length) * 3 + 16);
    int32_t written = unorm2_normalize(normalizer, utf16.data(), length, normalized.data(),
                                       static_cast<int32_t>(normalized.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        normalized.resize(static_cast<size_t>(written) + 1);
        written = unorm2_normalize(normalizer, utf16.data(), length, normalized.data(),
                                   static_cast<int32_t>(normalized.size()), &status);
    }
    if (U_FAILURE(status))
        fail("unorm2_normalize", status);
    std::string out(static_cast<size_t>(written) * 3, '\0');
    int32_t outLength = 0;
    u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &outLength, normalized.data(), written, &status);
    if (U_FAILURE(status))
        fail("u_strToUTF8", status);
    out.resize(static_cast<size_t>(outLength));
    return out;
}

} // namespace adaptlab::tokenize
