// The worker tst_distributed starts: with --nproc N it is its own launcher (as `adaptlab-cli train
// --nproc N` is), otherwise one rank of a data-parallel group that does what its mode says and
// writes what it saw to OUT/rank-R.json for the test to check.
//
//   distributed_worker [--nproc N] env OUT          the launcher environment and arguments it got
//   distributed_worker [--nproc N] collectives OUT  allReduceSum, broadcast, averageGradients over Gloo
//   distributed_worker [--nproc N] fail RANK CODE OUT   RANK exits with CODE, the others wait for a signal
//   distributed_worker [--nproc N] stop OUT         waits for SIGTERM, then says so and exits 0
#include "common/error.h"
#include "torch/train/distributed.h"
#include "train/launch_environment.h"
#include "train/local_launcher.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <sched.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using adaptlab::train::Distributed;
using nlohmann::json;

namespace {

std::atomic<bool> gStop{false};
extern "C" void onTerm(int) { gStop = true; }

void writeJson(const std::filesystem::path& out, int rank, const json& value)
{
    const std::filesystem::path file = out / ("rank-" + std::to_string(rank) + ".json");
    std::ofstream(file.string() + ".tmp") << value.dump();
    std::filesystem::rename(file.string() + ".tmp", file);
}

std::vector<float> values(const torch::Tensor& t)
{
    const torch::Tensor flat = t.detach().to(torch::kFloat32).contiguous().reshape({-1});
    return std::vector<float>(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
}

int cpusInMask()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    return sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : -1;
}

int modeEnv(const std::vector<std::string>& args, const std::filesystem::path& out)
{
    json seen;
    for (const char* name : {"RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"})
        seen[name] = std::getenv(name) ? std::getenv(name) : "";
    seen["args"] = args;
    seen["cpus"] = cpusInMask();
    const auto env = adaptlab::train::readLaunchEnvironment();
    // Both streams, so the test sees where each rank's output ends up.
    std::cout << "stdout of rank " << env.rank << "\n" << std::flush;
    std::cerr << "stderr of rank " << env.rank << "\n" << std::flush;
    writeJson(out, env.rank, seen);
    return 0;
}

// A tiny model (embedding -> linear) whose gradients differ by rank; `extra` gets a gradient on
// rank 1 only, so rank 0 must contribute zeros for it.
struct TinyModel : torch::nn::Module {
    TinyModel()
    {
        embedding = register_module("embedding", torch::nn::Embedding(/*num_embeddings=*/11, /*embedding_dim=*/6));
        head = register_module("head", torch::nn::Linear(/*in_features=*/6, /*out_features=*/5));
        extra = register_parameter("extra", torch::ones({3}));
    }
    torch::nn::Embedding embedding{nullptr};
    torch::nn::Linear head{nullptr};
    torch::Tensor extra;
};

json gradientsOnce(Distributed& dist, int64_t bucketCap, int rank)
{
    torch::manual_seed(1234); // the same initial weights on both ranks ...
    TinyModel model;
    torch::manual_seed(99 + rank); // ... and data of their own
    const torch::Tensor ids = torch::randint(0, 11, {4, 3});
    const torch::Tensor target = torch::randn({4, 3, 5});
    torch::Tensor loss = (model.head(model.embedding(ids)) - target).pow(2).mean();
    if (rank == 1)
        loss = loss + (model.extra * model.extra).sum() * 0.5;
    loss.backward();
    std::vector<torch::Tensor> parameters;
    json names = json::array(), local = json::array(), averaged = json::array();
    for (const auto& item : model.named_parameters()) {
        names.push_back(item.key());
        parameters.push_back(item.value());
    }
    for (const torch::Tensor& p : parameters)
        local.push_back(p.grad().defined() ? values(p.grad()) : std::vector<float>(static_cast<size_t>(p.numel()), 0.f));
    dist.setBucketCapBytes(bucketCap);
    dist.averageGradients(parameters);
    for (const torch::Tensor& p : parameters)
        averaged.push_back(values(p.grad()));
    return {{"names", names}, {"local", local}, {"averaged", averaged}};
}

int modeCollectives(const std::filesystem::path& out)
{
    const std::unique_ptr<Distributed> dist = Distributed::fromEnvironment(torch::Device(torch::kCPU));
    const int rank = dist->rank();
    json result;
    result["rank"] = rank;
    result["world_size"] = dist->worldSize();
    result["local_rank"] = dist->localRank();
    result["backend"] = dist->backendName();

    torch::Tensor sum = torch::tensor({1.0f, 10.0f, 100.0f}) * static_cast<float>(rank + 1);
    dist->allReduceSum(sum);
    result["sum"] = values(sum);
    // A non-contiguous view (every other element of a row-major matrix's transpose).
    torch::Tensor matrix = torch::arange(6, torch::kFloat64).reshape({2, 3}) * static_cast<double>(rank + 1);
    torch::Tensor transposed = matrix.t();
    dist->allReduceSum(transposed);
    result["sum_transposed"] = values(matrix);
    torch::Tensor count = torch::tensor({static_cast<int64_t>(7 * (rank + 1))});
    dist->allReduceSum(count);
    result["sum_int64"] = count.item<int64_t>();

    torch::manual_seed(500 + rank); // different weights per rank before the broadcast
    torch::Tensor a = torch::randn({3, 4});
    torch::Tensor b = torch::randn({5});
    torch::Tensor c = torch::arange(4, torch::kInt64) + 100 * rank;
    dist->broadcast({a, b, c});
    result["broadcast"] = {values(a), values(b), values(c.to(torch::kFloat32))};

    result["grads_bucketed"] = gradientsOnce(*dist, 25 * 1024 * 1024, rank);
    result["grads_per_tensor"] = gradientsOnce(*dist, 0, rank);
    result["grads_small_buckets"] = gradientsOnce(*dist, 100, rank); // ~25 floats: several buckets
    dist->barrier();
    writeJson(out, rank, result);
    return 0;
}

int modeFail(int failingRank, int code, const std::filesystem::path& out)
{
    const auto env = adaptlab::train::readLaunchEnvironment();
    if (env.rank == failingRank)
        return code;
    writeJson(out, env.rank, {{"waiting", true}});
    pause(); // until the launcher's SIGTERM (default action: terminate)
    writeJson(out, env.rank, {{"finished", true}});
    return 0;
}

int modeStop(const std::filesystem::path& out)
{
    struct sigaction action{};
    action.sa_handler = onTerm;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    const auto env = adaptlab::train::readLaunchEnvironment();
    writeJson(out, env.rank, {{"ready", true}});
    while (!gStop)
        usleep(10000); // pause() could miss a signal that lands between the check and the call
    writeJson(out, env.rank, {{"stopped", true}});
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> all(argv, argv + argc);
    try {
        for (size_t i = 1; i + 1 < all.size(); ++i)
            if (all[i] == "--nproc")
                return adaptlab::train::launchLocalWorkers(std::stoi(all[i + 1]), all);
        const std::vector<std::string> args(all.begin() + 1, all.end());
        if (args.size() == 2 && args[0] == "env")
            return modeEnv(args, args[1]);
        if (args.size() == 2 && args[0] == "collectives")
            return modeCollectives(args[1]);
        if (args.size() == 4 && args[0] == "fail")
            return modeFail(std::stoi(args[1]), std::stoi(args[2]), args[3]);
        if (args.size() == 2 && args[0] == "stop")
            return modeStop(args[1]);
        std::cerr << "distributed_worker: unknown mode\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "distributed_worker: " << e.what() << "\n";
        return 1;
    }
}
