#include "corpus/jsonl_zst_writer.h"

#include "common/error.h"
#include "common/temp_file.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace adaptlab::corpus {

struct JsonlZstWriter::Impl {
    std::filesystem::path path, partial;
    std::string textField;
    std::FILE* file = nullptr;
    ZSTD_CCtx* zstd = nullptr;
    std::string line;
    std::string out;
    int64_t documents = 0;
    int64_t bytes = 0;
    bool finished = false;

    void compress(ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer input{line.data(), line.size(), 0};
        for (;;) {
            ZSTD_outBuffer output{out.data(), out.size(), 0};
            const size_t remaining = ZSTD_compressStream2(zstd, &output, &input, mode);
            if (ZSTD_isError(remaining))
                throwCheckedError("zstd compression", partial.string(), ZSTD_getErrorName(remaining));
            if (output.pos > 0 && std::fwrite(out.data(), 1, output.pos, file) != output.pos)
                throwCheckedError("write", partial.string(), std::strerror(errno));
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
    d->path = path;
    d->partial = temporarySibling(path); // its own name: two writers of one path never share a file
    d->textField = textField;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path());
    d->file = std::fopen(d->partial.c_str(), "wbx");
    if (!d->file)
        throwCheckedError("create", d->partial.string(), std::strerror(errno));
    d->zstd = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(d->zstd, ZSTD_c_compressionLevel, level);
    // Compress on zstd's own worker thread while the caller prepares the next documents (ignored,
    // and single-threaded, when libzstd was built without threads).
    ZSTD_CCtx_setParameter(d->zstd, ZSTD_c_nbWorkers, 1);
    d->out.resize(ZSTD_CStreamOutSize());
}

JsonlZstWriter::~JsonlZstWriter()
{
    if (d->zstd)
        ZSTD_freeCCtx(d->zstd);
    if (d->file)
        std::fclose(d->file);
    if (!d->finished) // also when finish() failed after closing the file
        std::remove(d->partial.c_str());
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
    if (!simdjson::validate_utf8(text.data(), text.size())) {
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
    if (std::fclose(d->file) != 0) {
        d->file = nullptr;
        throwCheckedError("close", d->partial.string(), std::strerror(errno));
    }
    d->file = nullptr;
    std::error_code ec;
    std::filesystem::rename(d->partial, d->path, ec);
    if (ec)
        throwCheckedError("rename", d->path.string(), ec.message());
    d->finished = true;
}

int64_t JsonlZstWriter::documents() const { return d->documents; }
int64_t JsonlZstWriter::uncompressedBytes() const { return d->bytes; }

} // namespace adaptlab::corpus
