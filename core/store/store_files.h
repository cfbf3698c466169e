// The names of a project store's files, apart from the store itself (no SQLite here), so that code
// that reads arbitrary files — the corpus readers — can leave them alone without linking the store.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace adaptlab::store {

inline constexpr const char* kStoreFileName = "project.adaptlab";

// True when PATH names a project store file or one of SQLite's files beside it (-wal, -shm,
// -journal), by name. Code that reads arbitrary files in a process that may hold a store open must
// leave these alone: closing any descriptor of the store drops the process's SQLite locks on it.
inline bool isStoreFile(const std::filesystem::path& path)
{
    const std::string name = path.filename().string();
    const std::string_view store = kStoreFileName;
    if (name == store)
        return true;
    for (const std::string_view suffix : {"-wal", "-shm", "-journal"}) {
        if (name.size() == store.size() + suffix.size() && name.starts_with(store) && name.ends_with(suffix))
            return true;
    }
    return false;
}

} // namespace adaptlab::store
