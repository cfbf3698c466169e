// Instruction data readers (instruction.h). Records are parsed with nlohmann::json: SFT sets are
// thousands of records, not the billions of bytes the corpus readers stream through simdjson, and
// conversationFromRecord takes parsed JSON anyway. Lines come from corpus::LineStream, which
// decompresses zstd and gzip and turns a truncated stream into an early end we can report.
#include "data/instruction.h"

#include "common/error.h"
#include "corpus/line_stream.h"

#include <algorithm>
#include <array>

namespace adaptlab::data {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxProblems = 100;
// A record longer than this is not an instruction example; the stream skips it without holding it.
constexpr int64_t kMaxRecordBytes = int64_t{64} << 20;

std::string jsonQuoted(std::string_view text)
{
    return json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
}

[[noreturn]] void fieldError(const std::string& path, const std::string& message)
{
    throw Error(path + ": " + message);
}

std::string typeName(const json& value)
{
    return value.type_name(); // "null", "number", "array", ...
}

// The string at KEY of OBJECT; nullopt when absent (or null and OPTIONAL).
std::optional<std::string> stringField(const json& object, const std::string& key, const std::string& path,
                                       bool optional)
{
    const auto it = object.find(key);
    if (it == object.end() || (optional && it->is_null())) {
        if (optional)
            return std::nullopt;
        fieldError(path, "is missing");
    }
    if (!it->is_string())
        fieldError(path, "must be a string, not " + typeName(*it));
    return it->get<std::string>();
}

std::string requiredText(const json& object, const std::string& key, const std::string& path)
{
    std::string text = *stringField(object, key, path, false);
    if (text.empty())
        fieldError(path, "is empty");
    return text;
}

std::optional<Role> roleFromName(std::string_view name, InstructionFormat format)
{
    if (name == "system")
        return Role::System;
    if (name == "user" || (format == InstructionFormat::ShareGpt && name == "human"))
        return Role::User;
    if (name == "assistant" || (format == InstructionFormat::ShareGpt && name == "gpt"))
        return Role::Assistant;
    return std::nullopt;
}

Conversation fromAlpaca(const json& record, const InstructionFields& f)
{
    Conversation c;
    if (const auto system = stringField(record, f.system, f.system, true); system && !system->empty())
        c.messages.push_back({Role::System, *system, {}});
    Message user{Role::User, requiredText(record, f.instruction, f.instruction), {}};
    if (const auto input = stringField(record, f.input, f.input, true); input && !input->empty()) {
        user.content += "\n\n" + *input;
        user.alpacaInput = *input;
    }
    c.messages.push_back(std::move(user));
    c.messages.push_back({Role::Assistant, requiredText(record, f.output, f.output), {}});
    return c;
}

// Chat and ShareGPT: a list of {role, content} under other names.
Conversation fromTurns(const json& record, InstructionFormat format, const std::string& listKey,
                       const std::string& roleKey, const std::string& contentKey)
{
    const auto list = record.find(listKey);
    if (list == record.end())
        fieldError(listKey, "is missing");
    if (!list->is_array())
        fieldError(listKey, "must be an array, not " + typeName(*list));
    if (list->empty())
        fieldError(listKey, "is empty");
    Conversation c;
    size_t dropped = 0;
    for (size_t i = 0; i < list->size(); ++i) {
        const std::string path = listKey + "[" + std::to_string(i) + "]";
        const json& turn = (*list)[i];
        if (!turn.is_object())
            fieldError(path, "must be an object, not " + typeName(turn));
        const std::string roleText = *stringField(turn, roleKey, path + "." + roleKey, false);
        const std::optional<Role> role = roleFromName(roleText, format);
        if (!role)
            fieldError(path + "." + roleKey, "unknown role " + jsonQuoted(roleText));
        Message message{*role, *stringField(turn, contentKey, path + "." + contentKey, false), {}};
        // An empty system prompt first is no system prompt (datasets write "" where there is none).
        if (i == 0 && message.role == Role::System && message.content.empty()) {
            dropped = 1;
            continue;
        }
        if (message.role != Role::System && message.content.empty())
            fieldError(path + "." + contentKey, "is empty");
        c.messages.push_back(std::move(message));
    }
    try {
        checkConversation(c);
    } catch (const Error& error) {
        // checkConversation says "messages[K]"; name the record's own list and element.
        std::string message = error.what();
        if (message.rfind("messages[", 0) == 0) {
            const size_t close = message.find(']');
            const size_t k = std::stoul(message.substr(9, close - 9)) + dropped;
            message = listKey + "[" + std::to_string(k) + "]" + message.substr(close + 1);
        } else if (message.rfind("messages", 0) == 0) {
            message = listKey + message.substr(8);
        }
        throw Error(message);
    }
    return c;
}

} // namespace

std::optional<InstructionFormat> parseInstructionFormat(std::string_view name)
{
    if (name == "alpaca")
        return InstructionFormat::Alpaca;
    if (name == "chat")
        return InstructionFormat::Chat;
    if (name == "sharegpt")
        return InstructionFormat::ShareGpt;
    return std::nullopt;
}

const char* instructionFormatName(InstructionFormat format)
{
    switch (format) {
    case InstructionFormat::Alpaca:
        return "alpaca";
    case InstructionFormat::Chat:
        return "chat";
    case InstructionFormat::ShareGpt:
        return "sharegpt";
    }
    return "chat";
}

const char* roleName(Role role)
{
    switch (role) {
    case Role::System:
        return "system";
    case Role::User:
        return "user";
    case Role::Assistant:
        return "assistant";
    }
    return "user";
}

namespace {

using FieldMember = std::string InstructionFields::*;
constexpr std::array<std::pair<const char*, FieldMember>, 10> kFieldMembers{{
    {"instruction", &InstructionFields::instruction},
    {"input", &InstructionFields::input},
    {"output", &InstructionFields::output},
    {"system", &InstructionFields::system},
    {"messages", &InstructionFields::messages},
    {"role", &InstructionFields::role},
    {"content", &InstructionFields::content},
    {"conversations", &InstructionFields::conversations},
    {"from", &InstructionFields::from},
    {"value", &InstructionFields::value},
}};

} // namespace

json InstructionFields::toJson() const
{
    const InstructionFields defaults;
    json out = json::object();
    for (const auto& [key, member] : kFieldMembers) {
        if (this->*member != defaults.*member)
            out[key] = this->*member;
    }
    return out;
}

InstructionFields InstructionFields::fromJson(const json& value)
{
    if (!value.is_object())
        throw Error("fields: must be an object, not " + typeName(value));
    InstructionFields fields;
    for (const auto& [key, name] : value.items()) {
        const auto it = std::find_if(kFieldMembers.begin(), kFieldMembers.end(),
                                     [&key](const auto& entry) { return key == entry.first; });
        if (it == kFieldMembers.end()) {
            std::string known;
            for (const auto& entry : kFieldMembers)
                known += (known.empty() ? "" : ", ") + std::string(entry.first);
            throw Error("fields." + key + ": unknown key (known: " + known + ")");
        }
        if (!name.is_string() || name.get<std::string>().empty())
            throw Error("fields." + key + ": must be a non-empty string (the record's key to read)");
        fields.*(it->second) = name.get<std::string>();
    }
    return fields;
}

void checkConversation(const Conversation& conversation, ConversationShape shape)
{
    const auto& messages = conversation.messages;
    if (messages.empty())
        throw Error("messages: is empty");
    size_t first = 0;
    if (messages[0].role == Role::System)
        first = 1;
    for (size_t i = first; i < messages.size(); ++i) {
        const std::string path = "messages[" + std::to_string(i) + "]";
        const Role role = messages[i].role;
        if (role == Role::System)
            throw Error(path + ": a system message after the first message: only the first may be the system prompt");
        const Role expected = (i - first) % 2 == 0 ? Role::User : Role::Assistant;
        if (role != expected) {
            if (i == first)
                throw Error(path + ": the conversation starts with an assistant turn: it must start with a user turn");
            throw Error(path + ": " + std::string(roleName(role)) + " after " + roleName(messages[i - 1].role) +
                        ": user and assistant turns must alternate");
        }
    }
    if (messages.size() == first)
        throw Error("messages: no user or assistant turn, only a system prompt");
    const Role last = messages.back().role;
    if (shape == ConversationShape::Training && last != Role::Assistant) {
        if (messages.size() == first + 1)
            throw Error("messages: no assistant turn: an example needs an answer to train on");
        throw Error("messages[" + std::to_string(messages.size() - 1) +
                    "]: the conversation ends with a user turn: it must end with an assistant answer");
    }
    if (shape == ConversationShape::Prompt && last != Role::User)
        throw Error("messages[" + std::to_string(messages.size() - 1) +
                    "]: a prompt ends with a user turn, not an assistant turn");
}

Conversation conversationFromRecord(const json& record, InstructionFormat format, const InstructionFields& fields)
{
    if (!record.is_object())
        throw Error("record: must be a JSON object, not " + typeName(record));
    switch (format) {
    case InstructionFormat::Alpaca:
        return fromAlpaca(record, fields);
    case InstructionFormat::Chat:
        return fromTurns(record, format, fields.messages, fields.role, fields.content);
    case InstructionFormat::ShareGpt:
        return fromTurns(record, format, fields.conversations, fields.from, fields.value);
    }
    throw Error("record: unknown format");
}

std::optional<InstructionFormat> detectInstructionFormat(const json& record)
{
    if (!record.is_object())
        return std::nullopt;
    if (const auto it = record.find("messages"); it != record.end() && it->is_array())
        return InstructionFormat::Chat;
    if (const auto it = record.find("conversations"); it != record.end() && it->is_array())
        return InstructionFormat::ShareGpt;
    if (record.contains("instruction") && record.contains("output"))
        return InstructionFormat::Alpaca;
    return std::nullopt;
}

namespace {

class ResultBuilder {
public:
    ResultBuilder(const fs::path& file, InstructionFormat format, const InstructionFields& fields)
        : file_(file), format_(format), fields_(fields)
    {
    }

    void bad(int64_t line, const std::string& message)
    {
        ++result_.records;
        ++result_.badRecords;
        if (result_.problems.size() < kMaxProblems)
            result_.problems.push_back({file_, line, "line " + std::to_string(line) + ": " + message});
    }

    void record(const json& value, int64_t line)
    {
        try {
            Conversation c = conversationFromRecord(value, format_, fields_);
            c.line = line;
            ++result_.records;
            result_.conversations.push_back(std::move(c));
        } catch (const Error& error) {
            bad(line, error.what());
        }
    }

    void text(std::string_view line, int64_t number)
    {
        json value;
        try {
            value = json::parse(line);
        } catch (const json::parse_error& error) {
            bad(number, std::string("not JSON: ") + error.what());
            return;
        }
        record(value, number);
    }

    InstructionReadResult take() { return std::move(result_); }

private:
    fs::path file_;
    InstructionFormat format_;
    const InstructionFields& fields_;
    InstructionReadResult result_;
};

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

InstructionReadResult readInstructions(const fs::path& file, InstructionFormat format, const InstructionFields& fields,
                                       const std::function<bool()>& stop)
{
    corpus::LineStream stream(file);
    stream.setTolerateEarlyEnd(true);
    stream.setMaxLineBytes(kMaxRecordBytes);
    ResultBuilder builder(file, format, fields);

    // The content decides: a JSON array starts with '[', JSON Lines with a record per line.
    const std::string_view head = stream.head(4096);
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos && head.size() < 4096) {
        if (stream.endedEarly())
            throw Error(file.string() + ": cannot be read: " + stream.earlyEndDetail());
        throw Error(file.string() + ": holds no records (the file is empty)");
    }
    const bool array = start != std::string_view::npos && head[start] == '[';

    std::string_view line;
    int64_t lastLine = 0;
    if (array) {
        // One JSON value: read whole (SFT sets are small), then one record per element.
        std::string text;
        for (corpus::LineStatus status; (status = stream.read(line)) != corpus::LineStatus::End;) {
            if (status == corpus::LineStatus::TooLong)
                throw Error(file.string() + ": line " + std::to_string(stream.lineNumber()) +
                            " is longer than 64 MiB: not an instruction data file");
            text.append(line);
            text.push_back('\n');
        }
        if (stream.endedEarly())
            throw Error(file.string() + ": the file ends early (" + stream.earlyEndDetail() +
                        "): a JSON array cannot be read in part");
        json value;
        try {
            value = json::parse(text);
        } catch (const json::parse_error& error) {
            throw Error(file.string() + ": not a JSON array: " + error.what());
        }
        if (!value.is_array())
            throw Error(file.string() + ": not a JSON array");
        for (size_t i = 0; i < value.size(); ++i) {
            if (stop && stop())
                break;
            builder.record(value[i], static_cast<int64_t>(i) + 1);
        }
        return builder.take();
    }

    for (corpus::LineStatus status; (status = stream.read(line)) != corpus::LineStatus::End;) {
        if (stop && stop())
            return builder.take();
        lastLine = stream.lineNumber();
        if (status == corpus::LineStatus::TooLong) {
            builder.bad(lastLine, "longer than 64 MiB: skipped");
            continue;
        }
        if (isBlank(line))
            continue;
        builder.text(line, lastLine);
    }
    if (stream.endedEarly())
        builder.bad(lastLine + 1, "the file ends early (" + stream.earlyEndDetail() +
                                      "): the records before this line were read, the rest is lost");
    return builder.take();
}

} // namespace adaptlab::data
