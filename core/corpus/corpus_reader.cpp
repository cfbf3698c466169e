#include "corpus/corpus_reader.h"

#include "common/error.h"
#include "corpus/json_syntax.h"
#include "corpus/line_stream.h"
#include "corpus/text_source.h"
#include "store/store_files.h"

#include <simdjson.h>

#include <fnmatch.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <deque>
#include <optional>
#include <unordered_set>

// Choices made here (METHODS leaves them open):
// - Which files are JSON Lines: the name without .zst/.gz ends in .jsonl, .ndjson or .json
//   (textFormatFor, shared with TextSource); everything else is plain text.
// - Metadata values: strings as their unescaped text, booleans as "true"/"false", numbers as JSON
//   text written by simdjson ("42", "-7", "1e3" -> "1000.0"), null as absent. Objects and arrays
//   are kept as minified JSON text when the field is named in metadataFields (the user asked for
//   it), and skipped by allOtherFieldsAsMetadata (only scalars, as the header promises). A repeated
//   key: the first wins. A number simdjson cannot hold (beyond 64 bits or DBL_MAX) is kept as
//   written, as is a compound value holding one or nested deeper than simdjson's limit.
// - Only the fields used decide whether a record is kept: a record that is valid JSON (RFC 8259) is
//   not refused for a value in a field nobody maps. A string that cannot be decoded (a lone UTF-16
//   surrogate escape) refuses the record when it is the text or a named metadata field (the
//   message names the field), and is skipped and counted as skipped_field when it would be one of
//   "all other fields". Broken syntax anywhere in the record is invalid_json, as before.
// - The content, not the name, says whether a file is compressed (LineStream sniffs it): a name
//   that disagrees is a format_mismatch problem, and the file is still read whole.
// - Blank means empty or only spaces and tabs: blank lines never make documents, and a blank-line
//   block ends at one. Plain text lines are joined with '\n' (a "\r\n" file reads as "\n").
// - A file whose content is only blank lines is an empty_file, like a file of zero bytes.
// - A corrupt compressed stream is recorded as truncated_stream as well: either way the records
//   before the damage are kept and the file cannot be read to its end.
// - Folders: hidden entries (names starting with '.') are skipped, symbolic links to folders are
//   not followed (no loops), a dangling link matching the glob is listed so that reading it reports
//   unreadable_file. FIFOs, sockets and devices inside folders are skipped (opening one could block);
//   named explicitly, they are refused with an error that says what they are.

namespace adaptlab::corpus {

namespace fs = std::filesystem;

namespace {

static_assert(LineStream::kPadding >= simdjson::SIMDJSON_PADDING,
              "records are parsed in place in the line buffer");

constexpr size_t kSniffBytes = 8192;     // a NUL in the first 8 KiB means a binary file (as git does)
constexpr size_t kMaxFieldNames = 256;   // the preview lists at most this many JSON keys
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool isUtf8(std::string_view text)
{
    return simdjson::validate_utf8(text.data(), text.size());
}

// Reads the documents of one file after another. Shared by CorpusReader (whole files) and
// previewCorpus (the first bytes of each file). Problems go to the ScanProblems it was given.
class FileReader {
public:
    FileReader(const ReaderOptions& options, ScanProblems& problems)
        : options_(options)
        , problems_(problems)
    {
    }

    // Preview: stop before a record that starts this many decompressed bytes into the file.
    void setStopOffset(int64_t offset) { stopOffset_ = offset; }
    // Preview: collect the JSON keys seen.
    void setFieldNames(std::vector<std::string>* names) { fieldNames_ = names; }

    // False when the file is skipped (the problem is recorded).
    bool open(const fs::path& path, int32_t fileIndex)
    {
        close();
        file_ = path.string();
        fileIndex_ = fileIndex;
        try {
            stream_ = std::make_unique<LineStream>(path);
        } catch (const Error& error) {
            report("unreadable_file", 0, error.what());
            return false;
        }
        stream_->setTolerateEarlyEnd(true);
        stream_->setMaxLineBytes(options_.maxRecordBytes);
        if (!stream_->formatMismatch().empty())
            report("format_mismatch", 0, "the file is " + stream_->formatMismatch());
        const std::string_view head = stream_->head(kSniffBytes);
        if (std::memchr(head.data(), '\0', head.size())) {
            report("binary_file", 0, "the file holds NUL bytes in its first 8 KiB: not text");
            close();
            return false;
        }
        if (head.empty()) {
            finishFile();
            close();
            return false;
        }
        json_ = textFormatFor(path) == TextFormat::JsonLines;
        return true;
    }

    // Continues at the record that starts at `offset` on line `line` of the open file.
    bool skipTo(int64_t offset, int64_t line)
    {
        sawContent_ = true; // what lies before was read on an earlier pass
        // Line 0 is a whole-file document, line 1 the first line (after a byte order mark).
        return stream_ && (line <= 1 || stream_->skipTo(offset, line));
    }

    int64_t nextOffset() const { return stream_ ? stream_->nextOffset() : 0; }
    bool isOpen() const { return stream_ != nullptr; }
    void close()
    {
        stream_.reset();
        sawContent_ = false;
        fileDone_ = false;
        stoppedAtLimit_ = false;
    }
    int64_t compressedBytesRead() const { return stream_ ? stream_->compressedBytesRead() : 0; }
    bool stoppedAtLimit() const { return stoppedAtLimit_; }
    int64_t recordsSeen() const { return records_; }

    // The next document of the open file; false at its end (end-of-file problems recorded).
    bool next(Document& document)
    {
        if (!stream_ || fileDone_)
            return false;
        bool found = false;
        if (json_)
            found = nextJson(document);
        else if (options_.plainText == PlainTextMode::LinePerDocument)
            found = nextLine(document);
        else
            found = nextBlock(document, options_.plainText == PlainTextMode::FilePerDocument);
        if (!found) {
            fileDone_ = true;
            if (!stoppedAtLimit_)
                finishFile();
        }
        return found;
    }

private:
    void report(const char* kind, int64_t line, std::string detail)
    {
        problems_.add({kind, file_, line, std::move(detail)}, options_.maxExamplesPerKind);
    }

    void reportTooLong(const char* what)
    {
        report("line_too_long", stream_->lineNumber(),
               std::string(what) + " is " + std::to_string(stream_->lineBytes()) + " bytes, longer than the limit of "
                   + std::to_string(options_.maxRecordBytes) + " bytes; it was skipped");
    }

    void finishFile()
    {
        if (stream_->endedEarly()) {
            report(stream_->fileShrank() ? "truncated_file" : "truncated_stream", stream_->lineNumber() + 1,
                   "the file ends early (" + stream_->earlyEndDetail() + "); the records before line "
                       + std::to_string(stream_->lineNumber() + 1) + " were read");
            problems_.partial = true;
        } else if (!sawContent_) {
            report("empty_file", 0, "the file holds no text");
        }
    }

    // The next line of the file, with a UTF-8 byte order mark dropped. False at the end, or at the
    // preview's byte limit.
    LineStatus readLine(std::string_view& line, int64_t& offset)
    {
        const LineStatus status = stream_->read(line);
        if (status == LineStatus::End)
            return status;
        offset = stream_->lineOffset();
        if (stopOffset_ >= 0 && offset >= stopOffset_) {
            stoppedAtLimit_ = true;
            return LineStatus::End;
        }
        if (stream_->lineNumber() == 1 && line.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
            line.remove_prefix(kUtf8Bom.size());
            offset += static_cast<int64_t>(kUtf8Bom.size());
        }
        return status;
    }

    void place(Document& document, int64_t line, int64_t offset) const
    {
        document.position.fileIndex = fileIndex_;
        document.position.line = line;
        document.position.byteOffset = offset;
    }

    bool nextLine(Document& document)
    {
        std::string_view line;
        int64_t offset = 0;
        for (;;) {
            const LineStatus status = readLine(line, offset);
            if (status == LineStatus::End)
                return false;
            if (status == LineStatus::TooLong) {
                sawContent_ = true;
                ++records_;
                reportTooLong("the line");
                continue;
            }
            if (isBlank(line))
                continue;
            sawContent_ = true;
            ++records_;
            if (!isUtf8(line)) {
                report("invalid_utf8", stream_->lineNumber(), "the line is not valid UTF-8");
                continue;
            }
            document.text.assign(line);
            document.metadata.clear();
            place(document, stream_->lineNumber(), offset);
            return true;
        }
    }

    // A blank-line block, or with wholeFile the whole file (line 0: a whole-file document).
    bool nextBlock(Document& document, bool wholeFile)
    {
        std::string_view line;
        int64_t offset = 0;
        bool inBlock = false;
        bool bad = false; // the block is skipped (its problem already recorded)
        int64_t firstLine = 0, firstOffset = 0;
        document.text.clear();
        document.metadata.clear();
        for (;;) {
            const LineStatus status = readLine(line, offset);
            if (status == LineStatus::End) {
                // A block cut by a damaged stream may be incomplete: it is not delivered.
                if (!inBlock || bad || stream_->endedEarly() || stoppedAtLimit_)
                    return false;
                if (wholeFile)
                    place(document, 0, 0);
                else
                    place(document, firstLine, firstOffset);
                return true;
            }
            const bool blank = status == LineStatus::Line && isBlank(line);
            if (!blank)
                sawContent_ = true;
            if (blank && !wholeFile) {
                if (inBlock && !bad) {
                    place(document, firstLine, firstOffset);
                    return true;
                }
                inBlock = bad = false;
                document.text.clear();
                continue;
            }
            if (!inBlock) {
                if (blank)
                    continue; // leading blank lines of a whole file
                inBlock = true;
                ++records_;
                firstLine = stream_->lineNumber();
                firstOffset = offset;
            }
            if (bad)
                continue;
            if (status == LineStatus::TooLong) {
                reportTooLong("a line of the document");
                bad = true;
                continue;
            }
            if (!isUtf8(line)) {
                report("invalid_utf8", stream_->lineNumber(), "the line is not valid UTF-8");
                bad = true;
                continue;
            }
            const size_t separator = document.text.empty() ? 0 : 1;
            if (static_cast<int64_t>(document.text.size() + separator + line.size()) > options_.maxRecordBytes) {
                report("line_too_long", firstLine,
                       "the document starting here is longer than the limit of "
                           + std::to_string(options_.maxRecordBytes) + " bytes; it was skipped");
                bad = true;
                continue;
            }
            if (separator)
                document.text.push_back('\n');
            document.text.append(line);
        }
    }

    bool nextJson(Document& document)
    {
        std::string_view line;
        int64_t offset = 0;
        for (;;) {
            const LineStatus status = readLine(line, offset);
            if (status == LineStatus::End)
                return false;
            if (status == LineStatus::TooLong) {
                sawContent_ = true;
                ++records_;
                reportTooLong("the record");
                continue;
            }
            if (isBlank(line)) // JSON Lines allows blank lines: not records
                continue;
            sawContent_ = true;
            ++records_;
            if (parseRecord(line, document)) {
                place(document, stream_->lineNumber(), offset);
                return true;
            }
        }
    }

    bool recordError(simdjson::error_code error)
    {
        if (error == simdjson::UTF8_ERROR)
            report("invalid_utf8", stream_->lineNumber(), "the record is not valid UTF-8");
        else
            report("invalid_json", stream_->lineNumber(), simdjson::error_message(error));
        return false;
    }

    void noteFieldName(std::string_view key)
    {
        if (!fieldNames_ || fieldNames_->size() >= kMaxFieldNames)
            return;
        if (std::find(fieldNames_->begin(), fieldNames_->end(), key) == fieldNames_->end())
            fieldNames_->emplace_back(key);
    }

    // A string that lives until the next record (views into it stay valid: scratch_ is a deque).
    std::string& scratch()
    {
        if (scratchUsed_ == scratch_.size())
            scratch_.emplace_back();
        return scratch_[scratchUsed_++];
    }

    // A metadata value as text; nullopt when the field counts as absent. Numbers and compound
    // values are written by simdjson into scratch strings that live until the next record.
    std::optional<std::string_view> metadataValue(simdjson::dom::element value, bool keepCompound)
    {
        using simdjson::dom::element_type;
        switch (value.type()) {
        case element_type::STRING:
            return value.get_string().value_unsafe();
        case element_type::BOOL:
            return value.get_bool().value_unsafe() ? std::string_view("true") : std::string_view("false");
        case element_type::NULL_VALUE:
            return std::nullopt;
        case element_type::ARRAY:
        case element_type::OBJECT:
            if (!keepCompound)
                return std::nullopt;
            [[fallthrough]];
        default: // numbers
            std::string& text = scratch();
            text = simdjson::minify(value);
            return std::string_view(text);
        }
    }

    // "All other fields": the first of a repeated key wins. One record can hold 100k keys, so past a
    // few keys the ones kept are looked up in a hash set: scanning the list would be quadratic.
    static constexpr size_t kKeysScanned = 16;

    bool otherKept(std::string_view key)
    {
        if (others_.size() < kKeysScanned)
            return std::any_of(others_.begin(), others_.end(), [&](const auto& other) { return other.first == key; });
        if (!otherIndexUsed_) {
            otherIndexUsed_ = true;
            for (const auto& other : others_)
                otherIndex_.insert(other.first);
        }
        return otherIndex_.count(key) > 0;
    }

    void keepOther(std::string_view key, std::string_view value)
    {
        others_.emplace_back(key, value);
        if (otherIndexUsed_)
            otherIndex_.insert(key);
    }

    void startRecord()
    {
        slots_.assign(options_.fields.metadataFields.size(), std::nullopt);
        others_.clear();
        scratchUsed_ = 0;
        if (otherIndexUsed_) {
            otherIndexUsed_ = false;
            if (otherIndex_.bucket_count() > 4096)
                otherIndex_ = {}; // a huge record has gone: give its table back
            else
                otherIndex_.clear();
        }
    }

    // The slot of a named metadata field, or nullptr.
    std::optional<std::string_view>* namedSlot(std::string_view key)
    {
        const auto& named = options_.fields.metadataFields;
        const auto it = std::find(named.begin(), named.end(), key);
        return it == named.end() ? nullptr : &slots_[it - named.begin()];
    }

    // Parses one JSON Lines record in place (the line buffer carries simdjson's padding), with the
    // DOM parser: simdjson picks its SIMD kernel at run time there, while On Demand is compiled for
    // the build's baseline CPU (the scalar fallback kernel on a plain x86-64 build). Stage 1 checks
    // UTF-8 on the way; one pass over the fields picks the text and the metadata. A record DOM
    // refuses for a value it cannot represent goes to parseValidRecord().
    bool parseRecord(std::string_view line, Document& document)
    {
        using namespace simdjson;
        const FieldMapping& fields = options_.fields;
        // One huge record grows the parser's buffers to several times its size: give them back.
        if (parser_.capacity() > (16u << 20) && line.size() < (1u << 20)) {
            if (parser_.allocate(1u << 20) != simdjson::SUCCESS)
                parser_ = simdjson::dom::parser(); // allocates again on the next parse
        }
        dom::element root;
        if (auto error = parser_.parse(line.data(), line.size(), /*realloc_if_needed=*/false).get(root)) {
            // Numbers beyond 64 bits or DBL_MAX, a lone surrogate escape, nesting beyond the limit:
            // the JSON may well be valid, and only the fields used should decide.
            if (error == NUMBER_ERROR || error == STRING_ERROR || error == DEPTH_ERROR)
                return parseValidRecord(line, document);
            return recordError(error);
        }
        dom::object object;
        if (root.get_object().get(object)) {
            report("invalid_json", stream_->lineNumber(), "the record is not a JSON object");
            return false;
        }

        std::optional<std::string_view> text;
        bool textNotString = false;
        startRecord();
        for (const dom::key_value_pair field : object) {
            const std::string_view key = field.key;
            noteFieldName(key);
            if (key == fields.textField) {
                if (text || textNotString)
                    continue;
                if (field.value.is_string())
                    text = field.value.get_string().value_unsafe();
                else
                    textNotString = true;
                continue;
            }
            if (auto* slot = namedSlot(key)) {
                if (!*slot)
                    *slot = metadataValue(field.value, /*keepCompound=*/true);
                continue;
            }
            if (fields.allOtherFieldsAsMetadata && !otherKept(key))
                if (const auto scalar = metadataValue(field.value, /*keepCompound=*/false))
                    keepOther(key, *scalar);
        }
        return finishRecord(text, textNotString, document);
    }

    // The slow path for a record simdjson's DOM refused for a value it cannot represent: check the
    // record's syntax (RFC 8259), then convert only the fields that are used, one by one.
    bool parseValidRecord(std::string_view line, Document& document)
    {
        const FieldMapping& fields = options_.fields;
        const int64_t lineNumber = stream_->lineNumber();
        if (fragmentParser_.capacity() > (16u << 20))
            fragmentParser_ = simdjson::dom::parser(); // a huge record has gone: give its buffers back
        checkJsonSyntax(line, syntax_);
        if (!syntax_.valid) {
            report("invalid_json", lineNumber, "the record is not valid JSON (" + syntax_.error + ")");
            return false;
        }
        if (!syntax_.object) {
            report("invalid_json", lineNumber, "the record is not a JSON object");
            return false;
        }
        std::optional<std::string_view> text;
        bool textNotString = false;
        startRecord();
        std::string why;
        for (const JsonMember& member : syntax_.members) {
            std::string_view key;
            if (!decodeString(member.key, key, why)) {
                // No mapped name can match a key that does not decode; as one of "all other fields"
                // it is lost, and the user should know.
                if (fields.allOtherFieldsAsMetadata)
                    report("skipped_field", lineNumber,
                           "field " + std::string(member.key) + " was not kept as metadata: its name " + why);
                continue;
            }
            noteFieldName(key);
            if (key == fields.textField) {
                if (text || textNotString)
                    continue;
                if (member.value.front() != '"') {
                    textNotString = true;
                    continue;
                }
                std::string_view decoded;
                if (!decodeString(member.value, decoded, why)) {
                    report("invalid_json", lineNumber, "field \"" + fields.textField + "\": the string " + why);
                    return false;
                }
                text = decoded;
                continue;
            }
            if (auto* slot = namedSlot(key)) {
                if (*slot)
                    continue;
                const auto value = valueText(member.value, /*keepCompound=*/true, why);
                if (!why.empty()) {
                    report("invalid_json", lineNumber, "field \"" + std::string(key) + "\": the string " + why);
                    return false;
                }
                *slot = value;
                continue;
            }
            if (fields.allOtherFieldsAsMetadata && !otherKept(key)) {
                const auto value = valueText(member.value, /*keepCompound=*/false, why);
                if (!why.empty())
                    report("skipped_field", lineNumber,
                           "field \"" + std::string(key) + "\" was not kept as metadata: the string " + why);
                else if (value)
                    keepOther(key, *value);
            }
        }
        return finishRecord(text, textNotString, document);
    }

    // A string token (quotes included, syntax already checked) as its text; false with `why` when
    // it does not decode to UTF-8. Only a token with an escape is converted (by simdjson).
    bool decodeString(std::string_view token, std::string_view& text, std::string& why)
    {
        why.clear();
        const std::string_view inner = token.substr(1, token.size() - 2);
        if (inner.find('\\') == std::string_view::npos) {
            text = inner;
            return true;
        }
        std::string_view decoded;
        if (fragmentParser_.parse(token.data(), token.size()).get_string().get(decoded)) {
            why = "holds a \\u escape that is not a character (a lone UTF-16 surrogate such as \\ud800)";
            return false;
        }
        std::string& copy = scratch();
        copy.assign(decoded);
        text = copy;
        return true;
    }

    // A value's text as metadataValue() gives it, for a value (syntax already checked) that may be
    // beyond what simdjson holds. A string that does not decode sets `why`.
    std::optional<std::string_view> valueText(std::string_view value, bool keepCompound, std::string& why)
    {
        why.clear();
        switch (value.front()) {
        case '"': {
            std::string_view text;
            if (!decodeString(value, text, why))
                return std::nullopt;
            return text;
        }
        case 't': return std::string_view("true");
        case 'f': return std::string_view("false");
        case 'n': return std::nullopt;
        case '{':
        case '[':
            if (!keepCompound)
                return std::nullopt;
            break;
        default: break; // a number
        }
        simdjson::dom::element element;
        if (!fragmentParser_.parse(value.data(), value.size()).get(element))
            return metadataValue(element, keepCompound); // copied to scratch before the next parse
        // Valid JSON that simdjson cannot hold (a huge number, a lone surrogate inside an array,
        // deep nesting): kept as written.
        std::string& text = scratch();
        text = minifiedJson(value);
        return std::string_view(text);
    }

    bool finishRecord(const std::optional<std::string_view>& text, bool textNotString, Document& document)
    {
        const FieldMapping& fields = options_.fields;
        if (!text) {
            if (textNotString)
                report("non_string_text", stream_->lineNumber(), "field \"" + fields.textField + "\" is not a string");
            else
                report("missing_text_field", stream_->lineNumber(), "no field \"" + fields.textField + "\"");
            return false;
        }

        // The views point into the parser's buffers, the line or scratch strings: this is the one
        // copy of the text.
        document.text.assign(*text);
        size_t used = 0;
        const auto put = [&](std::string_view key, std::string_view value) {
            if (used < document.metadata.size()) { // reuse the strings' capacity
                document.metadata[used].first.assign(key);
                document.metadata[used].second.assign(value);
            } else {
                document.metadata.emplace_back(std::string(key), std::string(value));
            }
            ++used;
        };
        for (size_t i = 0; i < slots_.size(); ++i)
            if (slots_[i])
                put(fields.metadataFields[i], *slots_[i]);
        for (const auto& [key, value] : others_)
            put(key, value);
        document.metadata.resize(used);
        return true;
    }

    const ReaderOptions& options_;
    ScanProblems& problems_;
    simdjson::dom::parser parser_;
    simdjson::dom::parser fragmentParser_; // parseValidRecord's fields, one at a time
    JsonSyntax syntax_;
    std::vector<std::optional<std::string_view>> slots_;
    std::deque<std::string> scratch_; // a deque: growing it keeps the views into earlier strings valid
    size_t scratchUsed_ = 0;
    std::vector<std::pair<std::string_view, std::string_view>> others_;
    std::unordered_set<std::string_view> otherIndex_; // keys of others_, once it is long
    bool otherIndexUsed_ = false;
    std::vector<std::string>* fieldNames_ = nullptr;
    int64_t stopOffset_ = -1;

    std::unique_ptr<LineStream> stream_;
    std::string file_;
    int32_t fileIndex_ = 0;
    bool json_ = false;
    bool sawContent_ = false;
    bool fileDone_ = false;
    bool stoppedAtLimit_ = false;
    int64_t records_ = 0;
};

bool hidden(const fs::path& path)
{
    const std::string name = path.filename().string();
    return !name.empty() && name[0] == '.';
}

void listFolder(const fs::path& folder, const ReaderOptions& options, std::vector<fs::path>& files)
{
    std::vector<fs::path> found;
    const auto consider = [&](const fs::directory_entry& entry) {
        std::error_code ec;
        const fs::file_status target = entry.status(ec); // follows links
        const bool regular = fs::is_regular_file(target);
        const bool dangling = entry.is_symlink(ec) && !fs::exists(target);
        if (!regular && !dangling)
            return;
        // A project store in the folder is never a corpus; opening it in a process that has it
        // open (the app previewing an import) would drop that process's SQLite locks on it.
        if (store::isStoreFile(entry.path()))
            return;
        if (::fnmatch(options.glob.c_str(), entry.path().filename().c_str(), FNM_PERIOD) == 0)
            found.push_back(entry.path());
    };
    std::error_code ec;
    if (options.recursive) {
        fs::recursive_directory_iterator it(folder, fs::directory_options::none, ec);
        if (ec)
            throwCheckedError("list", folder.string(), ec.message());
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec)
                break;
            if (hidden(it->path())) {
                it.disable_recursion_pending();
                continue;
            }
            consider(*it);
        }
    } else {
        fs::directory_iterator it(folder, ec);
        if (ec)
            throwCheckedError("list", folder.string(), ec.message());
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec)
                break;
            if (!hidden(it->path()))
                consider(*it);
        }
    }
    if (ec)
        throwCheckedError("list", folder.string(), ec.message());
    // Path order compares component by component, so a folder's files stay together.
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
}

} // namespace

std::vector<fs::path> expandInputs(const std::vector<fs::path>& inputs, const ReaderOptions& options)
{
    std::vector<fs::path> files;
    for (const fs::path& input : inputs) {
        std::error_code ec;
        const fs::file_status status = fs::status(input, ec);
        if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
            // A symbolic link loop, a folder on the way that cannot be entered, ...: say which.
            throwCheckedError("open", input.string(),
                              ec == std::errc::too_many_symbolic_link_levels
                                  ? "it is a loop of symbolic links (" + ec.message() + ")"
                                  : ec.message());
        }
        if (!fs::exists(status)) {
            if (fs::is_symlink(fs::symlink_status(input, ec)))
                throwCheckedError("open", input.string(),
                                  "it is a symbolic link to " + fs::read_symlink(input, ec).string()
                                      + ", which does not exist");
            throwCheckedError("open", input.string(), "no such file or folder");
        }
        if (fs::is_directory(status)) {
            listFolder(input, options, files);
            continue;
        }
        // A file named explicitly is read whatever the glob. It must be a regular file: a FIFO
        // without a writer would block the reader forever (folders skip such entries as well).
        if (!fs::is_regular_file(status))
        {
            const std::string why = describeNonRegularFile(input);
            throwCheckedError("open", input.string(), why.empty() ? "it is not a regular file" : why);
        }
        if (store::isStoreFile(input))
            throwCheckedError("open", input.string(),
                              "it is an AdaptLab project store, not a corpus; choose the corpus files or a folder of them");
        if (::access(input.c_str(), R_OK) != 0)
            throwCheckedError("open", input.string(), std::strerror(errno));
        files.push_back(input);
    }
    return files;
}

struct CorpusReader::Impl {
    ReaderOptions options;
    std::vector<fs::path> files;
    std::vector<int64_t> sizes;
    int64_t totalBytes = 0;
    ScanProblems problems;
    FileReader reader{options, problems};
    size_t nextFile = 0;
    size_t currentFile = 0;
    int64_t finishedBytes = 0; // on-disk bytes of the files done
    int64_t delivered = 0;
};

CorpusReader::CorpusReader(const std::vector<fs::path>& inputs, ReaderOptions options)
    : d(std::make_unique<Impl>())
{
    d->options = std::move(options);
    d->files = expandInputs(inputs, d->options);
    for (const fs::path& file : d->files) {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        d->sizes.push_back(ec ? 0 : static_cast<int64_t>(size));
        d->totalBytes += d->sizes.back();
    }
}

CorpusReader::~CorpusReader() = default;

bool CorpusReader::next(Document& document)
{
    for (;;) {
        if (!d->reader.isOpen()) {
            if (d->nextFile >= d->files.size())
                return false;
            d->currentFile = d->nextFile++;
            if (!d->reader.open(d->files[d->currentFile], static_cast<int32_t>(d->currentFile))) {
                d->finishedBytes += d->sizes[d->currentFile];
                continue;
            }
        }
        if (d->reader.next(document)) {
            document.index = d->delivered++;
            return true;
        }
        d->reader.close();
        d->finishedBytes += d->sizes[d->currentFile];
    }
}

bool CorpusReader::seek(const SourcePosition& position, int64_t documentIndex)
{
    if (position.fileIndex < 0 || static_cast<size_t>(position.fileIndex) >= d->files.size())
        return false;
    // Ahead in the open file: read on from here rather than from the file's start.
    if (d->reader.isOpen() && d->currentFile == static_cast<size_t>(position.fileIndex)
        && documentIndex >= d->delivered && position.byteOffset >= d->reader.nextOffset()) {
        d->delivered = documentIndex;
        return d->reader.skipTo(position.byteOffset, position.line);
    }
    if (d->reader.isOpen())
        d->reader.close();
    d->currentFile = static_cast<size_t>(position.fileIndex);
    d->nextFile = d->currentFile + 1;
    d->finishedBytes = 0;
    for (size_t f = 0; f < d->currentFile; ++f)
        d->finishedBytes += d->sizes[f];
    d->delivered = documentIndex;
    if (!d->reader.open(d->files[d->currentFile], position.fileIndex))
        return false;
    return d->reader.skipTo(position.byteOffset, position.line);
}

const std::vector<fs::path>& CorpusReader::files() const { return d->files; }
const ScanProblems& CorpusReader::problems() const { return d->problems; }

int64_t CorpusReader::bytesRead() const
{
    int64_t current = 0;
    if (d->reader.isOpen())
        current = std::min(d->reader.compressedBytesRead(), d->sizes[d->currentFile]);
    return d->finishedBytes + current;
}

int64_t CorpusReader::totalBytes() const { return d->totalBytes; }
const ReaderOptions& CorpusReader::options() const { return d->options; }

CorpusPreview previewCorpus(const std::vector<fs::path>& inputs, const ReaderOptions& options, size_t count,
                            int64_t prescanBytes, const std::atomic<bool>* cancel)
{
    const auto cancelled = [cancel] { return cancel != nullptr && cancel->load(std::memory_order_relaxed); };
    CorpusPreview preview;
    preview.files = expandInputs(inputs, options);
    FileReader reader(options, preview.problems);
    reader.setStopOffset(std::max<int64_t>(prescanBytes, 0));
    reader.setFieldNames(&preview.fieldNames);
    // The documents shown are the corpus's first ones: once a file is cut at the byte limit,
    // later files' documents would not be, so none are taken from them.
    bool contiguous = true;
    Document document;
    for (size_t i = 0; i < preview.files.size() && !cancelled(); ++i) {
        if (!reader.open(preview.files[i], static_cast<int32_t>(i)))
            continue;
        while (!cancelled() && reader.next(document)) {
            ++preview.documentsScanned;
            if (contiguous && preview.documents.size() < count) {
                document.index = static_cast<int64_t>(preview.documents.size());
                preview.documents.push_back(document);
            }
        }
        if (reader.stoppedAtLimit())
            contiguous = false;
        reader.close();
    }
    preview.recordsScanned = reader.recordsSeen();
    return preview;
}

std::optional<UnusableCorpus> findUnusableCorpus(const CorpusPreview& preview)
{
    if (preview.documentsScanned > 0)
        return std::nullopt;
    UnusableCorpus verdict;
    verdict.files = static_cast<int64_t>(preview.files.size());
    if (verdict.files == 0)
        return verdict; // NoFiles
    const auto count = [&](const char* kind) {
        const auto it = preview.problems.counts.find(kind);
        return it == preview.problems.counts.end() ? int64_t{0} : it->second;
    };
    if (count("binary_file") == verdict.files) {
        verdict.why = UnusableCorpus::Why::AllBinary;
    } else if (count("empty_file") == verdict.files) {
        verdict.why = UnusableCorpus::Why::AllEmpty;
    } else if (count("empty_file") + count("binary_file") + count("unreadable_file") == verdict.files) {
        verdict.why = UnusableCorpus::Why::NoReadableText;
    } else {
        verdict.why = UnusableCorpus::Why::OnlyBrokenRecords;
        verdict.recordsRead = preview.recordsScanned;
        // The first problem that cost documents (a warning such as format_mismatch explains nothing).
        const auto lost = std::find_if(preview.problems.examples.begin(), preview.problems.examples.end(),
                                       [](const RecordProblem& problem) { return !isWarningKind(problem.kind); });
        if (lost != preview.problems.examples.end())
            verdict.firstLoss = *lost;
    }
    return verdict;
}

std::optional<std::string> unusableCorpusReason(const CorpusPreview& preview)
{
    const auto verdict = findUnusableCorpus(preview);
    if (!verdict)
        return std::nullopt;
    const bool one = verdict->files == 1;
    const std::string what = one ? preview.files.front().string() : std::to_string(verdict->files) + " files";
    switch (verdict->why) {
    case UnusableCorpus::Why::NoFiles:
        return std::string("there is no file to read (an empty folder, or no file matches the pattern)");
    case UnusableCorpus::Why::AllBinary:
        return what + (one ? " is" : " are") + " not text (NUL bytes in the first 8 KiB): a binary file cannot be a corpus";
    case UnusableCorpus::Why::AllEmpty:
        return what + (one ? " is empty" : " are all empty") + ": there are no documents to import";
    case UnusableCorpus::Why::NoReadableText:
        return "none of " + what + " holds text that can be read (empty, binary or unreadable files)";
    case UnusableCorpus::Why::OnlyBrokenRecords:
        break;
    }
    std::string reason = "no document could be read from " + what;
    if (verdict->recordsRead > 0)
        reason += ": all " + std::to_string(verdict->recordsRead) + " records read were broken";
    if (const auto& first = verdict->firstLoss)
        reason += " (" + first->kind + " at " + first->file
            + (first->line > 0 ? ", line " + std::to_string(first->line) : std::string()) + ": " + first->detail + ")";
    return reason;
}

} // namespace adaptlab::corpus
