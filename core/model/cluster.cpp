// The torch-free side of model/cluster.h: input checks before LibTorch is loaded, the distinct-row
// count, and the words that tell clusters apart.
#include "model/cluster.h"

#include "common/utf8.h"
#include "model/llama_config.h"
#include "runtime/runtime.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace adaptlab::model {

namespace {

void checkMatrix(const Matrix& points, const char* what)
{
    if (points.rows < 0 || points.cols < 0 || points.values.size() != size_t(points.rows * points.cols))
        throw ModelInputError(std::string(what) + ": " + std::to_string(points.values.size()) + " values do not make " +
                              std::to_string(points.rows) + " rows of " + std::to_string(points.cols));
    for (size_t i = 0; i < points.values.size(); ++i)
        if (!std::isfinite(points.values[i]))
            throw ModelInputError(std::string(what) + ": row " + std::to_string(i / size_t(std::max<int64_t>(points.cols, 1)) + 1) +
                                  " holds a value that is not a finite number");
}

// English function words: they are frequent everywhere and tell no cluster apart (the list of
// scikit-learn's ENGLISH_STOP_WORDS, trimmed to the common ones).
constexpr std::array kStopWords = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
    "do", "does", "doing", "down", "during", "each", "eg", "etc", "few", "for", "from", "further", "had", "has",
    "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "ie", "if", "in",
    "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "myself",
    "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "same", "see", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
    "through", "to", "too", "under", "until", "up", "upon", "us", "used", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would",
    "you", "your", "yours", "yourself", "yourselves"};

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

} // namespace

Matrix embedDocuments(const EmbeddingRequest& request)
{
    checkModelFolder(request.modelFolder);
    if (request.maxTokens < 1)
        throw ModelInputError("max_tokens: must be at least 1, found " + std::to_string(request.maxTokens));
    if (request.batchSize < 1)
        throw ModelInputError("batch: must be at least 1, found " + std::to_string(request.batchSize));
    LlamaConfig config;
    try {
        config = LlamaConfig::load(request.modelFolder / "config.json");
    } catch (const Error& error) {
        throw ModelInputError(error.what());
    }
    for (size_t d = 0; d < request.documents.size(); ++d) {
        const auto& ids = request.documents[d];
        if (ids.empty())
            throw ModelInputError("document " + std::to_string(d + 1) + " has no tokens to embed");
        for (size_t i = 0; i < ids.size() && int64_t(i) < request.maxTokens; ++i)
            if (ids[i] < 0 || ids[i] >= config.vocabSize)
                throw ModelInputError("document " + std::to_string(d + 1) + ", token " + std::to_string(i + 1) + " (id " +
                                      std::to_string(ids[i]) + ") is outside the vocabulary of " +
                                      request.modelFolder.string() + " (ids 0.." + std::to_string(config.vocabSize - 1) + ")");
    }
    EmbeddingRequest resolved = request;
    resolved.device = configureInferenceDevice(request.device);
    return runtime::torchFunction<EmbedDocumentsFn>("adaptlab_torch_embed_documents")(resolved);
}

int64_t distinctRows(const Matrix& points)
{
    std::set<std::vector<float>> rows;
    for (int64_t r = 0; r < points.rows; ++r) {
        const auto begin = points.values.begin() + r * points.cols;
        rows.emplace(begin, begin + points.cols);
    }
    return int64_t(rows.size());
}

KMeansResult kMeans(const Matrix& points, const KMeansOptions& options)
{
    checkMatrix(points, "k-means points");
    if (options.k < 1)
        throw ModelInputError("k: must be at least 1, found " + std::to_string(options.k));
    if (options.maxIterations < 1)
        throw ModelInputError("k-means: at most 0 iterations leaves nothing to do (give at least 1)");
    if (!(options.tolerance >= 0.0))
        throw ModelInputError("k-means: the tolerance must be 0 or more");
    if (points.rows < options.k)
        throw ModelInputError("k = " + std::to_string(options.k) + " clusters need at least as many documents; there are " +
                              std::to_string(points.rows));
    const int64_t distinct = distinctRows(points);
    if (distinct < options.k)
        throw ModelInputError("k = " + std::to_string(options.k) + " clusters need at least as many distinct points; the " +
                              std::to_string(points.rows) + " points have only " + std::to_string(distinct) +
                              " distinct values (choose k of at most " + std::to_string(distinct) + ")");
    KMeansOptions resolved = options;
    resolved.device = configureInferenceDevice(options.device);
    return runtime::torchFunction<KMeansFn>("adaptlab_torch_kmeans")(points, resolved);
}

Matrix principalComponents(const Matrix& points, int64_t count, std::vector<double>* explained, const std::string& device)
{
    checkMatrix(points, "principal components");
    if (count < 1)
        throw ModelInputError("principal components: ask for at least 1");
    const std::string resolved = configureInferenceDevice(device);
    return runtime::torchFunction<PrincipalComponentsFn>("adaptlab_torch_principal_components")(points, count, explained,
                                                                                                resolved);
}

bool isStopWord(std::string_view lowerCaseWord)
{
    return std::find(kStopWords.begin(), kStopWords.end(), lowerCaseWord) != kStopWords.end();
}

std::vector<std::string> countedWords(std::string_view text)
{
    std::vector<std::string> words;
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = begin + text.size();
    std::string word;
    size_t characters = 0;
    bool digitsOnly = true;
    const auto finish = [&] {
        if (characters >= 2 && !digitsOnly && !isStopWord(word))
            words.push_back(word);
        word.clear();
        characters = 0;
        digitsOnly = true;
    };
    for (const unsigned char* p = begin; p < end;) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (isWordByte(c)) {
                word.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c));
                digitsOnly = digitsOnly && c >= '0' && c <= '9';
                ++characters;
            } else {
                finish();
            }
            ++p;
            continue;
        }
        // Beyond ASCII a character counts as a letter unless it is a space or punctuation of the
        // Latin-1 and general punctuation blocks (no-break space, dashes, quotes, ellipsis).
        const utf8::CodePoint point = utf8::decode(p, end);
        const int length = point.valid() ? point.length : 1;
        const char32_t v = point.value;
        if (!point.valid() || (v >= 0x80 && v <= 0xBF) || v == 0xD7 || v == 0xF7 || (v >= 0x2000 && v <= 0x206F) ||
            v == 0x3000) {
            finish();
        } else {
            word.append(reinterpret_cast<const char*>(p), size_t(length));
            digitsOnly = false;
            ++characters;
        }
        p += length;
    }
    finish();
    return words;
}

std::vector<std::vector<std::string>> distinctiveWords(const std::vector<std::string_view>& texts,
                                                       const std::vector<int64_t>& assignment, int64_t k, size_t count)
{
    if (assignment.size() != texts.size())
        throw Error("distinctiveWords: " + std::to_string(texts.size()) + " texts but " + std::to_string(assignment.size()) +
                    " cluster assignments");
    std::vector<std::unordered_map<std::string, int64_t>> perCluster(size_t(std::max<int64_t>(k, 0)));
    std::vector<int64_t> clusterWords(perCluster.size(), 0);
    std::unordered_map<std::string, int64_t> overall;
    for (size_t i = 0; i < texts.size(); ++i) {
        const int64_t c = assignment[i];
        if (c < 0 || c >= k)
            continue;
        for (std::string& word : countedWords(texts[i])) {
            ++overall[word];
            ++clusterWords[size_t(c)];
            ++perCluster[size_t(c)][std::move(word)];
        }
    }
    int64_t total = 0;
    for (const int64_t n : clusterWords)
        total += n;
    const double average = k > 0 ? double(total) / double(k) : 0.0; // A
    std::vector<std::vector<std::string>> result(perCluster.size());
    for (size_t c = 0; c < perCluster.size(); ++c) {
        std::vector<std::pair<double, std::string>> scored;
        for (const auto& [word, n] : perCluster[c]) {
            const double tf = double(n) / double(clusterWords[c]);
            scored.emplace_back(tf * std::log(1.0 + average / double(overall.at(word))), word);
        }
        std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (size_t i = 0; i < scored.size() && i < count; ++i)
            result[c].push_back(scored[i].second);
    }
    return result;
}

std::string textPrefix(std::string_view text, size_t maxChars)
{
    size_t position = 0;
    for (size_t chars = 0; chars < maxChars && position < text.size(); ++chars)
        position += std::max<size_t>(1, utf8::sequenceLength(text, position));
    return std::string(text.substr(0, std::min(position, text.size())));
}

} // namespace adaptlab::model
