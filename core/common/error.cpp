#include "common/error.h"

namespace adaptlab {

void throwCheckedError(std::string_view operation, std::string_view subject, std::string_view detail)
{
    std::string message(operation);
    message += " failed for ";
    message += subject;
    if (!detail.empty()) {
        message += ": ";
        message += detail;
    }
    throw Error(message);
}

} // namespace adaptlab
