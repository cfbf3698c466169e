#include "train/launch_script.h"

#include "common/atomic_file.h"
#include "common/error.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <sstream>

namespace adaptlab::train {

namespace {

void requireAtLeastOne(const char* field, int value)
{
    if (value < 1)
        throw Error(std::string("launch script: ") + field + " = " + std::to_string(value) + " (needs at least 1)");
}

// An #SBATCH value or a name put in a comment must stay on its line and be one word to sbatch.
void requireOneLine(const char* field, const std::string& value, bool spacesAllowed)
{
    for (const char c : value)
        if (c == '\n' || c == '\r' || (!spacesAllowed && (c == ' ' || c == '\t')))
            throw Error(std::string("launch script: ") + field + " \"" + value + "\" contains "
                        + (c == ' ' || c == '\t' ? "a space" : "a line break"));
}

void validate(const LaunchScriptOptions& o)
{
    if (o.specFile.empty())
        throw Error("launch script: specFile is empty (the spec every rank runs)");
    if (o.cli.empty())
        throw Error("launch script: cli is empty (the adaptlab-cli program on the nodes)");
    requireAtLeastOne("nnodes", o.nnodes);
    requireAtLeastOne("nprocPerNode", o.nprocPerNode);
    if (o.masterPort < 0 || o.masterPort > 65535)
        throw Error("launch script: masterPort = " + std::to_string(o.masterPort) + " is not a TCP port (1-65535, 0 = default)");
    if (o.cpusPerTask < 0)
        throw Error("launch script: cpusPerTask = " + std::to_string(o.cpusPerTask) + " is negative");
    if (o.gpusPerNode < 0)
        throw Error("launch script: gpusPerNode = " + std::to_string(o.gpusPerNode) + " is negative");
    requireOneLine("specFile", o.specFile.string(), true);
    requireOneLine("cli", o.cli, true);
    requireOneLine("masterAddr", o.masterAddr, false);
    requireOneLine("jobName", o.jobName, false);
    requireOneLine("partition", o.partition, false);
    requireOneLine("account", o.account, false);
    requireOneLine("timeLimit", o.timeLimit, false);
}

// The settings every script opens with: each on its own line, so a user can edit them.
void writeCommonSettings(std::ostringstream& out, const LaunchScriptOptions& o, const std::filesystem::path& spec)
{
    out << "# The program on the nodes (ADAPTLAB_CLI in the environment overrides it) and the run's spec:\n"
        << "# both paths must be valid on every node (a shared file system).\n"
        << "ADAPTLAB_CLI=${ADAPTLAB_CLI:-" << shellQuote(o.cli) << "}\n"
        << "SPEC=" << shellQuote(spec.string()) << "\n";
}

std::string torchrunScript(const LaunchScriptOptions& o, const std::filesystem::path& spec)
{
    const int worldSize = o.nnodes * o.nprocPerNode;
    const int port = o.masterPort == 0 ? 29500 : o.masterPort;
    std::ostringstream out;
    out << "#!/usr/bin/env bash\n"
        << "# AdaptLab data-parallel training with torchrun: " << o.nnodes << " node(s) x " << o.nprocPerNode
        << " process(es) = " << worldSize << " ranks.\n";
    if (o.nnodes > 1)
        out << "# Run this same script on every node; the nodes meet at the rendezvous host:port below.\n";
    out << "# torchrun sets RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT for each rank and\n"
        << "# runs `adaptlab-cli train SPEC` (--no_python: a program, not a Python script). Rank 0 writes\n"
        << "# the checkpoints and metrics. Needs torchrun (PyTorch) on every node.\n"
        << "set -euo pipefail\n\n";
    writeCommonSettings(out, o, spec);
    out << "NNODES=" << o.nnodes << "\n"
        << "NPROC_PER_NODE=" << o.nprocPerNode << "\n";
    out << "# --redirects=1 --tee=1: each rank's stdout on the console, prefixed with its rank, and in\n"
        << "# torchrun's log folder. Also needed by torchrun 1.13 under Python 3.11, whose default fails.\n";
    if (o.nnodes == 1) {
        out << "\n# One node: torchrun hosts the rendezvous itself on a free local port.\n"
            << "exec torchrun --standalone --nnodes=\"$NNODES\" --nproc_per_node=\"$NPROC_PER_NODE\" \\\n"
            << "    --redirects=1 --tee=1 --no_python \"$ADAPTLAB_CLI\" train \"$SPEC\"\n";
        return out.str();
    }
    if (o.masterAddr.empty())
        out << "RDZV_HOST=${MASTER_ADDR:?set MASTER_ADDR to a host every node can reach (the rendezvous)}\n";
    else
        out << "RDZV_HOST=${MASTER_ADDR:-" << shellQuote(o.masterAddr) << "}\n";
    out << "RDZV_PORT=${MASTER_PORT:-" << port << "}\n"
        << "# The same id on every node of one run; another run needs another id.\n"
        << "RDZV_ID=${RDZV_ID:-adaptlab-$RDZV_PORT}\n\n"
        << "exec torchrun --nnodes=\"$NNODES\" --nproc_per_node=\"$NPROC_PER_NODE\" \\\n"
        << "    --rdzv_backend=c10d --rdzv_endpoint=\"$RDZV_HOST:$RDZV_PORT\" --rdzv_id=\"$RDZV_ID\" \\\n"
        << "    --redirects=1 --tee=1 --no_python \"$ADAPTLAB_CLI\" train \"$SPEC\"\n";
    return out.str();
}

std::string slurmScript(const LaunchScriptOptions& o, const std::filesystem::path& spec)
{
    const int worldSize = o.nnodes * o.nprocPerNode;
    std::ostringstream out;
    out << "#!/bin/bash\n"
        << "#SBATCH --job-name=" << o.jobName << "\n"
        << "#SBATCH --nodes=" << o.nnodes << "\n"
        << "#SBATCH --ntasks-per-node=" << o.nprocPerNode << "\n";
    if (o.cpusPerTask > 0)
        out << "#SBATCH --cpus-per-task=" << o.cpusPerTask << "\n";
    if (o.gpusPerNode > 0)
        out << "#SBATCH --gpus-per-node=" << o.gpusPerNode << "\n";
    if (!o.partition.empty())
        out << "#SBATCH --partition=" << o.partition << "\n";
    if (!o.account.empty())
        out << "#SBATCH --account=" << o.account << "\n";
    if (!o.timeLimit.empty())
        out << "#SBATCH --time=" << o.timeLimit << "\n";
    out << "#SBATCH --output=" << (o.jobName.empty() ? "adaptlab-train" : o.jobName) << "-%j.out\n"
        << "#\n"
        << "# AdaptLab data-parallel training on Slurm: " << o.nnodes << " node(s) x " << o.nprocPerNode
        << " task(s) = " << worldSize << " ranks. Submit with `sbatch` this file.\n"
        << "# srun starts one task per rank; each runs `adaptlab-cli train SPEC` with RANK, WORLD_SIZE and\n"
        << "# LOCAL_RANK taken from Slurm's task variables. Rank 0 (on the first node) hosts the\n"
        << "# rendezvous and writes the checkpoints and metrics.\n"
        << "set -euo pipefail\n\n";
    writeCommonSettings(out, o, spec);
    out << "\n# Rank 0 runs on the first host of the allocation.\n"
        << "mapfile -t ADAPTLAB_HOSTS < <(scontrol show hostnames \"$SLURM_JOB_NODELIST\")\n"
        << "MASTER_ADDR=${ADAPTLAB_HOSTS[0]:?scontrol listed no host for SLURM_JOB_NODELIST=$SLURM_JOB_NODELIST}\n";
    if (o.masterPort > 0)
        out << "MASTER_PORT=${MASTER_PORT:-" << o.masterPort << "}\n";
    else
        out << "# A port from the job id: two jobs that share a node do not collide.\n"
            << "MASTER_PORT=${MASTER_PORT:-$((20000 + SLURM_JOB_ID % 20000))}\n";
    if (o.cpusPerTask > 0)
        out << "export OMP_NUM_THREADS=${OMP_NUM_THREADS:-" << o.cpusPerTask << "}\n";
    out << "export MASTER_ADDR MASTER_PORT ADAPTLAB_CLI SPEC\n\n"
        << "# The task variables exist only inside each task, hence the single quotes.\n"
        << "srun --kill-on-bad-exit=1 bash -c \\\n"
        << "    'export RANK=\"$SLURM_PROCID\" WORLD_SIZE=\"$SLURM_NTASKS\" LOCAL_RANK=\"$SLURM_LOCALID\"; "
           "exec \"$ADAPTLAB_CLI\" train \"$SPEC\"'\n";
    return out.str();
}

} // namespace

std::string shellQuote(const std::string& text)
{
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += "'";
    return quoted;
}

std::string launchScript(LaunchScriptKind kind, const LaunchScriptOptions& options)
{
    validate(options);
    // The script may run from any folder (sbatch starts in the submit directory, torchrun wherever
    // the user is): the spec's path must not depend on it.
    const std::filesystem::path spec = std::filesystem::absolute(options.specFile).lexically_normal();
    return kind == LaunchScriptKind::Torchrun ? torchrunScript(options, spec) : slurmScript(options, spec);
}

void writeLaunchScript(const std::filesystem::path& file, LaunchScriptKind kind, const LaunchScriptOptions& options)
{
    const std::string text = launchScript(kind, options);
    AtomicFile out(file);
    out.write(text);
    out.close();
    if (::chmod(out.temporaryPath().c_str(), 0755) != 0)
        throw Error("cannot make " + file.string() + " executable: " + std::strerror(errno));
    out.commit();
}

} // namespace adaptlab::train
