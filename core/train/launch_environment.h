// The data-parallel launcher environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT)
// as torchrun, Slurm's srun (through the exported script) and `adaptlab-cli train --nproc` set it.
// Torch-free, so the CLI can tell rank 0 (which writes the run files) from the other ranks before
// LibTorch is loaded, and the trainer can pick cuda:LOCAL_RANK before it connects.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace adaptlab::train {

struct LaunchEnvironment {
    int rank = 0;
    int worldSize = 1;  // 1: no process group, every collective is a no-op
    int localRank = 0;  // the device index on this node (cuda:LOCAL_RANK)
    std::string masterAddr;
    uint16_t masterPort = 0;

    bool distributed() const { return worldSize > 1; }
    bool isMain() const { return rank == 0; }
};

// Reads the process environment. Without WORLD_SIZE (or with WORLD_SIZE=1) the result is a single
// process and the other variables are not needed. Throws Error naming the variable and its value
// when the set is inconsistent: WORLD_SIZE or RANK not a number, RANK outside [0, WORLD_SIZE),
// RANK set without WORLD_SIZE, MASTER_ADDR missing, MASTER_PORT not a port (1-65535), LOCAL_RANK
// negative or not a number (absent: 0).
LaunchEnvironment readLaunchEnvironment();

// The same rule on a given lookup (nullopt = variable unset), for tests.
using EnvironmentLookup = std::function<std::optional<std::string>(const std::string& name)>;
LaunchEnvironment readLaunchEnvironment(const EnvironmentLookup& lookup);

} // namespace adaptlab::train
