// fuzz_plain_text: the plain-text reader (input.txt) in its three modes (blank-line blocks, line per
// document, file per document, picked by the input's length), with the reader checks of
// fuzz_corpus_reader.h.
#include "fuzz_corpus_reader.h"

using namespace adaptlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static fuzz::FuzzInputFile file("input.txt");
    file.write(data, size);
    fuzz::checkCorpusFile(file.path(), fuzz::optionsFor(size));
    return 0;
}
