// `adaptlab-cli shards ...` (shards_command.h).
#include "shards_command.h"
#include "tokenizer_command.h"

#include "job_command.h"
#include "tokenize/token_shard.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <map>

namespace adaptlab::cli {

using nlohmann::json;

namespace {

constexpr const char* kShardsUsage = R"(usage: adaptlab-cli shards <command> ...

  build --tokenizer PATH --out DIR [--heldout-docs N] [--seed S] [--text-field F] PATH...
                          tokenize the corpus files PATH... (or --project P --datasets NAME) once
                          into token shards: DIR/train-00000.shard, heldout-00000.shard and
                          manifest.json; the same inputs, tokenizer and options reuse DIR
  info FILE [--json]      documents, tokens, vocab_size, dtype, sources and regions of a shard
  verify FILE             check a shard completely (checksum, offsets, ids): exit 0 only when
                          it is intact, else 1 with the problem on stderr
)";

int usageError(const std::string& message)
{
    std::cerr << "adaptlab-cli: " << message << "\n\n" << kShardsUsage;
    return 2;
}

json infoJson(const tokenize::ShardReader& reader)
{
    // Documents per source, from the source ids (a shard holds a handful of sources).
    std::map<uint32_t, uint64_t> perSource;
    uint64_t withMetadata = 0;
    for (uint64_t i = 0; i < reader.documents(); ++i) {
        ++perSource[reader.sourceId(i)];
        withMetadata += reader.metadataId(i) != tokenize::kNoMetadata ? 1 : 0;
    }
    json sources = json::array();
    for (const auto& [id, documents] : perSource)
        sources.push_back({{"name", std::string(reader.string(id))}, {"documents", documents}});
    const auto& h = reader.header();
    json regions = json::object();
    const std::pair<const char*, const tokenize::ShardHeader::Region*> named[] = {
        {"tokens", &h.tokenRegion}, {"offsets", &h.offsetRegion}, {"source_ids", &h.sourceRegion},
        {"metadata_ids", &h.metadataRegion}, {"strings", &h.stringRegion}};
    for (const auto& [name, region] : named)
        regions[name] = {{"offset", region->offset}, {"size", region->size}};
    char checksum[17];
    std::snprintf(checksum, sizeof checksum, "%016llx", static_cast<unsigned long long>(h.checksum));
    return {{"file", reader.path().string()},
            {"version", h.version},
            {"documents", reader.documents()},
            {"tokens", reader.tokens()},
            {"vocab_size", reader.vocabSize()},
            {"dtype", std::string(tokenize::toString(reader.dtype()))},
            {"bytes", reader.fileSize()},
            {"strings", reader.stringCount()},
            {"documents_with_metadata", withMetadata},
            {"sources", sources},
            {"checksum", checksum},
            {"regions", regions}};
}

int infoCommand(std::vector<std::string> args)
{
    bool asJson = false;
    std::vector<std::string> files;
    for (const std::string& a : args) {
        if (a == "--json")
            asJson = true;
        else if (a.size() > 1 && a[0] == '-')
            return usageError("shards info: unknown option " + a);
        else
            files.push_back(a);
    }
    if (files.size() != 1)
        return usageError("shards info needs exactly one FILE");
    try {
        const tokenize::ShardReader reader(files[0]);
        const json info = infoJson(reader);
        if (asJson) {
            std::cout << info.dump() << "\n";
            return 0;
        }
        std::cout << info["file"].get<std::string>() << "\n"
                  << "  documents   " << reader.documents() << "\n"
                  << "  tokens      " << reader.tokens() << "\n"
                  << "  vocab_size  " << reader.vocabSize() << "\n"
                  << "  dtype       " << tokenize::toString(reader.dtype()) << "\n"
                  << "  bytes       " << reader.fileSize() << "\n";
        for (const auto& s : info["sources"])
            std::cout << "  source      " << s["name"].get<std::string>() << ": " << s["documents"].get<uint64_t>()
                      << " documents\n";
        return 0;
    } catch (const tokenize::ShardError& error) {
        std::cerr << "adaptlab-cli: " << error.what() << "\n";
        return 1;
    }
}

int verifyCommand(std::vector<std::string> args)
{
    if (args.size() != 1 || (args[0].size() > 1 && args[0][0] == '-'))
        return usageError("shards verify needs exactly one FILE");
    try {
        const tokenize::ShardReader reader(args[0]);
        reader.verify();
        std::cout << args[0] << ": intact (" << reader.documents() << " documents, " << reader.tokens() << " tokens)\n";
        return 0;
    } catch (const tokenize::ShardError& error) {
        std::cerr << "adaptlab-cli: " << error.what() << "\n";
        return 1;
    }
}

} // namespace

int shardsCommand(std::vector<std::string> args)
{
    if (!args.empty() && args[0] == "info")
        return infoCommand({args.begin() + 1, args.end()});
    if (!args.empty() && args[0] == "verify")
        return verifyCommand({args.begin() + 1, args.end()});
    // build, --help, and an unknown command (which jobGroupCommand names, with the usage). With
    // --project the tokenizer may be named as the project knows it ("demo-unigram-4k").
    resolveProjectTokenizers(args);
    return jobGroupCommand("shards", kShardsUsage, std::move(args));
}

} // namespace adaptlab::cli
