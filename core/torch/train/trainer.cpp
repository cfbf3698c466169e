#include "torch/train/trainer.h"

#include "common/error.h"
#include "data/meco.h"
#include "model/llama_config.h"
#include "runtime/runtime.h"
#include "tokenize/tokenizer.h"
#include "torch/model/hf_checkpoint.h"
#include "torch/model/lora.h"
#include "torch/train/checkpoint_state.h"
#include "torch/train/distributed.h"
#include "train/data_order.h"
#include "train/sft_data.h"
#include "train/launch_environment.h"
#include "train/lr_schedule.h"

#include <ATen/autocast_mode.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <optional>
#include <type_traits>

namespace adaptlab::train {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// How a step's global batch splits: each rank takes rowsPerRank rows, in `accumulation`
// micro-batches of microBatch rows (globalBatch = microBatch * accumulation * worldSize).
struct BatchShape {
    int64_t rowsPerRank = 0;
    int64_t microBatch = 0;
    int64_t accumulation = 0;
};

BatchShape batchShape(const TrainConfig& config, int worldSize)
{
    const int64_t global = config.data.globalBatch;
    if (global <= 0)
        throw Error("batch: the global batch must be at least 1 row, not " + std::to_string(global));
    if (global % worldSize != 0)
        throw Error("batch: the global batch of " + std::to_string(global) + " rows does not split evenly over " +
                    std::to_string(worldSize) + " workers");
    BatchShape shape;
    shape.rowsPerRank = global / worldSize;
    shape.microBatch = config.microBatch > 0 ? config.microBatch : shape.rowsPerRank;
    if (shape.rowsPerRank % shape.microBatch != 0)
        throw Error("micro_batch: " + std::to_string(shape.microBatch) + " does not divide the " +
                    std::to_string(shape.rowsPerRank) + " rows each worker takes per step (global batch / workers)");
    shape.accumulation = shape.rowsPerRank / shape.microBatch;
    return shape;
}

// "auto" | "cpu" | "cuda" | "cuda:N" -> the device, after runtime::configure (threads, BLAS).
// "auto" and "cuda" take the worker's own GPU, cuda:LOCAL_RANK, as torchrun lays them out.
torch::Device resolveDevice(const std::string& text, int threads, const LaunchEnvironment& launch)
{
    std::string policy = text;
    int index = launch.localRank;
    if (text.starts_with("cuda:")) {
        policy = "cuda";
        const std::string digits = text.substr(5);
        if (digits.empty() || digits.size() > 4 || digits.find_first_not_of("0123456789") != std::string::npos)
            throw Error("device: '" + text + "' is not auto, cpu, cuda or cuda:N");
        index = std::stoi(digits);
    }
    const runtime::RuntimeInfo info = runtime::configure(runtime::devicePolicyFromString(policy), threads);
    torch::Device device(info.device);
    if (device.is_cuda()) {
        if (index >= info.cudaDeviceCount)
            throw Error("device: cuda:" + std::to_string(index) + " was asked for, but there are " +
                        std::to_string(info.cudaDeviceCount) + " CUDA devices");
        device = torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    return device;
}

// bf16 autocast around the forward pass (the backward runs outside it, as PyTorch recommends).
class AutocastScope {
public:
    AutocastScope(bool enabled, const torch::Device& device) : enabled_(enabled), cuda_(device.is_cuda())
    {
        if (!enabled_)
            return;
        if (cuda_) {
            at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
            at::autocast::set_enabled(true);
        } else {
            at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
            at::autocast::set_cpu_enabled(true);
        }
    }
    ~AutocastScope()
    {
        if (!enabled_)
            return;
        if (cuda_)
            at::autocast::set_enabled(false);
        else
            at::autocast::set_cpu_enabled(false);
        at::autocast::clear_cache();
    }
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool enabled_;
    bool cuda_;
};

// Whether to autocast to bf16; refuses "bf16" where it does not work rather than train in f32
// under a bf16 label.
bool bf16Autocast(const std::string& precision, const torch::Device& device)
{
    if (precision == "f32")
        return false;
    if (precision != "bf16")
        throw Error("precision: '" + precision + "' is not f32 or bf16");
    try {
        AutocastScope scope(true, device);
        const auto a = torch::randn({8, 8}, torch::TensorOptions().device(device).requires_grad(true));
        const auto product = torch::matmul(a, a);
        if (product.scalar_type() != torch::kBFloat16)
            throw Error("matrix products stay in " + std::string(c10::toString(product.scalar_type())));
        product.to(torch::kFloat).sum().backward();
    } catch (const std::exception& e) {
        throw Error("precision: bf16 autocast does not work on " + device.str() + " with this LibTorch (" +
                    e.what() + "); train with f32");
    }
    return true;
}

// The base of a fresh run; `dataVocab` is the shards' vocabulary (ids below it).
model::LlamaForCausalLM buildBaseModel(const TrainConfig& config, int64_t dataVocab, const torch::Device& device,
                                       Distributed& dist)
{
    if (config.base.starts_with("preset:")) {
        const int64_t vocab =
            config.tokenizer.empty() ? dataVocab : tokenize::Tokenizer::open(config.tokenizer)->vocabSize();
        model::LlamaConfig llama = model::presetConfig(config.base.substr(7), std::max(vocab, dataVocab));
        llama.eosTokenIds = {config.data.eosId};
        llama.bosTokenId = config.data.bosId;
        llama.maxPositionEmbeddings = std::max(llama.maxPositionEmbeddings, config.data.seqLen);
        torch::manual_seed(config.data.seed); // the same initial weights for the same seed
        model::LlamaForCausalLM model(llama);
        model->to(device);
        dist.broadcast(model->parameters()); // every rank starts from rank 0's weights
        return model;
    }
    const fs::path folder = config.base;
    if (!fs::is_regular_file(folder / "config.json"))
        throw Error("base: '" + config.base + "' is neither preset:NAME nor a model folder with config.json");
    model::LlamaForCausalLM model = model::loadHfModel(folder, device);
    if (model->config().vocabSize < dataVocab)
        throw Error("base: " + folder.string() + " has a vocabulary of " + std::to_string(model->config().vocabSize) +
                    " ids, but the shards hold ids up to " + std::to_string(dataVocab - 1) +
                    " (they were made with another tokenizer)");
    return model;
}

// LoRA (config.lora): adapters on the base, which stays frozen. The adapters' initial A is drawn
// from the run's seed, so the same spec starts from the same adapter on every rank and every time.
void enableLora(model::LlamaForCausalLM& model, const TrainConfig& config, Distributed& dist)
{
    model::LoraConfig lora = config.loraConfig;
    if (lora.baseModel.empty())
        lora.baseModel = config.base;
    torch::manual_seed(config.data.seed);
    model->enableLora(lora);
    dist.broadcast(model->loraParameters());
}

std::unique_ptr<torch::optim::AdamW> makeOptimizer(const model::LlamaForCausalLM& model, const TrainConfig& config)
{
    auto options = [&](double weightDecay) {
        auto o = std::make_unique<torch::optim::AdamWOptions>(config.schedule.peakLr);
        o->betas({config.beta1, config.beta2}).eps(config.adamEpsilon).weight_decay(weightDecay);
        return o;
    };
    std::vector<torch::optim::OptimizerParamGroup> groups;
    if (model->hasLora()) { // only the adapters train (every one a matrix: decayed)
        groups.emplace_back(model->loraParameters(), options(config.weightDecay));
        return std::make_unique<torch::optim::AdamW>(groups, *options(config.weightDecay));
    }
    groups.emplace_back(model->decayedParameters(), options(config.weightDecay));
    groups.emplace_back(model->undecayedParameters(), options(0.0)); // norms and biases
    return std::make_unique<torch::optim::AdamW>(groups, *options(config.weightDecay));
}

void setLearningRate(torch::optim::Optimizer& optimizer, double lr)
{
    for (auto& group : optimizer.param_groups())
        static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
}

// L2 norm of all gradients, clipped to `maxNorm` when it is > 0 (as torch.nn.utils.clip_grad_norm_).
double clipGradients(const std::vector<torch::Tensor>& parameters, double maxNorm)
{
    if (maxNorm > 0)
        return torch::nn::utils::clip_grad_norm_(parameters, maxNorm);
    std::vector<torch::Tensor> norms;
    for (const auto& p : parameters) {
        if (p.grad().defined())
            norms.push_back(p.grad().norm());
    }
    return norms.empty() ? 0.0 : torch::stack(norms).norm().item<double>();
}

struct RowTensors {
    torch::Tensor inputs, targets, mask;
    torch::Tensor positions, segments; // packed SFT rows; undefined for CPT rows
};
// Rows [first, first + count) of a batch as (count, T) tensors on the device.
RowTensors rowTensors(const Batch& batch, int64_t first, int64_t count, const torch::Device& device)
{
    const int64_t offset = first * batch.seqLen;
    auto ids = [&](const std::vector<int32_t>& values) {
        return torch::from_blob(const_cast<int32_t*>(values.data()) + offset, {count, batch.seqLen}, torch::kInt32)
            .to(device, torch::kLong);
    };
    auto mask = torch::from_blob(const_cast<uint8_t*>(batch.lossMask.data()) + offset, {count, batch.seqLen},
                                 torch::kUInt8)
                    .to(device, torch::kBool);
    RowTensors out{ids(batch.inputs), ids(batch.targets), mask, {}, {}};
    if (!batch.positions.empty())
        out.positions = ids(batch.positions);
    if (!batch.segmentIds.empty())
        out.segments = ids(batch.segmentIds);
    return out;
}

// Packed rows go through the forward with positions and segments (attention kept inside each
// example); CPT rows through the plain one.
torch::Tensor forwardRows(model::LlamaForCausalLM& model, const RowTensors& rows)
{
    if (rows.positions.defined() || rows.segments.defined())
        return model->forward(rows.inputs, rows.positions, rows.segments);
    return model->forward(rows.inputs);
}

int64_t maskedTokens(const Batch& batch)
{
    int64_t n = 0;
    for (uint8_t bit : batch.lossMask)
        n += bit != 0;
    return n;
}

std::string formatLoss(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

// Everything a run holds between steps.
struct Session {
    const TrainConfig& config;
    const TrainHooks& hooks;
    torch::Device device = torch::kCPU;
    bool bf16 = false;
    std::unique_ptr<Distributed> dist;
    BatchShape shape;
    std::unique_ptr<RowSource> data; // DataOrder (cpt) or SftOrder (sft)
    // MeCo (cpt with data.meco.enabled): the DataOrder `data` is, for the conditioned held-out
    // split, and the first step of the cooldown (config.steps when there is none).
    const DataOrder* order = nullptr;
    bool meco = false;
    int64_t cooldownStep = 0;
    model::LlamaForCausalLM model{nullptr};
    std::unique_ptr<torch::optim::AdamW> optimizer;
    std::vector<torch::Tensor> parameters; // the trainable ones (the adapters with LoRA)
    TrainerState state;
    std::vector<Batch> heldOut; // per source, fixed for the run
    std::vector<Batch> heldOutConditioned; // MeCo runs: the same documents with their metadata prefixes
    int64_t lastEvaluatedStep = -1;
    int64_t lastSavedStep = -1;
    fs::path lastCheckpoint;
    double trainingSeconds = 0.0; // this session's steps only
    // MFU's numerator per token (6 N: forward and backward matrix products) and denominator (the
    // best f32 sgemm speed this machine has shown at the run's threads, runtime::peakSgemmGflops,
    // times the workers); 0 = no MFU (no figure for the device).
    double flopsPerToken = 0.0;
    double peakFlops = 0.0;
    int64_t sessionTokens = 0;

    LaunchEnvironment launch = readLaunchEnvironment(); // who is main before the process group exists
    bool isMain() const { return dist ? dist->isMain() : launch.isMain(); }
    int rank() const { return dist ? dist->rank() : launch.rank; }
    void log(const std::string& message, const std::string& level = "info") const
    {
        if (hooks.log && (isMain() || level != "info"))
            hooks.log(isMain() ? message : "worker " + std::to_string(rank()) + ": " + message, level);
    }
    void progress(int64_t done, int64_t total, const std::string& stage) const
    {
        if (hooks.progress && isMain())
            hooks.progress(done, total, stage);
    }
    void metrics(const std::vector<TrainMetric>& values) const
    {
        if (hooks.metrics && isMain())
            hooks.metrics(state.step, state.tokensSeen, values);
    }
};

// The checkpoint a resume starts from, after checking it belongs to this run.
std::optional<fs::path> resumePoint(const TrainConfig& config)
{
    if (!config.resume)
        return std::nullopt;
    fs::path checkpoint = config.resumeFrom;
    if (checkpoint.empty()) {
        const auto latest = latestCheckpoint(config.runDir);
        if (!latest)
            throw Error("resume: there is no checkpoint in " + checkpointsFolder(config.runDir).string());
        checkpoint = *latest;
    }
    if (!isCheckpoint(checkpoint))
        throw Error("resume: " + checkpoint.string() + " is not a checkpoint (it has no trainer_state.json)");
    // Read back through TrainConfig so that a checkpoint written before a field existed compares
    // with that field's default.
    nlohmann::json saved;
    try {
        saved = TrainConfig::fromJson(readCheckpointConfig(checkpoint)).toJson();
    } catch (const Error& e) {
        throw Error("resume: " + (checkpoint / "train_config.json").string() + ": " + e.what());
    }
    if (const auto conflict = resumeConflict(saved, config.toJson()))
        throw Error("resume: " + checkpoint.string() + " belongs to a run with other settings: " + *conflict);
    return checkpoint;
}

// The CPT data order. The run's phases need its length and MeCo's prefixes its tokenizer: both
// come from the config (the steps, the tokenizer the shards were built with), so a config cannot
// say one thing to the schedule and another to the data.
std::unique_ptr<RowSource> openDataOrder(Session& s)
{
    const TrainConfig& config = s.config;
    DataPlan plan = config.data;
    plan.totalSteps = config.steps;
    plan.tokenizer = config.tokenizer;
    if (plan.meco.enabled && plan.tokenizer.empty())
        throw Error("data.meco: MeCo encodes its metadata prefixes with the tokenizer the shards were built with: "
                    "the config names none (tokenizer)");
    auto order = std::make_unique<DataOrder>(plan);
    s.order = order.get();
    s.meco = plan.meco.enabled;
    s.cooldownStep = s.meco ? data::mecoCooldownStep(plan.meco, config.steps) : config.steps;
    if (s.meco) {
        const std::string shown = plan.meco.effectiveLabel() + ": <" + (plan.meco.hashed ? "hash of the " : "") +
                                  plan.meco.field + ">";
        s.log("MeCo: documents with metadata start with \"" + shown + "\" (prefix masked) for steps 1-" +
              std::to_string(s.cooldownStep) +
              (s.cooldownStep < config.steps ? ", then plain documents (cooldown) to step " + std::to_string(config.steps)
                                             : ", no cooldown"));
    }
    return order;
}

void prepare(Session& s)
{
    const TrainConfig& config = s.config;
    s.progress(0, 1, "preparing");
    if (config.steps < 0)
        throw Error("steps: must not be negative, is " + std::to_string(config.steps));
    s.device = resolveDevice(config.device, config.threads, s.launch);
    s.bf16 = bf16Autocast(config.precision, s.device);
    s.dist = Distributed::fromEnvironment(s.device);
    s.shape = batchShape(config, s.dist->worldSize());
    if (config.stage == "sft")
        // No stop hook while reading: a stop mid-file would train on part of the data.
        s.data = openSftOrder(config, nullptr, [&s](const std::string& message, const std::string& level) { s.log(message, level); });
    else if (config.stage == "cpt")
        s.data = openDataOrder(s);
    else
        throw Error("stage: \"" + config.stage + "\" is not cpt or sft");
    if (s.isMain())
        removeStaleCheckpointTemporaries(config.runDir);

    const auto checkpoint = resumePoint(config);
    if (config.lora) {
        // A LoRA checkpoint holds the adapter only: the base is made again from config.base.
        s.model = buildBaseModel(config, s.data->vocabSize(), s.device, *s.dist);
        if (checkpoint)
            model::loadLoraAdapter(s.model, *checkpoint / "adapter");
        else
            enableLora(s.model, config, *s.dist);
    } else {
        s.model = checkpoint ? model::loadHfModel(*checkpoint, s.device)
                             : buildBaseModel(config, s.data->vocabSize(), s.device, *s.dist);
    }
    s.model->train();
    s.parameters = config.lora ? s.model->loraParameters() : s.model->parameters();
    s.optimizer = makeOptimizer(s.model, config);
    if (checkpoint) {
        loadOptimizerState(*checkpoint, *s.optimizer, s.device);
        restoreRngState(*checkpoint);
        s.state = readTrainerState(*checkpoint);
        s.lastCheckpoint = *checkpoint;
        s.lastSavedStep = s.state.step;
        s.lastEvaluatedStep = s.state.step; // evaluated then, if the cadence asked for it
        s.log("resuming from " + checkpoint->string() + " at step " + std::to_string(s.state.step));
    }
    // 6 N per token: forward 2 N, backward 4 N. With LoRA the frozen weights get no gradient of
    // their own (2 N less); the adapters' products are small beside N.
    s.flopsPerToken = (config.lora ? 4.0 : 6.0) * static_cast<double>(s.model->config().parameterCount());
    if (s.device.is_cpu())
        s.peakFlops = runtime::peakSgemmGflops(torch::get_num_threads()) * 1e9 * s.dist->worldSize();
    else
        s.log("no MFU figure: the peak FLOP/s is measured for the CPU's BLAS only");
    for (size_t i = 0; i < s.data->sourceCount(); ++i) {
        s.heldOut.push_back(s.data->heldOut(i, config.evalRows));
        if (s.meco)
            s.heldOutConditioned.push_back(s.order->heldOut(i, config.evalRows, /*withMetadata=*/true));
    }
    int64_t trainable = 0;
    for (const auto& p : s.parameters)
        trainable += p.numel();
    s.log("training " + (config.lora ? "LoRA adapters of " + std::to_string(trainable) + " parameters (rank " +
                                           std::to_string(config.loraConfig.rank) + ") on a frozen base of "
                                     : std::string()) +
          std::to_string(s.model->config().parameterCount()) + " parameters on " + s.device.str() +
          (s.bf16 ? " with bf16 autocast" : "") + ": " + std::to_string(s.shape.accumulation) + " micro-batches of " +
          std::to_string(s.shape.microBatch) + " rows per step and worker, " + std::to_string(s.dist->worldSize()) +
          " worker(s), global batch " + std::to_string(config.data.globalBatch) + " x " +
          std::to_string(config.data.seqLen) + " tokens");
    s.progress(1, 1, "preparing");
}

// Forward and backward over this rank's micro-batches of step `step`. Each micro-batch's summed
// loss is divided by the masked tokens of the whole step on all ranks (times the world size,
// which the gradient average divides out), so the gradient is that of the step's mean loss however
// the rows split. Returns the step's mean loss over all ranks.
double forwardBackward(Session& s, int64_t step)
{
    const Batch rows = s.data->rows(step, s.dist->rank() * s.shape.rowsPerRank, s.shape.rowsPerRank);
    auto counts = torch::tensor({static_cast<double>(maskedTokens(rows))}, torch::TensorOptions(torch::kDouble).device(s.device));
    s.dist->allReduceSum(counts);
    const double total = counts.item<double>();
    if (total <= 0)
        throw Error("step " + std::to_string(step + 1) + ": no target of the batch counts in the loss (every loss-mask bit is 0)");
    const double scale = s.dist->worldSize() / total;

    auto lossSum = torch::zeros({1}, torch::TensorOptions(torch::kDouble).device(s.device));
    for (int64_t m = 0; m < s.shape.accumulation; ++m) {
        const RowTensors micro = rowTensors(rows, m * s.shape.microBatch, s.shape.microBatch, s.device);
        torch::Tensor logits;
        {
            AutocastScope autocast(s.bf16, s.device);
            logits = forwardRows(s.model, micro);
        }
        auto [mean, count] = model::maskedCrossEntropy(logits.to(torch::kFloat), micro.targets, micro.mask);
        if (count == 0)
            continue;
        const torch::Tensor summed = mean * static_cast<double>(count);
        (summed * scale).backward();
        lossSum += summed.detach().to(torch::kDouble);
    }
    s.dist->allReduceSum(lossSum);
    return lossSum.item<double>() / total;
}

// Held-out loss of every source that has a held-out split, its rows shared out over the ranks.
// MeCo runs are measured twice: on plain documents ("heldout_loss": what the model is used as after
// the cooldown) and with the metadata prefixes ("heldout_loss_conditioned", prefixes masked).
void evaluate(Session& s)
{
    torch::NoGradGuard noGrad;
    s.model->eval();
    std::vector<TrainMetric> metrics;
    const int rank = s.dist->rank();
    const int world = s.dist->worldSize();
    const size_t sets = s.heldOutConditioned.empty() ? 1 : 2;
    const size_t total = s.heldOut.size() * sets;
    for (size_t k = 0; k < total; ++k) {
        const size_t i = k % s.heldOut.size();
        const bool conditioned = k >= s.heldOut.size();
        s.progress(static_cast<int64_t>(k), static_cast<int64_t>(total), "evaluating");
        const Batch& batch = conditioned ? s.heldOutConditioned[i] : s.heldOut[i];
        if (batch.rows == 0)
            continue;
        const int64_t first = batch.rows * rank / world;
        const int64_t last = batch.rows * (rank + 1) / world;
        auto sums = torch::zeros({2}, torch::TensorOptions(torch::kDouble).device(s.device)); // loss sum, tokens
        for (int64_t row = first; row < last; row += s.shape.microBatch) {
            const RowTensors chunk = rowTensors(batch, row, std::min(s.shape.microBatch, last - row), s.device);
            torch::Tensor logits;
            {
                AutocastScope autocast(s.bf16, s.device);
                logits = forwardRows(s.model, chunk);
            }
            auto [mean, count] = model::maskedCrossEntropy(logits.to(torch::kFloat), chunk.targets, chunk.mask);
            if (count > 0) {
                sums[0] += mean.to(torch::kDouble) * static_cast<double>(count);
                sums[1] += static_cast<double>(count);
            }
        }
        s.dist->allReduceSum(sums);
        const auto values = sums.cpu();
        if (values[1].item<double>() == 0)
            continue;
        const std::string name = s.data->sourceName(i);
        const double loss = values[0].item<double>() / values[1].item<double>();
        auto& lastLosses = conditioned ? s.state.lastHeldoutLossConditioned : s.state.lastHeldoutLoss;
        auto& firstLosses = conditioned ? s.state.firstHeldoutLossConditioned : s.state.firstHeldoutLoss;
        lastLosses[name] = loss;
        if (firstLosses.count(name) == 0)
            firstLosses[name] = loss;
        metrics.push_back({conditioned ? "heldout_loss_conditioned" : "heldout_loss", name, loss});
        s.log("step " + std::to_string(s.state.step) + ": held-out loss of " + name +
              (conditioned ? " with metadata " : " ") + formatLoss(loss));
    }
    s.model->train();
    s.lastEvaluatedStep = s.state.step;
    if (!metrics.empty())
        s.metrics(metrics);
}

bool evaluationDue(const TrainConfig& config, int64_t stepsDone)
{
    const bool early = stepsDone * 10 <= config.steps; // the first 10%: the stability gap
    return (config.evalEvery > 0 && stepsDone % config.evalEvery == 0) ||
           (early && config.evalEveryEarly > 0 && stepsDone % config.evalEveryEarly == 0);
}

std::string lastGoodCheckpoint(const Session& s)
{
    return s.lastCheckpoint.empty() ? "no checkpoint was written before it"
                                    : "the last good checkpoint is " + s.lastCheckpoint.string();
}

// A NaN/Inf loss or gradient stops the run before the update reaches the weights.
void guardFinite(const Session& s, int64_t step, double loss, double gradNorm)
{
    if (std::isfinite(loss) && std::isfinite(gradNorm))
        return;
    const bool lossBad = !std::isfinite(loss);
    const double bad = lossBad ? loss : gradNorm;
    throw Error(std::string(lossBad ? "loss" : "the gradient norm") + " became " + (std::isnan(bad) ? "NaN" : "Inf") +
                " at step " + std::to_string(step + 1) + "; " + lastGoodCheckpoint(s) +
                " (a lower learning rate or stronger clipping may help)");
}

void saveCheckpoint(Session& s)
{
    if (s.lastSavedStep == s.state.step)
        return;
    if (s.isMain()) {
        // The guard checks losses and gradients; this keeps a weight that overflowed afterwards out
        // of a checkpoint.
        for (const auto& p : s.parameters) {
            if (!torch::isfinite(p).all().item<bool>())
                throw Error("a weight became NaN or Inf after step " + std::to_string(s.state.step) + "; " +
                            lastGoodCheckpoint(s));
        }
        s.progress(0, 1, "saving");
        CheckpointContents contents{&s.model, s.optimizer.get(), &s.config, s.state, s.config.tokenizer};
        s.lastCheckpoint = writeCheckpoint(s.config.runDir, contents);
        for (const fs::path& removed : pruneCheckpoints(s.config.runDir, s.config.keepCheckpoints))
            s.log("removed the old checkpoint " + removed.string());
        s.log("saved " + s.lastCheckpoint.string());
        s.progress(1, 1, "saving");
    } else {
        s.lastCheckpoint = checkpointFolder(s.config.runDir, s.state.step);
    }
    s.lastSavedStep = s.state.step;
}

// Every rank stops at the same step: a stop seen by any of them counts for all.
bool stopAgreed(const Session& s)
{
    const bool local = s.hooks.stopRequested && s.hooks.stopRequested();
    if (s.dist->worldSize() == 1)
        return local;
    auto flag = torch::tensor({local ? 1.0 : 0.0}, torch::TensorOptions(torch::kDouble).device(s.device));
    s.dist->allReduceSum(flag);
    return flag.item<double>() > 0;
}

void recordStep(Session& s, double loss, double lr, double gradNorm, double seconds)
{
    const int64_t tokens = s.config.data.globalBatch * s.config.data.seqLen;
    s.state.step += 1;
    s.state.tokensSeen += tokens;
    s.state.lastTrainLoss = loss;
    s.trainingSeconds += seconds;
    s.sessionTokens += tokens;
    const double tokensPerSecond = seconds > 0 ? tokens / seconds : 0.0;
    std::vector<TrainMetric> metrics{{"train_loss", "", loss},
                                     {"lr", "", lr},
                                     {"grad_norm", "", gradNorm},
                                     {"tokens_per_second", "", tokensPerSecond},
                                     {"tokens_seen", "", static_cast<double>(s.state.tokensSeen)}};
    if (s.peakFlops > 0)
        metrics.push_back({"mfu", "", s.flopsPerToken * tokensPerSecond / s.peakFlops});
    s.metrics(metrics);
    s.progress(s.state.step, s.config.steps, "training");
}

TrainResult finish(Session& s, bool stopped)
{
    if (!stopped && s.lastEvaluatedStep != s.state.step)
        evaluate(s); // the "after" figure
    saveCheckpoint(s);
    TrainResult result;
    if (!stopped && !s.config.finalDir.empty() && s.isMain() && s.config.lora) {
        s.progress(0, 1, "saving");
        result.finalDir = s.config.finalDir / "adapter";
        writeLoraFinalFolder(s.model, s.config, result.finalDir);
        s.log("wrote the LoRA adapter to " + result.finalDir.string());
        s.progress(1, 1, "saving");
    } else if (!stopped && !s.config.finalDir.empty() && s.isMain()) {
        s.progress(0, 1, "saving");
        model::SaveOptions options;
        options.dtype = model::storageDTypeFromString(s.config.exportDtype);
        options.tokenizerSource = s.config.tokenizer;
        model::saveHfModel(s.model, s.config.finalDir, options);
        result.finalDir = s.config.finalDir;
        s.log("exported the final model to " + s.config.finalDir.string());
        s.progress(1, 1, "saving");
    }
    s.dist->barrier(); // no rank leaves while rank 0 still writes what the others may read next
    result.stepsDone = s.state.step;
    result.tokensSeen = s.state.tokensSeen;
    result.stopped = stopped;
    result.finalTrainLoss = s.state.lastTrainLoss;
    for (const auto& [name, first] : s.state.firstHeldoutLoss) {
        const auto last = s.state.lastHeldoutLoss.find(name);
        result.heldoutLoss[name] = {first, last != s.state.lastHeldoutLoss.end() ? last->second : first};
    }
    for (const auto& [name, first] : s.state.firstHeldoutLossConditioned) {
        const auto last = s.state.lastHeldoutLossConditioned.find(name);
        result.heldoutLossConditioned[name] = {first, last != s.state.lastHeldoutLossConditioned.end() ? last->second : first};
    }
    result.tokensPerSecond = s.trainingSeconds > 0 ? s.sessionTokens / s.trainingSeconds : 0.0;
    result.lastCheckpoint = s.lastCheckpoint;
    return result;
}

TrainResult train(const TrainConfig& config, const TrainHooks& hooks, const TrainerProbe& probe)
{
    Session s{config, hooks};
    prepare(s);
    if (s.state.step == 0)
        evaluate(s); // the "before" figure
    const int64_t startStep = s.state.step;
    for (int64_t step = startStep; step < config.steps; ++step) {
        if (probe.beforeStep)
            probe.beforeStep(step, s.model);
        // The cooldown is a change of data only: the optimizer, its moments and step counts, and the
        // learning-rate schedule go on as they were (no re-warm; Gao et al. 2025).
        // (Logged at the switch, or once when a resume starts inside the cooldown.)
        if (s.meco && step >= s.cooldownStep && (step == s.cooldownStep || step == startStep))
            s.log("cooldown: plain documents from step " + std::to_string(s.cooldownStep + 1) + " of " +
                  std::to_string(config.steps) + " (the same optimizer state and learning-rate schedule)");
        const double lr = learningRate(config.schedule, step);
        setLearningRate(*s.optimizer, lr);
        const auto started = Clock::now();

        s.optimizer->zero_grad();
        const double loss = forwardBackward(s, step); // forward, masked loss, backward
        s.dist->averageGradients(s.parameters);
        const double gradNorm = clipGradients(s.parameters, config.gradClip);
        guardFinite(s, step, loss, gradNorm); // before the update touches the weights
        s.optimizer->step();
        if (probe.afterStep)
            probe.afterStep(step, *s.optimizer);

        recordStep(s, loss, lr, gradNorm, std::chrono::duration<double>(Clock::now() - started).count());
        if (stopAgreed(s))
            return finish(s, /*stopped=*/true);
        if (evaluationDue(config, s.state.step) && s.state.step < config.steps)
            evaluate(s);
        if (config.saveEvery > 0 && s.state.step % config.saveEvery == 0)
            saveCheckpoint(s);
    }
    return finish(s, /*stopped=*/false);
}

} // namespace

TrainResult runTraining(const TrainConfig& config, const TrainHooks& hooks, const TrainerProbe& probe)
{
    try {
        return train(config, hooks, probe);
    } catch (const c10::Error& e) {
        // LibTorch's own errors carry a C++ backtrace the user has no use for.
        throw Error(e.what_without_backtrace());
    }
}

} // namespace adaptlab::train

static_assert(std::is_same_v<decltype(&adaptlab_torch_run_training), adaptlab::train::RunTrainingFn>);

extern "C" adaptlab::train::TrainResult adaptlab_torch_run_training(const adaptlab::train::TrainConfig& config,
                                                                    const adaptlab::train::TrainHooks& hooks)
{
    return adaptlab::train::runTraining(config, hooks);
}
