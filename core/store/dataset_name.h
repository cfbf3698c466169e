// The one rule for dataset names (and the names of derived outputs), used by the store, the job
// specs, the CLI and the import dialog. A dataset name becomes a file name in datasets/
// (<name>.jsonl.zst, <name>.signals), so it must never leave that folder or hide in it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace adaptlab::store {

inline constexpr std::size_t kMaxDatasetNameBytes = 100;

// Why NAME cannot name a dataset, in a sentence for a person; nullopt when it can. A name is 1 to
// 100 bytes of valid UTF-8, holds no control character (NUL, newline, tab, ...), no '/' or '\',
// does not start with '.' or '-' (hidden files, command-line flags), and has no space at either end.
// Letters of any script are fine.
std::optional<std::string> datasetNameProblem(std::string_view name);

} // namespace adaptlab::store
