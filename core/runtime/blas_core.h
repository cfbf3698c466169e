// Which OpenBLAS kernel set ("core type") LibTorch's matrix products run on, chosen before OpenBLAS
// is loaded. OpenBLAS 0.3.21 (Debian's) picks its kernels from the CPU model; on a VM that masks the
// model ("Intel(R) Xeon(R) Processor") it falls back to Prescott (SSE3): sgemm 63 instead of 242
// GFLOP/s on 2 threads, a training step 3x slower (ARCHITECTURE.md, fact 2). It reads
// OPENBLAS_CORETYPE once, when it is loaded, and LibTorch is loaded on demand (runtime.cpp), so the
// core can be chosen here from the cpuid feature flags and the state the OS enables (xgetbv).
//
// Some kernels compute wrong results on some processors, so a core is only used after a small sgemm
// with it matched a reference computed without BLAS. That check needs a process in which OpenBLAS
// was loaded with the candidate, so it runs in a short child (adaptlab-blas-probe, beside
// libadaptlab_core) the first time; the verdicts are cached per CPU signature in
// $XDG_CACHE_HOME/adaptlab/blas-core.json (~/.cache/...), so later starts cost nothing. A child rather
// than a re-exec because the GUI and the tests cannot re-exec themselves, and a child that dies on a
// bad kernel (SIGILL) only rules that core out. After loading, the same check runs once in-process
// (microseconds) to catch what the cache cannot know (a changed BLAS), and the process refuses to
// compute with a wrong BLAS.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace adaptlab::runtime {

// The cpuid feature flags that decide the OpenBLAS core, and whether the OS saves the register state
// they need (XCR0 via xgetbv): an instruction the OS does not enable faults even when cpuid has it.
struct CpuFeatures {
    std::string vendor;      // "GenuineIntel", "AuthenticAMD"
    std::string brand;       // "AMD EPYC", "Intel(R) Xeon(R) Processor" (may be masked by a VM)
    uint32_t signature = 0;  // cpuid(1).eax: family, model, stepping
    bool sse3 = false;
    bool avx = false;
    bool fma = false;
    bool avx2 = false;
    bool avx512f = false;
    bool avx512dq = false;
    bool avx512cd = false;
    bool avx512bw = false;
    bool avx512vl = false;
    bool avx512bf16 = false;
    bool osAvxState = false;    // XCR0 bits 1-2: XMM and YMM state
    bool osAvx512State = false; // XCR0 bits 5-7: opmask, ZMM_Hi256, Hi16_ZMM state
};

// This CPU (all false on a non-x86 build).
CpuFeatures readCpuFeatures();

// The OpenBLAS 0.3.21 cores this CPU can run, best first ("Cooperlake", "SkylakeX", "Haswell",
// "Sandybridge"); empty when it has no usable AVX (then OpenBLAS's own choice stands). A pure
// function of the flags. SapphireRapids is never chosen: 0.3.21 does not know it ("Core not found").
std::vector<std::string> blasCoreCandidates(const CpuFeatures& cpu);

// "AuthenticAMD|AMD EPYC|000a0f11|avx2,fma,avx512f,...": the cache key of the verdicts.
std::string cpuSignature(const CpuFeatures& cpu);
// "AVX-512 with BF16", "AVX2+FMA", "AVX", "no AVX": the words for how a core was chosen.
std::string featureSummary(const CpuFeatures& cpu);

// One sgemm compared with a product computed without BLAS.
struct SgemmCheck {
    bool ok = false;
    double maxError = 0.0;   // largest |computed - reference|
    double tolerance = 0.0;  // at the element where the error was largest relative to its bound
    std::string detail;      // empty when ok; else which element and by how much
};

// Compares c (m x n, row-major, leading dimension n) with a·b computed in double by a triple loop
// (a: m x k, b: k x n, row-major). Each element may differ by a float rounding bound,
// 2·k·FLT_EPSILON·Σ|a||b| + 1e-30: a correct sgemm stays far inside it, a wrong kernel far outside.
SgemmCheck compareWithReference(const float* a, const float* b, const float* c, int m, int k, int n);

// What the torch side reports about the BLAS it runs (adaptlab_torch_blas_check, in-process and in
// the probe child).
struct BlasCheck {
    std::string core;        // openblas_get_corename(): "SkylakeX"; empty when not OpenBLAS
    std::string library;     // resolved path of the library providing sgemm_
    SgemmCheck sgemm;
};

// How OPENBLAS_CORETYPE came to be what it is; decided once per process, before LibTorch loads.
struct BlasCoreChoice {
    std::string requested;   // the value OPENBLAS_CORETYPE had when OpenBLAS loaded; empty = unset
    std::string how;         // "chosen from cpuid (AVX-512), sgemm checked", "set by the user", ...
    bool byUser = false;     // set by the user (or inherited from the process that started this one)
    bool checkedBefore = false; // a probe child (now or cached) found `requested` correct
};

// The cache file of the verdicts ($XDG_CACHE_HOME or ~/.cache, /adaptlab/blas-core.json); empty when
// neither variable is set (then nothing is cached and every start probes).
std::filesystem::path blasCoreCacheFile();

// Chooses OPENBLAS_CORETYPE and sets it in this process's environment (and, for the processes it
// starts, ADAPTLAB_BLAS_CORE / ADAPTLAB_BLAS_CORE_HOW, so a child inherits the choice and its words
// instead of taking it for the user's). `probe` is the helper's path (empty: none found); `alreadyLoaded`
// says OpenBLAS is in the process already (linked in), when nothing can be chosen any more.
BlasCoreChoice chooseBlasCore(const std::filesystem::path& probe, bool alreadyLoaded);

// After loading: checks the in-process result against the choice. Records a failure (and a success
// not checked before) in the cache; throws Error naming the core when the product is wrong.
void confirmBlasCore(const BlasCoreChoice& choice, const BlasCheck& check);

// The probe child's protocol: one JSON line on stdout, and back.
std::string blasCheckToJson(const BlasCheck& check);
BlasCheck blasCheckFromJson(const std::string& line); // throws Error on a malformed line

// Environment variable names (also read by the probe child and by tests).
inline constexpr const char* kCoreTypeVariable = "OPENBLAS_CORETYPE";
inline constexpr const char* kProbeChildVariable = "ADAPTLAB_BLAS_PROBE_CHILD";
// For tests only: a comma-separated list of cores whose check result is corrupted before comparing,
// so the fallback and the refusal can be exercised on a CPU whose kernels are all correct.
inline constexpr const char* kCorruptCoresVariable = "ADAPTLAB_BLAS_CHECK_CORRUPT";

} // namespace adaptlab::runtime
