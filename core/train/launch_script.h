// Launch scripts for a cluster: the Train panel's "Export launch script" writes a torchrun script
// (run the same script on every node) or a Slurm batch script (sbatch it once), each starting
// `adaptlab-cli train SPEC.json` on every rank with RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and
// MASTER_PORT set as train/launch_environment.h reads them. Torch-free.
#pragma once

#include <filesystem>
#include <string>

namespace adaptlab::train {

enum class LaunchScriptKind { Torchrun, Slurm };

struct LaunchScriptOptions {
    std::filesystem::path specFile;   // the run's spec; every rank runs `CLI train SPEC`
    std::string cli = "adaptlab-cli"; // the program on the nodes (ADAPTLAB_CLI overrides it at run time)
    int nnodes = 1;
    int nprocPerNode = 1;             // ranks per node: one per GPU, or a few on CPU nodes
    // torchrun: the rendezvous host (any node all can reach); empty: MASTER_ADDR from the
    // environment at run time (required when nnodes > 1). One node: torchrun --standalone.
    std::string masterAddr;
    // 0: torchrun uses 29500; Slurm derives one from the job id, so two jobs sharing a node differ.
    int masterPort = 0;
    // Slurm only; empty / 0 = not requested (the cluster's default).
    std::string jobName = "adaptlab-train";
    std::string partition;
    std::string account;
    std::string timeLimit;            // sbatch --time, e.g. "24:00:00"
    int cpusPerTask = 0;
    int gpusPerNode = 0;
};

// The script's text. Throws Error naming the field for an unusable option: nnodes or nprocPerNode
// below 1, a port out of range, an empty spec path, a line break or a character sbatch would
// misread in a name. A torchrun script for several nodes without masterAddr requires MASTER_ADDR
// in the environment when it runs (and says so).
std::string launchScript(LaunchScriptKind kind, const LaunchScriptOptions& options);

// Writes launchScript() atomically (common/atomic_file.h), executable (0755).
void writeLaunchScript(const std::filesystem::path& file, LaunchScriptKind kind, const LaunchScriptOptions& options);

// One word for the shell: 'text' with every ' written as '\''.
std::string shellQuote(const std::string& text);

} // namespace adaptlab::train
