// What the engine runs on: device (CPU/CUDA), torch thread count and the BLAS library actually
// loaded. configure() sets torch's threads to the cores this process may use (torch defaults to 1
// on Debian's build). Shown in the status bar and by `adaptlab-cli runtime --json`.
// configure() and info() load LibTorch (libadaptlab_torch.so) on first use and throw Error when it
// cannot be loaded; nothing else here touches it. Jobs that use LibTorch call configure() first.
#pragma once

#include <string>

namespace adaptlab::runtime {

enum class DevicePolicy { Auto, Cpu, Cuda };

// Which BLAS torch's matrix products end up in; the GUI words the status bar from these parts.
enum class BlasKind { Unknown, OpenBlas, Mkl, Blis, Atlas, Reference, BuiltIntoTorch };
DevicePolicy devicePolicyFromString(const std::string& text); // "auto" | "cpu" | "cuda"; throws Error

struct RuntimeInfo {
    std::string device;          // "cpu" or "cuda:0"
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    int coresAvailable = 1;      // CPUs in this process's affinity mask
    int torchThreads = 1;        // intra-op threads
    int torchInteropThreads = 1;
    std::string blas;            // e.g. "OpenBLAS 0.3.21 (openmp, 2 threads)", "reference BLAS", "MKL"
    BlasKind blasKind = BlasKind::Unknown;
    std::string blasName;        // product and version: "OpenBLAS 0.3.21", "MKL"; empty when unnamed
    std::string blasThreading;   // "openmp", "pthreads", "sequential"; empty when unknown
    int blasThreads = 0;         // 0 = unknown
    std::string blasLibrary;     // resolved path of the loaded BLAS shared object
    std::string torchVersion;
    // OpenBLAS's kernel set in use ("SkylakeX", as openblas_get_corename() says); empty when the BLAS
    // is not OpenBLAS. Chosen from cpuid before LibTorch loads (blas_core.h).
    std::string blasCore;
    // How: "chosen from cpuid (AVX-512), sgemm checked", "set by the user (OPENBLAS_CORETYPE)", ...
    std::string blasCoreChoice;
    // f32 sgemm speed measured in this process by measureSgemmGflops(); 0 = not measured yet.
    double sgemmGflops = 0.0;
};

// Sets torch's intra-op threads to `threads` (0 = cores available) and picks the device.
// Safe to call more than once; returns the resulting info.
RuntimeInfo configure(DevicePolicy policy = DevicePolicy::Auto, int threads = 0);
// Reads the current state without changing it.
RuntimeInfo info(DevicePolicy policy = DevicePolicy::Auto);
std::string toJson(const RuntimeInfo& info); // one-line JSON object (sgemm_gflops null when not measured)

// The f32 matrix-product speed at torch's current threads: torch::mm of 1024x1024 matrices, median
// of 7 after 2 warm-ups, in GFLOP/s. Measured once per process, on the first call (0.1 s with
// AVX-512 kernels, ~2 s with SSE3 ones: never on the UI thread); later calls return that figure,
// and configure()/info() report it from then on.
double measureSgemmGflops();

// The best f32 sgemm speed this machine has shown at TORCH_THREADS threads with the BLAS kernels in
// use: the larger of measureSgemmGflops() and the best figure recorded by earlier processes
// ($XDG_CACHE_HOME/adaptlab/sgemm-peak.json, keyed by CPU signature, kernels and threads; updated
// when this process measured more). MFU's denominator: one measurement on a busy machine is low
// (the trainer reported MFU 0.96 under load), the best one seen is close to the hardware's.
double peakSgemmGflops(int torchThreads);

// An extern "C" entry point of libadaptlab_torch.so (loading it first, as configure() does): how
// torch-free code (the CLI's train/score/generate/export, the train job kind) reaches the code that
// needs LibTorch. Both sides are built by one compiler, so C++ types may cross; extern "C" only keeps
// the names plain. Throws Error when the module or the symbol is missing.
void* torchSymbol(const char* name);
template <class Function>
Function torchFunction(const char* name)
{
    return reinterpret_cast<Function>(torchSymbol(name));
}
int coresAvailable();

} // namespace adaptlab::runtime
