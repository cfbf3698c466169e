// Data parallelism on PyTorch's own c10d: Gloo on CPU, NCCL on CUDA, configured from the launcher
// environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT) as torchrun and Slurm set
// it. Without those variables (or WORLD_SIZE=1) there is no process group and every call is a no-op.
// The variables are read by train/launch_environment.h (torch-free: the CLI and the trainer can ask
// for the rank and local rank before connecting). ADAPTLAB_DISTRIBUTED_TIMEOUT (seconds, default
// 300) bounds how long a rank waits for its peers to connect.
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "distributed" part; the trainer uses it). Change only by
// adding.
#pragma once

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

namespace adaptlab::train {

class Distributed {
public:
    // Throws Error naming the variable when the environment is inconsistent (RANK >= WORLD_SIZE,
    // MASTER_PORT not a port, a peer that never connects within the timeout). Never returns null:
    // a single process gets an object whose collectives do nothing. `device` picks the backend:
    // Gloo for CPU tensors, NCCL for CUDA ones (an Error when this LibTorch was built without it).
    static std::unique_ptr<Distributed> fromEnvironment(const torch::Device& device);
    virtual ~Distributed() = default;

    virtual int rank() const = 0;
    virtual int worldSize() const = 0;
    virtual int localRank() const = 0;
    bool isMain() const { return rank() == 0; } // only rank 0 writes checkpoints and metrics

    // Sum over ranks then divide by the world size, in place (gradients; one flattened bucket per
    // call where that is faster).
    virtual void averageGradients(const std::vector<torch::Tensor>& parameters) = 0;
    // In-place sum of a tensor over ranks (loss sums, token counts).
    virtual void allReduceSum(torch::Tensor& tensor) = 0;
    // Rank 0's values into everyone's tensors (initial weights of a from-scratch model).
    virtual void broadcast(const std::vector<torch::Tensor>& tensors) = 0;
    virtual void barrier() = 0;

    // Added: gradients are reduced in flattened buckets of at most this many bytes (default 25 MiB,
    // as DDP); 0 reduces each tensor on its own (the baseline tests/bench/bench_allreduce compares).
    virtual void setBucketCapBytes(int64_t bytes) { (void)bytes; }
    // Added: "gloo", "nccl" or "none" (a single process), for logs and the run's metadata.
    virtual std::string backendName() const { return "none"; }
};

} // namespace adaptlab::train
