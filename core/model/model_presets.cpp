// Size presets for training from scratch. Shapes follow the small published Llamas (SmolLM2,
// TinyLlama): head_dim 32-64, GQA with a quarter to a half of the heads as KV heads, SwiGLU width
// ~8/3 of C rounded to a multiple of 16, tied embeddings (at these sizes the embedding is a large
// share of the model). Parameter counts below are for an 8k vocabulary, the Tokenizer panel's default.
#include "model/llama_config.h"

#include "common/error.h"
#include "common/translate_noop.h"

namespace adaptlab::model {

namespace {

LlamaConfig preset(int64_t hidden, int64_t layers, int64_t heads, int64_t kvHeads, int64_t intermediate,
                   int64_t maxPositions)
{
    LlamaConfig config;
    config.hiddenSize = hidden;
    config.numHiddenLayers = layers;
    config.numAttentionHeads = heads;
    config.numKeyValueHeads = kvHeads;
    config.intermediateSize = intermediate;
    config.maxPositionEmbeddings = maxPositions;
    config.rmsNormEps = 1e-5;
    config.ropeTheta = 10000.0;
    config.tieWordEmbeddings = true;
    return config;
}

} // namespace

const std::vector<ModelPreset>& modelPresets()
{
    static const std::vector<ModelPreset> presets = {
        {"tiny", QT_TRANSLATE_NOOP("ModelPresets", "About 1.2M parameters (4 layers, width 96): tests and a first run on a laptop CPU in minutes."),
         preset(/*hidden=*/96, /*layers=*/4, /*heads=*/4, /*kvHeads=*/2, /*intermediate=*/256, /*maxPositions=*/1024)},
        {"small", QT_TRANSLATE_NOOP("ModelPresets", "About 6.5M parameters (6 layers, width 256): a teaching run on a laptop CPU in an hour."),
         preset(/*hidden=*/256, /*layers=*/6, /*heads=*/8, /*kvHeads=*/4, /*intermediate=*/688, /*maxPositions=*/1024)},
        {"base", QT_TRANSLATE_NOOP("ModelPresets", "About 27M parameters (8 layers, width 512): a workstation CPU or a small GPU."),
         preset(/*hidden=*/512, /*layers=*/8, /*heads=*/8, /*kvHeads=*/4, /*intermediate=*/1376, /*maxPositions=*/2048)},
        {"large", QT_TRANSLATE_NOOP("ModelPresets", "About 90M parameters (12 layers, width 768): a GPU."),
         preset(/*hidden=*/768, /*layers=*/12, /*heads=*/12, /*kvHeads=*/4, /*intermediate=*/2304, /*maxPositions=*/2048)},
    };
    return presets;
}

LlamaConfig presetConfig(const std::string& name, int64_t vocabSize)
{
    std::string names;
    for (const ModelPreset& preset : modelPresets()) {
        if (preset.name == name) {
            if (vocabSize < 1)
                throw Error("preset " + name + ": the vocabulary size must be positive, found " + std::to_string(vocabSize));
            LlamaConfig config = preset.config;
            config.vocabSize = vocabSize;
            return config;
        }
        names += (names.empty() ? "" : ", ") + preset.name;
    }
    throw Error("no model preset named \"" + name + "\" (presets: " + names + ")");
}

} // namespace adaptlab::model
