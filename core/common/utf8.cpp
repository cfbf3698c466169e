#include "common/utf8.h"

#include <simdjson.h>

namespace adaptlab::utf8 {

bool isValid(std::string_view text)
{
    return simdjson::validate_utf8(text.data(), text.size());
}

} // namespace adaptlab::utf8
