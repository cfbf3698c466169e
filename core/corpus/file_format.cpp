#include "corpus/file_format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

namespace adaptlab::corpus {

namespace fs = std::filesystem;

namespace {

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

enum class Compression { None, Zst, Gz };

FileFormat withCompression(bool json, Compression compression)
{
    switch (compression) {
    case Compression::Zst: return json ? FileFormat::JsonlZst : FileFormat::TextZst;
    case Compression::Gz: return json ? FileFormat::JsonlGz : FileFormat::TextGz;
    case Compression::None: break;
    }
    return json ? FileFormat::Jsonl : FileFormat::Text;
}

// The name's word on the content: the inner extension once .zst/.gz is taken off.
struct NameHint {
    Compression compression = Compression::None;
    std::string inner; // ".jsonl", ".json", ".txt", ... ("" when none)
};

NameHint nameHint(const fs::path& path)
{
    std::string name = lowered(path.filename().string());
    NameHint hint;
    if (name.ends_with(".zst")) {
        hint.compression = Compression::Zst;
        name.resize(name.size() - 4);
    } else if (name.ends_with(".gz")) {
        hint.compression = Compression::Gz;
        name.resize(name.size() - 3);
    }
    // From the last dot: ".jsonl" alone is a JSON Lines name too (std::filesystem calls it a stem).
    const size_t dot = name.rfind('.');
    hint.inner = dot == std::string::npos ? std::string() : name.substr(dot);
    return hint;
}

bool jsonName(const std::string& inner) { return inner == ".jsonl" || inner == ".ndjson" || inner == ".json"; }

std::optional<FileFormatInfo> unsupportedName(const fs::path& path, const NameHint& hint)
{
    static const std::array<const char*, 6> kColumnar = {".parquet", ".arrow", ".feather", ".orc", ".avro", ".csv"};
    for (const char* ext : kColumnar)
        if (hint.inner == ext)
            return FileFormatInfo{FileFormat::Unsupported,
                                  "the file " + path.string() + " is " + std::string(ext + 1) +
                                      ", which AdaptLab does not read; convert it to JSON Lines (one {\"text\": ...} per line)"};
    return std::nullopt;
}

} // namespace

FileFormatInfo fileFormatByName(const fs::path& path)
{
    const NameHint hint = nameHint(path);
    if (auto unsupported = unsupportedName(path, hint))
        return *unsupported;
    return {withCompression(jsonName(hint.inner), hint.compression), {}};
}

FileFormatInfo fileFormatOf(const fs::path& path)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return {FileFormat::Unsupported, "the file " + path.string() + " does not exist"};
    if (fs::is_directory(status))
        return {FileFormat::Folder, {}};
    const NameHint hint = nameHint(path);
    if (auto unsupported = unsupportedName(path, hint))
        return *unsupported;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {FileFormat::Unsupported, "cannot read the file " + path.string() + ": " + std::strerror(errno)};
    std::array<unsigned char, 4096> head{};
    in.read(reinterpret_cast<char*>(head.data()), head.size());
    const auto got = static_cast<size_t>(in.gcount());
    if (got == 0)
        return {FileFormat::Empty, {}};
    // The bytes decide when they can: a compressed stream by its magic, whatever the name says.
    if (got >= 4 && head[0] == 0x28 && head[1] == 0xB5 && head[2] == 0x2F && head[3] == 0xFD)
        return {withCompression(jsonName(hint.inner) || hint.inner.empty(), Compression::Zst), {}};
    if (got >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        return {withCompression(jsonName(hint.inner) || hint.inner.empty(), Compression::Gz), {}};
    size_t i = 0;
    if (got >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        i = 3; // a UTF-8 byte order mark
    while (i < got && std::isspace(head[i]))
        ++i;
    if (i < got && (head[i] == '{' || head[i] == '['))
        return {FileFormat::Jsonl, {}};
    // Plain text by its bytes; a JSON name on a file that does not start like JSON is still read
    // as JSON Lines (its bad lines are then counted and shown), not silently as text.
    if (i < got && hint.compression == Compression::None && jsonName(hint.inner))
        return {FileFormat::Jsonl, {}};
    if (i == got && got < head.size())
        return {FileFormat::Empty, {}}; // white space only: no document to read
    if (i == got)
        return {jsonName(hint.inner) ? FileFormat::Jsonl : FileFormat::Text, {}}; // 4 KiB of blanks: the name decides
    return {FileFormat::Text, {}};
}

std::string formatLabel(FileFormat format)
{
    switch (format) {
    case FileFormat::Folder: return "folder";
    case FileFormat::Jsonl: return "jsonl";
    case FileFormat::JsonlZst: return "jsonl.zst";
    case FileFormat::JsonlGz: return "jsonl.gz";
    case FileFormat::Text: return "txt";
    case FileFormat::TextZst: return "txt.zst";
    case FileFormat::TextGz: return "txt.gz";
    case FileFormat::Empty: return "empty";
    case FileFormat::Unsupported: return "unsupported";
    }
    return "unsupported";
}

} // namespace adaptlab::corpus
