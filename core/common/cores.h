// How many cores this process may use: the one answer for the scan threads, the tokenizer trainer
// and torch's thread count.
#pragma once

#include <optional>

namespace adaptlab {

// The CPUs in this process's affinity mask (what taskset, a cgroup cpuset or Slurm allow it), else
// the hardware's count when the mask cannot be read, else 1. Never less than 1.
int coresAvailable();

// The rule behind coresAvailable(), on given readings (nullopt: the mask could not be read;
// 0: the hardware count is unknown), so each fallback can be tested.
int coresAvailable(std::optional<int> affinityCount, unsigned hardwareCount);

} // namespace adaptlab
