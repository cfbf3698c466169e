#include "sft_example.h"

#include "common/error.h"
#include "corpus/line_stream.h"
#include "data/chat_template.h"
#include "data/instruction.h"
#include "tokenize/tokenizer.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFileInfo>

#include <fstream>
#include <sstream>

namespace adaptlab::train_panel {

namespace {

using nlohmann::json;

// Records looked at for the first good one: a file whose first lines are all bad is shown as such.
constexpr int kMaxRecordsTried = 100;

QString tr(const char* text)
{
    return QCoreApplication::translate("SftExample", text);
}

bool isJsonArrayFile(const std::filesystem::path& path)
{
    return path.extension() == ".json";
}

// The first records that are JSON objects (at most kMaxRecordsTried), with their lines.
std::vector<std::pair<json, qint64>> firstRecords(const std::filesystem::path& path, size_t count)
{
    std::vector<std::pair<json, qint64>> records;
    if (isJsonArrayFile(path)) {
        // A .json file is one array: read whole (on a worker), as data::readInstructions does.
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw Error(path.string() + ": cannot be opened");
        const json array = json::parse(in, nullptr, /*allow_exceptions=*/false);
        if (array.is_discarded() || !array.is_array())
            throw Error(path.string() + ": not a JSON array of records");
        for (size_t i = 0; i < array.size() && records.size() < count && i < size_t(kMaxRecordsTried); ++i)
            if (array[i].is_object())
                records.emplace_back(array[i], qint64(i + 1));
        return records;
    }
    corpus::LineStream stream(path);
    std::string line;
    qint64 number = 0;
    while (records.size() < count && number < kMaxRecordsTried && stream.next(line)) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (!record.is_discarded() && record.is_object())
            records.emplace_back(std::move(record), number);
    }
    return records;
}

// Cuts IDS into the text of each token. Special tokens (BOS, <|im_start|>, ...) are spelled as
// their piece; the others are decoded run by run, each token's text being what it adds to the
// decoded prefix, so the pieces join to what the tokenizer decodes (SentencePiece's "▁" becomes
// a space, byte-level BPE's bytes become characters).
std::vector<std::string> tokenTexts(const tokenize::Tokenizer& tokenizer, const std::vector<int32_t>& ids)
{
    std::vector<std::string> texts;
    texts.reserve(ids.size());
    std::vector<int32_t> run;
    size_t runStart = 0; // index in texts of the run's first token
    std::string decoded;
    for (const int32_t id : ids) {
        if (tokenizer.isSpecial(id)) {
            run.clear();
            decoded.clear();
            texts.push_back(tokenizer.idToPiece(id));
            runStart = texts.size();
            continue;
        }
        run.push_back(id);
        const std::string now = tokenizer.decode(run);
        size_t common = 0;
        while (common < decoded.size() && common < now.size() && decoded[common] == now[common])
            ++common;
        // A token that completes a character split over several tokens (byte fallback) changes
        // the decoded text before it: the earlier tokens of the run give up the changed tail.
        for (size_t excess = decoded.size() - common, i = texts.size(); excess > 0 && i > runStart; --i) {
            std::string& text = texts[i - 1];
            const size_t cut = std::min(excess, text.size());
            text.resize(text.size() - cut);
            excess -= cut;
        }
        texts.push_back(now.substr(common));
        decoded = now;
    }
    return texts;
}

} // namespace

InstructionPeek peekInstructionDataset(const QString& path)
{
    InstructionPeek peek;
    peek.path = path;
    try {
        for (const auto& [record, line] : firstRecords(path.toStdString(), 1)) {
            if (const auto format = data::detectInstructionFormat(record))
                peek.format = QString::fromLatin1(data::instructionFormatName(*format));
        }
    } catch (const std::exception& e) {
        peek.error = QString::fromStdString(e.what());
    }
    return peek;
}

TemplateGuess guessChatTemplate(const QString& folder)
{
    TemplateGuess guess;
    guess.folder = folder;
    if (folder.isEmpty() || folder.startsWith(QLatin1String("preset:")) || !QFileInfo::exists(folder))
        return guess;
    try {
        const std::string jinja = data::readChatTemplate(folder.toStdString());
        guess.hasTemplate = !jinja.empty();
        if (const auto recognised = data::recognizeChatTemplate(jinja); recognised && guess.hasTemplate)
            guess.recognised = QString::fromLatin1(data::chatTemplateName(*recognised));
    } catch (const std::exception& e) {
        guess.error = QString::fromStdString(e.what());
    }
    return guess;
}

QString RenderedPreview::html() const
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap; font-family: monospace;\">");
    for (const RenderedToken& token : tokens) {
        const QString piece = text.mid(token.start, token.length).toHtmlEscaped();
        if (piece.isEmpty())
            continue;
        html += token.trained ? QStringLiteral("<span style=\"background-color: %1; color: #000000;\">%2</span>")
                                    .arg(QLatin1String(kTrainedBackground), piece)
                              : QStringLiteral("<span style=\"color: %1;\">%2</span>")
                                    .arg(QLatin1String(kContextColor), piece);
    }
    return html + QStringLiteral("</div>");
}

RenderedPreview renderFirstExample(const QString& dataset, const QString& format, const QString& chatTemplate,
                                   const QString& tokenizerPath, qint64 maxTokens)
{
    RenderedPreview preview;
    try {
        const auto parsedFormat = data::parseInstructionFormat(format.toStdString());
        if (!parsedFormat)
            throw Error(tr("unknown data shape \"%1\"").arg(format).toStdString());
        const auto parsedTemplate = data::parseChatTemplate(chatTemplate.toStdString());
        if (!parsedTemplate)
            throw Error(tr("unknown chat template \"%1\"").arg(chatTemplate).toStdString());
        const std::unique_ptr<tokenize::Tokenizer> tokenizer = tokenize::Tokenizer::open(tokenizerPath.toStdString());
        // The first record that reads as FORMAT: a bad first line is not the example a user wants.
        std::optional<data::Conversation> conversation;
        QString firstProblem;
        for (const auto& [record, line] : firstRecords(dataset.toStdString(), kMaxRecordsTried)) {
            try {
                conversation = data::conversationFromRecord(record, *parsedFormat);
                conversation->line = line;
                break;
            } catch (const std::exception& e) {
                if (firstProblem.isEmpty())
                    firstProblem = tr("line %1: %2").arg(line).arg(QString::fromStdString(e.what()));
            }
        }
        if (!conversation)
            throw Error(firstProblem.isEmpty()
                            ? tr("%1 has no record to show").arg(dataset).toStdString()
                            : tr("no record of the first ones reads as %1 (%2)").arg(format, firstProblem).toStdString());
        data::RenderOptions options;
        options.maxTokens = maxTokens;
        const data::RenderedExample rendered =
            data::renderConversation(*conversation, *parsedTemplate, *tokenizer, options);
        const std::vector<std::string> texts = tokenTexts(*tokenizer, rendered.ids);
        preview.line = conversation->line;
        preview.truncated = rendered.truncated;
        preview.totalTokens = qint64(rendered.ids.size());
        preview.trainedTokens = rendered.trainedTokens();
        preview.tokens.reserve(rendered.ids.size());
        for (size_t i = 0; i < rendered.ids.size(); ++i) {
            const QString piece = QString::fromStdString(texts[i]);
            preview.tokens.push_back({rendered.ids[i], int(preview.text.size()), int(piece.size()),
                                      i < rendered.lossMask.size() && rendered.lossMask[i] != 0});
            preview.text += piece;
        }
    } catch (const std::exception& e) {
        preview.error = QString::fromStdString(e.what());
        preview.tokens.clear();
        preview.text.clear();
    }
    return preview;
}

} // namespace adaptlab::train_panel
