// Job "tokenizer_import": brings an existing tokenizer into the project: a model folder (e.g. a
// Hugging Face download of Llama-2, TinyLlama, Mistral, SmolLM), a SentencePiece .model, or a
// tokenizer.json. Its files (tokenizer.model or spiece.model, tokenizer.json, tokenizer_config.json,
// special_tokens_map.json, those present) are copied into <project>/tokenizers/<name>/ (or
// params.out_dir/<name>/) and recorded as an artifact of kind "tokenizer".
// The copy is made in a hidden temporary folder beside the target, each file fsynced, opened as a
// tokenizer to check it, and only then renamed to <name>: an interrupted import never leaves a
// folder that looks complete, and a tokenizer that does not open is never imported.
// Result: {"name", "path", "description", "vocab_size", "fingerprint"}.
#include "common/atomic_file.h"
#include "common/temp_file.h"
#include "common/translate_noop.h"
#include "jobs/job_context.h"
#include "jobs/job_registry.h"
#include "store/project_store.h"
#include "tokenize/tokenizer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <fstream>

namespace adaptlab::jobs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// What a tokenizer folder may hold that decides or describes its ids; the first two are the model.
constexpr std::array kTokenizerFiles = {"tokenizer.model", "spiece.model", "tokenizer.json", "tokenizer_config.json",
                                        "special_tokens_map.json"};

// The files to copy from SOURCE, each with its name in the imported folder. Throws SpecError
// naming params.source when there is no tokenizer there.
std::vector<std::pair<fs::path, std::string>> filesToImport(const fs::path& source)
{
    std::vector<std::pair<fs::path, std::string>> files;
    std::error_code ec;
    if (!fs::exists(source, ec))
        throw SpecError("params.source", "no such file or folder: " + source.string());
    fs::path folder = source;
    if (!fs::is_directory(source, ec)) {
        folder = source.parent_path();
        if (source.extension() == ".json") {
            files.emplace_back(source, "tokenizer.json");
        } else {
            files.emplace_back(source, "tokenizer.model"); // any .model: the name Tokenizer::open looks for
            return files;                                     // a lone .model: its folder may hold anything
        }
    }
    for (const char* name : kTokenizerFiles) {
        const fs::path file = folder / name;
        const bool already = std::any_of(files.begin(), files.end(), [&](const auto& f) { return f.second == name; });
        if (!already && fs::is_regular_file(file, ec))
            files.emplace_back(file, name);
    }
    const bool hasModel = std::any_of(files.begin(), files.end(), [](const auto& f) {
        return f.second == "tokenizer.model" || f.second == "spiece.model" || f.second == "tokenizer.json";
    });
    if (!hasModel)
        throw SpecError("params.source", "the folder " + source.string() + " holds neither tokenizer.model nor tokenizer.json");
    return files;
}

void copyDurably(const fs::path& from, const fs::path& to)
{
    std::ifstream in(from, std::ios::binary);
    if (!in)
        throw Error("cannot read " + from.string());
    AtomicFile out(to);
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        out.write(buffer.data(), static_cast<size_t>(in.gcount()));
    }
    if (in.bad())
        throw Error("cannot read " + from.string());
    out.commit();
}

// Makes the renamed folder's entry durable (as AtomicFile does for a file); a file system that
// cannot fsync a folder still renamed atomically.
void syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// A temporary folder that is removed with its contents unless released (renamed into place).
struct FolderGuard {
    fs::path path;
    ~FolderGuard()
    {
        std::error_code ec;
        if (!path.empty())
            fs::remove_all(path, ec);
    }
};

// Temporary import folders left by killed imports (removeStaleTemporaries removes files only).
void removeStaleImportFolders(const fs::path& folder)
{
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code removeError;
        if (it->is_directory(removeError) && isStaleTemporary(it->path().filename().string()))
            fs::remove_all(it->path(), removeError);
    }
}

fs::path importRoot(const store::ProjectStore* store, const json& params, const JobContext* context)
{
    if (params.contains("out_dir"))
        return context ? context->writtenPath("out_dir")
                       : resolveSpecPath(store, "params.out_dir", params["out_dir"].get<std::string>());
    if (store)
        return store->root() / "tokenizers";
    throw SpecError("params.out_dir", "give the folder to import into (params.out_dir) or run in a project");
}

std::optional<SpecProblem> targetProblem(const fs::path& target)
{
    std::error_code ec;
    if (fs::exists(target, ec))
        return SpecProblem{"params.name", "the tokenizer " + target.string() + " already exists; choose another name"};
    return std::nullopt;
}

json runTokenizerImport(JobContext& context)
{
    const json& params = context.params();
    const std::string name = params["name"].get<std::string>();
    const fs::path source = context.resolvePath(params["source"].get<std::string>());
    const fs::path root = importRoot(context.store(), params, &context);
    const fs::path target = root / name;
    if (const auto problem = targetProblem(target))
        throw SpecError(problem->field, problem->message);
    const auto files = filesToImport(source);

    fs::create_directories(root);
    removeStaleImportFolders(root);
    FolderGuard staging{temporarySibling(target)};
    fs::create_directory(staging.path);
    for (size_t i = 0; i < files.size(); ++i) {
        context.log("copying " + files[i].first.string());
        copyDurably(files[i].first, staging.path / files[i].second);
        context.progress(static_cast<int64_t>(i + 1), static_cast<int64_t>(files.size()), "copy");
        context.throwIfStopped();
    }
    std::string description, fingerprint;
    int32_t vocabSize = 0;
    try {
        const auto tokenizer = tokenize::Tokenizer::open(staging.path);
        description = tokenizer->description();
        fingerprint = tokenizer->fingerprint();
        vocabSize = tokenizer->vocabSize();
    } catch (const tokenize::TokenizerError& error) {
        throw Error("the tokenizer in " + source.string() + " does not open: " + error.what());
    }
    // A second import of the same name may have finished meanwhile: rename refuses a non-empty
    // target, so it is never replaced.
    if (const auto problem = targetProblem(target))
        throw SpecError(problem->field, problem->message);
    std::error_code ec;
    fs::rename(staging.path, target, ec);
    if (ec)
        throw Error("cannot move the imported tokenizer into " + target.string() + ": " + ec.message());
    staging.path.clear();
    syncFolder(root); // the new name must survive a power loss
    std::string shownPath = target.string();
    if (context.store()) {
        shownPath = context.store()->relativePath(target);
        store::ArtifactRecord artifact;
        artifact.runId = context.runId();
        artifact.kind = "tokenizer";
        artifact.path = shownPath;
        artifact.metadataJson = json{{"description", description}, {"vocab_size", vocabSize}, {"fingerprint", fingerprint},
                                     {"name", name}, {"imported_from", source.string()}}.dump();
        context.store()->addArtifact(artifact);
    }
    context.log("imported " + description + " (" + std::to_string(vocabSize) + " tokens) as " + shownPath);
    return {{"name", name}, {"path", shownPath}, {"description", description}, {"vocab_size", vocabSize},
            {"fingerprint", fingerprint}};
}

void preflightTokenizerImport(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)
{
    const json& params = spec.params;
    std::error_code ec;
    const fs::path source = resolveSpecPath(store, "params.source", params["source"].get<std::string>());
    if (!fs::exists(source, ec))
        problems.push_back({"params.source", "no such file or folder: " + source.string()});
    try {
        if (const auto problem = targetProblem(importRoot(store, params, nullptr) / params["name"].get<std::string>()))
            problems.push_back(*problem);
    } catch (const SpecError& error) {
        problems.push_back({error.field(), error.message()});
    }
}

void validateTokenizerImport(const json& params, std::vector<SpecProblem>& problems)
{
    if (params.contains("name")) {
        const std::string name = params["name"].get<std::string>();
        if (name.find_first_of("/\\") != std::string::npos || name == "." || name == ".." || name.front() == '.')
            problems.push_back({"params.name", "must be a plain folder name (no /, \\, not starting with a dot)"});
    }
}

} // namespace

JobKind tokenizerImportKind()
{
    std::vector<ParamSpec> params = {
        {.key = "source", .type = ParamType::PathRead,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "A model folder, a SentencePiece .model file or a tokenizer.json to import."),
         .required = true},
        {.key = "name", .type = ParamType::String,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The imported tokenizer's folder name in the project's tokenizers folder."),
         .required = true},
        {.key = "out_dir", .type = ParamType::PathWritten,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The folder the tokenizer folder is made in (default: the project's tokenizers folder)."),
         .advanced = true}};
    return {.name = "tokenizer_import",
            .description = "Import a tokenizer (model folder, .model or tokenizer.json) into the project",
            .params = std::move(params),
            .validate = validateTokenizerImport,
            .preflight = preflightTokenizerImport,
            .run = runTokenizerImport};
}

} // namespace adaptlab::jobs
