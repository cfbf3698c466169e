#include "torch/model/generate.h"

#include "common/error.h"
#include "model/token_sampler.h"

#include <random>

namespace adaptlab::model {

GeneratedTokens generateTokens(LlamaForCausalLM& model, const std::vector<int64_t>& promptIds,
                               const GenerationOptions& options, const std::set<int64_t>& stopIds)
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
    // (1, T): the whole prompt first, then each new token alone.
    torch::Tensor input = torch::tensor(promptIds, torch::kInt64).view({1, -1}).to(device);
    for (int64_t step = 0; step < options.maxNewTokens; ++step) {
        const torch::Tensor last = model->forward(input, &cache).select(1, -1).squeeze(0); // (V)
        const torch::Tensor row = last.to(torch::kCPU, torch::kFloat32).contiguous();
        const int64_t id = sampleToken({row.data_ptr<float>(), static_cast<size_t>(row.numel())}, options.sampling, rng);
        out.ids.push_back(id);
        if (options.stopAtEos && stopIds.contains(id)) {
            out.stoppedAtEos = true;
            break;
        }
        input = torch::full({1, 1}, id, torch::TensorOptions().dtype(torch::kInt64).device(device));
    }
    return out;
}

} // namespace adaptlab::model
