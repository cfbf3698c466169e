#include "torch/model/generate.h"

#include "common/error.h"
#include "model/token_sampler.h"

#include <chrono>
#include <random>

namespace adaptlab::model {

GeneratedTokens generateTokens(LlamaForCausalLM& model, const std::vector<int64_t>& promptIds,
                               const GenerationOptions& options, const std::set<int64_t>& stopIds,
                               const TokenCallback& onToken)
{
    if (promptIds.empty())
        throw Error("generate: the prompt has no tokens");
    validateSamplingOptions(options.sampling);
    torch::NoGradGuard noGrad;
    model->eval();
    const torch::Device device = model->parameters().front().device();
    std::mt19937_64 rng(options.seed);
    KvCache cache;
    GeneratedTokens out;
    double laterSeconds = 0.0;
    // (1, T): the whole prompt first, then each new token alone.
    torch::Tensor input = torch::tensor(promptIds, torch::kInt64).view({1, -1}).to(device);
    for (int64_t step = 0; step < options.maxNewTokens; ++step) {
        const auto start = std::chrono::steady_clock::now();
        const torch::Tensor last = model->forward(input, &cache).select(1, -1).squeeze(0); // (V)
        // The copy to the CPU waits for the device, so the time below is the token's real cost.
        const torch::Tensor row = last.to(torch::kCPU, torch::kFloat32).contiguous();
        const int64_t id = sampleToken({row.data_ptr<float>(), static_cast<size_t>(row.numel())}, options.sampling, rng);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (step == 0)
            out.promptSeconds = seconds;
        else
            laterSeconds += seconds;
        out.ids.push_back(id);
        const bool stop = options.stopAtEos && stopIds.contains(id);
        const bool lastToken = stop || step + 1 == options.maxNewTokens;
        const bool goOn = !onToken || onToken(id, seconds, lastToken);
        if (stop)
            out.stoppedAtEos = true;
        if (lastToken || !goOn)
            break;
        input = torch::full({1, 1}, id, torch::TensorOptions().dtype(torch::kInt64).device(device));
    }
    if (out.ids.size() > 1)
        out.secondsPerToken = laterSeconds / static_cast<double>(out.ids.size() - 1);
    return out;
}

} // namespace adaptlab::model
