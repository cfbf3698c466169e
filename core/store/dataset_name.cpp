#include "store/dataset_name.h"

#include <cstdint>

namespace adaptlab::store {

namespace {

// Length of the UTF-8 sequence starting at text[i] (1-4), or 0 when it is not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    uint32_t codePoint = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (byte(i + k) & 0x3F);
    }
    static constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < kSmallest[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    // C1 control characters (U+0080..U+009F) are as invisible as C0 ones.
    if (codePoint >= 0x80 && codePoint <= 0x9F)
        return 0;
    return length;
}

} // namespace

std::optional<std::string> datasetNameProblem(std::string_view name)
{
    if (name.empty())
        return std::string("a dataset needs a name");
    if (name.size() > kMaxDatasetNameBytes)
        return "a dataset name can be at most " + std::to_string(kMaxDatasetNameBytes) + " bytes long";
    if (name.front() == '.')
        return std::string("a dataset name cannot start with '.'");
    if (name.front() == '-')
        return std::string("a dataset name cannot start with '-'");
    if (name.front() == ' ' || name.back() == ' ')
        return std::string("a dataset name cannot start or end with a space");
    for (std::size_t i = 0; i < name.size();) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c < 0x20 || c == 0x7F)
            return std::string("a dataset name cannot hold control characters (such as a line break or NUL)");
        if (c == '/' || c == '\\')
            return std::string("a dataset name cannot hold '/' or '\\' (it names a file in the project's "
                               "datasets folder)");
        const std::size_t length = utf8SequenceLength(name, i);
        if (length == 0)
            return std::string("a dataset name must be valid UTF-8 text without control characters");
        i += length;
    }
    return std::nullopt;
}

} // namespace adaptlab::store
