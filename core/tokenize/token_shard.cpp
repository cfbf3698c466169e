// ShardWriter and ShardReader: the token shard format of token_shard.h.
#include "tokenize/token_shard.h"

#include "common/atomic_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <array>
#include <cstdio>

namespace adaptlab::tokenize {

namespace fs = std::filesystem;

namespace {

constexpr size_t kChecksumOffset = 128;

uint64_t alignUp(uint64_t value)
{
    return (value + 7) & ~uint64_t(7);
}

template <typename T>
void put(unsigned char* out, size_t offset, T value)
{
    std::memcpy(out + offset, &value, sizeof value);
}

template <typename T>
T get(const unsigned char* in, size_t offset)
{
    T value;
    std::memcpy(&value, in + offset, sizeof value);
    return value;
}

std::array<unsigned char, kShardHeaderSize> encodeHeader(const ShardHeader& h)
{
    std::array<unsigned char, kShardHeaderSize> out{};
    std::memcpy(out.data(), kShardMagic, sizeof kShardMagic);
    put<uint32_t>(out.data(), 8, h.version);
    put<uint32_t>(out.data(), 12, static_cast<uint32_t>(h.dtype));
    put<uint32_t>(out.data(), 16, h.vocabSize);
    put<uint32_t>(out.data(), 20, 0);
    put<uint64_t>(out.data(), 24, h.documents);
    put<uint64_t>(out.data(), 32, h.tokens);
    put<uint64_t>(out.data(), 40, h.strings);
    size_t at = 48;
    for (const ShardHeader::Region* r : {&h.tokenRegion, &h.offsetRegion, &h.sourceRegion, &h.metadataRegion, &h.stringRegion}) {
        put<uint64_t>(out.data(), at, r->offset);
        put<uint64_t>(out.data(), at + 8, r->size);
        at += 16;
    }
    put<uint64_t>(out.data(), kChecksumOffset, h.checksum);
    return out;
}

// The checksum's last step: the header with its checksum field zeroed, after the regions.
uint64_t finishChecksum(XXH3_state_t* state, const unsigned char* header)
{
    std::array<unsigned char, kShardHeaderSize> copy;
    std::memcpy(copy.data(), header, kShardHeaderSize);
    std::memset(copy.data() + kChecksumOffset, 0, 8);
    XXH3_64bits_update(state, copy.data(), copy.size());
    return XXH3_64bits_digest(state);
}

std::string hex64(uint64_t value)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

} // namespace

TokenDtype dtypeForVocab(uint32_t vocabSize)
{
    return vocabSize <= 65536 ? TokenDtype::U16 : TokenDtype::U32;
}

std::string_view toString(TokenDtype dtype)
{
    return dtype == TokenDtype::U16 ? "u16" : "u32";
}

std::vector<int32_t> TokenSpan::toVector() const
{
    std::vector<int32_t> out(size_);
    for (size_t i = 0; i < size_; ++i)
        out[i] = static_cast<int32_t>((*this)[i]);
    return out;
}

uint64_t shardChecksum(std::span<const unsigned char> file)
{
    if (file.size() < kShardHeaderSize)
        return 0;
    XXH3_state_t* state = XXH3_createState();
    if (state == nullptr)
        throw ShardError("out of memory while checking a token shard");
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> guard(state, XXH3_freeState);
    XXH3_64bits_reset(state);
    XXH3_64bits_update(state, file.data() + kShardHeaderSize, file.size() - kShardHeaderSize);
    return finishChecksum(state, file.data());
}

// ---- ShardWriter --------------------------------------------------------------------------------

ShardWriter::ShardWriter(fs::path target, uint32_t vocabSize)
    : target_(std::move(target)), vocabSize_(vocabSize), dtype_(dtypeForVocab(vocabSize))
{
    if (vocabSize == 0)
        throw ShardError("cannot write the token shard " + target_.string() + ": the vocabulary is empty");
    hash_ = XXH3_createState();
    if (hash_ == nullptr)
        throw ShardError("out of memory while writing " + target_.string());
    XXH3_64bits_reset(hash_);
    file_ = std::make_unique<AtomicFile>(target_);
    // The header's place; its bytes come at commit(), when the counts are known.
    const std::array<unsigned char, kShardHeaderSize> blank{};
    file_->write(blank.data(), blank.size());
}

ShardWriter::~ShardWriter()
{
    discard();
    XXH3_freeState(hash_);
}

void ShardWriter::discard() noexcept
{
    if (file_)
        file_->discard();
}

uint32_t ShardWriter::internString(std::string_view text)
{
    const auto found = stringIndex_.find(std::string(text));
    if (found != stringIndex_.end())
        return found->second;
    if (strings_.size() >= kNoMetadata)
        throw ShardError("too many distinct strings for the token shard " + target_.string());
    const auto index = static_cast<uint32_t>(strings_.size());
    strings_.emplace_back(text);
    stringIndex_.emplace(strings_.back(), index);
    return index;
}

void ShardWriter::writeRegionBytes(const void* data, size_t size)
{
    file_->write(data, size);
    XXH3_64bits_update(hash_, data, size);
}

void ShardWriter::padTo8()
{
    static constexpr unsigned char zeros[8] = {};
    const uint64_t pad = alignUp(file_->size()) - file_->size();
    if (pad > 0)
        writeRegionBytes(zeros, pad);
}

void ShardWriter::addDocument(std::span<const int32_t> tokens, uint32_t sourceId, uint32_t metadataId)
{
    if (sourceId >= strings_.size())
        throw ShardError("writing " + target_.string() + ": source id " + std::to_string(sourceId) + " is not in the side table");
    if (metadataId != kNoMetadata && metadataId >= strings_.size())
        throw ShardError("writing " + target_.string() + ": metadata id " + std::to_string(metadataId) + " is not in the side table");
    for (const int32_t id : tokens) {
        if (id < 0 || static_cast<uint32_t>(id) >= vocabSize_)
            throw ShardError("writing " + target_.string() + ": token id " + std::to_string(id) +
                             " is outside the vocabulary of " + std::to_string(vocabSize_));
    }
    if (dtype_ == TokenDtype::U16) {
        narrow_.resize(tokens.size());
        std::transform(tokens.begin(), tokens.end(), narrow_.begin(), [](int32_t id) { return static_cast<uint16_t>(id); });
        writeRegionBytes(narrow_.data(), narrow_.size() * sizeof(uint16_t));
    } else {
        writeRegionBytes(tokens.data(), tokens.size_bytes()); // int32 ids < vocab <= 2^32: the same bits as u32
    }
    offsets_.push_back(offsets_.back() + tokens.size());
    sourceIds_.push_back(sourceId);
    metadataIds_.push_back(metadataId);
}

ShardHeader ShardWriter::commit()
{
    ShardHeader h;
    h.dtype = dtype_;
    h.vocabSize = vocabSize_;
    h.documents = documents();
    h.tokens = tokens();
    h.strings = strings_.size();
    h.tokenRegion = {kShardHeaderSize, tokenBytes()};
    padTo8();
    h.offsetRegion = {file_->size(), offsets_.size() * sizeof(uint64_t)};
    writeRegionBytes(offsets_.data(), h.offsetRegion.size);
    padTo8();
    h.sourceRegion = {file_->size(), sourceIds_.size() * sizeof(uint32_t)};
    writeRegionBytes(sourceIds_.data(), h.sourceRegion.size);
    padTo8();
    h.metadataRegion = {file_->size(), metadataIds_.size() * sizeof(uint32_t)};
    writeRegionBytes(metadataIds_.data(), h.metadataRegion.size);
    padTo8();
    const uint64_t stringsStart = file_->size();
    std::vector<uint64_t> stringOffsets{0};
    for (const std::string& s : strings_)
        stringOffsets.push_back(stringOffsets.back() + s.size());
    writeRegionBytes(stringOffsets.data(), stringOffsets.size() * sizeof(uint64_t));
    for (const std::string& s : strings_)
        writeRegionBytes(s.data(), s.size());
    h.stringRegion = {stringsStart, file_->size() - stringsStart};

    auto header = encodeHeader(h);
    h.checksum = finishChecksum(hash_, header.data());
    put<uint64_t>(header.data(), kChecksumOffset, h.checksum);
    file_->writeAt(0, header.data(), header.size());
    file_->commit();
    return h;
}

// ---- ShardReader --------------------------------------------------------------------------------

ShardReader::ShardReader(const fs::path& file) : path_(file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fail(std::string("cannot open it: ") + std::strerror(errno));
    struct stat info{};
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        fail(std::string("cannot read its size: ") + std::strerror(error));
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        fail("not a regular file");
    }
    size_ = static_cast<uint64_t>(info.st_size);
    if (size_ > 0) {
        void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_SHARED, fd, 0);
        if (mapped == MAP_FAILED) {
            const int error = errno;
            ::close(fd);
            fail(std::string("cannot map it: ") + std::strerror(error));
        }
        data_ = static_cast<const unsigned char*>(mapped);
    }
    ::close(fd); // the mapping keeps the file
    try {
        validate();
    } catch (...) {
        if (data_ != nullptr)
            ::munmap(const_cast<unsigned char*>(data_), size_);
        data_ = nullptr;
        throw;
    }
}

ShardReader::~ShardReader()
{
    if (data_ != nullptr)
        ::munmap(const_cast<unsigned char*>(data_), size_);
}

ShardReader::ShardReader(ShardReader&& other) noexcept
    : path_(std::move(other.path_)), data_(other.data_), size_(other.size_), header_(other.header_)
{
    other.data_ = nullptr;
    other.size_ = 0;
}

ShardReader& ShardReader::operator=(ShardReader&& other) noexcept
{
    if (this != &other) {
        if (data_ != nullptr)
            ::munmap(const_cast<unsigned char*>(data_), size_);
        path_ = std::move(other.path_);
        data_ = other.data_;
        size_ = other.size_;
        header_ = other.header_;
        other.data_ = nullptr;
        other.size_ = 0;
    }
    return *this;
}

void ShardReader::fail(const std::string& what) const
{
    throw ShardError("token shard " + path_.string() + ": " + what);
}

void ShardReader::validate()
{
    // The magic first, on the bytes there are: a short file that starts like a shard is a cut one.
    const size_t magicBytes = std::min<uint64_t>(size_, sizeof kShardMagic);
    if (size_ == 0)
        fail("truncated: the file is empty (a token shard starts with a " + std::to_string(kShardHeaderSize) + "-byte header)");
    if (std::memcmp(data_, kShardMagic, magicBytes) != 0)
        fail("not a token shard (magic): it does not start with \"ADLTOKSH\"");
    if (size_ < kShardHeaderSize)
        fail("truncated: the header needs " + std::to_string(kShardHeaderSize) + " bytes but the file has " +
             std::to_string(size_) + " bytes");
    ShardHeader& h = header_;
    h.version = get<uint32_t>(data_, 8);
    if (h.version != kShardVersion)
        fail("unsupported version " + std::to_string(h.version) + " (this build reads version " +
             std::to_string(kShardVersion) + ")");
    const uint32_t width = get<uint32_t>(data_, 12);
    if (width != 2 && width != 4)
        fail("bad header: token width " + std::to_string(width) + " (2 for u16 or 4 for u32)");
    h.dtype = static_cast<TokenDtype>(width);
    h.vocabSize = get<uint32_t>(data_, 16);
    if (h.vocabSize == 0)
        fail("bad header: the vocabulary size is 0");
    if (h.dtype == TokenDtype::U16 && h.vocabSize > 65536)
        fail("bad header: u16 tokens cannot hold a vocabulary of " + std::to_string(h.vocabSize));
    if (get<uint32_t>(data_, 20) != 0)
        fail("bad header: the reserved field is not 0");
    h.documents = get<uint64_t>(data_, 24);
    h.tokens = get<uint64_t>(data_, 32);
    h.strings = get<uint64_t>(data_, 40);
    size_t at = 48;
    for (ShardHeader::Region* r : {&h.tokenRegion, &h.offsetRegion, &h.sourceRegion, &h.metadataRegion, &h.stringRegion}) {
        r->offset = get<uint64_t>(data_, at);
        r->size = get<uint64_t>(data_, at + 8);
        at += 16;
    }
    h.checksum = get<uint64_t>(data_, kChecksumOffset);

    // Counts past these limits would overflow the sizes below; no real shard comes near them.
    constexpr uint64_t kLimit = uint64_t(1) << 56;
    if (h.documents >= kLimit || h.tokens >= kLimit || h.strings >= kLimit)
        fail("bad header: impossible counts (" + std::to_string(h.documents) + " documents, " +
             std::to_string(h.tokens) + " tokens, " + std::to_string(h.strings) + " strings)");
    constexpr uint64_t kAnySize = ~uint64_t(0);
    struct Expected {
        const char* name;
        const ShardHeader::Region& region;
        uint64_t size; // kAnySize for the strings region, whose size its own table decides
    };
    const Expected regions[] = {{"tokens", h.tokenRegion, h.tokens * width},
                                {"offsets", h.offsetRegion, (h.documents + 1) * 8},
                                {"source ids", h.sourceRegion, h.documents * 4},
                                {"metadata ids", h.metadataRegion, h.documents * 4},
                                {"strings", h.stringRegion, kAnySize}};
    uint64_t previousEnd = kShardHeaderSize;
    for (const Expected& e : regions) {
        const std::string name = e.name;
        // Each region right after the one before it, at the next multiple of 8: nothing hides between.
        if (e.region.offset != alignUp(previousEnd))
            fail("bad header: the " + name + " region starts at byte " + std::to_string(e.region.offset) +
                 " (expected " + std::to_string(alignUp(previousEnd)) + ")");
        if (e.size != kAnySize && e.region.size != e.size)
            fail("bad header: the " + name + " region holds " + std::to_string(e.region.size) + " bytes but the counts need " +
                 std::to_string(e.size));
        if (e.region.size > kLimit || e.region.end() > size_)
            fail("truncated: the " + name + " region ends at byte " + std::to_string(e.region.end()) + " but the file has " +
                 std::to_string(size_) + " bytes");
        previousEnd = e.region.end();
    }
    if (previousEnd != size_)
        fail(std::to_string(size_ - previousEnd) + " bytes after the strings region (the file should end at byte " +
             std::to_string(previousEnd) + ")");

    const uint64_t firstOffset = get<uint64_t>(data_, h.offsetRegion.offset);
    const uint64_t lastOffset = get<uint64_t>(data_, h.offsetRegion.offset + h.documents * 8);
    if (firstOffset != 0 || lastOffset != h.tokens)
        fail("bad offsets: the documents span tokens " + std::to_string(firstOffset) + " to " + std::to_string(lastOffset) +
             " but the shard holds " + std::to_string(h.tokens));

    // The side table: its offsets inside its own bytes, ascending.
    const uint64_t tableBytes = (h.strings + 1) * 8;
    if (h.stringRegion.size < tableBytes)
        fail("truncated: the strings region holds " + std::to_string(h.stringRegion.size) + " bytes but its table of " +
             std::to_string(h.strings) + " strings needs " + std::to_string(tableBytes));
    const uint64_t textBytes = h.stringRegion.size - tableBytes;
    uint64_t previous = 0;
    for (uint64_t i = 0; i <= h.strings; ++i) {
        const uint64_t offset = get<uint64_t>(data_, h.stringRegion.offset + i * 8);
        if ((i == 0 && offset != 0) || offset < previous || offset > textBytes)
            fail("bad strings table: string " + std::to_string(i) + " starts at byte " + std::to_string(offset) + " of " +
                 std::to_string(textBytes));
        previous = offset;
    }
    if (previous != textBytes)
        fail("bad strings table: its strings end at byte " + std::to_string(previous) + " of " + std::to_string(textBytes));
}

TokenSpan ShardReader::document(uint64_t i) const
{
    if (i >= header_.documents)
        fail("no document " + std::to_string(i) + " (it holds " + std::to_string(header_.documents) + ")");
    const uint64_t begin = get<uint64_t>(data_, header_.offsetRegion.offset + i * 8);
    const uint64_t end = get<uint64_t>(data_, header_.offsetRegion.offset + (i + 1) * 8);
    if (begin > end || end > header_.tokens)
        fail("bad offsets: document " + std::to_string(i) + " spans tokens " + std::to_string(begin) + " to " +
             std::to_string(end) + " of " + std::to_string(header_.tokens));
    const auto width = static_cast<uint64_t>(header_.dtype);
    return TokenSpan(data_ + header_.tokenRegion.offset + begin * width, end - begin, header_.dtype);
}

uint32_t ShardReader::sourceId(uint64_t i) const
{
    if (i >= header_.documents)
        fail("no document " + std::to_string(i));
    return get<uint32_t>(data_, header_.sourceRegion.offset + i * 4);
}

uint32_t ShardReader::metadataId(uint64_t i) const
{
    if (i >= header_.documents)
        fail("no document " + std::to_string(i));
    return get<uint32_t>(data_, header_.metadataRegion.offset + i * 4);
}

std::optional<std::string_view> ShardReader::metadata(uint64_t i) const
{
    const uint32_t id = metadataId(i);
    if (id == kNoMetadata)
        return std::nullopt;
    return string(id);
}

std::string_view ShardReader::string(uint64_t index) const
{
    if (index >= header_.strings)
        fail("no string " + std::to_string(index) + " in the side table (it holds " + std::to_string(header_.strings) + ")");
    const uint64_t table = header_.stringRegion.offset;
    const uint64_t text = table + (header_.strings + 1) * 8;
    const uint64_t begin = get<uint64_t>(data_, table + index * 8);
    const uint64_t end = get<uint64_t>(data_, table + (index + 1) * 8);
    return {reinterpret_cast<const char*>(data_ + text + begin), static_cast<size_t>(end - begin)};
}

void ShardReader::verify() const
{
    const uint64_t actual = shardChecksum({data_, static_cast<size_t>(size_)});
    if (actual != header_.checksum)
        fail("checksum mismatch: the header says " + hex64(header_.checksum) + " but the content gives " + hex64(actual) +
             " (the file was changed or damaged after it was written)");
    uint64_t previous = 0;
    for (uint64_t i = 0; i <= header_.documents; ++i) {
        const uint64_t offset = get<uint64_t>(data_, header_.offsetRegion.offset + i * 8);
        if (offset < previous || offset > header_.tokens)
            fail("bad offsets: document " + std::to_string(i) + " starts at token " + std::to_string(offset));
        previous = offset;
    }
    const uint32_t vocab = header_.vocabSize;
    const unsigned char* tokens = data_ + header_.tokenRegion.offset;
    for (uint64_t t = 0; t < header_.tokens; ++t) {
        const uint32_t id = header_.dtype == TokenDtype::U16 ? get<uint16_t>(tokens, t * 2) : get<uint32_t>(tokens, t * 4);
        if (id >= vocab)
            fail("token " + std::to_string(t) + " has id " + std::to_string(id) + ", outside the vocabulary of " +
                 std::to_string(vocab));
    }
    for (uint64_t i = 0; i < header_.documents; ++i) {
        if (sourceId(i) >= header_.strings)
            fail("document " + std::to_string(i) + " has source id " + std::to_string(sourceId(i)) + ", outside the side table");
        const uint32_t meta = metadataId(i);
        if (meta != kNoMetadata && meta >= header_.strings)
            fail("document " + std::to_string(i) + " has metadata id " + std::to_string(meta) + ", outside the side table");
    }
}

} // namespace adaptlab::tokenize
