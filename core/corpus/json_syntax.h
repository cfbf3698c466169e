// checkJsonSyntax: is a text one JSON value by the grammar of RFC 8259, without converting a thing?
// The corpus reader's second opinion on a record that simdjson refused for a value it cannot
// represent (an integer beyond 64 bits, a double beyond DBL_MAX, a lone \ud800 escape, nesting
// deeper than its limit): such a record is valid JSON, and only the fields that are used decide
// whether it is kept. Numbers of any size and every \u escape pass; nesting has no limit (an explicit
// stack, never recursion). UTF-8 is not checked here: the reader has checked it before.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::corpus {

struct JsonMember {
    std::string_view key;   // the key's string token as written, quotes included
    std::string_view value; // the value's text as written (no surrounding whitespace)
};

struct JsonSyntax {
    bool valid = false;
    std::string error;               // for a person: "at byte 17: expected ',' or '}'" (1-based)
    bool object = false;             // the value is an object
    std::vector<JsonMember> members; // with `object`: its members in order, duplicates included
};

// Checks `text` (whitespace around the value allowed). `result` is reused between calls.
void checkJsonSyntax(std::string_view text, JsonSyntax& result);

// `value` (valid JSON, as checkJsonSyntax accepted it) without whitespace outside strings.
std::string minifiedJson(std::string_view value);

} // namespace adaptlab::corpus
