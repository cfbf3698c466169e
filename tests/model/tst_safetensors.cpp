// safetensors (core/model/safetensors.h): every dtype written and read back; files written by an
// independent writer from the format's specification (safetensors_reference.py, Debian's python3
// with numpy) read here, and files written here read there; a file cut at every byte refused; the
// committed malformed fixtures (tests/fixtures/safetensors/bad/, written by the same script) each
// refused with an error naming the file and the problem; the Hugging Face folder's weight files,
// single and sharded with model.safetensors.index.json.
#include "model/safetensors.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

using namespace adaptlab::model;
namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/safetensors/bad";
const QString kReference = QStringLiteral(ADAPTLAB_SOURCE_DIR "/tests/model/safetensors_reference.py");

std::string readBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& path, const std::string& bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::span<const std::byte> asBytes(const std::string& bytes)
{
    return {reinterpret_cast<const std::byte*>(bytes.data()), bytes.size()};
}

// Decodes one element by hand, independently of any library: IEEE half by its bit fields, bfloat16
// as the upper half of a float32.
double elementAt(DType dtype, std::span<const std::byte> data, size_t i)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.data()) + i * dtypeSize(dtype);
    auto little = [p](int bytes) {
        uint64_t value = 0;
        for (int b = bytes - 1; b >= 0; --b)
            value = (value << 8) | p[b];
        return value;
    };
    switch (dtype) {
    case DType::F64: {
        const uint64_t bits = little(8);
        double value;
        std::memcpy(&value, &bits, 8);
        return value;
    }
    case DType::F32: {
        const auto bits = static_cast<uint32_t>(little(4));
        float value;
        std::memcpy(&value, &bits, 4);
        return value;
    }
    case DType::BF16: {
        const auto bits = static_cast<uint32_t>(little(2)) << 16;
        float value;
        std::memcpy(&value, &bits, 4);
        return value;
    }
    case DType::F16: {
        const auto bits = static_cast<uint32_t>(little(2));
        const int sign = bits >> 15 ? -1 : 1;
        const int exponent = (bits >> 10) & 0x1f;
        const int mantissa = bits & 0x3ff;
        if (exponent == 0)
            return sign * std::ldexp(mantissa, -24);
        if (exponent == 31)
            return mantissa ? NAN : sign * INFINITY;
        return sign * std::ldexp(1024 + mantissa, exponent - 25);
    }
    case DType::I64: return static_cast<double>(static_cast<int64_t>(little(8)));
    case DType::I32: return static_cast<int32_t>(little(4));
    case DType::I16: return static_cast<int16_t>(little(2));
    case DType::I8: return static_cast<int8_t>(little(1));
    case DType::U8: return static_cast<double>(little(1));
    case DType::Bool: return static_cast<double>(little(1));
    }
    return NAN;
}

// The error `fn` throws; "" when it throws none.
template <typename Fn>
std::string problemOf(Fn fn)
{
    try {
        fn();
    } catch (const SafetensorsError& error) {
        return error.what();
    }
    return {};
}

// Every dtype with a few values, as raw little-endian bytes.
struct Sample {
    std::string name;
    DType dtype;
    std::vector<int64_t> shape;
    std::string bytes;
};
template <typename T>
std::string pack(std::initializer_list<T> values)
{
    std::string bytes(values.size() * sizeof(T), '\0');
    std::memcpy(bytes.data(), std::data(values), bytes.size()); // the test runs on little-endian hosts
    return bytes;
}
std::vector<Sample> everyDtype()
{
    return {
        {"w.f32", DType::F32, {2, 2}, pack<float>({1.5f, -2.25f, 0.0f, 3.0e38f})},
        {"w.f16", DType::F16, {3}, pack<uint16_t>({0x3c00, 0xc000, 0x0001})}, // 1, -2, smallest subnormal
        {"w.bf16", DType::BF16, {2}, pack<uint16_t>({0x3fc0, 0xbf80})},       // 1.5, -1
        {"w.f64", DType::F64, {1, 2}, pack<double>({0.1, -1e300})},
        {"w.i64", DType::I64, {2}, pack<int64_t>({INT64_MIN, INT64_MAX})},
        {"w.i32", DType::I32, {1}, pack<int32_t>({-7})},
        {"w.i16", DType::I16, {2}, pack<int16_t>({-32768, 32767})},
        {"w.i8", DType::I8, {3}, pack<int8_t>({-128, 0, 127})},
        {"w.u8", DType::U8, {2}, pack<uint8_t>({0, 255})},
        {"w.bool", DType::Bool, {3}, pack<uint8_t>({1, 0, 1})},
        {"w.empty", DType::F32, {0, 5}, std::string()},
        {"w.scalar", DType::F64, {}, pack<double>({2.5})},
    };
}

std::vector<TensorToWrite> toWrite(const std::vector<Sample>& samples)
{
    std::vector<TensorToWrite> tensors;
    for (const Sample& s : samples)
        tensors.push_back({s.name, s.dtype, s.shape, asBytes(s.bytes)});
    return tensors;
}

// Runs the reference script; returns its standard output, failing the test when it fails.
QByteArray runReference(const QStringList& args)
{
    QProcess python;
    python.start(QStringLiteral(ADAPTLAB_SYSTEM_PYTHON3), QStringList{kReference} + args);
    if (!python.waitForFinished(-1) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        qWarning("safetensors_reference.py %s: %s", qPrintable(args.join(' ')), python.readAllStandardError().constData());
    return python.exitCode() == 0 ? python.readAllStandardOutput() : QByteArray();
}

} // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_temp.isValid()); }
    void dtypeNamesAndSizes();
    void roundTripEveryDtype();
    void headerPaddedWithSpaces();
    void emptyAndDegenerateFiles();
    void readsReferenceWriterFile();
    void referenceReaderReadsOurFile();
    void cutAtEveryByte();
    void parseRefusals_data();
    void parseRefusals();
    void badFixtures_data();
    void badFixtures();
    void writerRefusesBadInputAndKeepsOldFile();
    void singleFileFolder();
    void shardedFolder();
    void folderWithoutWeights();

private:
    fs::path fresh(const std::string& name) { return fs::path(m_temp.path().toStdString()) / (std::to_string(++m_counter) + "-" + name); }
    QTemporaryDir m_temp;
    int m_counter = 0;
};

void TestSafetensors::dtypeNamesAndSizes()
{
    const std::vector<std::tuple<DType, std::string, size_t>> expected = {
        {DType::F32, "F32", 4}, {DType::F16, "F16", 2}, {DType::BF16, "BF16", 2}, {DType::F64, "F64", 8},
        {DType::I64, "I64", 8}, {DType::I32, "I32", 4}, {DType::I16, "I16", 2},   {DType::I8, "I8", 1},
        {DType::U8, "U8", 1},   {DType::Bool, "BOOL", 1}};
    for (const auto& [dtype, name, size] : expected) {
        QCOMPARE(std::string(dtypeName(dtype)), name);
        QCOMPARE(dtypeSize(dtype), size);
    }
}

void TestSafetensors::roundTripEveryDtype()
{
    const fs::path path = fresh("every.safetensors");
    const std::vector<Sample> samples = everyDtype();
    const std::map<std::string, std::string> metadata = {{"format", "pt"}, {"note", "ünïcode ✓"}};
    writeSafetensors(path, toWrite(samples), metadata);

    const auto file = SafetensorsFile::open(path);
    QCOMPARE(file->header().metadata, metadata);
    QCOMPARE(file->header().tensors.size(), samples.size());
    // Data order is the order given.
    for (size_t i = 0; i < samples.size(); ++i)
        QCOMPARE(file->header().tensors[i].name, samples[i].name);
    for (const Sample& sample : samples) {
        const TensorInfo* info = file->header().find(sample.name);
        QVERIFY2(info, sample.name.c_str());
        QCOMPARE(int(info->dtype), int(sample.dtype));
        QCOMPARE(info->shape, sample.shape);
        const std::span<const std::byte> data = file->data(*info);
        QCOMPARE(data.size(), sample.bytes.size());
        QCOMPARE(info->elementCount() * dtypeSize(info->dtype), uint64_t(sample.bytes.size()));
        QVERIFY(std::memcmp(data.data(), sample.bytes.data(), data.size()) == 0);
    }
    QCOMPARE(file->header().find("absent"), nullptr);
    // The hand decoder agrees with what was packed (it checks the reference file next).
    const TensorInfo* half = file->header().find("w.f16");
    QCOMPARE(elementAt(DType::F16, file->data(*half), 1), -2.0);
    QCOMPARE(elementAt(DType::F16, file->data(*half), 2), std::ldexp(1.0, -24));
    QCOMPARE(elementAt(DType::BF16, file->data(*file->header().find("w.bf16")), 0), 1.5);

    // A TensorInfo that is not this file's is refused instead of read out of bounds.
    TensorInfo foreign{"foreign", DType::F32, {1000}, 0, 4000};
    QVERIFY(problemOf([&] { file->data(foreign); }).find("not inside this file") != std::string::npos);

    // Written again over the same path: replaced completely.
    writeSafetensors(path, {});
    QCOMPARE(SafetensorsFile::open(path)->header().tensors.size(), size_t(0));
}

void TestSafetensors::headerPaddedWithSpaces()
{
    // Header lengths of every residue mod 8: the name's length shifts the JSON by one byte each.
    for (int length = 1; length <= 8; ++length) {
        const fs::path path = fresh("pad.safetensors");
        const std::string data = pack<float>({1.0f});
        writeSafetensors(path, {{std::string(length, 'x'), DType::F32, {1}, asBytes(data)}});
        const std::string bytes = readBytes(path);
        uint64_t size = 0;
        std::memcpy(&size, bytes.data(), 8);
        QCOMPARE(size % 8, uint64_t(0));
        QCOMPARE(bytes.size(), 8 + size + 4);
        const std::string header = bytes.substr(8, size);
        const size_t close = header.find_last_of('}');
        QVERIFY(close != std::string::npos);
        QVERIFY(size - close - 1 < 8);
        QCOMPARE(header.substr(close + 1), std::string(size - close - 1, ' '));
        QCOMPARE(SafetensorsFile::open(path)->header().dataStart, 8 + size);
    }
}

void TestSafetensors::emptyAndDegenerateFiles()
{
    // No tensors, only metadata, zero-element tensors sharing an offset: all valid.
    const std::string empty = std::string("\x08\0\0\0\0\0\0\0", 8) + "{}      ";
    QCOMPARE(parseSafetensorsHeader(asBytes(empty), empty.size(), "e").tensors.size(), size_t(0));
    const std::string zeros = [] {
        std::string json = R"({"b":{"dtype":"F32","shape":[0],"data_offsets":[4,4]},)"
                           R"("a":{"dtype":"I32","shape":[1],"data_offsets":[0,4]},)"
                           R"("z":{"dtype":"U8","shape":[3,0],"data_offsets":[0,0]}})";
        std::string size(8, '\0');
        size[0] = static_cast<char>(json.size());
        return size + json + std::string(4, '\x7f');
    }();
    const SafetensorsHeader header = parseSafetensorsHeader(asBytes(zeros), zeros.size(), "zeros");
    QCOMPARE(header.tensors.size(), size_t(3));
    // Sorted by data: the empty tensor at 0 first, then a, then the empty one at 4.
    QCOMPARE(header.tensors[0].name, std::string("z"));
    QCOMPARE(header.tensors[1].name, std::string("a"));
    QCOMPARE(header.tensors[2].name, std::string("b"));
    QCOMPARE(header.tensors[0].elementCount(), uint64_t(0));
    QCOMPARE(header.dataStart, 8 + uint64_t(zeros.size() - 12));
}

void TestSafetensors::readsReferenceWriterFile()
{
    const fs::path path = fresh("reference.safetensors");
    const fs::path expectedPath = fresh("reference.json");
    runReference({"write", QString::fromStdString(path.string()), QString::fromStdString(expectedPath.string())});
    QVERIFY(fs::exists(path));
    const nlohmann::json expected = nlohmann::json::parse(readBytes(expectedPath));

    const auto file = SafetensorsFile::open(path);
    std::map<std::string, std::string> metadata = expected["__metadata__"];
    QCOMPARE(file->header().metadata, metadata);
    QCOMPARE(file->header().tensors.size(), expected.size() - 1);
    for (const auto& [name, want] : expected.items()) {
        if (name == "__metadata__")
            continue;
        const TensorInfo* info = file->header().find(name);
        QVERIFY2(info, name.c_str());
        QCOMPARE(std::string(dtypeName(info->dtype)), want["dtype"].get<std::string>());
        QCOMPARE(info->shape, want["shape"].get<std::vector<int64_t>>());
        const std::vector<nlohmann::json> values = want["values"];
        QCOMPARE(info->elementCount(), uint64_t(values.size()));
        for (size_t i = 0; i < values.size(); ++i) {
            const double got = elementAt(info->dtype, file->data(*info), i);
            if (info->dtype == DType::I64) { // beyond a double's 53 bits: compare the integers
                int64_t exact;
                std::memcpy(&exact, file->data(*info).data() + 8 * i, 8);
                QCOMPARE(exact, values[i].get<int64_t>());
            } else if (values[i].is_boolean()) {
                QCOMPARE(got, values[i].get<bool>() ? 1.0 : 0.0);
            } else {
                QCOMPARE(got, values[i].get<double>()); // exact: every value is exact in its dtype
            }
        }
    }
}

void TestSafetensors::referenceReaderReadsOurFile()
{
    const fs::path path = fresh("ours.safetensors");
    const std::vector<Sample> samples = everyDtype();
    writeSafetensors(path, toWrite(samples), {{"format", "pt"}});
    const QByteArray out = runReference({"read", QString::fromStdString(path.string())});
    QVERIFY(!out.isEmpty());
    const nlohmann::json read = nlohmann::json::parse(out.toStdString());
    QVERIFY(read["metadata"] == nlohmann::json({{"format", "pt"}}));
    QCOMPARE(read["tensors"].size(), samples.size());
    for (const Sample& sample : samples) {
        const nlohmann::json& tensor = read["tensors"][sample.name];
        QCOMPARE(tensor["dtype"].get<std::string>(), std::string(dtypeName(sample.dtype)));
        QCOMPARE(tensor["shape"].get<std::vector<int64_t>>(), sample.shape);
        const std::vector<nlohmann::json> values = tensor["values"];
        QCOMPARE(values.size() * dtypeSize(sample.dtype), sample.bytes.size());
        for (size_t i = 0; i < values.size(); ++i) {
            if (sample.dtype == DType::I64) {
                int64_t exact;
                std::memcpy(&exact, sample.bytes.data() + 8 * i, 8);
                QCOMPARE(values[i].get<int64_t>(), exact);
            } else if (values[i].is_boolean()) {
                QCOMPARE(values[i].get<bool>() ? 1.0 : 0.0, elementAt(sample.dtype, asBytes(sample.bytes), i));
            } else {
                QCOMPARE(values[i].get<double>(), elementAt(sample.dtype, asBytes(sample.bytes), i));
            }
        }
    }
}

void TestSafetensors::cutAtEveryByte()
{
    const fs::path whole = fresh("whole.safetensors");
    const std::vector<Sample> samples = everyDtype();
    writeSafetensors(whole, toWrite(samples));
    const std::string bytes = readBytes(whole);
    const fs::path cut = fresh("cut.safetensors");
    for (size_t length = 0; length < bytes.size(); ++length) {
        writeBytes(cut, bytes.substr(0, length));
        const std::string problem = problemOf([&] { SafetensorsFile::open(cut); });
        QVERIFY2(!problem.empty(), qPrintable(QStringLiteral("cut at %1 of %2 bytes accepted").arg(length).arg(bytes.size())));
        QVERIFY2(problem.find(cut.string()) != std::string::npos, problem.c_str());
    }
    writeBytes(cut, bytes + "x");
    QVERIFY(problemOf([&] { SafetensorsFile::open(cut); }).find("1 bytes belong to no tensor") != std::string::npos);
    writeBytes(cut, bytes);
    QCOMPARE(SafetensorsFile::open(cut)->header().tensors.size(), samples.size());
}

void TestSafetensors::parseRefusals_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("dataBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shape holds a float") << QByteArray(R"({"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}})") << 4
                                         << R"(tensor "a": shape [1.5] holds 1.5, not a non-negative integer)";
    QTest::newRow("shape above int64") << QByteArray(R"({"a":{"dtype":"U8","shape":[9223372036854775808],"data_offsets":[0,4]}})") << 4
                                       << "not a non-negative integer";
    QTest::newRow("three offsets") << QByteArray(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}})") << 8
                                   << "data_offsets is missing or not two non-negative integers";
    QTest::newRow("offsets reversed") << QByteArray(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,0]}})") << 4
                                      << "data_offsets [4, 0] end before they begin";
    QTest::newRow("no dtype") << QByteArray(R"({"a":{"shape":[1],"data_offsets":[0,4]}})") << 4 << "dtype is missing";
    QTest::newRow("no shape") << QByteArray(R"({"a":{"dtype":"F32","data_offsets":[0,4]}})") << 4 << "shape is missing";
    QTest::newRow("entry not an object") << QByteArray(R"({"a":[1,2]})") << 0 << R"(tensor "a": its entry is not an object)";
    QTest::newRow("metadata not an object") << QByteArray(R"({"__metadata__":"pt"})") << 0 << "__metadata__ is not an object";
    QTest::newRow("duplicate key inside a tensor")
        << QByteArray(R"({"a":{"dtype":"F32","dtype":"F16","shape":[1],"data_offsets":[0,4]}})") << 4 << R"(the key "dtype" twice)";
    QTest::newRow("lowercase dtype") << QByteArray(R"({"a":{"dtype":"f32","shape":[1],"data_offsets":[0,4]}})") << 4
                                     << R"(dtype "f32" is not a safetensors dtype)";
    QTest::newRow("not UTF-8") << QByteArray("{\"a\xff\":{}}") << 0 << "not valid JSON";
    QTest::newRow("NUL padding") << QByteArray("{}\0", 3) << 0 << "not valid JSON";
    QTest::newRow("overflow only in bytes") // 2^62 elements fit, 2^62 * 4 bytes do not
        << QByteArray(R"({"a":{"dtype":"F32","shape":[4611686018427387904],"data_offsets":[0,4]}})") << 4
        << "of F32 holds more bytes than 64 bits can count";
}

void TestSafetensors::parseRefusals()
{
    QFETCH(QByteArray, header);
    QFETCH(int, dataBytes);
    QFETCH(QString, expected);
    const QByteArray& json = header;
    std::string bytes(8, '\0');
    const uint64_t size = uint64_t(json.size());
    std::memcpy(bytes.data(), &size, 8);
    bytes += json.toStdString() + std::string(size_t(dataBytes), '\0');
    const std::string problem =
        problemOf([&] { parseSafetensorsHeader(asBytes(bytes), bytes.size(), "case.safetensors"); });
    QVERIFY2(problem.find("safetensors file case.safetensors: ") == 0, problem.c_str());
    QVERIFY2(problem.find(expected.toStdString()) != std::string::npos, problem.c_str());

    // The caller handing fewer bytes than the header needs is refused, not read past.
    if (bytes.size() > 9)
        QVERIFY(!problemOf([&] { parseSafetensorsHeader(asBytes(bytes).first(9), bytes.size(), "x"); }).empty());
}

void TestSafetensors::badFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("fileInMessage");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* file, const char* expected) {
        QTest::newRow(name) << name << file << expected;
    };
    row("overlapping_offsets.safetensors", "", R"(tensor "b": data_offsets [4, 12] overlap tensor "a" [0, 8])");
    row("short_file.safetensors", "", "the file is 5 bytes long, shorter than the 8-byte header size");
    row("header_size_past_end.safetensors", "", "the header size 4096 is larger than the file (72 bytes)");
    row("header_too_large.safetensors", "", "the header size 200000000 is larger than the 100000000 bytes");
    row("header_not_json.safetensors", "", "the header is not valid JSON");
    row("header_not_object.safetensors", "", "the header is JSON but not an object of tensors");
    row("wrong_dtype.safetensors", "", R"(tensor "a": dtype "float32" is not a safetensors dtype (supported: F32, )");
    row("unsupported_dtype.safetensors", "", R"(tensor "a": dtype "F8_E4M3" is not supported)");
    row("shape_offset_mismatch.safetensors", "",
        R"(tensor "a": data_offsets [0, 16] hold 16 bytes, but shape [2, 3] of F32 needs 24)");
    row("negative_shape.safetensors", "", R"(tensor "a": shape [-2] holds -2, not a non-negative integer)");
    row("element_count_overflow.safetensors", "",
        R"(tensor "a": shape [4294967296, 4294967296] of F32 holds more bytes than 64 bits can count)");
    row("hole_between_tensors.safetensors", "",
        R"(tensor "b": data_offsets [12, 20] leave a hole: bytes 8 to 12 belong to no tensor (the previous tensor "a" ends at 8))");
    row("offsets_past_end.safetensors", "",
        R"(tensor "b": data_offsets [8, 16] reach past the end of the data (12 bytes after the header))");
    row("trailing_bytes.safetensors", "", "the tensors end at byte 8 of the data, but the file has 12 bytes after the header");
    row("duplicate_tensor.safetensors", "", R"(the header has the key "a" twice)");
    row("metadata_not_strings.safetensors", "", R"(__metadata__: "step" is number, not a string)");
    row("index_missing_shard", "model.safetensors.index.json",
        R"(weight_map lists "model-00002-of-00002.safetensors" (for "b"), which is not in the folder)");
    row("index_tensor_in_two_files", "model.safetensors.index.json",
        R"(tensor "a" is in two files: model-00001-of-00002.safetensors and model-00002-of-00002.safetensors)");
    row("index_tensor_not_listed", "model.safetensors.index.json",
        R"(model-00001-of-00001.safetensors holds tensor "b", which weight_map does not list)");
    row("index_tensor_absent", "model.safetensors.index.json",
        R"(weight_map puts tensor "b" in model-00001-of-00001.safetensors, which does not hold it)");
    row("index_outside_folder", "model.safetensors.index.json",
        R"(weight_map/a: "../overlapping_offsets.safetensors" is not a file inside the folder)");
    row("index_not_json", "model.safetensors.index.json", "not valid JSON");
    row("index_no_weight_map", "model.safetensors.index.json", "weight_map is missing or not an object");
}

void TestSafetensors::badFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QString, fileInMessage);
    QFETCH(QString, expected);
    const fs::path path = kFixtures / fixture.toStdString();
    QVERIFY2(fs::exists(path), path.c_str());
    const bool folder = fs::is_directory(path);
    const std::string problem = folder ? problemOf([&] { checkpointWeightFiles(path); })
                                       : problemOf([&] { SafetensorsFile::open(path); });
    const fs::path named = fileInMessage.isEmpty() ? path : path / fileInMessage.toStdString();
    QVERIFY2(problem.find(named.string()) != std::string::npos, problem.c_str());
    QVERIFY2(problem.find(expected.toStdString()) != std::string::npos, problem.c_str());
    // A malformed file is refused the same way however it is reached.
    if (!folder) {
        const std::string bytes = readBytes(path);
        QCOMPARE(problemOf([&] { parseSafetensorsHeader(asBytes(bytes), bytes.size(), path.string()); }), problem);
    }
}

void TestSafetensors::writerRefusesBadInputAndKeepsOldFile()
{
    const fs::path folder = fresh("writer");
    const fs::path path = folder / "model.safetensors";
    const std::string four = pack<float>({1.0f});
    writeSafetensors(path, {{"kept", DType::F32, {1}, asBytes(four)}});
    const std::string before = readBytes(path);

    const auto refused = [&](std::vector<TensorToWrite> tensors, const std::string& expected) {
        const std::string problem = problemOf([&] { writeSafetensors(path, tensors); });
        QVERIFY2(problem.find(path.string()) != std::string::npos, problem.c_str());
        QVERIFY2(problem.find(expected) != std::string::npos, problem.c_str());
    };
    refused({{"a", DType::F32, {2}, asBytes(four)}}, R"(tensor "a": 4 bytes given, shape [2] of F32 needs 8)");
    refused({{"a", DType::F32, {1}, asBytes(four)}, {"a", DType::F32, {1}, asBytes(four)}}, R"(tensor "a": given twice)");
    refused({{"__metadata__", DType::F32, {1}, asBytes(four)}}, "cannot be named __metadata__");
    refused({{"a", DType::F32, {-1}, asBytes(four)}}, "negative dimension");
    QCOMPARE(readBytes(path), before);
    // Nothing else left beside it (no temporary file).
    QCOMPARE(std::distance(fs::directory_iterator(folder), fs::directory_iterator()), 1);
}

void TestSafetensors::singleFileFolder()
{
    const fs::path folder = fresh("single");
    const std::string data = pack<float>({1.0f, 2.0f});
    writeSafetensors(folder / "model.safetensors",
                     {{"model.norm.weight", DType::F32, {2}, asBytes(data)}, {"lm_head.weight", DType::F32, {1, 2}, asBytes(data)}});
    const auto files = checkpointWeightFiles(folder);
    QCOMPARE(files.size(), size_t(2));
    QCOMPARE(files.at("model.norm.weight"), folder / "model.safetensors");
    QCOMPARE(files.at("lm_head.weight"), folder / "model.safetensors");
    // A broken single file is refused by name even when an index is also there.
    writeBytes(folder / "model.safetensors.index.json", R"({"weight_map": {}})");
    writeBytes(folder / "model.safetensors", "\x01");
    const std::string problem = problemOf([&] { checkpointWeightFiles(folder); });
    QVERIFY2(problem.find((folder / "model.safetensors").string() + ": the file is 1 bytes long") != std::string::npos,
             problem.c_str());
}

void TestSafetensors::shardedFolder()
{
    const fs::path folder = fresh("sharded");
    const std::string data = pack<float>({1.0f, 2.0f});
    writeSafetensors(folder / "model-00001-of-00002.safetensors",
                     {{"a", DType::F32, {2}, asBytes(data)}, {"b", DType::F32, {2}, asBytes(data)}});
    writeSafetensors(folder / "sub/model-00002-of-00002.safetensors", {{"c", DType::F32, {1, 2}, asBytes(data)}});
    writeBytes(folder / "model.safetensors.index.json", R"({"metadata": {"total_size": 24}, "weight_map": {
        "a": "model-00001-of-00002.safetensors", "b": "model-00001-of-00002.safetensors",
        "c": "./sub/../sub/model-00002-of-00002.safetensors"}})");
    const auto files = checkpointWeightFiles(folder);
    QCOMPARE(files.size(), size_t(3));
    QCOMPARE(files.at("a"), folder / "model-00001-of-00002.safetensors");
    QCOMPARE(files.at("b"), folder / "model-00001-of-00002.safetensors");
    QCOMPARE(files.at("c"), folder / "sub/model-00002-of-00002.safetensors");

    // A shard that is itself malformed is refused naming the shard.
    writeBytes(folder / "sub/model-00002-of-00002.safetensors", std::string(7, '\0'));
    const std::string problem = problemOf([&] { checkpointWeightFiles(folder); });
    QVERIFY2(problem.find((folder / "sub/model-00002-of-00002.safetensors").string()) != std::string::npos, problem.c_str());

    // An absolute path and an empty weight map are refused.
    writeBytes(folder / "model.safetensors.index.json", R"({"weight_map": {"a": "/etc/passwd"}})");
    QVERIFY(problemOf([&] { checkpointWeightFiles(folder); }).find("is not a file inside the folder") != std::string::npos);
    writeBytes(folder / "model.safetensors.index.json", R"({"weight_map": {}})");
    QVERIFY(problemOf([&] { checkpointWeightFiles(folder); }).find("weight_map lists no tensor") != std::string::npos);
}

void TestSafetensors::folderWithoutWeights()
{
    const fs::path folder = fresh("none");
    fs::create_directories(folder);
    std::string problem = problemOf([&] { checkpointWeightFiles(folder); });
    QVERIFY2(problem == folder.string() + ": no model.safetensors or model.safetensors.index.json", problem.c_str());
    writeBytes(folder / "pytorch_model.bin", "pickle");
    problem = problemOf([&] { checkpointWeightFiles(folder); });
    QVERIFY2(problem.find("pytorch_model.bin, which are not read") != std::string::npos, problem.c_str());
}

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
