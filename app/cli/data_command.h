// `adaptlab-cli data render`: instruction data through a chat template and a tokenizer, one example
// a line, so scripts (and people) can see exactly which ids an SFT run trains on.
//
// data render --tokenizer PATH --format alpaca|chat|sharegpt --template chatml|llama2|zephyr|alpaca
//             FILE [--json] [--max-tokens N] [--no-bos] [--field KEY=NAME]...
// --json: one JSON object per example per line, {"line", "ids", "loss_mask", "trained", "truncated"}
// ("ids" and "loss_mask" the same length, 1 = trained). Without --json: the example's text with the
// trained spans between [[ and ]]. Bad records go to stderr as "FILE: line N: field: why" and the
// rest is rendered. Without --template, the tokenizer's own chat_template when it is a built-in one.
//
// data render --tokenizer PATH --meco url|FIELD [--meco-hash] [--meco-label L] [--text-field NAME]
//             FILE [--json]
// Corpus documents (JSON Lines, read by corpus::CorpusReader) as MeCo's phase 1 trains them
// (data::renderMecoDocument): --json adds "prefix_tokens", "metadata" (the value in the prefix,
// null when none) and "prefix" to "line", "ids", "loss_mask" and "trained"; without it, the text
// with the untrained tokens between ‹ and ›. Records without text and metadata that is no URL go
// to stderr with the file and line.
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading "data". Exit 0 done (bad records reported, at least one example
// rendered), 1 failed (the file or tokenizer cannot be read, or no example could be rendered),
// 2 refused (a bad flag, no such file, an unknown format or template).
int dataCommand(std::vector<std::string> args);

} // namespace adaptlab::cli
