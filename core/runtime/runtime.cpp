// The torch-free half of the runtime. configure() and info() run in libadaptlab_torch.so
// (core/torch/torch_runtime.cpp), loaded here on first use: the commands that never train (corpus
// inspection, the store, tokenizers) then start without LibTorch, which costs ~0.5 s and ~150 MB
// of memory per process just to load.
#include "runtime/runtime.h"

#include "runtime/blas_core.h"

#include "common/atomic_file.h"
#include "common/cores.h"
#include "common/error.h"
#include "common/module_path.h"

#include <nlohmann/json.hpp>

#include <dlfcn.h>
#include <link.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>

namespace adaptlab::runtime {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

using ConfigureFn = RuntimeInfo (*)(DevicePolicy, int);
using InfoFn = RuntimeInfo (*)(DevicePolicy);
using BlasCheckFn = BlasCheck (*)();

struct TorchModule {
    ConfigureFn configure = nullptr;
    InfoFn info = nullptr;
    void* handle = RTLD_DEFAULT; // where torchSymbol() looks: the module, or the process when linked
    std::string file = "the process"; // for messages
    BlasCoreChoice blasChoice;
};

constexpr const char* kTorchModuleFile = "libadaptlab_torch.so";
constexpr const char* kBlasProbeFile = "adaptlab-blas-probe";

// Whether a BLAS is mapped into the process already: then OPENBLAS_CORETYPE can no longer change
// anything (OpenBLAS reads it once, in its constructor).
bool blasAlreadyLoaded()
{
    bool found = false;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) -> int {
            const std::string name = info->dlpi_name != nullptr ? info->dlpi_name : "";
            const std::string file = name.substr(name.find_last_of('/') + 1);
            if (file.starts_with("libopenblas") || file.starts_with("libblas.so"))
                *static_cast<bool*>(data) = true;
            return 0;
        },
        &found);
    return found;
}

// The in-process check of the BLAS just loaded (blas_core.h); the probe child reports instead.
void confirmBlas(const TorchModule& module)
{
    if (const char* child = std::getenv(kProbeChildVariable); child != nullptr && *child != '\0')
        return;
    auto check = reinterpret_cast<BlasCheckFn>(dlsym(module.handle, "adaptlab_torch_blas_check"));
    if (check == nullptr)
        throw Error(module.file + " has no entry point adaptlab_torch_blas_check: it is older than this program; rebuild it");
    confirmBlasCore(module.blasChoice, check());
}

TorchModule loadTorchModule()
{
    // A program linked against the module (the GUI's tests, tst_runtime) already has it loaded.
    TorchModule module;
    module.configure = reinterpret_cast<ConfigureFn>(dlsym(RTLD_DEFAULT, "adaptlab_torch_configure"));
    module.info = reinterpret_cast<InfoFn>(dlsym(RTLD_DEFAULT, "adaptlab_torch_info"));
    if (module.configure != nullptr && module.info != nullptr) {
        module.blasChoice = chooseBlasCore({}, true);
        confirmBlas(module);
        return module;
    }

    // Before OpenBLAS loads (with LibTorch, below): choose its kernels for this CPU.
    const auto self = objectFileContaining(reinterpret_cast<const void*>(&loadTorchModule));
    module.blasChoice = chooseBlasCore(firstExisting(companionCandidates(self, kBlasProbeFile, "ADAPTLAB_BLAS_PROBE")),
                                       blasAlreadyLoaded());

    const auto candidates = companionCandidates(objectFileContaining(reinterpret_cast<const void*>(&loadTorchModule)),
                                                kTorchModuleFile, "ADAPTLAB_TORCH_MODULE");
    const std::filesystem::path found = firstExisting(candidates);
    if (found.empty())
        throw Error(std::string("LibTorch module ") + kTorchModuleFile + " not found; tried: " + joinPaths(candidates)
                    + " (set ADAPTLAB_TORCH_MODULE to its path)");
    // RTLD_NODELETE: torch registers atexit handlers and thread-local destructors; the module must
    // outlive them, so it is never unloaded.
    void* handle = dlopen(found.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    module.handle = handle;
    module.file = found.string();
    if (handle == nullptr) {
        const char* detail = dlerror();
        throwCheckedError("dlopen", found.string(), detail != nullptr ? detail : "unknown dynamic loader error");
    }
    module.configure = reinterpret_cast<ConfigureFn>(dlsym(handle, "adaptlab_torch_configure"));
    module.info = reinterpret_cast<InfoFn>(dlsym(handle, "adaptlab_torch_info"));
    if (module.configure == nullptr || module.info == nullptr)
        throw Error(found.string() + " is not AdaptLab's LibTorch module (adaptlab_torch_configure missing)");
    confirmBlas(module);
    return module;
}

const TorchModule& torchModule()
{
    static const TorchModule module = loadTorchModule(); // thread-safe once; a throw retries next time
    return module;
}

std::mutex gflopsMutex;
double measuredGflops = 0.0; // guarded by gflopsMutex

// What the torch side cannot know: how the core was chosen, and the figure measured here.
RuntimeInfo completed(RuntimeInfo info, const BlasCoreChoice& choice)
{
    info.blasCoreChoice = choice.how;
    if (!choice.requested.empty() && !info.blasCore.empty() && info.blasCore != choice.requested)
        info.blasCoreChoice += "; OPENBLAS_CORETYPE=" + choice.requested + " but OpenBLAS runs " + info.blasCore;
    std::lock_guard lock(gflopsMutex);
    info.sgemmGflops = measuredGflops;
    return info;
}

} // namespace

DevicePolicy devicePolicyFromString(const std::string& text)
{
    const std::string key = lower(text);
    if (key == "auto")
        return DevicePolicy::Auto;
    if (key == "cpu")
        return DevicePolicy::Cpu;
    if (key == "cuda")
        return DevicePolicy::Cuda;
    throw Error("unknown device policy '" + text + "' (expected auto, cpu or cuda)");
}

int coresAvailable()
{
    return adaptlab::coresAvailable();
}

RuntimeInfo configure(DevicePolicy policy, int threads)
{
    const TorchModule& module = torchModule();
    return completed(module.configure(policy, threads), module.blasChoice);
}

RuntimeInfo info(DevicePolicy policy)
{
    const TorchModule& module = torchModule();
    return completed(module.info(policy), module.blasChoice);
}

double measureSgemmGflops()
{
    using GflopsFn = double (*)();
    const auto measure = torchFunction<GflopsFn>("adaptlab_torch_sgemm_gflops");
    // Held while measuring: a second caller waits for the figure instead of measuring beside it.
    std::lock_guard lock(gflopsMutex);
    if (measuredGflops <= 0.0)
        measuredGflops = measure();
    return measuredGflops;
}

double peakSgemmGflops(int torchThreads)
{
    const double measured = measureSgemmGflops();
    const fs::path cacheFile = blasCoreCacheFile();
    if (cacheFile.empty())
        return measured;
    const fs::path file = cacheFile.parent_path() / "sgemm-peak.json";
    const std::string key = cpuSignature(readCpuFeatures()) + "|" + info(DevicePolicy::Cpu).blasCore + "|" +
                            std::to_string(torchThreads);
    std::lock_guard lock(gflopsMutex);
    nlohmann::json record = nlohmann::json::object();
    if (std::ifstream in(file); in) {
        try {
            record = nlohmann::json::parse(in);
        } catch (const std::exception&) {
            record = nlohmann::json::object(); // a damaged record is replaced, never trusted
        }
        if (!record.is_object())
            record = nlohmann::json::object();
    }
    const auto entry = record.find(key);
    const double best = entry != record.end() && entry->is_number() ? entry->get<double>() : 0.0;
    if (measured <= best)
        return best;
    record[key] = measured;
    try {
        AtomicFile out(file);
        out.write(record.dump(1) + "\n");
        out.commit();
    } catch (const std::exception&) {
        // An unwritable cache only costs the record: the figure measured now stands.
    }
    return measured;
}

void* torchSymbol(const char* name)
{
    const TorchModule& module = torchModule();
    void* symbol = dlsym(module.handle, name);
    if (symbol == nullptr)
        throw Error(std::string("LibTorch module (") + module.file + ") has no entry point " + name
                    + ": it is older than this program; rebuild it");
    return symbol;
}

std::string toJson(const RuntimeInfo& info)
{
    const nlohmann::json json = {
        {"device", info.device},
        {"cuda_available", info.cudaAvailable},
        {"cuda_device_count", info.cudaDeviceCount},
        {"cores_available", info.coresAvailable},
        {"torch_threads", info.torchThreads},
        {"torch_interop_threads", info.torchInteropThreads},
        {"blas", info.blas},
        {"blas_library", info.blasLibrary},
        {"torch_version", info.torchVersion},
        {"blas_core", info.blasCore},
        {"blas_core_choice", info.blasCoreChoice},
        {"sgemm_gflops", info.sgemmGflops > 0.0 ? nlohmann::json(info.sgemmGflops) : nlohmann::json(nullptr)},
    };
    // A path is not guaranteed to be UTF-8; replace rather than throw.
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace adaptlab::runtime
