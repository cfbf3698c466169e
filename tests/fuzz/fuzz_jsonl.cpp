// fuzz_jsonl: the JSON Lines reader on uncompressed input (input.jsonl), with the reader checks of
// fuzz_corpus_reader.h, and a differential check of the record syntax check against simdjson: for
// every line simdjson accepts, checkJsonSyntax must accept it too (and find the same members), and
// every line checkJsonSyntax refuses, simdjson must refuse as well; the two may differ only where
// simdjson cannot represent a value (a number, a string escape, nesting depth).
#include "corpus/json_syntax.h"
#include "fuzz_corpus_reader.h"

#include <simdjson.h>

#include <string_view>

using namespace adaptlab;

namespace {

void checkSyntaxAgainstSimdjson(std::string_view input)
{
    static simdjson::dom::parser parser;
    static corpus::JsonSyntax syntax;
    size_t start = 0;
    while (start <= input.size()) {
        size_t end = input.find('\n', start);
        if (end == std::string_view::npos)
            end = input.size();
        std::string_view line = input.substr(start, end - start);
        start = end + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!simdjson::validate_utf8(line.data(), line.size()))
            continue; // the reader reports invalid_utf8 before any JSON check
        const simdjson::padded_string padded(line);
        simdjson::dom::element root;
        const simdjson::error_code error = parser.parse(padded).get(root);
        corpus::checkJsonSyntax(line, syntax);
        if (error == simdjson::SUCCESS) {
            if (!syntax.valid)
                fuzz::fail("simdjson accepts a line that checkJsonSyntax refuses: " + syntax.error);
            simdjson::dom::object object;
            if (root.get_object().get(object) == simdjson::SUCCESS) {
                if (!syntax.object || syntax.members.size() != object.size())
                    fuzz::fail("checkJsonSyntax finds other members than simdjson");
            } else if (syntax.object) {
                fuzz::fail("checkJsonSyntax calls a non-object an object");
            }
        } else if (syntax.valid && error != simdjson::NUMBER_ERROR && error != simdjson::STRING_ERROR
                   && error != simdjson::DEPTH_ERROR) {
            fuzz::fail(std::string("checkJsonSyntax accepts a line simdjson refuses: ") + simdjson::error_message(error));
        }
        if (end == input.size())
            break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static fuzz::FuzzInputFile file("input.jsonl");
    file.write(data, size);
    fuzz::checkCorpusFile(file.path(), fuzz::optionsFor(size));
    checkSyntaxAgainstSimdjson(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
