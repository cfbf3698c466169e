// Where the code of this process lives on disk, so that parts loaded at run time (the SentencePiece
// shim, the LibTorch module) are found beside the library or program that needs them, wherever the
// build or installation put it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace adaptlab {

// The file (executable or shared library) that contains `address` (pass a function of the caller's
// own object); /proc/self/exe for the main program.
std::filesystem::path objectFileContaining(const void* address);

// Where a companion library `fileName` is looked for: `$environmentVariable` alone when set (an
// explicit choice is not second-guessed), else beside `owner`, in ../lib and in ../lib/adaptlab.
std::vector<std::filesystem::path> companionCandidates(const std::filesystem::path& owner, const std::string& fileName,
                                                       const char* environmentVariable);

// The first candidate that is a regular file, or empty.
std::filesystem::path firstExisting(const std::vector<std::filesystem::path>& candidates);

// "a, b, c" for an error message that says where a file was looked for.
std::string joinPaths(const std::vector<std::filesystem::path>& paths);

} // namespace adaptlab
