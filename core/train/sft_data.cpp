#include "train/sft_data.h"

#include "common/error.h"
#include "data/chat_template.h"
#include "data/instruction.h"
#include "tokenize/tokenizer.h"

#include <cstdio>

namespace adaptlab::train {

namespace {

constexpr size_t kProblemsKept = 20;

std::string twoDecimals(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

} // namespace

std::unique_ptr<SftOrder> openSftOrder(const TrainConfig& config, SftDataReport* reportOut,
                                       const std::function<void(const std::string&, const std::string&)>& log,
                                       const std::function<bool()>& stop)
{
    const auto say = [&](const std::string& message, const std::string& level = "info") {
        if (log)
            log(message, level);
    };
    if (config.sft.files.empty())
        throw Error("sft.files: no instruction file to train on");
    const auto chatTemplate = data::parseChatTemplate(config.sft.chatTemplate);
    if (!chatTemplate)
        throw Error("sft.chat_template: \"" + config.sft.chatTemplate + "\" is not one of: chatml, llama2, zephyr, alpaca");
    if (config.tokenizer.empty())
        throw Error("tokenizer: stage sft renders conversations with the run's tokenizer; none was given");
    const auto tokenizer = tokenize::Tokenizer::open(config.tokenizer);

    SftDataReport report;
    std::vector<data::RenderedExample> examples;
    for (const SftData::File& file : config.sft.files) {
        const data::InstructionReadResult read = data::readInstructions(file.path, file.format, file.fields, stop);
        report.records += read.records;
        report.badRecords += read.badRecords;
        for (const data::InstructionProblem& problem : read.problems)
            if (report.problems.size() < kProblemsKept)
                report.problems.push_back(problem.file.string() + ": " + problem.message);
        int64_t unrenderable = 0;
        for (const data::Conversation& conversation : read.conversations) {
            try {
                examples.push_back(data::renderConversation(conversation, *chatTemplate, *tokenizer));
            } catch (const Error& e) {
                ++unrenderable;
                if (report.problems.size() < kProblemsKept)
                    report.problems.push_back(file.path.string() + ": line " + std::to_string(conversation.line) + ": " + e.what());
            }
        }
        report.unrenderable += unrenderable;
        say(file.path.string() + ": " + std::to_string(read.conversations.size() - unrenderable) + " conversations (" +
            data::instructionFormatName(file.format) + ", " + std::to_string(read.badRecords) + " bad records" +
            (unrenderable ? ", " + std::to_string(unrenderable) + " the " + config.sft.chatTemplate + " template cannot carry" : "") +
            ")", read.badRecords + unrenderable > 0 ? "warning" : "info");
    }
    for (const std::string& problem : report.problems)
        say(problem, "warning");

    const size_t total = examples.size();
    auto [train, heldOut] = splitHeldOut(std::move(examples), config.sft.heldoutFraction, config.data.seed);
    const tokenize::SpecialIds special = tokenizer->specialIds();
    SftPlan plan;
    // The metrics' source label: the files' one name (a dataset's files share it), else "sft".
    const auto nameOf = [](const SftData::File& file) {
        return file.name.empty() ? file.path.stem().string() : file.name;
    };
    plan.name = nameOf(config.sft.files.front());
    for (const SftData::File& file : config.sft.files)
        if (nameOf(file) != plan.name)
            plan.name = "sft";
    if (plan.name.empty())
        plan.name = "sft";
    plan.seqLen = config.data.seqLen;
    plan.globalBatch = config.data.globalBatch;
    plan.seed = config.data.seed;
    plan.packing = config.sft.packing;
    plan.padId = special.pad >= 0 ? special.pad : special.eos >= 0 ? special.eos : 0;
    plan.vocabSize = tokenizer->vocabSize();
    const size_t heldOutGiven = heldOut.size();
    auto order = std::make_unique<SftOrder>(plan, std::move(train), std::move(heldOut));
    report.trainExamples = order->trainExamples();
    report.heldOutExamples = static_cast<int64_t>(heldOutGiven);
    report.truncatedExamples = order->truncatedExamples();
    say("sft data: " + std::to_string(total) + " examples rendered with the " + config.sft.chatTemplate + " template: " +
        std::to_string(report.trainExamples) + " train, " + std::to_string(report.heldOutExamples) + " held out; " +
        std::to_string(report.truncatedExamples) + " cut to " + std::to_string(plan.seqLen + 1) + " tokens; " +
        (plan.packing ? "packed" : "one per row") + "; " + std::to_string(config.steps) + " steps = " +
        twoDecimals(order->epochsFor(config.steps)) + " epochs");
    if (reportOut)
        *reportOut = report;
    return order;
}

} // namespace adaptlab::train
