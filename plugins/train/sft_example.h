// What the Train panel shows of instruction data before an SFT run starts, computed on a worker
// (it reads files and runs a tokenizer): the shape of a dataset's records (data::
// detectInstructionFormat on its first record), the chat template a base model ships
// (tokenizer_config.json's chat_template, recognised as a built-in one), and the first example
// rendered through a template with the run's tokenizer, cut into the text of each token with the
// tokens the loss is on marked (so a user sees what SFT trains). Torch-free.
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace adaptlab::train_panel {

// The first record of an instruction dataset file.
struct InstructionPeek {
    QString path;
    std::optional<QString> format; // "alpaca" | "chat" | "sharegpt"; nullopt: not recognised
    QString error;                 // why the file could not be read (then format is nullopt)
};

// Reads the first record that is a JSON object (JSON Lines, compressed or not, or a .json array's
// first element) and detects its shape. Never throws: errors go to `error`.
InstructionPeek peekInstructionDataset(const QString& path);

// The base model's own chat template: the built-in it is, or why none was recognised.
struct TemplateGuess {
    QString folder;
    std::optional<QString> recognised; // "chatml" | "llama2" | "zephyr" | "alpaca"
    bool hasTemplate = false;          // the folder's tokenizer_config.json has a chat_template
    QString error;
};
// FOLDER: a model folder (or a tokenizer file beside a tokenizer_config.json); a preset ("preset:")
// or an empty string has none.
TemplateGuess guessChatTemplate(const QString& folder);

// One token of a rendered example: where its text is in `text` and whether the loss is on it.
struct RenderedToken {
    qint32 id = 0;
    int start = 0;  // in RenderedPreview::text (UTF-16 positions)
    int length = 0;
    bool trained = false;
};

struct RenderedPreview {
    QString text;                       // the example as the tokens spell it
    std::vector<RenderedToken> tokens;  // in order; their texts concatenate to `text`
    qint64 trainedTokens = 0;
    qint64 totalTokens = 0;
    bool truncated = false;             // cut at maxTokens
    qint64 line = 0;                    // the record's line in the file
    QString error;

    // The example as HTML for a QTextEdit: trained tokens on a green background, the rest grey.
    QString html() const;
};

inline const char* const kTrainedBackground = "#c8f0c8";
inline const char* const kContextColor = "#8a8a8a";

// Renders the first valid conversation of DATASET (read as FORMAT) through TEMPLATE with the
// tokenizer at TOKENIZER (a file or a model folder), at most MAXTOKENS ids (0: all), and cuts it
// into tokens. Never throws: errors go to `error`.
RenderedPreview renderFirstExample(const QString& dataset, const QString& format, const QString& chatTemplate,
                                   const QString& tokenizer, qint64 maxTokens);

} // namespace adaptlab::train_panel
