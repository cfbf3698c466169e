// fuzz_instruction: instruction records and chat templates. The input is read as one record
// (conversationFromRecord in each format: only adaptlab::Error, naming a field, is thrown) and, as
// input.jsonl, by readInstructions (only Error, naming the file; every problem carries its line).
// An accepted conversation is valid (checkConversation) and renders with every template through
// the GPT-2 style fixture tokenizer: ids and mask of one length, ids inside the vocabulary, the
// mask 0/1 with at least one trained token, the mask cut with the ids under maxTokens, and its
// prompt (without the last answer) is the example's untrained prefix.
#include "data/chat_template.h"
#include "data/instruction.h"
#include "fuzz_input_file.h"
#include "tokenize/hf_tokenizer.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

using namespace adaptlab;
using nlohmann::json;

namespace {

const tokenize::HfTokenizer& tokenizer()
{
    static std::unique_ptr<tokenize::HfTokenizer> gpt2 =
        tokenize::HfTokenizer::load(std::string(ADAPTLAB_SOURCE_DIR) + "/tests/fixtures/tokenizers/gpt2/tokenizer.json");
    return *gpt2;
}

void checkRendered(const data::Conversation& conversation)
{
    data::checkConversation(conversation); // throws: a reader accepted an invalid conversation
    data::Conversation prompt = conversation;
    prompt.messages.pop_back();
    for (const data::ChatTemplate t : data::allChatTemplates()) {
        const data::RenderedExample r = data::renderConversation(conversation, t, tokenizer());
        if (r.ids.size() != r.lossMask.size())
            fuzz::fail("ids and mask of different lengths");
        for (size_t i = 0; i < r.ids.size(); ++i) {
            if (r.ids[i] < 0 || r.ids[i] >= tokenizer().vocabSize())
                fuzz::fail("an id outside the vocabulary: " + std::to_string(r.ids[i]));
            if (r.lossMask[i] > 1)
                fuzz::fail("a mask value other than 0 and 1");
        }
        if (r.trainedTokens() < 1)
            fuzz::fail(std::string(data::chatTemplateName(t)) + ": nothing trained");
        data::RenderOptions cut;
        cut.maxTokens = 7;
        const data::RenderedExample c = data::renderConversation(conversation, t, tokenizer(), cut);
        if (c.ids.size() != std::min<size_t>(7, r.ids.size()) || c.lossMask.size() != c.ids.size() ||
            c.truncated != (r.ids.size() > 7) || !std::equal(c.ids.begin(), c.ids.end(), r.ids.begin()))
            fuzz::fail("maxTokens did not cut ids and mask together");
        data::renderPromptText(prompt, t);
        const std::vector<int32_t> p = data::renderPrompt(prompt, t, tokenizer());
        // The prompt is the example up to its first answer: never longer than the example.
        if (p.size() > r.ids.size())
            fuzz::fail(std::string(data::chatTemplateName(t)) + ": the prompt is longer than the example");
    }
    data::endOfTurnIds(data::ChatTemplate::ChatML, tokenizer());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const json record = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!record.is_discarded()) {
        for (const auto format : {data::InstructionFormat::Alpaca, data::InstructionFormat::Chat,
                                  data::InstructionFormat::ShareGpt}) {
            data::Conversation conversation;
            try {
                conversation = data::conversationFromRecord(record, format);
            } catch (const Error& error) {
                if (std::string(error.what()).find(": ") == std::string::npos)
                    fuzz::fail(std::string("an error that names no field: ") + error.what());
                continue;
            }
            checkRendered(conversation);
        }
    }
    static fuzz::FuzzInputFile file("input.jsonl");
    file.write(data, size);
    try {
        const data::InstructionReadResult r = data::readInstructions(file.path(), data::InstructionFormat::Chat);
        if (r.records != r.badRecords + static_cast<int64_t>(r.conversations.size()))
            fuzz::fail("records are not good + bad");
        for (const data::InstructionProblem& problem : r.problems) {
            if (problem.line < 1 || problem.message.rfind("line " + std::to_string(problem.line) + ": ", 0) != 0)
                fuzz::fail("a problem without its line: " + problem.message);
        }
        for (const data::Conversation& conversation : r.conversations)
            checkRendered(conversation);
    } catch (const Error& error) {
        if (std::string(error.what()).find(file.path().string()) == std::string::npos)
            fuzz::fail(std::string("a file error that does not name the file: ") + error.what());
    }
    return 0;
}
