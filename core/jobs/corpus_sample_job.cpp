// corpus_sample: a seeded uniform sample of n documents (reservoir sampling, Algorithm R).
#include "corpus/corpus_scan.h"
#include "corpus/dedup.h"
#include "corpus/dsir.h"
#include "corpus/duplicate_clusters.h"
#include "corpus/jsonl_zst_writer.h"
#include "corpus/reader_options_json.h"
#include "corpus/signals_file.h"
#include "jobs/dataset_lock.h"
#include "jobs/job_context.h"
#include "jobs/job_inputs.h"
#include "jobs/job_registry.h"
#include "jobs/temporary_folder.h"
#include "store/dataset_name.h"
#include "store/project_store.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <optional>
#include <random>
#include <sstream>
#include "jobs/corpus_job_common.h"

namespace adaptlab::jobs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

using namespace corpus_job;

json runSample(JobContext& context)
{
    const json& params = context.params();
    CorpusSource source = resolveSource(context, "dataset", "inputs");
    const CorpusOutput output = resolveOutput(context);
    const int64_t n = param<int64_t>(context, "n");
    const uint64_t seed = param<uint64_t>(context, "seed");
    // Reservoir sample of document indices (Algorithm R), then one more pass to write them.
    std::vector<int64_t> reservoir;
    std::mt19937_64 rng(seed);
    int64_t seen = 0;
    {
        corpus::CorpusReader reader(source.inputs, source.options);
        corpus::Document doc;
        while (reader.next(doc)) {
            ++seen;
            if (static_cast<int64_t>(reservoir.size()) < n) {
                reservoir.push_back(doc.index);
            } else {
                const int64_t slot = std::uniform_int_distribution<int64_t>(0, seen - 1)(rng);
                if (slot < n)
                    reservoir[static_cast<size_t>(slot)] = doc.index;
            }
            if ((doc.index & 1023) == 0) {
                context.progress(reader.bytesRead(), reader.totalBytes(), "sample");
                context.throwIfStopped();
            }
        }
    }
    std::sort(reservoir.begin(), reservoir.end());
    corpus::JsonlZstWriter writer(output.path);
    writeKept(context, source, writer,
              [&](int64_t i) { return std::binary_search(reservoir.begin(), reservoir.end(), i); }, "write");
    writer.finish();
    json result = {{"documents", seen}, {"sampled", writer.documents()}, {"seed", seed}, {"output", output.path.string()}};
    const int64_t id = registerOutput(context, output, source, writer, {{"operation", "sample"}, {"n", n}, {"seed", seed}});
    if (id)
        result["dataset_id"] = id;
    return result;
}

void validateSample(const json& params, std::vector<SpecProblem>& problems)
{
    validateSource(params, "dataset", "inputs", problems);
    validateOutput(params, problems);
}

} // namespace

JobKind corpusSampleKind()
{
    return {.name = "corpus_sample",
            .description = "Write a seeded uniform sample of n documents",
            .params = corpusParams(joined(
                {outputParams(),
                 {{.key = "n", .type = ParamType::Integer, .min = 1, .unit = QT_TRANSLATE_NOOP("JobParams", "documents"),
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "How many documents to sample (all of them when the corpus has fewer)."),
                   .required = true},
                  {.key = "seed", .type = ParamType::Integer, .defaultValue = 0, .min = 0,
                   .explanation = QT_TRANSLATE_NOOP("JobParams", "Seed of the sample: the same seed draws the same documents.")}}})),
            .validate = validateSample,
            .preflight = preflightCorpus,
            .run = runSample};
}

} // namespace adaptlab::jobs
