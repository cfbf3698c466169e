#include "corpus/jsonl_zst_writer.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/utf8.h"

#include <nlohmann/json.hpp>
#include <zstd.h>
#include <zstd_errors.h>

#include <cstdio>

namespace adaptlab::corpus {

namespace {

// A zstd call's result, or an error naming the file, the operation and zstd's words.
size_t checkZstd(size_t result, std::string_view operation, const std::filesystem::path& path)
{
    if (ZSTD_isError(result))
        throwCheckedError(operation, path.string(), ZSTD_getErrorName(result));
    return result;
}

} // namespace

struct JsonlZstWriter::Impl {
    std::unique_ptr<AtomicFile> file;
    std::string textField;
    ZSTD_CCtx* zstd = nullptr;
    std::string line;
    std::string out;
    int64_t documents = 0;
    int64_t bytes = 0;

    void compress(ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer input{line.data(), line.size(), 0};
        for (;;) {
            ZSTD_outBuffer output{out.data(), out.size(), 0};
            const size_t remaining =
                checkZstd(ZSTD_compressStream2(zstd, &output, &input, mode), "zstd compression", file->target());
            file->write(out.data(), output.pos);
            const bool done = mode == ZSTD_e_end ? remaining == 0 : input.pos == input.size;
            if (done)
                break;
        }
        line.clear();
    }
};

JsonlZstWriter::JsonlZstWriter(const std::filesystem::path& path, const std::string& textField, int level)
    : d(std::make_unique<Impl>())
{
    d->file = std::make_unique<AtomicFile>(path); // its own temporary: two writers of one path never share a file
    d->textField = textField;
    d->zstd = ZSTD_createCCtx();
    if (!d->zstd)
        throwCheckedError("create a zstd compression context for", path.string(), "out of memory");
    checkZstd(ZSTD_CCtx_setParameter(d->zstd, ZSTD_c_compressionLevel, level), "set the zstd level of", path);
    // Compress on zstd's own worker thread while the caller prepares the next documents. A libzstd
    // built without threads refuses the setting: it then compresses on the caller's thread.
    const size_t workers = ZSTD_CCtx_setParameter(d->zstd, ZSTD_c_nbWorkers, 1);
    if (ZSTD_isError(workers) && ZSTD_getErrorCode(workers) != ZSTD_error_parameter_unsupported)
        checkZstd(workers, "set the zstd workers of", path);
    d->out.resize(ZSTD_CStreamOutSize());
}

JsonlZstWriter::~JsonlZstWriter()
{
    if (d->zstd)
        ZSTD_freeCCtx(d->zstd);
    // d->file: without finish() (or when it failed) the temporary is removed, the target untouched
}

void JsonlZstWriter::write(const Document& document)
{
    write(document.text, document.metadata);
}

namespace {

// JSON string escaping by hand: serializing through a JSON object per document cost as much as the
// zstd compression itself. Output matches nlohmann::json::dump (UTF-8 kept, control characters
// escaped); text that is not valid UTF-8 goes through nlohmann with U+FFFD replacements.
void appendJsonString(std::string& out, std::string_view text)
{
    if (!utf8::isValid(text)) {
        out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + start, i - start);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            char escaped[8];
            std::snprintf(escaped, sizeof(escaped), "\\u%04x", c);
            out += escaped;
        }
        }
        start = i + 1;
    }
    out.append(text.data() + start, text.size() - start);
    out += '"';
}

} // namespace

void JsonlZstWriter::write(std::string_view text, const std::vector<std::pair<std::string, std::string>>& metadata)
{
    std::string& line = d->line;
    line += '{';
    appendJsonString(line, d->textField);
    line += ':';
    appendJsonString(line, text);
    for (size_t i = 0; i < metadata.size(); ++i) {
        const auto& [key, value] = metadata[i];
        // A key appears once: the text field wins, then the first metadata value.
        bool seen = key == d->textField;
        for (size_t j = 0; j < i && !seen; ++j)
            seen = metadata[j].first == key;
        if (seen)
            continue;
        line += ',';
        appendJsonString(line, key);
        line += ':';
        appendJsonString(line, value);
    }
    line += "}\n";
    ++d->documents;
    d->bytes += static_cast<int64_t>(text.size());
    if (line.size() >= (1 << 20))
        d->compress(ZSTD_e_continue);
}

void JsonlZstWriter::finish()
{
    d->compress(ZSTD_e_end);
    d->file->commit();
}

int64_t JsonlZstWriter::documents() const { return d->documents; }
int64_t JsonlZstWriter::uncompressedBytes() const { return d->bytes; }

} // namespace adaptlab::corpus
