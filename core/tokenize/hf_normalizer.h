// The NFC normalizer of a tokenizer.json (Qwen2 sets it), on ICU.
#pragma once

#include <string>
#include <string_view>

namespace adaptlab::tokenize {

// TEXT (valid UTF-8) in Unicode Normalization Form C. Text already in NFC (all ASCII text, most
// other text) is copied without a round trip through UTF-16.
std::string nfc(std::string_view text);

} // namespace adaptlab::tokenize
