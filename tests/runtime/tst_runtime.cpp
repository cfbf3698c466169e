// Runtime report: torch threads follow the cores available, the BLAS actually loaded is named, the
// JSON report carries every key, and device policies parse (bad values included).
#include "runtime/runtime.h"

#include "common/error.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <string>
#include <thread>

using adaptlab::runtime::DevicePolicy;
namespace rt = adaptlab::runtime;

Q_DECLARE_METATYPE(DevicePolicy)
Q_DECLARE_METATYPE(std::string)

class TestRuntime final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coresAvailableIsPlausible();
    void configureSetsTorchThreadsToCores();
    void configureWithExplicitThreads();
    void matmulMatchesNaiveProduct();
    void blasIsNamed();
    void devicePolicyFromString_data();
    void devicePolicyFromString();
    void devicePolicyFromStringRejectsBadValues_data();
    void devicePolicyFromStringRejectsBadValues();
    void devicePicksByPolicy();
    void jsonHasEveryKey();
    void sgemmGflopsIsMeasuredOnce();
    void peakSgemmIsTheBestRecorded();
    void coreAndCliDoNotLinkTorch();
    void cliLoadsTorchForRuntimeReport();
};

void TestRuntime::coresAvailableIsPlausible()
{
    const int cores = rt::coresAvailable();
    QVERIFY(cores >= 1);
    const unsigned hardware = std::thread::hardware_concurrency();
    if (hardware > 0)
        QVERIFY(cores <= static_cast<int>(hardware));
}

void TestRuntime::configureSetsTorchThreadsToCores()
{
    const rt::RuntimeInfo info = rt::configure();
    QCOMPARE(info.coresAvailable, rt::coresAvailable());
    QCOMPARE(info.torchThreads, rt::coresAvailable());
    QCOMPARE(at::get_num_threads(), rt::coresAvailable());
    QVERIFY(info.torchInteropThreads >= 1);
    // Calling it again (interop threads already set) must not throw.
    const rt::RuntimeInfo again = rt::configure();
    QCOMPARE(again.torchThreads, rt::coresAvailable());
    QCOMPARE(again.torchInteropThreads, info.torchInteropThreads);
}

void TestRuntime::configureWithExplicitThreads()
{
    QCOMPARE(rt::configure(DevicePolicy::Cpu, 1).torchThreads, 1);
    QCOMPARE(at::get_num_threads(), 1);
    QCOMPARE(rt::info().torchThreads, 1); // info() reads, it does not reset
    QCOMPARE(rt::configure(DevicePolicy::Cpu, 0).torchThreads, rt::coresAvailable());
}

// The BLAS-backed product against a plain triple loop, with a float tolerance.
void TestRuntime::matmulMatchesNaiveProduct()
{
    rt::configure(DevicePolicy::Cpu);
    constexpr int64_t n = 96, k = 80, m = 72;
    at::manual_seed(7);
    const at::Tensor a = at::randn({n, k}, at::kFloat);
    const at::Tensor b = at::randn({k, m}, at::kFloat);
    const at::Tensor c = at::matmul(a, b);
    QCOMPARE(c.sizes().vec(), (std::vector<int64_t>{n, m}));
    const auto A = a.accessor<float, 2>();
    const auto B = b.accessor<float, 2>();
    const auto C = c.accessor<float, 2>();
    double worst = 0.0;
    for (int64_t i = 0; i < n; ++i) {
        for (int64_t j = 0; j < m; ++j) {
            double expected = 0.0;
            for (int64_t p = 0; p < k; ++p)
                expected += static_cast<double>(A[i][p]) * B[p][j];
            worst = std::max(worst, std::abs(expected - C[i][j]));
        }
    }
    QVERIFY2(worst < 1e-3, qPrintable(QStringLiteral("max abs error %1").arg(worst)));
}

void TestRuntime::blasIsNamed()
{
    const rt::RuntimeInfo info = rt::info();
    qInfo("BLAS: %s [%s]", info.blas.c_str(), info.blasLibrary.c_str());
    QVERIFY(!info.blas.empty());
    std::string library = info.blasLibrary;
    std::transform(library.begin(), library.end(), library.begin(), ::tolower);
    if (library.find("openblas") != std::string::npos) {
        QVERIFY2(info.blas.starts_with("OpenBLAS"), info.blas.c_str());
        // openblas_get_config was resolvable: the version is in the text.
        QVERIFY2(info.blas.size() > std::string("OpenBLAS").size(), info.blas.c_str());
    }
    if (library.ends_with("/blas/libblas.so.3") || library.find("/blas/libblas.so.3.") != std::string::npos)
        QVERIFY2(info.blas.starts_with("reference BLAS"), info.blas.c_str());
}

void TestRuntime::devicePolicyFromString_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<DevicePolicy>("policy");
    QTest::newRow("auto") << std::string("auto") << DevicePolicy::Auto;
    QTest::newRow("cpu") << std::string("cpu") << DevicePolicy::Cpu;
    QTest::newRow("cuda") << std::string("cuda") << DevicePolicy::Cuda;
    QTest::newRow("CPU (case-insensitive)") << std::string("CPU") << DevicePolicy::Cpu;
    QTest::newRow("Cuda (case-insensitive)") << std::string("Cuda") << DevicePolicy::Cuda;
}

void TestRuntime::devicePolicyFromString()
{
    QFETCH(std::string, text);
    QFETCH(DevicePolicy, policy);
    QCOMPARE(rt::devicePolicyFromString(text), policy);
}

void TestRuntime::devicePolicyFromStringRejectsBadValues_data()
{
    QTest::addColumn<std::string>("text");
    QTest::newRow("empty") << std::string();
    QTest::newRow("gpu") << std::string("gpu");
    QTest::newRow("cuda:0") << std::string("cuda:0");
    QTest::newRow("padded") << std::string(" cpu");
}

void TestRuntime::devicePolicyFromStringRejectsBadValues()
{
    QFETCH(std::string, text);
    try {
        rt::devicePolicyFromString(text);
        QFAIL("expected adaptlab::Error");
    } catch (const adaptlab::Error& e) {
        const std::string message = e.what();
        QVERIFY2(message.find("'" + text + "'") != std::string::npos, e.what());
        QVERIFY2(message.find("auto, cpu or cuda") != std::string::npos, e.what());
    }
}

void TestRuntime::devicePicksByPolicy()
{
    const rt::RuntimeInfo cpu = rt::info(DevicePolicy::Cpu);
    QCOMPARE(cpu.device, std::string("cpu"));
    const rt::RuntimeInfo automatic = rt::info(DevicePolicy::Auto);
    QCOMPARE(automatic.device, std::string(automatic.cudaAvailable ? "cuda:0" : "cpu"));
    if (automatic.cudaAvailable) {
        QVERIFY(automatic.cudaDeviceCount >= 1);
        QCOMPARE(rt::configure(DevicePolicy::Cuda).device, std::string("cuda:0"));
    } else {
        QCOMPARE(automatic.cudaDeviceCount, 0);
        try {
            rt::configure(DevicePolicy::Cuda);
            QFAIL("forcing CUDA without CUDA must throw");
        } catch (const adaptlab::Error& e) {
            QVERIFY2(std::string(e.what()).find("cuda") != std::string::npos, e.what());
        }
    }
}

void TestRuntime::jsonHasEveryKey()
{
    const rt::RuntimeInfo info = rt::configure(DevicePolicy::Cpu);
    const std::string text = rt::toJson(info);
    QVERIFY2(text.find('\n') == std::string::npos, text.c_str());
    const nlohmann::json json = nlohmann::json::parse(text);
    QVERIFY(json.is_object());
    for (const char* key : {"device", "cuda_available", "cuda_device_count", "cores_available",
                            "torch_threads", "torch_interop_threads", "blas", "blas_library",
                            "torch_version", "blas_core", "blas_core_choice", "sgemm_gflops"}) {
        QVERIFY2(json.contains(key), key);
    }
    QCOMPARE(json.size(), size_t(12));
    QCOMPARE(json["blas_core"].get<std::string>(), info.blasCore);
    QCOMPARE(json["blas_core_choice"].get<std::string>(), info.blasCoreChoice);
    QVERIFY(!info.blasCoreChoice.empty());
    if (info.blasKind == rt::BlasKind::OpenBlas)
        QVERIFY(!info.blasCore.empty());
    if (info.sgemmGflops > 0.0)
        QCOMPARE(json["sgemm_gflops"].get<double>(), info.sgemmGflops);
    else
        QVERIFY(json["sgemm_gflops"].is_null());
    QCOMPARE(json["device"].get<std::string>(), std::string("cpu"));
    QCOMPARE(json["cuda_available"].get<bool>(), info.cudaAvailable);
    QCOMPARE(json["cuda_device_count"].get<int>(), info.cudaDeviceCount);
    QCOMPARE(json["cores_available"].get<int>(), rt::coresAvailable());
    QCOMPARE(json["torch_threads"].get<int>(), rt::coresAvailable());
    QCOMPARE(json["torch_interop_threads"].get<int>(), info.torchInteropThreads);
    QCOMPARE(json["blas"].get<std::string>(), info.blas);
    QCOMPARE(json["blas_library"].get<std::string>(), info.blasLibrary);
    QVERIFY(!json["torch_version"].get<std::string>().empty());
}

// Measured on demand, once: configure() and info() report the figure from then on.
void TestRuntime::sgemmGflopsIsMeasuredOnce()
{
    const double gflops = rt::measureSgemmGflops();
    qInfo("sgemm: %.1f GFLOP/s (%s kernels)", gflops, rt::info().blasCore.c_str());
    QVERIFY(gflops > 0.0 && std::isfinite(gflops));
    QCOMPARE(rt::measureSgemmGflops(), gflops);
    QCOMPARE(rt::info().sgemmGflops, gflops);
    QCOMPARE(rt::configure(DevicePolicy::Cpu).sgemmGflops, gflops);
    const auto json = nlohmann::json::parse(rt::toJson(rt::info()));
    QCOMPARE(json.at("sgemm_gflops").get<double>(), gflops);
}

// MFU's denominator: the best figure seen at these threads, kept across processes in the cache
// folder, and a damaged record is replaced rather than trusted.
void TestRuntime::peakSgemmIsTheBestRecorded()
{
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());
    const double measured = rt::measureSgemmGflops();
    const int threads = rt::info().torchThreads;
    QCOMPARE(rt::peakSgemmGflops(threads), measured);
    const QString file = cache.path() + "/adaptlab/sgemm-peak.json";
    const auto read = [&] {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? nlohmann::json::parse(in.readAll().toStdString()) : nlohmann::json();
    };
    const auto write = [&](const std::string& text) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.c_str());
    };
    nlohmann::json record = read();
    QCOMPARE(record.size(), size_t(1));
    const std::string key = record.begin().key();
    QVERIFY2(key.ends_with("|" + std::to_string(threads)), key.c_str());
    QCOMPARE(record.begin()->get<double>(), measured);

    // A better figure recorded earlier stands; a worse one is replaced by this process's.
    write(nlohmann::json{{key, measured * 10}}.dump());
    QCOMPARE(rt::peakSgemmGflops(threads), measured * 10);
    write(nlohmann::json{{key, measured / 10}}.dump());
    QCOMPARE(rt::peakSgemmGflops(threads), measured);
    QCOMPARE(read().at(key).get<double>(), measured);
    // Another thread count is another record.
    QCOMPARE(rt::peakSgemmGflops(threads + 1), measured);
    QCOMPARE(read().size(), size_t(2));
    // Damaged: replaced.
    write("{not json");
    QCOMPARE(rt::peakSgemmGflops(threads), measured);
    QCOMPARE(read().at(key).get<double>(), measured);

    if (saved.isNull())
        qunsetenv("XDG_CACHE_HOME");
    else
        qputenv("XDG_CACHE_HOME", saved);
}

QTEST_GUILESS_MAIN(TestRuntime)
namespace {

QString buildPath(const char* relative)
{
    return qEnvironmentVariable("ADAPTLAB_BUILD_DIR") + "/" + relative;
}

// The libraries the dynamic linker loads for `file` at start-up.
QString startupLibraries(const QString& file)
{
    QProcess ldd;
    ldd.start("ldd", {file});
    if (!ldd.waitForFinished(30000) || ldd.exitCode() != 0)
        return QString("ldd failed for %1: %2").arg(file, QString::fromLocal8Bit(ldd.readAllStandardError()));
    return QString::fromLocal8Bit(ldd.readAllStandardOutput());
}

} // namespace

// Corpus commands, the store and tokenizers must start without LibTorch (~0.5 s and ~150 MB per
// process); it comes in with libadaptlab_torch only when configure()/info() are called.
void TestRuntime::coreAndCliDoNotLinkTorch()
{
    // Nor OpenBLAS: it reads OPENBLAS_CORETYPE once, when loaded, and the core is chosen just
    // before LibTorch loads (blas_core.h). The GUI is checked when it is built.
    for (const char* file : {"lib/libadaptlab_core.so", "bin/adaptlab-cli", "lib/adaptlab-blas-probe", "bin/adaptlab"}) {
        if (QString(file) == "bin/adaptlab" && !QFile::exists(buildPath(file)))
            continue;
        const QString libraries = startupLibraries(buildPath(file));
        QVERIFY2(libraries.contains("libc.so"), qPrintable(libraries));
        QVERIFY2(!libraries.contains("libtorch") && !libraries.contains("libc10"), qPrintable(file + (": " + libraries)));
        QVERIFY2(!libraries.contains("openblas") && !libraries.contains("libblas.so"), qPrintable(file + (": " + libraries)));
    }
    QVERIFY(startupLibraries(buildPath("lib/libadaptlab_torch.so")).contains("libtorch"));
}

// A process without LibTorch (the CLI) loads the module on demand and reports what it runs on.
void TestRuntime::cliLoadsTorchForRuntimeReport()
{
    QProcess cli;
    cli.start(buildPath("bin/adaptlab-cli"), {"runtime", "--json"});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const auto report = nlohmann::json::parse(cli.readAllStandardOutput().toStdString());
    QCOMPARE(report.at("torch_threads").get<int>(), rt::coresAvailable());
    QVERIFY(!report.at("torch_version").get<std::string>().empty());

    // A module that cannot be found is a clear error naming where it was looked for.
    QProcess missing;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("ADAPTLAB_TORCH_MODULE", "/nonexistent/libadaptlab_torch.so");
    missing.setProcessEnvironment(env);
    missing.start(buildPath("bin/adaptlab-cli"), {"runtime", "--json"});
    QVERIFY(missing.waitForFinished(60000));
    QVERIFY(missing.exitCode() != 0);
    const QString error = QString::fromLocal8Bit(missing.readAllStandardError());
    QVERIFY2(error.contains("/nonexistent/libadaptlab_torch.so") && error.contains("ADAPTLAB_TORCH_MODULE"),
             qPrintable(error));
}

#include "tst_runtime.moc"
