// The Llama model's layout choices against the alternatives, forward + backward, in one process on
// the bench shapes (B 8, T 256, C 384, 6 heads, 2 KV heads, D 64, I 1024, V 8k, 6 layers):
//  - one fused QKV GEMM against three (HF's q_proj/k_proj/v_proj),
//  - one fused gate/up GEMM against two (the model keeps two: see the ratio),
//  - attention per KV head with baddbmm (no copy of keys/values) against HF's repeat_kv + matmul +
//    mask add,
// and the whole model's training step time. Ratios > 1 mean the fused / grouped variant is faster.
// Build with `ninja bench_llama_layout`; run build/tests/bench_llama_layout [--threads N] [--reps N].
#include "torch/model/llama.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

// Alternates the two variants `rounds` times (so that machine load hits both alike) and returns
// the mean of their medians.
template <class A, class B>
std::pair<double, double> compare(A&& a, B&& b, int reps, int rounds = 3)
{
    double ta = 0, tb = 0;
    for (int r = 0; r < rounds; ++r) {
        ta += medianMs(a, reps);
        tb += medianMs(b, reps);
    }
    return {ta / rounds, tb / rounds};
}

} // namespace

int main(int argc, char** argv)
{
    int threads = 0, reps = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--threads") == 0)
            threads = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--reps") == 0)
            reps = std::max(1, std::atoi(argv[i + 1]));
    }
    if (threads > 0)
        torch::set_num_threads(threads);
    const int64_t B = 8, T = 256, C = 384, H = 6, K = 2, D = 64, I = 1024, V = 8000, G = H / K;
    std::printf("B %lld, T %lld, C %lld, heads %lld/%lld, I %lld, V %lld, 6 layers, %d threads\n", (long long)B,
                (long long)T, (long long)C, (long long)H, (long long)K, (long long)I, (long long)V, torch::get_num_threads());

    const auto x = torch::randn({B * T, C}, torch::requires_grad());
    const auto weight = [](int64_t out, int64_t in) { return torch::randn({out, in}, torch::requires_grad()); };
    const auto wqkv = weight((H + 2 * K) * D, C), wq = weight(H * D, C), wk = weight(K * D, C), wv = weight(K * D, C);
    const auto [fusedQkv, threeQkv] = compare(
        [&] {
            const auto parts = torch::linear(x, wqkv).split_with_sizes({H * D, K * D, K * D}, 1);
            (parts[0].sum() + parts[1].sum() + parts[2].sum()).backward();
        },
        [&] { (torch::linear(x, wq).sum() + torch::linear(x, wk).sum() + torch::linear(x, wv).sum()).backward(); }, reps);
    std::printf("QKV projection, fwd+bwd per layer: fused %.2f ms, three GEMMs %.2f ms: %.2fx\n", fusedQkv, threeQkv,
                threeQkv / fusedQkv);

    const auto wgu = weight(2 * I, C), wg = weight(I, C), wu = weight(I, C);
    const auto [fusedGateUp, twoGateUp] = compare(
        [&] {
            const auto gateUp = torch::linear(x, wgu).chunk(2, -1);
            (torch::silu(gateUp[0]) * gateUp[1]).sum().backward();
        },
        [&] { (torch::silu(torch::linear(x, wg)) * torch::linear(x, wu)).sum().backward(); }, reps);
    std::printf("gate/up projection, fwd+bwd per layer: fused %.2f ms, two GEMMs %.2f ms: %.2fx\n", fusedGateUp, twoGateUp,
                twoGateUp / fusedGateUp);

    const auto q = torch::randn({B, H, T, D}, torch::requires_grad());
    const auto k = torch::randn({B, K, T, D}, torch::requires_grad());
    const auto v = torch::randn({B, K, T, D}, torch::requires_grad());
    const auto bias = torch::zeros({T, T}).masked_fill_(torch::ones({T, T}, torch::kBool).triu(1), -INFINITY);
    const auto groupedBias = bias.repeat({G, 1});
    const double scale = 1.0 / std::sqrt(double(D));
    const auto [grouped, repeated] = compare(
        [&] {
            const auto scores = torch::baddbmm(groupedBias, q.reshape({B * K, G * T, D}),
                                               k.reshape({B * K, T, D}).transpose(1, 2), 1.0, scale);
            torch::bmm(torch::softmax(scores, -1), v.reshape({B * K, T, D})).sum().backward();
        },
        [&] {
            const auto kr = k.unsqueeze(2).expand({B, K, G, T, D}).reshape({B, H, T, D});
            const auto vr = v.unsqueeze(2).expand({B, K, G, T, D}).reshape({B, H, T, D});
            const auto scores = torch::matmul(q, kr.transpose(2, 3)) * scale + bias;
            torch::matmul(torch::softmax(scores, -1), vr).sum().backward();
        },
        reps);
    std::printf("attention, fwd+bwd per layer: grouped baddbmm %.2f ms, repeat_kv + matmul + mask add %.2f ms: %.2fx\n",
                grouped, repeated, repeated / grouped);

    LlamaConfig config;
    config.vocabSize = V;
    config.hiddenSize = C;
    config.intermediateSize = I;
    config.numHiddenLayers = 6;
    config.numAttentionHeads = H;
    config.numKeyValueHeads = K;
    config.tieWordEmbeddings = true;
    LlamaForCausalLM model(config);
    const auto ids = torch::randint(0, V, {B, T}, torch::kInt64);
    const auto mask = torch::ones({B, T}, torch::kInt64);
    const double step = medianMs(
        [&] {
            model->zero_grad();
            maskedCrossEntropy(model->forward(ids), ids, mask).first.backward();
        },
        std::max(1, reps / 2));
    std::printf("model forward + loss + backward: %.1f ms, %.0f tokens/s\n", step, double(B * T) / step * 1000);
    return 0;
}
