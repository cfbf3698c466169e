// The safetensors reader and writer (safetensors.h). The checks follow the reference
// implementation (huggingface/safetensors, safetensors/src/tensor.rs: read_metadata and
// Metadata::validate): header size at most 100 MB and inside the file, UTF-8 JSON, tensors sorted by
// offset covering the data region exactly (no overlap, no hole, nothing after the last tensor), each
// tensor's byte length equal to its element count times its dtype's size with overflow checked.
// Beyond the reference: duplicate JSON keys are refused (serde keeps the last one silently, which
// would let two readers disagree on a tensor), and every error names the file and the tensor.
#include "model/safetensors.h"

#include "common/atomic_file.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <optional>
#include <set>

namespace adaptlab::model {

namespace fs = std::filesystem;

namespace {

// The reference's MAX_HEADER_SIZE: a larger header is refused before any JSON is parsed.
constexpr uint64_t kMaxHeaderSize = 100'000'000;
constexpr uint64_t kSizeFieldBytes = 8;

struct DTypeEntry {
    DType dtype;
    const char* name;
    size_t size;
};
constexpr DTypeEntry kDTypes[] = {
    {DType::F32, "F32", 4}, {DType::F16, "F16", 2}, {DType::BF16, "BF16", 2}, {DType::F64, "F64", 8},
    {DType::I64, "I64", 8}, {DType::I32, "I32", 4}, {DType::I16, "I16", 2},   {DType::I8, "I8", 1},
    {DType::U8, "U8", 1},   {DType::Bool, "BOOL", 1},
};
// Dtypes the format defines that no model this workbench reads uses: named as such in the error,
// so that "not supported" is not mistaken for "corrupt file".
constexpr const char* kUnsupportedDTypes[] = {"U16", "U32", "U64", "F8_E5M2", "F8_E4M3", "F8_E8M0",
                                              "F4", "F6_E2M3", "F6_E3M2", "C64"};

const DTypeEntry& entryOf(DType dtype)
{
    for (const DTypeEntry& entry : kDTypes)
        if (entry.dtype == dtype)
            return entry;
    throw SafetensorsError("unknown DType value " + std::to_string(static_cast<int>(dtype)));
}

std::string supportedDTypeList()
{
    std::string list;
    for (const DTypeEntry& entry : kDTypes) {
        if (!list.empty())
            list += ", ";
        list += entry.name;
    }
    return list;
}

[[noreturn]] void fail(const std::string& fileName, const std::string& what)
{
    throw SafetensorsError("safetensors file " + fileName + ": " + what);
}

[[noreturn]] void failTensor(const std::string& fileName, const std::string& tensor, const std::string& what)
{
    fail(fileName, "tensor \"" + tensor + "\": " + what);
}

// nlohmann::json keeps the last of duplicate keys; this parser callback refuses them instead.
class DuplicateKeyCheck {
public:
    explicit DuplicateKeyCheck(std::string fileName) : fileName_(std::move(fileName)) {}
    bool operator()(int /*depth*/, nlohmann::json::parse_event_t event, nlohmann::json& parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        if (event == Event::object_start)
            keys_.emplace_back();
        else if (event == Event::object_end && !keys_.empty())
            keys_.pop_back();
        else if (event == Event::key && !keys_.empty() && !keys_.back().insert(parsed.get<std::string>()).second)
            fail(fileName_, "the header has the key \"" + parsed.get<std::string>() + "\" twice");
        return true;
    }

private:
    std::string fileName_;
    std::vector<std::set<std::string>> keys_;
};

uint64_t readU64(const std::byte* bytes)
{
    uint64_t value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | static_cast<uint64_t>(bytes[i]);
    return value;
}

std::string offsetsText(const TensorInfo& tensor)
{
    return "[" + std::to_string(tensor.begin) + ", " + std::to_string(tensor.end) + "]";
}

std::string shapeText(const std::vector<int64_t>& shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

TensorInfo parseTensorInfo(const std::string& fileName, const std::string& name, const nlohmann::json& value)
{
    if (!value.is_object())
        failTensor(fileName, name, "its entry is not an object with dtype, shape and data_offsets");
    TensorInfo tensor;
    tensor.name = name;

    const auto dtype = value.find("dtype");
    if (dtype == value.end() || !dtype->is_string())
        failTensor(fileName, name, "dtype is missing or not a string");
    const std::string dtypeText = dtype->get<std::string>();
    const auto known = std::find_if(std::begin(kDTypes), std::end(kDTypes),
                                    [&](const DTypeEntry& entry) { return dtypeText == entry.name; });
    if (known == std::end(kDTypes)) {
        const bool unsupported = std::any_of(std::begin(kUnsupportedDTypes), std::end(kUnsupportedDTypes),
                                             [&](const char* other) { return dtypeText == other; });
        failTensor(fileName, name,
                   "dtype \"" + dtypeText + "\" " + (unsupported ? "is not supported" : "is not a safetensors dtype") +
                       " (supported: " + supportedDTypeList() + ")");
    }
    tensor.dtype = known->dtype;

    const auto shape = value.find("shape");
    if (shape == value.end() || !shape->is_array())
        failTensor(fileName, name, "shape is missing or not an array");
    for (const nlohmann::json& dimension : *shape) {
        if (!dimension.is_number_unsigned() ||
            dimension.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
            failTensor(fileName, name, "shape " + shape->dump() + " holds " + dimension.dump() +
                                           ", not a non-negative integer");
        tensor.shape.push_back(static_cast<int64_t>(dimension.get<uint64_t>()));
    }

    const auto offsets = value.find("data_offsets");
    if (offsets == value.end() || !offsets->is_array() || offsets->size() != 2 || !(*offsets)[0].is_number_unsigned() ||
        !(*offsets)[1].is_number_unsigned())
        failTensor(fileName, name, "data_offsets is missing or not two non-negative integers [begin, end]");
    tensor.begin = (*offsets)[0].get<uint64_t>();
    tensor.end = (*offsets)[1].get<uint64_t>();
    if (tensor.end < tensor.begin)
        failTensor(fileName, name, "data_offsets " + offsetsText(tensor) + " end before they begin");
    return tensor;
}

// Element count times dtype size, or nullopt when it does not fit in 64 bits.
std::optional<uint64_t> byteLength(const TensorInfo& tensor)
{
    uint64_t count = 1;
    for (int64_t dimension : tensor.shape)
        if (__builtin_mul_overflow(count, static_cast<uint64_t>(dimension), &count))
            return std::nullopt;
    uint64_t bytes = 0;
    if (__builtin_mul_overflow(count, static_cast<uint64_t>(dtypeSize(tensor.dtype)), &bytes))
        return std::nullopt;
    return bytes;
}

} // namespace

const char* dtypeName(DType dtype)
{
    return entryOf(dtype).name;
}

size_t dtypeSize(DType dtype)
{
    return entryOf(dtype).size;
}

uint64_t TensorInfo::elementCount() const
{
    uint64_t count = 1;
    for (int64_t dimension : shape)
        count *= static_cast<uint64_t>(dimension); // validated on parse not to overflow
    return count;
}

const TensorInfo* SafetensorsHeader::find(const std::string& name) const
{
    for (const TensorInfo& tensor : tensors)
        if (tensor.name == name)
            return &tensor;
    return nullptr;
}

SafetensorsHeader parseSafetensorsHeader(std::span<const std::byte> bytes, uint64_t fileSize, const std::string& fileName)
{
    if (fileSize < kSizeFieldBytes || bytes.size() < kSizeFieldBytes)
        fail(fileName, "the file is " + std::to_string(fileSize) +
                           " bytes long, shorter than the 8-byte header size that starts every safetensors file");
    const uint64_t headerSize = readU64(bytes.data());
    if (headerSize > kMaxHeaderSize)
        fail(fileName, "the header size " + std::to_string(headerSize) + " is larger than the " +
                           std::to_string(kMaxHeaderSize) + " bytes a safetensors header may have");
    if (headerSize > fileSize - kSizeFieldBytes)
        fail(fileName, "the header size " + std::to_string(headerSize) + " is larger than the file (" +
                           std::to_string(fileSize) + " bytes): the file is cut short or not a safetensors file");
    if (bytes.size() < kSizeFieldBytes + headerSize)
        fail(fileName, "only " + std::to_string(bytes.size()) + " bytes were read, the header needs " +
                           std::to_string(kSizeFieldBytes + headerSize));

    const auto* text = reinterpret_cast<const char*>(bytes.data() + kSizeFieldBytes);
    // nlohmann's lexer stops at a NUL byte as at the end of input, which would accept anything
    // after one; JSON has no place for a raw NUL, so one makes the header invalid.
    if (const void* nul = std::memchr(text, 0, headerSize))
        fail(fileName, "the header is not valid JSON: a NUL byte at header offset " +
                           std::to_string(static_cast<const char*>(nul) - text));
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text, text + headerSize, DuplicateKeyCheck(fileName));
    } catch (const nlohmann::json::exception& error) {
        fail(fileName, std::string("the header is not valid JSON: ") + error.what());
    }
    if (!json.is_object())
        fail(fileName, "the header is JSON but not an object of tensors");

    SafetensorsHeader header;
    header.dataStart = kSizeFieldBytes + headerSize;
    const uint64_t dataSize = fileSize - header.dataStart;
    for (const auto& [name, value] : json.items()) {
        if (name == "__metadata__") {
            if (!value.is_object())
                fail(fileName, "__metadata__ is not an object of strings");
            for (const auto& [key, entry] : value.items()) {
                if (!entry.is_string())
                    fail(fileName, "__metadata__: \"" + key + "\" is " + std::string(entry.type_name()) +
                                       ", not a string (the format allows only string values)");
                header.metadata.emplace(key, entry.get<std::string>());
            }
            continue;
        }
        TensorInfo tensor = parseTensorInfo(fileName, name, value);
        const std::optional<uint64_t> expected = byteLength(tensor);
        if (!expected)
            failTensor(fileName, name, "shape " + shapeText(tensor.shape) + " of " + dtypeName(tensor.dtype) +
                                           " holds more bytes than 64 bits can count");
        if (tensor.end > dataSize)
            failTensor(fileName, name, "data_offsets " + offsetsText(tensor) + " reach past the end of the data (" +
                                           std::to_string(dataSize) + " bytes after the header)");
        if (tensor.end - tensor.begin != *expected)
            failTensor(fileName, name, "data_offsets " + offsetsText(tensor) + " hold " +
                                           std::to_string(tensor.end - tensor.begin) + " bytes, but shape " +
                                           shapeText(tensor.shape) + " of " + dtypeName(tensor.dtype) + " needs " +
                                           std::to_string(*expected));
        header.tensors.push_back(std::move(tensor));
    }

    // Sorted by offset (ties: the empty tensor first), the tensors must tile the data region.
    std::stable_sort(header.tensors.begin(), header.tensors.end(), [](const TensorInfo& a, const TensorInfo& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    uint64_t covered = 0;
    const TensorInfo* previous = nullptr;
    for (const TensorInfo& tensor : header.tensors) {
        if (tensor.begin < covered)
            failTensor(fileName, tensor.name, "data_offsets " + offsetsText(tensor) + " overlap tensor \"" +
                                                  previous->name + "\" " + offsetsText(*previous));
        if (tensor.begin > covered)
            failTensor(fileName, tensor.name,
                       "data_offsets " + offsetsText(tensor) + " leave a hole: bytes " + std::to_string(covered) +
                           " to " + std::to_string(tensor.begin) + " belong to no tensor" +
                           (previous ? " (the previous tensor \"" + previous->name + "\" ends at " +
                                           std::to_string(previous->end) + ")"
                                     : std::string()));
        covered = tensor.end;
        previous = &tensor;
    }
    if (covered != dataSize)
        fail(fileName, "the tensors end at byte " + std::to_string(covered) + " of the data, but the file has " +
                           std::to_string(dataSize) + " bytes after the header (" +
                           std::to_string(dataSize - covered) + " bytes belong to no tensor)");
    return header;
}

// ---- SafetensorsFile ----------------------------------------------------------------------------

std::unique_ptr<SafetensorsFile> SafetensorsFile::open(const fs::path& path)
{
    const std::string name = path.string();
    std::unique_ptr<SafetensorsFile> file(new SafetensorsFile);
    file->path_ = path;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fail(name, std::string("cannot open it: ") + std::strerror(errno));
    struct stat info{};
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        fail(name, std::string("cannot read its size: ") + std::strerror(error));
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        fail(name, "not a regular file");
    }
    const auto size = static_cast<uint64_t>(info.st_size);
    if (size >= kSizeFieldBytes) {
        void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
        if (mapped == MAP_FAILED) {
            const int error = errno;
            ::close(fd);
            fail(name, std::string("cannot map it: ") + std::strerror(error));
        }
        file->map_ = static_cast<const std::byte*>(mapped);
        file->mapSize_ = size;
    }
    ::close(fd); // the mapping keeps the file
    // On a throw, the destructor unmaps.
    file->header_ = parseSafetensorsHeader(std::span<const std::byte>(file->map_, file->mapSize_), size, name);
    return file;
}

SafetensorsFile::~SafetensorsFile()
{
    if (map_ != nullptr)
        ::munmap(const_cast<std::byte*>(map_), mapSize_);
}

std::span<const std::byte> SafetensorsFile::data(const TensorInfo& tensor) const
{
    // A TensorInfo from another file's header would read the wrong bytes or past the mapping.
    if (tensor.end < tensor.begin || header_.dataStart + tensor.end > mapSize_)
        fail(path_.string(), "tensor \"" + tensor.name + "\": data_offsets " + offsetsText(tensor) +
                                 " are not inside this file's data");
    return {map_ + header_.dataStart + tensor.begin, tensor.end - tensor.begin};
}

// ---- writing ------------------------------------------------------------------------------------

void writeSafetensors(const fs::path& path, const std::vector<TensorToWrite>& tensors,
                      const std::map<std::string, std::string>& metadata)
{
    const std::string fileName = path.string();
    // __metadata__ first, then the tensors in data order, as the reference writer lays them out.
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::set<std::string> names;
    uint64_t offset = 0;
    for (const TensorToWrite& tensor : tensors) {
        if (tensor.name == "__metadata__")
            fail(fileName, "a tensor cannot be named __metadata__");
        if (!names.insert(tensor.name).second)
            failTensor(fileName, tensor.name, "given twice");
        TensorInfo info{tensor.name, tensor.dtype, tensor.shape, 0, 0};
        for (int64_t dimension : tensor.shape)
            if (dimension < 0)
                failTensor(fileName, tensor.name, "shape " + shapeText(tensor.shape) + " has a negative dimension");
        const std::optional<uint64_t> expected = byteLength(info);
        if (!expected || *expected != tensor.bytes.size())
            failTensor(fileName, tensor.name, std::to_string(tensor.bytes.size()) + " bytes given, shape " +
                                                  shapeText(tensor.shape) + " of " + dtypeName(tensor.dtype) +
                                                  " needs " + (expected ? std::to_string(*expected) : "more"));
        header[tensor.name] = {{"dtype", dtypeName(tensor.dtype)},
                               {"shape", tensor.shape},
                               {"data_offsets", {offset, offset + tensor.bytes.size()}}};
        offset += tensor.bytes.size();
    }
    std::string text = header.dump();
    // Padded with spaces to 8 bytes so that the data (and with it every 8-byte dtype) is aligned.
    text.resize((text.size() + 7) / 8 * 8, ' ');

    AtomicFile file(path);
    unsigned char size[kSizeFieldBytes];
    for (size_t i = 0; i < kSizeFieldBytes; ++i)
        size[i] = static_cast<unsigned char>(static_cast<uint64_t>(text.size()) >> (8 * i));
    file.write(size, sizeof size);
    file.write(text);
    for (const TensorToWrite& tensor : tensors)
        file.write(tensor.bytes.data(), tensor.bytes.size());
    file.commit();
}

// ---- Hugging Face weight files ------------------------------------------------------------------

namespace {

[[noreturn]] void failIndex(const fs::path& index, const std::string& what)
{
    throw SafetensorsError(index.string() + ": " + what);
}

std::string readIndex(const fs::path& index)
{
    const int fd = ::open(index.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        failIndex(index, std::string("cannot open it: ") + std::strerror(errno));
    std::string text;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int error = errno;
            ::close(fd);
            failIndex(index, std::string("cannot read it: ") + std::strerror(error));
        }
        if (got == 0)
            break;
        text.append(buffer, static_cast<size_t>(got));
    }
    ::close(fd);
    return text;
}

} // namespace

std::map<std::string, fs::path> checkpointWeightFiles(const fs::path& folder)
{
    std::map<std::string, fs::path> files;
    const fs::path single = folder / "model.safetensors";
    const fs::path index = folder / "model.safetensors.index.json";
    std::error_code ec;
    // As transformers does: the single file first, then the index.
    if (fs::exists(single, ec)) {
        const auto file = SafetensorsFile::open(single);
        for (const TensorInfo& tensor : file->header().tensors)
            files.emplace(tensor.name, single);
        return files;
    }
    if (!fs::exists(index, ec)) {
        std::string hint;
        if (fs::exists(folder / "pytorch_model.bin", ec) || fs::exists(folder / "pytorch_model.bin.index.json", ec))
            hint = " (it has PyTorch pickle weights, pytorch_model.bin, which are not read: save the model as "
                   "safetensors first)";
        throw SafetensorsError(folder.string() + ": no model.safetensors or model.safetensors.index.json" + hint);
    }

    const std::string text = readIndex(index);
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& error) {
        failIndex(index, std::string("not valid JSON: ") + error.what());
    }
    if (!json.is_object())
        failIndex(index, "not a JSON object");
    const auto weightMap = json.find("weight_map");
    if (weightMap == json.end() || !weightMap->is_object())
        failIndex(index, "weight_map is missing or not an object (tensor name -> file)");
    if (weightMap->empty())
        failIndex(index, "weight_map lists no tensor");

    // tensor name -> shard, and every shard with the tensors the index puts there.
    std::map<std::string, std::set<std::string>> listed;
    for (const auto& [name, value] : weightMap->items()) {
        if (!value.is_string())
            failIndex(index, "weight_map/" + name + ": not a file name");
        const std::string shard = value.get<std::string>();
        // Lexical, not canonical: a Hugging Face cache folder links its files into ../../blobs/.
        // "./a.safetensors" and "a.safetensors" are one file, not two holding the same tensors.
        const fs::path normal = fs::path(shard).lexically_normal();
        if (shard.empty() || normal.is_absolute() || normal.empty() || *normal.begin() == ".." || normal == ".")
            failIndex(index, "weight_map/" + name + ": \"" + shard + "\" is not a file inside the folder");
        listed[normal.string()].insert(name);
        files.emplace(name, folder / normal);
    }

    std::map<std::string, std::string> holder; // tensor -> the shard that holds it
    for (const auto& [shard, names] : listed) {
        const fs::path path = folder / shard;
        if (!fs::is_regular_file(path, ec))
            failIndex(index, "weight_map lists \"" + shard + "\" (for \"" + *names.begin() +
                                 "\"), which is not in the folder");
        const auto file = SafetensorsFile::open(path);
        std::set<std::string> held;
        for (const TensorInfo& tensor : file->header().tensors) {
            const auto [other, fresh] = holder.emplace(tensor.name, shard);
            if (!fresh)
                failIndex(index, "tensor \"" + tensor.name + "\" is in two files: " + other->second + " and " + shard);
            held.insert(tensor.name);
            if (!names.count(tensor.name))
                failIndex(index, shard + " holds tensor \"" + tensor.name + "\", which weight_map " +
                                     (weightMap->contains(tensor.name)
                                          ? "puts in " + weightMap->at(tensor.name).get<std::string>()
                                          : std::string("does not list")));
        }
        for (const std::string& name : names)
            if (!held.count(name))
                failIndex(index, "weight_map puts tensor \"" + name + "\" in " + shard + ", which does not hold it");
    }
    return files;
}

} // namespace adaptlab::model
