#include "store/dataset_name.h"

#include "common/utf8.h"

#include <cstdint>

namespace adaptlab::store {

namespace {

// Length of the UTF-8 sequence starting at text[i] (1-4), or 0 when it is not valid UTF-8
// (common/utf8.h: overlong forms, surrogates and code points above U+10FFFF included), or is a C1
// control character (U+0080..U+009F), as invisible as the C0 ones.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const utf8::CodePoint c = utf8::decode(p + i, p + text.size());
    if (!c.valid() || (c.value >= 0x80 && c.value <= 0x9F))
        return 0;
    return static_cast<std::size_t>(c.length);
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
