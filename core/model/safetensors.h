// The safetensors format (huggingface/safetensors): u64 little-endian header size N, N bytes of
// JSON {"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {str: str}},
// then the data. Torch-free so that it can be fuzzed and read without LibTorch.
//
// A file is never trusted: the header size against the file size, the JSON, every dtype and shape,
// offsets inside the data, end - begin == element count * dtype size, no two tensors overlapping,
// no gap left unexplained (as the reference implementation checks). Errors name the file and the
// tensor.
//
// INTERFACE FIXED FOR ISSUE 10 (owner: the "safetensors" part). Change only by adding.
#pragma once

#include "common/error.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace adaptlab::model {

enum class DType { F32, F16, BF16, F64, I64, I32, I16, I8, U8, Bool };
const char* dtypeName(DType dtype); // "F32", "BF16", ... as safetensors spells them
size_t dtypeSize(DType dtype);

class SafetensorsError : public Error {
public:
    using Error::Error;
};

struct TensorInfo {
    std::string name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    uint64_t begin = 0; // relative to the start of the data region
    uint64_t end = 0;
    uint64_t elementCount() const;
};

struct SafetensorsHeader {
    uint64_t dataStart = 0;                      // 8 + header size
    std::vector<TensorInfo> tensors;             // in file order of their data
    std::map<std::string, std::string> metadata; // "__metadata__"
    const TensorInfo* find(const std::string& name) const;
};

// Parses and validates the first bytes of a file of `fileSize` bytes. `fileName` is for messages.
SafetensorsHeader parseSafetensorsHeader(std::span<const std::byte> bytes, uint64_t fileSize,
                                         const std::string& fileName);

// A safetensors file, memory-mapped read-only and validated on open.
class SafetensorsFile {
public:
    static std::unique_ptr<SafetensorsFile> open(const std::filesystem::path& path);
    ~SafetensorsFile();
    const SafetensorsHeader& header() const { return header_; }
    const std::filesystem::path& path() const { return path_; }
    std::span<const std::byte> data(const TensorInfo& tensor) const;

private:
    SafetensorsFile() = default;
    std::filesystem::path path_;
    SafetensorsHeader header_;
    const std::byte* map_ = nullptr;
    size_t mapSize_ = 0;
};

struct TensorToWrite {
    std::string name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    std::span<const std::byte> bytes; // element count * dtype size, little-endian
};
// Writes atomically (AtomicFile: an interrupted write leaves no file that looks complete), the
// tensors' data in the given order, 8-byte aligned header as the reference writer pads it.
void writeSafetensors(const std::filesystem::path& path, const std::vector<TensorToWrite>& tensors,
                      const std::map<std::string, std::string>& metadata = {});

// The weight files of a Hugging Face folder: model.safetensors, or the shards listed by
// model.safetensors.index.json ("weight_map": tensor name -> file), validated (every file exists,
// no tensor in two files, every listed tensor present in its file). Map: tensor name -> file.
std::map<std::string, std::filesystem::path> checkpointWeightFiles(const std::filesystem::path& folder);

} // namespace adaptlab::model
