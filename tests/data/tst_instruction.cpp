// Instruction data readers (core/data/instruction.h) on tests/fixtures/instruction/: Alpaca, chat
// and ShareGPT records, JSON Lines plain / gzip / zstd and a JSON array, renamed fields, and one
// bad record per failure mode, each counted with its file, line and a message naming the field;
// the good records around them still read. An empty file, a JSON array that is not one and a
// truncated zstd stream.
#include "data/instruction.h"

#include "common/error.h"

#include <QTest>

#include <filesystem>

using namespace adaptlab;
using namespace adaptlab::data;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name)
{
    return fs::path(qEnvironmentVariable("ADAPTLAB_SOURCE_DIR").toStdString()) / "tests" / "fixtures" / "instruction" / name;
}

template <typename Body>
QString errorOf(Body&& body)
{
    try {
        body();
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QString messagesOf(const InstructionReadResult& r)
{
    QStringList out;
    for (const InstructionProblem& p : r.problems)
        out << QString::fromStdString(p.message);
    return out.join('\n');
}

std::vector<std::pair<Role, std::string>> turns(const Conversation& c)
{
    std::vector<std::pair<Role, std::string>> out;
    for (const Message& m : c.messages)
        out.emplace_back(m.role, m.content);
    return out;
}

using Turns = std::vector<std::pair<Role, std::string>>;

} // namespace

class TstInstruction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        for (const auto f : {InstructionFormat::Alpaca, InstructionFormat::Chat, InstructionFormat::ShareGpt})
            QCOMPARE(parseInstructionFormat(instructionFormatName(f)), std::optional<InstructionFormat>(f));
        QVERIFY(!parseInstructionFormat("oasst"));
        QCOMPARE(QString(roleName(Role::Assistant)), QString("assistant"));
    }

    void alpaca()
    {
        for (const char* name : {"alpaca.jsonl", "alpaca.json"}) {
            const InstructionReadResult r = readInstructions(fixture(name), InstructionFormat::Alpaca);
            QCOMPARE(r.records, int64_t{3});
            QCOMPARE(r.badRecords, int64_t{0});
            QCOMPARE(r.conversations.size(), size_t{3});
            QCOMPARE(turns(r.conversations[0]), (Turns{{Role::User, "Define RAM."}, {Role::Assistant, "Random-access memory."}}));
            // A non-empty input follows the instruction after a blank line, and is kept for the Alpaca template.
            QCOMPARE(turns(r.conversations[1]), (Turns{{Role::User, "Translate to French.\n\ncat"}, {Role::Assistant, "chat"}}));
            QCOMPARE(r.conversations[1].messages[0].alpacaInput, std::string("cat"));
            QCOMPARE(turns(r.conversations[2]),
                     (Turns{{Role::System, "Be brief."}, {Role::User, "Name a protocol."}, {Role::Assistant, "HTTP."}}));
            // JSON Lines: the file's line (the blank line 3 is skipped, not a record); array: index + 1.
            QCOMPARE(r.conversations[2].line, int64_t{std::string(name) == "alpaca.jsonl" ? 4 : 3});
        }
    }

    void chatAndCompression()
    {
        for (const char* name : {"chat.jsonl", "chat.jsonl.gz", "chat.jsonl.zst"}) {
            const InstructionReadResult r = readInstructions(fixture(name), InstructionFormat::Chat);
            QCOMPARE(r.badRecords, int64_t{0});
            QCOMPARE(r.conversations.size(), size_t{3});
            QCOMPARE(turns(r.conversations[0]),
                     (Turns{{Role::System, "You are terse."}, {Role::User, "What is a byte?"}, {Role::Assistant, "Eight bits."}}));
            QCOMPARE(r.conversations[1].messages.size(), size_t{4});
            // An empty system prompt is no system prompt; other keys of the record are ignored.
            QCOMPARE(turns(r.conversations[2]), (Turns{{Role::User, "Hi"}, {Role::Assistant, "Hello."}}));
            QCOMPARE(r.conversations[2].line, int64_t{3});
        }
    }

    void shareGpt()
    {
        const InstructionReadResult r = readInstructions(fixture("sharegpt.jsonl"), InstructionFormat::ShareGpt);
        QCOMPARE(r.badRecords, int64_t{0});
        QCOMPARE(turns(r.conversations[0]),
                 (Turns{{Role::System, "You are terse."}, {Role::User, "What is a byte?"}, {Role::Assistant, "Eight bits."}}));
        QCOMPARE(turns(r.conversations[1]), (Turns{{Role::User, "What is RAM?"}, {Role::Assistant, "Memory."}}));
        // Read as chat, the ShareGPT file has no "messages": every record is bad, and says why.
        const InstructionReadResult wrong = readInstructions(fixture("sharegpt.jsonl"), InstructionFormat::Chat);
        QCOMPARE(wrong.badRecords, int64_t{2});
        QCOMPARE(wrong.problems[0].message, std::string("line 1: messages: is missing"));
        // "human"/"gpt" are ShareGPT's names only.
        QVERIFY(errorOf([] {
                    conversationFromRecord(json::parse(R"({"messages": [{"role": "human", "content": "x"}]})"),
                                           InstructionFormat::Chat);
                }).contains("messages[0].role: unknown role \"human\""));
    }

    void renamedFields()
    {
        InstructionFields fields;
        fields.instruction = "prompt";
        fields.output = "completion";
        InstructionReadResult r = readInstructions(fixture("alpaca_renamed.jsonl"), InstructionFormat::Alpaca, fields);
        QCOMPARE(turns(r.conversations.at(0)), (Turns{{Role::User, "Define RAM."}, {Role::Assistant, "Random-access memory."}}));

        fields = InstructionFields::fromJson(json{{"messages", "turns"}, {"role", "speaker"}, {"content", "text"}});
        QVERIFY(fields.toJson() == (json{{"messages", "turns"}, {"role", "speaker"}, {"content", "text"}}));
        QVERIFY(InstructionFields().toJson() == json::object());
        r = readInstructions(fixture("chat_renamed.jsonl"), InstructionFormat::Chat, fields);
        QCOMPARE(turns(r.conversations.at(0)), (Turns{{Role::User, "What is RAM?"}, {Role::Assistant, "Memory."}}));
        // With the default names the same file is bad, named by the field it lacks.
        r = readInstructions(fixture("chat_renamed.jsonl"), InstructionFormat::Chat);
        QCOMPARE(r.problems.at(0).message, std::string("line 1: messages: is missing"));
        // Errors in the mapping itself name the key.
        QVERIFY(errorOf([] { InstructionFields::fromJson(json{{"answer", "x"}}); }).startsWith("fields.answer: unknown key"));
        QVERIFY(errorOf([] { InstructionFields::fromJson(json{{"output", 3}}); }).startsWith("fields.output: must be a non-empty string"));
        QVERIFY(errorOf([] { InstructionFields::fromJson(json{{"output", ""}}); }).startsWith("fields.output"));
        QVERIFY(errorOf([] { InstructionFields::fromJson(json::array()); }).startsWith("fields: must be an object"));
    }

    void badChatRecords()
    {
        const InstructionReadResult r = readInstructions(fixture("bad_chat.jsonl"), InstructionFormat::Chat);
        QCOMPARE(r.records, int64_t{12});
        QCOMPARE(r.badRecords, int64_t{10});
        QCOMPARE(r.conversations.size(), size_t{2});
        QCOMPARE(r.conversations[0].line, int64_t{1});
        QCOMPARE(r.conversations[1].line, int64_t{12});
        QCOMPARE(r.problems.size(), size_t{10});
        const std::vector<std::pair<int64_t, std::string>> expected{
            {2, "line 2: not JSON: "},
            {3, "line 3: messages: must be an array, not string"},
            {4, "line 4: messages[0].content: must be a string, not number"},
            {5, "line 5: messages[1].role: unknown role \"bot\""},
            {6, "line 6: messages: no assistant turn: an example needs an answer to train on"},
            {7, "line 7: messages[1]: user after user: user and assistant turns must alternate"},
            {8, "line 8: messages[0]: the conversation starts with an assistant turn: it must start with a user turn"},
            {9, "line 9: messages[2]: a system message after the first message"},
            {10, "line 10: record: must be a JSON object, not array"},
            {11, "line 11: messages[2]: the conversation ends with a user turn: it must end with an assistant answer"},
        };
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(r.problems[i].line, expected[i].first);
            QVERIFY(r.problems[i].file == fixture("bad_chat.jsonl"));
            QVERIFY2(r.problems[i].message.rfind(expected[i].second, 0) == 0, r.problems[i].message.c_str());
        }
    }

    void badAlpacaRecords()
    {
        const InstructionReadResult r = readInstructions(fixture("bad_alpaca.jsonl"), InstructionFormat::Alpaca);
        QCOMPARE(r.records, int64_t{7});
        QCOMPARE(r.badRecords, int64_t{6});
        const QStringList expected{"line 2: output: is missing",
                                   "line 3: output: must be a string, not null",
                                   "line 4: instruction: must be a string, not array",
                                   "line 5: instruction: is empty",
                                   "line 6: input: must be a string, not number",
                                   "line 7: not JSON: "};
        const QStringList got = messagesOf(r).split('\n');
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(got[i].startsWith(expected[i]), qPrintable(got[i]));
    }

    void badShareGptRecords()
    {
        const InstructionReadResult r = readInstructions(fixture("bad_sharegpt.jsonl"), InstructionFormat::ShareGpt);
        QCOMPARE(r.badRecords, int64_t{4});
        QCOMPARE(messagesOf(r), QString("line 2: conversations[1].from: unknown role \"bot\"\n"
                                        "line 3: conversations[1]: user after user: user and assistant turns must alternate\n"
                                        "line 4: conversations[0].value: is missing\n"
                                        "line 5: conversations: is empty"));
    }

    void emptyAndBrokenFiles()
    {
        QVERIFY(errorOf([] { readInstructions(fixture("empty.jsonl"), InstructionFormat::Chat); })
                    .contains("empty.jsonl: holds no records"));
        QVERIFY(errorOf([] { readInstructions(fixture("blank.jsonl"), InstructionFormat::Chat); }).contains("holds no records"));
        const QString notArray = errorOf([] { readInstructions(fixture("not_array.json"), InstructionFormat::Chat); });
        QVERIFY2(notArray.contains("not_array.json: not a JSON array"), qPrintable(notArray));
        const QString missing = errorOf([] { readInstructions(fixture("no-such-file.jsonl"), InstructionFormat::Chat); });
        QVERIFY2(missing.contains("no-such-file.jsonl"), qPrintable(missing));
        // A .json file holding one object is one JSON Lines record (the content decides, not the name).
        const InstructionReadResult object = readInstructions(fixture("object.json"), InstructionFormat::Chat);
        QCOMPARE(object.badRecords, int64_t{1});
        QCOMPARE(object.problems[0].message, std::string("line 1: messages: must be an array, not number"));
    }

    void truncatedZstd()
    {
        // Two whole zstd frames of 20 records each, then a cut into the third: 40 records are read
        // and the cut is reported at the line after them.
        const InstructionReadResult r = readInstructions(fixture("truncated.jsonl.zst"), InstructionFormat::Chat);
        QCOMPARE(r.conversations.size(), size_t{40});
        QCOMPARE(r.conversations.back().line, int64_t{40});
        QCOMPARE(r.badRecords, int64_t{1});
        QCOMPARE(r.problems.at(0).line, int64_t{41});
        QVERIFY2(r.problems[0].message.rfind("line 41: the file ends early", 0) == 0, r.problems[0].message.c_str());
    }

    void stop()
    {
        int polls = 0;
        const InstructionReadResult r = readInstructions(fixture("truncated.jsonl.zst"), InstructionFormat::Chat, {},
                                                         [&polls] { return ++polls > 5; });
        QCOMPARE(r.conversations.size(), size_t{5});
    }

    void detect()
    {
        QCOMPARE(detectInstructionFormat(json::parse(R"({"messages": []})")), std::optional(InstructionFormat::Chat));
        QCOMPARE(detectInstructionFormat(json::parse(R"({"conversations": []})")), std::optional(InstructionFormat::ShareGpt));
        QCOMPARE(detectInstructionFormat(json::parse(R"({"instruction": "a", "output": "b"})")),
                 std::optional(InstructionFormat::Alpaca));
        QVERIFY(!detectInstructionFormat(json::parse(R"({"text": "a"})")));
        QVERIFY(!detectInstructionFormat(json::parse("[1]")));
    }

    void checkShapes()
    {
        Conversation prompt;
        prompt.messages = {{Role::System, "s", {}}, {Role::User, "u", {}}};
        checkConversation(prompt, ConversationShape::Prompt); // no throw
        QVERIFY(errorOf([&] { checkConversation(prompt); }).startsWith("messages: no assistant turn"));
        prompt.messages.push_back({Role::Assistant, "a", {}});
        checkConversation(prompt);
        prompt.messages.push_back({Role::User, "u2", {}});
        checkConversation(prompt, ConversationShape::Prompt);
        QVERIFY(errorOf([&] { checkConversation(prompt); }).startsWith("messages[3]: the conversation ends with a user turn"));
        prompt.messages.pop_back();
        QVERIFY(errorOf([&] { checkConversation(prompt, ConversationShape::Prompt); }).contains("a prompt ends with a user turn"));
    }
};

QTEST_GUILESS_MAIN(TstInstruction)
#include "tst_instruction.moc"
