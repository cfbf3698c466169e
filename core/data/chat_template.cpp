// Chat templates (chat_template.h). A conversation is first laid out as segments: template text
// and message content (trained or not), and the BOS / EOS tokens the template writes as <s> / </s>.
// The same layout gives the text people are shown, the Jinja-free prompt text, and the ids with
// their loss mask, so the three cannot disagree.
#include "data/chat_template.h"

#include "common/error.h"
#include "tokenize/hf_json.h"
#include "tokenize/tokenizer.h"

#include <algorithm>
#include <fstream>

namespace adaptlab::data {

namespace fs = std::filesystem;

namespace {

struct Segment {
    enum class Kind {
        Text,
        Bos,    // the tokenizer's BOS id ("<s>" in the text form)
        Eos,    // the tokenizer's EOS id ("</s>")
        ImEnd,  // ChatML's <|im_end|>: its one id, else its text followed by EOS
    };
    Kind kind = Kind::Text;
    std::string text;
    bool trained = false;
};

constexpr const char* kImStart = "<|im_start|>";
constexpr const char* kImEnd = "<|im_end|>";
constexpr const char* kAlpacaPreamble =
    "Below is an instruction that describes a task. Write a response that appropriately completes the request.";
constexpr const char* kAlpacaPreambleInput =
    "Below is an instruction that describes a task, paired with an input that provides further context. "
    "Write a response that appropriately completes the request.";

class Layout {
public:
    void text(std::string text, bool trained = false)
    {
        if (!text.empty())
            segments.push_back({Segment::Kind::Text, std::move(text), trained});
    }
    void token(Segment::Kind kind, bool trained = false) { segments.push_back({kind, {}, trained}); }

    std::vector<Segment> segments;
};

std::string strip(const std::string& text)
{
    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const size_t last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// The instruction of an Alpaca user message: its content without the "\n\n<input>" the reader
// appended (instruction.h).
std::string alpacaInstruction(const Message& message)
{
    const std::string suffix = "\n\n" + message.alpacaInput;
    if (!message.alpacaInput.empty() && message.content.size() >= suffix.size() &&
        message.content.compare(message.content.size() - suffix.size(), suffix.size(), suffix) == 0)
        return message.content.substr(0, message.content.size() - suffix.size());
    return message.content;
}

// Lays out CONVERSATION (checked by the caller). With PROMPT it ends with a user message and the
// template's start of an assistant turn follows it.
Layout layout(const Conversation& conversation, ChatTemplate chatTemplate, bool prompt)
{
    const auto& messages = conversation.messages;
    const bool hasSystem = messages.front().role == Role::System;
    const std::string system = hasSystem ? messages.front().content : std::string();
    const size_t first = hasSystem ? 1 : 0;
    Layout out;
    switch (chatTemplate) {
    case ChatTemplate::ChatML:
        // <|im_start|>{role}\n{content}<|im_end|>\n per message (Qwen2, SmolLM2 without their default system).
        if (hasSystem)
            out.text(std::string(kImStart) + "system\n" + system + kImEnd + "\n");
        for (size_t i = first; i < messages.size(); ++i) {
            if (messages[i].role == Role::User) {
                out.text(std::string(kImStart) + "user\n" + messages[i].content + kImEnd + "\n" + kImStart + "assistant\n");
            } else {
                out.text(messages[i].content, true);
                out.token(Segment::Kind::ImEnd, true);
                out.text("\n");
            }
        }
        break;
    case ChatTemplate::Llama2:
        // Meta's and HF's Llama-2-chat: <s>[INST] <<SYS>>\n{system}\n<</SYS>>\n\n{user} [/INST] {answer} </s>
        // per turn; the first <s> is the BOS that RenderOptions decides.
        for (size_t i = first; i < messages.size(); ++i) {
            if (messages[i].role == Role::User) {
                if (i > first)
                    out.token(Segment::Kind::Bos);
                std::string content = strip(messages[i].content);
                if (i == first && hasSystem)
                    content = "<<SYS>>\n" + system + "\n<</SYS>>\n\n" + content;
                out.text("[INST] " + content + " [/INST]");
            } else {
                out.text(" " + strip(messages[i].content) + " ", true);
                out.token(Segment::Kind::Eos, true);
            }
        }
        break;
    case ChatTemplate::Zephyr:
        // HuggingFaceH4/zephyr-7b-beta: <|{role}|>\n{content}</s>\n per message.
        if (hasSystem) {
            out.text("<|system|>\n" + system);
            out.token(Segment::Kind::Eos);
            out.text("\n");
        }
        for (size_t i = first; i < messages.size(); ++i) {
            if (messages[i].role == Role::User) {
                out.text("<|user|>\n" + messages[i].content);
                out.token(Segment::Kind::Eos);
                out.text("\n<|assistant|>\n");
            } else {
                out.text(messages[i].content, true);
                out.token(Segment::Kind::Eos, true);
                out.text("\n");
            }
        }
        break;
    case ChatTemplate::Alpaca: {
        // Stanford Alpaca's prompt; a system message takes the place of its opening sentence, and
        // further turns follow as more instruction/response blocks.
        const bool firstHasInput = first < messages.size() && !messages[first].alpacaInput.empty();
        out.text(hasSystem ? system : std::string(firstHasInput ? kAlpacaPreambleInput : kAlpacaPreamble));
        for (size_t i = first; i < messages.size(); ++i) {
            if (messages[i].role == Role::User) {
                std::string block = "\n\n### Instruction:\n" + alpacaInstruction(messages[i]);
                if (!messages[i].alpacaInput.empty())
                    block += "\n\n### Input:\n" + messages[i].alpacaInput;
                out.text(block + "\n\n### Response:\n");
            } else {
                out.text(messages[i].content, true);
                out.token(Segment::Kind::Eos, true);
            }
        }
        break;
    }
    }
    (void)prompt; // a prompt is the same layout: every template's user turn ends with the assistant scaffold
    return out;
}

std::string segmentText(const Segment& segment)
{
    switch (segment.kind) {
    case Segment::Kind::Text:
        return segment.text;
    case Segment::Kind::Bos:
        return "<s>";
    case Segment::Kind::Eos:
        return "</s>";
    case Segment::Kind::ImEnd:
        return kImEnd;
    }
    return {};
}

bool templateWritesBos(ChatTemplate chatTemplate)
{
    // ChatML (Qwen2, SmolLM2) writes no BOS; the others start with <s> (Llama-2 in its template,
    // Zephyr and Alpaca through the Llama tokenizer's add_bos_token).
    return chatTemplate != ChatTemplate::ChatML;
}

// Encodes the segments. SentencePiece puts its dummy-prefix "▁" in front of every text it encodes;
// a text in the middle of a conversation gets it too, so there it is taken back: a leading space
// becomes the prefix (" {answer}" -> "▁answer"), and a text that starts with no space loses a lone
// "▁" piece or the "▁" of its first piece where the vocabulary has that piece without it.
class Encoder {
public:
    Encoder(const tokenize::Tokenizer& tokenizer, ChatTemplate chatTemplate)
        : tokenizer_(tokenizer), chatTemplate_(chatTemplate), special_(tokenizer.specialIds())
    {
        if (tokenizer.kind() == tokenize::TokenizerKind::SentencePiece) {
            const std::vector<std::string> pieces = tokenizer.encodePieces("a");
            dummyPrefix_ = !pieces.empty() && pieces.front().rfind(kSpace, 0) == 0;
        }
        const std::vector<int32_t> imEnd = tokenizer.encode(kImEnd);
        if (imEnd.size() == 1)
            imEndId_ = imEnd.front();
    }

    void run(const std::vector<Segment>& segments, bool addBos, RenderedExample& out) const
    {
        for (size_t i = 0; i < segments.size();) {
            const Segment& segment = segments[i];
            if (segment.kind != Segment::Kind::Text) {
                token(segment, out);
                ++i;
                continue;
            }
            // Neighbouring texts of one kind are encoded together, as the whole text would be.
            std::string text;
            for (; i < segments.size() && segments[i].kind == Segment::Kind::Text && segments[i].trained == segment.trained; ++i)
                text += segments[i].text;
            // A text at the start or after a BOS starts a sequence: there SentencePiece's prefix is
            // what Meta's Llama-2 code gets too, as it encodes each turn on its own.
            const bool inside = !out.ids.empty() && out.ids.back() != special_.bos;
            append(encodeText(text, inside), segment.trained, out);
        }
        if (addBos && templateWritesBos(chatTemplate_) && special_.bos >= 0 &&
            (out.ids.empty() || out.ids.front() != special_.bos)) {
            out.ids.insert(out.ids.begin(), special_.bos);
            out.lossMask.insert(out.lossMask.begin(), 0);
        }
    }

private:
    static constexpr const char* kSpace = "\xE2\x96\x81"; // ▁

    void token(const Segment& segment, RenderedExample& out) const
    {
        switch (segment.kind) {
        case Segment::Kind::Bos:
            if (special_.bos >= 0)
                append({special_.bos}, segment.trained, out);
            return;
        case Segment::Kind::Eos:
            // A tokenizer without an EOS id gets the template's text for it, as the Jinja
            // (eos_token = "</s>") would write it; endOfTurnIds then has nothing to stop at.
            if (special_.eos >= 0)
                append({special_.eos}, segment.trained, out);
            else
                append(encodeText("</s>", !out.ids.empty()), segment.trained, out);
            return;
        case Segment::Kind::ImEnd:
            if (imEndId_ >= 0) {
                append({imEndId_}, segment.trained, out);
            } else {
                // No <|im_end|> token: its text, and EOS so that generation has an id to stop at.
                append(encodeText(kImEnd, true), segment.trained, out);
                if (special_.eos >= 0)
                    append({special_.eos}, segment.trained, out);
            }
            return;
        case Segment::Kind::Text:
            return;
        }
    }

    std::vector<int32_t> encodeText(const std::string& text, bool inside) const
    {
        if (!dummyPrefix_ || !inside)
            return tokenizer_.encode(text);
        if (!text.empty() && text.front() == ' ')
            return tokenizer_.encode(std::string_view(text).substr(1));
        std::vector<int32_t> ids = tokenizer_.encode(text);
        if (ids.empty())
            return ids;
        const std::string piece = tokenizer_.idToPiece(ids.front());
        if (piece == kSpace) {
            ids.erase(ids.begin());
        } else if (piece.rfind(kSpace, 0) == 0) {
            if (const int32_t bare = tokenizer_.pieceToId(std::string_view(piece).substr(3)); bare >= 0)
                ids.front() = bare;
        }
        return ids;
    }

    static void append(const std::vector<int32_t>& ids, bool trained, RenderedExample& out)
    {
        out.ids.insert(out.ids.end(), ids.begin(), ids.end());
        out.lossMask.insert(out.lossMask.end(), ids.size(), trained ? 1 : 0);
    }

    const tokenize::Tokenizer& tokenizer_;
    ChatTemplate chatTemplate_;
    tokenize::SpecialIds special_;
    bool dummyPrefix_ = false;
    int32_t imEndId_ = -1;
};

void checkForTemplate(const Conversation& conversation, ChatTemplate chatTemplate, ConversationShape shape)
{
    checkConversation(conversation, shape);
    // Llama-2 strips messages; a message of spaces would vanish and leave an empty turn.
    if (chatTemplate == ChatTemplate::Llama2) {
        for (size_t i = 0; i < conversation.messages.size(); ++i) {
            if (conversation.messages[i].role != Role::System && strip(conversation.messages[i].content).empty())
                throw Error("messages[" + std::to_string(i) + "].content: is only white space");
        }
    }
}

// Jinja compared on its structure: without white space (outside and inside literals: Zephyr's
// newlines between tags, "\n" written as an escape or as a newline), whitespace-control dashes and
// the kind of quotes.
std::string normalizedJinja(std::string_view jinja)
{
    std::string out;
    out.reserve(jinja.size());
    for (size_t i = 0; i < jinja.size(); ++i) {
        const char c = jinja[i];
        if (c == '\\' && i + 1 < jinja.size() && (jinja[i + 1] == 'n' || jinja[i + 1] == 't')) {
            ++i;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            continue;
        out.push_back(c == '"' ? '\'' : c);
    }
    for (const char* dash : {"{%-", "{{-"}) {
        for (size_t at; (at = out.find(dash)) != std::string::npos;)
            out.erase(at + 2, 1);
    }
    for (const char* dash : {"-%}", "-}}"}) {
        for (size_t at; (at = out.find(dash)) != std::string::npos;)
            out.erase(at, 1);
    }
    return out;
}

struct KnownTemplate {
    ChatTemplate chatTemplate;
    const char* jinja;
};

// The chat_template of tokenizer_config.json as these models ship it (tests/fixtures/instruction/
// holds the files), and the Jinja of chatTemplateJinja().
const KnownTemplate kKnownTemplates[] = {
    // Qwen/Qwen2-0.5B-Instruct (and the other Qwen2 sizes)
    {ChatTemplate::ChatML,
     "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\n"
     "You are a helpful assistant.<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + "
     "message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}"
     "{% endif %}"},
    // HuggingFaceTB/SmolLM2-*-Instruct
    {ChatTemplate::ChatML,
     "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\n"
     "You are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + "
     "message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}"
     "{{ '<|im_start|>assistant\n' }}{% endif %}"},
    // HuggingFaceTB/SmolLM-*-Instruct, and plain ChatML as chatTemplateJinja writes it
    {ChatTemplate::ChatML,
     "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + "
     "'\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"},
    // meta-llama/Llama-2-7b-chat-hf (and 13b, 70b)
    {ChatTemplate::Llama2,
     "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{% set system_message = "
     "messages[0]['content'] %}{% else %}{% set loop_messages = messages %}{% set system_message = false %}{% endif %}"
     "{% for message in loop_messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
     "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
     "{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + system_message + "
     "'\\n<</SYS>>\\n\\n' + message['content'] %}{% else %}{% set content = message['content'] %}{% endif %}"
     "{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}"
     "{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}"},
    // HuggingFaceH4/zephyr-7b-beta (and TinyLlama-1.1B-Chat)
    {ChatTemplate::Zephyr,
     "{% for message in messages %}\n{% if message['role'] == 'user' %}\n{{ '<|user|>\n' + message['content'] + "
     "eos_token }}\n{% elif message['role'] == 'system' %}\n{{ '<|system|>\n' + message['content'] + eos_token }}\n"
     "{% elif message['role'] == 'assistant' %}\n{{ '<|assistant|>\n'  + message['content'] + eos_token }}\n"
     "{% endif %}\n{% if loop.last and add_generation_prompt %}\n{{ '<|assistant|>' }}\n{% endif %}\n{% endfor %}"},
    // Alpaca as chatTemplateJinja writes it (no model ships Alpaca as its chat_template)
    {ChatTemplate::Alpaca, nullptr},
};

} // namespace

std::optional<ChatTemplate> parseChatTemplate(std::string_view name)
{
    for (const ChatTemplate t : allChatTemplates()) {
        if (name == chatTemplateName(t))
            return t;
    }
    return std::nullopt;
}

const char* chatTemplateName(ChatTemplate chatTemplate)
{
    switch (chatTemplate) {
    case ChatTemplate::ChatML:
        return "chatml";
    case ChatTemplate::Llama2:
        return "llama2";
    case ChatTemplate::Zephyr:
        return "zephyr";
    case ChatTemplate::Alpaca:
        return "alpaca";
    }
    return "chatml";
}

std::vector<ChatTemplate> allChatTemplates()
{
    return {ChatTemplate::ChatML, ChatTemplate::Llama2, ChatTemplate::Zephyr, ChatTemplate::Alpaca};
}

std::string chatTemplateDescription(ChatTemplate chatTemplate)
{
    Conversation example;
    example.messages = {{Role::System, "{system}", {}},
                        {Role::User, "{user}", {}},
                        {Role::Assistant, "{assistant}", {}},
                        {Role::User, "{user}", {}},
                        {Role::Assistant, "{assistant}", {}}};
    std::string out;
    switch (chatTemplate) {
    case ChatTemplate::ChatML:
        out = "ChatML (Qwen2, SmolLM2 and many others): each message between <|im_start|>{role} and <|im_end|>.";
        break;
    case ChatTemplate::Llama2:
        out = "Llama-2-chat: each user turn in [INST] ... [/INST], the system prompt inside the first one.";
        break;
    case ChatTemplate::Zephyr:
        out = "Zephyr (zephyr-7b-beta, TinyLlama-Chat): <|system|>, <|user|>, <|assistant|>, each message ended by </s>.";
        break;
    case ChatTemplate::Alpaca:
        out = "Alpaca (Stanford): an instruction and a response block; a system message replaces the opening sentence.";
        break;
    }
    out += " <s> and </s> stand for the tokenizer's BOS and EOS; the trained tokens are between [[ and ]].\n\n";
    if (templateWritesBos(chatTemplate))
        out += "<s>";
    for (const Segment& segment : layout(example, chatTemplate, false).segments) {
        if (segment.trained)
            out += "[[" + segmentText(segment) + "]]";
        else
            out += segmentText(segment);
    }
    // Adjacent trained segments read as one span.
    for (size_t at; (at = out.find("]][[")) != std::string::npos;)
        out.erase(at, 4);
    return out;
}

std::string chatTemplateJinja(ChatTemplate chatTemplate)
{
    switch (chatTemplate) {
    case ChatTemplate::ChatML:
        return kKnownTemplates[2].jinja;
    case ChatTemplate::Llama2:
        return kKnownTemplates[3].jinja;
    case ChatTemplate::Zephyr:
        return kKnownTemplates[4].jinja;
    case ChatTemplate::Alpaca:
        return "{% if messages[0]['role'] == 'system' %}{{ bos_token + messages[0]['content'] }}{% set loop_messages = "
               "messages[1:] %}{% else %}{{ bos_token + 'Below is an instruction that describes a task. Write a response "
               "that appropriately completes the request.' }}{% set loop_messages = messages %}{% endif %}"
               "{% for message in loop_messages %}{% if message['role'] == 'user' %}{{ '\\n\\n### Instruction:\\n' + "
               "message['content'] + '\\n\\n### Response:\\n' }}{% elif message['role'] == 'assistant' %}"
               "{{ message['content'] + eos_token }}{% endif %}{% endfor %}";
    }
    return {};
}

std::optional<ChatTemplate> recognizeChatTemplate(std::string_view jinja)
{
    if (jinja.empty())
        return std::nullopt;
    const std::string normalized = normalizedJinja(jinja);
    for (const KnownTemplate& known : kKnownTemplates) {
        const std::string text = known.jinja != nullptr ? known.jinja : chatTemplateJinja(known.chatTemplate);
        if (normalizedJinja(text) == normalized)
            return known.chatTemplate;
    }
    return std::nullopt;
}

std::string readChatTemplate(const fs::path& folderOrTokenizer)
{
    std::error_code ec;
    const fs::path folder = fs::is_directory(folderOrTokenizer, ec) ? folderOrTokenizer : folderOrTokenizer.parent_path();
    const fs::path config = folder / "tokenizer_config.json";
    if (!fs::is_regular_file(config, ec))
        return {};
    return tokenize::readHfTokenizerConfig(config).chatTemplate;
}

int64_t RenderedExample::trainedTokens() const
{
    return std::count(lossMask.begin(), lossMask.end(), uint8_t{1});
}

RenderedExample renderConversation(const Conversation& conversation, ChatTemplate chatTemplate,
                                   const tokenize::Tokenizer& tokenizer, const RenderOptions& options)
{
    checkForTemplate(conversation, chatTemplate, ConversationShape::Training);
    RenderedExample out;
    Encoder(tokenizer, chatTemplate).run(layout(conversation, chatTemplate, false).segments, options.addBos, out);
    if (options.maxTokens > 0 && static_cast<int64_t>(out.ids.size()) > options.maxTokens) {
        out.ids.resize(static_cast<size_t>(options.maxTokens));
        out.lossMask.resize(static_cast<size_t>(options.maxTokens));
        out.truncated = true;
    }
    return out;
}

std::vector<int32_t> renderPrompt(const Conversation& conversation, ChatTemplate chatTemplate,
                                  const tokenize::Tokenizer& tokenizer, const RenderOptions& options)
{
    checkForTemplate(conversation, chatTemplate, ConversationShape::Prompt);
    RenderedExample out;
    Encoder(tokenizer, chatTemplate).run(layout(conversation, chatTemplate, true).segments, options.addBos, out);
    // A prompt keeps its end (where generation continues) when it must be cut.
    if (options.maxTokens > 0 && static_cast<int64_t>(out.ids.size()) > options.maxTokens)
        out.ids.erase(out.ids.begin(), out.ids.end() - options.maxTokens);
    return out.ids;
}

std::string renderPromptText(const Conversation& conversation, ChatTemplate chatTemplate)
{
    checkForTemplate(conversation, chatTemplate, ConversationShape::Prompt);
    std::string out = templateWritesBos(chatTemplate) ? "<s>" : "";
    for (const Segment& segment : layout(conversation, chatTemplate, true).segments)
        out += segmentText(segment);
    return out;
}

std::vector<int32_t> endOfTurnIds(ChatTemplate chatTemplate, const tokenize::Tokenizer& tokenizer)
{
    const int32_t eos = tokenizer.specialIds().eos;
    std::vector<int32_t> ids;
    if (chatTemplate == ChatTemplate::ChatML) {
        if (const std::vector<int32_t> imEnd = tokenizer.encode(kImEnd); imEnd.size() == 1)
            ids.push_back(imEnd.front());
    }
    if (ids.empty() && eos >= 0)
        ids.push_back(eos);
    return ids;
}

} // namespace adaptlab::data
