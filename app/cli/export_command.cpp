// `adaptlab-cli export` (export_command.h): which model (--model, or --run's newest checkpoint),
// which tokenizer, which form; the Hugging Face folder is written by LibTorch's half
// (adaptlab_torch_export_model), the GGUF file here, torch-free (model/gguf.h).
#include "export_command.h"

#include "common/error.h"
#include "jobs/job_context.h"
#include "jobs/param_schema.h"
#include "model/gguf.h"
#include "model/safetensors.h"
#include "runtime/runtime.h"
#include "store/project_store.h"
#include "tokenize/tokenizer.h"
#include "train/checkpoint_folder.h"
#include "train/train_config.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace adaptlab::cli {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kExportUsage = R"(usage: adaptlab-cli export --model DIR --format hf|gguf [--dtype f32|f16] --out PATH [--json]
       adaptlab-cli export --run DIR_OR_ID --out PATH [--format hf|gguf] [--dtype ...] [--project P] [--json]

  --model DIR       a Hugging Face Llama folder (a base, a run's final/ or checkpoint, a merge)
  --run DIR_OR_ID   a run folder (its newest checkpoint), a checkpoint folder, or a run id of the
                    project in the current folder (or --project P); the run's tokenizer goes along
  --format hf|gguf  hf: a Hugging Face folder (config.json, model.safetensors, tokenizer);
                    gguf: one .gguf file that llama.cpp and Ollama run (default with --run: hf)
  --dtype           the weights' number format: hf f32|bf16, gguf f32|f16 (default f32)
  --out PATH        hf: the folder to write; gguf: the file to write
  --json            one JSON object: out, format, dtype, tensors, bytes, tokenizer_model
)";

class CliRefusal : public Error {
public:
    using Error::Error;
};

int refused(const std::string& message)
{
    std::cerr << "adaptlab-cli: " << message << "\n";
    return jobs::kExitSpecRefused;
}

// Where a checkpoint's tokenizer comes from: the checkpoint's own files, else the run's spec (its
// tokenizer, else its base folder's); empty when none is found.
fs::path tokenizerSource(const fs::path& checkpoint, const fs::path& runDir)
{
    if (tokenize::tokenizerFileInFolder(checkpoint))
        return checkpoint;
    std::error_code ec;
    if (runDir.empty() || !fs::is_regular_file(runDir / "spec.json", ec))
        return {};
    try {
        const jobs::JobSpec spec = jobs::parseSpecFile((runDir / "spec.json").string());
        const fs::path project = spec.project;
        const auto resolve = [&](const std::string& path) {
            const fs::path p(path);
            return p.is_absolute() || project.empty() ? p : project / p;
        };
        if (spec.params.contains("tokenizer"))
            return resolve(spec.params["tokenizer"].get<std::string>());
        const std::string base = spec.params.value("base", std::string());
        if (!base.empty() && !base.starts_with("preset:") && tokenize::tokenizerFileInFolder(resolve(base)))
            return resolve(base);
    } catch (const std::exception&) {
        // A spec that no longer parses: the export goes on without a tokenizer, and says so.
    }
    return {};
}

// "llama" (SentencePiece) or "gpt2" (tokenizer.json), as GGUF names the two; "" for none.
std::string tokenizerModelOf(const fs::path& source)
{
    std::error_code ec;
    std::optional<fs::path> file;
    if (fs::is_directory(source, ec))
        file = tokenize::tokenizerFileInFolder(source);
    else if (!source.empty() && fs::is_regular_file(source, ec))
        file = source;
    if (!file)
        return {};
    return file->extension() == ".json" ? "gpt2" : "llama";
}

struct Written {
    int64_t tensors = 0;
    uint64_t bytes = 0;
};

// A written Hugging Face folder: its tensors (every weight file's) and the bytes of its files.
Written measureFolder(const fs::path& folder)
{
    Written written;
    written.tensors = int64_t(model::checkpointWeightFiles(folder).size());
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            written.bytes += entry.file_size();
    return written;
}

bool isGgufFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    return in.read(magic, 4) && std::string_view(magic, 4) == "GGUF";
}

} // namespace

int exportCommand(std::vector<std::string> args)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kExportUsage;
        return args.empty() ? 2 : 0;
    }
    std::string run, modelDir, project, format, dtype;
    fs::path out;
    bool asJson = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw CliRefusal("export: " + a + " needs a value");
            return args[++i];
        };
        try {
            if (a == "--run")
                run = value();
            else if (a == "--model")
                modelDir = value();
            else if (a == "--format")
                format = value();
            else if (a == "--out")
                out = value();
            else if (a == "--dtype")
                dtype = value();
            else if (a == "--project")
                project = value();
            else if (a == "--json")
                asJson = true;
            else
                return refused("export: unknown argument " + a + " (adaptlab-cli export --help lists the options)");
        } catch (const CliRefusal& refusal) {
            return refused(refusal.what());
        }
    }
    if (run.empty() && modelDir.empty())
        return refused("export: --run DIR_OR_ID is required (or --model DIR)");
    if (!run.empty() && !modelDir.empty())
        return refused("export: --run and --model name the model twice: give one");
    if (out.empty())
        return refused(std::string("export: --out ") + (modelDir.empty() ? "DIR" : "PATH") + " is required");
    if (format.empty()) {
        // A folder given directly says what it becomes; a run keeps its old default.
        if (!modelDir.empty())
            return refused("export: --model needs --format hf|gguf");
        format = "hf";
    }
    if (format != "hf" && format != "gguf")
        return refused("export: --format must be hf or gguf, not \"" + format + "\"");
    if (dtype.empty())
        dtype = "f32";
    if (format == "hf" && dtype != "f32" && dtype != "bf16")
        return refused("export: --dtype must be f32 or bf16 for --format hf, not \"" + dtype + "\"");
    if (format == "gguf" && dtype != "f32" && dtype != "f16")
        return refused("export: --dtype must be f32 or f16 for --format gguf, not \"" + dtype +
                       "\" (llama.cpp's F32 and F16 tensors; quantize the file with llama.cpp's tools)");

    // The model: a folder given (--model, or --run's checkpoint itself or its run folder's newest),
    // or a run id.
    std::error_code ec;
    fs::path runDir, checkpoint;
    if (!modelDir.empty()) {
        if (!fs::is_regular_file(fs::path(modelDir) / "config.json", ec))
            return refused("export: --model: " + modelDir + " is no model folder (no config.json)");
        checkpoint = fs::absolute(modelDir);
    } else {
        const bool isId = run.find_first_not_of("0123456789") == std::string::npos && !fs::exists(run, ec);
        if (isId) {
            const fs::path projectDir = project.empty() ? fs::current_path() : fs::path(project);
            if (!fs::is_regular_file(projectDir / store::kStoreFileName, ec))
                return refused("export: --run " + run + " is a run id, but " + projectDir.string() +
                               " is no project (run it in the project folder, or give --project)");
            const auto store = store::ProjectStore::open(projectDir);
            if (!store.run(std::stoll(run)))
                return refused("export: --run: no run " + run + " in the project " + store.root().string());
            runDir = store.runDir(std::stoll(run));
        } else if (fs::is_regular_file(fs::path(run) / "config.json", ec)) {
            checkpoint = fs::absolute(run);
            // checkpoints/step-N inside a run folder: the run's spec names the tokenizer.
            if (checkpoint.parent_path().filename() == "checkpoints")
                runDir = checkpoint.parent_path().parent_path();
        } else if (fs::is_directory(run, ec)) {
            runDir = fs::absolute(run);
        } else {
            return refused("export: --run: no run folder, checkpoint or run id \"" + run + "\"");
        }
        if (checkpoint.empty()) {
            const auto newest = train::latestCheckpoint(runDir);
            if (!newest)
                return refused("export: --run: " + runDir.string() + " has no checkpoint (checkpoints/step-N)");
            checkpoint = *newest;
        }
    }

    // A user's file or folder is never replaced: --out is new, or what an export wrote before.
    out = fs::absolute(out);
    if (format == "hf") {
        if (fs::exists(out, ec) &&
            !(fs::is_directory(out, ec) && (fs::is_empty(out, ec) || fs::exists(out / "config.json", ec))))
            return refused("export: --out " + out.string() + " exists and is not a model folder: choose another");
        if (fs::equivalent(out, checkpoint, ec))
            return refused("export: --out " + out.string() + " is the model folder itself: choose another");
    } else if (fs::exists(out, ec) && !(fs::is_regular_file(out, ec) && isGgufFile(out))) {
        return refused("export: --out " + out.string() + " exists and is not a GGUF file: choose another");
    }

    const fs::path tokenizer = modelDir.empty() ? tokenizerSource(checkpoint, runDir) : checkpoint;
    json result = {{"out", out.string()}, {"format", format}, {"dtype", dtype}};
    if (format == "hf") {
        if (!tokenize::tokenizerFileInFolder(tokenizer) && !fs::is_regular_file(tokenizer, ec))
            std::cerr << "adaptlab-cli: export: warning: no tokenizer found for " << checkpoint.string()
                      << ": the folder gets none\n";
        const auto exportModel = runtime::torchFunction<train::ExportModelFn>("adaptlab_torch_export_model");
        exportModel(checkpoint, out, dtype, tokenizer);
        const Written written = measureFolder(out);
        result["tensors"] = written.tensors;
        result["bytes"] = written.bytes;
        result["tokenizer_model"] = tokenizerModelOf(out);
    } else {
        if (tokenizer.empty())
            throw Error("export: no tokenizer found for " + checkpoint.string() +
                        " (not in the checkpoint, nor named by the run's spec): a GGUF file carries its vocabulary");
        const model::GgufReport report =
            model::writeGguf(checkpoint, tokenizer, out, dtype == "f16" ? model::GgufDType::F16 : model::GgufDType::F32);
        for (const std::string& warning : report.warnings)
            std::cerr << "adaptlab-cli: export: warning: " << warning << "\n";
        result["tensors"] = report.tensors;
        result["bytes"] = report.bytes;
        result["tokenizer_model"] = report.tokenizerModel;
    }
    if (!run.empty()) {
        result["checkpoint"] = checkpoint.string();
        result["tokenizer"] = tokenizer.string();
    }
    if (asJson)
        std::cout << result.dump() << "\n";
    else
        std::cout << "exported " << checkpoint.string() << " to " << out.string() << " (" << format << ", " << dtype
                  << ", " << result["tensors"].get<int64_t>() << " tensors, " << result["bytes"].get<uint64_t>()
                  << " bytes)\n";
    return 0;
}

} // namespace adaptlab::cli
