// One exception type for the engine, and the "checked C call" helper that turns a failed
// zstd / SQLite / dlopen call into an error naming the subject, the operation and the library's words.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace adaptlab {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws Error("<operation> failed for <subject>: <detail>").
[[noreturn]] void throwCheckedError(std::string_view operation, std::string_view subject,
                                    std::string_view detail);

} // namespace adaptlab
