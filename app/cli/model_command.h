// `adaptlab-cli score` and `adaptlab-cli generate`: a Hugging Face model folder scored on given ids,
// or continuing a prompt. Torch-free: model/inference.h loads LibTorch for the work.
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading command word. Returns the process exit code: 0 done, 2 refused (a bad
// command line, no such folder, ids outside the vocabulary, no tokenizer), 1 failed.
int scoreCommand(std::vector<std::string> args);
int generateCommand(std::vector<std::string> args);

} // namespace adaptlab::cli
