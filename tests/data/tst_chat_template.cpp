// Chat templates (core/data/chat_template.h) through a real tokenizer: a tokenizer.json written by
// chat_test_tokenizer.h (byte-level BPE, GPT-2's pre-tokenizer regex, ignore_merges) whose vocabulary is the 256
// bytes at ids 0..255 (id = the byte: "\n" is 10, "." 46, " " 32) plus the whole words the
// conversation uses at 256.. and the added tokens <|im_start|> <|im_end|> <s> </s>. Each expected
// id list below is derived by hand from GPT-2's regex
//   's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
// (a word takes the space before it; punctuation runs stop at a letter, digit or space; "\n\n"
// before a letter or '#' is "\n" + "\n"), with the masks from the rule in chat_template.h: the
// answer and its end-of-turn trained, nothing else. Also: the chat_template Jinja texts that
// Qwen2, SmolLM2, Llama-2-chat and zephyr-7b-beta ship (tests/fixtures/instruction/templates)
// recognised, others not; prompts; truncation; refusals.
#include "data/chat_template.h"
#include "data/instruction.h"
#include "tokenize/sentencepiece_tokenizer.h"
#include "tokenize/tokenizer.h"

#include "chat_test_tokenizer.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <memory>

using namespace adaptlab;
using namespace adaptlab::data;
using namespace chat_test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

fs::path fixtures()
{
    return fs::path(qEnvironmentVariable("ADAPTLAB_SOURCE_DIR").toStdString()) / "tests" / "fixtures";
}

// System "Be brief.", two turns.
Conversation twoTurns()
{
    Conversation c;
    c.messages = {{Role::System, "Be brief.", {}},
                  {Role::User, "What is RAM?", {}},
                  {Role::Assistant, "Memory.", {}},
                  {Role::User, "Give an example.", {}},
                  {Role::Assistant, "DDR4.", {}}};
    return c;
}

Conversation promptOf(std::vector<Message> messages)
{
    Conversation c;
    c.messages = std::move(messages);
    return c;
}

std::vector<uint8_t> mask(std::initializer_list<std::pair<int, int>> runs)
{
    std::vector<uint8_t> out;
    for (const auto& [value, count] : runs)
        out.insert(out.end(), static_cast<size_t>(count), static_cast<uint8_t>(value));
    return out;
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

} // namespace

Q_DECLARE_METATYPE(ChatTemplate)
Q_DECLARE_METATYPE(std::vector<int32_t>)
Q_DECLARE_METATYPE(std::vector<uint8_t>)

class TstChatTemplate : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<tokenize::Tokenizer> tokenizer_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        writeTokenizer(fs::path(dir_.path().toStdString()) / "tok");
        tokenizer_ = tokenize::Tokenizer::open(fs::path(dir_.path().toStdString()) / "tok");
        // The hand derivations rest on these: one id per word, the byte itself otherwise.
        QCOMPARE(tokenizer_->encode("What is RAM?"), (std::vector<int32_t>{261, 262, 263, 63}));
        QCOMPARE(tokenizer_->encode("<|im_start|>x"), (std::vector<int32_t>{kImStart, 120}));
        QCOMPARE(tokenizer_->specialIds().bos, kBos);
        QCOMPARE(tokenizer_->specialIds().eos, kEos);
    }

    void names()
    {
        for (const ChatTemplate t : allChatTemplates())
            QCOMPARE(parseChatTemplate(chatTemplateName(t)), std::optional<ChatTemplate>(t));
        QCOMPARE(QString(chatTemplateName(ChatTemplate::Llama2)), QString("llama2"));
        QVERIFY(!parseChatTemplate("vicuna"));
        QVERIFY(!parseChatTemplate("ChatML"));
    }

    void twoTurnsRendered_data()
    {
        QTest::addColumn<ChatTemplate>("chatTemplate");
        QTest::addColumn<std::vector<int32_t>>("ids");
        QTest::addColumn<std::vector<uint8_t>>("lossMask");

        // <|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nWhat is RAM?<|im_end|>\n
        // <|im_start|>assistant\n [Memory.<|im_end|>] \n<|im_start|>user\nGive an example.<|im_end|>\n
        // <|im_start|>assistant\n [DDR4.<|im_end|>] \n   (no BOS: ChatML writes none)
        QTest::newRow("chatml") << ChatTemplate::ChatML
                                << std::vector<int32_t>{kImStart, 256, 10, 259, 260, 46, kImEnd, 10,
                                                        kImStart, 257, 10, 261, 262, 263, 63, kImEnd, 10,
                                                        kImStart, 258, 10,
                                                        264, 46, kImEnd,
                                                        10, kImStart, 257, 10, 265, 266, 267, 46, kImEnd, 10, kImStart, 258, 10,
                                                        268, 52, 46, kImEnd,
                                                        10}
                                << mask({{0, 20}, {1, 3}, {0, 13}, {1, 4}, {0, 1}});
        // <s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nWhat is RAM? [/INST] [ Memory. </s>]
        // <s>[INST] Give an example. [/INST] [ DDR4. </s>]
        // "[" "INST" "]" " <<" "SYS" ">>" "\n" "Be" " brief" "." "\n" "<</" "SYS" ">>" "\n" "\n" "What"
        // " is" " RAM" "?" " [/" "INST" "]"; the answer " Memory" "." " " then EOS.
        QTest::newRow("llama2") << ChatTemplate::Llama2
                                << std::vector<int32_t>{kBos, 91, 269, 93, 270, 271, 272, 10, 259, 260, 46, 10,
                                                        273, 271, 272, 10, 10, 261, 262, 263, 63, 274, 269, 93,
                                                        275, 46, 32, kEos,
                                                        kBos, 91, 269, 93, 276, 266, 267, 46, 274, 269, 93,
                                                        277, 52, 46, 32, kEos}
                                << mask({{0, 24}, {1, 4}, {0, 11}, {1, 5}});
        // <s><|system|>\nBe brief.</s>\n<|user|>\nWhat is RAM?</s>\n<|assistant|>\n [Memory.</s>]
        // \n<|user|>\nGive an example.</s>\n<|assistant|>\n [DDR4.</s>] \n
        // "<|" "system" "|>" "\n" ...: <|user|> is no added token, so it is "<|" "user" "|>".
        QTest::newRow("zephyr") << ChatTemplate::Zephyr
                                << std::vector<int32_t>{kBos, 278, 256, 279, 10, 259, 260, 46, kEos,
                                                        10, 278, 257, 279, 10, 261, 262, 263, 63, kEos,
                                                        10, 278, 258, 279, 10,
                                                        264, 46, kEos,
                                                        10, 278, 257, 279, 10, 265, 266, 267, 46, kEos, 10, 278, 258, 279, 10,
                                                        268, 52, 46, kEos,
                                                        10}
                                << mask({{0, 24}, {1, 3}, {0, 15}, {1, 4}, {0, 1}});
        // <s>Be brief.\n\n### Instruction:\nWhat is RAM?\n\n### Response:\n [Memory.</s>]
        // \n\n### Instruction:\nGive an example.\n\n### Response:\n [DDR4.</s>]
        // (the system message takes the place of Alpaca's opening sentence)
        QTest::newRow("alpaca") << ChatTemplate::Alpaca
                                << std::vector<int32_t>{kBos, 259, 260, 46, 10, 10, 280, 281, 58, 10, 261, 262, 263, 63,
                                                        10, 10, 280, 282, 58, 10,
                                                        264, 46, kEos,
                                                        10, 10, 280, 281, 58, 10, 265, 266, 267, 46, 10, 10, 280, 282, 58, 10,
                                                        268, 52, 46, kEos}
                                << mask({{0, 20}, {1, 3}, {0, 16}, {1, 4}});
    }

    void twoTurnsRendered()
    {
        QFETCH(ChatTemplate, chatTemplate);
        QFETCH(std::vector<int32_t>, ids);
        QFETCH(std::vector<uint8_t>, lossMask);
        const RenderedExample r = renderConversation(twoTurns(), chatTemplate, *tokenizer_);
        QCOMPARE(r.ids, ids);
        QCOMPARE(r.lossMask, lossMask);
        QCOMPARE(r.ids.size(), r.lossMask.size());
        QVERIFY(!r.truncated);
        // Multi-turn: both answers are trained (two runs of ones), BOS (where written) is not.
        int runs = 0;
        for (size_t i = 0; i < r.lossMask.size(); ++i)
            runs += r.lossMask[i] == 1 && (i == 0 || r.lossMask[i - 1] == 0);
        QCOMPARE(runs, 2);
        if (r.ids.front() == kBos)
            QCOMPARE(int(r.lossMask.front()), 0);
        QCOMPARE(r.trainedTokens(), static_cast<int64_t>(std::count(lossMask.begin(), lossMask.end(), 1)));
    }

    void withoutBos()
    {
        RenderOptions options;
        options.addBos = false;
        const RenderedExample with = renderConversation(twoTurns(), ChatTemplate::Zephyr, *tokenizer_);
        const RenderedExample without = renderConversation(twoTurns(), ChatTemplate::Zephyr, *tokenizer_, options);
        QCOMPARE(without.ids, std::vector<int32_t>(with.ids.begin() + 1, with.ids.end()));
        QCOMPARE(without.lossMask, std::vector<uint8_t>(with.lossMask.begin() + 1, with.lossMask.end()));
        // Llama-2's second <s> is the template's own: it stays.
        const RenderedExample llama = renderConversation(twoTurns(), ChatTemplate::Llama2, *tokenizer_, options);
        QCOMPARE(llama.ids.front(), 91);
        QCOMPARE(std::count(llama.ids.begin(), llama.ids.end(), kBos), 1);
    }

    void noSystemOneTurn()
    {
        // <|im_start|>user\nWhat is RAM?<|im_end|>\n<|im_start|>assistant\n [Memory.<|im_end|>] \n
        Conversation c = promptOf({{Role::User, "What is RAM?", {}}, {Role::Assistant, "Memory.", {}}});
        RenderedExample r = renderConversation(c, ChatTemplate::ChatML, *tokenizer_);
        QCOMPARE(r.ids, (std::vector<int32_t>{kImStart, 257, 10, 261, 262, 263, 63, kImEnd, 10, kImStart, 258, 10,
                                              264, 46, kImEnd, 10}));
        QCOMPARE(r.lossMask, mask({{0, 12}, {1, 3}, {0, 1}}));
        // <s>[INST] What is RAM? [/INST] [ Memory. </s>]: the regex makes " What" one piece, which
        // the vocabulary lacks (it has "What" only), so it falls back to its bytes: Ġ W h a t.
        r = renderConversation(c, ChatTemplate::Llama2, *tokenizer_);
        QCOMPARE(r.ids, (std::vector<int32_t>{kBos, 91, 269, 93, 32, 87, 104, 97, 116, 262, 263, 63, 274, 269, 93,
                                              275, 46, 32, kEos}));
        QCOMPARE(r.lossMask, mask({{0, 15}, {1, 4}}));
    }

    void tokenizerWithoutEos()
    {
        // No eos_token in tokenizer_config.json: the templates write "</s>" as text, which this
        // tokenizer still reads as its added token, so the ids are the same; nothing ends a turn.
        const fs::path folder = fs::path(dir_.path().toStdString()) / "no-eos";
        writeTokenizer(folder);
        std::ofstream(folder / "tokenizer_config.json") << json{{"bos_token", "<s>"}}.dump();
        const auto noEos = tokenize::Tokenizer::open(folder);
        QCOMPARE(noEos->specialIds().eos, -1);
        for (const ChatTemplate t : {ChatTemplate::Llama2, ChatTemplate::Zephyr, ChatTemplate::Alpaca}) {
            const RenderedExample with = renderConversation(twoTurns(), t, *tokenizer_);
            const RenderedExample without = renderConversation(twoTurns(), t, *noEos);
            QCOMPARE(without.ids, with.ids);
            QCOMPARE(without.lossMask, with.lossMask);
            QVERIFY(endOfTurnIds(t, *noEos).empty());
        }
        const Conversation p = promptOf({{Role::User, "What is RAM?", {}}});
        QCOMPARE(renderPrompt(p, ChatTemplate::Zephyr, *noEos), renderPrompt(p, ChatTemplate::Zephyr, *tokenizer_));
    }

    void truncation()
    {
        RenderOptions options;
        options.maxTokens = 22;
        const RenderedExample full = renderConversation(twoTurns(), ChatTemplate::ChatML, *tokenizer_);
        const RenderedExample cut = renderConversation(twoTurns(), ChatTemplate::ChatML, *tokenizer_, options);
        QVERIFY(cut.truncated);
        QCOMPARE(cut.ids, std::vector<int32_t>(full.ids.begin(), full.ids.begin() + 22));
        QCOMPARE(cut.lossMask, std::vector<uint8_t>(full.lossMask.begin(), full.lossMask.begin() + 22));
        QCOMPARE(cut.trainedTokens(), int64_t{2}); // "Memory" "." of the first answer
        options.maxTokens = static_cast<int64_t>(full.ids.size());
        QVERIFY(!renderConversation(twoTurns(), ChatTemplate::ChatML, *tokenizer_, options).truncated);
    }

    void invalidRefused_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("error");
        QTest::newRow("ends with user") << "suau" << "messages[3]: the conversation ends with a user turn";
        QTest::newRow("user after user") << "uua" << "messages[1]: user after user: user and assistant turns must alternate";
        QTest::newRow("starts with assistant") << "aua" << "messages[0]: the conversation starts with an assistant turn";
        QTest::newRow("late system") << "uasua" << "messages[2]: a system message after the first message";
        QTest::newRow("only system") << "s" << "messages: no user or assistant turn";
        QTest::newRow("empty") << "" << "messages: is empty";
        QTest::newRow("user only") << "u" << "messages: no assistant turn";
    }

    void invalidRefused()
    {
        QFETCH(QString, shape);
        QFETCH(QString, error);
        Conversation c;
        for (const QChar r : shape)
            c.messages.push_back({r == 's' ? Role::System : r == 'u' ? Role::User : Role::Assistant, "x", {}});
        for (const ChatTemplate t : allChatTemplates()) {
            const QString message = errorOf([&] { renderConversation(c, t, *tokenizer_); });
            QVERIFY2(message.startsWith(error), qPrintable(message));
        }
    }

    void prompts()
    {
        const Conversation p = promptOf({{Role::System, "Be brief.", {}}, {Role::User, "What is RAM?", {}}});
        QCOMPARE(renderPromptText(p, ChatTemplate::ChatML),
                 std::string("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nWhat is RAM?<|im_end|>\n"
                             "<|im_start|>assistant\n"));
        QCOMPARE(renderPromptText(p, ChatTemplate::Llama2),
                 std::string("<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nWhat is RAM? [/INST]"));
        QCOMPARE(renderPromptText(p, ChatTemplate::Zephyr),
                 std::string("<s><|system|>\nBe brief.</s>\n<|user|>\nWhat is RAM?</s>\n<|assistant|>\n"));
        QCOMPARE(renderPromptText(p, ChatTemplate::Alpaca),
                 std::string("<s>Be brief.\n\n### Instruction:\nWhat is RAM?\n\n### Response:\n"));

        // The ids end with each template's start of an answer, untrained in the rendered example.
        const std::vector<int32_t> chatml = renderPrompt(p, ChatTemplate::ChatML, *tokenizer_);
        QCOMPARE(chatml, (std::vector<int32_t>{kImStart, 256, 10, 259, 260, 46, kImEnd, 10, kImStart, 257, 10, 261,
                                               262, 263, 63, kImEnd, 10, kImStart, 258, 10}));
        const std::vector<int32_t> llama = renderPrompt(p, ChatTemplate::Llama2, *tokenizer_);
        QCOMPARE(std::vector<int32_t>(llama.end() - 3, llama.end()), (std::vector<int32_t>{274, 269, 93}));
        const std::vector<int32_t> zephyr = renderPrompt(p, ChatTemplate::Zephyr, *tokenizer_);
        QCOMPARE(std::vector<int32_t>(zephyr.end() - 5, zephyr.end()), (std::vector<int32_t>{10, 278, 258, 279, 10}));
        const std::vector<int32_t> alpaca = renderPrompt(p, ChatTemplate::Alpaca, *tokenizer_);
        QCOMPARE(std::vector<int32_t>(alpaca.end() - 4, alpaca.end()), (std::vector<int32_t>{280, 282, 58, 10}));
        // A prompt is the training example's prefix up to the first answer.
        for (const ChatTemplate t : allChatTemplates()) {
            const RenderedExample full = renderConversation(twoTurns(), t, *tokenizer_);
            const std::vector<int32_t> prompt = renderPrompt(p, t, *tokenizer_);
            QCOMPARE(prompt, std::vector<int32_t>(full.ids.begin(), full.ids.begin() + static_cast<long>(prompt.size())));
            QCOMPARE(int(full.lossMask[prompt.size() - 1]), 0);
            QCOMPARE(int(full.lossMask[prompt.size()]), 1);
        }
        // A prompt must end with a user turn.
        QVERIFY(errorOf([&] { renderPrompt(twoTurns(), ChatTemplate::ChatML, *tokenizer_); })
                    .contains("a prompt ends with a user turn"));
    }

    void alpacaInput()
    {
        // An Alpaca record with an input: Stanford's "paired with an input" prompt and an Input block.
        const Conversation c = conversationFromRecord(
            json{{"instruction", "Translate to French."}, {"input", "cat"}, {"output", "chat"}}, InstructionFormat::Alpaca);
        Conversation p = c;
        p.messages.pop_back();
        QCOMPARE(renderPromptText(p, ChatTemplate::Alpaca),
                 std::string("<s>Below is an instruction that describes a task, paired with an input that provides "
                             "further context. Write a response that appropriately completes the request.\n\n"
                             "### Instruction:\nTranslate to French.\n\n### Input:\ncat\n\n### Response:\n"));
        p.messages[0].alpacaInput.clear();
        p.messages[0].content = "Translate to French.";
        QCOMPARE(renderPromptText(p, ChatTemplate::Alpaca),
                 std::string("<s>Below is an instruction that describes a task. Write a response that appropriately "
                             "completes the request.\n\n### Instruction:\nTranslate to French.\n\n### Response:\n"));
        // Other templates show the user message as the reader built it: instruction, blank line, input.
        Conversation q = c;
        q.messages.pop_back();
        QCOMPARE(renderPromptText(q, ChatTemplate::ChatML),
                 std::string("<|im_start|>user\nTranslate to French.\n\ncat<|im_end|>\n<|im_start|>assistant\n"));
    }

    void endOfTurn()
    {
        QCOMPARE(endOfTurnIds(ChatTemplate::ChatML, *tokenizer_), std::vector<int32_t>{kImEnd});
        for (const ChatTemplate t : {ChatTemplate::Llama2, ChatTemplate::Zephyr, ChatTemplate::Alpaca})
            QCOMPARE(endOfTurnIds(t, *tokenizer_), std::vector<int32_t>{kEos});
        // GPT-2 has no <|im_end|>: ChatML ends a turn with EOS (<|endoftext|>, 556) there, and an
        // answer is trained on the text <|im_end|> followed by that EOS.
        const auto gpt2 = tokenize::Tokenizer::open(fixtures() / "tokenizers" / "gpt2" / "tokenizer.json");
        QCOMPARE(endOfTurnIds(ChatTemplate::ChatML, *gpt2), std::vector<int32_t>{556});
        const Conversation c = promptOf({{Role::User, "Hi", {}}, {Role::Assistant, "Hello.", {}}});
        const RenderedExample r = renderConversation(c, ChatTemplate::ChatML, *gpt2);
        std::vector<int32_t> trained;
        for (size_t i = 0; i < r.ids.size(); ++i) {
            if (r.lossMask[i] == 1)
                trained.push_back(r.ids[i]);
        }
        QCOMPARE(trained.back(), 556);
        QCOMPARE(gpt2->decode(std::vector<int32_t>(trained.begin(), trained.end() - 1)), std::string("Hello.<|im_end|>"));
        QCOMPARE(int(r.lossMask.back()), 0); // the "\n" after the turn
    }

    void sentencePieceAsMeta()
    {
        // A SentencePiece model puts "▁" before every text it encodes. Meta's Llama-2 reference
        // encodes each turn as one text, "[INST] {user} [/INST] {answer} " with BOS and EOS; the
        // template encodes the prompt and the answer apart, so it must give the same ids (the
        // answer's leading space becoming the dummy prefix), with the mask on the answer and EOS.
        const fs::path dir = fs::path(dir_.path().toStdString()) / "spm-train";
        fs::create_directories(dir);
        {
            std::ofstream text(dir / "text.txt");
            const char* const lines[] = {"What is RAM? Memory. Give an example. DDR4.", "Be brief. What is a byte?",
                                         "RAM is memory, a byte is eight bits.", "Give an example of memory: DDR4 RAM.",
                                         "[INST] and [/INST] mark an instruction.", "<<SYS>> and <</SYS>> mark a system prompt."};
            for (int i = 0; i < 40; ++i)
                text << lines[i % 6] << " " << i << "\n";
        }
        tokenize::TrainOptions options;
        options.inputFiles = {dir / "text.txt"};
        options.modelPrefix = dir / "spm";
        options.vocabSize = 60;
        options.byteFallback = false;
        options.numThreads = 1;
        tokenize::SentencePieceTokenizer::train(options);
        const auto spm = tokenize::Tokenizer::open(dir / "spm.model");
        QCOMPARE(spm->kind(), tokenize::TokenizerKind::SentencePiece);
        const int32_t bos = spm->specialIds().bos, eos = spm->specialIds().eos;
        QVERIFY(bos >= 0 && eos >= 0);

        std::vector<int32_t> expected{bos};
        std::vector<uint8_t> expectedMask{0};
        const auto turn = [&](const std::string& prompt, const std::string& answer) {
            const std::vector<int32_t> whole = spm->encode("[INST] " + prompt + " [/INST] " + answer + " ");
            const std::vector<int32_t> promptIds = spm->encode("[INST] " + prompt + " [/INST]");
            QVERIFY(whole.size() > promptIds.size());
            expected.insert(expected.end(), whole.begin(), whole.end());
            expectedMask.insert(expectedMask.end(), promptIds.size(), 0);
            expectedMask.insert(expectedMask.end(), whole.size() - promptIds.size(), 1);
            expected.push_back(eos);
            expectedMask.push_back(1);
        };
        turn("<<SYS>>\nBe brief.\n<</SYS>>\n\nWhat is RAM?", "Memory.");
        expected.push_back(bos);
        expectedMask.push_back(0);
        turn("Give an example.", "DDR4.");
        const RenderedExample r = renderConversation(twoTurns(), ChatTemplate::Llama2, *spm);
        QCOMPARE(r.ids, expected);
        QCOMPARE(r.lossMask, expectedMask);
        // No lone "▁" in front of a text that follows a token in the other templates.
        const int32_t space = spm->pieceToId("\xE2\x96\x81");
        for (const ChatTemplate t : {ChatTemplate::Zephyr, ChatTemplate::Alpaca}) {
            const RenderedExample other = renderConversation(twoTurns(), t, *spm);
            for (size_t i = 1; i < other.ids.size(); ++i) {
                if (other.ids[i - 1] == eos)
                    QVERIFY(other.ids[i] != space);
            }
        }
    }

    void descriptions()
    {
        const std::string chatml = chatTemplateDescription(ChatTemplate::ChatML);
        QVERIFY(chatml.find("<|im_start|>assistant\n[[{assistant}<|im_end|>]]\n") != std::string::npos);
        QVERIFY(chatTemplateDescription(ChatTemplate::Llama2).find("[/INST][[ {assistant} </s>]]<s>[INST] {user}") !=
                std::string::npos);
        QVERIFY(chatTemplateDescription(ChatTemplate::Zephyr).find("<|assistant|>\n[[{assistant}</s>]]\n") != std::string::npos);
        QVERIFY(chatTemplateDescription(ChatTemplate::Alpaca).find("### Response:\n[[{assistant}</s>]]") != std::string::npos);
    }

    void recognize_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("expected"); // -1: none
        QTest::newRow("qwen2") << "qwen2" << int(ChatTemplate::ChatML);
        QTest::newRow("smollm2") << "smollm2" << int(ChatTemplate::ChatML);
        QTest::newRow("llama2-chat") << "llama2-chat" << int(ChatTemplate::Llama2);
        QTest::newRow("zephyr") << "zephyr" << int(ChatTemplate::Zephyr);
        QTest::newRow("named list: default") << "named-list" << int(ChatTemplate::Zephyr);
        QTest::newRow("llama3-instruct") << "llama3-instruct" << -1;
        QTest::newRow("mistral-instruct") << "mistral-instruct" << -1;
        QTest::newRow("no template") << "no-template" << -1;
    }

    void recognize()
    {
        QFETCH(QString, folder);
        QFETCH(int, expected);
        const fs::path dir = fixtures() / "instruction" / "templates" / folder.toStdString();
        const std::string jinja = readChatTemplate(dir);
        const std::optional<ChatTemplate> got = recognizeChatTemplate(jinja);
        QCOMPARE(got ? int(*got) : -1, expected);
        // Beside a tokenizer file (the file need not exist to be looked beside, nor be a tokenizer.json).
        QCOMPARE(readChatTemplate(dir / "tokenizer.model"), jinja);
    }

    void recognizeVariants()
    {
        for (const ChatTemplate t : allChatTemplates())
            QCOMPARE(recognizeChatTemplate(chatTemplateJinja(t)), std::optional<ChatTemplate>(t));
        // Whitespace, whitespace control and quotes do not matter; content does.
        const std::string zephyr = chatTemplateJinja(ChatTemplate::Zephyr);
        std::string variant;
        for (const char c : zephyr)
            variant += c == '\'' ? '"' : c == '\n' ? ' ' : c;
        for (size_t at; (at = variant.find("{%")) != std::string::npos && variant.compare(at, 3, "{%-") != 0;)
            variant.replace(at, 2, "{%-");
        QCOMPARE(recognizeChatTemplate(variant), std::optional<ChatTemplate>(ChatTemplate::Zephyr));
        std::string changed = zephyr;
        changed.replace(changed.find("<|user|>"), 8, "<|human|>");
        QVERIFY(!recognizeChatTemplate(changed));
        QVERIFY(!recognizeChatTemplate(""));
        QVERIFY(!recognizeChatTemplate("{{ messages }}"));
    }

    void readChatTemplateErrors()
    {
        const fs::path bad = fixtures() / "instruction" / "templates" / "not-json";
        const QString message = errorOf([&] { readChatTemplate(bad); });
        QVERIFY2(message.contains("tokenizer_config.json"), qPrintable(message));
        QCOMPARE(readChatTemplate(fixtures() / "instruction"), std::string()); // no tokenizer_config.json
        // A SentencePiece model folder holding a tokenizer_config.json.
        const fs::path spm = fs::path(dir_.path().toStdString()) / "spm";
        fs::create_directories(spm);
        std::ofstream(spm / "tokenizer.model") << "not read";
        fs::copy_file(fixtures() / "instruction" / "templates" / "llama2-chat" / "tokenizer_config.json",
                      spm / "tokenizer_config.json");
        QCOMPARE(recognizeChatTemplate(readChatTemplate(spm)), std::optional<ChatTemplate>(ChatTemplate::Llama2));
        QCOMPARE(recognizeChatTemplate(readChatTemplate(spm / "tokenizer.model")),
                 std::optional<ChatTemplate>(ChatTemplate::Llama2));
    }
};

QTEST_GUILESS_MAIN(TstChatTemplate)
#include "tst_chat_template.moc"
