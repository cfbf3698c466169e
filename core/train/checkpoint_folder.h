// Where a run keeps its checkpoints and which folders count as one: runDir/checkpoints/step-N,
// complete once trainer_state.json is there (the trainer writes it last, inside a staging folder
// renamed into place). Torch-free, so the train job kind, the CLI and the Train panel list
// checkpoints by the same rule the trainer writes and resumes by.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace adaptlab::train {

inline constexpr const char* kTrainerStateFile = "trainer_state.json";

std::filesystem::path checkpointsFolder(const std::filesystem::path& runDir);                // runDir/checkpoints
std::filesystem::path checkpointFolder(const std::filesystem::path& runDir, int64_t step); // .../step-N
// "step-N" -> N; -1 for any other name.
int64_t checkpointStep(std::string_view folderName);
// Whether `folder` is a checkpoint (has trainer_state.json), not merely a model folder.
bool isCheckpoint(const std::filesystem::path& folder);
// Complete checkpoints of a run, by step, oldest first.
std::vector<std::filesystem::path> listCheckpoints(const std::filesystem::path& runDir);
std::optional<std::filesystem::path> latestCheckpoint(const std::filesystem::path& runDir);

} // namespace adaptlab::train
