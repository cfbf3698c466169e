// fuzz_safetensors: the safetensors reader (model::SafetensorsFile::open over a file, which maps it
// and runs parseSafetensorsHeader) on any bytes. Beyond "no crash": only SafetensorsError is thrown,
// naming the file; an accepted file's tensors are sorted by offset and tile the data exactly, each
// as long as its shape and dtype say, names unique and found by find(); and an accepted file written
// again with writeSafetensors reads back to the same tensors, bytes and metadata.
#include "fuzz_input_file.h"
#include "model/safetensors.h"

#include <cstring>
#include <set>

using namespace adaptlab;
using namespace adaptlab::model;

namespace {

std::filesystem::path rewrittenPath()
{
    // tmpfs when there is one: the writer fsyncs, which costs nothing there.
    const std::filesystem::path shm = "/dev/shm";
    std::error_code ec;
    const std::filesystem::path base = std::filesystem::is_directory(shm, ec) ? shm : std::filesystem::temp_directory_path();
    return base / ("adaptlab-fuzz-safetensors-" + std::to_string(::getpid()) + ".safetensors");
}

void checkAccepted(const SafetensorsFile& file, uint64_t size)
{
    const SafetensorsHeader& header = file.header();
    if (header.dataStart < 8 || header.dataStart > size)
        fuzz::fail("dataStart outside the file");
    uint64_t covered = 0;
    std::set<std::string> names;
    for (const TensorInfo& tensor : header.tensors) {
        if (tensor.begin != covered)
            fuzz::fail("an accepted file's tensors leave a hole or overlap at " + tensor.name);
        if (tensor.end - tensor.begin != tensor.elementCount() * dtypeSize(tensor.dtype))
            fuzz::fail("an accepted tensor's length differs from its shape: " + tensor.name);
        if (tensor.name == "__metadata__" || !names.insert(tensor.name).second)
            fuzz::fail("an accepted file has the tensor name twice or named __metadata__: " + tensor.name);
        if (header.find(tensor.name) != &tensor)
            fuzz::fail("find() misses " + tensor.name);
        if (file.data(tensor).size() != tensor.end - tensor.begin)
            fuzz::fail("data() has another length than the offsets for " + tensor.name);
        covered = tensor.end;
    }
    if (header.dataStart + covered != size)
        fuzz::fail("an accepted file has bytes after its last tensor");
}

void checkRewrite(const SafetensorsFile& file)
{
    static const std::filesystem::path path = rewrittenPath();
    std::vector<TensorToWrite> tensors;
    for (const TensorInfo& tensor : file.header().tensors)
        tensors.push_back({tensor.name, tensor.dtype, tensor.shape, file.data(tensor)});
    try {
        writeSafetensors(path, tensors, file.header().metadata);
    } catch (const SafetensorsError& error) {
        fuzz::fail(std::string("an accepted file cannot be written again: ") + error.what());
    }
    std::unique_ptr<SafetensorsFile> again;
    try {
        again = SafetensorsFile::open(path);
    } catch (const SafetensorsError& error) {
        fuzz::fail(std::string("a rewritten file does not read: ") + error.what());
    }
    if (again->header().metadata != file.header().metadata || again->header().tensors.size() != tensors.size())
        fuzz::fail("a rewritten file has other metadata or tensors");
    for (const TensorInfo& tensor : file.header().tensors) {
        const TensorInfo* other = again->header().find(tensor.name);
        if (!other || other->dtype != tensor.dtype || other->shape != tensor.shape)
            fuzz::fail("a rewritten file changes tensor " + tensor.name);
        const auto a = file.data(tensor);
        const auto b = again->data(*other);
        if (a.size() != b.size() || (a.size() > 0 && std::memcmp(a.data(), b.data(), a.size()) != 0))
            fuzz::fail("a rewritten file changes the bytes of " + tensor.name);
    }
    std::error_code ec;
    std::filesystem::remove(path, ec);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static fuzz::FuzzInputFile input("input.safetensors");
    input.write(data, size);
    std::unique_ptr<SafetensorsFile> file;
    try {
        file = SafetensorsFile::open(input.path());
    } catch (const SafetensorsError& error) {
        if (std::string(error.what()).find(input.path().string()) == std::string::npos)
            fuzz::fail(std::string("an error without the file's name: ") + error.what());
        return 0;
    }
    checkAccepted(*file, size);
    checkRewrite(*file);
    return 0;
}
