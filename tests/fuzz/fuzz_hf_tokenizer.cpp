// fuzz_hf_tokenizer: tokenizer.json reading and encoding. An input whose first byte is even is a
// tokenizer.json (as <temp>/tokenizer.json): loading it either works or throws TokenizerError, never
// another exception; a tokenizer that loads encodes and decodes a fixed text and the input itself
// without failing. An odd first byte: the rest is text for the GPT-2 and Llama 3 style fixtures,
// whose byte-level BPE loses nothing: decode(encode(text)) is the text read as lossy UTF-8, and
// every id is inside the vocabulary.
#include "fuzz_input_file.h"
#include "tokenize/hf_tokenizer.h"

#include <memory>
#include <string>
#include <vector>

using namespace adaptlab;
using tokenize::HfTokenizer;

namespace {

const HfTokenizer& fixture(const char* name)
{
    static std::unique_ptr<HfTokenizer> gpt2 =
        HfTokenizer::load(std::string(ADAPTLAB_SOURCE_DIR) + "/tests/fixtures/tokenizers/gpt2/tokenizer.json");
    static std::unique_ptr<HfTokenizer> llama3 =
        HfTokenizer::load(std::string(ADAPTLAB_SOURCE_DIR) + "/tests/fixtures/tokenizers/llama3/tokenizer.json");
    return std::string(name) == "gpt2" ? *gpt2 : *llama3;
}

void checkIds(const HfTokenizer& tokenizer, const std::vector<int32_t>& ids)
{
    for (const int32_t id : ids)
        if (id < 0 || id >= tokenizer.vocabSize())
            fuzz::fail("an id outside the vocabulary: " + std::to_string(id));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    if ((data[0] & 1) != 0) {
        for (const char* name : {"gpt2", "llama3"}) {
            const HfTokenizer& tokenizer = fixture(name);
            const std::vector<int32_t> ids = tokenizer.encode(rest);
            checkIds(tokenizer, ids);
            if (tokenizer.decode(ids) != tokenize::lossyUtf8(rest))
                fuzz::fail(std::string(name) + ": decode(encode(text)) is not the text");
        }
        return 0;
    }
    static fuzz::FuzzInputFile file("tokenizer.json");
    file.write(rest.data(), rest.size());
    std::unique_ptr<HfTokenizer> tokenizer;
    try {
        tokenizer = HfTokenizer::load(file.path());
    } catch (const tokenize::TokenizerError& error) {
        if (std::string(error.what()).find(file.path().string()) == std::string::npos)
            fuzz::fail(std::string("an error that does not name the file: ") + error.what());
        return 0;
    }
    for (const std::string& text : {std::string("Hello world 123 <|endoftext|>"), rest.substr(0, 256)}) {
        try {
            const std::vector<int32_t> ids = tokenizer->encodeWithSpecial(text);
            checkIds(*tokenizer, ids);
            tokenizer->decode(ids);
        } catch (const tokenize::TokenizerError&) {
            // A named unk_token missing from the vocabulary is an error at encode time, as in the library.
        }
    }
    return 0;
}
