// `adaptlab-cli export`'s LibTorch half (train/train_config.h, ExportModelFn): a run's checkpoint
// loaded as a model and written again as a Hugging Face folder in the dtype asked for, with the
// run's tokenizer files. Loading and saving (rather than copying files) is what makes the dtype
// choice real and checks the checkpoint on the way: a damaged one fails here, not in the user's tool.
#include "torch/model/hf_checkpoint.h"
#include "train/train_config.h"

#include <torch/torch.h>

#include <type_traits>

extern "C" __attribute__((visibility("default"))) void adaptlab_torch_export_model(const std::filesystem::path& from,
                                                                                    const std::filesystem::path& to,
                                                                                    const std::string& dtype,
                                                                                    const std::filesystem::path& tokenizerSource)
{
    using namespace adaptlab;
    const torch::NoGradGuard noGrad;
    model::SaveOptions options;
    options.dtype = model::storageDTypeFromString(dtype);
    options.tokenizerSource = tokenizerSource;
    const model::LlamaForCausalLM model = model::loadHfModel(from);
    model::saveHfModel(model, to, options);
}

// The CLI calls it through this type: a change on either side must not compile.
static_assert(std::is_same_v<decltype(&adaptlab_torch_export_model), adaptlab::train::ExportModelFn>);
