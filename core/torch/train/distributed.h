// Data parallelism on PyTorch's own c10d: Gloo on CPU, NCCL on CUDA, configured from the launcher
// environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT) as torchrun and Slurm set
// it. Without those variables (or WORLD_SIZE=1) there is no process group and every call is a no-op.
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "distributed" part; the trainer uses it). Change only by
// adding.
#pragma once

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace adaptlab::train {

class Distributed {
public:
    // Throws Error naming the variable when the environment is inconsistent (RANK >= WORLD_SIZE,
    // MASTER_PORT not a port, a peer that never connects within the timeout).
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
};

} // namespace adaptlab::train
