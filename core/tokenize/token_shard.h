// Token shards: a corpus tokenized once, in a binary file that training memory-maps. Written
// streaming by ShardWriter (tokens go to disk as they come), read by ShardReader (mmap, read-only,
// every region's bounds checked on open). Documented for people in docs/token-shards.md.
//
// Layout (version 1). Little-endian; every region starts at a multiple of 8 bytes (zero padding
// before it); the file ends where the strings region ends.
//
//   offset  size  field
//        0     8  magic "ADLTOKSH"
//        8     4  version (u32) = 1
//       12     4  token width in bytes (u32): 2 (u16) when the vocabulary has <= 65536 ids, else 4 (u32)
//       16     4  vocabulary size V (u32); every token id is < V
//       20     4  reserved, 0
//       24     8  documents N (u64)
//       32     8  tokens T (u64)
//       40     8  strings S (u64) in the side table
//       48    16  tokens region: offset, size (u64 each) = T * width bytes, the documents back to back
//       64    16  offsets region: (N + 1) u64, document i is tokens [offsets[i], offsets[i+1])
//       80    16  source ids region: N u32, an index into the side table (which input the
//                 document came from: a dataset or file name)
//       96    16  metadata ids region: N u32, an index into the side table (e.g. the URL's host, for
//                 MeCo), or 0xFFFFFFFF (kNoMetadata) for none
//      112    16  strings region: (S + 1) u64 offsets into the bytes that follow them, then the
//                 strings' UTF-8 bytes back to back (no terminators); strings are distinct
//      128     8  checksum: XXH3-64 of every byte after the header (regions and padding, in file
//                 order) followed by the header's 136 bytes with this field set to 0
//      136        end of the header = start of the tokens region
//
// Documents hold raw document tokens: no BOS/EOS. Adding them (and MeCo's prefixes) is the training
// loader's business, so one set of shards serves every recipe.
#pragma once

#include "tokenize/tokenizer.h"

#include <xxhash.h>

#include <bit>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace adaptlab {
class AtomicFile;
}

namespace adaptlab::tokenize {

static_assert(std::endian::native == std::endian::little,
              "token shards are little-endian and read in place: a big-endian build needs byte swaps");

// A shard that cannot be opened or fails verification. The message names the file and what is
// wrong ("truncated: ...", "checksum mismatch", "not a token shard (magic)", "unsupported version").
class ShardError : public TokenizerError {
public:
    using TokenizerError::TokenizerError;
};

inline constexpr char kShardMagic[8] = {'A', 'D', 'L', 'T', 'O', 'K', 'S', 'H'};
inline constexpr uint32_t kShardVersion = 1;
inline constexpr size_t kShardHeaderSize = 136;
inline constexpr uint32_t kNoMetadata = 0xFFFFFFFFu;

enum class TokenDtype : uint32_t { U16 = 2, U32 = 4 };
// U16 when every id of a VOCABSIZE vocabulary fits 16 bits.
TokenDtype dtypeForVocab(uint32_t vocabSize);
std::string_view toString(TokenDtype dtype); // "u16", "u32"

// The header as the file holds it (see the table above).
struct ShardHeader {
    struct Region {
        uint64_t offset = 0;
        uint64_t size = 0;
        uint64_t end() const { return offset + size; }
    };
    uint32_t version = kShardVersion;
    TokenDtype dtype = TokenDtype::U16;
    uint32_t vocabSize = 0;
    uint64_t documents = 0;
    uint64_t tokens = 0;
    uint64_t strings = 0;
    Region tokenRegion, offsetRegion, sourceRegion, metadataRegion, stringRegion;
    uint64_t checksum = 0;
};

// The tokens of one document, in the shard's width, read in place.
class TokenSpan {
public:
    TokenSpan() = default;
    TokenSpan(const void* data, size_t size, TokenDtype dtype) : data_(data), size_(size), dtype_(dtype) {}
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    TokenDtype dtype() const { return dtype_; }
    uint32_t operator[](size_t i) const
    {
        return dtype_ == TokenDtype::U16 ? static_cast<const uint16_t*>(data_)[i] : static_cast<const uint32_t*>(data_)[i];
    }
    // Views in the shard's own width: empty when the shard has the other one.
    std::span<const uint16_t> u16() const
    {
        return dtype_ == TokenDtype::U16 ? std::span(static_cast<const uint16_t*>(data_), size_) : std::span<const uint16_t>();
    }
    std::span<const uint32_t> u32() const
    {
        return dtype_ == TokenDtype::U32 ? std::span(static_cast<const uint32_t*>(data_), size_) : std::span<const uint32_t>();
    }
    std::vector<int32_t> toVector() const;

private:
    const void* data_ = nullptr;
    size_t size_ = 0;
    TokenDtype dtype_ = TokenDtype::U16;
};

// Writes one shard. Tokens are streamed to the file as documents come; the offsets and ids (16
// bytes a document) and the side table stay in memory until commit(). The file is written under a
// temporary name beside TARGET (atomic_file.h) and appears under TARGET only when commit() has
// written, fsynced and renamed it: a writer destroyed without commit() leaves nothing.
class ShardWriter {
public:
    ShardWriter(std::filesystem::path target, uint32_t vocabSize);
    ~ShardWriter();
    ShardWriter(const ShardWriter&) = delete;
    ShardWriter& operator=(const ShardWriter&) = delete;

    // The side-table index of TEXT, added on first use.
    uint32_t internString(std::string_view text);
    // Appends a document. Throws ShardError for an id outside [0, vocabSize) or a string index
    // that internString() did not give.
    void addDocument(std::span<const int32_t> tokens, uint32_t sourceId, uint32_t metadataId = kNoMetadata);

    uint64_t documents() const { return sourceIds_.size(); }
    uint64_t tokens() const { return offsets_.back(); }
    uint64_t tokenBytes() const { return tokens() * static_cast<uint64_t>(dtype_); }
    TokenDtype dtype() const { return dtype_; }
    const std::filesystem::path& target() const { return target_; }

    // Writes the remaining regions and the header, fsyncs and renames onto the target. Returns
    // the header as written.
    ShardHeader commit();
    // Removes the temporary file; the target is left as it was. Never throws.
    void discard() noexcept;

private:
    void writeRegionBytes(const void* data, size_t size);
    void padTo8();

    std::filesystem::path target_;
    uint32_t vocabSize_;
    TokenDtype dtype_;
    std::unique_ptr<AtomicFile> file_;
    XXH3_state_t* hash_ = nullptr;
    std::vector<uint64_t> offsets_{0};
    std::vector<uint32_t> sourceIds_, metadataIds_;
    std::vector<std::string> strings_;
    std::unordered_map<std::string, uint32_t> stringIndex_;
    std::vector<uint16_t> narrow_; // a document's ids in u16, reused
};

// A shard opened read-only and memory-mapped. Opening checks the magic, the version, the counts
// against every region's size and bounds, the document offsets' ends and the side table's own
// offsets; verify() also recomputes the checksum and checks every offset and id.
class ShardReader {
public:
    explicit ShardReader(const std::filesystem::path& file);
    ~ShardReader();
    ShardReader(ShardReader&& other) noexcept;
    ShardReader& operator=(ShardReader&& other) noexcept;
    ShardReader(const ShardReader&) = delete;
    ShardReader& operator=(const ShardReader&) = delete;

    const std::filesystem::path& path() const { return path_; }
    const ShardHeader& header() const { return header_; }
    uint64_t fileSize() const { return size_; }
    uint64_t documents() const { return header_.documents; }
    uint64_t tokens() const { return header_.tokens; }
    uint32_t vocabSize() const { return header_.vocabSize; }
    TokenDtype dtype() const { return header_.dtype; }

    // Document I's tokens (throws ShardError for an I out of range or offsets that leave the tokens
    // region: open() checks only the first and last offset, verify() every one).
    TokenSpan document(uint64_t i) const;
    uint32_t sourceId(uint64_t i) const;
    uint32_t metadataId(uint64_t i) const; // kNoMetadata when the document has none
    std::string_view sourceName(uint64_t i) const { return string(sourceId(i)); }
    std::optional<std::string_view> metadata(uint64_t i) const;
    uint64_t stringCount() const { return header_.strings; }
    std::string_view string(uint64_t index) const; // throws ShardError when out of range

    // Recomputes the checksum and checks every document offset (ascending, inside the tokens
    // region), every token id (< vocab size) and every source and metadata id. Throws ShardError
    // naming the file and the first problem.
    void verify() const;

private:
    [[noreturn]] void fail(const std::string& what) const;
    void validate();

    std::filesystem::path path_;
    const unsigned char* data_ = nullptr;
    uint64_t size_ = 0;
    ShardHeader header_;
};

// XXH3-64 as the header's checksum field defines it, over a whole shard file held in memory (the
// reader's mapping). Exposed for tests and tools that patch a shard on purpose.
uint64_t shardChecksum(std::span<const unsigned char> file);

} // namespace adaptlab::tokenize
