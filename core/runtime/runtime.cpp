// The torch-free half of the runtime. configure() and info() run in libadaptlab_torch.so
// (core/torch/torch_runtime.cpp), loaded here on first use: the commands that never train (corpus
// inspection, the store, tokenizers) then start without LibTorch, which costs ~0.5 s and ~150 MB
// of memory per process just to load.
#include "runtime/runtime.h"

#include "common/cores.h"
#include "common/error.h"
#include "common/module_path.h"

#include <nlohmann/json.hpp>

#include <dlfcn.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace adaptlab::runtime {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

using ConfigureFn = RuntimeInfo (*)(DevicePolicy, int);
using InfoFn = RuntimeInfo (*)(DevicePolicy);

struct TorchModule {
    ConfigureFn configure = nullptr;
    InfoFn info = nullptr;
    void* handle = RTLD_DEFAULT; // where torchSymbol() looks: the module, or the process when linked
    std::string file = "the process"; // for messages
};

constexpr const char* kTorchModuleFile = "libadaptlab_torch.so";

TorchModule loadTorchModule()
{
    // A program linked against the module (the GUI's tests, tst_runtime) already has it loaded.
    TorchModule module;
    module.configure = reinterpret_cast<ConfigureFn>(dlsym(RTLD_DEFAULT, "adaptlab_torch_configure"));
    module.info = reinterpret_cast<InfoFn>(dlsym(RTLD_DEFAULT, "adaptlab_torch_info"));
    if (module.configure != nullptr && module.info != nullptr)
        return module;

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
    return module;
}

const TorchModule& torchModule()
{
    static const TorchModule module = loadTorchModule(); // thread-safe once; a throw retries next time
    return module;
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
    return torchModule().configure(policy, threads);
}

RuntimeInfo info(DevicePolicy policy)
{
    return torchModule().info(policy);
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
    };
    // A path is not guaranteed to be UTF-8; replace rather than throw.
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace adaptlab::runtime
