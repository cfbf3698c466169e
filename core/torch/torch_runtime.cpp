// The LibTorch half of the runtime (runtime/runtime.h): device, torch threads and the BLAS LibTorch
// calls. Built into libadaptlab_torch.so, which libadaptlab_core loads on the first configure() or
// info(), so that the commands that never touch LibTorch (corpus inspection, the store, tokenizers)
// start without it: loading LibTorch costs ~0.5 s and ~150 MB per process.
#include "runtime/runtime.h"

#include "runtime/blas_core.h"

#include "common/error.h"

#include <ATen/Parallel.h>
#include <ATen/Version.h>
#include <torch/torch.h>
#include <torch/version.h>

#include <dlfcn.h>
#include <link.h>
#include <malloc.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <climits>
#include <limits>
#include <cstdlib>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

namespace adaptlab::runtime {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string realPath(const char* path)
{
    if (path == nullptr || *path == '\0')
        return {};
    char resolved[PATH_MAX];
    return ::realpath(path, resolved) != nullptr ? std::string(resolved) : std::string(path);
}

bool looksLikeBlas(const std::string& path)
{
    const std::string name = lower(path.substr(path.find_last_of('/') + 1));
    return name.starts_with("libblas.so") || name.starts_with("libopenblas") ||
           name.starts_with("libmkl") || name.starts_with("libblis") ||
           name.starts_with("libcblas.so") || name.starts_with("libsatlas") ||
           name.starts_with("libtatlas");
}

// Every loaded shared object that looks like a BLAS, resolved through symlinks (Debian picks its
// BLAS with update-alternatives, so only the real path says which one it is).
std::vector<std::string> loadedBlasLibraries()
{
    std::vector<std::string> found;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) -> int {
            auto* out = static_cast<std::vector<std::string>*>(data);
            const std::string path = realPath(info->dlpi_name);
            if (!path.empty() && looksLikeBlas(path) &&
                std::find(out->begin(), out->end(), path) == out->end()) {
                out->push_back(path);
            }
            return 0;
        },
        &found);
    return found;
}

// The object that provides sgemm_ to the process is the BLAS LibTorch's calls end up in: several
// may be loaded (e.g. reference libblas.so.3 beside an OpenBLAS-backed liblapack), and the first
// in symbol-lookup order wins.
std::string sgemmProvider()
{
    void* symbol = dlsym(RTLD_DEFAULT, "sgemm_");
    if (symbol == nullptr)
        return {};
    Dl_info info{};
    if (dladdr(symbol, &info) == 0)
        return {};
    return realPath(info.dli_fname);
}

// OpenBLAS's kernel set ("SkylakeX"), empty when the BLAS is not OpenBLAS.
std::string openBlasCore()
{
    using NameFn = char* (*)();
    auto name = reinterpret_cast<NameFn>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    const char* text = name != nullptr ? name() : nullptr;
    return text != nullptr ? std::string(text) : std::string();
}

struct Blas {
    std::string description;
    std::string library;
    BlasKind kind = BlasKind::Unknown;
    std::string name;
    std::string threading;
    int threads = 0;
};

// Fills name, threading and threads of an OpenBLAS and returns its one-line description.
std::string openBlasDescription(Blas& blas)
{
    using ConfigFn = char* (*)();
    using IntFn = int (*)();
    auto config = reinterpret_cast<ConfigFn>(dlsym(RTLD_DEFAULT, "openblas_get_config"));
    auto parallel = reinterpret_cast<IntFn>(dlsym(RTLD_DEFAULT, "openblas_get_parallel"));
    auto threads = reinterpret_cast<IntFn>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));

    std::string text = "OpenBLAS";
    if (config != nullptr) {
        // "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64": keep name and version.
        const std::string full = config() != nullptr ? config() : "";
        if (full.starts_with("OpenBLAS ")) {
            const size_t end = full.find(' ', 9);
            text = full.substr(0, end);
        }
    }
    std::string details;
    if (parallel != nullptr) {
        switch (parallel()) {
        case 0: details = "sequential"; break;
        case 1: details = "pthreads"; break;
        case 2: details = "openmp"; break;
        default: break;
        }
    }
    blas.name = text;
    blas.threading = details;
    if (threads != nullptr) {
        const int n = threads();
        blas.threads = n;
        details += (details.empty() ? "" : ", ") + std::to_string(n) +
                   (n == 1 ? " thread" : " threads");
    }
    return details.empty() ? text : text + " (" + details + ")";
}

Blas detectBlas()
{
    Blas blas;
    blas.library = sgemmProvider();
    if (blas.library.empty()) {
        // sgemm_ is not visible globally (a LibTorch with a statically linked MKL, or loaded
        // RTLD_LOCAL): fall back to what is loaded.
        const auto loaded = loadedBlasLibraries();
        if (!loaded.empty())
            blas.library = loaded.front();
    }
    const std::string path = lower(blas.library);
    if (path.find("openblas") != std::string::npos) {
        blas.kind = BlasKind::OpenBlas;
        blas.description = openBlasDescription(blas);
    } else if (path.find("mkl") != std::string::npos) {
        blas.kind = BlasKind::Mkl;
        blas.description = blas.name = "MKL";
    } else if (path.find("blis") != std::string::npos) {
        blas.kind = BlasKind::Blis;
        blas.description = blas.name = "BLIS";
    } else if (path.find("atlas") != std::string::npos) {
        blas.kind = BlasKind::Atlas;
        blas.description = blas.name = "ATLAS";
    } else if (path.find("libblas.so") != std::string::npos) {
        // Debian's alternatives default: netlib's reference BLAS, ~30x slower for training.
        blas.kind = BlasKind::Reference;
        blas.description = "reference BLAS (slow: install libopenblas0-openmp)";
    } else if (!blas.library.empty()) {
        blas.description = "unknown BLAS";
    } else {
        // Nothing loaded: LibTorch carries its BLAS inside (e.g. the MKL in upstream builds).
        blas.kind = BlasKind::BuiltIntoTorch;
        const std::string config = at::show_config();
        if (config.find("Math Kernel Library") != std::string::npos ||
            config.find("BLAS_INFO=mkl") != std::string::npos) {
            blas.name = "MKL";
            blas.description = "MKL (built into LibTorch)";
        } else {
            blas.description = "built into LibTorch";
        }
    }
    return blas;
}

std::string pickDevice(DevicePolicy policy)
{
    const bool cuda = torch::cuda::is_available();
    switch (policy) {
    case DevicePolicy::Cpu:
        return "cpu";
    case DevicePolicy::Cuda:
        if (!cuda) {
            throw Error(at::hasCUDA()
                            ? "device policy 'cuda' was requested, but no CUDA device is visible"
                            : "device policy 'cuda' was requested, but this LibTorch build has no "
                              "CUDA support (Debian's libtorch is CPU-only; configure with "
                              "-DCMAKE_PREFIX_PATH=<a CUDA LibTorch>)");
        }
        return "cuda:0";
    case DevicePolicy::Auto:
        break;
    }
    return cuda ? "cuda:0" : "cpu";
}

// configure() may run from several places (GUI start, CLI, tests); torch's thread setters are not
// meant to race.
std::mutex configureMutex;
bool interopThreadsSet = false;

RuntimeInfo infoOfTorch(DevicePolicy policy)
{
    RuntimeInfo result;
    result.device = pickDevice(policy);
    result.cudaAvailable = torch::cuda::is_available();
    result.cudaDeviceCount = static_cast<int>(torch::cuda::device_count());
    result.coresAvailable = coresAvailable();
    result.torchThreads = at::get_num_threads();
    result.torchInteropThreads = at::get_num_interop_threads();
    const Blas blas = detectBlas();
    result.blas = blas.description;
    result.blasLibrary = blas.library;
    result.blasKind = blas.kind;
    result.blasName = blas.name;
    result.blasThreading = blas.threading;
    result.blasThreads = blas.threads;
    result.torchVersion = TORCH_VERSION;
    result.blasCore = blas.kind == BlasKind::OpenBlas ? openBlasCore() : std::string();
    return result;
}

// A small sgemm through LibTorch (so through the very BLAS call its training makes) against a
// product computed without BLAS. Odd sizes reach the kernels' edge cases, and the second product
// takes the transposed path. The inputs are fixed, not random: the check must not move torch's
// generator.
BlasCheck blasCheck()
{
    BlasCheck check;
    const Blas blas = detectBlas();
    check.library = blas.library;
    check.core = blas.kind == BlasKind::OpenBlas ? openBlasCore() : std::string();
    constexpr int m = 67, k = 131, n = 45;
    std::vector<float> a(static_cast<size_t>(m) * k), b(static_cast<size_t>(k) * n);
    for (size_t i = 0; i < a.size(); ++i)
        a[i] = static_cast<float>(static_cast<int>((i * 7919) % 263) - 131) / 64.0f;
    for (size_t i = 0; i < b.size(); ++i)
        b[i] = static_cast<float>(static_cast<int>((i * 104729) % 251) - 125) / 32.0f;
    const auto options = torch::TensorOptions().dtype(torch::kFloat32);
    const at::Tensor ta = torch::from_blob(a.data(), {m, k}, options);
    const at::Tensor tb = torch::from_blob(b.data(), {k, n}, options);
    const at::Tensor tbT = tb.t().contiguous();
    std::vector<at::Tensor> products = {at::mm(ta, tb).contiguous(), at::mm(ta, tbT.t()).contiguous()};

    std::vector<std::string> corrupt;
    if (const char* text = std::getenv(kCorruptCoresVariable); text != nullptr) {
        std::stringstream list(text);
        for (std::string core; std::getline(list, core, ',');)
            corrupt.push_back(core);
    }
    if (std::find(corrupt.begin(), corrupt.end(), check.core) != corrupt.end())
        products[1].data_ptr<float>()[17] += 0.5f; // the test hook: one element off, as a bad kernel would be

    const SgemmCheck plain = compareWithReference(a.data(), b.data(), products[0].data_ptr<float>(), m, k, n);
    const SgemmCheck transposed = compareWithReference(a.data(), b.data(), products[1].data_ptr<float>(), m, k, n);
    check.sgemm = plain.ok ? transposed : plain;
    check.sgemm.maxError = std::max(plain.maxError, transposed.maxError);
    return check;
}

// torch::mm of two 1024x1024 f32 matrices at torch's current threads: median of 7 after 2 warm-ups.
double sgemmGflops()
{
    constexpr int64_t n = 1024;
    constexpr int warmups = 2, repetitions = 7;
    const at::Tensor a = torch::full({n, n}, 0.5f);
    const at::Tensor b = torch::full({n, n}, 0.25f);
    at::Tensor c = torch::empty({n, n});
    for (int i = 0; i < warmups; ++i)
        at::mm_out(c, a, b);
    std::vector<double> seconds;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = std::chrono::steady_clock::now();
        at::mm_out(c, a, b);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::nth_element(seconds.begin(), seconds.begin() + repetitions / 2, seconds.end());
    return 2.0 * n * n * n / seconds[repetitions / 2] / 1e9;
}

// glibc serves an allocation above its mmap threshold (128 kB rising to at most 32 MB) with a fresh
// mmap and unmaps it on free, and gives the top of the heap back to the OS past 128 kB: so every
// training step's large tensors (logits and their gradient: B*T*V floats, the MLP's activations)
// arrive as untouched pages that the kernel faults in and zeroes again, step after step. Measured
// with bench_train_step (1 thread): 40% of the step's CPU time went to that (the ops that first
// write a new tensor: log_softmax, the NLL gradient's zero fill, silu_backward), 634 -> 1,060
// tokens per CPU second without it. A process that computes with LibTorch keeps its freed memory
// for reuse instead; what it holds at its peak stays held, which a training process needs again at
// the next step anyway.
void keepFreedMemoryForReuse()
{
    static std::once_flag once;
    std::call_once(once, [] {
        ::mallopt(M_MMAP_MAX, 0);                    // large blocks from the heap, reused after free
        ::mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max()); // never give the heap's top back
    });
}

RuntimeInfo configureTorch(DevicePolicy policy, int threads)
{
    // Pick the device first: a policy that cannot be met changes nothing.
    pickDevice(policy);
    keepFreedMemoryForReuse();
    const int n = threads > 0 ? threads : coresAvailable();
    {
        std::lock_guard lock(configureMutex);
        torch::set_num_threads(n);
        // at::set_num_interop_threads may be called once, and only before any inter-op work has
        // started; later calls throw. Try once and keep whatever torch has if it is too late.
        if (!interopThreadsSet) {
            interopThreadsSet = true;
            try {
                at::set_num_interop_threads(n);
            } catch (const c10::Error&) {
            }
        }
    }
    return infoOfTorch(policy);
}

} // namespace

} // namespace adaptlab::runtime

// The entry points runtime.cpp resolves with dlsym. Both sides are this project's C++ built by one
// compiler, so C++ types cross; extern "C" only keeps the names plain.
extern "C" __attribute__((visibility("default"))) adaptlab::runtime::RuntimeInfo
adaptlab_torch_configure(adaptlab::runtime::DevicePolicy policy, int threads)
{
    return adaptlab::runtime::configureTorch(policy, threads);
}

extern "C" __attribute__((visibility("default"))) adaptlab::runtime::RuntimeInfo
adaptlab_torch_info(adaptlab::runtime::DevicePolicy policy)
{
    return adaptlab::runtime::infoOfTorch(policy);
}

extern "C" __attribute__((visibility("default"))) adaptlab::runtime::BlasCheck adaptlab_torch_blas_check()
{
    return adaptlab::runtime::blasCheck();
}

extern "C" __attribute__((visibility("default"))) double adaptlab_torch_sgemm_gflops()
{
    return adaptlab::runtime::sgemmGflops();
}
