#include "runtime/blas_core.h"

#include "common/atomic_file.h"
#include "common/error.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>

extern char** environ;

namespace adaptlab::runtime {

namespace fs = std::filesystem;

namespace {

constexpr const char* kChosenCoreVariable = "ADAPTLAB_BLAS_CORE";
constexpr const char* kChosenHowVariable = "ADAPTLAB_BLAS_CORE_HOW";
constexpr const char* kProbeLinePrefix = "adaptlab-blas-probe: ";
// Loading LibTorch takes ~1 s; a probe still running after this is stuck, not slow.
constexpr int kProbeTimeoutMs = 120'000;

#if defined(__x86_64__) || defined(__i386__)
uint64_t readXcr0()
{
    uint32_t eax = 0, edx = 0;
    // xgetbv as bytes: older assemblers and -mno-xsave builds lack the mnemonic/intrinsic.
    __asm__ volatile(".byte 0x0f, 0x01, 0xd0" : "=a"(eax), "=d"(edx) : "c"(0));
    return (static_cast<uint64_t>(edx) << 32) | eax;
}
#endif

bool envSet(const char* name)
{
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
}

std::string joinWith(const std::vector<std::string>& parts, const std::string& separator)
{
    std::string joined;
    for (const auto& part : parts)
        joined += (joined.empty() ? "" : separator) + part;
    return joined;
}

// ---- the cache of verdicts -------------------------------------------------------------------

nlohmann::json readCache(const fs::path& file)
{
    if (file.empty())
        return nlohmann::json::object();
    std::ifstream in(file);
    if (!in)
        return nlohmann::json::object();
    // A damaged or foreign cache is only a cache: start afresh rather than refuse to start.
    const nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
    if (!json.is_object() || json.value("version", 0) != 1 || !json.contains("cpus") || !json["cpus"].is_object())
        return nlohmann::json::object();
    return json;
}

void writeCache(const fs::path& file, nlohmann::json cache)
{
    if (file.empty())
        return;
    cache["version"] = 1;
    try {
        AtomicFile out(file);
        out.write(cache.dump(2) + "\n");
        out.commit();
    } catch (const std::exception&) {
        // A read-only home only costs a probe at the next start.
    }
}

struct Verdict {
    bool ok = false;
    std::string detail;
};

std::optional<Verdict> cachedVerdict(const nlohmann::json& cache, const std::string& cpu, const std::string& core)
{
    if (!cache.contains("cpus") || !cache["cpus"].contains(cpu))
        return std::nullopt;
    const nlohmann::json& cores = cache["cpus"][cpu].value("cores", nlohmann::json::object());
    if (!cores.is_object() || !cores.contains(core) || !cores[core].is_object())
        return std::nullopt;
    const nlohmann::json& entry = cores[core];
    // A verdict about a BLAS library that is no longer there (upgraded, switched) says nothing.
    const std::string library = entry.value("library", std::string());
    std::error_code ec;
    if (!library.empty() && !fs::exists(library, ec))
        return std::nullopt;
    return Verdict{entry.value("ok", false), entry.value("detail", std::string())};
}

void storeVerdict(nlohmann::json& cache, const std::string& cpu, const std::string& core, const BlasCheck& check,
                  bool ok, const std::string& detail)
{
    nlohmann::json& entry = cache["cpus"][cpu]["cores"][core];
    entry = {{"ok", ok}, {"detail", detail}, {"library", check.library}, {"max_error", check.sgemm.maxError}};
}

// ---- the probe child ---------------------------------------------------------------------------

struct ProbeResult {
    bool verdict = false;     // the core was judged (ok or wrong); false: the probe itself failed
    bool ok = false;
    std::string detail;       // why not ok, or why the probe could not judge
    BlasCheck check;
};

std::string signalName(int signal)
{
    switch (signal) {
    case SIGILL: return "SIGILL: an instruction this CPU or OS does not support";
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    default: return "signal " + std::to_string(signal);
    }
}

std::string lastLines(const std::string& output)
{
    std::string tail = output.size() > 400 ? output.substr(output.size() - 400) : output;
    std::replace(tail.begin(), tail.end(), '\n', ' ');
    while (!tail.empty() && tail.back() == ' ')
        tail.pop_back();
    return tail;
}

ProbeResult runProbe(const fs::path& probe, const std::string& core)
{
    ProbeResult result;
    std::vector<std::string> env;
    const auto replaced = [](const std::string& entry) {
        for (const char* name : {kCoreTypeVariable, kChosenCoreVariable, kChosenHowVariable, kProbeChildVariable})
            if (entry.starts_with(std::string(name) + "="))
                return true;
        return false;
    };
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry)
        if (!replaced(*entry))
            env.emplace_back(*entry);
    env.push_back(std::string(kCoreTypeVariable) + "=" + core);
    env.push_back(std::string(kProbeChildVariable) + "=1");
    std::vector<char*> envp;
    for (auto& entry : env)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        result.detail = std::string("cannot create a pipe: ") + std::strerror(errno);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    std::string path = probe.string();
    char* argv[] = {path.data(), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, path.c_str(), &actions, nullptr, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (spawned != 0) {
        ::close(fds[0]);
        result.detail = "cannot start " + path + ": " + std::strerror(spawned);
        return result;
    }

    std::string output;
    bool timedOut = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kProbeTimeoutMs);
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        pollfd poller{fds[0], POLLIN, 0};
        const int ready = ::poll(&poller, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        output.append(buffer, static_cast<size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (timedOut) {
        result.detail = "the check did not finish within " + std::to_string(kProbeTimeoutMs / 1000) + " s";
        return result;
    }
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        // A kernel that faults rules its core out; a kill from outside (OOM, the user) says nothing.
        result.verdict = signal == SIGILL || signal == SIGSEGV || signal == SIGBUS || signal == SIGFPE;
        result.detail = "the check with " + core + " died (" + signalName(signal) + ")";
        return result;
    }
    const size_t at = output.rfind(kProbeLinePrefix);
    if (WEXITSTATUS(status) != 0 || at == std::string::npos) {
        result.detail = path + " failed (exit " + std::to_string(WEXITSTATUS(status)) + "): " + lastLines(output);
        return result;
    }
    const size_t begin = at + std::strlen(kProbeLinePrefix);
    const size_t end = output.find('\n', begin);
    try {
        result.check = blasCheckFromJson(output.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    } catch (const std::exception& e) {
        result.detail = path + " answered something unreadable: " + e.what();
        return result;
    }
    result.verdict = true;
    if (result.check.core.empty()) {
        result.detail = "the BLAS is not OpenBLAS";
    } else if (result.check.core != core) {
        // 0.3.21 answers an unknown name with "Core not found" and runs another core.
        result.detail = "this OpenBLAS runs " + result.check.core + " when asked for " + core;
    } else if (!result.check.sgemm.ok) {
        result.detail = "wrong sgemm result: " + result.check.sgemm.detail;
    } else {
        result.ok = true;
    }
    return result;
}

} // namespace

CpuFeatures readCpuFeatures()
{
    CpuFeatures cpu;
#if defined(__x86_64__) || defined(__i386__)
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    const unsigned maxLeaf = __get_cpuid_max(0, nullptr);
    if (maxLeaf == 0)
        return cpu;
    __cpuid(0, eax, ebx, ecx, edx);
    char vendor[13] = {};
    std::memcpy(vendor, &ebx, 4);
    std::memcpy(vendor + 4, &edx, 4);
    std::memcpy(vendor + 8, &ecx, 4);
    cpu.vendor = vendor;

    __cpuid(1, eax, ebx, ecx, edx);
    cpu.signature = eax;
    cpu.sse3 = (ecx & (1u << 0)) != 0;
    cpu.fma = (ecx & (1u << 12)) != 0;
    const bool osxsave = (ecx & (1u << 27)) != 0;
    cpu.avx = (ecx & (1u << 28)) != 0;
    if (osxsave) {
        const uint64_t xcr0 = readXcr0();
        cpu.osAvxState = (xcr0 & 0x6) == 0x6;
        cpu.osAvx512State = (xcr0 & 0xe6) == 0xe6;
    }
    if (maxLeaf >= 7) {
        __cpuid_count(7, 0, eax, ebx, ecx, edx);
        const unsigned subleaves = eax;
        cpu.avx2 = (ebx & (1u << 5)) != 0;
        cpu.avx512f = (ebx & (1u << 16)) != 0;
        cpu.avx512dq = (ebx & (1u << 17)) != 0;
        cpu.avx512cd = (ebx & (1u << 28)) != 0;
        cpu.avx512bw = (ebx & (1u << 30)) != 0;
        cpu.avx512vl = (ebx & (1u << 31)) != 0;
        if (subleaves >= 1) {
            __cpuid_count(7, 1, eax, ebx, ecx, edx);
            cpu.avx512bf16 = (eax & (1u << 5)) != 0;
        }
    }
    if (static_cast<unsigned>(__get_cpuid_max(0x80000000, nullptr)) >= 0x80000004u) {
        char brand[49] = {};
        for (unsigned leaf = 0; leaf < 3; ++leaf) {
            __cpuid(0x80000002 + leaf, eax, ebx, ecx, edx);
            std::memcpy(brand + leaf * 16, &eax, 4);
            std::memcpy(brand + leaf * 16 + 4, &ebx, 4);
            std::memcpy(brand + leaf * 16 + 8, &ecx, 4);
            std::memcpy(brand + leaf * 16 + 12, &edx, 4);
        }
        std::string text = brand;
        text.erase(0, text.find_first_not_of(' '));
        text.erase(text.find_last_not_of(' ') + 1);
        cpu.brand = text;
    }
#endif
    return cpu;
}

std::vector<std::string> blasCoreCandidates(const CpuFeatures& cpu)
{
    std::vector<std::string> cores;
    const bool avx = cpu.avx && cpu.osAvxState;
    const bool avx2 = avx && cpu.avx2 && cpu.fma;
    // SkylakeX's kernels use AVX-512 F, DQ, CD, BW and VL (what OpenBLAS's own SkylakeX test demands).
    const bool avx512 = avx2 && cpu.osAvx512State && cpu.avx512f && cpu.avx512dq && cpu.avx512cd && cpu.avx512bw &&
                        cpu.avx512vl;
    if (avx512 && cpu.avx512bf16)
        cores.push_back("Cooperlake"); // SkylakeX's sgemm plus bf16 kernels
    if (avx512)
        cores.push_back("SkylakeX");
    if (avx2)
        cores.push_back("Haswell");
    if (avx)
        cores.push_back("Sandybridge");
    return cores;
}

std::string cpuSignature(const CpuFeatures& cpu)
{
    std::vector<std::string> flags;
    const std::pair<bool, const char*> named[] = {
        {cpu.sse3, "sse3"},         {cpu.avx, "avx"},           {cpu.fma, "fma"},
        {cpu.avx2, "avx2"},         {cpu.avx512f, "avx512f"},   {cpu.avx512dq, "avx512dq"},
        {cpu.avx512cd, "avx512cd"}, {cpu.avx512bw, "avx512bw"}, {cpu.avx512vl, "avx512vl"},
        {cpu.avx512bf16, "avx512_bf16"}, {cpu.osAvxState, "os-ymm"}, {cpu.osAvx512State, "os-zmm"},
    };
    for (const auto& [set, name] : named)
        if (set)
            flags.push_back(name);
    char signature[16];
    std::snprintf(signature, sizeof signature, "%08x", cpu.signature);
    return cpu.vendor + "|" + cpu.brand + "|" + signature + "|" + joinWith(flags, ",");
}

std::string featureSummary(const CpuFeatures& cpu)
{
    const std::vector<std::string> cores = blasCoreCandidates(cpu);
    if (cores.empty())
        return "no AVX";
    if (cores.front() == "Cooperlake")
        return "AVX-512 with BF16";
    if (cores.front() == "SkylakeX")
        return "AVX-512";
    if (cores.front() == "Haswell")
        return "AVX2+FMA";
    return "AVX";
}

SgemmCheck compareWithReference(const float* a, const float* b, const float* c, int m, int k, int n)
{
    SgemmCheck result;
    result.ok = true;
    double worstRatio = -1.0;
    for (int i = 0; i < m; ++i) {
        for (int j = 0; j < n; ++j) {
            double sum = 0.0, magnitude = 0.0;
            for (int p = 0; p < k; ++p) {
                const double term = static_cast<double>(a[static_cast<size_t>(i) * k + p]) * b[static_cast<size_t>(p) * n + j];
                sum += term;
                magnitude += std::abs(term);
            }
            const double computed = c[static_cast<size_t>(i) * n + j];
            const double error = std::abs(computed - sum);
            const double bound = 2.0 * k * FLT_EPSILON * magnitude + 1e-30;
            result.maxError = std::max(result.maxError, std::isnan(error) ? INFINITY : error);
            const double ratio = std::isnan(error) ? INFINITY : error / bound;
            if (ratio > worstRatio) {
                worstRatio = ratio;
                result.tolerance = bound;
            }
            if (result.ok && !(error <= bound)) {
                result.ok = false;
                char text[160];
                std::snprintf(text, sizeof text, "C[%d][%d] = %.9g, expected %.9g (tolerance %.3g)", i, j, computed, sum,
                              bound);
                result.detail = text;
            }
        }
    }
    return result;
}

std::string blasCheckToJson(const BlasCheck& check)
{
    const nlohmann::json json = {{"core", check.core},
                                 {"library", check.library},
                                 {"ok", check.sgemm.ok},
                                 {"max_error", check.sgemm.maxError},
                                 {"tolerance", check.sgemm.tolerance},
                                 {"detail", check.sgemm.detail}};
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

BlasCheck blasCheckFromJson(const std::string& line)
{
    try {
        const nlohmann::json json = nlohmann::json::parse(line);
        BlasCheck check;
        check.core = json.at("core").get<std::string>();
        check.library = json.at("library").get<std::string>();
        check.sgemm.ok = json.at("ok").get<bool>();
        // A NaN error is written as null.
        check.sgemm.maxError = json.at("max_error").is_null() ? INFINITY : json.at("max_error").get<double>();
        check.sgemm.tolerance = json.at("tolerance").is_null() ? 0.0 : json.at("tolerance").get<double>();
        check.sgemm.detail = json.at("detail").get<std::string>();
        return check;
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("BLAS check report: ") + e.what());
    }
}

fs::path blasCoreCacheFile()
{
    fs::path cache;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/')
        cache = xdg;
    else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        cache = fs::path(home) / ".cache";
    else
        return {};
    return cache / "adaptlab" / "blas-core.json";
}

BlasCoreChoice chooseBlasCore(const fs::path& probe, bool alreadyLoaded)
{
    BlasCoreChoice choice;
    if (envSet(kCoreTypeVariable)) {
        choice.requested = std::getenv(kCoreTypeVariable);
        const char* ours = std::getenv(kChosenCoreVariable);
        const char* ourHow = std::getenv(kChosenHowVariable);
        if (ours != nullptr && ourHow != nullptr && choice.requested == ours) {
            // Inherited from the AdaptLab process that started this one (the GUI, `run --detach`).
            choice.how = ourHow;
            choice.checkedBefore = true;
        } else {
            choice.how = "set by the user (OPENBLAS_CORETYPE)";
            choice.byUser = true;
        }
        return choice;
    }
    if (alreadyLoaded) {
        choice.how = "OpenBLAS's own choice (OpenBLAS was loaded with the program, before AdaptLab could choose)";
        return choice;
    }
    const CpuFeatures cpu = readCpuFeatures();
    const std::vector<std::string> candidates = blasCoreCandidates(cpu);
    if (candidates.empty()) {
        choice.how = "OpenBLAS's own choice (the CPU has no AVX the OS enables)";
        return choice;
    }
    const std::string signature = cpuSignature(cpu);
    const fs::path cacheFile = blasCoreCacheFile();
    nlohmann::json cache = readCache(cacheFile);
    bool cacheChanged = false;
    std::vector<std::string> failed;
    std::string chosen, checkNote;
    for (const std::string& core : candidates) {
        if (const auto verdict = cachedVerdict(cache, signature, core)) {
            if (verdict->ok) {
                chosen = core;
                choice.checkedBefore = true;
                checkNote = "sgemm checked";
                break;
            }
            failed.push_back(core + " (" + verdict->detail + ")");
            continue;
        }
        if (probe.empty()) {
            chosen = core;
            checkNote = "sgemm not checked beforehand (adaptlab-blas-probe not found)";
            break;
        }
        const ProbeResult result = runProbe(probe, core);
        if (!result.verdict) {
            chosen = core; // the in-process check after loading still guards it
            checkNote = "sgemm not checked beforehand (" + result.detail + ")";
            break;
        }
        if (result.check.core.empty()) {
            // Not OpenBLAS (reference BLAS, MKL): no core to choose, for any candidate.
            for (const std::string& each : candidates)
                storeVerdict(cache, signature, each, result.check, false, result.detail);
            writeCache(cacheFile, cache);
            choice.how = "no OpenBLAS core to choose (" + result.detail + ")";
            return choice;
        }
        storeVerdict(cache, signature, core, result.check, result.ok, result.detail);
        cacheChanged = true;
        if (result.ok) {
            chosen = core;
            choice.checkedBefore = true;
            checkNote = "sgemm checked";
            break;
        }
        failed.push_back(core + " (" + result.detail + ")");
    }
    if (cacheChanged)
        writeCache(cacheFile, cache);
    const std::string failures = failed.empty() ? "" : "; rejected " + joinWith(failed, ", ");
    if (chosen.empty()) {
        choice.how = "OpenBLAS's own choice (every core the CPU supports failed the check" + failures + ")";
        return choice;
    }
    choice.requested = chosen;
    choice.how = "chosen from cpuid (" + featureSummary(cpu) + "), " + checkNote + failures;
    ::setenv(kCoreTypeVariable, chosen.c_str(), 1);
    ::setenv(kChosenCoreVariable, chosen.c_str(), 1);
    ::setenv(kChosenHowVariable, choice.how.c_str(), 1);
    return choice;
}

void confirmBlasCore(const BlasCoreChoice& choice, const BlasCheck& check)
{
    if (check.core.empty())
        return; // not OpenBLAS: nothing was chosen, and its product is checked by nobody here
    const bool ours = !choice.byUser && !choice.requested.empty() && choice.requested == check.core;
    const fs::path cacheFile = blasCoreCacheFile();
    const std::string signature = cpuSignature(readCpuFeatures());
    if (check.sgemm.ok) {
        if (ours && !choice.checkedBefore) {
            nlohmann::json cache = readCache(cacheFile);
            storeVerdict(cache, signature, check.core, check, true, "");
            writeCache(cacheFile, cache);
        }
        return;
    }
    if (ours) {
        nlohmann::json cache = readCache(cacheFile);
        storeVerdict(cache, signature, check.core, check, false, "wrong sgemm result: " + check.sgemm.detail);
        writeCache(cacheFile, cache);
        throw Error("OpenBLAS's " + check.core + " kernels computed a wrong matrix product on this CPU (" +
                    check.sgemm.detail + "); AdaptLab recorded it in " + cacheFile.string() +
                    " and will choose another core at the next start: restart the program");
    }
    if (choice.byUser)
        throw Error("OPENBLAS_CORETYPE=" + choice.requested + " (set by the user) computes wrong matrix products on this CPU (" +
                    check.sgemm.detail + "): unset it, or set another core");
    throw Error("OpenBLAS's " + check.core + " kernels compute wrong matrix products on this CPU (" + check.sgemm.detail +
                "): set OPENBLAS_CORETYPE to another core (e.g. Haswell or Sandybridge)");
}

} // namespace adaptlab::runtime
