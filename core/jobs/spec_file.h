// Writes the spec a run ran to runs/<id>/spec.json, so a run can be repeated or inspected later.
#pragma once

#include "jobs/job_spec.h"

#include <filesystem>

namespace adaptlab::jobs {

// Atomically (common/atomic_file.h): checked write, fsync, checked close, rename. Throws Error
// naming the file when any step fails; an existing spec.json is then left as it was.
void writeSpecFile(const std::filesystem::path& path, const JobSpec& spec);

} // namespace adaptlab::jobs
