// tokenizer.json encoding speed: HfTokenizer::encode single-threaded on generated text held in
// memory, against SentencePiece BPE (trained in this run on the same text, with the same vocabulary
// size) encoding the same documents: the baseline. Prints MB/s per thread for both (CPU time of the
// calling thread, the median of --reps turns that alternate the two), their ratio, and encodeBatch's
// wall-clock MB/s on --threads threads. Not a test: it prints numbers and never fails on time.
//
//   bench_hf_tokenizer [--tokenizer PATH] [--mb 8] [--reps 3] [--threads 2] [--baseline 0]
// --baseline 0 skips SentencePiece (for profiling the tokenizer.json path alone).
// PATH defaults to tests/fixtures/tokenizers/bench-bytelevel (4,000 merges, byte-level, GPT-2 regex).
#include "tokenize/hf_tokenizer.h"
#include "tokenize/sentencepiece_tokenizer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <unistd.h>
#include <string>
#include <time.h>
#include <vector>

namespace {

using namespace adaptlab::tokenize;
namespace fs = std::filesystem;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

uint64_t splitmix(uint64_t& state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Documents of ~2 KB drawn from the tokenizer's own word pieces: half of the words are one
// vocabulary word, half glue two pieces into a word the vocabulary lacks (so merges run), with
// numbers, punctuation and line breaks between.
std::vector<std::string> generateDocuments(const HfTokenizer& tokenizer, size_t bytes)
{
    std::vector<std::string> words;
    std::vector<std::string> parts;
    for (int32_t id = 0; id < tokenizer.vocabSize(); ++id) {
        if (tokenizer.isSpecial(id))
            continue;
        const std::string text = tokenizer.decode(std::vector<int32_t>{id});
        if (text.size() >= 3 && text[0] == ' ')
            words.push_back(text.substr(1));
        else if (text.size() >= 2 && std::isalpha(static_cast<unsigned char>(text[0])))
            parts.push_back(text);
    }
    if (words.empty() || parts.empty()) {
        std::fprintf(stderr, "bench_hf_tokenizer: the tokenizer has no word pieces to build text from\n");
        std::exit(2);
    }
    static const char* const punctuation[] = {".", ",", "!", "?", ";", ":", " -", "'s", "'ll"};
    uint64_t state = 20240611;
    std::vector<std::string> documents;
    size_t total = 0;
    while (total < bytes) {
        std::string document;
        while (document.size() < 2048) {
            const uint64_t r = splitmix(state);
            if (!document.empty())
                document += (r % 23 == 0) ? "\n" : " ";
            if (r % 2 == 0)
                document += words[(r >> 8) % words.size()];
            else
                document += words[(r >> 8) % words.size()] + parts[(r >> 32) % parts.size()];
            if (r % 7 == 0)
                document += punctuation[(r >> 40) % std::size(punctuation)];
            if (r % 29 == 0)
                document += " " + std::to_string((r >> 20) % 100000);
        }
        total += document.size();
        documents.push_back(std::move(document));
    }
    return documents;
}

} // namespace

int main(int argc, char** argv)
{
    fs::path tokenizerPath = fs::path(ADAPTLAB_SOURCE_DIR) / "tests/fixtures/tokenizers/bench-bytelevel";
    double mb = 8;
    int reps = 3;
    int threads = 2;
    bool baseline = true;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--tokenizer")
            tokenizerPath = argv[i + 1];
        else if (flag == "--mb")
            mb = std::atof(argv[i + 1]);
        else if (flag == "--reps")
            reps = std::atoi(argv[i + 1]);
        else if (flag == "--threads")
            threads = std::atoi(argv[i + 1]);
        else if (flag == "--baseline")
            baseline = std::atoi(argv[i + 1]) != 0;
        else {
            std::fprintf(stderr, "usage: bench_hf_tokenizer [--tokenizer PATH] [--mb 8] [--reps 3] [--threads 2] [--baseline 0]\n");
            return 2;
        }
    }
    if (fs::is_directory(tokenizerPath))
        tokenizerPath /= "tokenizer.json";
    const double loadStart = cpuSeconds();
    const std::unique_ptr<HfTokenizer> hf = HfTokenizer::load(tokenizerPath);
    const double loadSeconds = cpuSeconds() - loadStart;
    const std::vector<std::string> documents = generateDocuments(*hf, static_cast<size_t>(mb * 1e6));
    size_t bytes = 0;
    for (const std::string& d : documents)
        bytes += d.size();
    if (hf->decode(hf->encode(documents.front())) != documents.front()) {
        std::fprintf(stderr, "bench_hf_tokenizer: decode(encode(text)) is not the text\n");
        return 1;
    }

    // The baseline: SentencePiece BPE with the same vocabulary size, trained on a sample of the text.
    std::unique_ptr<SentencePieceTokenizer> sp;
    if (baseline) {
        const fs::path scratch = fs::temp_directory_path() / ("adaptlab-bench-hf-" + std::to_string(::getpid()));
        fs::create_directories(scratch);
        {
            std::ofstream sample(scratch / "sample.txt", std::ios::binary);
            for (size_t i = 0; i < documents.size() && i < 1000; ++i)
                sample << documents[i] << '\n';
        }
        TrainOptions options;
        options.inputFiles = {scratch / "sample.txt"};
        options.modelPrefix = scratch / "sp";
        options.vocabSize = std::min<int>(hf->vocabSize(), 8000);
        options.modelType = ModelType::Bpe;
        options.characterCoverage = 1.0;
        std::printf("training the SentencePiece BPE baseline (vocab %d) ...\n", options.vocabSize);
        std::fflush(stdout);
        SentencePieceTokenizer::train(options);
        sp = SentencePieceTokenizer::load(scratch / "sp.model");
        fs::remove_all(scratch);
    }

    const auto encodeAll = [&](const Tokenizer& tokenizer) {
        size_t tokens = 0;
        for (const std::string& d : documents)
            tokens += tokenizer.encode(d).size();
        return tokens;
    };
    // A warm-up turn fills the word cache as a long run would have it filled.
    const size_t hfTokens = encodeAll(*hf);
    const size_t spTokens = sp ? encodeAll(*sp) : 0;
    std::vector<double> hfTimes;
    std::vector<double> spTimes;
    for (int r = 0; r < reps; ++r) {
        double start = cpuSeconds();
        encodeAll(*hf);
        hfTimes.push_back(cpuSeconds() - start);
        if (sp) {
            start = cpuSeconds();
            encodeAll(*sp);
            spTimes.push_back(cpuSeconds() - start);
        }
    }
    std::vector<std::string_view> views(documents.begin(), documents.end());
    std::vector<double> batchTimes;
    std::vector<double> batchCpu;
    for (int r = 0; r < reps; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = processCpuSeconds();
        hf->encodeBatch(views, threads);
        batchCpu.push_back(processCpuSeconds() - cpuStart);
        batchTimes.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    const double megabytes = double(bytes) / 1e6;
    const double hfRate = megabytes / median(hfTimes);
    const double spRate = sp ? megabytes / median(spTimes) : 0.0;
    const double batchRate = megabytes / median(batchTimes);
    std::printf("text: %.1f MB in %zu documents; tokenizer %s (vocab %d, loaded in %.2f CPU s)\n", megabytes,
                documents.size(), tokenizerPath.string().c_str(), hf->vocabSize(), loadSeconds);
    std::printf("tokenizer.json BPE, 1 thread:      %7.2f MB/s per thread  (%.2f bytes/token)\n", hfRate,
                double(bytes) / double(hfTokens));
    if (sp) {
        std::printf("SentencePiece BPE, 1 thread:       %7.2f MB/s per thread  (%.2f bytes/token)  baseline\n",
                    spRate, double(bytes) / double(spTokens));
        std::printf("ratio tokenizer.json / SentencePiece: %.2fx\n", hfRate / spRate);
    }
    // On a loaded machine wall time says little; CPU seconds per MB across all threads say whether
    // the threads get in each other's way (1.00 = no overhead over the single thread).
    std::printf("tokenizer.json encodeBatch, %d threads: %7.2f MB/s wall (%.2fx the single thread), "
                "CPU per MB %.2fx the single thread's\n",
                threads, batchRate, batchRate / hfRate, median(batchCpu) / median(hfTimes));
    return 0;
}
