// `adaptlab-cli runs list|follow|stop`: the runs of a project, whoever started them.
#pragma once

#include <string>
#include <vector>

namespace adaptlab::cli {

// ARGS without the leading "runs". Returns the process exit code.
int runsCommand(std::vector<std::string> args);

} // namespace adaptlab::cli
