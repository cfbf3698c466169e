// LoRA and packed rows on the Llama model, in one process on bench_llama_layout's shapes (B 8, T 256,
// C 384, 6 heads, 2 KV heads, D 64, I 1024, V 8k, 6 layers):
//  - a training step (forward + loss + backward + AdamW step) with LoRA (r 8 on q,k,v,o, and on all
//    seven projections) against full fine-tuning of the same model: ratio > 1 = LoRA faster;
//  - the CPT forward (no position or segment ids, the shared (G*T, T) mask in baddbmm) against the
//    packed-row forward (per-row positions and a block-diagonal mask per row) on the same batch,
//    forward + backward: the price of packing, and a check that forward(ids, {}, {}) is the CPT path.
// Build with `ninja bench_lora`; run build/tests/bench_lora [--threads N] [--reps N].
#include "torch/model/llama.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

using namespace adaptlab::model;

namespace {

// Median of `reps` timed calls after one warm-up call, in milliseconds.
template <class F>
double medianMs(F&& f, int reps)
{
    f();
    std::vector<double> times;
    for (int i = 0; i < reps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        f();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Alternates the variants `rounds` times (so that machine load hits them alike) and returns the
// mean of each one's medians.
std::vector<double> compare(const std::vector<std::function<void()>>& variants, int reps, int rounds = 3)
{
    std::vector<double> total(variants.size(), 0.0);
    for (int r = 0; r < rounds; ++r)
        for (size_t v = 0; v < variants.size(); ++v)
            total[v] += medianMs(variants[v], reps);
    for (double& t : total)
        t /= rounds;
    return total;
}

LlamaConfig benchConfig()
{
    LlamaConfig config;
    config.vocabSize = 8000;
    config.hiddenSize = 384;
    config.intermediateSize = 1024;
    config.numHiddenLayers = 6;
    config.numAttentionHeads = 6;
    config.numKeyValueHeads = 2;
    config.tieWordEmbeddings = true;
    return config;
}

// One optimizer step on the model's trainable parameters (as the trainer groups them).
std::function<void()> trainingStep(LlamaForCausalLM model, const torch::Tensor& ids, const torch::Tensor& mask)
{
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(model->decayedParameters(), std::make_unique<torch::optim::AdamWOptions>(1e-4));
    // Empty with LoRA (no adapter parameter is undecayed): AdamW takes an empty group, as the trainer makes one.
    groups.emplace_back(model->undecayedParameters(), std::make_unique<torch::optim::AdamWOptions>(1e-4));
    auto optimizer = std::make_shared<torch::optim::AdamW>(std::move(groups));
    return [model, optimizer, ids, mask]() mutable {
        optimizer->zero_grad();
        maskedCrossEntropy(model->forward(ids), ids, mask).first.backward();
        optimizer->step();
    };
}

} // namespace

int main(int argc, char** argv)
{
    int threads = 0, reps = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--threads") == 0)
            threads = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--reps") == 0)
            reps = std::max(1, std::atoi(argv[i + 1]));
    }
    if (threads > 0)
        torch::set_num_threads(threads);
    torch::manual_seed(1);
    const int64_t B = 8, T = 256;
    const LlamaConfig config = benchConfig();
    std::printf("B %lld, T %lld, C %lld, heads %lld/%lld, I %lld, V %lld, %lld layers, %d threads\n", (long long)B,
                (long long)T, (long long)config.hiddenSize, (long long)config.numAttentionHeads,
                (long long)config.numKeyValueHeads, (long long)config.intermediateSize, (long long)config.vocabSize,
                (long long)config.numHiddenLayers, torch::get_num_threads());
    const auto ids = torch::randint(0, config.vocabSize, {B, T}, torch::kInt64);
    const auto mask = torch::ones({B, T}, torch::kInt64);

    // Three copies of one model: full fine-tuning, LoRA on attention, LoRA on every projection.
    LlamaForCausalLM full(config), attention(config), everywhere(config);
    {
        LoraConfig lora;
        lora.rank = 8;
        lora.alpha = 16;
        lora.dropout = 0.05;
        lora.targets = {"q", "k", "v", "o"};
        attention->enableLora(lora);
        lora.targets = {"q", "k", "v", "o", "gate", "up", "down"};
        everywhere->enableLora(lora);
    }
    for (auto* model : {&full, &attention, &everywhere})
        (*model)->train();
    const auto steps = compare({trainingStep(full, ids, mask), trainingStep(attention, ids, mask),
                                trainingStep(everywhere, ids, mask)},
                               reps);
    std::printf("training step: full fine-tuning %.1f ms, LoRA r8 q,k,v,o %.1f ms (%.2fx), LoRA r8 all seven %.1f ms "
                "(%.2fx)\n",
                steps[0], steps[1], steps[0] / steps[1], steps[2], steps[0] / steps[2]);

    // Packing: 8 rows of examples of 16..80 tokens, positions restarting, one segment id each.
    auto positions = torch::empty({B, T}, torch::kInt64), segments = torch::empty({B, T}, torch::kInt64);
    for (int64_t b = 0; b < B; ++b) {
        int64_t t = 0, segment = 0;
        while (t < T) {
            const int64_t length = std::min<int64_t>(T - t, 16 + torch::randint(0, 64, {1}).item<int64_t>());
            positions[b].narrow(0, t, length).copy_(torch::arange(length, torch::kInt64));
            segments[b].narrow(0, t, length).fill_(segment++);
            t += length;
        }
    }
    const auto cpt = [&] {
        full->zero_grad();
        maskedCrossEntropy(full->forward(ids), ids, mask).first.backward();
    };
    const auto undefinedIds = [&] {
        full->zero_grad();
        maskedCrossEntropy(full->forward(ids, torch::Tensor(), torch::Tensor()), ids, mask).first.backward();
    };
    const auto packed = [&] {
        full->zero_grad();
        maskedCrossEntropy(full->forward(ids, positions, segments), ids, mask).first.backward();
    };
    const auto forwards = compare({cpt, undefinedIds, packed}, reps);
    std::printf("model forward + loss + backward: CPT %.1f ms (%.0f tokens/s), forward(ids, {}, {}) %.1f ms (%.2fx), "
                "packed rows %.1f ms (%.2fx of CPT)\n",
                forwards[0], double(B * T) / forwards[0] * 1000, forwards[1], forwards[0] / forwards[1], forwards[2],
                forwards[0] / forwards[2]);
    return 0;
}
