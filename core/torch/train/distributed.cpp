// Data parallel on c10d as Debian's LibTorch 1.13 ships it: a TCPStore hosted by rank 0 for the
// rendezvous, then ProcessGroupGloo (CPU tensors) or ProcessGroupNCCL (CUDA tensors, when this
// LibTorch was built with it). Gradients are reduced in flattened buckets: one collective per
// bucket instead of one per parameter (tests/bench/bench_allreduce measures the difference).
#include "torch/train/distributed.h"

#include "common/error.h"
#include "train/launch_environment.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <chrono>
#include <cstdlib>
#include <exception>
#include <map>
#include <string>
#include <utility>

namespace adaptlab::train {

namespace {

constexpr int64_t kDefaultBucketCapBytes = 25 * 1024 * 1024; // DDP's default bucket_cap_mb

// How long a rank waits for its peers to connect (ADAPTLAB_DISTRIBUTED_TIMEOUT seconds). Collectives
// get at least 30 minutes: rank 0 may be evaluating or writing a checkpoint while the others wait.
std::chrono::milliseconds connectTimeout()
{
    const char* text = std::getenv("ADAPTLAB_DISTRIBUTED_TIMEOUT");
    if (!text || !*text)
        return std::chrono::seconds(300);
    char* end = nullptr;
    const double seconds = std::strtod(text, &end);
    if (end == text || *end != '\0' || !(seconds > 0) || seconds > 1e7)
        throw Error(std::string("ADAPTLAB_DISTRIBUTED_TIMEOUT=\"") + text + "\" is not a number of seconds");
    return std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000));
}

std::string describe(const std::exception_ptr& error)
{
    try {
        std::rethrow_exception(error);
    } catch (const c10::Error& e) {
        return e.what_without_backtrace();
    } catch (const std::exception& e) {
        return e.what();
    } catch (...) {
        return "unknown error";
    }
}

// One process: nothing to reduce, rank 0 of 1.
class SingleProcess final : public Distributed {
public:
    int rank() const override { return 0; }
    int worldSize() const override { return 1; }
    int localRank() const override { return 0; }
    void averageGradients(const std::vector<torch::Tensor>&) override {}
    void allReduceSum(torch::Tensor&) override {}
    void broadcast(const std::vector<torch::Tensor>&) override {}
    void barrier() override {}
    void setBucketCapBytes(int64_t) override {}
    std::string backendName() const override { return "none"; }
};

class ProcessGroupDistributed final : public Distributed {
public:
    ProcessGroupDistributed(const LaunchEnvironment& env, c10::intrusive_ptr<c10d::Store> store,
                            c10::intrusive_ptr<c10d::ProcessGroup> group, std::string backend)
        : env_(env)
        , store_(std::move(store))
        , group_(std::move(group))
        , backend_(std::move(backend))
    {
    }

    int rank() const override { return env_.rank; }
    int worldSize() const override { return env_.worldSize; }
    int localRank() const override { return env_.localRank; }
    std::string backendName() const override { return backend_; }
    void setBucketCapBytes(int64_t bytes) override { bucketCapBytes_ = bytes < 0 ? 0 : bytes; }

    void averageGradients(const std::vector<torch::Tensor>& parameters) override
    {
        torch::NoGradGuard noGrad;
        // A parameter without a gradient on this rank still takes part, as zeros: every rank must
        // issue the same collectives on the same shapes, and another rank may have a gradient for it.
        std::vector<torch::Tensor> grads;
        grads.reserve(parameters.size());
        for (const torch::Tensor& parameter : parameters) {
            torch::Tensor& grad = const_cast<torch::Tensor&>(parameter).mutable_grad();
            if (!grad.defined())
                grad = torch::zeros_like(parameter);
            grads.push_back(grad);
        }
        const double scale = 1.0 / static_cast<double>(env_.worldSize);
        if (bucketCapBytes_ == 0) {
            for (torch::Tensor& grad : grads) {
                torch::Tensor dense = grad.is_contiguous() ? grad : grad.contiguous();
                allReduce(dense, "averageGradients");
                dense.mul_(scale);
                if (!dense.is_same(grad))
                    grad.copy_(dense);
            }
            return;
        }
        // Buckets hold tensors of one dtype and device, in parameter order (the same on every rank).
        size_t begin = 0;
        while (begin < grads.size()) {
            size_t end = begin;
            int64_t bytes = 0;
            while (end < grads.size() && grads[end].scalar_type() == grads[begin].scalar_type()
                   && grads[end].device() == grads[begin].device()
                   && (end == begin || bytes + gradBytes(grads[end]) <= bucketCapBytes_)) {
                bytes += gradBytes(grads[end]);
                ++end;
            }
            reduceBucket(grads, begin, end, scale);
            begin = end;
        }
    }

    void allReduceSum(torch::Tensor& tensor) override
    {
        torch::NoGradGuard noGrad;
        torch::Tensor dense = tensor.is_contiguous() ? tensor : tensor.contiguous();
        allReduce(dense, "allReduceSum");
        if (!dense.is_same(tensor))
            tensor.copy_(dense);
    }

    void broadcast(const std::vector<torch::Tensor>& tensors) override
    {
        torch::NoGradGuard noGrad;
        // One collective per dtype and device: a model's weights in one flat buffer.
        std::map<std::pair<int, std::string>, std::vector<torch::Tensor>> groups;
        for (const torch::Tensor& tensor : tensors)
            groups[{static_cast<int>(tensor.scalar_type()), tensor.device().str()}].push_back(tensor);
        for (auto& entry : groups) {
            std::vector<torch::Tensor>& members = entry.second;
            std::vector<torch::Tensor> flat;
            for (const torch::Tensor& t : members)
                flat.push_back(t.reshape({-1}));
            std::vector<torch::Tensor> buffer{torch::cat(flat)};
            c10d::BroadcastOptions options;
            options.rootRank = 0;
            wait(group_->broadcast(buffer, options), "broadcast");
            int64_t offset = 0;
            for (torch::Tensor t : members) {
                const int64_t n = t.numel();
                t.copy_(buffer[0].narrow(0, offset, n).view_as(t));
                offset += n;
            }
        }
    }

    void barrier() override { wait(group_->barrier(), "barrier"); }

private:
    static int64_t gradBytes(const torch::Tensor& t) { return t.numel() * static_cast<int64_t>(t.element_size()); }

    void reduceBucket(std::vector<torch::Tensor>& grads, size_t begin, size_t end, double scale)
    {
        if (end - begin == 1) { // one tensor: no copy into a bucket
            torch::Tensor& grad = grads[begin];
            torch::Tensor dense = grad.is_contiguous() ? grad : grad.contiguous();
            allReduce(dense, "averageGradients");
            dense.mul_(scale);
            if (!dense.is_same(grad))
                grad.copy_(dense);
            return;
        }
        std::vector<torch::Tensor> flat;
        flat.reserve(end - begin);
        for (size_t i = begin; i < end; ++i)
            flat.push_back(grads[i].reshape({-1}));
        torch::Tensor bucket = torch::cat(flat);
        allReduce(bucket, "averageGradients");
        bucket.mul_(scale);
        int64_t offset = 0;
        for (size_t i = begin; i < end; ++i) {
            const int64_t n = grads[i].numel();
            grads[i].copy_(bucket.narrow(0, offset, n).view_as(grads[i]));
            offset += n;
        }
    }

    void allReduce(torch::Tensor& tensor, const char* operation)
    {
        std::vector<torch::Tensor> tensors{tensor};
        c10d::AllreduceOptions options;
        options.reduceOp = c10d::ReduceOp::SUM;
        wait(group_->allreduce(tensors, options), operation);
    }

    // A failed collective (a peer died, a timeout) names the operation and this rank.
    void wait(const c10::intrusive_ptr<c10d::Work>& work, const char* operation)
    {
        try {
            work->wait();
        } catch (...) {
            throw Error(std::string("data parallel ") + operation + " failed on rank " + std::to_string(env_.rank)
                        + " of " + std::to_string(env_.worldSize) + " (" + backend_ + "): "
                        + describe(std::current_exception()));
        }
    }

    LaunchEnvironment env_;
    c10::intrusive_ptr<c10d::Store> store_; // outlives the group, which rendezvoused through it
    c10::intrusive_ptr<c10d::ProcessGroup> group_;
    std::string backend_;
    int64_t bucketCapBytes_ = kDefaultBucketCapBytes;
};

bool isLoopback(const std::string& host)
{
    return host == "localhost" || host.rfind("127.", 0) == 0 || host == "::1";
}

std::string endpoint(const LaunchEnvironment& env)
{
    return "MASTER_ADDR:MASTER_PORT = " + env.masterAddr + ":" + std::to_string(env.masterPort);
}

c10::intrusive_ptr<c10d::Store> connectStore(const LaunchEnvironment& env, std::chrono::milliseconds timeout)
{
    c10d::TCPStoreOptions options;
    options.port = env.masterPort;
    options.isServer = env.rank == 0;
    options.numWorkers = static_cast<size_t>(env.worldSize);
    options.waitWorkers = false; // waitForEveryRank() waits, and names the ranks that never came
    options.timeout = timeout;
    try {
        return c10::make_intrusive<c10d::TCPStore>(env.masterAddr, options);
    } catch (...) {
        const std::string seconds = std::to_string(timeout.count() / 1000);
        const std::string detail = describe(std::current_exception());
        if (env.rank == 0)
            throw Error("rank 0 could not host the rendezvous at " + endpoint(env) + ": " + detail);
        throw Error("rank " + std::to_string(env.rank) + " could not reach rank 0 at " + endpoint(env) + " within "
                    + seconds + " s (ADAPTLAB_DISTRIBUTED_TIMEOUT): " + detail);
    }
}

// Every rank announces itself and waits for the others within the connect timeout. Gloo's own
// rendezvous would wait as long as its collective timeout (30 minutes) for a rank that never came.
void waitForEveryRank(const LaunchEnvironment& env, c10d::Store& store, std::chrono::milliseconds timeout)
{
    const auto key = [](int rank) { return "adaptlab/joined/" + std::to_string(rank); };
    std::vector<std::string> keys;
    for (int rank = 0; rank < env.worldSize; ++rank)
        keys.push_back(key(rank));
    try {
        store.set(key(env.rank), std::vector<uint8_t>{1});
        store.wait(keys, timeout);
    } catch (...) {
        const std::string detail = describe(std::current_exception());
        std::string missing;
        int missingCount = 0;
        for (int rank = 0; rank < env.worldSize; ++rank) {
            bool present = false;
            try {
                present = store.check({key(rank)});
            } catch (...) {
                present = false; // the store itself is gone (rank 0 exited): count the rank as absent
            }
            if (!present) {
                missing += (missing.empty() ? "" : ", ") + std::to_string(rank);
                ++missingCount;
            }
        }
        throw Error("rank " + std::to_string(env.rank) + " waited " + std::to_string(timeout.count() / 1000)
                    + " s (ADAPTLAB_DISTRIBUTED_TIMEOUT) at " + endpoint(env) + " but only "
                    + std::to_string(env.worldSize - missingCount) + " of " + std::to_string(env.worldSize)
                    + " ranks connected" + (missing.empty() ? "" : " (missing: " + missing + ")") + ": " + detail);
    }
}

c10::intrusive_ptr<c10d::ProcessGroup> makeGroup(const LaunchEnvironment& env, const torch::Device& device,
                                                 const c10::intrusive_ptr<c10d::Store>& store,
                                                 std::chrono::milliseconds timeout, std::string& backend)
{
    const auto collectiveTimeout = std::max<std::chrono::milliseconds>(timeout, std::chrono::minutes(30));
    // The prefix keeps this group's keys apart from the store's own ("init/") and from a later group.
    auto prefixed = c10::make_intrusive<c10d::PrefixStore>("adaptlab/default_pg", store);
    if (device.is_cuda()) {
#ifdef USE_C10D_NCCL
        backend = "nccl";
        auto options = c10d::ProcessGroupNCCL::Options::create();
        options->timeout = collectiveTimeout;
        return c10::make_intrusive<c10d::ProcessGroupNCCL>(prefixed, env.rank, env.worldSize, options);
#else
        throw Error("data parallel on " + device.str() + " needs NCCL, and this LibTorch was built without it "
                    "(train on the CPU, or use a LibTorch built with CUDA and NCCL)");
#endif
    }
#ifdef USE_C10D_GLOO
    backend = "gloo";
    auto options = c10d::ProcessGroupGloo::Options::create(collectiveTimeout);
    // GLOO_SOCKET_IFNAME picks the network interfaces as in PyTorch; local runs stay on loopback
    // (a container's host name may not resolve); otherwise the address this host's name resolves to.
    if (const char* interfaces = std::getenv("GLOO_SOCKET_IFNAME"); interfaces && *interfaces) {
        std::string list = interfaces;
        size_t start = 0;
        while (start <= list.size()) {
            const size_t comma = std::min(list.find(',', start), list.size());
            if (comma > start)
                options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(list.substr(start, comma - start)));
            start = comma + 1;
        }
    } else if (isLoopback(env.masterAddr)) {
        options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
    } else {
        options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
    }
    return c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, env.rank, env.worldSize, options);
#else
    throw Error("data parallel on the CPU needs Gloo, and AdaptLab was built without its headers "
                "(install libgloo-dev and rebuild)");
#endif
}

} // namespace

std::unique_ptr<Distributed> Distributed::fromEnvironment(const torch::Device& device)
{
    const LaunchEnvironment env = readLaunchEnvironment();
    if (!env.distributed())
        return std::make_unique<SingleProcess>();
    const std::chrono::milliseconds timeout = connectTimeout();
    c10::intrusive_ptr<c10d::Store> store = connectStore(env, timeout);
    waitForEveryRank(env, *store, timeout);
    std::string backend;
    c10::intrusive_ptr<c10d::ProcessGroup> group;
    try {
        group = makeGroup(env, device, store, timeout, backend);
    } catch (const Error&) {
        throw;
    } catch (...) {
        throw Error("rank " + std::to_string(env.rank) + " of " + std::to_string(env.worldSize)
                    + " could not join the process group (" + endpoint(env) + "): " + describe(std::current_exception()));
    }
    return std::make_unique<ProcessGroupDistributed>(env, std::move(store), std::move(group), backend);
}

} // namespace adaptlab::train
