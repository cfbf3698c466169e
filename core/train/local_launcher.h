// `adaptlab-cli train --nproc N`: N local data-parallel workers of the same command, each with the
// launcher environment torchrun would give it (train/launch_environment.h). Torch-free: the parent
// only supervises; rank 0 is the child that writes the run's files.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace adaptlab::train {

// Starts `nproc` children of argv (argv[0] found on PATH when it has no slash) with RANK,
// WORLD_SIZE, LOCAL_RANK, MASTER_ADDR=127.0.0.1 and MASTER_PORT (a free port) set (LOCAL_WORLD_SIZE
// removed) and every `--nproc N` / `--nproc=N` removed from the arguments. Each child gets its own
// share of this process's CPUs (its affinity mask), so N workers do not each start a thread per
// core: coresAvailable() in a worker is its share.
// Rank 0 keeps this process's stdout and stderr; the other ranks' output goes to stderr, each line
// prefixed "[rank R] ". SIGTERM or SIGINT to this process is forwarded to every child as SIGTERM
// (a second one sends SIGKILL). When a child fails (non-zero exit or killed), the others get
// SIGTERM and, 30 s later, SIGKILL. Returns 0 when every rank succeeded, else the exit code of the
// rank that failed first (128 + signal when it was killed): rank 0's in the usual case, and the
// cause rather than the SIGTERM it led to. Throws Error when nproc < 1, when this process already
// runs under a launcher (WORLD_SIZE > 1), or when a child cannot be started.
int launchLocalWorkers(int nproc, const std::vector<std::string>& argv);

// argv without any `--nproc N` or `--nproc=N` (the workers must not launch workers).
std::vector<std::string> withoutNprocOption(const std::vector<std::string>& argv);

// A TCP port on 127.0.0.1 that was free a moment ago (the kernel's choice for port 0).
uint16_t freeLocalPort();

// Which CPUs rank `rank` of `nproc` gets from `cpus` (this process's): contiguous equal shares
// when there are at least as many CPUs as ranks, else one CPU each, reused round robin.
std::vector<int> cpuShare(const std::vector<int>& cpus, int rank, int nproc);

} // namespace adaptlab::train
