// fuzz_signals_file: the signals-file reader (corpus::SignalsFile) on any bytes. Seeds are real
// signals files, written by fuzz_signals_seeds (scripts/fuzz.sh runs it) from the corpus fixtures, so
// they always have the writer's current format. Beyond "no crash": a file that opens has as many
// rows as its header says, and reading every row, column and hash stays inside the file (ASan).
#include "common/error.h"
#include "corpus/signals_file.h"
#include "fuzz_input_file.h"

#include <optional>

using namespace adaptlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static fuzz::FuzzInputFile file("input.signals");
    file.write(data, size);
    std::optional<corpus::SignalsFile> opened;
    try {
        opened.emplace(corpus::SignalsFile::open(file.path()));
    } catch (const Error&) {
        return 0; // refused, with a message: what a bad file should get
    }
    const corpus::SignalsFile& signals = *opened;
    const int64_t documents = signals.documents();
    if (documents < 0 || signals.bands() < 0)
        fuzz::fail("a negative row or band count");
    for (const int64_t i : {int64_t(0), documents / 2, documents - 1}) {
        if (i < 0 || i >= documents)
            continue;
        const corpus::SignalRow row = signals.row(i);
        if (row.bandHashes.size() != static_cast<size_t>(signals.bands()))
            fuzz::fail("a row with another number of band hashes than the header");
        (void)signals.signal(i, corpus::Signal::Words);
    }
    if (signals.column(corpus::Signal::Characters).size() != static_cast<size_t>(documents))
        fuzz::fail("a column with another number of rows than the header");
    int64_t next = 0;
    signals.forEachRow([&](int64_t document, const corpus::SignalRow&) {
        if (document != next++)
            fuzz::fail("forEachRow skips or repeats a row");
    });
    if (next != documents)
        fuzz::fail("forEachRow visits another number of rows than the header");
    int64_t hashed = 0;
    signals.forEachHashes([&](int64_t first, size_t rows, const uint64_t*) {
        if (first != hashed)
            fuzz::fail("forEachHashes skips or repeats rows");
        hashed += static_cast<int64_t>(rows);
    });
    if (hashed != documents)
        fuzz::fail("forEachHashes visits another number of rows than the header");
    return 0;
}
