// Training-step speed: AdaptLab's Llama (core/torch/model) with the trainer's optimizer against a
// plain PyTorch eager script of the same model and optimizer (train_step_eager.py, Debian's
// python3-torch: the same LibTorch and OpenBLAS), in one run, with the same OpenBLAS core, batch
// and threads. Prints tokens/s of each and their ratio (issue 10's target: >= 1.25), MFU against an
// sgemm peak measured in the same run at the same threads, and 1 -> 2 thread scaling.
//
// The model: 6 layers, d_model 384, 6 heads, 2 KV heads, SwiGLU 1024, vocabulary 8192, sequence
// 256, fp32, untied head. The C++ step is what the trainer's step does: forward, masked
// cross-entropy, backward, clip to norm 1.0, AdamW (decay on matrices only), zero the gradients.
//
// OpenBLAS reads OPENBLAS_CORETYPE when it loads, which for this program is before main(): so when
// the variable is unset the program chooses the core as the app does (runtime/blas_core.h, probe
// child and cache included) and re-executes itself with it. The Python child inherits it.
//
// Build: cmake --build build --target bench_train_step; run build/tests/bench_train_step
//   [--steps N] [--warmup N] [--batch B] [--threads 1,2] [--rounds R] [--no-python] [--profile FILE]
// Three columns: "trainer" is train::runTraining itself (data order over random-token shards, the
// optimizer groups, accumulation bookkeeping, the NaN guard, metrics; its own per-step
// tokens_per_second), "step" is the bare step below (what the trainer's step costs without its
// bookkeeping), "eager" the Python script. The ratio that counts is trainer / eager.
// Each round runs C++ then Python for each thread count; the figures are the medians over rounds of
// each run's median step time (a busy machine disturbs single runs).
#include "torch/model/hf_checkpoint.h"
#include "torch/model/llama.h"
#include "torch/train/trainer.h"
#include "train/train_config.h"
#include "../train/data_order_support.h"

#include "common/module_path.h"
#include "runtime/blas_core.h"
#include "runtime/runtime.h"

#include <ATen/Parallel.h>
#include <nlohmann/json.hpp>
#include <torch/csrc/autograd/profiler_legacy.h>
#include <torch/torch.h>

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace rt = adaptlab::runtime;
using adaptlab::model::LlamaConfig;
using adaptlab::model::LlamaForCausalLM;

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
    int steps = 6;
    int warmup = 2;
    int64_t batch = 4;
    std::vector<int> threads = {1, 2};
    int rounds = 1;
    bool python = true;
    std::string profile; // chrome trace of one C++ step, summarised at the end
};

LlamaConfig benchConfig()
{
    LlamaConfig c;
    c.vocabSize = 8192;
    c.hiddenSize = 384;
    c.intermediateSize = 1024;
    c.numHiddenLayers = 6;
    c.numAttentionHeads = 6;
    c.numKeyValueHeads = 2;
    c.maxPositionEmbeddings = 256;
    c.rmsNormEps = 1e-5;
    c.ropeTheta = 10000.0;
    c.tieWordEmbeddings = false;
    return c;
}
constexpr int64_t kSeq = 256;

// Matrix-product FLOPs of one token's forward and backward (3x the forward): every linear weight
// (q, k, v, o, gate, up, down, lm_head; the embedding lookup is no product) and the attention's
// scores and weighted sum over the full T x T square, which both implementations compute.
double flopsPerToken(const LlamaConfig& c)
{
    const double C = static_cast<double>(c.hiddenSize), D = static_cast<double>(c.headDimension());
    const double H = static_cast<double>(c.numAttentionHeads), K = static_cast<double>(c.numKeyValueHeads);
    const double I = static_cast<double>(c.intermediateSize), L = static_cast<double>(c.numHiddenLayers);
    const double perLayer = C * (H + 2 * K) * D + H * D * C + 3 * C * I;
    const double weights = L * perLayer + C * static_cast<double>(c.vocabSize);
    const double attention = L * 2 * (2 * static_cast<double>(kSeq) * H * D); // QK^T and PV, per token
    return 3 * (2 * weights + attention);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0.0 : (n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]));
}

// sgemm peak at the current threads: 1024x1024 f32 products, median of 7 after 2 warm-ups.
double sgemmGflops()
{
    constexpr int64_t n = 1024;
    const torch::Tensor a = torch::randn({n, n}), b = torch::randn({n, n});
    torch::Tensor c = torch::empty({n, n});
    std::vector<double> seconds;
    for (int i = 0; i < 9; ++i) {
        const auto start = Clock::now();
        at::mm_out(c, a, b);
        if (i >= 2)
            seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    return 2.0 * n * n * n / median(seconds) / 1e9;
}

// This process's CPU time, all threads: on a busy machine (other processes take turns on the
// cores), one thread's steps per CPU second are the figure least disturbed by them.
double processCpuSeconds()
{
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

struct StepRun {
    double tokensPerSecond = 0.0;
    double tokensPerCpuSecond = 0.0;
    double firstLoss = 0.0;
    std::string core;
    std::map<std::string, double> phaseSeconds; // median per phase: forward, loss, backward, clip, optimizer
};

// The trainer's step on fixed random tokens; median step time.
StepRun cppSteps(const Options& options)
{
    torch::manual_seed(1234);
    const LlamaConfig config = benchConfig();
    LlamaForCausalLM model(config);
    model->train();
    using torch::optim::AdamWOptions;
    const double lr = 3e-4;
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(model->decayedParameters(),
                        std::make_unique<AdamWOptions>(AdamWOptions(lr).betas({0.9, 0.95}).eps(1e-8).weight_decay(0.1)));
    groups.emplace_back(model->undecayedParameters(),
                        std::make_unique<AdamWOptions>(AdamWOptions(lr).betas({0.9, 0.95}).eps(1e-8).weight_decay(0.0)));
    torch::optim::AdamW optimizer(std::move(groups), AdamWOptions(lr));
    std::vector<torch::Tensor> parameters = model->parameters();

    const int total = options.warmup + options.steps;
    const torch::Tensor data = torch::randint(0, config.vocabSize, {total, options.batch, kSeq + 1}, torch::kInt64);
    const torch::Tensor mask = torch::ones({options.batch, kSeq}, torch::kBool);
    std::vector<double> seconds, cpuSecondsPerStep;
    std::map<std::string, std::vector<double>> phases;
    StepRun run;
    for (int step = 0; step < total; ++step) {
        const torch::Tensor ids = data[step].slice(1, 0, kSeq);
        const torch::Tensor targets = data[step].slice(1, 1, kSeq + 1);
        // The last step is profiled (op self times) when asked; the others are timed.
        const bool profiled = !options.profile.empty() && step == total - 1;
        std::unique_ptr<torch::autograd::profiler::RecordProfile> profile;
        if (profiled)
            profile = std::make_unique<torch::autograd::profiler::RecordProfile>(options.profile);
        const double cpuStart = processCpuSeconds();
        std::vector<std::pair<const char*, Clock::time_point>> marks = {{"", Clock::now()}};
        const torch::Tensor logits = model->forward(ids);
        marks.emplace_back("forward", Clock::now());
        const auto [loss, count] = adaptlab::model::maskedCrossEntropy(logits, targets, mask);
        marks.emplace_back("loss", Clock::now());
        loss.backward();
        marks.emplace_back("backward", Clock::now());
        torch::nn::utils::clip_grad_norm_(parameters, 1.0);
        marks.emplace_back("clip", Clock::now());
        optimizer.step();
        for (const torch::Tensor& p : parameters) // zero_grad(set_to_none): LibTorch 1.13 only zero-fills
            p.mutable_grad().reset();
        marks.emplace_back("optimizer", Clock::now());
        const double cpuSeconds = processCpuSeconds() - cpuStart;
        profile.reset();
        if (step == 0)
            run.firstLoss = loss.item<double>();
        if (step >= options.warmup && !profiled) {
            seconds.push_back(std::chrono::duration<double>(marks.back().second - marks.front().second).count());
            cpuSecondsPerStep.push_back(cpuSeconds);
            for (size_t i = 1; i < marks.size(); ++i)
                phases[marks[i].first].push_back(std::chrono::duration<double>(marks[i].second - marks[i - 1].second).count());
        }
    }
    run.tokensPerSecond = static_cast<double>(options.batch * kSeq) / median(seconds);
    run.tokensPerCpuSecond = static_cast<double>(options.batch * kSeq) / median(cpuSecondsPerStep);
    for (const auto& [phase, values] : phases)
        run.phaseSeconds[phase] = median(values);
    return run;
}

// train::runTraining on the bench model (saved as a Hugging Face folder once) and a shard folder of
// random tokens: the median of its per-step tokens_per_second over the steps after the warm-up.
// Held-out evaluation and checkpoints are out of the way (no held-out split, cadences past the
// end); the one checkpoint at the end comes after the timed steps.
StepRun trainerSteps(const Options& options, const std::filesystem::path& work, int threads, int round)
{
    namespace fs = std::filesystem;
    namespace tr = adaptlab::train;
    const LlamaConfig config = benchConfig();
    const fs::path base = work / "base", shards = work / "shards";
    if (!fs::exists(base / "config.json")) {
        torch::manual_seed(1234);
        adaptlab::model::saveHfModel(LlamaForCausalLM(config), base);
        tr::test::writeFolder(shards, tr::test::makeDocuments(400, 300, 3000, static_cast<uint32_t>(config.vocabSize), 7),
                              static_cast<uint32_t>(config.vocabSize));
    }
    tr::TrainConfig train;
    train.base = base.string();
    train.data.sources = {{"bench", shards, 1.0, false}};
    train.data.seqLen = kSeq;
    train.data.globalBatch = options.batch;
    train.data.eosId = tr::test::kEos;
    train.steps = options.warmup + options.steps;
    train.schedule.kind = tr::ScheduleKind::Constant;
    train.schedule.peakLr = 3e-4;
    train.schedule.warmupSteps = 0;
    train.schedule.totalSteps = train.steps;
    train.evalEvery = 0;
    train.evalEveryEarly = 0;
    train.saveEvery = 0;
    train.keepCheckpoints = 1;
    train.threads = threads;
    train.device = "cpu";
    train.runDir = work / ("run-" + std::to_string(threads) + "-" + std::to_string(round));
    std::vector<double> rates;
    double firstLoss = 0.0;
    tr::TrainHooks hooks;
    hooks.metrics = [&](int64_t step, int64_t, const std::vector<tr::TrainMetric>& metrics) {
        for (const tr::TrainMetric& m : metrics) {
            if (m.name == "train_loss" && step == 1)
                firstLoss = m.value;
            if (m.name == "tokens_per_second" && step > options.warmup)
                rates.push_back(m.value);
        }
    };
    tr::runTraining(train, hooks);
    fs::remove_all(train.runDir);
    StepRun run;
    run.tokensPerSecond = median(rates);
    run.firstLoss = firstLoss;
    return run;
}

// The ops of a profiled step by self time (their own time, not their children's), from the
// chrome trace RecordProfile writes: per thread, an event's children are the events inside it.
void printProfile(const std::string& file, int top)
{
    std::ifstream in(file);
    const nlohmann::json trace = nlohmann::json::parse(in);
    struct Event {
        std::string name;
        double start, end;
    };
    std::map<std::string, std::vector<Event>> byThread;
    for (const auto& e : trace.is_array() ? trace : trace.at("traceEvents")) {
        if (e.value("ph", "") != "X")
            continue;
        const double ts = e.at("ts").get<double>(), dur = e.at("dur").get<double>();
        byThread[e.at("tid").dump()].push_back({e.at("name").get<std::string>(), ts, ts + dur});
    }
    std::map<std::string, double> self;
    double total = 0.0;
    for (auto& [thread, events] : byThread) {
        std::sort(events.begin(), events.end(),
                  [](const Event& a, const Event& b) { return a.start < b.start || (a.start == b.start && a.end > b.end); });
        std::vector<std::pair<const Event*, double>> stack; // event, time of its children so far
        const auto close = [&](double until) {
            while (!stack.empty() && stack.back().first->end <= until) {
                const auto [event, children] = stack.back();
                stack.pop_back();
                const double own = (event->end - event->start) - children;
                self[event->name] += own;
                total += own;
                if (!stack.empty())
                    stack.back().second += event->end - event->start;
            }
        };
        for (const Event& event : events) {
            close(event.start);
            stack.emplace_back(&event, 0.0);
        }
        close(std::numeric_limits<double>::infinity());
    }
    std::vector<std::pair<double, std::string>> sorted;
    for (const auto& [name, us] : self)
        sorted.emplace_back(us, name);
    std::sort(sorted.rbegin(), sorted.rend());
    std::printf("\nprofile of one C++ step (%s): ops by self time, %.1f ms in all\n", file.c_str(), total / 1e3);
    for (int i = 0; i < top && i < static_cast<int>(sorted.size()); ++i)
        std::printf("  %8.1f ms %5.1f%%  %s\n", sorted[i].first / 1e3, 100.0 * sorted[i].first / total, sorted[i].second.c_str());
}

StepRun pythonSteps(const Options& options, int threads)
{
    std::ostringstream command;
    command << ADAPTLAB_SYSTEM_PYTHON3 << " " << ADAPTLAB_SOURCE_DIR << "/tests/bench/train_step_eager.py"
            << " --threads " << threads << " --batch " << options.batch << " --steps " << options.steps
            << " --warmup " << options.warmup << " --seq " << kSeq;
    FILE* pipe = ::popen(command.str().c_str(), "r");
    if (pipe == nullptr)
        throw std::runtime_error("cannot start " + command.str());
    std::string output;
    char buffer[4096];
    while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        output.append(buffer, n);
    const int status = ::pclose(pipe);
    if (status != 0)
        throw std::runtime_error(command.str() + " failed (status " + std::to_string(status) + "): " + output);
    const nlohmann::json report = nlohmann::json::parse(output.substr(output.rfind('{')));
    StepRun run;
    run.tokensPerSecond = report.at("tokens_per_second").get<double>();
    run.tokensPerCpuSecond = report.at("tokens_per_cpu_second").get<double>();
    run.firstLoss = report.at("first_loss").get<double>();
    run.core = report.at("blas_core").get<std::string>();
    return run;
}

std::vector<int> parseList(const std::string& text)
{
    std::vector<int> values;
    std::stringstream stream(text);
    for (std::string part; std::getline(stream, part, ',');)
        values.push_back(std::stoi(part));
    return values;
}

Options parseOptions(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::runtime_error(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--steps") options.steps = std::stoi(next());
        else if (arg == "--warmup") options.warmup = std::stoi(next());
        else if (arg == "--batch") options.batch = std::stoll(next());
        else if (arg == "--threads") options.threads = parseList(next());
        else if (arg == "--rounds") options.rounds = std::stoi(next());
        else if (arg == "--no-python") options.python = false;
        else if (arg == "--profile") options.profile = next();
        else throw std::runtime_error("unknown option " + arg);
    }
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        // The core as the app chooses it, before OpenBLAS loads: for this program that means a
        // fresh start with the variable set (it is linked to LibTorch, so OpenBLAS is in already).
        if (const char* set = std::getenv(rt::kCoreTypeVariable); set == nullptr || *set == '\0') {
            const auto self = adaptlab::objectFileContaining(reinterpret_cast<const void*>(&rt::chooseBlasCore));
            const rt::BlasCoreChoice choice = rt::chooseBlasCore(
                adaptlab::firstExisting(adaptlab::companionCandidates(self, "adaptlab-blas-probe", "ADAPTLAB_BLAS_PROBE")), false);
            if (!choice.requested.empty()) {
                ::execv("/proc/self/exe", argv);
                std::perror("re-executing with OPENBLAS_CORETYPE");
                return 1;
            }
        }
        const Options options = parseOptions(argc, argv);
        const rt::RuntimeInfo info = rt::configure(rt::DevicePolicy::Cpu);
        const LlamaConfig config = benchConfig();
        const double flops = flopsPerToken(config);
        std::printf("bench_train_step: Llama %lld layers, d_model %lld, %lld heads, %lld KV heads, SwiGLU %lld, vocab %lld, "
                    "seq %lld, batch %lld, fp32; %.1f MFLOP per token (fwd+bwd)\n",
                    static_cast<long long>(config.numHiddenLayers), static_cast<long long>(config.hiddenSize),
                    static_cast<long long>(config.numAttentionHeads), static_cast<long long>(config.numKeyValueHeads),
                    static_cast<long long>(config.intermediateSize), static_cast<long long>(config.vocabSize),
                    static_cast<long long>(kSeq), static_cast<long long>(options.batch), flops / 1e6);
        std::printf("BLAS: %s, core %s (%s)\n", info.blas.c_str(), info.blasCore.c_str(), info.blasCoreChoice.c_str());
        std::printf("steps: %d timed after %d warm-up, %d round(s)\n\n", options.steps, options.warmup, options.rounds);

        std::map<int, std::vector<double>> cpp, trainer, python, peak, cppCpu, pythonCpu;
        const std::filesystem::path work = std::filesystem::temp_directory_path() /
                                           ("adaptlab-bench-train-step-" + std::to_string(::getpid()));
        std::string pythonCore;
        for (int round = 0; round < options.rounds; ++round) {
            for (const int threads : options.threads) {
                rt::configure(rt::DevicePolicy::Cpu, threads);
                peak[threads].push_back(sgemmGflops());
                const StepRun c = cppSteps(options);
                cpp[threads].push_back(c.tokensPerSecond);
                cppCpu[threads].push_back(c.tokensPerCpuSecond);
                std::printf("round %d, %d thread(s): sgemm %.1f GFLOP/s; C++ %.1f tokens/s (first loss %.3f; ms forward %.0f, "
                            "loss %.0f, backward %.0f, clip %.0f, optimizer %.0f)",
                            round + 1, threads, peak[threads].back(), c.tokensPerSecond, c.firstLoss,
                            1e3 * c.phaseSeconds.at("forward"), 1e3 * c.phaseSeconds.at("loss"),
                            1e3 * c.phaseSeconds.at("backward"), 1e3 * c.phaseSeconds.at("clip"),
                            1e3 * c.phaseSeconds.at("optimizer"));
                const StepRun t = trainerSteps(options, work, threads, round);
                trainer[threads].push_back(t.tokensPerSecond);
                std::printf("; trainer %.1f tokens/s (first loss %.3f)", t.tokensPerSecond, t.firstLoss);
                if (options.python) {
                    const StepRun p = pythonSteps(options, threads);
                    python[threads].push_back(p.tokensPerSecond);
                    pythonCpu[threads].push_back(p.tokensPerCpuSecond);
                    pythonCore = p.core;
                    std::printf("; Python eager %.1f tokens/s (first loss %.3f, core %s)", p.tokensPerSecond, p.firstLoss,
                                p.core.c_str());
                }
                std::printf("\n");
                std::fflush(stdout);
            }
        }

        std::filesystem::remove_all(work);
        std::printf("\n%-8s %11s %12s %11s %12s %12s %9s %9s %15s\n", "threads", "sgemm GF/s", "trainer tok/s", "step tok/s",
                    "eager tok/s", "trainer MFU", "eager MFU", "ratio", "trainer / step");
        for (const int threads : options.threads) {
            const double gf = median(peak[threads]);
            const double c = median(cpp[threads]);
            const double t = median(trainer[threads]);
            const double p = options.python ? median(python[threads]) : 0.0;
            std::printf("%-8d %11.1f %12.1f %11.1f %12.1f %11.1f%% %8.1f%% %9.2f %15.2f\n", threads, gf, t, c, p,
                        100.0 * t * flops / (gf * 1e9), 100.0 * p * flops / (gf * 1e9), p > 0 ? t / p : 0.0, t / c);
        }
        std::printf("ratio = trainer / eager (issue 10's target: >= 1.25)\n");
        std::printf("step per CPU second (all threads' CPU time: what a busy machine disturbs least at 1 thread):\n");
        for (const int threads : options.threads) {
            const double c = median(cppCpu[threads]);
            const double p = options.python ? median(pythonCpu[threads]) : 0.0;
            std::printf("%-8d %12s %12.1f %12.1f %9s %9s %8.2f\n", threads, "", c, p, "", "", p > 0 ? c / p : 0.0);
        }
        if (options.threads.size() >= 2) {
            const int a = options.threads.front(), b = options.threads.back();
            std::printf("\nscaling %d -> %d threads: sgemm %.2fx, trainer %.2fx, step %.2fx", a, b,
                        median(peak[b]) / median(peak[a]), median(trainer[b]) / median(trainer[a]),
                        median(cpp[b]) / median(cpp[a]));
            if (options.python)
                std::printf(", eager %.2fx", median(python[b]) / median(python[a]));
            std::printf("\n");
        }
        if (!options.profile.empty())
            printProfile(options.profile, 25);
        if (options.python && pythonCore != info.blasCore)
            std::printf("WARNING: the Python child ran OpenBLAS core %s, C++ %s: the ratio compares different kernels\n",
                        pythonCore.c_str(), info.blasCore.c_str());
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_train_step: %s\n", e.what());
        return 1;
    }
}
