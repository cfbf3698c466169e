// Gradient all-reduce between local ranks over Gloo: one collective per parameter tensor (the
// baseline) against flattened buckets (25 MiB, as DDP, and one bucket for everything), on the
// gradient shapes of two Llama models: the benchmark config (6 layers, d_model 384, 6 heads,
// 2 kv heads, SwiGLU 1024, vocab 8192, untied: 57 tensors) and a teaching-size one (4 layers,
// d_model 128, vocab 4096: 39 tensors, where the latency of each call weighs more).
// Prints ms per averageGradients call and the speed-up over per-tensor, measured in the same run.
//
// Build with `ninja bench_allreduce`; run build/tests/bench_allreduce [--nproc 2] [--iterations 20].
// It is its own launcher (train/local_launcher.h), so each rank gets its share of the CPUs.
#include "torch/train/distributed.h"
#include "train/launch_environment.h"
#include "train/local_launcher.h"

#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

struct Shape {
    int layers, dModel, heads, kvHeads, ffn, vocab;
};

// Gradients shaped like LlamaForCausalLM's parameters (Hugging Face order), filled per rank.
std::vector<torch::Tensor> llamaGradients(const Shape& s, int rank)
{
    const int64_t headDim = s.dModel / s.heads;
    std::vector<std::vector<int64_t>> shapes{{s.vocab, s.dModel}}; // embed_tokens
    for (int l = 0; l < s.layers; ++l) {
        shapes.push_back({s.heads * headDim, s.dModel});   // q_proj
        shapes.push_back({s.kvHeads * headDim, s.dModel}); // k_proj
        shapes.push_back({s.kvHeads * headDim, s.dModel}); // v_proj
        shapes.push_back({s.dModel, s.heads * headDim});   // o_proj
        shapes.push_back({s.ffn, s.dModel});               // gate_proj
        shapes.push_back({s.ffn, s.dModel});               // up_proj
        shapes.push_back({s.dModel, s.ffn});               // down_proj
        shapes.push_back({s.dModel});                      // input_layernorm
        shapes.push_back({s.dModel});                      // post_attention_layernorm
    }
    shapes.push_back({s.dModel});          // norm
    shapes.push_back({s.vocab, s.dModel}); // lm_head
    torch::manual_seed(rank);
    std::vector<torch::Tensor> parameters;
    for (const auto& shape : shapes) {
        torch::Tensor p = torch::zeros(shape).requires_grad_(true);
        p.mutable_grad() = torch::randn(shape);
        parameters.push_back(p);
    }
    return parameters;
}

double millisecondsPerCall(adaptlab::train::Distributed& dist, std::vector<torch::Tensor>& parameters,
                           int64_t bucketCap, int iterations)
{
    dist.setBucketCapBytes(bucketCap);
    for (int i = 0; i < 2; ++i) // warm-up: connections, Gloo's algorithm cache, allocations
        dist.averageGradients(parameters);
    dist.barrier();
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i)
        dist.averageGradients(parameters);
    dist.barrier();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / iterations;
}

int runRank(int iterations)
{
    const auto dist = adaptlab::train::Distributed::fromEnvironment(torch::Device(torch::kCPU));
    const struct {
        const char* name;
        Shape shape;
    } models[] = {{"bench config (6x384, vocab 8192)", {6, 384, 6, 2, 1024, 8192}},
                  {"teaching size (4x128, vocab 4096)", {4, 128, 4, 2, 384, 4096}}};
    if (dist->isMain())
        std::printf("%d ranks over %s, %d threads each, %d iterations\n", dist->worldSize(), dist->backendName().c_str(),
                    torch::get_num_threads(), iterations);
    for (const auto& model : models) {
        std::vector<torch::Tensor> parameters = llamaGradients(model.shape, dist->rank());
        int64_t numel = 0;
        for (const auto& p : parameters)
            numel += p.numel();
        const double perTensor = millisecondsPerCall(*dist, parameters, 0, iterations);
        const double buckets = millisecondsPerCall(*dist, parameters, 25 * 1024 * 1024, iterations);
        const double single = millisecondsPerCall(*dist, parameters, int64_t(1) << 40, iterations);
        if (dist->isMain()) {
            std::printf("%s: %.2fM parameters in %zu tensors (%.1f MB of f32 gradients)\n", model.name, numel / 1e6,
                        parameters.size(), numel * 4 / 1e6);
            std::printf("  per tensor       %8.2f ms/call  (baseline)\n", perTensor);
            std::printf("  25 MiB buckets   %8.2f ms/call  %.2fx\n", buckets, perTensor / buckets);
            std::printf("  one bucket       %8.2f ms/call  %.2fx\n", single, perTensor / single);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv, argv + argc);
    int nproc = 2;
    int iterations = 20;
    for (size_t i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == "--nproc")
            nproc = std::stoi(args[i + 1]);
        if (args[i] == "--iterations")
            iterations = std::stoi(args[i + 1]);
    }
    try {
        if (!adaptlab::train::readLaunchEnvironment().distributed())
            return adaptlab::train::launchLocalWorkers(nproc, args);
        return runRank(iterations);
    } catch (const std::exception& e) {
        std::cerr << "bench_allreduce: " << e.what() << "\n";
        return 1;
    }
}
