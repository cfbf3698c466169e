// `adaptlab-cli shards build|info|verify`: token shards from the command line. `build` is the
// build_shards job kind (its flags from the kind's schema, job_command.h); `info` and `verify` read
// one shard file.
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading "shards". Returns the process exit code: for build, the job's; for
// info and verify, 0 for an intact shard, 1 for a shard that is not (the problem on stderr), 2 for
// a refused command line.
int shardsCommand(std::vector<std::string> args);

} // namespace adaptlab::cli
