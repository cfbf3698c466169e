// `adaptlab-cli <group> <command> ...`: the job kinds of a CLI group (param_schema.h's CLI command
// table: corpus, tokenizer, shards), their flags taken from each kind's parameter schema.
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading group name; USAGE is printed above the group's per-command options for
// --help (and, with an error, for a missing or unknown command). Returns the process exit code:
// that of the job (0 done, 1 failed, 143 stopped), or 2 for a refused command line or spec.
int jobGroupCommand(const std::string& group, const char* usage, std::vector<std::string> args);

} // namespace adaptlab::cli
