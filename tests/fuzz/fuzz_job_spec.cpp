// fuzz_job_spec: the job-spec parser (jobs::parseSpec, validateSpecText) on any text. Beyond "no
// crash": the parser throws only adaptlab::Error (SpecError) for a bad spec, never a library
// exception; it accepts exactly the specs validateSpecText finds no problem in; and a spec it
// accepts survives toJsonText() and parses again to the same spec (what `run` writes to
// runs/<id>/spec.json is read back by the child).
#include "fuzz_input_file.h"
#include "jobs/job_spec.h"

#include <string>

using namespace adaptlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::vector<jobs::SpecProblem> problems = jobs::validateSpecText(text);
    for (const jobs::SpecProblem& problem : problems)
        if (problem.message.empty())
            fuzz::fail("a spec problem without a message");
    jobs::JobSpec spec;
    try {
        spec = jobs::parseSpec(text);
    } catch (const jobs::SpecError& error) {
        if (problems.empty())
            fuzz::fail(std::string("parseSpec refuses a spec validateSpecText accepts: ") + error.what());
        if (error.field() != problems.front().field)
            fuzz::fail("parseSpec names another field than validateSpecText");
        return 0;
    }
    if (!problems.empty())
        fuzz::fail("parseSpec accepts a spec with problems: " + problems.front().field + " " + problems.front().message);
    jobs::JobSpec again;
    try {
        again = jobs::parseSpec(spec.toJsonText());
    } catch (const Error& error) {
        fuzz::fail(std::string("a parsed spec does not parse again: ") + error.what());
    }
    if (again.toJson() != spec.toJson())
        fuzz::fail("a parsed spec changes when written and read again");
    return 0;
}
