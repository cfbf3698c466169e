// `adaptlab-cli tokenizer train|encode|fertility|compare|import`: the tokenizer job kinds
// (train_tokenizer, tokenizer_fertility, tokenizer_import) run through jobGroupCommand, their
// command lines first put in the shape the contract gives (--input PATH..., --out PREFIX,
// positional corpus files); encode is no job and runs here directly.
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading "tokenizer". Returns the process exit code (2 for a refused command line).
int tokenizerCommand(std::vector<std::string> args);

// With --project, a tokenizer may be named as the project knows it: a path inside the project
// ("tokenizers/base") or the name of a folder or model in its tokenizers/ ("base"). A path that
// exists from the current folder keeps meaning that. Rewrites the --tokenizer and
// --compare-tokenizer values in ARGS to absolute paths (used by `tokenizer` and `shards build`).
void resolveProjectTokenizers(std::vector<std::string>& args);

} // namespace adaptlab::cli
