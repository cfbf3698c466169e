#include "jobs/spec_file.h"

#include "common/atomic_file.h"

namespace adaptlab::jobs {

void writeSpecFile(const std::filesystem::path& path, const JobSpec& spec)
{
    AtomicFile file(path);
    file.write(spec.toJsonText());
    file.write("\n");
    file.commit();
}

} // namespace adaptlab::jobs
