// Job "train_tokenizer": trains a SentencePiece model (unigram or BPE) on a seeded sample of
// documents from corpus inputs, then measures it on held-out documents of each input:
// fertility (tokens per word, METHODS §4) and coverage (share of text bytes encoded without byte
// fallback or <unk>). A domain corpus with much higher fertility than the general one signals a
// vocabulary gap. Inputs named in measure_datasets / measure_files are measured but not trained
// on (e.g. a general-English tokenizer measured on a domain corpus). In a project the model lands in
// tokenizers/ and is recorded as an artifact. user_symbols are pieces kept whole (domain terms,
// markup): SentencePiece puts each in the vocabulary as one piece.
#include "common/temp_file.h"
#include "corpus/text_source.h"
#include "common/translate_noop.h"
#include "jobs/document_reservoir.h"
#include "jobs/job_context.h"
#include "jobs/job_inputs.h"
#include "jobs/job_registry.h"
#include "store/project_store.h"
#include "tokenize/fertility.h"
#include "tokenize/sentencepiece_tokenizer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>

namespace adaptlab::jobs {

using nlohmann::json;

namespace {

// Cuts at a UTF-8 character boundary so SentencePiece never sees half a character.
std::string_view truncateUtf8(std::string_view text, size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

// One training line per document: SentencePiece reads lines, so newlines become spaces.
std::string asTrainingLine(std::string_view text, size_t maxBytes)
{
    std::string line(truncateUtf8(text, maxBytes));
    std::replace_if(line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return line;
}

// Flushes a file (or a folder's entries) to disk; where the file system cannot, the rename that
// follows is still atomic.
void syncFile(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// A tokenizer named in the spec never replaces another: <outDir>/<name>.model must not exist yet.
// Checked where the preflight can check it too (in a project, or with params.out_dir), so that it is
// a refusal; a spec without either keeps its folder's "tokenizer" up to date as before.
std::optional<SpecProblem> existingModelProblem(const json& params, const std::filesystem::path& outDir,
                                                bool inProject)
{
    if (!params.contains("name") || (!params.contains("out_dir") && !inProject))
        return std::nullopt;
    const std::filesystem::path model = outDir / (params["name"].get<std::string>() + ".model");
    std::error_code ec;
    if (!std::filesystem::exists(model, ec))
        return std::nullopt;
    return SpecProblem{"params.name", "the tokenizer " + model.string() + " already exists; choose another name"};
}

json runTrainTokenizer(JobContext& context)
{
    namespace fs = std::filesystem;
    const json& params = context.params();
    const std::string name = params.value("name", context.runId() > 0 ? "tokenizer-run" + std::to_string(context.runId())
                                                                       : std::string("tokenizer"));
    const fs::path outDir = params.contains("out_dir") ? context.writtenPath("out_dir")
                            : context.store()          ? context.store()->root() / "tokenizers"
                                                       : context.workDir();
    if (const auto problem = existingModelProblem(params, outDir, context.store() != nullptr))
        throw SpecError(problem->field, problem->message);
    const auto trainInputs = resolveCorpusInputs(context);
    auto inputs = trainInputs;
    for (auto& measured : resolveCorpusInputs(context, {"measure_datasets", "measure_files", nullptr}))
        inputs.push_back(std::move(measured));
    const int vocabSize = param<int>(context, "vocab_size");
    const std::string modelType = param<std::string>(context, "model_type");
    const size_t sampleDocuments = param<size_t>(context, "sample_documents");
    const size_t evalDocuments = param<size_t>(context, "eval_documents");
    const size_t maxDocumentBytes = param<size_t>(context, "max_document_bytes");
    const uint64_t seed = param<uint64_t>(context, "seed");
    const auto started = std::chrono::steady_clock::now();

    // 1. Sample each input: its share of the training sample plus held-out documents for measuring.
    const size_t perInputTrain = std::max<size_t>(1, sampleDocuments / trainInputs.size());
    std::vector<std::vector<std::string>> heldOut(inputs.size());
    const fs::path trainingFile = context.workDir() / "tokenizer_training_sample.txt";
    // The sample can be large; the model and the result are what matter: it goes on every way out.
    const TemporaryFile sampleGuard(trainingFile);
    std::ofstream training(trainingFile, std::ios::binary);
    if (!training)
        throw Error("cannot write the training sample " + trainingFile.string());
    int64_t trainingLines = 0;
    for (size_t i = 0; i < inputs.size(); ++i) {
        const bool trainOnIt = i < trainInputs.size();
        DocumentReservoir reservoir{(trainOnIt ? perInputTrain : 0) + std::max<size_t>(evalDocuments, 1),
                                    std::mt19937_64(seed + i), {}, 0};
        corpus::TextSource source(inputs[i].paths, inputs[i].options);
        source.forEach(
            [&](std::string_view text, int64_t) {
                reservoir.offer(text);
                return !context.stopped();
            },
            [&](int64_t read, int64_t size) { context.progress(read, size, "sample " + inputs[i].name); });
        context.throwIfStopped();
        for (const auto& [kind, count] : source.problems().counts)
            context.log(inputs[i].name + ": skipped " + std::to_string(count) + " records (" + kind + ")", "warning");
        if (reservoir.items.empty())
            throw Error("no documents could be read from " + inputs[i].name);
        std::shuffle(reservoir.items.begin(), reservoir.items.end(), std::mt19937_64(seed ^ 0x5eedULL));
        // Hold out up to evalDocuments, but never more than a fifth of a small input; inputs that
        // are only measured are held out whole.
        const size_t hold = trainOnIt ? std::min(evalDocuments, reservoir.items.size() / 5) : reservoir.items.size();
        heldOut[i].assign(std::make_move_iterator(reservoir.items.begin()),
                          std::make_move_iterator(reservoir.items.begin() + static_cast<std::ptrdiff_t>(hold)));
        for (size_t k = hold; k < reservoir.items.size(); ++k, ++trainingLines)
            training << asTrainingLine(reservoir.items[k], maxDocumentBytes) << '\n';
        if (hold == 0) { // tiny input: measure on the training documents, and say so
            heldOut[i].assign(reservoir.items.begin(), reservoir.items.end());
            context.log(inputs[i].name + ": too few documents to hold any out; fertility is measured on "
                                         "the training documents", "warning");
        }
        context.log(inputs[i].name + ": " + std::to_string(reservoir.items.size() - hold) + " documents for training, " +
                    std::to_string(heldOut[i].size()) + " for measuring (of " + std::to_string(reservoir.seen) + ")");
    }
    training.close();

    // 2. Train. SentencePiece cannot be interrupted midway; a stop request takes effect after it.
    fs::create_directories(outDir);
    // SentencePiece writes <prefix>.model and .vocab itself, without fsync or rename: it writes them
    // under a hidden temporary prefix here, and they are moved into place once complete, so a
    // killed training never leaves a .model that looks complete (its leftovers are removed as
    // stale by the next training in the folder).
    removeStaleTemporaries(outDir);
    const fs::path temporaryPrefix = temporaryPath(outDir, name);
    const TemporaryFile temporaryModel(temporaryPrefix.string() + ".model");
    const TemporaryFile temporaryVocab(temporaryPrefix.string() + ".vocab");
    tokenize::TrainOptions options;
    options.inputFiles = {trainingFile};
    options.modelPrefix = temporaryPrefix;
    options.vocabSize = vocabSize;
    options.modelType = modelType == "bpe" ? tokenize::ModelType::Bpe : tokenize::ModelType::Unigram;
    options.characterCoverage = param<double>(context, "character_coverage");
    options.byteFallback = param<bool>(context, "byte_fallback");
    options.maxSentenceLength = static_cast<int>(maxDocumentBytes) + 16;
    options.userSymbols = params.value("user_symbols", std::vector<std::string>{});
    options.seed = static_cast<uint32_t>(seed);
    context.progress(0, 1, "train");
    context.log("training a " + modelType + " model with " + std::to_string(vocabSize) + " pieces on " +
                std::to_string(trainingLines) + " documents");
    tokenize::SentencePieceTokenizer::train(options);
    context.progress(1, 1, "train");
    context.throwIfStopped();
    const fs::path modelPath = outDir / (name + ".model");
    if (const auto problem = existingModelProblem(params, outDir, context.store() != nullptr))
        throw SpecError(problem->field, problem->message); // another training took the name meanwhile
    syncFile(temporaryModel.path());
    syncFile(temporaryVocab.path());
    fs::rename(temporaryVocab.path(), outDir / (name + ".vocab"));
    fs::rename(temporaryModel.path(), modelPath); // the .model last: it is what says "complete"
    syncFile(outDir);

    // 3. Measure on held-out documents.
    const auto tokenizer = tokenize::SentencePieceTokenizer::load(modelPath);
    json perInput = json::array();
    for (size_t i = 0; i < inputs.size(); ++i) {
        const bool trainedOnIt = i < trainInputs.size();
        // In batches on every core (fertility.h defines the counts).
        tokenize::FertilityCounter counter(*tokenizer);
        constexpr size_t kBatch = 256;
        for (size_t start = 0; start < heldOut[i].size(); start += kBatch) {
            const size_t end = std::min(heldOut[i].size(), start + kBatch);
            const std::vector<std::string_view> batch(heldOut[i].begin() + static_cast<std::ptrdiff_t>(start),
                                                      heldOut[i].begin() + static_cast<std::ptrdiff_t>(end));
            counter.add(batch);
            context.progress(static_cast<int64_t>(end), static_cast<int64_t>(heldOut[i].size()), "measure " + inputs[i].name);
            context.throwIfStopped();
        }
        const tokenize::FertilityStats& stats = counter.stats();
        const int64_t tokens = stats.tokens;
        const double fertility = stats.tokensPerWord();
        // Coverage: the share of text bytes not spelled as byte-fallback pieces.
        const double coverage = stats.bytes > 0
            ? 1.0 - static_cast<double>(stats.byteFallbackTokens) / static_cast<double>(stats.bytes) : 1.0;
        context.metric("fertility", 0, tokens, fertility, {}, inputs[i].name);
        context.metric("coverage/" + inputs[i].name, 0, tokens, coverage);
        perInput.push_back({{"name", inputs[i].name},
                            {"trained_on", trainedOnIt},
                            {"documents_measured", heldOut[i].size()},
                            {"words", stats.words},
                            {"tokens", tokens},
                            {"bytes", stats.bytes},
                            {"fertility", fertility},
                            {"tokens_per_byte", stats.tokensPerByte()},
                            {"coverage", coverage},
                            {"byte_fallback_share", stats.byteFallbackShare()},
                            {"unknown_share", stats.unknownShare()},
                            {"byte_fallback_tokens", stats.byteFallbackTokens},
                            {"unknown_tokens", stats.unknownTokens}});
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    json result = {{"model", modelPath.string()},
                   {"description", tokenizer->description()},
                   {"fingerprint", tokenizer->fingerprint()},
                   {"vocab_size", tokenizer->vocabSize()},
                   {"model_type", modelType},
                   {"training_documents", trainingLines},
                   {"seconds", seconds},
                   {"inputs", perInput}};
    if (context.store()) {
        result["model"] = context.store()->relativePath(modelPath);
        store::ArtifactRecord artifact;
        artifact.runId = context.runId();
        artifact.kind = "tokenizer";
        artifact.path = context.store()->relativePath(modelPath);
        artifact.metadataJson = json{{"vocab_size", tokenizer->vocabSize()}, {"model_type", modelType}, {"name", name},
                                     {"description", tokenizer->description()},
                                     {"fingerprint", tokenizer->fingerprint()}}.dump();
        context.store()->addArtifact(artifact);
    }
    return result;
}

// Before the run exists: the datasets named exist, and a tokenizer named in the spec is new. (A
// name the job makes up holds the run's id, which does not exist yet.)
void preflightTrainTokenizer(const JobSpec& spec, const store::ProjectStore* store, std::vector<SpecProblem>& problems)
{
    const json& params = spec.params;
    preflightCorpusInputs(params, store, problems);
    preflightCorpusInputs(params, store, problems, {"measure_datasets", "measure_files", nullptr});
    if (!params.contains("out_dir") && !store)
        return;
    const std::filesystem::path outDir = params.contains("out_dir")
        ? resolveSpecPath(store, "params.out_dir", params["out_dir"].get<std::string>())
        : store->root() / "tokenizers";
    if (const auto problem = existingModelProblem(params, outDir, store != nullptr))
        problems.push_back(*problem);
}

void validateTrainTokenizer(const json& params, std::vector<SpecProblem>& problems)
{
    validateCorpusInputs(params, problems);
    if (params.contains("name")) {
        const std::string name = params["name"].get<std::string>();
        if (name.find_first_of("/\\,") != std::string::npos || name == "." || name == "..")
            problems.push_back({"params.name", "must be a plain file name (no /, \\ or ,)"});
    }
    // SentencePiece takes the symbols as one comma-separated list.
    const auto symbols = params.value("user_symbols", json::array());
    for (size_t i = 0; i < symbols.size(); ++i) {
        if (symbols[i].get<std::string>().find(',') != std::string::npos)
            problems.push_back({"params.user_symbols[" + std::to_string(i) + "]", "must not hold a comma"});
    }
}

} // namespace

JobKind trainTokenizerKind()
{
    // SentencePiece trains on the CPU: no "device" param (the training kinds of the next issues,
    // which run torch models, carry one).
    std::vector<ParamSpec> params = corpusInputParams();
    params.push_back({.key = "text_field", .type = ParamType::String, .defaultValue = "text",
                      .explanation = QT_TRANSLATE_NOOP("JobParams", "The JSON field that holds a document's text.")});
    for (ParamSpec& p : corpusInputParams({"measure_datasets", "measure_files", nullptr}, /*required=*/false))
        params.push_back(std::move(p));
    const std::vector<ParamSpec> own = {
        {.key = "vocab_size", .type = ParamType::Integer, .defaultValue = 8000, .min = 32, .max = 1'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "tokens"), .explanation = QT_TRANSLATE_NOOP("JobParams", "How many tokens the vocabulary holds.")},
        {.key = "model_type", .type = ParamType::Choice, .defaultValue = "unigram", .choices = {"unigram", "bpe"},
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The SentencePiece model: unigram language model or byte-pair encoding.")},
        {.key = "sample_documents", .type = ParamType::Integer, .defaultValue = 20000, .min = 1, .max = 100'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "documents"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "How many documents the tokenizer is trained on, shared among the inputs.")},
        {.key = "eval_documents", .type = ParamType::Integer, .defaultValue = 1000, .min = 0, .max = 10'000'000,
         .unit = QT_TRANSLATE_NOOP("JobParams", "documents"),
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Held-out documents per input on which fertility and coverage are measured.")},
        {.key = "max_document_bytes", .type = ParamType::Integer, .defaultValue = 4096, .min = 16, .max = 1 << 20,
         .unit = QT_TRANSLATE_NOOP("JobParams", "bytes"), .explanation = QT_TRANSLATE_NOOP("JobParams", "Longer documents are cut to this many bytes for training."),
         .advanced = true},
        {.key = "seed", .type = ParamType::Integer, .defaultValue = 0, .min = 0,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Seed of the document sample."), .advanced = true},
        {.key = "character_coverage", .type = ParamType::Number, .defaultValue = 0.9995, .min = 0.9, .max = 1.0,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The share of characters the vocabulary must cover; rarer ones become unknown or bytes."),
         .advanced = true},
        {.key = "byte_fallback", .type = ParamType::Boolean, .defaultValue = true,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Spell characters outside the vocabulary as bytes instead of an unknown token."),
         .advanced = true},
        {.key = "user_symbols", .type = ParamType::StringList,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "Pieces always kept whole in the vocabulary: domain terms, markup (no commas)."),
         .emptyListAllowed = true},
        {.key = "out_dir", .type = ParamType::PathWritten,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The folder the tokenizer is written to (default: the project's tokenizers folder)."),
         .advanced = true},
        {.key = "name", .type = ParamType::String,
         .explanation = QT_TRANSLATE_NOOP("JobParams", "The tokenizer's file name, without .model (default: tokenizer-run<id>).")}};
    params.insert(params.end(), own.begin(), own.end());
    return {.name = "train_tokenizer",
            .description = "Train a SentencePiece tokenizer on a sample of corpus inputs and measure fertility and coverage",
            .params = std::move(params),
            .validate = validateTrainTokenizer,
            .preflight = preflightTrainTokenizer,
            .run = runTrainTokenizer};
}

} // namespace adaptlab::jobs
