// The OpenBLAS core choice (runtime/blas_core.h): the cpuid -> core mapping as a pure function of
// the flags, this CPU's flags against the kernel's /proc/cpuinfo, the sgemm check against products
// computed here (and detecting a wrong one), and, in real `adaptlab-cli runtime --json` children
// with their own cache folder: the user's OPENBLAS_CORETYPE kept, the core chosen from cpuid and
// checked, the verdict cached and read back, a core whose check fails (injected) rejected for the
// next one, and a wrong product in-process refused.
#include "runtime/blas_core.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cfloat>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace rt = adaptlab::runtime;

Q_DECLARE_METATYPE(std::string)

namespace {

// "avx,os-ymm,fma,avx2" -> features; the names are those of cpuSignature().
rt::CpuFeatures featuresFrom(const std::string& list)
{
    rt::CpuFeatures cpu;
    std::stringstream stream(list);
    for (std::string flag; std::getline(stream, flag, ',');) {
        if (flag == "sse3") cpu.sse3 = true;
        else if (flag == "avx") cpu.avx = true;
        else if (flag == "fma") cpu.fma = true;
        else if (flag == "avx2") cpu.avx2 = true;
        else if (flag == "avx512f") cpu.avx512f = true;
        else if (flag == "avx512dq") cpu.avx512dq = true;
        else if (flag == "avx512cd") cpu.avx512cd = true;
        else if (flag == "avx512bw") cpu.avx512bw = true;
        else if (flag == "avx512vl") cpu.avx512vl = true;
        else if (flag == "avx512_bf16") cpu.avx512bf16 = true;
        else if (flag == "os-ymm") cpu.osAvxState = true;
        else if (flag == "os-zmm") cpu.osAvx512State = true;
        else if (!flag.empty()) qFatal("unknown flag %s", flag.c_str());
    }
    return cpu;
}

std::string joined(const std::vector<std::string>& parts)
{
    std::string text;
    for (const auto& part : parts)
        text += (text.empty() ? "" : ",") + part;
    return text;
}

struct CliRun {
    int exitCode = -1;
    nlohmann::json report; // null unless it printed JSON
    QString error;
};

QString buildPath(const char* relative)
{
    return qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + "/" + relative;
}

// `adaptlab-cli runtime --json` with the cache in `cacheHome` and OPENBLAS_CORETYPE only as given.
CliRun runtimeReport(const QString& cacheHome, const QList<QPair<QString, QString>>& extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"OPENBLAS_CORETYPE", "ADAPTLAB_BLAS_CORE", "ADAPTLAB_BLAS_CORE_HOW",
                             "ADAPTLAB_BLAS_CHECK_CORRUPT", "ADAPTLAB_BLAS_PROBE_CHILD", "ADAPTLAB_BLAS_PROBE"})
        env.remove(name);
    env.insert("XDG_CACHE_HOME", cacheHome);
    for (const auto& [name, value] : extra)
        env.insert(name, value);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(buildPath("bin/adaptlab-cli"), {"runtime", "--json"});
    CliRun run;
    if (!cli.waitForFinished(300000)) {
        run.error = "adaptlab-cli did not finish";
        return run;
    }
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.error = QString::fromLocal8Bit(cli.readAllStandardError());
    const std::string out = cli.readAllStandardOutput().toStdString();
    if (run.exitCode == 0)
        run.report = nlohmann::json::parse(out, nullptr, false);
    return run;
}

nlohmann::json readJson(const QString& file)
{
    std::ifstream in(file.toStdString());
    return in ? nlohmann::json::parse(in, nullptr, false) : nlohmann::json();
}

} // namespace

class TestBlasCore final : public QObject {
    Q_OBJECT

private:
    std::vector<std::string> candidates_;
    bool openBlas_ = false;

    // The cores this CPU may use, and whether the BLAS LibTorch loads is OpenBLAS (else the
    // choice has nothing to act on and the child-process tests say so and skip).
    bool needOpenBlasAndCores(size_t cores)
    {
        return openBlas_ && candidates_.size() >= cores;
    }

private Q_SLOTS:
    void initTestCase();
    void candidatesFromFlags_data();
    void candidatesFromFlags();
    void thisCpuMatchesProcCpuinfo();
    void signatureNamesCpuAndFlags();
    void sgemmCheckAcceptsCorrectProduct();
    void sgemmCheckDetectsWrongProduct_data();
    void sgemmCheckDetectsWrongProduct();
    void checkJsonRoundTrip();
    void userVariableIsKept();
    void choiceFromCpuidIsCheckedAndCached();
    void failingCoreFallsBack();
    void wrongProductInProcessIsRefused();
    void inheritedChoiceKeepsItsWords();
};

void TestBlasCore::initTestCase()
{
    candidates_ = rt::blasCoreCandidates(rt::readCpuFeatures());
    QTemporaryDir cache;
    const CliRun run = runtimeReport(cache.path(), {{"OPENBLAS_CORETYPE", "Prescott"}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.error));
    openBlas_ = run.report.at("blas").get<std::string>().starts_with("OpenBLAS");
    qInfo("cores this CPU may use: %s; BLAS: %s", joined(candidates_).c_str(), run.report.at("blas").get<std::string>().c_str());
}

void TestBlasCore::candidatesFromFlags_data()
{
    QTest::addColumn<std::string>("flags");
    QTest::addColumn<std::string>("cores");
    QTest::addColumn<std::string>("summary");
    const std::string avx512 = "avx,fma,avx2,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,os-ymm,os-zmm";
    QTest::newRow("nothing") << std::string() << std::string() << std::string("no AVX");
    QTest::newRow("SSE3 only (Prescott)") << std::string("sse3") << std::string() << std::string("no AVX");
    QTest::newRow("AVX the OS does not enable") << std::string("sse3,avx") << std::string() << std::string("no AVX");
    QTest::newRow("AVX") << std::string("sse3,avx,os-ymm") << std::string("Sandybridge") << std::string("AVX");
    QTest::newRow("AVX2 without FMA") << std::string("avx,avx2,os-ymm") << std::string("Sandybridge") << std::string("AVX");
    QTest::newRow("AVX2+FMA") << std::string("avx,fma,avx2,os-ymm") << std::string("Haswell,Sandybridge")
                              << std::string("AVX2+FMA");
    QTest::newRow("AVX2+FMA, OS without YMM state") << std::string("avx,fma,avx2") << std::string() << std::string("no AVX");
    QTest::newRow("AVX-512 (Skylake-SP)") << avx512 << std::string("SkylakeX,Haswell,Sandybridge")
                                          << std::string("AVX-512");
    QTest::newRow("AVX-512, OS without ZMM state")
        << std::string("avx,fma,avx2,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,os-ymm")
        << std::string("Haswell,Sandybridge") << std::string("AVX2+FMA");
    QTest::newRow("AVX-512F+CD only (Knights Landing)")
        << std::string("avx,fma,avx2,avx512f,avx512cd,os-ymm,os-zmm") << std::string("Haswell,Sandybridge")
        << std::string("AVX2+FMA");
    QTest::newRow("AVX-512 without VL") << std::string("avx,fma,avx2,avx512f,avx512dq,avx512cd,avx512bw,os-ymm,os-zmm")
                                        << std::string("Haswell,Sandybridge") << std::string("AVX2+FMA");
    QTest::newRow("AVX-512 with BF16 (Cooper Lake, Zen 4)")
        << avx512 + ",avx512_bf16" << std::string("Cooperlake,SkylakeX,Haswell,Sandybridge")
        << std::string("AVX-512 with BF16");
    QTest::newRow("BF16 flag without the rest of AVX-512") << std::string("avx,fma,avx2,avx512f,avx512_bf16,os-ymm,os-zmm")
                                                           << std::string("Haswell,Sandybridge") << std::string("AVX2+FMA");
}

void TestBlasCore::candidatesFromFlags()
{
    QFETCH(std::string, flags);
    QFETCH(std::string, cores);
    QFETCH(std::string, summary);
    const rt::CpuFeatures cpu = featuresFrom(flags);
    QCOMPARE(joined(rt::blasCoreCandidates(cpu)), cores);
    QCOMPARE(rt::featureSummary(cpu), summary);
}

// The kernel lists a flag in /proc/cpuinfo only when the CPU has it and the OS enabled its state:
// an independent reading of what readCpuFeatures() computes from cpuid and xgetbv.
void TestBlasCore::thisCpuMatchesProcCpuinfo()
{
#if !defined(__x86_64__)
    QSKIP("cpuid exists on x86-64 only");
#endif
    QFile file("/proc/cpuinfo");
    QVERIFY(file.open(QIODevice::ReadOnly));
    std::set<std::string> flags;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.startsWith("flags"))
            continue;
        std::stringstream stream(line.mid(line.indexOf(':') + 1).toStdString());
        for (std::string flag; stream >> flag;)
            flags.insert(flag);
        break;
    }
    QVERIFY(!flags.empty());
    const rt::CpuFeatures cpu = rt::readCpuFeatures();
    const auto has = [&](const char* name) { return flags.count(name) > 0; };
    QCOMPARE(cpu.sse3, has("pni"));
    QCOMPARE(cpu.avx && cpu.osAvxState, has("avx"));
    QCOMPARE(cpu.avx2 && cpu.osAvxState, has("avx2"));
    QCOMPARE(cpu.fma && cpu.osAvxState, has("fma"));
    QCOMPARE(cpu.avx512f && cpu.osAvx512State, has("avx512f"));
    QCOMPARE(cpu.avx512dq && cpu.osAvx512State, has("avx512dq"));
    QCOMPARE(cpu.avx512cd && cpu.osAvx512State, has("avx512cd"));
    QCOMPARE(cpu.avx512bw && cpu.osAvx512State, has("avx512bw"));
    QCOMPARE(cpu.avx512vl && cpu.osAvx512State, has("avx512vl"));
    QCOMPARE(cpu.avx512bf16 && cpu.osAvx512State, has("avx512_bf16"));
    QVERIFY(cpu.vendor == "GenuineIntel" || cpu.vendor == "AuthenticAMD" || !cpu.vendor.empty());
}

void TestBlasCore::signatureNamesCpuAndFlags()
{
    rt::CpuFeatures cpu = featuresFrom("avx,fma,avx2,os-ymm");
    cpu.vendor = "GenuineIntel";
    cpu.brand = "Intel(R) Xeon(R) Processor";
    cpu.signature = 0x50657;
    QCOMPARE(rt::cpuSignature(cpu), std::string("GenuineIntel|Intel(R) Xeon(R) Processor|00050657|avx,fma,avx2,os-ymm"));
    rt::CpuFeatures other = cpu;
    other.avx512f = true;
    QVERIFY(rt::cpuSignature(other) != rt::cpuSignature(cpu));
}

// A product summed in float in another order (what a correct sgemm may do) passes; inputs with
// many significant bits make the rounding real.
void TestBlasCore::sgemmCheckAcceptsCorrectProduct()
{
    constexpr int m = 23, k = 300, n = 17;
    std::vector<float> a(m * k), b(k * n), c(m * n);
    for (int i = 0; i < m * k; ++i)
        a[i] = std::sin(0.37f * i) * 3.0f;
    for (int i = 0; i < k * n; ++i)
        b[i] = std::cos(0.11f * i + 0.5f) / 7.0f;
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            float sum = 0.0f;
            for (int p = k - 1; p >= 0; --p)
                sum = std::fma(a[i * k + p], b[p * n + j], sum);
            c[i * n + j] = sum;
        }
    const rt::SgemmCheck check = rt::compareWithReference(a.data(), b.data(), c.data(), m, k, n);
    QVERIFY2(check.ok, check.detail.c_str());
    QVERIFY(check.detail.empty());
    QVERIFY(check.maxError > 0.0); // float rounding was there, and inside the bound
    QVERIFY(check.maxError < 1e-3);
}

void TestBlasCore::sgemmCheckDetectsWrongProduct_data()
{
    QTest::addColumn<int>("element");
    QTest::addColumn<float>("offset"); // relative to the element's magnitude
    QTest::addColumn<bool>("nan");
    QTest::newRow("first element, 1e-3 off") << 0 << 1e-3f << false;
    QTest::newRow("last element, 1e-4 off") << 6 * 5 - 1 << 1e-4f << false;
    QTest::newRow("middle element doubled") << 13 << 1.0f << false;
    QTest::newRow("NaN") << 7 << 0.0f << true;
}

void TestBlasCore::sgemmCheckDetectsWrongProduct()
{
    QFETCH(int, element);
    QFETCH(float, offset);
    QFETCH(bool, nan);
    constexpr int m = 6, k = 40, n = 5;
    std::vector<float> a(m * k), b(k * n), c(m * n);
    for (int i = 0; i < m * k; ++i)
        a[i] = 1.0f + 0.01f * static_cast<float>(i % 13);
    for (int i = 0; i < k * n; ++i)
        b[i] = 0.5f + 0.02f * static_cast<float>(i % 7);
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j) {
            double sum = 0.0;
            for (int p = 0; p < k; ++p)
                sum += static_cast<double>(a[i * k + p]) * b[p * n + j];
            c[i * n + j] = static_cast<float>(sum);
        }
    QVERIFY(rt::compareWithReference(a.data(), b.data(), c.data(), m, k, n).ok);
    c[element] = nan ? NAN : c[element] * (1.0f + offset);
    const rt::SgemmCheck check = rt::compareWithReference(a.data(), b.data(), c.data(), m, k, n);
    QVERIFY(!check.ok);
    const std::string where = "C[" + std::to_string(element / n) + "][" + std::to_string(element % n) + "]";
    QVERIFY2(check.detail.starts_with(where), check.detail.c_str());
    QVERIFY(check.maxError > check.tolerance);
}

void TestBlasCore::checkJsonRoundTrip()
{
    rt::BlasCheck check;
    check.core = "SkylakeX";
    check.library = "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3";
    check.sgemm.ok = false;
    check.sgemm.maxError = 0.5;
    check.sgemm.tolerance = 0.007;
    check.sgemm.detail = "C[0][17] = 1, expected 1.5";
    const rt::BlasCheck back = rt::blasCheckFromJson(rt::blasCheckToJson(check));
    QCOMPARE(back.core, check.core);
    QCOMPARE(back.library, check.library);
    QCOMPARE(back.sgemm.ok, false);
    QCOMPARE(back.sgemm.maxError, 0.5);
    QCOMPARE(back.sgemm.detail, check.sgemm.detail);
    QVERIFY_THROWS_EXCEPTION(std::exception, rt::blasCheckFromJson("{\"core\": 1}"));
    QVERIFY_THROWS_EXCEPTION(std::exception, rt::blasCheckFromJson("not json"));
}

void TestBlasCore::userVariableIsKept()
{
    if (!openBlas_)
        QSKIP("LibTorch's BLAS is not OpenBLAS here");
    QTemporaryDir cache;
    const CliRun run = runtimeReport(cache.path(), {{"OPENBLAS_CORETYPE", "Prescott"}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.error));
    QCOMPARE(run.report.at("blas_core").get<std::string>(), std::string("Prescott"));
    QCOMPARE(run.report.at("blas_core_choice").get<std::string>(), std::string("set by the user (OPENBLAS_CORETYPE)"));
    QVERIFY(run.report.at("sgemm_gflops").get<double>() > 0.0);
    // Nothing was probed, so nothing was cached.
    QVERIFY(!QFile::exists(cache.path() + "/adaptlab/blas-core.json"));
}

void TestBlasCore::choiceFromCpuidIsCheckedAndCached()
{
    QTemporaryDir cache;
    const CliRun run = runtimeReport(cache.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.error));
    const std::string choice = run.report.at("blas_core_choice").get<std::string>();
    if (candidates_.empty()) {
        QVERIFY2(choice.starts_with("OpenBLAS's own choice (the CPU has no AVX"), choice.c_str());
        return;
    }
    if (!openBlas_)
        QSKIP("LibTorch's BLAS is not OpenBLAS here");
    QCOMPARE(run.report.at("blas_core").get<std::string>(), candidates_.front());
    // "chosen from cpuid": OpenBLAS was not in the process before LibTorch, so the choice took effect.
    QVERIFY2(choice.starts_with("chosen from cpuid (") && choice.find("sgemm checked") != std::string::npos, choice.c_str());

    const QString cacheFile = cache.path() + "/adaptlab/blas-core.json";
    nlohmann::json verdicts = readJson(cacheFile);
    QVERIFY2(verdicts.is_object() && verdicts.value("version", 0) == 1, qPrintable(cacheFile));
    const std::string signature = rt::cpuSignature(rt::readCpuFeatures());
    const nlohmann::json& entry = verdicts["cpus"][signature]["cores"][candidates_.front()];
    QCOMPARE(entry.at("ok").get<bool>(), true);

    // The next start reads the verdicts: one the test marks as failed is not probed again but
    // rejected with the cached words.
    if (candidates_.size() < 2)
        return;
    verdicts["cpus"][signature]["cores"][candidates_.front()] = {{"ok", false}, {"detail", "marked wrong by the test"}};
    std::ofstream(cacheFile.toStdString()) << verdicts.dump();
    const CliRun again = runtimeReport(cache.path());
    QVERIFY2(again.exitCode == 0, qPrintable(again.error));
    QCOMPARE(again.report.at("blas_core").get<std::string>(), candidates_[1]);
    const std::string words = again.report.at("blas_core_choice").get<std::string>();
    QVERIFY2(words.find("rejected " + candidates_.front() + " (marked wrong by the test)") != std::string::npos, words.c_str());
}

// A core whose check fails in the probe child (a wrong element injected into its product) is
// rejected and recorded; the next candidate is used.
void TestBlasCore::failingCoreFallsBack()
{
    if (!needOpenBlasAndCores(2))
        QSKIP("needs OpenBLAS and a CPU with two usable cores");
    QTemporaryDir cache;
    const CliRun run = runtimeReport(cache.path(), {{"ADAPTLAB_BLAS_CHECK_CORRUPT", QString::fromStdString(candidates_[0])}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.error));
    QCOMPARE(run.report.at("blas_core").get<std::string>(), candidates_[1]);
    const std::string words = run.report.at("blas_core_choice").get<std::string>();
    QVERIFY2(words.find("rejected " + candidates_[0] + " (wrong sgemm result: C[") != std::string::npos, words.c_str());
    const nlohmann::json verdicts = readJson(cache.path() + "/adaptlab/blas-core.json");
    const auto& cores = verdicts["cpus"][rt::cpuSignature(rt::readCpuFeatures())]["cores"];
    QCOMPARE(cores[candidates_[0]].at("ok").get<bool>(), false);
    QCOMPARE(cores[candidates_[1]].at("ok").get<bool>(), true);
}

// The in-process check after loading: a wrong product is an error, never a silent slow or wrong
// BLAS; with the user's core it names their variable, with AdaptLab's it records the verdict so
// the next start chooses another.
void TestBlasCore::wrongProductInProcessIsRefused()
{
    if (!needOpenBlasAndCores(2))
        QSKIP("needs OpenBLAS and a CPU with two usable cores");
    QTemporaryDir cache;
    const CliRun user = runtimeReport(cache.path(), {{"OPENBLAS_CORETYPE", "Prescott"}, {"ADAPTLAB_BLAS_CHECK_CORRUPT", "Prescott"}});
    QVERIFY(user.exitCode != 0);
    QVERIFY2(user.error.contains("OPENBLAS_CORETYPE=Prescott (set by the user) computes wrong matrix products"),
             qPrintable(user.error));

    QVERIFY(runtimeReport(cache.path()).exitCode == 0); // the verdict for candidates_[0]: ok, cached
    const CliRun ours = runtimeReport(cache.path(), {{"ADAPTLAB_BLAS_CHECK_CORRUPT", QString::fromStdString(candidates_[0])}});
    QVERIFY(ours.exitCode != 0);
    QVERIFY2(ours.error.contains(QString::fromStdString("OpenBLAS's " + candidates_[0] + " kernels computed a wrong matrix product")) &&
                 ours.error.contains("restart"),
             qPrintable(ours.error));
    const CliRun next = runtimeReport(cache.path());
    QVERIFY2(next.exitCode == 0, qPrintable(next.error));
    QCOMPARE(next.report.at("blas_core").get<std::string>(), candidates_[1]);
}

// A process started by AdaptLab (the GUI's runs) inherits the choice and reports its words, not
// "set by the user".
void TestBlasCore::inheritedChoiceKeepsItsWords()
{
    if (!openBlas_)
        QSKIP("LibTorch's BLAS is not OpenBLAS here");
    QTemporaryDir cache;
    const CliRun run = runtimeReport(cache.path(), {{"OPENBLAS_CORETYPE", "Prescott"},
                                                    {"ADAPTLAB_BLAS_CORE", "Prescott"},
                                                    {"ADAPTLAB_BLAS_CORE_HOW", "chosen from cpuid (the parent's words)"}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.error));
    QCOMPARE(run.report.at("blas_core_choice").get<std::string>(), std::string("chosen from cpuid (the parent's words)"));
    // The user's own value beside a stale marker is the user's.
    const CliRun user = runtimeReport(cache.path(), {{"OPENBLAS_CORETYPE", "Prescott"}, {"ADAPTLAB_BLAS_CORE", "Sandybridge"},
                                                     {"ADAPTLAB_BLAS_CORE_HOW", "chosen from cpuid (stale)"}});
    QVERIFY2(user.exitCode == 0, qPrintable(user.error));
    QCOMPARE(user.report.at("blas_core_choice").get<std::string>(), std::string("set by the user (OPENBLAS_CORETYPE)"));
}

QTEST_GUILESS_MAIN(TestBlasCore)
#include "tst_blas_core.moc"
