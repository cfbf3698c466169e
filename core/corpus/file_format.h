// What a corpus file holds, decided once for the CLI, the import dialog and the panels: by its
// magic bytes first (zstd 28 B5 2F FD, gzip 1F 8B, '{' or '[' as the first non-space byte: JSON
// Lines or JSON), then by its name (.jsonl, .ndjson, .json, .txt, optionally .zst/.gz). A name
// that promises a format the readers do not have (.parquet, .arrow, ...) is unsupported, with a
// message saying so; so is a file that cannot be opened (the message names it).
#pragma once

#include <filesystem>
#include <string>

namespace adaptlab::corpus {

enum class FileFormat {
    Folder,
    Jsonl,
    JsonlZst,
    JsonlGz,
    Text,
    TextZst,
    TextGz,
    Empty,       // a file of no bytes: nothing to read, whatever its name
    Unsupported, // see FileFormatInfo::problem
};

struct FileFormatInfo {
    FileFormat format = FileFormat::Unsupported;
    std::string problem; // for Unsupported: why, naming the file
};

FileFormatInfo fileFormatOf(const std::filesystem::path& path);
// By the name alone, for a path not there (yet) to read: .jsonl/.ndjson/.json -> JSON Lines,
// anything else text, each optionally .zst/.gz; Unsupported for .parquet and the like.
FileFormatInfo fileFormatByName(const std::filesystem::path& path);
// The label the store keeps and the panels show: "folder", "jsonl", "jsonl.zst", "jsonl.gz",
// "txt", "txt.zst", "txt.gz", "empty", "unsupported".
std::string formatLabel(FileFormat format);

} // namespace adaptlab::corpus
