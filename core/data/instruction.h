// Instruction data for supervised fine-tuning (SFT) in the shapes people have, read into one
// shape: a conversation of role-tagged messages.
//  - Alpaca:   {"instruction", "input" (optional), "output", "system" (optional)} -> [system] user
//              (instruction, then a blank line and input when input is not empty) assistant (output)
//  - chat:     {"messages": [{"role": "system"|"user"|"assistant", "content"}]}
//  - ShareGPT: {"conversations": [{"from": "system"|"human"|"gpt" (also "user"/"assistant"), "value"}]}
// Field names are mappable on import, as for corpora. Files: JSON Lines (.jsonl, .jsonl.zst, .jsonl.gz)
// or one JSON array (.json). A bad record (not JSON, a missing or non-string field, an unknown
// role, no assistant turn, roles out of order) is counted with its file and line and skipped; the
// rest is read. Torch-free.
//
// INTERFACE FIXED FOR ISSUE 11 (owner: the "data" part). Change only by adding.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace adaptlab::data {

enum class InstructionFormat { Alpaca, Chat, ShareGpt };

// "alpaca" | "chat" | "sharegpt" (the CLI's --format values); nullopt otherwise.
std::optional<InstructionFormat> parseInstructionFormat(std::string_view name);
const char* instructionFormatName(InstructionFormat format);

enum class Role { System, User, Assistant };
const char* roleName(Role role); // "system" | "user" | "assistant"

struct Message {
    Role role = Role::User;
    std::string content;
    // A user message read from an Alpaca record with a non-empty "input": that input (content is
    // then the instruction, a blank line and this input), so the Alpaca template can show it under
    // "### Input:" as Stanford's prompt does. Empty otherwise. (Added in issue 11 by the data part.)
    std::string alpacaInput;
};

// Valid: at most one system message and only first; then user and assistant alternating, starting
// with user and ending with assistant (so every example trains on at least one answer).
struct Conversation {
    std::vector<Message> messages;
    int64_t line = 0; // 1-based line (JSON Lines) or array index + 1 (.json) it came from
};

// The field names to read; the defaults are each format's usual names.
struct InstructionFields {
    std::string instruction = "instruction"; // Alpaca
    std::string input = "input";
    std::string output = "output";
    std::string system = "system";
    std::string messages = "messages";       // chat
    std::string role = "role";
    std::string content = "content";
    std::string conversations = "conversations"; // ShareGPT
    std::string from = "from";
    std::string value = "value";

    nlohmann::json toJson() const;                       // only the fields that differ from the defaults
    static InstructionFields fromJson(const nlohmann::json& json); // throws Error naming an unknown key
};

struct InstructionProblem {
    std::filesystem::path file;
    int64_t line = 0;
    std::string message; // "line 12: messages[2].role: unknown role \"bot\""
};

struct InstructionReadResult {
    std::vector<Conversation> conversations;
    int64_t records = 0;    // records seen (good + bad)
    int64_t badRecords = 0;
    std::vector<InstructionProblem> problems; // the first 100 bad records
};

// Reads FILE. Throws Error naming the file when it cannot be opened or is not JSON Lines / a JSON
// array at all; bad records are counted, not thrown. STOP (may be empty) is polled between records.
InstructionReadResult readInstructions(const std::filesystem::path& file, InstructionFormat format,
                                       const InstructionFields& fields = {},
                                       const std::function<bool()>& stop = {});

// One record (as parsed JSON) to a conversation; throws Error naming the field ("messages[1].role:
// ..."). What readInstructions uses per record.
Conversation conversationFromRecord(const nlohmann::json& record, InstructionFormat format,
                                    const InstructionFields& fields = {});

// The format a record looks like (the keys it has, with default field names); nullopt when none.
std::optional<InstructionFormat> detectInstructionFormat(const nlohmann::json& record);

// Added in issue 11 by the data part: the rule of Conversation in one place, for readers,
// templates and the playground. Throws Error naming the message ("messages[2]: a user turn after
// a user turn: user and assistant turns must alternate"). PROMPT: the shape of a generation
// prompt instead, which ends with a user message.
enum class ConversationShape { Training, Prompt };
void checkConversation(const Conversation& conversation, ConversationShape shape = ConversationShape::Training);

} // namespace adaptlab::data
