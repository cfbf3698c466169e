#include "train/data_order.h"

#include "common/error.h"
#include "tokenize/token_shard.h"
#include "tokenize/tokenizer.h"

#include <nlohmann/json.hpp>

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <limits>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <system_error>
#include <unordered_map>

namespace adaptlab::train {

namespace fs = std::filesystem;
using tokenize::ShardReader;
using tokenize::TokenSpan;

namespace {

// The shards of one split of a shard build folder, as one list of documents in file-name order.
struct DocumentSet {
    std::vector<ShardReader> shards;
    std::vector<uint64_t> firstDocument{0}; // shards.size() + 1 prefix counts
    uint64_t tokens = 0;
    uint64_t nonEmptyDocuments = 0;
    uint32_t vocabSize = 0;

    uint64_t documents() const { return firstDocument.back(); }
    // (shard, index in that shard) of document INDEX.
    std::pair<size_t, uint64_t> locate(uint64_t index) const
    {
        const auto it = std::upper_bound(firstDocument.begin(), firstDocument.end(), index);
        const size_t shard = static_cast<size_t>(it - firstDocument.begin()) - 1;
        return {shard, index - firstDocument[shard]};
    }
    TokenSpan document(uint64_t index) const
    {
        const auto [shard, local] = locate(index);
        return shards[shard].document(local);
    }
};

std::vector<fs::path> shardFiles(const fs::path& folder, const std::string& prefix)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.starts_with(prefix) && name.ends_with(".shard") && it->is_regular_file(ec))
            files.push_back(it->path());
    }
    if (ec)
        throw Error("cannot list the shard folder " + folder.string() + ": " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

DocumentSet openDocuments(const std::vector<fs::path>& files)
{
    DocumentSet set;
    for (const fs::path& file : files) {
        ShardReader reader(file);
        reader.verify(); // checksum, offsets, every id < vocabulary size: the trainer indexes with them
        if (!set.shards.empty() && reader.vocabSize() != set.vocabSize)
            throw Error("token shard " + file.string() + " has vocabulary size " + std::to_string(reader.vocabSize()) +
                        ", " + set.shards.front().path().string() + " has " + std::to_string(set.vocabSize));
        set.vocabSize = reader.vocabSize();
        set.tokens += reader.tokens();
        for (uint64_t d = 0; d < reader.documents(); ++d)
            set.nonEmptyDocuments += reader.document(d).empty() ? 0 : 1;
        set.firstDocument.push_back(set.firstDocument.back() + reader.documents());
        set.shards.push_back(std::move(reader));
    }
    return set;
}

// A seeded permutation of [0, n): a balanced 4-round Feistel network on the smallest even number
// of bits that covers n, with cycle walking (values >= n are encrypted again). The domain is < 4n,
// so a lookup takes under 4 encryptions on average, and it keeps no per-element state.
class Permutation {
public:
    Permutation(uint64_t n, uint64_t key) : n_(n)
    {
        int bits = 0;
        while (bits < 64 && (uint64_t(1) << bits) < n)
            ++bits;
        halfBits_ = std::max(1, (bits + 1) / 2);
        mask_ = (uint64_t(1) << halfBits_) - 1;
        for (size_t r = 0; r < keys_.size(); ++r)
            keys_[r] = XXH3_64bits_withSeed(&r, sizeof r, key);
    }

    uint64_t operator()(uint64_t index) const
    {
        uint64_t value = encrypt(index);
        while (value >= n_)
            value = encrypt(value);
        return value;
    }

private:
    uint64_t encrypt(uint64_t value) const
    {
        uint64_t left = value >> halfBits_, right = value & mask_;
        for (const uint64_t key : keys_) {
            const uint64_t mixed = left ^ (XXH3_64bits_withSeed(&right, sizeof right, key) & mask_);
            left = right;
            right = mixed;
        }
        return (left << halfBits_) | right;
    }

    uint64_t n_;
    int halfBits_ = 1;
    uint64_t mask_ = 1;
    std::array<uint64_t, 4> keys_{};
};

uint64_t epochKey(uint64_t seed, size_t source, uint64_t epoch)
{
    const std::array<uint64_t, 3> words{seed, static_cast<uint64_t>(source), epoch};
    return XXH3_64bits_withSeed(words.data(), sizeof words, 0x6164617074646f63ULL); // "adaptdoc"
}

// Tokens [from, from + count) of DOCUMENT, widened to int32 in one pass over the shard's own width.
void copyTokens(const TokenSpan& document, size_t from, size_t count, int32_t* out)
{
    if (const auto narrow = document.u16(); !narrow.empty())
        std::copy(narrow.begin() + static_cast<ptrdiff_t>(from), narrow.begin() + static_cast<ptrdiff_t>(from + count), out);
    else if (const auto wide = document.u32(); !wide.empty())
        std::transform(wide.begin() + static_cast<ptrdiff_t>(from), wide.begin() + static_cast<ptrdiff_t>(from + count), out,
                       [](uint32_t id) { return static_cast<int32_t>(id); });
}

// A document as rows hold it: [BOS] [MeCo prefix] tokens EOS (an empty document: nothing, even
// with metadata).
int64_t packedLength(const TokenSpan& document, std::span<const int32_t> prefix, int64_t bosId)
{
    return document.empty() ? 0 : static_cast<int64_t>(document.size() + prefix.size()) + (bosId >= 0 ? 2 : 1);
}

// Packed tokens [offset, offset + count) of DOCUMENT (with PREFIX after its BOS) into OUT.
void writePacked(const TokenSpan& document, std::span<const int32_t> prefix, int64_t bosId, int64_t eosId, int64_t offset,
                 int64_t count, int32_t* out)
{
    const int64_t end = offset + count;
    int64_t at = offset;
    if (bosId >= 0 && at == 0 && at < end) {
        *out++ = static_cast<int32_t>(bosId);
        ++at;
    }
    const int64_t prefixStart = bosId >= 0 ? 1 : 0;
    const int64_t contentStart = prefixStart + static_cast<int64_t>(prefix.size());
    const int64_t prefixEnd = std::min(end, contentStart);
    if (prefixEnd > at) {
        std::copy(prefix.begin() + (at - prefixStart), prefix.begin() + (prefixEnd - prefixStart), out);
        out += prefixEnd - at;
        at = prefixEnd;
    }
    const int64_t contentEnd = std::min(end, contentStart + static_cast<int64_t>(document.size()));
    if (contentEnd > at) {
        copyTokens(document, static_cast<size_t>(at - contentStart), static_cast<size_t>(contentEnd - at), out);
        out += contentEnd - at;
        at = contentEnd;
    }
    if (at < end)
        *out = static_cast<int32_t>(eosId); // the last packed token
}

// Where a row starts: a stream position and an offset into that document's packed tokens, which
// is 0 except where the row continues a document longer than a row.
struct Cursor {
    uint64_t position = 0;
    int64_t offset = 0;
};

struct StreamDocument {
    uint64_t index = 0; // among the split's documents
    TokenSpan tokens;
    std::span<const int32_t> prefix; // MeCo: its metadata prefix's ids; empty = none
    // MeCo conditioning (a phase-1 row, the conditioned held-out split): the head (BOS and the
    // prefix) is context only, with or without a prefix, as renderMecoDocument masks it.
    bool conditioned = false;
};

// What packing one row needs to know and where it writes (OUT, SEGMENTS and MASK may be null: the
// walk that only finds where rows start).
struct RowTarget {
    int32_t* out = nullptr;
    std::vector<DocumentSegment>* segments = nullptr;
    int64_t row = 0;
    int32_t source = 0;
    uint8_t* mask = nullptr; // per packed token: 0 for a MeCo document's BOS and prefix, else 1
};

// Packs one row of rowTokens tokens from CURSOR on and returns the next row's cursor; FILLED gets
// the tokens packed (fewer than rowTokens only when a finite stream, documentAt returning nullopt,
// ran out). The rule, in one place for the rows, the walk and the held-out split: documents
// follow each other whole; the document the row ends inside continues in the next row when it is
// longer than a row (nothing of it is lost), starts the next row when only its head fit (its BOS
// and MeCo prefix: nothing of it would be trained), and else loses its tail (the next row starts
// at the next document).
template <class DocumentAt>
Cursor packRow(DocumentAt&& documentAt, Cursor cursor, int64_t rowTokens, int64_t bosId, int64_t eosId, const RowTarget& target,
               int64_t& filled)
{
    filled = 0;
    while (filled < rowTokens) {
        const std::optional<StreamDocument> document = documentAt(cursor.position);
        if (!document)
            break;
        const int64_t length = packedLength(document->tokens, document->prefix, bosId);
        if (length == 0) { // an empty document: skipped
            ++cursor.position;
            cursor.offset = 0;
            continue;
        }
        const int64_t take = std::min(length - cursor.offset, rowTokens - filled);
        // The head: BOS and the prefix. Conditioned, it is context only (no loss on the targets
        // that are those tokens); else the BOS is trained as plain CPT trains it.
        const int64_t prefixTokens = static_cast<int64_t>(document->prefix.size());
        const int64_t head = (bosId >= 0 ? 1 : 0) + prefixTokens;
        if (target.out)
            writePacked(document->tokens, document->prefix, bosId, eosId, cursor.offset, take, target.out + filled);
        if (target.mask) {
            const int64_t untrained = document->conditioned ? std::clamp<int64_t>(head - cursor.offset, 0, take) : 0;
            std::fill(target.mask + filled, target.mask + filled + untrained, uint8_t(0));
            std::fill(target.mask + filled + untrained, target.mask + filled + take, uint8_t(1));
        }
        if (target.segments)
            target.segments->push_back(DocumentSegment{target.row, filled, take, target.source, document->index,
                                                       bosId >= 0 && cursor.offset == 0, cursor.offset + take < length,
                                                       cursor.offset, prefixTokens});
        const bool startsRow = filled == 0;
        filled += take;
        if (cursor.offset + take == length) {
            ++cursor.position;
            cursor.offset = 0;
        } else if (document->conditioned && head > 0 && cursor.offset == 0 && take <= head && !startsRow) {
            // Only a conditioned document's untrained head fit: it starts the next row, long or not
            // (a row it starts takes more than its head, or all the row can hold: no stall).
        } else if (length > rowTokens) {
            cursor.offset += take;
        } else if (!(bosId >= 0 && cursor.offset == 0 && take == 1)) {
            ++cursor.position;
            cursor.offset = 0;
        }
    }
    return cursor;
}

} // namespace

// The walk of one source's endless document stream (position p = epoch * N + i is document
// permutation_epoch(i)), cut into rows.
struct SourceStream {
    size_t index = 0;
    DocumentSet train;
    DocumentSet heldout;
    int64_t extraPerDocument = 1; // EOS, and BOS when set

    // Memo: rowStarts[j] = where row j * kStride starts.
    static constexpr int64_t kStride = 16;
    mutable std::mutex mutex;
    mutable std::vector<Cursor> rowStarts;
    mutable int64_t lastRow = -1;
    mutable Cursor lastStart;
    // The last epoch's permutation, reused while a walk stays in one epoch (guarded by mutex).
    mutable uint64_t cachedEpoch = UINT64_MAX;
    mutable std::unique_ptr<Permutation> cachedPermutation;

    // MeCo (all empty when it is off): the prefix ids of each distinct metadata string, encoded
    // once when a document first needs them, and per shard of each split the side-table index ->
    // those ids (null = not looked up yet). Guarded by mutex.
    std::shared_ptr<const tokenize::Tokenizer> tokenizer;
    int64_t phase1Rows = 0; // the source's rows before the cooldown: they pack the prefixes
    mutable std::unordered_map<std::string, std::vector<int32_t>> prefixIds;
    mutable std::vector<std::vector<const std::vector<int32_t>*>> trainPrefixes, heldoutPrefixes;
};

struct DataOrder::State {
    DataPlan plan;
    std::vector<std::unique_ptr<SourceStream>> sources;
    // The source of every global row (data/mixture.h): DataPlan::segments, or one segment from
    // the sources' weights and the replay fraction.
    std::optional<data::MixtureSampler> sampler;

    // The document at stream position P of SOURCE (caller holds source.mutex).
    uint64_t documentAt(const SourceStream& source, uint64_t position) const
    {
        const uint64_t n = source.train.documents();
        const uint64_t epoch = position / n;
        if (source.cachedEpoch != epoch || !source.cachedPermutation) {
            source.cachedPermutation = std::make_unique<Permutation>(n, epochKey(plan.seed, source.index, epoch));
            source.cachedEpoch = epoch;
        }
        return (*source.cachedPermutation)(position % n);
    }

    // MeCo: the prefix of document INDEX of DOCUMENTS (SOURCE's training or held-out split, with
    // its table), empty when it has no metadata (caller holds source.mutex).
    std::span<const int32_t> prefixOf(const SourceStream& source, const DocumentSet& documents,
                                      std::vector<std::vector<const std::vector<int32_t>*>>& table, uint64_t index) const
    {
        const auto [shard, local] = documents.locate(index);
        const uint32_t id = documents.shards[shard].metadataId(local);
        if (id == tokenize::kNoMetadata)
            return {};
        if (table.size() != documents.shards.size())
            table.resize(documents.shards.size());
        auto& byId = table[shard];
        if (byId.empty())
            byId.assign(static_cast<size_t>(documents.shards[shard].stringCount()), nullptr);
        if (!byId[id]) { // verify() checked id < stringCount
            const std::string value(documents.shards[shard].string(id));
            auto it = source.prefixIds.find(value);
            if (it == source.prefixIds.end())
                it = source.prefixIds.emplace(value, data::mecoPrefixIds(*source.tokenizer, plan.meco, value)).first;
            byId[id] = &it->second; // an unordered_map's values stay where they are
        }
        return *byId[id];
    }

    // Packs row ROW, starting at CURSOR, of SOURCE's endless stream: with prefixes when it is a
    // MeCo phase-1 row (caller holds source.mutex).
    Cursor packTrainRow(const SourceStream& source, int64_t row, Cursor cursor, const RowTarget& target) const
    {
        const bool withPrefixes = plan.meco.enabled && row < source.phase1Rows;
        auto documentAt = [&](uint64_t position) -> std::optional<StreamDocument> {
            const uint64_t index = this->documentAt(source, position);
            StreamDocument document{index, source.train.document(index), {}, withPrefixes};
            if (withPrefixes && !document.tokens.empty())
                document.prefix = prefixOf(source, source.train, source.trainPrefixes, index);
            return document;
        };
        int64_t filled = 0;
        return packRow(documentAt, cursor, plan.seqLen + 1, plan.bosId, plan.eosId, target, filled);
    }

    Cursor rowStart(const SourceStream& source, int64_t row) const
    {
        if (source.rowStarts.empty())
            source.rowStarts.push_back(Cursor{});
        const size_t checkpoint = static_cast<size_t>(row / SourceStream::kStride);
        while (source.rowStarts.size() <= checkpoint) {
            const int64_t first = static_cast<int64_t>(source.rowStarts.size() - 1) * SourceStream::kStride;
            Cursor cursor = source.rowStarts.back();
            for (int64_t r = 0; r < SourceStream::kStride; ++r)
                cursor = packTrainRow(source, first + r, cursor, {});
            source.rowStarts.push_back(cursor);
        }
        // From the checkpoint, or from the last row asked for when that is closer (consecutive
        // rows then cost one row's walk each).
        int64_t from = static_cast<int64_t>(checkpoint) * SourceStream::kStride;
        Cursor cursor = source.rowStarts[checkpoint];
        if (source.lastRow >= from && source.lastRow <= row) {
            from = source.lastRow;
            cursor = source.lastStart;
        }
        for (int64_t r = from; r < row; ++r)
            cursor = packTrainRow(source, r, cursor, {});
        source.lastRow = row;
        source.lastStart = cursor;
        return cursor;
    }

    // MeCo: opens the tokenizer the shards were built with (once, shared by the sources), checks
    // it and each source's metadata field against the shards' manifests, and sets each source's
    // phase-1 rows from the assignment (ORDER's, so called once the assignment is built).
    void openMeco(const DataOrder& order)
    {
        const data::MecoOptions& meco = plan.meco;
        if (!meco.enabled)
            return;
        if (plan.tokenizer.empty())
            throw Error("data plan: MeCo needs the tokenizer the shards were built with (tokenizer is empty): "
                        "the metadata prefixes are encoded with it");
        std::shared_ptr<const tokenize::Tokenizer> tokenizer;
        try {
            tokenizer = tokenize::Tokenizer::open(plan.tokenizer);
        } catch (const std::exception& e) {
            throw Error("data plan: tokenizer " + plan.tokenizer.string() + ": " + e.what());
        }
        const uint32_t vocab = sources.front()->train.vocabSize;
        if (tokenizer->vocabSize() != static_cast<int32_t>(vocab))
            throw Error("data plan: tokenizer " + plan.tokenizer.string() + " has " + std::to_string(tokenizer->vocabSize()) +
                        " ids, the shards of data source '" + plan.sources.front().name + "' a vocabulary of " +
                        std::to_string(vocab) + ": MeCo prefixes must be encoded with the tokenizer the shards were built with");
        // A shard build's manifest says which field filled the metadata and which tokenizer made
        // the ids; folders written without one (tests, hand-made shards) are taken as they are.
        for (size_t i = 0; i < sources.size(); ++i) {
            const DataSource& source = plan.sources[i];
            const std::string what = "data source '" + source.name + "' (" + source.shardFolder.string() + ")";
            const fs::path manifestPath = source.shardFolder / "manifest.json";
            std::error_code ec;
            if (fs::exists(manifestPath, ec)) {
                nlohmann::json manifest;
                try {
                    std::ifstream in(manifestPath);
                    manifest = nlohmann::json::parse(in);
                } catch (const std::exception& e) {
                    throw Error(what + ": manifest.json: " + e.what());
                }
                const nlohmann::json options = manifest.value("options", nlohmann::json::object());
                const std::string field = options.is_object() ? options.value("metadata_field", std::string()) : std::string();
                if (field.empty())
                    throw Error(what + ": the shards were built without a metadata field (manifest.json options.metadata_field); "
                                       "MeCo needs shards built with the '" + meco.field + "' field as metadata");
                if (field != meco.field)
                    throw Error(what + ": the shards' metadata is the '" + field + "' field (manifest.json options.metadata_field), "
                                       "MeCo is set to '" + meco.field + "'");
                const std::string fingerprint = manifest.value("tokenizer_fingerprint", std::string());
                if (!fingerprint.empty() && fingerprint != tokenizer->fingerprint())
                    throw Error(what + ": the shards were built with another tokenizer (manifest.json tokenizer_fingerprint " +
                                fingerprint + ", " + plan.tokenizer.string() + " is " + tokenizer->fingerprint() + ")");
            }
            sources[i]->tokenizer = tokenizer;
            // Without the run's length (totalSteps 0) every row is a phase-1 row.
            sources[i]->phase1Rows = plan.totalSteps > 0
                                         ? order.sourceRows(i, data::mecoCooldownStep(meco, plan.totalSteps) * plan.globalBatch)
                                         : std::numeric_limits<int64_t>::max();
        }
    }
};

void Batch::setLossMask(int64_t row, int64_t beginPos, int64_t endPos, uint8_t value)
{
    if (row < 0 || row >= rows || beginPos < 0 || endPos > seqLen + 1 || beginPos > endPos)
        throw Error("loss mask: row " + std::to_string(row) + " positions [" + std::to_string(beginPos) + ", " +
                    std::to_string(endPos) + ") outside a batch of " + std::to_string(rows) + " rows of " +
                    std::to_string(seqLen) + " + 1 tokens");
    for (int64_t p = std::max<int64_t>(beginPos, 1); p < endPos; ++p)
        lossMask[static_cast<size_t>(row * seqLen + p - 1)] = value;
}

DataOrder::DataOrder(DataPlan plan) : state_(std::make_unique<State>())
{
    State& s = *state_;
    s.plan = std::move(plan);
    const DataPlan& p = s.plan;
    if (p.sources.empty())
        throw Error("data plan: no data sources");
    if (p.seqLen < 1)
        throw Error("data plan: seq_len must be >= 1, not " + std::to_string(p.seqLen));
    if (p.globalBatch < 1)
        throw Error("data plan: global batch must be >= 1, not " + std::to_string(p.globalBatch));
    if (!(p.replayFraction >= 0.0 && p.replayFraction <= 1.0))
        throw Error("data plan: replay fraction must be in [0, 1], not " + std::to_string(p.replayFraction));
    if (p.eosId < 0)
        throw Error("data plan: an EOS id is required (documents are separated by it)");

    std::set<std::string> names;
    for (size_t i = 0; i < p.sources.size(); ++i) {
        const DataSource& source = p.sources[i];
        const std::string what = "data source '" + source.name + "' (" + source.shardFolder.string() + ")";
        if (source.name.empty())
            throw Error("data source " + std::to_string(i + 1) + " (" + source.shardFolder.string() + ") has no name");
        if (!names.insert(source.name).second)
            throw Error("data source name '" + source.name + "' is used twice; names label the held-out metrics");
        if (!(source.weight >= 0.0) || !std::isfinite(source.weight))
            throw Error(what + ": weight must be a finite number >= 0, not " + std::to_string(source.weight));
        std::error_code ec;
        if (!fs::is_directory(source.shardFolder, ec))
            throw Error(what + ": the shard folder does not exist or is not a folder");
        const auto trainFiles = shardFiles(source.shardFolder, "train-");
        if (trainFiles.empty())
            throw Error(what + ": the folder holds no train-*.shard files (build token shards into it first)");

        auto stream = std::make_unique<SourceStream>();
        stream->index = i;
        stream->extraPerDocument = p.bosId >= 0 ? 2 : 1;
        try {
            stream->train = openDocuments(trainFiles);
            stream->heldout = openDocuments(shardFiles(source.shardFolder, "heldout-"));
        } catch (const std::exception& e) {
            throw Error(what + ": " + e.what());
        }
        if (stream->train.tokens == 0)
            throw Error(what + ": the training shards hold no tokens");
        if (!stream->heldout.shards.empty() && stream->heldout.vocabSize != stream->train.vocabSize)
            throw Error(what + ": the held-out shard has vocabulary size " + std::to_string(stream->heldout.vocabSize) +
                        ", the training shards " + std::to_string(stream->train.vocabSize));
        const uint32_t vocab = stream->train.vocabSize;
        if (!s.sources.empty() && vocab != s.sources.front()->train.vocabSize)
            throw Error(what + ": vocabulary size " + std::to_string(vocab) + " differs from data source '" +
                        p.sources.front().name + "' (" + p.sources.front().shardFolder.string() + "): " +
                        std::to_string(s.sources.front()->train.vocabSize) + "; build all sources with one tokenizer");
        if (p.eosId >= static_cast<int64_t>(vocab) || p.bosId >= static_cast<int64_t>(vocab))
            throw Error(what + ": EOS id " + std::to_string(p.eosId) + " / BOS id " + std::to_string(p.bosId) +
                        " outside the vocabulary of " + std::to_string(vocab));
        s.sources.push_back(std::move(stream));
    }

    // The source assignment: the plan's segments, or one from the sources' weights and replay.
    std::vector<data::MixtureSegment> segments = p.segments;
    if (segments.empty()) {
        data::MixtureSegment whole;
        for (const DataSource& source : p.sources)
            whole.weights.push_back(source.weight);
        whole.replayFraction = p.replayFraction;
        whole.phase = "constant";
        segments.push_back(std::move(whole));
    }
    std::vector<bool> replay;
    for (const DataSource& source : p.sources)
        replay.push_back(source.replay);
    try {
        s.sampler.emplace(std::move(segments), std::move(replay), p.globalBatch);
    } catch (const Error& e) {
        throw Error(std::string("data plan: ") + e.what());
    }

    s.openMeco(*this); // after the assignment: it decides each source's rows before the cooldown
}

DataOrder::~DataOrder() = default;

const DataPlan& DataOrder::plan() const { return state_->plan; }

std::string DataOrder::sourceName(size_t sourceIndex) const
{
    if (sourceIndex >= state_->plan.sources.size())
        throw Error("data order: no source " + std::to_string(sourceIndex) + " (there are " +
                    std::to_string(state_->plan.sources.size()) + ")");
    return state_->plan.sources[sourceIndex].name;
}

std::pair<size_t, int64_t> DataOrder::sourceRowOf(int64_t globalRow) const
{
    if (globalRow < 0)
        throw Error("data order: negative row " + std::to_string(globalRow));
    return state_->sampler->assign(globalRow);
}

int64_t DataOrder::sourceRows(size_t sourceIndex, int64_t globalRows) const
{
    const State& s = *state_;
    if (sourceIndex >= s.sources.size())
        throw Error("data order: no source " + std::to_string(sourceIndex));
    return s.sampler->rowsOf(sourceIndex, std::max<int64_t>(0, globalRows));
}

Batch DataOrder::rows(int64_t step, int64_t firstRow, int64_t rowCount) const
{
    const State& s = *state_;
    const DataPlan& p = s.plan;
    if (step < 0 || firstRow < 0 || rowCount < 0 || firstRow + rowCount > p.globalBatch)
        throw Error("data order: rows [" + std::to_string(firstRow) + ", " + std::to_string(firstRow + rowCount) +
                    ") of step " + std::to_string(step) + " are outside a batch of " + std::to_string(p.globalBatch));
    const int64_t T = p.seqLen;
    Batch batch;
    batch.rows = rowCount;
    batch.seqLen = T;
    batch.inputs.resize(static_cast<size_t>(rowCount * T));
    batch.targets.resize(static_cast<size_t>(rowCount * T));
    batch.lossMask.assign(static_cast<size_t>(rowCount * T), 1);
    batch.sourceIndex.resize(static_cast<size_t>(rowCount));
    std::vector<int32_t> packed(static_cast<size_t>(T + 1));
    std::vector<uint8_t> mask(static_cast<size_t>(T + 1));
    for (int64_t r = 0; r < rowCount; ++r) {
        const auto [sourceIndex, sourceRow] = s.sampler->assign(step * p.globalBatch + firstRow + r);
        const SourceStream& source = *s.sources[sourceIndex];
        std::lock_guard lock(source.mutex);
        const Cursor start = s.rowStart(source, sourceRow);
        s.packTrainRow(source, sourceRow, start,
                       RowTarget{packed.data(), &batch.segments, r, static_cast<int32_t>(sourceIndex), mask.data()});
        std::copy(packed.begin(), packed.begin() + T, batch.inputs.begin() + r * T);
        std::copy(packed.begin() + 1, packed.end(), batch.targets.begin() + r * T);
        std::copy(mask.begin() + 1, mask.end(), batch.lossMask.begin() + r * T);
        batch.sourceIndex[static_cast<size_t>(r)] = static_cast<int32_t>(sourceIndex);
    }
    return batch;
}

Batch DataOrder::heldOut(size_t sourceIndex, int64_t maxRows) const { return heldOut(sourceIndex, maxRows, false); }

Batch DataOrder::heldOut(size_t sourceIndex, int64_t maxRows, bool withMetadata) const
{
    const State& s = *state_;
    const DataPlan& p = s.plan;
    if (sourceIndex >= s.sources.size())
        throw Error("data order: no source " + std::to_string(sourceIndex));
    const SourceStream& source = *s.sources[sourceIndex];
    const DocumentSet& documents = source.heldout;
    const bool withPrefixes = withMetadata && p.meco.enabled;
    const int64_t T = p.seqLen;
    Batch batch;
    batch.seqLen = T;
    std::vector<int32_t> packed(static_cast<size_t>(T + 1));
    std::vector<uint8_t> mask(static_cast<size_t>(T + 1));
    std::lock_guard lock(source.mutex); // the prefix tables
    auto documentAt = [&](uint64_t position) -> std::optional<StreamDocument> {
        if (position >= documents.documents())
            return std::nullopt;
        StreamDocument document{position, documents.document(position), {}, withPrefixes};
        if (withPrefixes && !document.tokens.empty())
            document.prefix = s.prefixOf(source, documents, source.heldoutPrefixes, position);
        return document;
    };
    Cursor cursor;
    while (batch.rows < maxRows) {
        int64_t filled = 0;
        cursor = packRow(documentAt, cursor, T + 1, p.bosId, p.eosId,
                         RowTarget{packed.data(), &batch.segments, batch.rows, static_cast<int32_t>(sourceIndex), mask.data()},
                         filled);
        if (filled == 0)
            break;
        // The last row, when the documents ran out: EOS padding that no loss counts.
        for (int64_t t = filled; t < T + 1; ++t) {
            packed[static_cast<size_t>(t)] = static_cast<int32_t>(p.eosId);
            mask[static_cast<size_t>(t)] = 0;
        }
        batch.inputs.insert(batch.inputs.end(), packed.begin(), packed.begin() + T);
        batch.targets.insert(batch.targets.end(), packed.begin() + 1, packed.end());
        batch.lossMask.insert(batch.lossMask.end(), mask.begin() + 1, mask.end());
        batch.sourceIndex.push_back(static_cast<int32_t>(sourceIndex));
        ++batch.rows;
    }
    return batch;
}

int64_t DataOrder::sourceTokens(size_t sourceIndex) const
{
    if (sourceIndex >= state_->sources.size())
        throw Error("data order: no source " + std::to_string(sourceIndex));
    return static_cast<int64_t>(state_->sources[sourceIndex]->train.tokens);
}

int64_t DataOrder::heldOutTokens(size_t sourceIndex) const
{
    if (sourceIndex >= state_->sources.size())
        throw Error("data order: no source " + std::to_string(sourceIndex));
    return static_cast<int64_t>(state_->sources[sourceIndex]->heldout.tokens);
}

int64_t DataOrder::vocabSize() const { return state_->sources.front()->train.vocabSize; }

double DataOrder::epochsFor(size_t sourceIndex, int64_t steps) const
{
    const SourceStream& source = *state_->sources.at(sourceIndex);
    const double rows = static_cast<double>(sourceRows(sourceIndex, steps * state_->plan.globalBatch));
    const double epochTokens = static_cast<double>(source.train.tokens) +
                               static_cast<double>(source.train.nonEmptyDocuments * static_cast<uint64_t>(source.extraPerDocument));
    return rows * static_cast<double>(state_->plan.seqLen + 1) / epochTokens;
}

} // namespace adaptlab::train
