// Chat templates: how a conversation becomes the token ids a model is trained on, with the loss
// mask saying which tokens are trained (1) and which are context (0). Built in: ChatML, Llama-2,
// Zephyr and Alpaca, each with a text form users are shown. A base model's own chat_template (the
// Jinja text in its tokenizer_config.json) is recognised when it is one of these.
//
// Rendering: the conversation is cut into pieces of template text and message content; each piece
// is encoded on its own with Tokenizer::encode (so a special token written in the template, such
// as <|im_start|>, becomes its single id where the tokenizer has it as an added token) and the ids
// are concatenated; BOS (when the tokenizer has one and the template asks for it) comes first.
// Trained (mask 1): every assistant message's content and the end-of-turn that closes it (ChatML's
// <|im_end|> and the newline after it is NOT trained, only <|im_end|>; Llama-2 / Zephyr / Alpaca:
// the tokenizer's EOS id). Not trained: BOS, system and user turns, the scaffolding before an
// answer ("<|im_start|>assistant\n", "[/INST]", "<|assistant|>\n", "### Response:\n").
// Multi-turn conversations train on every assistant turn. Torch-free.
//
// INTERFACE FIXED FOR ISSUE 11 (owner: the "data" part). Change only by adding.
#pragma once

#include "data/instruction.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::tokenize {
class Tokenizer;
}

namespace adaptlab::data {

enum class ChatTemplate { ChatML, Llama2, Zephyr, Alpaca };

// "chatml" | "llama2" | "zephyr" | "alpaca" (the CLI's --template values); nullopt otherwise.
std::optional<ChatTemplate> parseChatTemplate(std::string_view name);
const char* chatTemplateName(ChatTemplate chatTemplate);
std::vector<ChatTemplate> allChatTemplates();

// The template as text for people (a worked example with {system}, {user}, {assistant} slots and
// the trained part marked), and as the Jinja text a tokenizer_config.json carries for it.
std::string chatTemplateDescription(ChatTemplate chatTemplate);
std::string chatTemplateJinja(ChatTemplate chatTemplate);

// Which built-in template a tokenizer_config.json chat_template is (compared on its structure,
// whitespace and quoting differences ignored: the Jinja of ChatML as Qwen2/SmolLM ship it, of
// Llama-2-chat, of Zephyr); nullopt when it is none of them (the user then picks one).
std::optional<ChatTemplate> recognizeChatTemplate(std::string_view jinja);

// The chat_template of the tokenizer_config.json in FOLDER (a model folder) or beside FILE (a
// tokenizer file); empty when there is none. Throws Error naming the file when it is not JSON.
std::string readChatTemplate(const std::filesystem::path& folderOrTokenizer);

struct RenderOptions {
    bool addBos = true;          // the tokenizer's BOS first, when it has one
    int64_t maxTokens = 0;       // 0 = no limit; else cut to this many ids (the mask cut with them)
};

struct RenderedExample {
    std::vector<int32_t> ids;
    std::vector<uint8_t> lossMask; // same length; 1 = the token is trained on
    bool truncated = false;        // cut by maxTokens
    int64_t trainedTokens() const; // ones in lossMask
};

// The conversation through the template. Throws Error when the conversation is not valid (see
// Conversation) or when the template cannot carry it (Alpaca: one system message at most, user and
// assistant alternating are rendered as consecutive instruction/response blocks).
RenderedExample renderConversation(const Conversation& conversation, ChatTemplate chatTemplate,
                                   const tokenize::Tokenizer& tokenizer, const RenderOptions& options = {});

// The prompt for generation: the conversation so far (ending with a user message) followed by the
// template's start of an assistant turn, as ids (BOS per options) and as text.
std::vector<int32_t> renderPrompt(const Conversation& conversation, ChatTemplate chatTemplate,
                                  const tokenize::Tokenizer& tokenizer, const RenderOptions& options = {});
std::string renderPromptText(const Conversation& conversation, ChatTemplate chatTemplate);

// The ids that end an assistant turn under the template (ChatML: <|im_end|> when the tokenizer has
// it as one id, else EOS; others: EOS): generation stops at them.
std::vector<int32_t> endOfTurnIds(ChatTemplate chatTemplate, const tokenize::Tokenizer& tokenizer);

} // namespace adaptlab::data
